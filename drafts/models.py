"""Draft documents under public consultation (dự thảo lấy ý kiến) and the comments citizens send on them.

One stable page per draft through its whole life — upcoming, open (the comment form), closed, concluded (the
report on how comments were taken up: báo cáo tổng hợp, tiếp thu, giải trình). The status is derived from the
consultation window and the outcome, never stored, so it cannot go stale.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel

from documents import files
from documents.models import CheckedFile
from portal import codes
from portal.storage import private_storage
from portal.text import nfc

COMMENT_MAX_CHARS = 5000
DEFAULT_MIN_DAYS = 30


class Status(models.TextChoices):
    UPCOMING = "upcoming", _("Sắp lấy ý kiến")
    OPEN = "open", _("Đang lấy ý kiến")
    CLOSED = "closed", _("Đã hết hạn góp ý")
    CONCLUDED = "concluded", _("Đã có báo cáo tiếp thu, giải trình")


class DraftQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)

    def with_status(self, status, today=None):
        """Drafts in one status on a date: the same rules as ``DraftDocument.status``."""
        today = today or timezone.localdate()
        concluded = ~Q(outcome_text="") | Q(files__kind__in=DraftFile.OUTCOME_KINDS)
        if status == Status.UPCOMING:
            return self.filter(opens_on__gt=today)
        if status == Status.OPEN:
            return self.filter(opens_on__lte=today, closes_on__gte=today)
        concluded_pks = self.model.objects.filter(concluded).values("pk")
        if status == Status.CONCLUDED:
            return self.filter(closes_on__lt=today, pk__in=concluded_pks)
        if status == Status.CLOSED:
            return self.filter(closes_on__lt=today).exclude(pk__in=concluded_pks)
        return self.none()


class DraftDocument(ClusterableModel):
    title = models.CharField(_("tên dự thảo"), max_length=300)
    document_type = models.ForeignKey(
        "documents.DocumentType", on_delete=models.PROTECT, related_name="drafts", verbose_name=_("loại văn bản")
    )
    department = models.ForeignKey(
        "portal.Department",
        on_delete=models.PROTECT,
        related_name="drafts",
        verbose_name=_("cơ quan chủ trì soạn thảo"),
    )
    summary = models.TextField(_("tóm tắt nội dung"))
    questions = models.TextField(
        _("vấn đề cần xin ý kiến"),
        blank=True,
        help_text=_("Mỗi dòng một câu hỏi hoặc vấn đề đề nghị người dân, doanh nghiệp cho ý kiến."),
    )
    opens_on = models.DateField(_("ngày bắt đầu lấy ý kiến"))
    closes_on = models.DateField(_("ngày kết thúc lấy ý kiến"))
    short_window_reason = models.TextField(
        _("lý do rút ngắn thời gian lấy ý kiến"),
        blank=True,
        help_text=_("Bắt buộc khi thời gian lấy ý kiến ngắn hơn mức tối thiểu của loại văn bản."),
    )
    contact_unit = models.CharField(_("đơn vị tiếp nhận ý kiến"), max_length=255, blank=True)
    contact_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    contact_email = models.EmailField(_("thư điện tử tiếp nhận"), blank=True)
    national_portal_url = models.URLField(
        _("liên kết trên Cổng pháp luật quốc gia"), blank=True, help_text=_("Nếu dự thảo cũng được đăng ở đó.")
    )
    outcome_text = models.TextField(
        _("kết quả tiếp thu, giải trình"),
        blank=True,
        help_text=_("Tóm tắt sau khi hết hạn: đã tiếp thu những gì, giải trình những gì."),
    )
    is_published = models.BooleanField(_("công khai"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    objects = DraftQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldRowPanel([FieldPanel("document_type"), FieldPanel("department")]),
                FieldPanel("summary"),
                FieldPanel("questions"),
            ],
            heading=_("Dự thảo"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
                FieldPanel("short_window_reason"),
            ],
            heading=_("Thời gian lấy ý kiến"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_unit"),
                FieldRowPanel([FieldPanel("contact_address"), FieldPanel("contact_email")]),
                FieldPanel("national_portal_url"),
            ],
            heading=_("Nơi nhận ý kiến khác"),
        ),
        InlinePanel("files", heading=_("Tệp dự thảo, tờ trình, báo cáo"), label=_("tệp"), min_num=1),
        FieldPanel("outcome_text"),
        FieldPanel("is_published"),
    ]

    class Meta:
        verbose_name = _("dự thảo lấy ý kiến")
        verbose_name_plural = _("dự thảo lấy ý kiến")
        ordering = ["-opens_on", "-pk"]
        indexes = [models.Index(fields=["closes_on", "opens_on"], name="drafts_window")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("drafts:detail", args=[self.pk])

    # Rules ----------------------------------------------------------------------------------------------------
    @property
    def min_days(self):
        if self.document_type_id and self.document_type.consultation_days:
            return self.document_type.consultation_days
        return DEFAULT_MIN_DAYS

    @property
    def window_days(self):
        """Days comments are taken, both ends included."""
        return (self.closes_on - self.opens_on).days + 1

    def clean(self):
        super().clean()
        self.title = nfc(self.title).strip()
        self.summary = nfc(self.summary).strip()
        self.questions = nfc(self.questions).strip()
        errors = {}
        if self.opens_on and self.closes_on:
            if self.closes_on <= self.opens_on:
                errors["closes_on"] = _("Ngày kết thúc phải sau ngày bắt đầu lấy ý kiến.")
            elif self.document_type_id and self.window_days < self.min_days and not self.short_window_reason.strip():
                errors["short_window_reason"] = ngettext(
                    "Thời gian lấy ý kiến %(days)s ngày, ngắn hơn mức tối thiểu %(min)s ngày: cần ghi rõ lý do.",
                    "Thời gian lấy ý kiến %(days)s ngày, ngắn hơn mức tối thiểu %(min)s ngày: cần ghi rõ lý do.",
                    self.window_days,
                ) % {"days": self.window_days, "min": self.min_days}
        if errors:
            raise ValidationError(errors)

    # Status ---------------------------------------------------------------------------------------------------
    def is_concluded(self):
        return bool(self.outcome_text.strip()) or any(f.kind in DraftFile.OUTCOME_KINDS for f in self.files.all())

    def status(self, today=None):
        today = today or timezone.localdate()
        if today < self.opens_on:
            return Status.UPCOMING
        if today <= self.closes_on:
            return Status.OPEN
        return Status.CONCLUDED if self.is_concluded() else Status.CLOSED

    def is_open(self, today=None):
        return self.status(today) == Status.OPEN

    def days_left(self, today=None):
        """Days left to comment, today included (1 on the last day); 0 when not open."""
        today = today or timezone.localdate()
        return (self.closes_on - today).days + 1 if self.is_open(today) else 0

    def question_list(self):
        return [line.strip(" -•\t") for line in self.questions.splitlines() if line.strip(" -•\t")]

    def files_of(self, *kinds):
        return [f for f in self.files.all() if f.kind in kinds]


def draft_file_path(instance, filename):
    return f"drafts/{timezone.now():%Y/%m}/{filename}"


class DraftFile(CheckedFile):
    DRAFT = "draft"
    SUBMISSION = "submission"
    OTHER = "other"
    REPORT = "report"
    REVISED = "revised"
    KIND_CHOICES = [
        (DRAFT, _("Dự thảo văn bản")),
        (SUBMISSION, _("Tờ trình")),
        (OTHER, _("Tài liệu khác")),
        (REPORT, _("Báo cáo tổng hợp, tiếp thu, giải trình")),
        (REVISED, _("Dự thảo đã chỉnh lý")),
    ]
    OUTCOME_KINDS = (REPORT, REVISED)

    draft = ParentalKey(DraftDocument, on_delete=models.CASCADE, related_name="files")
    kind = models.CharField(_("loại tệp"), max_length=12, choices=KIND_CHOICES, default=DRAFT)
    file = models.FileField(_("tệp"), upload_to=draft_file_path, max_length=255)
    text = models.TextField(blank=True, editable=False)
    # When the worker read ``text`` (empty for a scan): a file still without it is read by the catch-up job.
    text_read_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]), FieldPanel("file")]

    class Meta:
        verbose_name = _("tệp dự thảo")
        verbose_name_plural = _("tệp dự thảo")
        ordering = ["draft", "sort_order", "pk"]

    def clean(self):
        """A new upload is checked by content (PDF, DOC, DOCX); nothing is stored when it fails."""
        super().clean()
        self.check_upload(files.DRAFT_KINDS)


def comment_attachment_path(instance, filename):
    return f"comments/{timezone.now():%Y/%m}/{filename}"


class Comment(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Chờ duyệt")
        PUBLISHED = "published", _("Đã đăng")
        REJECTED = "rejected", _("Không đăng")

    draft = models.ForeignKey(DraftDocument, on_delete=models.CASCADE, related_name="comments")
    name = models.CharField(_("họ và tên"), max_length=150, blank=True)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=200, blank=True)
    email = models.EmailField(_("thư điện tử"))
    phone = models.CharField(_("điện thoại"), max_length=30, blank=True)
    section = models.CharField(_("điều, khoản góp ý"), max_length=200, blank=True)
    body = models.TextField(_("nội dung góp ý"), validators=[MaxLengthValidator(COMMENT_MAX_CHARS)])
    attachment = models.FileField(
        _("tệp đính kèm"), upload_to=comment_attachment_path, storage=private_storage, blank=True, max_length=255
    )
    attachment_name = models.CharField(max_length=255, blank=True, editable=False)
    tracking_code = models.CharField(_("mã góp ý"), max_length=codes.LENGTH, unique=True, editable=False)
    submission_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.PENDING)
    reject_reason = models.CharField(_("lý do không đăng"), max_length=255, blank=True)
    response = models.TextField(_("giải trình, phản hồi của cơ quan soạn thảo"), blank=True)
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    moderated_at = models.DateTimeField(null=True, blank=True, editable=False)
    ip_hash = models.CharField(max_length=64, blank=True, editable=False)
    receipt_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    digested_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("gửi lúc"), default=timezone.now, editable=False, db_index=True)

    class Meta:
        verbose_name = _("ý kiến góp ý")
        verbose_name_plural = _("ý kiến góp ý")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["draft", "state", "created_at"], name="drafts_comment_state")]

    def __str__(self):
        return f"{self.display_name}: {self.body[:60]}"

    def save(self, *args, **kwargs):
        if not self.tracking_code:
            self.tracking_code = codes.new_code()
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        return self.name or str(_("Ẩn danh"))

    @property
    def display_code(self):
        return codes.display(self.tracking_code)

    def clean(self):
        super().clean()
        errors = {}
        if self.state == self.State.REJECTED and not self.reject_reason.strip():
            errors["reject_reason"] = _("Cần ghi lý do không đăng ý kiến.")
        if errors:
            raise ValidationError(errors)


def default_closes_on(opens_on=None, days=DEFAULT_MIN_DAYS):
    return (opens_on or timezone.localdate()) + datetime.timedelta(days=days - 1)
