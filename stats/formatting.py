"""Numbers, percentages and dates as a Vietnamese report writes them: 2.000.000; 12,5%; ngày 05 tháng 10 năm 2021."""

import datetime


def number(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float) and not value.is_integer():
        whole, _dot, decimals = f"{value:,.1f}".partition(".")
        return whole.replace(",", ".") + "," + decimals
    return f"{int(value):,}".replace(",", ".")


def percent(ratio: float) -> str:
    return f"{abs(ratio) * 100:.1f}".replace(".", ",") + "%"


def change(value, previous) -> str:
    """The change as a report words it: "tăng 12,5%", "giảm 3,0%", "không đổi", or "" (nothing to compare)."""
    if value is None or previous is None:
        return ""
    if value == previous:
        return "không đổi"
    if not previous:  # no percentage of nothing
        return ""
    ratio = (value - previous) / previous
    return ("tăng " if ratio > 0 else "giảm ") + percent(ratio)


def short_date(day: datetime.date) -> str:
    return f"{day:%d/%m/%Y}"


def long_date(place: str, day: datetime.date) -> str:
    """Decree 30/2020/NĐ-CP: a leading zero for days below 10 and for months 1 and 2 only ("tháng 02", "tháng 10")."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"
