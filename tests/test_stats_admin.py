"""The leadership dashboard in the Wagtail admin: who may see it (Leadership: it and nothing else), what it shows
(figures, accessible SVG charts with their tables, CSV files) and the report download."""

import csv
import datetime
import io
import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Site

from portal import roles
from stats.models import DailySiteVisits

DASHBOARD = "/admin/thong-ke/"
REPORT = "/admin/thong-ke/bao-cao/"
NINE_MONTHS = {"ky": "9t", "nam": "2021"}


@pytest.fixture
def people(make_user):
    return {
        "leader": make_user("lanhdao", roles.LEADERSHIP),
        "board": make_user("bbt", roles.EDITORIAL_BOARD),
        "editor": make_user("bientap", roles.EDITORS),
        "collaborator": make_user("ctv", roles.COLLABORATORS),
        "department": make_user("so", roles.DEPARTMENT_STAFF),
    }


@pytest.fixture
def visits(home):
    for day, count in [((2021, 1, 4), 1200), ((2021, 5, 23), 8800), ((2020, 12, 1), 5000)]:
        DailySiteVisits.objects.create(day=datetime.date(*day), visits=count, visitors=count // 3)


def sidebar_items(html):
    """Names of the admin menu items the sidebar shows (Wagtail renders them as JSON props)."""
    match = re.search(r'<script id="wagtail-sidebar-props" type="application/json">(.*?)</script>', html, re.S)
    assert match, "no sidebar"
    return set(re.findall(r'"name": "([^"]+)"', match.group(1)))


def test_leadership_has_the_dashboard_and_nothing_else(db):
    leadership = Group.objects.get(name=roles.LEADERSHIP)
    granted = {f"{p.content_type.app_label}.{p.codename}" for p in leadership.permissions.all()}
    assert granted == {"wagtailadmin.access_admin", "stats.view_dashboard"}
    assert not leadership.page_permissions.exists() and not leadership.collection_permissions.exists()
    board = Group.objects.get(name=roles.EDITORIAL_BOARD)
    assert {"view_dashboard", "change_reportsettings"} <= set(board.permissions.values_list("codename", flat=True))


def test_a_leader_sees_only_the_dashboard_in_the_admin(client, people, visits):
    client.force_login(people["leader"])
    home = client.get("/admin/")
    assert home.status_code == 200
    html = home.content.decode()
    items = sidebar_items(html)
    assert "thong-ke" in items
    assert not items & {"explorer", "images", "documents", "snippets", "settings", "reports", "users", "groups"}
    assert "Lượt truy cập Cổng" in html  # the home panel

    site = Site.objects.get(is_default_site=True)
    forbidden = [
        "/admin/pages/",
        f"/admin/pages/{site.root_page_id}/edit/",
        "/admin/images/",
        "/admin/documents/",
        "/admin/snippets/portal/department/",
        "/admin/users/",
        "/admin/groups/",
        reverse("wagtailsettings:edit", args=["stats", "reportsettings", site.pk]),
        reverse("wagtailsettings:edit", args=["portal", "sitesettings", site.pk]),
        reverse("qa_questions:index"),
    ]
    for url in forbidden:
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        if response.status_code == 302:
            assert "/admin/thong-ke" not in response["Location"]
    assert client.get(DASHBOARD).status_code == 200


def test_people_without_the_permission_get_no_dashboard(client, people, visits):
    for name in ("editor", "collaborator", "department"):
        client.force_login(people[name])
        assert client.get(DASHBOARD).status_code in (302, 403), name
        assert client.get(REPORT).status_code in (302, 403), name
        assert "thong-ke" not in sidebar_items(client.get("/admin/").content.decode()), name
    client.logout()
    response = client.get(DASHBOARD)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_dashboard_shows_figures_charts_and_tables_for_the_period(client, people, visits):
    client.force_login(people["leader"])
    response = client.get(DASHBOARD, NINE_MONTHS)
    assert response.status_code == 200
    html = response.content.decode()
    assert "9 tháng đầu năm 2021" in html and "01/01/2021 – 30/09/2021" in html
    assert "10.000" in html  # visits of the period
    assert "tăng 100,0% so với kỳ trước" in html  # 10,000 against 5,000 (April–December 2020)
    # Charts: SVG drawn by the server, labelled for screen readers, each next to its table.
    charts = re.findall(r'<svg class="stats-chart" id="([^"]+)" role="img" aria-labelledby="([^"]+)"', html)
    assert {chart_id for chart_id, _ in charts} == {"chart-visits", "chart-content"}
    for chart_id, labelled_by in charts:
        assert labelled_by == f"{chart_id}-title {chart_id}-desc"
        assert f'<title id="{chart_id}-title">' in html and f'<desc id="{chart_id}-desc">' in html
    assert "cao nhất 8.800 lượt ngày 23/05/2021" in html
    assert "<caption>Lượt truy cập và khách truy cập mỗi ngày" in html
    assert '<th scope="row">23/05/2021</th><td class="num">8.800</td>' in html
    # Everything (charts included) served by the portal itself: no script or stylesheet from elsewhere.
    assert not re.search(r'<script[^>]+src="(https?:)?//', html)
    assert not re.search(
        r'<link[^>]+href="(https?:)?//[^"]+"[^>]*stylesheet|<link[^>]+stylesheet[^>]+href="(https?:)?//', html
    )
    # Sections the report has.
    for heading in ("Nội dung theo tháng", "Tin, bài đọc nhiều nhất trong kỳ", "Hỏi đáp", "Văn bản cập nhật theo nhóm"):
        assert heading in html


def test_the_period_selector_and_bad_input(client, people, visits):
    client.force_login(people["board"])
    quarter = client.get(DASHBOARD, {"ky": "q2", "nam": "2021"}).content.decode()
    assert "quý II năm 2021" in quarter and "8.800" in quarter
    custom = client.get(DASHBOARD, {"ky": "tuy-chon", "nam": "2021", "tu": "2021-01-01", "den": "2021-01-31"})
    assert "từ ngày 01/01/2021 đến ngày 31/01/2021" in custom.content.decode()
    for bad in (
        {"ky": "tuy-chon", "nam": "2021", "tu": "2021-02-01", "den": "2021-01-01"},
        {"ky": "tuy-chon", "nam": "2021"},
        {"ky": "q9", "nam": "abc"},
        {"ky": "nam", "nam": "99999"},
        {"nguong": "-5"},
    ):
        response = client.get(DASHBOARD, bad)
        assert response.status_code == 200, bad
    errors = client.get(DASHBOARD, {"ky": "tuy-chon", "nam": "2021", "tu": "2021-02-01", "den": "2021-01-01"})
    assert "Ngày kết thúc phải sau ngày bắt đầu." in errors.content.decode()


def test_csv_exports(client, people, visits):
    client.force_login(people["leader"])
    for table in ("tong-hop", "luot-truy-cap", "noi-dung", "doc-nhieu"):
        response = client.get(DASHBOARD, {**NINE_MONTHS, "csv": table})
        assert response.status_code == 200
        assert response["Content-Type"] == "text/csv; charset=utf-8"
        assert f"thong-ke-{table}-20210101-20210930.csv" in response["Content-Disposition"]
    daily = client.get(DASHBOARD, {**NINE_MONTHS, "csv": "luot-truy-cap"}).content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(daily)))
    assert rows[0] == ["Ngày", "Lượt truy cập", "Khách truy cập"]
    assert len(rows) == 1 + 273 and ["2021-05-23", "8800", "2933"] in rows
    summary = list(csv.reader(io.StringIO(client.get(DASHBOARD, {**NINE_MONTHS, "csv": "tong-hop"}).content.decode())))
    assert ["Lượt truy cập", "lượt", "10000", "5000", "tăng 100,0%"] in summary


