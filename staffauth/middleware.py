"""Keeps a staff session that has not passed the second factor away from everything but the 2FA pages.

Installed after django-otp's OTPMiddleware (which gives ``request.user.is_verified()``). A staff member signed in
with a password only is sent to the code page (or, without a device and with ``PORTAL_REQUIRE_2FA`` on, to the
enrolment page) from any URL — the admin, previews, and public pages that a signed-in user would see differently.
"""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseForbidden
from django.urls import Resolver404, resolve, reverse

from . import otp

# What a half-signed-in staff member may still reach: signing in and out, the 2FA pages, and what they load.
ALLOWED_URL_NAMES = frozenset(
    {
        "wagtailadmin_login",
        "wagtailadmin_logout",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_sprite",
        "staffauth_verify",
        "staffauth_enrol",
    }
)


class RequireStaffOTPMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and otp.requires_verification(user)
            and not self._allowed(request)
        ):
            return self._refuse(request)
        return self.get_response(request)

    @staticmethod
    def _allowed(request):
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.url_name in ALLOWED_URL_NAMES

    @staticmethod
    def _refuse(request):
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return HttpResponseForbidden("Cần xác thực hai bước.".encode(), content_type="text/plain; charset=utf-8")
        target = "staffauth_verify" if otp.has_device(request.user) else "staffauth_enrol"
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))
