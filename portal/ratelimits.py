"""Per-IP rate limits of the public forms (questions, comments, lookups), on django-ratelimit's cache counters.

Rates are strings such as "5/h" or "10/m", read from settings by the caller. The counters live in the cache named
by ``RATELIMIT_USE_CACHE``: Redis in production (atomic), the file cache in the embedded default (exact for requests
one after another; a burst of simultaneous requests may be under-counted).
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django_ratelimit.core import get_usage


def client_ip(request) -> str:
    """The client's address: REMOTE_ADDR, or the header named by RATELIMIT_IP_META_KEY behind a proxy.

    A forwarded header may hold a list ("client, proxy"): the last entry is the one our own proxy wrote. IPv6
    addresses count per /64 (one household or device usually holds a whole /64).
    """
    meta_key = getattr(settings, "RATELIMIT_IP_META_KEY", None) or "REMOTE_ADDR"
    raw = (request.META.get(meta_key) or request.META.get("REMOTE_ADDR") or "").split(",")[-1].strip()
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "unknown"
    if address.version == 6:
        return str(ipaddress.ip_network(f"{address}/64", strict=False).network_address)
    return str(address)


def ip_hash(request) -> str:
    """A keyed hash of the client's address: enough to spot one sender's many submissions, not to find them."""
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, client_ip(request).encode(), hashlib.sha256).hexdigest()


def _key(group, request):
    return client_ip(request)


def _remember_wait(request, usage):
    # For the Retry-After header of the 429 (portal.security.RateLimitMiddleware): the window's time left.
    request.ratelimit_retry_after = max(int(usage.get("time_left") or 0), 1)


def hit(request, group, rate) -> bool:
    """Count one request against ``group``'s limit; True when the limit is now exceeded."""
    usage = get_usage(request, group=group, key=_key, rate=rate, increment=True)
    limited = bool(usage and usage["should_limit"])
    if limited:
        _remember_wait(request, usage)
    return limited


def exceeded(request, group, rate) -> bool:
    """Whether ``group``'s limit is already used up, without counting this request."""
    usage = get_usage(request, group=group, key=_key, rate=rate, increment=False)
    limited = bool(usage and usage["count"] >= usage["limit"])
    if limited:
        _remember_wait(request, usage)
    return limited
