"""The leaders' weekly working schedule: /lich-cong-tac/?tuan=2026-W48 (ISO week), this week by default."""

import datetime

from django.shortcuts import render
from django.utils import timezone

from .models import ScheduleEntry

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]


def week_start(value=None):
    """Monday of the ISO week given as "2026-W48" (this week when missing, malformed or out of range)."""
    today = timezone.localdate()
    try:
        year, week = str(value).upper().split("-W")
        if not 1900 <= int(year) <= 2100:  # the page links the weeks around it: year 1 or 9999 would overflow
            raise ValueError(year)
        return datetime.date.fromisocalendar(int(year), int(week), 1)
    except (TypeError, ValueError):
        return today - datetime.timedelta(days=today.weekday())


def iso_week(monday):
    year, week, _day = monday.isocalendar()
    return f"{year}-W{week:02d}"


def week_entries(monday):
    """[(date, weekday name, [entries])] for the seven days from ``monday``: one query."""
    entries = list(
        ScheduleEntry.objects.filter(is_published=True, day__gte=monday, day__lt=monday + datetime.timedelta(days=7))
    )
    days = []
    for offset in range(7):
        day = monday + datetime.timedelta(days=offset)
        days.append((day, WEEKDAYS[offset], [entry for entry in entries if entry.day == day]))
    return days


def today_entries(limit=5):
    return list(ScheduleEntry.objects.filter(is_published=True, day=timezone.localdate())[:limit])


def schedule_page(request):
    monday = week_start(request.GET.get("tuan"))
    context = {
        "monday": monday,
        "sunday": monday + datetime.timedelta(days=6),
        "days": week_entries(monday),
        "previous_week": iso_week(monday - datetime.timedelta(days=7)),
        "next_week": iso_week(monday + datetime.timedelta(days=7)),
        "is_this_week": monday == week_start(),
    }
    return render(request, "portal/schedule.html", context)
