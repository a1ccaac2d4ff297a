"""Special sections (chuyên trang, chuyên mục) at /chuyen-trang/<slug>/: an event, a campaign or a theme with its
own banner, colour, intro and blocks — live lists of news, documents and drafts, media, links — and optionally its
own articles and sub-sections."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import SectionBlock

COLOUR = RegexValidator(r"^#[0-9a-fA-F]{6}$", _("Nhập mã màu dạng #RRGGBB, ví dụ: #a50e1f."))


class SpecialSectionIndexPage(Page):
    """/chuyen-trang/: every live special section, newest first."""

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.HomePage"]
    subpage_types = ["specialpages.SpecialSectionPage"]
    max_count = 1

    class Meta:
        verbose_name = _("danh sách chuyên trang")

    def sections(self):
        return (
            SpecialSectionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("banner_image")
            .prefetch_related("banner_image__renditions")
            .defer_streamfields()
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sections"] = self.sections()
        return context


class SpecialSectionPage(Page):
    banner_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ảnh banner"),
    )
    banner_alt = models.CharField(
        _("mô tả ảnh banner"), max_length=250, blank=True, help_text=_("Cho người khiếm thị; để trống: dùng tiêu đề.")
    )
    accent_colour = models.CharField(
        _("màu nhấn"), max_length=7, default="#a50e1f", validators=[COLOUR], help_text=_("Dạng #RRGGBB.")
    )
    intro = models.TextField(_("giới thiệu"), blank=True)
    body = StreamField(SectionBlock(), blank=True, verbose_name=_("nội dung"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("banner_image"), FieldPanel("banner_alt"), FieldPanel("accent_colour")],
            heading=_("Giao diện"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["specialpages.SpecialSectionIndexPage", "specialpages.SpecialSectionPage"]
    subpage_types = ["specialpages.SpecialSectionPage", "news.NewsArticlePage"]

    class Meta:
        verbose_name = _("chuyên trang")
        verbose_name_plural = _("chuyên trang")

    @property
    def accent_text_colour(self):
        """Black or white, whichever reads better on the accent colour (WCAG relative luminance)."""
        channels = [int(self.accent_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
        return "#000000" if (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) else "#ffffff"

    def sub_sections(self):
        return SpecialSectionPage.objects.child_of(self).live().public().defer_streamfields()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["sub_sections"] = self.sub_sections()
        return context
