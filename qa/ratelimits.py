"""The Q&A forms' per-IP limits, on the portal's rate-limit helpers (portal.ratelimits).

The limits are settings (``QA_SUBMIT_RATE``, ``QA_LOOKUP_RATE``, ``QA_LOOKUP_MISS_RATE``: "5/h", "60/h"…).
"""

from django.conf import settings

from portal import ratelimits
from portal.ratelimits import client_ip

SUBMIT = "qa.submit"
LOOKUP = "qa.lookup"
LOOKUP_MISS = "qa.lookup-miss"

_RATE_SETTINGS = {SUBMIT: "QA_SUBMIT_RATE", LOOKUP: "QA_LOOKUP_RATE", LOOKUP_MISS: "QA_LOOKUP_MISS_RATE"}
_DEFAULT_RATES = {SUBMIT: "5/h", LOOKUP: "60/h", LOOKUP_MISS: "10/h"}

__all__ = ["LOOKUP", "LOOKUP_MISS", "SUBMIT", "client_ip", "exceeded", "hit"]


def _rate(group):
    return getattr(settings, _RATE_SETTINGS[group], _DEFAULT_RATES[group])


def hit(request, group) -> bool:
    """Count one request against ``group``'s limit; True when the limit is now exceeded."""
    return ratelimits.hit(request, group, _rate(group))


def exceeded(request, group) -> bool:
    """Whether ``group``'s limit is already used up, without counting this request."""
    return ratelimits.exceeded(request, group, _rate(group))
