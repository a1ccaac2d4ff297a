"""The public side of Q&A in the page tree: /hoi-dap/ (QAIndexPage, with the form and tracking routes) and the
published answers (QAPage), which hold public fields only: the asker's name, never their contact details.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES

# Sub-paths of /hoi-dap/ served by routes; a Q&A page may not take one of them as its slug.
SUBMIT_SLUG = "gui-cau-hoi"
TRACK_SLUG = "tra-cuu"
RESERVED_SLUGS = frozenset({SUBMIT_SLUG, TRACK_SLUG})


class QAIndexPage(RoutablePageMixin, Page):
    """/hoi-dap/: published questions and answers, the question form and the tracking lookup."""

    intro = models.TextField(_("giới thiệu"), blank=True)
    form_intro = models.TextField(
        _("hướng dẫn gửi câu hỏi"), blank=True, help_text=_("Hiện phía trên biểu mẫu gửi câu hỏi.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("form_intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["qa.QAPage"]
    max_count = 1

    class Meta:
        verbose_name = _("trang hỏi đáp")

    def answered_pages(self):
        """Live, public Q&A pages of this index with what a listing shows, newest answer first."""
        return (
            QAPage.objects.live()
            .public()
            .filter(path__startswith=self.path, depth=self.depth + 1)
            .select_related("topic", "department")
            .order_by("-answered_at", "-pk")
        )

    @path("")
    def index_route(self, request):
        from .. import views

        return views.listing(request, self)

    @path(f"{SUBMIT_SLUG}/")
    def submit_route(self, request):
        from .. import views

        return views.submit(request, self)

    @path(f"{SUBMIT_SLUG}/da-gui/")
    def submitted_route(self, request):
        from .. import views

        return views.submitted(request, self)

    @path(f"{TRACK_SLUG}/")
    def track_route(self, request):
        from .. import views

        return views.track(request, self)


class QAPage(Page):
    """One published question and its answer. Filled from the question by the "publish" step of qa.workflow."""

    asker_name = models.CharField(
        _("người hỏi"), max_length=120, help_text=_("Chỉ họ và tên; không ghi địa chỉ, điện thoại, thư điện tử.")
    )
    question_text = models.TextField(_("nội dung câu hỏi"))
    asked_at = models.DateField(_("ngày hỏi"))
    topic = models.ForeignKey(
        "qa.Topic", null=True, blank=True, on_delete=models.SET_NULL, related_name="pages", verbose_name=_("lĩnh vực")
    )
    department = models.ForeignKey(
        "portal.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="qa_pages",
        verbose_name=_("đơn vị trả lời"),
    )
    answer = RichTextField(_("câu trả lời"), features=RICH_TEXT_FEATURES)
    answered_at = models.DateField(_("ngày trả lời"), null=True, blank=True, db_index=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("asker_name"), FieldPanel("asked_at")]),
                FieldPanel("topic"),
                FieldPanel("question_text"),
            ],
            heading=_("Câu hỏi"),
        ),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("department"), FieldPanel("answered_at")]), FieldPanel("answer")],
            heading=_("Trả lời"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("question_text"),
        index.SearchField("answer"),
        index.FilterField("topic"),
        index.FilterField("department"),
    ]

    parent_page_types = ["qa.QAIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("câu hỏi – trả lời")
        verbose_name_plural = _("câu hỏi – trả lời")

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Đường dẫn “%(slug)s” đã dành cho chức năng khác.") % {"slug": self.slug}})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent_url = self.get_parent().get_url(request=request) or ""
        context["qa_index_url"] = parent_url
        context["submit_url"] = f"{parent_url}{SUBMIT_SLUG}/"
        return context
