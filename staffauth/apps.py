from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StaffAuthConfig(AppConfig):
    name = "staffauth"
    verbose_name = _("Đăng nhập của cán bộ")
