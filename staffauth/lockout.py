"""The page django-axes shows when a sign-in is locked out (AXES_LOCKOUT_CALLABLE): Vietnamese, 429, Retry-After.

Lockouts are keyed by username *and* address (``AXES_LOCKOUT_PARAMETERS``): a stranger guessing one account's
password cannot lock its owner out from another address. Unlock by hand: ``manage.py axes_reset_username NAME``
(or ``otp_reset NAME``, which also removes the authenticator apps); ``axes_list_attempts`` shows what is recorded.
"""

from axes.helpers import get_cool_off, get_failure_limit
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers

from portal.ratelimits import client_ip


def client_address(request):
    """AXES_CLIENT_IP_CALLABLE: the address the rate limits use (RATELIMIT_IP_META_KEY behind a proxy), or None
    when there is none to read — django-axes stores it in an IP column, which refuses the rate limits' "unknown"."""
    address = client_ip(request)
    return None if address == "unknown" else address


def lockout_response(request, original_response=None, credentials=None):
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else None
    context = {
        "failure_limit": get_failure_limit(request, credentials),
        "minutes": (seconds + 59) // 60 if seconds else None,
    }
    response = render(request, "staffauth/lockout.html", context, status=429)
    if seconds:
        response["Retry-After"] = str(seconds)
    add_never_cache_headers(response)
    return response
