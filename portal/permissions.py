"""Department scoping: department staff act only on their own department's records; the editorial board on all.

Used as the permission policy of the admin viewsets of department-owned records (documents, drafts, questions),
so listings, exports, edit and delete views all ask the same question.
"""

from django.http import Http404
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views import generic
from wagtail.admin.views.generic import history, usage
from wagtail.permission_policies.base import ModelPermissionPolicy

from . import roles


def sees_all_departments(user):
    if not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_sees_all_departments", None)
    if cached is None:
        cached = user.groups.filter(name=roles.EDITORIAL_BOARD).exists()
        user._sees_all_departments = cached
    return cached


def department_ids(user):
    cached = getattr(user, "_department_ids", None)
    if cached is None:
        cached = set(user.departments.values_list("pk", flat=True)) if user.is_authenticated else set()
        user._department_ids = cached
    return cached


class DepartmentScopedPermissionPolicy(ModelPermissionPolicy):
    def __init__(self, model, department_field="department"):
        super().__init__(model)
        self.department_field = department_field

    def _department_id(self, instance):
        """The id of the record's department; the field may be a path such as "draft__department"."""
        *path, last = self.department_field.split("__")
        for name in path:
            instance = getattr(instance, name, None)
            if instance is None:
                return None
        return getattr(instance, f"{last}_id")

    def _in_scope(self, user, instance):
        if sees_all_departments(user):
            return True
        return self._department_id(instance) in department_ids(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self._in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self._in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        queryset = self.model._default_manager.all()
        if sees_all_departments(user):
            return queryset
        return queryset.filter(**{f"{self.department_field}__in": department_ids(user)})


class ScopedObjectMixin:
    """Admin views of one object: an object outside the user's scope does not exist for them (404)."""

    def get_object(self, *args, **kwargs):
        obj = super().get_object(*args, **kwargs)
        if obj is not None and not self.permission_policy.user_has_any_permission_for_instance(
            self.request.user, ["view", "change", "delete"], obj
        ):
            raise Http404
        return obj


class ScopedIndexView(generic.IndexView):
    def get_base_queryset(self):
        return self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "change", "delete"]
        )


class ScopedEditView(ScopedObjectMixin, generic.EditView):
    pass


class ScopedDeleteView(ScopedObjectMixin, generic.DeleteView):
    pass


class ScopedHistoryView(ScopedObjectMixin, history.HistoryView):
    pass


class ScopedUsageView(ScopedObjectMixin, usage.UsageView):
    pass


class DepartmentScopedViewSetMixin:
    """For a ModelViewSet of department-owned records: every view goes through the scoped permission policy."""

    index_view_class = ScopedIndexView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False  # a copy would show another department's record to whoever asks for it
    inspect_view_enabled = False


class DepartmentLimitedAdminForm(WagtailAdminModelForm):
    """Department staff file records under their own department only (the form's ``department`` field)."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not sees_all_departments(for_user) and "department" in self.fields:
            from .models import Department

            field = self.fields["department"]
            field.queryset = Department.objects.filter(pk__in=department_ids(for_user))
            field.required = True
            field.empty_label = None
