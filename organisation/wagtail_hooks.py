from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Leader


class LeaderViewSet(SnippetViewSet):
    model = Leader
    icon = "user"
    menu_label = _("Lãnh đạo tỉnh")
    add_to_admin_menu = False
    list_display = ["name", "position", "rank", "is_active"]
    list_filter = ["rank", "is_active"]
    search_fields = ["name", "position"]


register_snippet(LeaderViewSet)
