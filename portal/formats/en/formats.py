"""English pages keep the Vietnamese day/month/year dates; only the number separators change."""

from portal.formats.vi.formats import *  # noqa: F403

DECIMAL_SEPARATOR = "."
THOUSAND_SEPARATOR = ","
