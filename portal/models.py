"""The site shell: home page, standard intro pages, site-wide settings and the departments of the province."""

import calendar
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BodyBlock, LinkBlock


class HomePage(Page):
    """The portal's front page: featured articles chosen by editors and the latest news of each category."""

    intro = models.TextField(_("giới thiệu"), blank=True)
    service_links = StreamField(
        [("link", LinkBlock())],
        blank=True,
        verbose_name=_("liên kết dịch vụ công"),
        help_text=_("Cổng Dịch vụ công quốc gia, Cổng dịch vụ công của tỉnh…"),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        InlinePanel("featured_articles", label=_("Tin nổi bật")),
        FieldPanel("service_links"),
    ]

    # One home page per language under the root: the Vietnamese one and its translations (Wagtail i18n).
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "news.NewsIndexPage",
        "portal.StandardPage",
        "specialpages.SpecialSectionIndexPage",
        "qa.QAIndexPage",
    ]

    class Meta:
        verbose_name = _("trang chủ")

    @classmethod
    def can_create_at(cls, parent):
        # One home page is added by hand; the others are its translations, made with "Dịch" (simple translation).
        return super().can_create_at(parent) and not cls.objects.exists()

    @property
    def is_translation(self):
        return self.locale.language_code != settings.LANGUAGE_CODE

    def get_template(self, request, *args, **kwargs):
        # A translated home page introduces the province and its organisation: the news, documents and services
        # behind the Vietnamese home page have no translation.
        if self.is_translation:
            return "portal/home_page_translated.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        if self.is_translation:
            context = super().get_context(request, *args, **kwargs)
            context["sections"] = self.get_descendants().live().public().filter(depth__lte=self.depth + 2).specific()
            return context
        from .home import home_content

        context = super().get_context(request, *args, **kwargs)
        context["home_content"] = home_content(self, request)
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
    subpage_types = [
        "portal.StandardPage",
        "organisation.OrganisationChartPage",
        "organisation.LeadersPage",
        "organisation.DepartmentDirectoryPage",
    ]

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
    # Shown on the English pages (Decree 42/2022 Art. 7.2); empty falls back to the Vietnamese text.
    portal_name_en = models.CharField(_("tên cổng (tiếng Anh)"), max_length=200, blank=True)
    owner_name_en = models.CharField(_("cơ quan chủ quản (tiếng Anh)"), max_length=200, blank=True)
    address_en = models.CharField(_("địa chỉ (tiếng Anh)"), max_length=300, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("portal_name"), FieldPanel("owner_name")], heading=_("Tên")),
        MultiFieldPanel([FieldPanel("address"), FieldPanel("phone"), FieldPanel("email")], heading=_("Liên hệ")),
        MultiFieldPanel(
            [FieldPanel("portal_name_en"), FieldPanel("owner_name_en"), FieldPanel("address_en")],
            heading=_("Tiếng Anh"),
        ),
        MultiFieldPanel(
            [FieldPanel("licence_line"), FieldPanel("responsible_person"), FieldPanel("footer_note")],
            heading=_("Pháp lý"),
        ),
    ]

    class Meta:
        verbose_name = _("thông tin cổng")

    def _localized(self, field):
        if get_language() == "en":
            return getattr(self, f"{field}_en") or getattr(self, field)
        return getattr(self, field)

    @property
    def display_name(self):
        return self._localized("portal_name")

    @property
    def display_owner(self):
        return self._localized("owner_name")

    @property
    def display_address(self):
        return self._localized("address")


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
    name_en = models.CharField(
        _("tên tiếng Anh"), max_length=200, blank=True, help_text=_("Hiện trên các trang tiếng Anh của cổng.")
    )
    website = models.URLField(_("trang web"), blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    phone = models.CharField(_("điện thoại"), max_length=50, blank=True)
    address = models.CharField(_("địa chỉ"), max_length=300, blank=True)
    contact_person = models.CharField(
        _("người liên hệ"),
        max_length=200,
        blank=True,
        help_text=_("Họ tên và chức vụ, ví dụ: Nguyễn Văn A – Chánh Văn phòng Sở."),
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=100)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="departments",
        verbose_name=_("cán bộ"),
        help_text=_("Tài khoản của cán bộ sở, ngành: họ chỉ thấy và quản lý nội dung của đơn vị mình."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("short_name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("sort_order"),
        MultiFieldPanel(
            [
                FieldPanel("contact_person"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("address"),
                FieldPanel("website"),
            ],
            heading=_("Liên hệ"),
        ),
        FieldPanel("members"),
    ]

    class Meta:
        verbose_name = _("cơ quan, đơn vị")
        verbose_name_plural = _("cơ quan, đơn vị")
        ordering = ["kind", "sort_order", "name"]

    def __str__(self):
        return self.name

    @property
    def display_name(self):
        """The name in the language of the request (the Vietnamese one when no translation is given)."""
        return self.name_en if self.name_en and get_language() == "en" else self.name


class Placement(models.TextChoices):
    HOME_TOP = "home_top", _("Đầu trang chủ")
    SIDEBAR = "sidebar", _("Cột bên")


class BannerFields(models.Model):
    """What a banner shows and where: image, text for people who cannot see it, link, placement."""

    image = models.ForeignKey(
        "wagtailimages.Image", on_delete=models.PROTECT, related_name="+", verbose_name=_("ảnh banner")
    )
    alt_text = models.CharField(
        _("mô tả ảnh"), max_length=250, help_text=_("Nội dung của banner bằng chữ, cho người khiếm thị.")
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("dẫn tới trang"),
    )
    link_url = models.URLField(_("hoặc địa chỉ web"), blank=True)
    placement = models.CharField(_("vị trí"), max_length=20, choices=Placement.choices, default=Placement.HOME_TOP)
    priority = models.SmallIntegerField(_("độ ưu tiên"), default=0, help_text=_("Số lớn hiện trước."))

    class Meta:
        abstract = True

    @property
    def link(self):
        if self.link_page_id and self.link_page.live:
            return self.link_page.url
        return self.link_url


class Banner(BannerFields):
    """A banner shown between two moments (a campaign, an event)."""

    title = models.CharField(_("tên"), max_length=200)
    starts_at = models.DateTimeField(_("hiện từ"))
    ends_at = models.DateTimeField(_("đến"))
    is_active = models.BooleanField(_("bật"), default=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("image"),
        FieldPanel("alt_text"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url")], heading=_("Liên kết")),
        MultiFieldPanel(
            [FieldPanel("placement"), FieldPanel("priority"), FieldPanel("starts_at"), FieldPanel("ends_at")],
            heading=_("Hiển thị"),
        ),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("banner")
        verbose_name_plural = _("banner")
        ordering = ["-starts_at"]
        indexes = [models.Index(fields=["placement", "starts_at", "ends_at"], name="portal_banner_window")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("Thời điểm kết thúc phải sau thời điểm bắt đầu.")})


class CommemorativeDay(BannerFields):
    """A day that comes back every year (20/11 Ngày Nhà giáo Việt Nam…) and the banner shown around it."""

    title = models.CharField(_("tên ngày kỷ niệm"), max_length=200)
    # Without an image the day still shows: its title on a banner drawn by the stylesheet.
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ảnh banner"),
        help_text=_("Để trống: hiện tên ngày kỷ niệm trên nền màu của cổng."),
    )
    alt_text = models.CharField(_("mô tả ảnh"), max_length=250, blank=True)
    day = models.PositiveSmallIntegerField(_("ngày"), validators=[MinValueValidator(1), MaxValueValidator(31)])
    month = models.PositiveSmallIntegerField(_("tháng"), validators=[MinValueValidator(1), MaxValueValidator(12)])
    days_before = models.PositiveSmallIntegerField(
        _("hiện trước (ngày)"), default=2, validators=[MaxValueValidator(30)]
    )
    days_after = models.PositiveSmallIntegerField(_("hiện sau (ngày)"), default=0, validators=[MaxValueValidator(30)])
    since_year = models.PositiveSmallIntegerField(
        _("năm bắt đầu"), null=True, blank=True, help_text=_("Ví dụ 1946: banner ghi được số năm kỷ niệm.")
    )
    is_active = models.BooleanField(_("bật"), default=True)

    panels = [
        FieldPanel("title"),
        MultiFieldPanel(
            [FieldPanel("day"), FieldPanel("month"), FieldPanel("since_year")], heading=_("Ngày trong năm")
        ),
        FieldPanel("image"),
        FieldPanel("alt_text"),
        MultiFieldPanel([FieldPanel("link_page"), FieldPanel("link_url")], heading=_("Liên kết")),
        MultiFieldPanel(
            [FieldPanel("placement"), FieldPanel("priority"), FieldPanel("days_before"), FieldPanel("days_after")],
            heading=_("Hiển thị"),
        ),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("ngày kỷ niệm")
        verbose_name_plural = _("ngày kỷ niệm")
        ordering = ["month", "day"]

    def __str__(self):
        return f"{self.day:02d}/{self.month:02d} – {self.title}"

    def clean(self):
        super().clean()
        if self.day and self.month:
            try:
                datetime.date(2024, self.month, self.day)  # a leap year: 29/2 is a valid yearly day
            except ValueError:
                raise ValidationError({"day": _("Ngày không có trong tháng này.")}) from None

    def occurrence(self, year):
        """The date in ``year`` (29/2 falls on 28/2 in other years)."""
        day = self.day
        if self.month == 2 and day == 29 and not calendar.isleap(year):
            day = 28
        return datetime.date(year, self.month, day)

    def shows_on(self, today):
        """Whether the banner is due on ``today``: around this year's, last year's or next year's occurrence."""
        for year in (today.year - 1, today.year, today.year + 1):
            occurrence = self.occurrence(year)
            start = occurrence - datetime.timedelta(days=self.days_before)
            end = occurrence + datetime.timedelta(days=self.days_after)
            if start <= today <= end:
                return True
        return False


class WebLink(models.Model):
    """A website in the directory /lien-ket/: a department's, a district's, an agency's; checked every week."""

    class Kind(models.TextChoices):
        CENTRAL = "central", _("Cơ quan Trung ương")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        DISTRICT = "district", _("Huyện, thành phố")
        AGENCY = "agency", _("Cơ quan, đơn vị khác")

    title = models.CharField(_("tên"), max_length=200)
    url = models.URLField(_("địa chỉ"), max_length=500)
    kind = models.CharField(_("nhóm"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    department = models.ForeignKey(
        Department, null=True, blank=True, on_delete=models.SET_NULL, related_name="web_links", verbose_name=_("đơn vị")
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("hiển thị"), default=True)
    # Written by the weekly check (portal.linkcheck), never by editors.
    checked_at = models.DateTimeField(_("kiểm tra lúc"), null=True, blank=True, editable=False)
    status_code = models.PositiveSmallIntegerField(_("mã trả về"), null=True, blank=True, editable=False)
    check_error = models.CharField(_("lỗi"), max_length=255, blank=True, editable=False)
    is_broken = models.BooleanField(_("liên kết hỏng"), default=False, editable=False)
    broken_since = models.DateTimeField(_("hỏng từ"), null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("url"),
        FieldPanel("kind"),
        FieldPanel("department"),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]

    class Meta:
        verbose_name = _("liên kết website")
        verbose_name_plural = _("liên kết website")
        ordering = ["kind", "sort_order", "title"]

    def __str__(self):
        return self.title

    @property
    def check_summary(self):
        if self.checked_at is None:
            return str(_("Chưa kiểm tra"))
        if self.is_broken:
            return self.check_error or f"HTTP {self.status_code}"
        return f"HTTP {self.status_code}"


class PageFeedback(models.Model):
    """A reader's answer to "Trang này có hữu ích không?" (Decree 42/2022 Art. 8: citizens rate the portal)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback")
    useful = models.BooleanField(_("hữu ích"))
    comment = models.TextField(_("góp ý"), max_length=1000, blank=True)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    created_at = models.DateTimeField(_("lúc"), auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("ý kiến bạn đọc")
        verbose_name_plural = _("ý kiến bạn đọc")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["page", "useful"], name="portal_feedback_page")]

    def __str__(self):
        return f"{self.page_id}: {'+' if self.useful else '-'}"


class ScheduleEntry(models.Model):
    """One item of the leaders' weekly working schedule (lịch công tác tuần của lãnh đạo UBND tỉnh)."""

    day = models.DateField(_("ngày"), db_index=True)
    time = models.TimeField(_("giờ"), null=True, blank=True)
    leader = models.CharField(_("lãnh đạo"), max_length=200, help_text=_("Ví dụ: Chủ tịch UBND tỉnh Phạm Quang Ngọc."))
    content = models.TextField(_("nội dung"))
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    preparing_unit = models.CharField(_("đơn vị chuẩn bị"), max_length=255, blank=True)
    is_published = models.BooleanField(_("công khai"), default=True)

    panels = [
        FieldPanel("day"),
        FieldPanel("time"),
        FieldPanel("leader"),
        FieldPanel("content"),
        FieldPanel("location"),
        FieldPanel("preparing_unit"),
        FieldPanel("is_published"),
    ]

    class Meta:
        verbose_name = _("lịch công tác")
        verbose_name_plural = _("lịch công tác")
        ordering = ["day", "time", "pk"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y} – {self.leader}: {self.content[:60]}"
