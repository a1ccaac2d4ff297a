"""Admin of Q&A: questions (scoped to the user's department; the editorial board sees all), topics, and the
dashboard panel of questions waiting, due soon and overdue."""

import django_filters
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from portal.permissions import DepartmentScopedViewSetMixin

from . import admin_views
from .models import Question, Topic

DEADLINE_CHOICES = [
    ("overdue", _("Quá hạn")),
    ("due_soon", _("Sắp đến hạn")),
    ("open", _("Đang xử lý")),
]


class QuestionFilterSet(WagtailFilterSet):
    deadline = django_filters.ChoiceFilter(choices=DEADLINE_CHOICES, method="filter_deadline", label=_("Thời hạn"))

    class Meta:
        model = Question
        fields = ["status", "department", "topic", "channel"]

    def filter_deadline(self, queryset, name, value):
        if value == "overdue":
            return queryset.overdue()
        if value == "due_soon":
            return queryset.due_soon()
        return queryset.open()


class DueDateColumn(Column):
    """The due date, flagged when an open question is past it."""

    cell_template_name = "qa/admin/due_date_cell.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        context["overdue"] = instance.is_open and instance.due_date < timezone.localdate()
        return context


class QuestionViewSet(DepartmentScopedViewSetMixin, ModelViewSet):
    model = Question
    name = "qa_questions"
    icon = "help"
    menu_label = _("Câu hỏi")
    add_to_admin_menu = False
    index_view_class = admin_views.QuestionIndexView
    add_view_class = admin_views.QuestionCreateView
    edit_view_class = admin_views.QuestionEditView
    list_display = [
        "title",
        Column("display_code", label=_("Mã tra cứu")),
        Column("status", label=_("Trạng thái"), accessor="get_status_display", sort_key="status"),
        "department",
        "topic",
        DateColumn("received_at", label=_("Ngày tiếp nhận"), sort_key="received_at"),
        DueDateColumn("due_date", label=_("Hạn trả lời"), sort_key="due_date"),
    ]
    filterset_class = QuestionFilterSet
    search_fields = ["title", "body", "tracking_code", "asker_name"]
    # No contact details of the asker in exports: they travel by e-mail and get forgotten in folders.
    list_export = [
        "display_code",
        "title",
        "topic",
        "channel",
        "status",
        "department",
        "received_at",
        "due_date",
        "answered_at",
        "rating",
    ]
    export_headings = {"display_code": _("Mã tra cứu")}
    export_filename = "hoi-dap"
    ordering = ["-received_at", "-pk"]
    form_fields = ["asker_name"]  # the views choose their panels per role (qa.admin_views)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("step/<int:pk>/<slug:action>/", admin_views.QuestionStepView.as_view(), name="step"),
            path("attachment/<int:pk>/", admin_views.attachment, name="attachment"),
        ]


class TopicViewSet(ModelViewSet):
    model = Topic
    name = "qa_topics"
    icon = "tag"
    menu_label = _("Lĩnh vực hỏi đáp")
    form_fields = ["name", "slug", "sort_order"]
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name"]


class QAGroup(ViewSetGroup):
    menu_label = _("Hỏi đáp")
    menu_icon = "help"
    menu_order = 160
    items = (QuestionViewSet, TopicViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return QAGroup()


@hooks.register("construct_homepage_panels")
def add_questions_panel(request, panels):
    if admin_views.user_sees_questions(request.user):
        panels.append(admin_views.QuestionsPanel(request))
