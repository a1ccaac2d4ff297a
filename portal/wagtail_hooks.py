"""Admin registration of the site shell's snippets."""

from django.db.models import Count, Max, Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Banner, CommemorativeDay, Department, PageFeedback, ScheduleEntry, WebLink


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


class BannerViewSet(SnippetViewSet):
    model = Banner
    icon = "image"
    menu_label = _("Banner")
    list_display = ["title", "placement", "starts_at", "ends_at", "priority", "is_active"]
    list_filter = ["placement", "is_active"]
    search_fields = ["title", "alt_text"]
    ordering = ["-starts_at"]


class CommemorativeDayViewSet(SnippetViewSet):
    model = CommemorativeDay
    icon = "date"
    menu_label = _("Ngày kỷ niệm")
    list_display = ["title", "day", "month", "placement", "is_active"]
    list_filter = ["month", "placement", "is_active"]
    search_fields = ["title"]
    ordering = ["month", "day"]


class BannerGroup(SnippetViewSetGroup):
    menu_label = _("Banner")
    menu_icon = "image"
    menu_order = 310
    items = (BannerViewSet, CommemorativeDayViewSet)


register_snippet(BannerGroup)


class WebLinkViewSet(SnippetViewSet):
    model = WebLink
    icon = "link"
    menu_label = _("Liên kết website")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["title", "url", "kind", "is_active", "is_broken", "check_summary", "checked_at"]
    list_filter = ["kind", "is_active", "is_broken"]
    search_fields = ["title", "url"]
    list_export = ["title", "url", "kind", "is_active", "is_broken", "status_code", "check_error", "checked_at"]
    ordering = ["-is_broken", "kind", "sort_order", "title"]


register_snippet(WebLinkViewSet)


# Readers' feedback on pages: counts per page, for editors ----------------------------------------------------------


class FeedbackReportView(ReportView):
    page_title = _("Ý kiến bạn đọc về các trang")
    header_icon = "comment"
    index_url_name = "page_feedback_report"
    index_results_url_name = "page_feedback_report_results"
    results_template_name = "portal/admin/feedback_report_results.html"
    list_export = ["title", "url", "useful_count", "not_useful_count", "last_feedback_at"]
    export_headings = {
        "title": _("Trang"),
        "url": _("Địa chỉ"),
        "useful_count": _("Hữu ích"),
        "not_useful_count": _("Không hữu ích"),
        "last_feedback_at": _("Ý kiến gần nhất"),
    }

    @property
    def permission_policy(self):
        return ModelPermissionPolicy(PageFeedback)

    any_permission_required = ["view", "change"]

    def get_queryset(self):
        return (
            Page.objects.filter(feedback__isnull=False)
            .annotate(
                useful_count=Count("feedback", filter=Q(feedback__useful=True)),
                not_useful_count=Count("feedback", filter=Q(feedback__useful=False)),
                last_feedback_at=Max("feedback__created_at"),
            )
            .order_by("-not_useful_count", "-last_feedback_at")
        )

    def decorate_paginated_queryset(self, object_list):
        pages = list(object_list)
        comments = {}
        for item in PageFeedback.objects.filter(page__in=pages).exclude(comment="").order_by("-created_at"):
            comments.setdefault(item.page_id, [])
            if len(comments[item.page_id]) < 3:
                comments[item.page_id].append(item)
        for page in pages:
            page.recent_comments = comments.get(page.pk, [])
        return pages


class FeedbackReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ModelPermissionPolicy(PageFeedback).user_has_any_permission(request.user, ["view", "change"])


@hooks.register("register_reports_menu_item")
def register_feedback_report_menu_item():
    return FeedbackReportMenuItem(
        _("Ý kiến bạn đọc"), reverse("page_feedback_report"), name="page-feedback", icon_name="comment", order=900
    )


@hooks.register("register_admin_urls")
def register_feedback_report_urls():
    return [
        path("reports/y-kien-ban-doc/", FeedbackReportView.as_view(), name="page_feedback_report"),
        path(
            "reports/y-kien-ban-doc/results/",
            FeedbackReportView.as_view(results_only=True),
            name="page_feedback_report_results",
        ),
    ]


class ScheduleEntryViewSet(SnippetViewSet):
    model = ScheduleEntry
    icon = "date"
    menu_label = _("Lịch công tác")
    menu_order = 330
    add_to_admin_menu = True
    list_display = ["day", "time", "leader", "content", "is_published"]
    list_filter = ["is_published"]
    search_fields = ["leader", "content", "location"]
    ordering = ["-day", "time"]


register_snippet(ScheduleEntryViewSet)


# The compliance checklist (Decree 42/2022), for the editorial board --------------------------------------------------


def _may_see_checklist(user):
    return user.is_active and user.has_perm("portal.change_sitesettings")


def compliance_view(request):
    from django.core.exceptions import PermissionDenied
    from django.template.response import TemplateResponse

    from .compliance import run_checks

    if not _may_see_checklist(request.user):
        raise PermissionDenied
    checks = run_checks()
    context = {
        "checks": checks,
        "passed": sum(check.passed for check in checks),
        "page_title": _("Kiểm tra tuân thủ Nghị định 42/2022/NĐ-CP"),
        "header_icon": "tasks",
    }
    return TemplateResponse(request, "portal/admin/compliance.html", context)


class ComplianceMenuItem(MenuItem):
    def is_shown(self, request):
        return _may_see_checklist(request.user)


@hooks.register("register_admin_urls")
def register_compliance_url():
    return [path("kiem-tra-tuan-thu/", compliance_view, name="compliance_checklist")]


@hooks.register("register_reports_menu_item")
def register_compliance_menu_item():
    return ComplianceMenuItem(
        _("Tuân thủ Nghị định 42"), reverse("compliance_checklist"), name="compliance", icon_name="tasks", order=950
    )
