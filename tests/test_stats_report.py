"""The period figures against a hand-built portal, and the report made of them: DOCX opened again with python-docx,
PDF text read back with pypdf, the layout of Decree 30/2020/NĐ-CP, periods and their names, make_report."""

import datetime
import io
import re
import unicodedata
import zoneinfo

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.db.models import Model
from wagtail.models import Site

from stats import report, rollup
from stats.figures import period_figures
from stats.models import DailySiteVisits, ReportSettings
from stats.periods import Period

TZ = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
NINE_MONTHS = Period.named("9t", 2021)


def at(year, month, day, hour=9, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=TZ)


def backdate(instance: Model, field, value):
    type(instance).objects.filter(pk=instance.pk).update(**{field: value})


@pytest.fixture
def world(home, make_article, django_user_model):
    """Everything the report counts, inside the nine months of 2021, in the nine months before, and outside both."""
    from documents.models import DocumentType, IssuingBody, LegalDocument
    from drafts.models import Comment, DraftDocument
    from portal.demo import demo_image
    from portal.models import Banner, CommemorativeDay, Department
    from qa.models import Question, Status
    from specialpages.models import SpecialSectionIndexPage, SpecialSectionPage

    # Visits: 1,000 in the period, 500 in the previous one, and days outside both.
    for day, visits, visitors in [
        ((2021, 1, 1), 100, 40),
        ((2021, 5, 23), 850, 300),
        ((2021, 9, 30), 50, 20),
        ((2020, 6, 1), 400, 100),
        ((2020, 12, 31), 100, 10),
        ((2021, 10, 1), 999, 99),
        ((2020, 3, 31), 777, 7),
    ]:
        DailySiteVisits.objects.create(day=datetime.date(*day), visits=visits, visitors=visitors)

    # Articles: 3 own (one video) and 2 collected in the period; 1 + 1 before; a draft and a later one not counted.
    own = {"source_kind": "own"}
    collected = {"source_kind": "collected", "source_name": "Báo Ninh Bình"}
    articles = {
        "A": make_article(title="Khai mạc Năm Du lịch quốc gia 2021", date=at(2021, 3, 15), **own),
        "B": make_article(title="Bầu cử đại biểu Quốc hội khóa XV", date=at(2021, 5, 23), is_video=True, **own),
        "C": make_article(title="Tổng kết quý III", date=at(2021, 9, 30, 23, 30), **own),
        "D": make_article(title="Tin đầu năm", date=at(2021, 1, 1, 0, 5), **collected),
        "E": make_article(title="Tin giữa năm", date=at(2021, 7, 1), **collected),
        "F": make_article(title="Bản nháp chưa đăng", date=at(2021, 4, 1), publish=False, **own),
        "G": make_article(title="Tin tháng Mười", date=at(2021, 10, 1, 0, 0), **own),
        "H": make_article(title="Tin cuối năm 2020", date=at(2020, 12, 31, 23, 59), **own),
        "I": make_article(title="Tin tháng Năm 2020", date=at(2020, 5, 5), **collected),
    }
    # Photos: images added to the library.
    for number, moment in enumerate([at(2021, 2, 1), at(2021, 8, 8), at(2020, 10, 10), at(2021, 10, 10)]):
        backdate(demo_image(f"Ảnh thống kê {number}", seed=number), "created_at", moment)

    # Reads: A 6,000 and B 5,500 (across a month end) above 5,000; C just below; the draft and later reads ignored.
    ct = ContentType.objects.get_for_model(type(articles["A"])).pk
    for key, day, views in [
        ("A", (2021, 3, 15), 6000),
        ("B", (2021, 5, 31), 4000),
        ("B", (2021, 6, 1), 1500),
        ("C", (2021, 9, 30), 4999),
        ("F", (2021, 4, 1), 9000),
        ("A", (2021, 10, 1), 3000),
        ("H", (2020, 12, 31), 7000),
    ]:
        rollup._add_object_visits(datetime.date(*day), {(ct, articles[key].pk): views})

    # Special sections: three first published in the period (one a sub-section), one before, one never.
    index = home.add_child(instance=SpecialSectionIndexPage(title="Chuyên trang", slug="chuyen-trang"))
    sections = {}
    for title, parent, published in [
        ("Hỗ trợ doanh nghiệp", None, at(2021, 2, 10)),
        ("Bầu cử đại biểu Quốc hội và HĐND các cấp", "Hỗ trợ doanh nghiệp", at(2021, 4, 15)),
        ("Chuyển đổi số tỉnh Ninh Bình", None, at(2021, 8, 1)),
        ("Du lịch 2020", None, at(2020, 7, 7)),
        ("Chưa công bố", None, None),
    ]:
        page = SpecialSectionPage(title=title, slug=f"section-{len(sections)}")
        (sections[parent] if parent else index).add_child(instance=page)
        sections[title] = page
        if published:
            page.save_revision().publish()
            backdate(page, "first_published_at", published)

    # Drafts for comment and the comments received.
    qd = DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh")
    department = Department.objects.create(name="Sở Thông tin và Truyền thông", slug="so-tttt")
    drafts = {}
    for name, opens, published in [
        ("D1", datetime.date(2021, 2, 1), True),
        ("D2", datetime.date(2021, 9, 30), True),
        ("D3", datetime.date(2021, 3, 1), False),
        ("D4", datetime.date(2020, 11, 11), True),
        ("D5", datetime.date(2021, 10, 1), True),
    ]:
        drafts[name] = DraftDocument.objects.create(
            title=f"Dự thảo {name}",
            document_type=qd,
            department=department,
            summary="Tóm tắt",
            opens_on=opens,
            closes_on=opens + datetime.timedelta(days=30),
            is_published=published,
        )
    for draft, moment, state in [
        ("D1", at(2021, 2, 2), Comment.State.PENDING),
        ("D1", at(2021, 2, 3), Comment.State.PUBLISHED),
        ("D1", at(2021, 2, 4), Comment.State.REJECTED),
        ("D4", at(2020, 11, 12), Comment.State.PUBLISHED),
        ("D5", at(2021, 10, 2), Comment.State.PENDING),
    ]:
        comment = Comment.objects.create(draft=drafts[draft], email="nguoi.dan@example.vn", body="Góp ý", state=state)
        backdate(comment, "created_at", moment)

    # Questions: received, answered (delivered), overdue (late or still open past the due date).
    for received, due, status, closed in [
        (at(2021, 3, 1), datetime.date(2021, 3, 21), Status.PUBLISHED, at(2021, 3, 11)),  # answered in 10 days
        (at(2021, 4, 1), datetime.date(2021, 4, 21), Status.REPLIED, at(2021, 4, 26)),  # 25 days, late
        (at(2021, 5, 1), datetime.date(2021, 5, 21), Status.PUBLISHED, at(2021, 5, 21, 15)),  # on the last day
        (at(2021, 6, 1), datetime.date(2021, 6, 21), Status.ASSIGNED, None),  # still open, overdue
        (at(2021, 7, 1), datetime.date(2021, 7, 21), Status.REJECTED, at(2021, 7, 2)),  # rejected: neither
        (at(2021, 9, 25), datetime.date(2021, 10, 15), Status.RECEIVED, None),  # not due yet at the end
        (at(2021, 8, 1), datetime.date(2021, 8, 21), Status.PUBLISHED, at(2021, 10, 5)),  # answered after the end
        (at(2020, 5, 1), datetime.date(2020, 5, 21), Status.PUBLISHED, at(2020, 5, 6)),  # before: 5 days
        (at(2020, 12, 20), datetime.date(2021, 1, 9), Status.PUBLISHED, at(2021, 1, 4)),  # answered in the period
    ]:
        Question.objects.create(
            asker_name="Nguyễn Văn A",
            title="Câu hỏi",
            body="Nội dung",
            received_at=received,
            due_date=due,
            status=status,
            closed_at=closed,
        )

    # Documents uploaded, by group.
    ubnd = IssuingBody.objects.create(name="UBND tỉnh Ninh Bình", slug="ubnd-tinh")
    for number, (group, created, published) in enumerate(
        [
            ("vbqppl", at(2021, 2, 2), True),
            ("chidao", at(2021, 3, 3), True),
            ("chidao", at(2021, 9, 30, 20), True),
            ("chidao", at(2021, 4, 4), False),
            ("chidao", at(2020, 8, 8), True),
            ("chidao", at(2021, 10, 1, 10), True),
        ]
    ):
        document = LegalDocument.objects.create(
            number=f"{number + 1}/QĐ-UBND",
            document_type=qd,
            group=group,
            issuing_body=ubnd,
            issue_date=created.date(),
            summary="Trích yếu",
            is_published=published,
        )
        backdate(document, "created_at", created)

    # Banners: campaigns starting in the period, and commemorative days falling in it.
    image = demo_image("Banner", seed="banner")
    for title, starts in [("Bầu cử", at(2021, 4, 20)), ("Năm du lịch", at(2021, 9, 1)), ("Cũ", at(2020, 10, 1))]:
        Banner.objects.create(
            title=title, image=image, alt_text=title, starts_at=starts, ends_at=starts + datetime.timedelta(days=9)
        )
    CommemorativeDay.objects.all().delete()  # the ones a migration seeds: this test brings its own
    for title, day, month, active, since in [
        ("Ngày Giải phóng miền Nam", 30, 4, True, None),
        ("Ngày Nhà giáo Việt Nam", 20, 11, True, 1982),
        ("Quốc khánh", 2, 9, False, None),
        ("Ngày mới", 1, 10, True, 2022),
    ]:
        CommemorativeDay.objects.create(title=title, day=day, month=month, is_active=active, since_year=since)

    settings = ReportSettings.for_site(Site.objects.get(is_default_site=True))
    settings.signer_name = "Đặng Đức Tân"
    settings.save()
    return articles


