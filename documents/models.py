"""Legal documents (văn bản quy phạm pháp luật) and directives (văn bản chỉ đạo điều hành), with their files and
the typed relations between them (basis, amends, replaces, repeals, guides) that drive each document's validity.

Document types, issuing bodies and fields are data managed in the admin: provinces merge and districts disappear.
"""

import datetime
import os
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import ExtractYear
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from portal.text import nfc

from . import files


class DocumentType(models.Model):
    """Nghị quyết (NQ), Quyết định (QĐ), Chỉ thị (CT), Kế hoạch (KH), Công văn…"""

    name = models.CharField(_("tên"), max_length=100, unique=True)
    code = models.CharField(_("ký hiệu"), max_length=20, blank=True, help_text=_("Ví dụ: QĐ, NQ, CT, KH."))
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    consultation_days = models.PositiveSmallIntegerField(
        _("số ngày lấy ý kiến tối thiểu"),
        default=30,
        help_text=_("Thời gian tối thiểu đăng dự thảo loại này để lấy ý kiến; ngắn hơn phải ghi rõ lý do."),
    )

    class Meta:
        verbose_name = _("loại văn bản")
        verbose_name_plural = _("loại văn bản")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class IssuingBody(models.Model):
    """Who issued a document: Chính phủ, HĐND tỉnh, UBND tỉnh, a department… (data, no hard-coded tiers)."""

    name = models.CharField(_("tên"), max_length=200, unique=True)
    short_name = models.CharField(_("tên viết tắt"), max_length=50, blank=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    is_active = models.BooleanField(
        _("còn hoạt động"), default=True, help_text=_("Bỏ chọn khi cơ quan đã sáp nhập hoặc giải thể.")
    )
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("cơ quan ban hành")
        verbose_name_plural = _("cơ quan ban hành")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class DocumentField(models.Model):
    """A field of state management (lĩnh vực): Đất đai, Giáo dục, Y tế…"""

    name = models.CharField(_("tên"), max_length=150, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("lĩnh vực")
        verbose_name_plural = _("lĩnh vực")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Validity(models.TextChoices):
    NOT_YET = "not_yet", _("Chưa có hiệu lực")
    IN_FORCE = "in_force", _("Còn hiệu lực")
    PARTLY_EXPIRED = "partly_expired", _("Hết hiệu lực một phần")
    EXPIRED = "expired", _("Hết hiệu lực toàn bộ")


class LegalDocumentQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def in_force(self, on=None):
        """Documents in force (fully or partly) on a date: exactly those whose ``validity(on)`` says so."""
        return self.filter(in_force_q(on))


def in_force_q(on=None):
    """The condition of ``in_force`` as a Q, to filter (or exclude) any queryset of documents without a self-join."""
    on = on or timezone.localdate()
    ended_by_relation = (
        DocumentRelation.objects.filter(kind__in=DocumentRelation.ENDING_KINDS)
        .filter(Q(source__effective_date__lte=on) | Q(source__effective_date__isnull=True, source__issue_date__lte=on))
        .values("target")
    )
    derived = (
        Q(validity_override="")
        & (Q(effective_date__isnull=True) | Q(effective_date__lte=on))
        & (Q(expiry_date__isnull=True) | Q(expiry_date__gt=on))
        & ~Q(pk__in=ended_by_relation)
    )
    overridden = Q(validity_override__in=[Validity.IN_FORCE, Validity.PARTLY_EXPIRED])
    return derived | overridden


class LegalDocument(ClusterableModel):
    class Group(models.TextChoices):
        LEGAL = "vbqppl", _("Văn bản quy phạm pháp luật")
        DIRECTIVE = "chidao", _("Văn bản chỉ đạo, điều hành")

    number = models.CharField(
        _("số ký hiệu"), max_length=100, help_text=_("Ví dụ: 163/2025/QĐ-UBND, 43/2011/NĐ-CP, 1234/UBND-VP.")
    )
    document_type = models.ForeignKey(
        DocumentType, on_delete=models.PROTECT, related_name="documents", verbose_name=_("loại văn bản")
    )
    group = models.CharField(_("nhóm"), max_length=10, choices=Group.choices, default=Group.DIRECTIVE)
    issuing_body = models.ForeignKey(
        IssuingBody, on_delete=models.PROTECT, related_name="documents", verbose_name=_("cơ quan ban hành")
    )
    signer = models.CharField(_("người ký"), max_length=150, blank=True)
    signer_title = models.CharField(_("chức vụ người ký"), max_length=150, blank=True)
    issue_date = models.DateField(_("ngày ban hành"))
    effective_date = models.DateField(_("ngày có hiệu lực"), null=True, blank=True)
    expiry_date = models.DateField(_("ngày hết hiệu lực"), null=True, blank=True)
    validity_override = models.CharField(
        _("tình trạng hiệu lực (ghi đè)"),
        max_length=20,
        choices=Validity.choices,
        blank=True,
        help_text=_("Để trống: tự tính từ ngày hiệu lực và các văn bản sửa đổi, thay thế, bãi bỏ."),
    )
    fields = models.ManyToManyField(DocumentField, blank=True, related_name="documents", verbose_name=_("lĩnh vực"))
    summary = models.TextField(_("trích yếu"))
    department = models.ForeignKey(
        "portal.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="legal_documents",
        verbose_name=_("đơn vị quản lý"),
        help_text=_("Sở, ngành được quản lý văn bản này trên Cổng."),
    )
    source_url = models.URLField(_("liên kết nguồn"), blank=True, help_text=_("Ví dụ: Cơ sở dữ liệu quốc gia về VBPL."))
    text = models.TextField(_("nội dung trích xuất"), blank=True, editable=False)
    has_text_layer = models.BooleanField(_("có lớp văn bản"), null=True, editable=False)
    is_published = models.BooleanField(_("công khai"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = LegalDocumentQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("number"), FieldPanel("document_type"), FieldPanel("group")]),
                FieldPanel("summary"),
                FieldRowPanel([FieldPanel("issuing_body"), FieldPanel("department")]),
                FieldRowPanel([FieldPanel("signer"), FieldPanel("signer_title")]),
            ],
            heading=_("Thông tin văn bản"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("issue_date"), FieldPanel("effective_date"), FieldPanel("expiry_date")]),
                FieldPanel("validity_override"),
            ],
            heading=_("Hiệu lực"),
        ),
        FieldPanel("fields"),
        InlinePanel("attachments", heading=_("Tệp đính kèm"), label=_("tệp"), min_num=1),
        InlinePanel("outgoing_relations", heading=_("Văn bản liên quan"), label=_("quan hệ")),
        FieldRowPanel([FieldPanel("source_url"), FieldPanel("is_published")]),
    ]

    class Meta:
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        ordering = ["-issue_date", "-pk"]
        constraints = [
            # Numbers without a year ("1234/UBND-VP") start again every year (Decree 30/2020): unique per year.
            models.UniqueConstraint(
                F("number"),
                F("issuing_body"),
                ExtractYear("issue_date"),
                name="documents_number_per_issuer_year",
                violation_error_message=_("Cơ quan này đã có văn bản cùng số ký hiệu trong năm ban hành."),
            ),
        ]
        indexes = [
            models.Index(fields=["-issue_date", "-id"], name="documents_newest"),
            models.Index(fields=["group", "-issue_date"], name="documents_group_newest"),
            # The finder filtered by type or issuer stops after one page instead of sorting every match.
            models.Index(fields=["document_type", "-issue_date", "-id"], name="documents_type_newest"),
            models.Index(fields=["issuing_body", "-issue_date", "-id"], name="documents_issuer_newest"),
        ]

    def __str__(self):
        return f"{self.number} – {self.summary[:80]}"

    def get_absolute_url(self):
        return reverse("documents:detail", args=[self.pk])

    def clean(self):
        super().clean()
        self.number = normalise_number(self.number)
        self.summary = nfc(self.summary).strip()
        errors = {}
        if self.number and not NUMBER_RE.match(self.number):
            errors["number"] = _("Số ký hiệu không đúng dạng, ví dụ: 163/2025/QĐ-UBND hoặc 1234/UBND-VP.")
        if self.issue_date and self.effective_date and self.effective_date < self.issue_date:
            errors["effective_date"] = _("Ngày có hiệu lực không được trước ngày ban hành.")
        start = self.effective_date or self.issue_date
        if start and self.expiry_date and self.expiry_date <= start:
            errors["expiry_date"] = _("Ngày hết hiệu lực phải sau ngày có hiệu lực.")
        if self.issue_date and self.issue_date > timezone.localdate() + datetime.timedelta(days=1):
            errors["issue_date"] = _("Ngày ban hành không được ở tương lai.")
        if errors:
            raise ValidationError(errors)

    # Validity --------------------------------------------------------------------------------------------------
    def validity(self, on=None):
        """The status on a date: an explicit override, else derived from dates and from later documents."""
        on = on or timezone.localdate()
        if self.validity_override:
            return Validity(self.validity_override)
        if self.effective_date and self.effective_date > on:
            return Validity.NOT_YET
        if self.expiry_date and self.expiry_date <= on:
            return Validity.EXPIRED
        acting = [r for r in self.incoming_relations.all() if r.source.effective_or_issue_date <= on]
        if any(r.kind in DocumentRelation.ENDING_KINDS for r in acting):
            return Validity.EXPIRED
        if any(r.kind == DocumentRelation.AMENDS for r in acting):
            return Validity.PARTLY_EXPIRED
        return Validity.IN_FORCE

    @property
    def effective_or_issue_date(self):
        return self.effective_date or self.issue_date

    def validity_history(self):
        """[(date, event text)] oldest first: issued, in force, and what later documents did to it."""
        events = [(self.issue_date, _("Ban hành"))]
        if self.effective_date:
            events.append((self.effective_date, _("Có hiệu lực")))
        for relation in self.incoming_relations.all():
            events.append((relation.source.effective_or_issue_date, relation.incoming_label()))
        if self.expiry_date:
            events.append((self.expiry_date, _("Hết hiệu lực")))
        return sorted(events, key=lambda event: event[0])

    @property
    def main_file(self):
        files = [f for f in self.attachments.all() if f.kind == Attachment.MAIN]
        return files[0] if files else None


