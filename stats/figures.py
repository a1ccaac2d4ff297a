"""The figures of a period — the dashboard, its CSV files and the period report all read them from here.

``period_figures(period)`` returns every figure with its value in the previous period of the same length, and the
series the dashboard draws. Definitions (each is what the report's sentence says):

- visits: page views counted in the period (daily rows); visitors: unique visitors per day, averaged.
- articles: live news articles whose publication date (``date``) falls in the period — own work and collected,
  videos among them; photos: images added to the media library in the period.
- articles above the threshold: live articles read at least ``threshold`` times *within* the period.
- special sections: special-section pages first published in the period; banners: campaign banners starting in
  the period plus one per active commemorative day falling in it (both "not tracked" where the portal lacks them).
- drafts: published drafts whose consultation opened in the period; comments: comments received in the period
  (moderated or not).
- questions received in the period; answered: answers delivered (published or replied privately) in the period,
  with the average days from receipt to delivery; overdue: questions received in the period that were answered
  after their due date, or were still unanswered past it at the end of the period (rejected ones excluded).
- documents: published legal and steering documents uploaded (created) in the period, per group.
"""

import datetime
from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Count, F, Q, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from . import selectors
from .formatting import change, number
from .models import DailySiteVisits
from .periods import Period


@dataclass
class Figure:
    key: str
    label: str
    value: float | int | None
    previous: float | int | None = None
    unit: str = ""

    @property
    def change(self):
        return change(self.value, self.previous)

    @property
    def value_text(self):
        return number(self.value)

    @property
    def previous_text(self):
        return number(self.previous)

    @property
    def tracked(self):
        return self.value is not None


@dataclass
class PeriodFigures:
    period: Period
    previous_period: Period
    threshold: int
    figures: dict = field(default_factory=dict)
    daily_visits: list = field(default_factory=list)  # [(day, visits, visitors)]
    content_per_month: list = field(default_factory=list)  # [{"month", "own", "collected", "videos", "photos"}]
    top_articles: list = field(default_factory=list)  # [{"title", "url", "category", "views"}]
    document_groups: list = field(default_factory=list)  # [(key, label)]
    section_titles: list | None = None  # titles of the special sections created, None when not tracked

    def __getitem__(self, key):
        # Templates look names up as keys first: only figure names are keys, attributes stay attributes.
        if key not in self.figures:
            raise KeyError(key)
        return self.figures[key]

    def value(self, key):
        return self.figures[key].value

    def rows(self):
        return list(self.figures.values())


# --- period bounds ------------------------------------------------------------------------------------------------


def _bounds(period):
    """Aware datetimes [start, end) of the period's days in the portal's time zone."""
    start = timezone.make_aware(datetime.datetime.combine(period.start, datetime.time.min))
    end = timezone.make_aware(datetime.datetime.combine(period.end + datetime.timedelta(days=1), datetime.time.min))
    return start, end


