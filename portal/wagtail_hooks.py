"""Admin registration of the site shell's snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Department


class DepartmentViewSet(SnippetViewSet):
    model = Department
    icon = "group"
    menu_label = _("Cơ quan, đơn vị")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "short_name", "kind", "website"]
    list_filter = ["kind"]
    search_fields = ["name", "short_name"]
    list_export = ["name", "short_name", "kind", "website", "email", "phone"]


register_snippet(DepartmentViewSet)
