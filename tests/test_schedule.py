"""The leaders' weekly working schedule: /lich-cong-tac/ by ISO week, and today's items on the home page."""

import datetime

import time_machine

from portal.demo import build_schedule
from portal.models import ScheduleEntry
from portal.schedule import iso_week, week_start


def test_week_navigation_and_bad_weeks(client, home, django_assert_max_num_queries):
    with time_machine.travel(datetime.datetime(2026, 11, 25, 9, 0), tick=False):  # a Wednesday
        assert build_schedule() == 12 and build_schedule() == 0
        ScheduleEntry.objects.create(day=datetime.date(2026, 11, 26), leader="Ẩn", content="Nội bộ", is_published=False)
        with django_assert_max_num_queries(8):
            html = client.get("/lich-cong-tac/").content.decode()
        assert "Tuần từ 23/11/2026 đến 29/11/2026" in html
        assert "Giao ban lãnh đạo UBND tỉnh đầu tuần" in html and "Nội bộ" not in html
        assert "?tuan=2026-W47" in html and "?tuan=2026-W49" in html
        assert "Làm việc tại cơ quan." in html  # the weekend
        next_week = client.get("/lich-cong-tac/", {"tuan": "2026-W49"}).content.decode()
        assert "Tuần từ 30/11/2026 đến 06/12/2026" in next_week and "Tuần này" in next_week
        for bad in ("abc", "2026-W99", "-W", "9999999-W1"):
            assert client.get("/lich-cong-tac/", {"tuan": bad}).status_code == 200
        home_html = client.get("/").content.decode()
        assert "Lịch công tác hôm nay" in home_html and "Kiểm tra tiến độ giải phóng mặt bằng" in home_html


def test_iso_weeks_across_years():
    assert week_start("2026-W01") == datetime.date(2025, 12, 29)
    assert iso_week(datetime.date(2025, 12, 29)) == "2026-W01"
    assert iso_week(datetime.date(2027, 1, 4)) == "2027-W01"
