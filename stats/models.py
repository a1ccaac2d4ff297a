"""Visit statistics as daily rows (the only thing the dashboard, the footer counter and the reports read), the
markers that make the roll-up idempotent, and the editable template of the period report.

Per-view counting never writes here: views go to Redis (or the embedded fallback files) and ``stats.rollup``
moves them into these tables every few minutes.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from . import narrative


class DailySiteVisits(models.Model):
    """Page views and unique visitors of the whole portal on one day (local time, Asia/Ho_Chi_Minh)."""

    day = models.DateField(_("ngày"), unique=True)
    visits = models.PositiveBigIntegerField(_("lượt truy cập"), default=0)
    # A HyperLogLog estimate (about ±1%) with Redis; exact with the embedded fallback.
    visitors = models.PositiveIntegerField(_("khách truy cập"), default=0)

    class Meta:
        verbose_name = _("lượt truy cập trong ngày")
        verbose_name_plural = _("lượt truy cập theo ngày")
        ordering = ["day"]
        permissions = [("view_dashboard", _("Xem bảng thống kê và tải báo cáo định kỳ"))]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.visits}"


class ObjectVisits(models.Model):
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    visits = models.PositiveBigIntegerField(default=0)

    class Meta:
        abstract = True


class DailyObjectVisits(ObjectVisits):
    """Views of one page or object (an article, a document…) on one day."""

    day = models.DateField()

    class Meta:
        verbose_name = _("lượt xem theo ngày")
        verbose_name_plural = _("lượt xem theo ngày")
        constraints = [
            # Also the index of every period query: one content type, a range of days.
            models.UniqueConstraint(fields=["content_type", "day", "object_id"], name="stats_daily_object_unique"),
        ]

    def __str__(self):
        return f"{self.content_type_id}.{self.object_id} {self.day:%d/%m/%Y}: {self.visits}"


class MonthlyObjectVisits(ObjectVisits):
    """The same views summed per month, kept by the roll-up beside the daily rows: a year's report reads twelve
    months per object instead of 365 days."""

    month = models.DateField(help_text="Ngày đầu tháng.")

    class Meta:
        verbose_name = _("lượt xem theo tháng")
        verbose_name_plural = _("lượt xem theo tháng")
        constraints = [
            models.UniqueConstraint(fields=["content_type", "month", "object_id"], name="stats_monthly_object_unique"),
        ]

    def __str__(self):
        return f"{self.content_type_id}.{self.object_id} {self.month:%m/%Y}: {self.visits}"


class RollupBatch(models.Model):
    """One batch of counters already added to the daily rows: written in the same transaction as the rows, so a
    batch applied once is never applied again (a second run, or a resume after a crash, skips it)."""

    key = models.CharField(max_length=200, unique=True)
    day = models.DateField()
    visits = models.PositiveBigIntegerField(default=0)
    applied_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("lô số liệu đã cộng")
        verbose_name_plural = _("lô số liệu đã cộng")

    def __str__(self):
        return self.key


@register_setting(icon="doc-full")
class ReportSettings(BaseSiteSetting):
    """The fixed parts and the narrative of the period report (Decree 30/2020/NĐ-CP layout), editable by editors.

    Figures are never typed here: the report fills them in from the portal's data.
    """

    authority_name = models.CharField(_("cơ quan chủ quản"), max_length=200, default=narrative.AUTHORITY)
    issuer_name = models.CharField(_("cơ quan ban hành báo cáo"), max_length=200, default=narrative.ISSUER)
    number_suffix = models.CharField(
        _("ký hiệu văn bản"), max_length=50, default=narrative.NUMBER_SUFFIX, help_text=_("Ví dụ: /BC-VPUBND.")
    )
    place = models.CharField(_("địa danh"), max_length=100, default=narrative.PLACE)
    subject = models.CharField(_("trích yếu"), max_length=300, default=narrative.SUBJECT)
    introduction = models.TextField(_("mở đầu"), default=narrative.introduction)
    general_assessment = models.TextField(
        _("đánh giá chung"), default=narrative.general_assessment, help_text=_("Mỗi dòng là một đoạn văn.")
    )
    next_tasks = models.TextField(
        _("nhiệm vụ kỳ tiếp theo"), default=narrative.next_tasks, help_text=_("Mỗi dòng là một nhiệm vụ.")
    )
    closing = models.TextField(_("kết thúc"), default=narrative.closing)
    recipients = models.TextField(_("nơi nhận"), default=narrative.recipients, help_text=_("Mỗi dòng một nơi nhận."))
    signer_title = models.CharField(_("chức vụ người ký"), max_length=150, default=narrative.SIGNER_TITLE)
    signer_name = models.CharField(_("người ký"), max_length=150, blank=True)
    read_threshold = models.PositiveIntegerField(
        _("ngưỡng lượt đọc"), default=5000, help_text=_("Báo cáo đếm số tin, bài có từ chừng này lượt đọc trở lên.")
    )

    panels = [
        HelpPanel(content=narrative.placeholders_help()),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("authority_name"), FieldPanel("issuer_name")]),
                FieldRowPanel([FieldPanel("number_suffix"), FieldPanel("place")]),
                FieldPanel("subject"),
            ],
            heading=_("Thể thức"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("introduction"),
                FieldPanel("general_assessment"),
                FieldPanel("next_tasks"),
                FieldPanel("closing"),
            ],
            heading=_("Nội dung"),
        ),
        MultiFieldPanel(
            [FieldPanel("recipients"), FieldRowPanel([FieldPanel("signer_title"), FieldPanel("signer_name")])],
            heading=_("Nơi nhận, người ký"),
        ),
        FieldPanel("read_threshold"),
    ]

    class Meta:
        verbose_name = _("mẫu báo cáo định kỳ")

    def recipient_lines(self):
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]
