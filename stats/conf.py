"""The stats app's settings with their defaults (portal/settings.py sets the ones read from the environment)."""

from django.conf import settings


def redis_url() -> str:
    """Where the per-view counters live; empty: the embedded fallback (append-only files in var/stats/)."""
    return getattr(settings, "STATS_REDIS_URL", "") or ""


def key_prefix() -> str:
    return getattr(settings, "STATS_KEY_PREFIX", "portal:stats:")


def rollup_seconds() -> int:
    """How often counters are rolled up into daily rows (Celery beat; in-request in the embedded default)."""
    return int(getattr(settings, "STATS_ROLLUP_SECONDS", 300))


def rollup_in_request() -> bool:
    """Without a beat process (embedded default) the beacon itself rolls up, at most once per rollup_seconds()."""
    value = getattr(settings, "STATS_ROLLUP_IN_REQUEST", None)
    return bool(getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False) if value is None else value)


def files_dir():
    return settings.VAR_DIR / "stats"


def read_threshold() -> int:
    return int(getattr(settings, "STATS_READ_THRESHOLD", 5000))


def counter_cache_seconds() -> int:
    """Footer counter and most-read lists are cached this long."""
    return int(getattr(settings, "STATS_CACHE_SECONDS", 300))


def visitor_salt() -> str:
    return getattr(settings, "STATS_VISITOR_SALT", "") or settings.SECRET_KEY


def enabled() -> bool:
    return bool(getattr(settings, "STATS_ENABLED", True))