def test_csv_cells_never_become_spreadsheet_formulas(client, people, visits, make_article):
    from django.contrib.contenttypes.models import ContentType

    from stats import rollup

    article = make_article(title='=HYPERLINK("http://example.com")')
    ct = ContentType.objects.get_for_model(type(article)).pk
    rollup._add_object_visits(datetime.date(2021, 3, 1), {(ct, article.pk): 10})
    client.force_login(people["leader"])
    rows = list(csv.reader(io.StringIO(client.get(DASHBOARD, {**NINE_MONTHS, "csv": "doc-nhieu"}).content.decode())))
    assert rows[1][1] == '\'=HYPERLINK("http://example.com")'


def test_a_leader_downloads_the_report_with_edited_narrative(client, people, visits):
    from docx import Document

    client.force_login(people["leader"])
    form = client.get(REPORT, NINE_MONTHS)
    assert form.status_code == 200
    html = form.content.decode()
    assert "Trong 9 tháng đầu năm 2021, Cổng Thông tin điện tử tỉnh Ninh Bình đã thực hiện tốt" in html
    assert "Sửa mẫu báo cáo" not in html  # the template is the editorial board's
    data = {
        "introduction": "Mở đầu.",
        "general_assessment": "Lãnh đạo sửa phần đánh giá chung.",
        "next_tasks": "1. Nhiệm vụ thứ nhất.\n2. Nhiệm vụ thứ hai.",
        "closing": "Trân trọng báo cáo./.",
        "ngay_ky": "2021-10-05",
        "dinh_dang": "docx",
    }
    response = client.post(REPORT + "?ky=9t&nam=2021", data)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    assert 'filename="bao-cao-20210101-20210930.docx"' in response["Content-Disposition"]
    text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
    assert "Lãnh đạo sửa phần đánh giá chung." in text and "2. Nhiệm vụ thứ hai." in text
    assert "đạt 10.000 lượt (tăng 100,0% so với kỳ trước)" in text

    pdf = client.post(REPORT + "?ky=9t&nam=2021", {**data, "dinh_dang": "pdf"})
    assert pdf["Content-Type"] == "application/pdf" and pdf.content.startswith(b"%PDF")
    invalid = client.post(REPORT + "?ky=9t&nam=2021", {**data, "dinh_dang": "exe", "ngay_ky": "x"})
    assert invalid.status_code == 200 and "error-message" in invalid.content.decode()


def test_the_board_edits_the_report_template(client, people, visits):
    client.force_login(people["board"])
    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["stats", "reportsettings", site.pk])
    assert url in client.get(DASHBOARD).content.decode()
    page = client.get(url)
    assert page.status_code == 200 and "{ky_bao_cao}" in page.content.decode()
