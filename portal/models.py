"""The site shell: home page, standard intro pages, site-wide settings and the departments of the province."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BodyBlock


class HomePage(Page):
    """The portal's front page: featured articles chosen by editors and the latest news of each category."""

    intro = models.TextField(_("giới thiệu"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_articles", label=_("Tin nổi bật")),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["news.NewsIndexPage", "portal.StandardPage"]
    max_count = 1

    class Meta:
        verbose_name = _("trang chủ")

    def get_context(self, request, *args, **kwargs):
        from news.selectors import home_news

        context = super().get_context(request, *args, **kwargs)
        context.update(home_news(self))
        return context


class HomePageFeaturedArticle(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_articles")
    article = models.ForeignKey(
        "news.NewsArticlePage", on_delete=models.CASCADE, related_name="+", verbose_name=_("bài viết")
    )

    panels = [PageChooserPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("tin nổi bật")


class StandardPage(Page):
    """An intro page such as /gioi-thieu/ or /lien-he/; may hold sub-pages."""

    intro = models.TextField(_("tóm tắt"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("nội dung"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]

    class Meta:
        verbose_name = _("trang nội dung")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and legal lines shown in the header and footer (Decree 42/2022 asks for them)."""

    portal_name = models.CharField(_("tên cổng"), max_length=200, default="Cổng Thông tin điện tử tỉnh Ninh Bình")
    owner_name = models.CharField(_("cơ quan chủ quản"), max_length=200, default="Ủy ban nhân dân tỉnh Ninh Bình")
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    email = models.EmailField(_("hộp thư ban biên tập"), blank=True)
    licence_line = models.CharField(
        _("giấy phép"),
        max_length=300,
        blank=True,
        help_text=_("Ví dụ: Giấy phép số … do Sở Thông tin và Truyền thông cấp."),
    )
    responsible_person = models.CharField(_("chịu trách nhiệm chính"), max_length=200, blank=True)
    footer_note = RichTextField(_("ghi chú chân trang"), blank=True, features=RICH_TEXT_FEATURES)

    panels = [
        MultiFieldPanel([FieldPanel("portal_name"), FieldPanel("owner_name")], heading=_("Tên")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Liên hệ")),
        MultiFieldPanel(
            [FieldPanel("licence_line"), FieldPanel("responsible_person"), FieldPanel("footer_note")],
            heading=_("Pháp lý"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")


class Department(ClusterableModel):
    """A department, agency or district of the province (sở, ban, ngành, UBND huyện): data, not code."""

    name = models.CharField(_("tên"), max_length=200, unique=True)
    short_name = models.CharField(_("tên viết tắt"), max_length=50, blank=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True, allow_unicode=False)
    kind = models.CharField(
        _("loại"),
        max_length=20,
        choices=[
            ("department", _("Sở, ban, ngành")),
            ("district", _("Huyện, thành phố")),
            ("agency", _("Cơ quan khác")),
        ],
        default="department",
    )
    website = models.URLField(_("trang web"), blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="departments",
        verbose_name=_("cán bộ"),
        help_text=_("Tài khoản của cán bộ sở, ngành: họ chỉ thấy và quản lý nội dung của đơn vị mình."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("website"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("members"),
    ]

    class Meta:
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name
