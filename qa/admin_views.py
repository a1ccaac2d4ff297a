"""Admin views of questions: create/edit (per role), one view per workflow step, the private attachment download,
and the dashboard panel. Every view of one question goes through the department-scoped permission policy: a
question outside the user's scope does not exist for them (404).
"""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.permissions import policy_registry

from documents.files import KINDS
from portal.permissions import ScopedEditView, ScopedIndexView

from . import workflow
from .forms import AnswerForm, QuestionAdminForm, step_form_class
from .models import Question, Status

ASKER_PANEL = MultiFieldPanel(
    [
        FieldPanel("asker_name"),
        FieldRowPanel([FieldPanel("asker_email"), FieldPanel("asker_phone")]),
        FieldPanel("asker_address"),
    ],
    heading=_("Người hỏi (không công khai, trừ họ và tên)"),
)
QUESTION_PANEL = MultiFieldPanel(
    [
        FieldRowPanel([FieldPanel("channel"), FieldPanel("received_at")]),
        FieldRowPanel([FieldPanel("topic"), FieldPanel("due_date")]),
        FieldPanel("title"),
        FieldPanel("body"),
    ],
    heading=_("Câu hỏi"),
)
# The editorial board: everything but the state, which only workflow steps change.
BOARD_HANDLER = ObjectList(
    [
        ASKER_PANEL,
        QUESTION_PANEL,
        FieldPanel(
            "answer",
            help_text=_("Sửa câu trả lời đã đăng xong, bấm “Đăng công khai” để cập nhật trang hỏi đáp."),
        ),
    ],
    base_form_class=QuestionAdminForm,
).bind_to_model(Question)
CREATE_HANDLER = ObjectList([ASKER_PANEL, QUESTION_PANEL], base_form_class=QuestionAdminForm).bind_to_model(Question)
# Department staff: the draft of their answer while the question is with them; nothing else.
STAFF_HANDLER = ObjectList([FieldPanel("answer")], base_form_class=QuestionAdminForm).bind_to_model(Question)
STAFF_READ_ONLY_HANDLER = ObjectList(
    [FieldPanel("answer", read_only=True)], base_form_class=QuestionAdminForm
).bind_to_model(Question)


def question_policy():
    return policy_registry.get_by_type(Question)


def scoped_question(request, pk, actions=("view", "change", "delete")):
    question = get_object_or_404(Question.objects.select_related("department", "topic", "page"), pk=pk)
    if not question_policy().user_has_any_permission_for_instance(request.user, list(actions), question):
        raise Http404
    return question


def counts_for(user):
    """Open, unassigned, due soon and overdue questions the user can see (one query each)."""
    policy = question_policy()
    visible = policy.instances_user_has_any_permission_for(user, ["view", "change", "delete"])
    return {
        "open": visible.open().count(),
        "unassigned": visible.unassigned().count(),
        "due_soon": visible.due_soon().count(),
        "overdue": visible.overdue().count(),
    }


class QuestionIndexView(ScopedIndexView):
    template_name = "qa/admin/question_index.html"

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("department", "topic")

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["counts"] = counts_for(self.request.user)
        return context


class QuestionCreateView(generic.CreateView):
    """Questions that arrived by e-mail, phone or in person, entered by the editorial board."""

    def get_panel(self):
        return CREATE_HANDLER

    def get_form_class(self):
        return CREATE_HANDLER.get_form_class()

    def save_instance(self):
        question = self.form.save(commit=False)
        workflow.receive(question, actor=self.request.user, note=_("Nhập vào hệ thống"))
        return question