EXPECTED = {
    # key: (nine months of 2021, the nine months before)
    "visits": (1000, 500),
    "visits_per_day": (4, 2),  # 1,000 / 273 days; 500 / 275 days
    "visitors_per_day": (1, 0),
    "articles": (5, 2),
    "articles_own": (3, 1),
    "articles_collected": (2, 1),
    "photos": (2, 1),
    "videos": (1, 0),
    "articles_above": (2, 1),
    "sections": (3, 1),
    "drafts": (2, 1),
    "comments": (3, 1),
    "questions_received": (7, 2),
    "questions_answered": (4, 1),
    "questions_overdue": (3, 0),
    "answer_days": (17.6, 5.0),  # (10 + 25 + 15 + 20.25) / 4 days
    "documents": (3, 1),
    "documents_vbqppl": (1, 0),
    "documents_chidao": (2, 1),
    "banners": (3, 3),
}


def test_every_figure_of_the_period_and_of_the_previous_one(world):
    figures = period_figures(NINE_MONTHS, threshold=5000)
    assert figures.previous_period == Period(datetime.date(2020, 4, 1), datetime.date(2020, 12, 31))
    actual = {key: (figure.value, figure.previous) for key, figure in figures.figures.items()}
    assert actual == EXPECTED
    assert figures["visits"].change == "tăng 100,0%"
    assert figures["banners"].change == "không đổi"
    assert figures["questions_overdue"].change == ""  # no percentage of nothing
    assert figures.section_titles == [
        "Hỗ trợ doanh nghiệp",
        "Bầu cử đại biểu Quốc hội và HĐND các cấp",
        "Chuyển đổi số tỉnh Ninh Bình",
    ]
    assert [(item["title"], item["views"]) for item in figures.top_articles] == [
        ("Khai mạc Năm Du lịch quốc gia 2021", 6000),
        ("Bầu cử đại biểu Quốc hội khóa XV", 5500),
        ("Tổng kết quý III", 4999),
    ]
    months = {row["month"].month: row for row in figures.content_per_month}
    assert len(months) == 9
    assert (months[3]["own"], months[5]["videos"], months[1]["collected"], months[2]["photos"]) == (1, 1, 1, 1)
    assert sum(row["own"] + row["collected"] for row in figures.content_per_month) == 5
    assert [v for _d, v, _u in figures.daily_visits if v] == [100, 850, 50]
    assert len(figures.daily_visits) == 273