def _optional_model(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError:
        return None


# --- scalar figures of one period -----------------------------------------------------------------------------------


def _visits(period, today):
    totals = DailySiteVisits.objects.filter(day__gte=period.start, day__lte=period.end).aggregate(
        visits=Sum("visits"), visitors=Sum("visitors")
    )
    counted_days = max(1, (min(period.end, today) - period.start).days + 1)
    visits = totals["visits"] or 0
    return {
        "visits": visits,
        "visits_per_day": round(visits / counted_days),
        "visitors_per_day": round((totals["visitors"] or 0) / counted_days),
    }


def _articles(period):
    from news.models import NewsArticlePage

    start, end = _bounds(period)
    own, collected = NewsArticlePage.SOURCE_OWN, NewsArticlePage.SOURCE_COLLECTED
    counts = (
        NewsArticlePage.objects.live()
        .filter(date__gte=start, date__lt=end)
        .aggregate(
            articles=Count("pk"),
            articles_own=Count("pk", filter=Q(source_kind=own)),
            articles_collected=Count("pk", filter=Q(source_kind=collected)),
            videos=Count("pk", filter=Q(is_video=True)),
        )
    )
    from wagtail.images import get_image_model

    counts["photos"] = get_image_model().objects.filter(created_at__gte=start, created_at__lt=end).count()
    return counts


def _sections(period):
    model = _optional_model("specialpages", "SpecialSectionPage")
    if model is None:
        return None, None
    start, end = _bounds(period)
    titles = list(
        model.objects.live()
        .filter(first_published_at__gte=start, first_published_at__lt=end)
        .order_by("first_published_at")
        .values_list("title", flat=True)
    )
    return len(titles), titles


BANNER_DATE_FIELDS = ("starts_at", "created_at", "first_published_at", "go_live_at", "start_date", "date")


def _banners(period):
    """Campaign banners that started in the period, plus one banner per commemorative day falling in it."""
    banner = _optional_model("portal", "Banner")
    if banner is None:
        return None
    names = {f.name for f in banner._meta.get_fields()}
    date_field = next((name for name in BANNER_DATE_FIELDS if name in names), None)
    if date_field is None:
        return None
    is_datetime = banner._meta.get_field(date_field).get_internal_type() == "DateTimeField"
    low, high = _bounds(period) if is_datetime else (period.start, period.end + datetime.timedelta(days=1))
    count = banner.objects.filter(**{f"{date_field}__gte": low, f"{date_field}__lt": high}).count()
    day_model = _optional_model("portal", "CommemorativeDay")
    if day_model is not None:
        for day in day_model.objects.filter(is_active=True).only("day", "month", "since_year"):
            for year in range(period.start.year, period.end.year + 1):
                if day.since_year and year < day.since_year:
                    continue
                try:
                    date = datetime.date(year, day.month, day.day)
                except ValueError:  # 29/02 in a common year
                    continue
                count += period.start <= date <= period.end
    return count


def _drafts(period):
    from drafts.models import Comment, DraftDocument

    start, end = _bounds(period)
    drafts = DraftDocument.objects.published().filter(opens_on__gte=period.start, opens_on__lte=period.end)
    return {
        "drafts": drafts.count(),
        "comments": Comment.objects.filter(created_at__gte=start, created_at__lt=end).count(),
    }


def _questions(period, today):
    from qa.models import DELIVERED_STATUSES, Question, Status

    start, end = _bounds(period)
    received = Question.objects.filter(received_at__gte=start, received_at__lt=end)
    answered = list(
        Question.objects.filter(status__in=DELIVERED_STATUSES, closed_at__gte=start, closed_at__lt=end).values_list(
            "received_at", "closed_at"
        )
    )
    answer_days = (
        round(sum((closed - asked).total_seconds() for asked, closed in answered) / 86400 / len(answered), 1)
        if answered
        else None
    )
    # Overdue as seen at the end of the period (or today, for a period not over yet): the due date had passed and
    # the answer came later, or had not come at all.
    seen_on = min(period.end, today)
    overdue = (
        received.exclude(status=Status.REJECTED)
        .filter(due_date__lt=seen_on)
        .filter(Q(closed_at__isnull=True) | Q(closed_at__date__gt=F("due_date")))
        .count()
    )
    return {
        "questions_received": received.count(),
        "questions_answered": len(answered),
        "questions_overdue": overdue,
        "answer_days": answer_days,
    }


def _documents(period):
    from documents.models import LegalDocument

    start, end = _bounds(period)
    rows = (
        LegalDocument.objects.published()
        .filter(created_at__gte=start, created_at__lt=end)
        .values("group")
        .annotate(count=Count("pk"))
    )
    by_group = {row["group"]: row["count"] for row in rows}
    counts = {f"documents_{key}": by_group.get(key, 0) for key, _label in LegalDocument.Group.choices}
    counts["documents"] = sum(by_group.values())
    return counts


def scalar_figures(period, threshold, today=None):
    """{key: value} of every scalar figure of one period (None: not tracked by the portal)."""
    today = today or timezone.localdate()
    values = {}
    values.update(_visits(period, today))
    values.update(_articles(period))
    values["articles_above"] = selectors.articles_above(period.start, period.end, threshold)
    values["sections"], _titles = _sections(period)
    values.update(_drafts(period))
    values.update(_questions(period, today))
    values.update(_documents(period))
    values["banners"] = _banners(period)
    return values


def labels(threshold):
    from documents.models import LegalDocument

    return {
        "visits": ("Lượt truy cập", "lượt"),
        "visits_per_day": ("Lượt truy cập trung bình mỗi ngày", "lượt"),
        "visitors_per_day": ("Khách truy cập trung bình mỗi ngày", "người"),
        "articles": ("Tin, bài đăng tải", "tin, bài"),
        "articles_own": ("Tin, bài tự thực hiện", "tin, bài"),
        "articles_collected": ("Tin, bài sưu tầm", "tin, bài"),
        "photos": ("Ảnh", "ảnh"),
        "videos": ("Video", "video"),
        "articles_above": (f"Tin, bài có từ {number(threshold)} lượt đọc", "tin, bài"),
        "sections": ("Chuyên trang, chuyên mục mới", "chuyên trang"),
        "drafts": ("Dự thảo văn bản đăng lấy ý kiến", "dự thảo"),
        "comments": ("Ý kiến góp ý nhận được", "ý kiến"),
        "questions_received": ("Câu hỏi tiếp nhận", "câu hỏi"),
        "questions_answered": ("Câu hỏi đã trả lời", "câu hỏi"),
        "questions_overdue": ("Câu hỏi quá hạn", "câu hỏi"),
        "answer_days": ("Thời gian trả lời trung bình", "ngày"),
        "documents": ("Văn bản cập nhật", "văn bản"),
        **{f"documents_{key}": (str(label), "văn bản") for key, label in LegalDocument.Group.choices},
        "banners": ("Banner", "banner"),
    }


# --- series of the current period -------------------------------------------------------------------------------------


def _months(period):
    months, month = [], period.start.replace(day=1)
    while month <= period.end:
        months.append(month)
        month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    return months


def content_per_month(period):
    from wagtail.images import get_image_model

    from news.models import NewsArticlePage

    start, end = _bounds(period)
    tz = timezone.get_current_timezone()
    rows = {m: {"month": m, "own": 0, "collected": 0, "videos": 0, "photos": 0} for m in _months(period)}
    articles = (
        NewsArticlePage.objects.live()
        .filter(date__gte=start, date__lt=end)
        .annotate(month=TruncMonth("date", tzinfo=tz))
        .values("month")
        .annotate(
            own=Count("pk", filter=Q(source_kind=NewsArticlePage.SOURCE_OWN)),
            collected=Count("pk", filter=Q(source_kind=NewsArticlePage.SOURCE_COLLECTED)),
            videos=Count("pk", filter=Q(is_video=True)),
        )
    )
    for row in articles:
        month = timezone.localtime(row["month"]).date() if isinstance(row["month"], datetime.datetime) else row["month"]
        if month in rows:
            rows[month].update(own=row["own"], collected=row["collected"], videos=row["videos"])
    photos = (
        get_image_model()
        .objects.filter(created_at__gte=start, created_at__lt=end)
        .annotate(month=TruncMonth("created_at", tzinfo=tz))
        .values("month")
        .annotate(count=Count("pk"))
    )
    for row in photos:
        month = timezone.localtime(row["month"]).date() if isinstance(row["month"], datetime.datetime) else row["month"]
        if month in rows:
            rows[month]["photos"] = row["count"]
    return list(rows.values())


def period_figures(period: Period, threshold: int | None = None, today=None, top=10) -> PeriodFigures:
    from documents.models import LegalDocument

    from . import conf

    threshold = conf.read_threshold() if threshold is None else threshold
    previous = period.previous()
    current_values = scalar_figures(period, threshold, today)
    previous_values = scalar_figures(previous, threshold, today)
    result = PeriodFigures(period=period, previous_period=previous, threshold=threshold)
    for key, (label, unit) in labels(threshold).items():
        result.figures[key] = Figure(key, label, current_values.get(key), previous_values.get(key), unit)
    result.daily_visits = selectors.visits_per_day(period.start, period.end)
    result.content_per_month = content_per_month(period)
    result.top_articles = [
        {
            "title": article.title,
            "url": article.url,
            "category": article.category.name if article.category else "",
            "date": article.date,
            "views": views,
        }
        for article, views in selectors.top_articles(period.start, period.end, top)
    ]
    result.document_groups = [(key, str(label)) for key, label in LegalDocument.Group.choices]
    _count, result.section_titles = _sections(period)
    return result
