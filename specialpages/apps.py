from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SpecialPagesConfig(AppConfig):
    name = "specialpages"
    verbose_name = _("Chuyên trang")