def test_reads_over_custom_periods_mix_whole_months_and_edge_days(world):
    custom = Period(datetime.date(2021, 1, 20), datetime.date(2021, 6, 10))
    figures = period_figures(custom, threshold=5500)
    assert figures["articles_above"].value == 2  # A in March (a whole month), B's May (month) + 1 June (a day)
    assert period_figures(custom, threshold=5501)["articles_above"].value == 1
    june = period_figures(Period(datetime.date(2021, 6, 1), datetime.date(2021, 6, 30)), threshold=1000)
    assert [(item["title"], item["views"]) for item in june.top_articles] == [
        ("Bầu cử đại biểu Quốc hội khóa XV", 1500)
    ]
    assert june["articles_above"].value == 1


def test_periods_have_their_vietnamese_names():
    assert NINE_MONTHS.label == "9 tháng đầu năm 2021" and NINE_MONTHS.next_label == "3 tháng cuối năm 2021"
    assert Period.from_dates(datetime.date(2021, 1, 1), datetime.date(2021, 9, 30)) == NINE_MONTHS
    q3 = Period.from_dates(datetime.date(2021, 7, 1), datetime.date(2021, 9, 30))
    assert (q3.label, q3.next_label, q3.previous().label) == ("quý III năm 2021", "quý IV năm 2021", "quý II năm 2021")
    assert Period.named("q4", 2021).next_label == "quý I năm 2022"
    half = Period.named("6t", 2021)
    assert (half.label, half.next_label, half.previous().label) == (
        "6 tháng đầu năm 2021",
        "6 tháng cuối năm 2021",
        "6 tháng cuối năm 2020",
    )
    year = Period.named("nam", 2021)
    assert (year.label, year.next_label, year.previous().label) == ("năm 2021", "năm 2022", "năm 2020")
    custom = Period(datetime.date(2021, 3, 10), datetime.date(2021, 3, 19))
    assert custom.label == "từ ngày 10/03/2021 đến ngày 19/03/2021"
    assert (custom.previous().start, custom.previous().end) == (datetime.date(2021, 2, 28), datetime.date(2021, 3, 9))
    with pytest.raises(ValueError):
        Period(datetime.date(2021, 3, 10), datetime.date(2021, 3, 9))


