from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DraftsConfig(AppConfig):
    name = "drafts"
    verbose_name = _("Dự thảo lấy ý kiến")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from portal.permissions import DepartmentScopedPermissionPolicy

        from .models import Comment, DraftDocument

        register_permission_policy(DraftDocument, DepartmentScopedPermissionPolicy(DraftDocument))
        register_permission_policy(Comment, DepartmentScopedPermissionPolicy(Comment, "draft__department"))

        from . import signals  # noqa: F401 - connects the receivers