class QuestionEditView(ScopedEditView):
    template_name = "qa/admin/question_edit.html"

    def get_object(self, queryset=None):
        obj = super().get_object(queryset)
        self.is_board = workflow.is_board(self.request.user)
        return obj

    def _handler(self):
        if not hasattr(self, "object"):
            self.object = self.get_object()
        if self.is_board:
            return BOARD_HANDLER
        if self.object.status == Status.ASSIGNED:
            return STAFF_HANDLER
        return STAFF_READ_ONLY_HANDLER

    def get_panel(self):
        return self._handler()

    def get_form_class(self):
        return self._handler().get_form_class()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        question = self.object
        context.update(
            question=question,
            steps=[
                (t, reverse("qa_questions:step", args=[question.pk, t.action]))
                for t in workflow.available(question, self.request.user)
            ],
            events=question.events.select_related("actor", "department"),
            attachment_url=reverse("qa_questions:attachment", args=[question.pk]) if question.attachment else "",
            page_edit_url=reverse("wagtailadmin_pages:edit", args=[question.page_id]) if question.page_id else "",
        )
        return context


class QuestionStepView(WagtailAdminTemplateMixin, TemplateView):
    """One workflow step on one question: a small form (department, reason, answer or note), then qa.workflow."""

    template_name = "qa/admin/question_step.html"
    header_icon = "help"

    def dispatch(self, request, pk, action):
        self.question = scoped_question(request, pk)
        self.edit_url = reverse("qa_questions:edit", args=[self.question.pk])
        try:
            self.transition = workflow.check(self.question, action, request.user)
        except workflow.TransitionNotAllowed as error:
            messages.error(request, error.message)
            return redirect(self.edit_url)
        self.form_class = step_form_class(action)
        return super().dispatch(request, pk, action)

    def get_page_title(self):
        return self.transition.label

    def get_page_subtitle(self):
        return self.question.title

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("qa_questions:index"), "label": _("Câu hỏi")},
            {"url": self.edit_url, "label": self.question.title},
            {"url": "", "label": self.transition.label},
        ]

    def make_form(self, data=None):
        kwargs = {"data": data}
        if self.form_class is AnswerForm:
            kwargs.update(instance=self.question, for_user=self.request.user)
        elif self.transition.action not in ("assign", "reject"):
            kwargs["transition"] = self.transition
        return self.form_class(**kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = kwargs.get("form") or self.make_form()
        context.update(
            form=form,
            media=form.media,
            question=self.question,
            transition=self.transition,
            edit_url=self.edit_url,
            can_save_draft=self.transition.action == "answer",
        )
        return context

    def post(self, request, pk, action):
        form = self.make_form(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        data = dict(form.cleaned_data)
        if self.transition.action == "answer" and "draft" in request.POST:
            form.save()
            messages.success(request, _("Đã lưu bản nháp câu trả lời."))
            return redirect(self.edit_url)
        try:
            workflow.apply(
                self.question,
                self.transition.action,
                request.user,
                department=data.get("department"),
                reason=data.get("reason", ""),
                note=data.get("note", ""),
                answer=data.get("answer"),
                due_date=data.get("due_date"),
            )
        except workflow.TransitionError as error:
            form.add_error(None, error.message)
            return self.render_to_response(self.get_context_data(form=form))
        messages.success(
            request,
            _("Đã thực hiện “%(step)s”: %(title)s.") % {"step": self.transition.label, "title": self.question.title},
        )
        return redirect(self.edit_url)


def attachment(request, pk):
    """The citizen's attachment, to staff who may see the question only; always as a download."""
    question = scoped_question(request, pk)
    if not question.attachment:
        raise Http404
    response = FileResponse(
        question.attachment.open("rb"),
        as_attachment=True,
        filename=question.attachment_filename,
        content_type=KINDS[question.attachment_kind].mime
        if question.attachment_kind in KINDS
        else "application/octet-stream",
    )
    response["Cache-Control"] = "private, no-store"
    return response


class QuestionsPanel(Component):
    """Dashboard: questions waiting, due soon and overdue, for whoever may see questions (scoped)."""

    name = "qa_questions"
    template_name = "qa/admin/home_panel.html"
    order = 90

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["counts"] = counts_for(self.request.user)
        context["index_url"] = reverse("qa_questions:index")
        return context


def user_sees_questions(user):
    return question_policy().user_has_any_permission(user, ["view", "change", "delete"])