# --- the report -----------------------------------------------------------------------------------------------------

ISSUE_DATE = datetime.date(2021, 10, 5)
# The editors typed one line with decomposed letters (NFD, as some keyboards send them): the report is NFC.
NFD_ASSESSMENT = unicodedata.normalize("NFD", "Cổng đã hoạt động ổn định trong {ky_bao_cao}.")

SENTENCES = [
    "UBND TỈNH NINH BÌNH",
    "VĂN PHÒNG",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "/BC-VPUBND",
    "Ninh Bình, ngày 05 tháng 10 năm 2021",
    "BÁO CÁO",
    "Kết quả hoạt động 9 tháng đầu năm 2021, nhiệm vụ trọng tâm 3 tháng cuối năm 2021 của Cổng Thông tin điện tử "
    "tỉnh Ninh Bình",
    "Thực hiện chương trình công tác năm 2021, Văn phòng Ủy ban nhân dân tỉnh báo cáo kết quả hoạt động 9 tháng "
    "đầu năm 2021",
    "Cổng đã hoạt động ổn định trong 9 tháng đầu năm 2021.",
    "Trong 9 tháng đầu năm 2021, xây dựng mới 03 chuyên trang, chuyên mục:",
    "“Chuyển đổi số tỉnh Ninh Bình”",
    "đã đăng tải 5 tin, bài (tăng 150,0% so với kỳ trước), trong đó 3 tin, bài do phóng viên, biên tập viên và "
    "cộng tác viên của Cổng TTĐT tỉnh trực tiếp thực hiện và 2 tin, bài sưu tầm; 2 ảnh; 1 video tư liệu.",
    "2 tin, bài có lượt độc giả truy cập từ 5.000 lượt trở lên.",
    "đăng tải 2 dự thảo văn bản",
    "tiếp nhận 3 ý kiến góp ý.",
    "Tiếp nhận 7 câu hỏi của độc giả qua chuyên mục Hỏi - Đáp; đã trả lời 4 câu hỏi, thời gian trả lời trung bình "
    "17,6 ngày; 3 câu hỏi quá hạn trả lời.",
    "Thiết kế 3 banner; cập nhật 3 văn bản dưới dạng tệp PDF lên Cổng Thông tin điện tử tỉnh (1 văn bản quy phạm "
    "pháp luật; 2 văn bản chỉ đạo, điều hành).",
    "Số lượt độc giả truy cập Cổng Thông tin điện tử tỉnh 9 tháng đầu năm 2021 đạt 1.000 lượt (tăng 100,0% so với "
    "kỳ trước), trung bình 4 lượt mỗi ngày.",
    "II. NHIỆM VỤ TRỌNG TÂM 3 THÁNG CUỐI NĂM 2021",
    "Nơi nhận:",
    "- Như trên;",
    "- Lãnh đạo UBND tỉnh (để báo cáo);",
    "CHÁNH VĂN PHÒNG",
    "Đặng Đức Tân",
]
TABLE_ROWS = [
    ["Lượt truy cập", "1.000", "500", "tăng 100,0%"],
    ["Tin, bài có từ 5.000 lượt đọc", "2", "1", "tăng 100,0%"],
    ["Câu hỏi quá hạn", "3", "0", "—"],
    ["Thời gian trả lời trung bình (ngày)", "17,6", "5", "tăng 252,0%"],
    ["Banner", "3", "3", "không đổi"],
]