NUMBER_RE = re.compile(r"^[0-9A-ZĐa-zđ][0-9A-Za-zĐđ./\-]*$")


# Abbreviations of the official numbering (Decree 30/2020) that are written in mixed case.
MIXED_CASE_PARTS = {"TTG": "TTg", "TTR": "TTr"}


def normalise_number(number):
    """'163 / 2025 / qđ-ubnd' → '163/2025/QĐ-UBND', '749/qđ-ttg' → '749/QĐ-TTg': one spelling per number."""
    number = nfc(number or "").strip()
    number = re.sub(r"\s*([/\-])\s*", r"\1", number)
    number = re.sub(r"\s+", "", number)
    parts = re.split(r"([/\-])", number.upper())
    return "".join(MIXED_CASE_PARTS.get(part, part) for part in parts)


def attachment_path(instance, filename):
    return f"documents/{timezone.now():%Y/%m}/{filename}"


class CheckedFile(models.Model):
    """What is stored beside an uploaded file once it was checked by content (documents.files.inspect_upload).

    Subclasses declare ``file`` (their own upload folder) and call ``check_upload`` from ``clean()``.
    """

    title = models.CharField(_("tên hiển thị"), max_length=255, blank=True)
    original_name = models.CharField(_("tên tệp gốc"), max_length=255, blank=True, editable=False)
    file_type = models.CharField(_("định dạng"), max_length=10, editable=False)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0, editable=False)
    sha256 = models.CharField(max_length=64, editable=False, blank=True)
    page_count = models.PositiveIntegerField(_("số trang"), null=True, blank=True, editable=False)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        abstract = True

    def __str__(self):
        return self.title or self.original_name or self.file.name

    def check_upload(self, allowed_kinds):
        """A new upload is checked by content (nothing is stored when it fails) and given a safe name."""
        upload = self.file
        if not upload or getattr(upload, "_committed", True):
            return
        info = files.inspect_upload(upload.file, allowed_kinds=allowed_kinds)
        self.original_name = os.path.basename(upload.name)[:255]
        upload.name = files.safe_filename(upload.name, info.kind)
        self.file_type = info.kind
        self.size = info.size
        self.sha256 = info.sha256
        self.page_count = info.page_count
        if not self.title:
            self.title = os.path.splitext(self.original_name)[0][:255]


