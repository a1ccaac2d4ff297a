from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Cổng thông tin")

    def ready(self):
        from . import (
            banners,  # noqa: F401 - connects the cache invalidation of banners
            languages,
            page_cache,
        )

        languages.connect_signals()
        page_cache.connect_signals()
