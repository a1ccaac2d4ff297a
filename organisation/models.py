"""Organisation pages (Decree 42/2022 Art. 4 and 7): chart, leaders and departments' contacts, all drawn from data.

The leaders are a translatable snippet (Wagtail i18n): the Vietnamese row holds the structure (rank, photo, order,
the departments each leader oversees), a translation gives the name, position and duties in another language. The
departments are ``portal.Department`` rows, which also scope editors' permissions, so they are not duplicated per
language: an English name sits in a field beside the Vietnamese one.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from portal.blocks import RICH_TEXT_FEATURES


class Leader(TranslatableMixin, index.Indexed, models.Model):
    class Rank(models.TextChoices):
        CHAIR = "chair", _("Chủ tịch")
        VICE_CHAIR = "vice_chair", _("Phó Chủ tịch")
        MEMBER = "member", _("Ủy viên")

    name = models.CharField(_("họ và tên"), max_length=200)
    position = models.CharField(
        _("chức vụ"), max_length=255, help_text=_("Ví dụ: Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh.")
    )
    rank = models.CharField(_("cấp"), max_length=20, choices=Rank.choices, default=Rank.MEMBER)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("ảnh chân dung"),
    )
    duties = RichTextField(_("nhiệm vụ được phân công"), blank=True, features=RICH_TEXT_FEATURES)
    departments = models.ManyToManyField(
        "portal.Department",
        blank=True,
        related_name="supervising_leaders",
        verbose_name=_("phụ trách, theo dõi"),
        help_text=_("Các sở, ngành và địa phương lãnh đạo này phụ trách; dùng để vẽ sơ đồ tổ chức."),
    )
    phone = models.CharField(_("điện thoại cơ quan"), max_length=50, blank=True)
    email = models.EmailField(_("thư điện tử công vụ"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    is_active = models.BooleanField(_("đương nhiệm"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("rank"),
        FieldPanel("photo"),
        FieldPanel("duties"),
        FieldPanel("departments", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email")], heading=_("Liên hệ")),
        FieldPanel("sort_order"),
        FieldPanel("is_active"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("position"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("lãnh đạo")
        verbose_name_plural = _("lãnh đạo tỉnh")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return f"{self.name} – {self.position}"


class OrganisationPage(Page):
    """Common fields of the pages drawn from data: an editable intro above the generated content."""

    intro = RichTextField(_("lời dẫn"), blank=True, features=RICH_TEXT_FEATURES)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["portal.StandardPage", "portal.HomePage"]
    subpage_types = []

    class Meta:
        abstract = True


class OrganisationChartPage(OrganisationPage):
    """The organisation chart: the chair, the vice-chairs with the departments each oversees, every agency."""

    template = "organisation/chart_page.html"

    class Meta:
        verbose_name = _("trang sơ đồ tổ chức")

    def get_context(self, request, *args, **kwargs):
        from .selectors import organisation_chart

        context = super().get_context(request, *args, **kwargs)
        context["chart"] = organisation_chart()
        return context


class LeadersPage(OrganisationPage):
    """The leaders of the province: photo, position, duties and the departments they oversee."""

    template = "organisation/leaders_page.html"

    class Meta:
        verbose_name = _("trang lãnh đạo")

    def get_context(self, request, *args, **kwargs):
        from .selectors import leaders

        context = super().get_context(request, *args, **kwargs)
        context["leaders"] = leaders()
        return context


class DepartmentDirectoryPage(OrganisationPage):
    """Departments, districts and agencies with their contact person, phone, e-mail, address and website."""

    template = "organisation/directory_page.html"

    class Meta:
        verbose_name = _("trang danh bạ cơ quan, đơn vị")

    def get_context(self, request, *args, **kwargs):
        from .selectors import department_groups

        context = super().get_context(request, *args, **kwargs)
        context["groups"] = department_groups()
        return context
