"""Report periods and how a Vietnamese report names them: "quý III năm 2021", "9 tháng đầu năm 2021", "năm 2021"…

``Period.from_dates()`` recognises the named shapes, so ``make_report --from 2021-01-01 --to 2021-09-30`` is
"9 tháng đầu năm 2021" with "3 tháng cuối năm 2021" as the next period. ``previous()`` is the period of the same
length just before (whole months when the period is made of whole months).
"""

import calendar
import datetime
from dataclasses import dataclass

from .formatting import short_date

ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
KINDS = {
    "q1": "Quý I",
    "q2": "Quý II",
    "q3": "Quý III",
    "q4": "Quý IV",
    "6t": "6 tháng đầu năm",
    "6c": "6 tháng cuối năm",
    "9t": "9 tháng đầu năm",
    "nam": "Cả năm",
    "tuy-chon": "Tùy chọn",
}


def _month_end(year, month):
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    start: datetime.date
    end: datetime.date
    kind: str = "tuy-chon"

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError("Ngày cuối kỳ phải sau ngày đầu kỳ.")

    # --- constructors ------------------------------------------------------------------------------------------

    @classmethod
    def named(cls, kind, year):
        if kind in ("q1", "q2", "q3", "q4"):
            quarter = int(kind[1])
            first = 3 * quarter - 2
            return cls(datetime.date(year, first, 1), _month_end(year, first + 2), kind)
        months = {"6t": (1, 6), "6c": (7, 12), "9t": (1, 9), "nam": (1, 12)}
        if kind not in months:
            raise ValueError(f"Không rõ loại kỳ: {kind}")
        first, last = months[kind]
        return cls(datetime.date(year, first, 1), _month_end(year, last), kind)

    @classmethod
    def from_dates(cls, start, end):
        """The named period these dates are, when they are one; else a custom period."""
        if start.year == end.year and start.day == 1 and end == _month_end(end.year, end.month):
            for kind in ("q1", "q2", "q3", "q4", "6t", "6c", "9t", "nam"):
                named = cls.named(kind, start.year)
                if (named.start, named.end) == (start, end):
                    return named
        return cls(start, end, "tuy-chon")

    # --- facts ---------------------------------------------------------------------------------------------------

    @property
    def days(self):
        return (self.end - self.start).days + 1

    @property
    def whole_months(self):
        """The number of months when the period is whole months, else None."""
        if self.start.day != 1 or self.end != _month_end(self.end.year, self.end.month):
            return None
        return (self.end.year - self.start.year) * 12 + self.end.month - self.start.month + 1

    @property
    def year(self):
        return self.end.year

    def previous(self):
        """The period of the same length just before this one."""
        months = self.whole_months
        if months:
            start = _add_months(self.start, -months)
            end = self.start - datetime.timedelta(days=1)
        else:
            end = self.start - datetime.timedelta(days=1)
            start = end - datetime.timedelta(days=self.days - 1)
        return Period.from_dates(start, end)

    def following(self):
        months = self.whole_months
        if months:
            start = self.end + datetime.timedelta(days=1)
            return Period.from_dates(start, _add_months(start, months) - datetime.timedelta(days=1))
        start = self.end + datetime.timedelta(days=1)
        return Period.from_dates(start, start + datetime.timedelta(days=self.days - 1))

    # --- names ---------------------------------------------------------------------------------------------------

    @property
    def label(self):
        """The name in a sentence: "9 tháng đầu năm 2021", "quý III năm 2021", "từ ngày 01/04/2020 đến ngày …"."""
        year = self.start.year
        if self.kind.startswith("q"):
            return f"quý {ROMAN[int(self.kind[1])]} năm {year}"
        names = {"6t": "6 tháng đầu năm", "6c": "6 tháng cuối năm", "9t": "9 tháng đầu năm", "nam": "năm"}
        if self.kind in names:
            return f"{names[self.kind]} {year}"
        return f"từ ngày {short_date(self.start)} đến ngày {short_date(self.end)}"

    @property
    def next_label(self):
        """What the report calls the period its tasks are for: "3 tháng cuối năm 2021" after nine months."""
        if self.kind == "9t":
            return f"3 tháng cuối năm {self.start.year}"
        if self.kind == "tuy-chon":
            return "thời gian tới"
        return self.following().label

    @property
    def title_label(self):
        """The label with a capital first letter, for headings."""
        return self.label[:1].upper() + self.label[1:]
