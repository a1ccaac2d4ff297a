from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QAConfig(AppConfig):
    name = "qa"
    verbose_name = _("Hỏi đáp")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from portal.permissions import DepartmentScopedPermissionPolicy

        from .models import Question

        # Department staff see and answer only the questions assigned to their department; an unassigned
        # question (department empty) is therefore visible to the editorial board alone.
        register_permission_policy(Question, DepartmentScopedPermissionPolicy(Question, department_field="department"))
