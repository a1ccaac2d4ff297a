"""Admin of the consultation: drafts (scoped to the drafting department) and the moderation of their comments.

Department staff see, edit, export and moderate only their department's drafts and comments — in listings, edit
views, exports, downloads and by guessing an id (portal.permissions). The editorial board sees all.
"""

import django_filters
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies.base import ModelPermissionPolicy
from wagtail.permissions import policy_registry

from portal.permissions import (
    DepartmentLimitedAdminForm,
    DepartmentScopedViewSetMixin,
    ScopedEditView,
    ScopedIndexView,
)

from .models import Comment, DraftDocument, Status
from .report import comments_docx


def _policy(model) -> ModelPermissionPolicy:
    return policy_registry.get_by_type(model)


# Drafts -------------------------------------------------------------------------------------------------------------


class DraftFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=Status.choices, method="filter_status", label=_("Trạng thái"))

    class Meta:
        model = DraftDocument
        fields = ["department", "document_type", "is_published"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status(value)


class DraftIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("department", "document_type").prefetch_related("files")


def _status(draft):
    return draft.status().label


def _comment_links(draft):
    comments = reverse("drafts_comments:index") + f"?draft={draft.pk}"
    docx = reverse("drafts_report_docx", args=[draft.pk])
    return format_html(
        '<a href="{}">{}</a> · <a href="{}">{}</a>', comments, _("Ý kiến"), docx, _("Bảng tổng hợp (DOCX)")
    )


class DraftViewSet(DepartmentScopedViewSetMixin, ModelViewSet):
    model = DraftDocument
    name = "draft_documents"
    url_prefix = "drafts"
    icon = "doc-empty"
    menu_label = _("Dự thảo")
    add_to_admin_menu = False
    index_view_class = DraftIndexView
    list_display = [
        "title",
        "department",
        Column("status", label=_("Trạng thái"), accessor=_status),
        "opens_on",
        "closes_on",
        Column("comments", label=_("Góp ý"), accessor=_comment_links),
    ]
    filterset_class = DraftFilterSet
    search_fields = ["title", "summary"]
    list_export = ["title", "document_type", "department", "opens_on", "closes_on", "summary"]
    export_filename = "du-thao"
    ordering = ["-opens_on", "-pk"]
    edit_handler = ObjectList(DraftDocument.panels, base_form_class=DepartmentLimitedAdminForm)


# Comments -----------------------------------------------------------------------------------------------------------


class CommentFilterSet(WagtailFilterSet):
    class Meta:
        model = Comment
        fields = ["draft", "state"]

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            # The draft filter lists only the drafts this user may see.
            drafts = _policy(DraftDocument).instances_user_has_any_permission_for(
                request.user, ["view", "change", "delete"]
            )
            self.filters["draft"].queryset = drafts.order_by("-opens_on")


class CommentIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("draft", "draft__department")


class CommentFilePanel(Panel):
    """The commenter's attachment, downloaded through a view that checks the department scope."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "drafts/admin/comment_file_panel.html"

        def is_shown(self):
            return bool(self.instance and self.instance.attachment)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["comment"] = self.instance
            context["url"] = reverse("drafts_comment_attachment", args=[self.instance.pk])
            return context


class CommentModerationForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if cleaned.get("state") == Comment.State.REJECTED and not (cleaned.get("reject_reason") or "").strip():
            self.add_error("reject_reason", _("Cần ghi lý do không đăng ý kiến."))
        return cleaned

    def save(self, commit=True):
        comment = super().save(commit=False)
        if {"state", "reject_reason", "response"} & set(self.changed_data):
            comment.moderated_by = self.for_user
            comment.moderated_at = timezone.now()
        if commit:
            comment.save()
        return comment


class CommentEditView(ScopedEditView):
    def get_page_subtitle(self):
        return str(self.object.draft)


class CommentViewSet(DepartmentScopedViewSetMixin, ModelViewSet):
    model = Comment
    name = "drafts_comments"
    url_prefix = "drafts/comments"
    icon = "comment"
    menu_label = _("Ý kiến góp ý")
    add_to_admin_menu = False
    index_view_class = CommentIndexView
    edit_view_class = CommentEditView
    list_display = [
        Column("body", label=_("Nội dung"), accessor=lambda c: c.body[:120]),
        Column("display_name", label=_("Người góp ý")),
        "draft",
        "created_at",
        "state",
    ]
    filterset_class = CommentFilterSet
    search_fields = ["body", "name", "organisation"]
    list_export = [
        "draft",
        "created_at",
        "display_name",
        "organisation",
        "email",
        "phone",
        "section",
        "body",
        "state",
        "reject_reason",
        "response",
    ]
    export_headings = {"display_name": _("Người góp ý")}
    export_filename = "y-kien-gop-y"
    ordering = ["-created_at", "-pk"]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [
                    FieldPanel("name", read_only=True),
                    FieldPanel("organisation", read_only=True),
                    FieldPanel("email", read_only=True),
                    FieldPanel("phone", read_only=True),
                    FieldPanel("section", read_only=True),
                    FieldPanel("body", read_only=True),
                    CommentFilePanel(heading=_("Tệp đính kèm")),
                ],
                heading=_("Ý kiến (không công khai thư điện tử, điện thoại, tệp đính kèm)"),
            ),
            MultiFieldPanel(
                [FieldPanel("state"), FieldPanel("reject_reason"), FieldPanel("response")],
                heading=_("Duyệt và phản hồi"),
            ),
        ],
        base_form_class=CommentModerationForm,
    )


class DraftsGroup(ViewSetGroup):
    menu_label = _("Dự thảo lấy ý kiến")
    menu_icon = "doc-empty-inverse"
    menu_order = 160
    items = (DraftViewSet, CommentViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return DraftsGroup()


# Downloads (scoped) ---------------------------------------------------------------------------------------------


def _scoped(model, request, pk):
    obj = get_object_or_404(model, pk=pk)
    if not _policy(model).user_has_any_permission_for_instance(request.user, ["view", "change"], obj):
        raise Http404
    return obj


def comment_attachment(request, pk):
    comment = _scoped(Comment, request, pk)
    if not comment.attachment:
        raise Http404
    try:
        handle = comment.attachment.open("rb")
    except (FileNotFoundError, OSError) as error:
        raise Http404 from error
    return FileResponse(handle, as_attachment=True, filename=comment.attachment_name or "tep-dinh-kem")


def report_docx(request, pk):
    draft = _scoped(DraftDocument, request, pk)
    response = HttpResponse(
        comments_docx(draft),
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    response["Content-Disposition"] = f'attachment; filename="tong-hop-y-kien-du-thao-{draft.pk}.docx"'
    return response


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("drafts/comments/<int:pk>/attachment/", comment_attachment, name="drafts_comment_attachment"),
        path("drafts/<int:pk>/tong-hop.docx", report_docx, name="drafts_report_docx"),
    ]