class Attachment(CheckedFile):
    MAIN = "main"
    ANNEX = "annex"
    KIND_CHOICES = [(MAIN, _("Văn bản chính")), (ANNEX, _("Phụ lục, tài liệu kèm theo"))]

    document = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="attachments")
    kind = models.CharField(_("loại tệp"), max_length=10, choices=KIND_CHOICES, default=MAIN)
    file = models.FileField(_("tệp"), upload_to=attachment_path, max_length=255)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]), FieldPanel("file")]

    class Meta:
        verbose_name = _("tệp đính kèm")
        verbose_name_plural = _("tệp đính kèm")
        ordering = ["document", "sort_order", "pk"]

    def clean(self):
        super().clean()
        self.check_upload(files.MAIN_DOCUMENT_KINDS if self.kind == self.MAIN else files.ANNEX_KINDS)


class DocumentRelation(models.Model):
    """``source`` (the newer document) does something to ``target``: is based on it, amends, replaces, repeals it…"""

    BASIS = "basis"
    AMENDS = "amends"
    REPLACES = "replaces"
    REPEALS = "repeals"
    GUIDES = "guides"
    KIND_CHOICES = [
        (BASIS, _("Căn cứ")),
        (AMENDS, _("Sửa đổi, bổ sung")),
        (REPLACES, _("Thay thế")),
        (REPEALS, _("Bãi bỏ")),
        (GUIDES, _("Hướng dẫn")),
    ]
    ENDING_KINDS = (REPLACES, REPEALS)
    INCOMING_LABELS = {
        BASIS: _("Được dùng làm căn cứ bởi"),
        AMENDS: _("Được sửa đổi, bổ sung bởi"),
        REPLACES: _("Bị thay thế bởi"),
        REPEALS: _("Bị bãi bỏ bởi"),
        GUIDES: _("Được hướng dẫn bởi"),
    }

    source = ParentalKey(LegalDocument, on_delete=models.CASCADE, related_name="outgoing_relations")
    target = models.ForeignKey(LegalDocument, on_delete=models.CASCADE, related_name="incoming_relations")
    kind = models.CharField(_("quan hệ"), max_length=10, choices=KIND_CHOICES)
    note = models.CharField(_("ghi chú"), max_length=255, blank=True)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("target"), FieldPanel("note")])]

    class Meta:
        verbose_name = _("văn bản liên quan")
        verbose_name_plural = _("văn bản liên quan")
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="documents_relation_once"),
            models.CheckConstraint(condition=~Q(source=models.F("target")), name="documents_relation_not_self"),
        ]

    def __str__(self):
        return f"{self.source.number} {self.get_kind_display().lower()} {self.target.number}"

    def incoming_label(self):
        return f"{self.INCOMING_LABELS[self.kind]} {self.source.number}"