def _report():
    site = Site.objects.get(is_default_site=True)
    settings = ReportSettings.for_site(site)
    figures = period_figures(NINE_MONTHS, threshold=settings.read_threshold)
    texts = {"general_assessment": NFD_ASSESSMENT.replace("{ky_bao_cao}", NINE_MONTHS.label)}
    return report.build_report(figures, settings, issue_date=ISSUE_DATE, texts=texts)


def _squash(text):
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def test_the_report_says_every_figure_in_the_layout_of_decree_30(world):
    document = _report()
    text = document.text()
    assert text == unicodedata.normalize("NFC", text)
    squashed = _squash(text)
    for sentence in SENTENCES:
        assert _squash(sentence) in squashed, sentence
    table = next(block for block in document.blocks if block.kind == "table")
    rows = {tuple(row[1:]) for row in table.rows}
    for row in TABLE_ROWS:
        assert tuple(row) in rows, row
    # Headings in the seed report's order.
    headings = [block.text for block in document.blocks if block.kind == "heading"]
    assert [h.split(":")[0] for h in headings[:4]] == [
        "I. KẾT QUẢ HOẠT ĐỘNG 9 THÁNG ĐẦU NĂM 2021",
        "1. Đánh giá chung",
        "2. Kết quả cụ thể",
        "2.1. Kết quả xây dựng, phát triển chuyên trang, chuyên mục",
    ]


def test_the_docx_opens_again_with_its_text_font_and_a4_page(world, tmp_path):
    from docx import Document

    data = report.render_docx(_report())
    document = Document(io.BytesIO(data))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    everything = _squash("\n".join(texts))
    assert everything == unicodedata.normalize("NFC", everything)
    for sentence in SENTENCES:
        assert _squash(sentence) in everything, sentence
    figures_table = next(t for t in document.tables if t.rows[0].cells[1].text == "Chỉ tiêu")
    rows = [[cell.text for cell in row.cells][1:] for row in figures_table.rows]
    for row in TABLE_ROWS:
        assert row in rows, row
    # Layout: the national name top right, the issuer top left, the signer last.
    heading = document.tables[0]
    assert heading.cell(0, 0).paragraphs[0].text == "UBND TỈNH NINH BÌNH"
    assert heading.cell(0, 1).paragraphs[0].text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert heading.cell(1, 1).paragraphs[0].runs[0].italic
    signer = document.tables[-1].cell(0, 1)
    assert signer.paragraphs[0].text == "CHÁNH VĂN PHÒNG" and signer.paragraphs[-1].text == "Đặng Đức Tân"
    # A4, the decree's margins, Times New Roman.
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = (section.left_margin, section.right_margin, section.top_margin, section.bottom_margin)
    assert [round(margin.mm) for margin in margins] == [30, 15, 20, 20]
    assert document.styles["Normal"].font.name == "Times New Roman"
    assert document.core_properties.language == "vi-VN"


