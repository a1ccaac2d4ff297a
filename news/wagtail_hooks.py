"""Admin registration of news categories."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    menu_label = _("Chuyên mục tin")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["name", "slug", "sort_order", "show_on_home"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


register_snippet(NewsCategoryViewSet)
