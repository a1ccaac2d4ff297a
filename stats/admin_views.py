"""The leadership dashboard in the Wagtail admin: a period's figures, charts with their data tables, CSV files, and
the period report (DOCX/PDF) with its narrative editable before download.

Everything here is read-only and needs ``stats.view_dashboard`` (Leadership and the editorial board).
"""

import csv

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Site

from . import charts, conf, report, selectors
from .figures import period_figures
from .formatting import number
from .models import DailySiteVisits, ReportSettings
from .periods import KINDS, Period

PERMISSION = "stats.view_dashboard"
MAX_DAYS = 5 * 366


def can_view(user):
    return user.has_perm(PERMISSION)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self):
        super().__init__(format="%Y-%m-%d")


class PeriodForm(forms.Form):
    """The period selector: a named period of a year (quarter, 6 or 9 months, year) or two dates."""

    ky = forms.ChoiceField(label=_("Kỳ"), choices=list(KINDS.items()))
    nam = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    tu = forms.DateField(label=_("Từ ngày"), required=False, widget=DateInput())
    den = forms.DateField(label=_("Đến ngày"), required=False, widget=DateInput())
    nguong = forms.IntegerField(label=_("Ngưỡng lượt đọc"), min_value=1, max_value=10_000_000, required=False)

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if data["ky"] == "tuy-chon":
            start, end = data.get("tu"), data.get("den")
            if not start or not end:
                raise forms.ValidationError(_("Kỳ tùy chọn cần cả ngày bắt đầu và ngày kết thúc."))
            if end < start:
                raise forms.ValidationError(_("Ngày kết thúc phải sau ngày bắt đầu."))
            if (end - start).days > MAX_DAYS:
                raise forms.ValidationError(_("Một kỳ dài tối đa 5 năm."))
            data["period"] = Period.from_dates(start, end)
        else:
            data["period"] = Period.named(data["ky"], data["nam"])
        return data


def default_year():
    """The year of the latest counted day (so a portal with history opens on it), else this year."""
    latest = DailySiteVisits.objects.order_by("-day").values_list("day", flat=True).first()
    return latest.year if latest else timezone.localdate().year


def period_form(data):
    initial = {"ky": "nam", "nam": default_year()}
    merged = {**initial, **{key: value for key, value in data.items() if value not in ("", None)}}
    return PeriodForm(merged)


def selected(request):
    """(form, period, threshold) from the query string; a bad query falls back to the default period."""
    form = period_form(request.GET.dict())
    if form.is_valid():
        period, threshold = form.cleaned_data["period"], form.cleaned_data.get("nguong")
    else:
        period, threshold = Period.named("nam", default_year()), None
    if threshold is None:
        threshold = report_settings(request).read_threshold
    return form, period, threshold


def report_settings(request):
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    return ReportSettings.for_site(site) if site else ReportSettings()


def cached_figures(period, threshold):
    key = f"figures:{period.start.isoformat()}:{period.end.isoformat()}:{threshold}:{timezone.localdate()}"
    return selectors.cached(key, lambda: period_figures(period, threshold), timeout=10 * 60)


class StatsViewMixin(WagtailAdminTemplateMixin):
    header_icon = "table"

    def dispatch(self, request, *args, **kwargs):
        if not can_view(request.user):
            raise PermissionDenied
        if conf.rollup_in_request():  # no beat process: bring the daily rows up to date first (throttled)
            from .rollup import maybe_rollup

            maybe_rollup()
        return super().dispatch(request, *args, **kwargs)


class DashboardView(StatsViewMixin, TemplateView):
    template_name = "stats/admin/dashboard.html"
    page_title = _("Thống kê, báo cáo")

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get(self, request, *args, **kwargs):
        self.form, self.period, self.threshold = selected(request)
        self.figures = cached_figures(self.period, self.threshold)
        table = request.GET.get("csv")
        if table in CSV_TABLES:
            return csv_response(self.figures, table)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        f = self.figures
        query = self.request.GET.copy()
        query.pop("csv", None)
        months = [f"{row['month']:%m/%Y}" for row in f.content_per_month]
        context.update(
            form=self.form,
            figures=f,
            period=self.period,
            query=query.urlencode(),
            cards=[f[key] for key in CARD_KEYS],
            visits_chart=charts.line_chart(
                "chart-visits", f"Lượt truy cập mỗi ngày, {f.period.label}", [(d, v) for d, v, _u in f.daily_visits]
            ),
            content_chart=charts.bar_chart(
                "chart-content",
                f"Tin, bài, ảnh, video theo tháng, {f.period.label}",
                months,
                [
                    ("Tự thực hiện", [row["own"] for row in f.content_per_month]),
                    ("Sưu tầm", [row["collected"] for row in f.content_per_month]),
                    ("Ảnh", [row["photos"] for row in f.content_per_month]),
                    ("Video", [row["videos"] for row in f.content_per_month]),
                ],
            ),
            question_rows=[f[key] for key in QUESTION_KEYS],
            document_rows=[f["documents"], *(f[f"documents_{key}"] for key, _label in f.document_groups)],
            report_url=reverse("stats_admin:report") + "?" + query.urlencode(),
            settings_url=_settings_url(self.request),
            csv_tables=CSV_TABLES,
        )
        return context

    @property
    def media(self):
        return forms.Media(css={"all": ["stats/dashboard.css"]})


CARD_KEYS = ("visits", "visitors_per_day", "articles", "articles_above", "drafts", "questions_received")
QUESTION_KEYS = ("questions_received", "questions_answered", "questions_overdue", "answer_days")


def _settings_url(request):
    if not request.user.has_perm("stats.change_reportsettings"):
        return None
    site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    return reverse("wagtailsettings:edit", args=["stats", "reportsettings", site.pk])


