"""Admin registration of the stats app: the dashboard and report URLs, the menu item, the permission shown in the
group editor, and the home-page panel — all behind ``stats.view_dashboard``."""

from django.contrib.auth.models import Permission
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

admin_urlpatterns = [
    path("", admin_views.DashboardView.as_view(), name="dashboard"),
    path("bao-cao/", admin_views.ReportView.as_view(), name="report"),
]


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("thong-ke/", include((admin_urlpatterns, "stats_admin"), namespace="stats_admin"))]


class StatsMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_view(request.user)


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return StatsMenuItem(
        _("Thống kê, báo cáo"), reverse("stats_admin:dashboard"), name="thong-ke", icon_name="table", order=150
    )


@hooks.register("register_permissions")
def register_permissions():
    return Permission.objects.filter(content_type__app_label="stats", codename="view_dashboard")


@hooks.register("construct_homepage_panels")
def add_visits_panel(request, panels):
    if admin_views.can_view(request.user):
        panels.append(admin_views.VisitsPanel())
