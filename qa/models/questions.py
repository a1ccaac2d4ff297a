"""A citizen's question as the portal receives it: private contact data, workflow state, answer and history.

Nothing here is ever rendered publicly as such: the public sees the tracking page (status and answer, by code)
and, once published, a QAPage built from the public fields only (see qa.workflow.publish_page).
"""

import datetime
import os

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from portal import codes
from portal.blocks import RICH_TEXT_FEATURES
from portal.storage import private_storage

# Fields that identify or locate the asker: never on a public page, in the search index, an API or an export.
PRIVATE_FIELDS = ("asker_email", "asker_phone", "asker_address", "attachment", "attachment_name", "submission_token")


def answer_days():
    return getattr(settings, "QA_ANSWER_DAYS", 20)


def reminder_days():
    return getattr(settings, "QA_REMINDER_DAYS", 3)


class Topic(models.Model):
    """A field a question is about (lĩnh vực): Đất đai, Giáo dục, Y tế… Data managed by the editorial board."""

    name = models.CharField(_("tên"), max_length=150, unique=True)
    slug = models.SlugField(_("đường dẫn"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)

    class Meta:
        verbose_name = _("lĩnh vực hỏi đáp")
        verbose_name_plural = _("lĩnh vực hỏi đáp")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Status(models.TextChoices):
    RECEIVED = "received", _("Đã tiếp nhận")
    REJECTED = "rejected", _("Không tiếp nhận")
    ASSIGNED = "assigned", _("Đã chuyển đơn vị trả lời")
    ANSWERED = "answered", _("Đơn vị đã trả lời, chờ duyệt")
    PUBLISHED = "published", _("Đã trả lời, đăng công khai")
    REPLIED = "replied", _("Đã trả lời riêng")


# Until the asker has the answer, the question counts against its due date.
OPEN_STATUSES = (Status.RECEIVED, Status.ASSIGNED, Status.ANSWERED)
DELIVERED_STATUSES = (Status.PUBLISHED, Status.REPLIED)

# What the asker reads on the tracking page: internal steps are not spelled out.
PUBLIC_STATUS_LABELS = {
    Status.RECEIVED: _("Đã tiếp nhận, đang phân loại"),
    Status.REJECTED: _("Không tiếp nhận"),
    Status.ASSIGNED: _("Đang được cơ quan chuyên môn xem xét, trả lời"),
    Status.ANSWERED: _("Đang hoàn thiện câu trả lời"),
    Status.PUBLISHED: _("Đã trả lời (đăng công khai trên Cổng)"),
    Status.REPLIED: _("Đã trả lời riêng cho người hỏi"),
}


class Channel(models.TextChoices):
    WEB = "web", _("Biểu mẫu trên Cổng")
    EMAIL = "email", _("Thư điện tử")
    PHONE = "phone", _("Điện thoại")
    IN_PERSON = "in_person", _("Trực tiếp")


class RejectReason(models.TextChoices):
    DUPLICATE = "duplicate", _("Trùng với câu hỏi đã tiếp nhận hoặc đã trả lời")
    OUT_OF_SCOPE = "out_of_scope", _("Không thuộc phạm vi trả lời của Cổng")
    INCOMPLETE = "incomplete", _("Nội dung không rõ, thiếu thông tin")
    INAPPROPRIATE = "inappropriate", _("Nội dung không phù hợp (xúc phạm, quảng cáo…)")
    OTHER = "other", _("Lý do khác")


class QuestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        return self.open().filter(due_date__lt=today or timezone.localdate())

    def due_soon(self, today=None, days=None):
        """Open, not yet overdue, due within ``days`` (QA_REMINDER_DAYS)."""
        today = today or timezone.localdate()
        limit = today + datetime.timedelta(days=reminder_days() if days is None else days)
        return self.open().filter(due_date__gte=today, due_date__lte=limit)

    def needs_reminder(self, today=None):
        """Overdue or due soon, and not yet reminded today."""
        today = today or timezone.localdate()
        limit = today + datetime.timedelta(days=reminder_days())
        return self.open().filter(due_date__lte=limit).filter(Q(reminded_on__isnull=True) | Q(reminded_on__lt=today))

    def delivered(self):
        return self.filter(status__in=DELIVERED_STATUSES)

    def unassigned(self):
        return self.filter(status=Status.RECEIVED)


def attachment_path(instance, filename):
    return f"qa/{timezone.now():%Y/%m}/{filename}"


class Question(models.Model):
    Status = Status
    Channel = Channel
    RejectReason = RejectReason

    # The asker ---------------------------------------------------------------------------------------------------
    asker_name = models.CharField(_("họ và tên người hỏi"), max_length=120)
    asker_email = models.EmailField(_("thư điện tử"), max_length=254, blank=True)
    asker_phone = models.CharField(_("số điện thoại"), max_length=20, blank=True)
    asker_address = models.CharField(_("địa chỉ"), max_length=255, blank=True)

    # The question ------------------------------------------------------------------------------------------------
    topic = models.ForeignKey(
        Topic, null=True, blank=True, on_delete=models.SET_NULL, related_name="questions", verbose_name=_("lĩnh vực")
    )
    title = models.CharField(_("tiêu đề"), max_length=200)
    body = models.TextField(_("nội dung câu hỏi"), max_length=5000)
    attachment = models.FileField(
        _("tệp đính kèm"), upload_to=attachment_path, storage=private_storage, max_length=255, blank=True
    )
    attachment_name = models.CharField(_("tên tệp gốc"), max_length=255, blank=True, editable=False)
    attachment_kind = models.CharField(_("định dạng tệp"), max_length=10, blank=True, editable=False)
    channel = models.CharField(_("kênh tiếp nhận"), max_length=10, choices=Channel.choices, default=Channel.WEB)
    tracking_code = models.CharField(_("mã tra cứu"), max_length=codes.LENGTH, unique=True, editable=False)
    # A one-time token of the public form: posting the same form twice returns the same question.
    submission_token = models.CharField(max_length=64, unique=True, null=True, blank=True, editable=False)
    received_at = models.DateTimeField(_("ngày tiếp nhận"), default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người nhập"),
        editable=False,
    )

    # Workflow ----------------------------------------------------------------------------------------------------
    status = models.CharField(
        _("trạng thái"), max_length=10, choices=Status.choices, default=Status.RECEIVED, editable=False
    )
    department = models.ForeignKey(
        "portal.Department",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="questions",
        verbose_name=_("đơn vị trả lời"),
        editable=False,
    )
    due_date = models.DateField(
        _("hạn trả lời"), blank=True, help_text=_("Để trống: tự tính theo số ngày quy định kể từ ngày tiếp nhận.")
    )
    assigned_at = models.DateTimeField(_("ngày chuyển đơn vị"), null=True, blank=True, editable=False)
    reject_reason = models.CharField(
        _("lý do không tiếp nhận"), max_length=20, choices=RejectReason.choices, blank=True, editable=False
    )
    reject_message = models.TextField(_("thông báo cho người hỏi"), blank=True, editable=False)
    answer = RichTextField(_("câu trả lời"), blank=True, features=RICH_TEXT_FEATURES)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người trả lời"),
        editable=False,
    )
    answered_at = models.DateTimeField(_("ngày trả lời"), null=True, blank=True, editable=False)
    answer_is_public = models.BooleanField(_("câu trả lời công khai"), default=False, editable=False)
    closed_at = models.DateTimeField(_("ngày hoàn thành"), null=True, blank=True, editable=False)
    page = models.OneToOneField(
        "qa.QAPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        # No accessor from the public page back to the private question.
        related_name="+",
        verbose_name=_("trang hỏi đáp"),
        editable=False,
    )
    reminded_on = models.DateField(null=True, blank=True, editable=False)

    # The asker's rating of the answer, given once from the tracking page ------------------------------------------
    rating = models.PositiveSmallIntegerField(
        _("đánh giá"), null=True, blank=True, editable=False, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    rated_at = models.DateTimeField(_("ngày đánh giá"), null=True, blank=True, editable=False)

    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("câu hỏi")
        verbose_name_plural = _("câu hỏi")
        ordering = ["-received_at", "-pk"]
        indexes = [
            models.Index(fields=["status", "due_date"], name="qa_question_status_due"),
            models.Index(fields=["department", "status"], name="qa_question_department_status"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(rating__isnull=True) | Q(rating__gte=1, rating__lte=5), name="qa_question_rating_1_5"
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.due_date:
            received = timezone.localdate(self.received_at) if self.received_at else timezone.localdate()
            self.due_date = received + datetime.timedelta(days=answer_days())
        if self.tracking_code:
            return super().save(*args, **kwargs)
        # A new code until one is free (a clash of 60 random bits is unlikely but not impossible).
        for _attempt in range(5):
            self.tracking_code = codes.new_code()
            try:
                with transaction.atomic():
                    return super().save(*args, **kwargs)
            except IntegrityError:
                if not Question.objects.filter(tracking_code=self.tracking_code).exists():
                    raise
        raise IntegrityError("no free tracking code")

    # Reading ------------------------------------------------------------------------------------------------------
    @property
    def display_code(self):
        return codes.display(self.tracking_code) if self.tracking_code else ""

    @property
    def is_open(self):
        return self.status in OPEN_STATUSES

    @property
    def is_delivered(self):
        return self.status in DELIVERED_STATUSES

    @property
    def is_overdue(self):
        return self.is_open and self.due_date is not None and self.due_date < timezone.localdate()

    @property
    def days_left(self):
        return (self.due_date - timezone.localdate()).days if self.due_date else None

    @property
    def public_status(self):
        return PUBLIC_STATUS_LABELS[self.status]

    @property
    def can_be_rated(self):
        return self.is_delivered and self.rating is None

    @property
    def answer_text(self):
        """The answer as plain text (e-mails)."""
        return strip_tags(self.answer.replace("</p>", "</p>\n").replace("<br/>", "\n")).strip()

    @property
    def attachment_filename(self):
        return self.attachment_name or (os.path.basename(self.attachment.name) if self.attachment else "")


class QuestionEvent(models.Model):
    """One step of a question's history: who moved it from which state to which, when, and why."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="events")
    action = models.CharField(_("thao tác"), max_length=20)
    from_status = models.CharField(_("từ trạng thái"), max_length=10, choices=Status.choices, blank=True)
    to_status = models.CharField(_("sang trạng thái"), max_length=10, choices=Status.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("người thực hiện"),
    )
    department = models.ForeignKey(
        "portal.Department", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("ghi chú"), blank=True)
    created_at = models.DateTimeField(_("thời điểm"), default=timezone.now, db_index=True)
    # When the e-mail this step calls for was sent (None: none sent yet, or none needed).
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("lịch sử xử lý")
        verbose_name_plural = _("lịch sử xử lý")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.question_id}: {self.from_status or '–'} → {self.to_status}"

    @property
    def action_label(self):
        from ..workflow import TRANSITIONS

        if self.action in TRANSITIONS:
            return TRANSITIONS[self.action].label
        return _("Tiếp nhận") if self.action == "receive" else self.action