# --- CSV ---------------------------------------------------------------------------------------------------------


def _figure_rows(f):
    yield ["Chỉ tiêu", "Đơn vị", f.period.label, f.previous_period.label, "Tăng, giảm"]
    for figure in f.rows():
        yield [figure.label, figure.unit, _csv_number(figure.value), _csv_number(figure.previous), figure.change]


def _visit_rows(f):
    yield ["Ngày", "Lượt truy cập", "Khách truy cập"]
    for day, visits, visitors in f.daily_visits:
        yield [day.isoformat(), visits, visitors]


def _content_rows(f):
    yield ["Tháng", "Tin, bài tự thực hiện", "Tin, bài sưu tầm", "Video", "Ảnh"]
    for row in f.content_per_month:
        yield [f"{row['month']:%Y-%m}", row["own"], row["collected"], row["videos"], row["photos"]]


def _top_rows(f):
    yield ["Hạng", "Tin, bài", "Chuyên mục", "Ngày đăng", "Lượt đọc", "Địa chỉ"]
    for rank, item in enumerate(f.top_articles, start=1):
        yield [rank, item["title"], item["category"], f"{timezone.localtime(item['date']):%Y-%m-%d}", item["views"],
               item["url"]]  # fmt: skip


def _csv_number(value):
    return "" if value is None else value


CSV_TABLES = {
    "tong-hop": (_("Tổng hợp số liệu"), _figure_rows),
    "luot-truy-cap": (_("Lượt truy cập theo ngày"), _visit_rows),
    "noi-dung": (_("Nội dung theo tháng"), _content_rows),
    "doc-nhieu": (_("Tin, bài đọc nhiều"), _top_rows),
}


def _cell(value):
    """A text cell that a spreadsheet would run as a formula (=, +, -, @) is quoted to stay text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def csv_response(f, table):
    _label, rows = CSV_TABLES[table]
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    filename = f"thong-ke-{table}-{f.period.start:%Y%m%d}-{f.period.end:%Y%m%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel opens UTF-8 with a BOM
    writer = csv.writer(response)
    for row in rows(f):
        writer.writerow([_cell(value) for value in row])
    return response


# --- the period report ----------------------------------------------------------------------------------------------


class ReportForm(forms.Form):
    introduction = forms.CharField(label=_("Mở đầu"), widget=forms.Textarea(attrs={"rows": 3}))
    general_assessment = forms.CharField(
        label=_("1. Đánh giá chung"), widget=forms.Textarea(attrs={"rows": 8}), help_text=_("Mỗi dòng là một đoạn.")
    )
    next_tasks = forms.CharField(
        label=_("II. Nhiệm vụ trọng tâm kỳ tiếp theo"),
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Mỗi dòng là một nhiệm vụ."),
    )
    closing = forms.CharField(label=_("Kết thúc"), widget=forms.Textarea(attrs={"rows": 2}))
    ngay_ky = forms.DateField(label=_("Ngày báo cáo"), widget=DateInput())
    dinh_dang = forms.ChoiceField(
        label=_("Định dạng"), choices=[("docx", "Word (DOCX)"), ("pdf", "PDF")], widget=forms.RadioSelect
    )


class ReportView(StatsViewMixin, TemplateView):
    """GET: the report's narrative, pre-filled from the editors' template, to adjust; POST: the DOCX or PDF."""

    template_name = "stats/admin/report.html"
    page_title = _("Báo cáo định kỳ")

    def setup_period(self, request):
        self.period_form, self.period, self.threshold = selected(request)
        self.settings = report_settings(request)

    def get(self, request, *args, **kwargs):
        self.setup_period(request)
        figures = cached_figures(self.period, self.threshold)
        initial = {
            **report.default_narrative(figures, self.settings),
            "ngay_ky": timezone.localdate(),
            "dinh_dang": "docx",
        }
        return self.render_to_response(self.get_context_data(form=ReportForm(initial=initial), figures=figures))

    def post(self, request, *args, **kwargs):
        self.setup_period(request)
        form = ReportForm(request.POST)
        figures = cached_figures(self.period, self.threshold)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form, figures=figures))
        data = form.cleaned_data
        texts = {name: data[name] for name in ("introduction", "general_assessment", "next_tasks", "closing")}
        document = report.build_report(figures, self.settings, issue_date=data["ngay_ky"], texts=texts)
        kind = data["dinh_dang"]
        response = HttpResponse(report.render(document, kind), content_type=report.CONTENT_TYPES[kind])
        response["Content-Disposition"] = f'attachment; filename="{document.filename_stem}.{kind}"'
        response["Cache-Control"] = "private, no-store"
        return response

    def get_page_subtitle(self):
        return self.period.label

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("stats_admin:dashboard") + "?" + self.request.GET.urlencode(), "label": _("Thống kê")},
            {"url": "", "label": _("Báo cáo định kỳ")},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            period=self.period,
            threshold=self.threshold,
            query=self.request.GET.urlencode(),
            settings_url=_settings_url(self.request),
            placeholders=report.narrative.PLACEHOLDERS,
        )
        return context


# --- admin home panel ---------------------------------------------------------------------------------------------


class VisitsPanel(Component):
    """Admin home: visits today, this month and in total, for whoever may see the dashboard."""

    name = "stats_visits"
    template_name = "stats/admin/home_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        today = timezone.localdate()
        totals = selectors.visit_totals(today)
        month = selectors.cached(
            f"month:{today:%Y-%m}",
            lambda: sum(v for _d, v, _u in selectors.visits_per_day(today.replace(day=1), today)),
        )
        return {
            "today": number(totals["today"]),
            "month": number(month),
            "total": number(totals["total"]),
            "url": reverse("stats_admin:dashboard"),
        }
