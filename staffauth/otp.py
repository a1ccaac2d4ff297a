"""Two-factor authentication of staff (TOTP on django-otp): who must use it, enrolment and verification.

Rules in one place:
- *staff* is anyone who may open the Wagtail admin (``wagtailadmin.access_admin``, superusers included);
- a staff member with a confirmed device must always enter a code after the password;
- with ``PORTAL_REQUIRE_2FA`` on (production default) a staff member without a device must enrol one before using
  anything else; off (embedded default, demo) enrolment is optional;
- a session is verified by ``django_otp.login()``, kept in the session until logout or expiry.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice


def is_staff_user(user) -> bool:
    return bool(user and user.is_authenticated and user.is_active and user.has_perm("wagtailadmin.access_admin"))


def requires_verification(user) -> bool:
    """Whether this (authenticated) user must pass the second factor before going on."""
    if not is_staff_user(user) or user.is_verified():
        return False
    return settings.PORTAL_REQUIRE_2FA or user_has_device(user, confirmed=True)


def has_device(user) -> bool:
    return user_has_device(user, confirmed=True)


def pending_device(user) -> TOTPDevice:
    """The unconfirmed device being enrolled: the same secret until it is confirmed (a reload keeps the QR code)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("pk").first()
    if device is None:
        number = TOTPDevice.objects.filter(user=user).count() + 1
        device = TOTPDevice.objects.create(user=user, name=f"Ứng dụng xác thực {number}", confirmed=False)
    return device


def confirm_device(request, device, token) -> bool:
    """Confirm an enrolment with the first code the app shows; the session counts as verified by it."""
    if not device.verify_token(token):
        return False
    with transaction.atomic():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    otp_login(request, device)
    return True


def verify(request, token):
    """Check a code against the user's confirmed devices; on success the session is verified. Returns the device."""
    for device in devices_for_user(request.user, confirmed=True, for_verify=True):
        if device.verify_token(token):
            otp_login(request, device)
            return device
    return None


def throttled_seconds(user) -> int:
    """Seconds before another code may be tried (django-otp doubles the wait after each wrong code), or 0."""
    wait = 0
    for device in devices_for_user(user, confirmed=True):
        allowed, details = device.verify_is_allowed()
        if not allowed and details and details.get("locked_until"):
            wait = max(wait, int((details["locked_until"] - timezone.now()).total_seconds()) + 1)
    return wait


def qr_svg(device) -> str:
    """The device's otpauth:// URL as an inline SVG QR code (no image request, no third-party service)."""
    return segno.make(device.config_url, error="m").svg_inline(scale=5, border=2, dark="#000", light="#fff")


def secret_for_typing(device) -> str:
    """The secret in base32, in groups of four, for apps where the QR code cannot be scanned."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def requires_removal_refused(user) -> bool:
    """With 2FA required, the last device cannot be removed (the account would be locked out of the admin)."""
    return settings.PORTAL_REQUIRE_2FA and TOTPDevice.objects.filter(user=user, confirmed=True).count() <= 1
