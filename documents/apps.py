from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "documents"
    verbose_name = _("Văn bản")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from portal.permissions import DepartmentScopedPermissionPolicy

        from .models import LegalDocument

        register_permission_policy(LegalDocument, DepartmentScopedPermissionPolicy(LegalDocument))

        from . import signals  # noqa: F401 - connects the receivers
