"""manage.py otp_reset USERNAME: removes a staff member's authenticator devices (a lost or replaced phone).

With PORTAL_REQUIRE_2FA on, the next sign-in asks them to enrol a new app. Also clears their login lockout.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp.plugins.otp_totp.models import TOTPDevice


class Command(BaseCommand):
    help = (
        "Xóa các ứng dụng xác thực hai bước của một tài khoản (mất điện thoại) và mở khóa đăng nhập của tài khoản đó."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"Không có tài khoản {username!r}.")
        removed, _ = TOTPDevice.objects.filter(user=user).delete()
        from axes.utils import reset

        unlocked = reset(username=username)
        self.stdout.write(f"{username}: đã xóa {removed} ứng dụng xác thực, mở khóa {unlocked} lần đăng nhập sai.")