def test_the_pdf_embeds_a_serif_font_with_vietnamese_letters_and_reads_back(world):
    from pypdf import PdfReader

    data = report.render_pdf(_report())
    reader = PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    # Pages from the second carry their number at the top: where a page breaks (in mid-sentence, maybe) depends on
    # the fonts installed, so the numbers go.
    texts = [p.extract_text() for p in reader.pages]
    texts[1:] = [t.removeprefix(f"{number}\n") for number, t in enumerate(texts[1:], start=2)]
    text = _squash(" ".join(texts))
    assert text == unicodedata.normalize("NFC", text)
    for sentence in SENTENCES:
        assert _squash(sentence) in text, sentence
    fonts = set()
    for pdf_page in reader.pages:
        for font in pdf_page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor  # embedded
    chosen = report.find_report_fonts()
    expected = "LiberationSerif" if chosen.times_compatible else "DejaVuSerif"
    assert all(expected in name for name in fonts), fonts
    assert reader.metadata.title.startswith("Kết quả hoạt động 9 tháng đầu năm 2021")


def test_editors_change_the_template_and_the_report_follows(world):
    site = Site.objects.get(is_default_site=True)
    settings = ReportSettings.for_site(site)
    settings.next_tasks = "Tiếp tục nâng cấp Cổng trong {ky_tiep_theo}.\n{khong_co} {ky_bao_cao.__class__} giữ nguyên."
    settings.recipients = "UBND tỉnh;\nLưu: VT."
    settings.save()
    text = _squash(_report().text())
    assert "Tiếp tục nâng cấp Cổng trong 3 tháng cuối năm 2021." in text
    assert "{khong_co} {ky_bao_cao.__class__} giữ nguyên." in text  # unknown placeholders stay as typed
    assert "UBND tỉnh;" in text and "Như trên" not in text


def test_make_report_writes_docx_and_pdf(world, tmp_path):
    from docx import Document
    from pypdf import PdfReader

    docx_path, pdf_path = tmp_path / "bao-cao.docx", tmp_path / "bao-cao.pdf"
    call_command("make_report", "--from", "2021-01-01", "--to", "2021-09-30", "--format", "docx", "--out", docx_path)
    call_command(
        "make_report", "--from", "2021-01-01", "--to", "2021-09-30", "--format", "pdf", "--out", str(pdf_path),
        "--date", "2021-10-05",
    )  # fmt: skip
    docx_text = "\n".join(p.text for p in Document(docx_path).paragraphs)
    assert "BÁO CÁO" in docx_text and "9 tháng đầu năm 2021" in docx_text
    pdf_text = _squash(" ".join(p.extract_text() for p in PdfReader(pdf_path).pages))
    assert "Ninh Bình, ngày 05 tháng 10 năm 2021" in pdf_text
    assert "đạt 1.000 lượt" in pdf_text
    with pytest.raises(CommandError):
        call_command("make_report", "--from", "2021-09-30", "--to", "2021-01-01", "--out", docx_path)
    with pytest.raises(CommandError):
        call_command("make_report", "--from", "30/09/2021", "--to", "2021-10-01", "--out", docx_path)


def test_the_decree_date_format():
    from stats.formatting import long_date

    assert long_date("Ninh Bình", datetime.date(2021, 2, 5)) == "Ninh Bình, ngày 05 tháng 02 năm 2021"
    assert long_date("Ninh Bình", datetime.date(2021, 10, 15)) == "Ninh Bình, ngày 15 tháng 10 năm 2021"
    assert long_date("Ninh Bình", datetime.date(2021, 3, 1)) == "Ninh Bình, ngày 01 tháng 3 năm 2021"
