"""The document finder and the consultation in a real browser, on a phone: filters shared by URL, a document's
page with its PDF, a comment sent on an open draft (with and without JavaScript), and an axe-core audit."""

import datetime
import json
import re

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from documents.files import make_pdf
from documents.models import Attachment, DocumentField, DocumentType, IssuingBody, LegalDocument
from drafts.models import Comment, DraftDocument, DraftFile
from portal.models import Department

from .test_browser import AXE_RUN_JS, assert_no_horizontal_scroll, assert_no_problems

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser


@pytest.fixture
def library(transactional_db, django_db_serialized_rollback, live_server, home, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    qd = DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh")
    kh = DocumentType.objects.create(name="Kế hoạch", code="KH", slug="ke-hoach")
    ubnd = IssuingBody.objects.create(name="Ủy ban nhân dân tỉnh Ninh Bình", short_name="UBND tỉnh", slug="ubnd")
    land = DocumentField.objects.create(name="Đất đai", slug="dat-dai")
    office = Department.objects.create(name="Sở Tài nguyên và Môi trường", slug="so-tnmt")
    documents = []
    for number, (type_, summary) in enumerate(
        [
            (qd, "Ban hành bảng giá đất giai đoạn 2025-2029 trên địa bàn tỉnh Ninh Bình"),
            (kh, "Kế hoạch tuyển sinh lớp 10 trung học phổ thông năm học 2025-2026"),
            (qd, "Quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh"),
        ],
        start=1,
    ):
        document = LegalDocument.objects.create(
            number=f"{160 + number}/2025/{type_.code}-UBND",
            document_type=type_,
            issuing_body=ubnd,
            issue_date=datetime.date(2025, number, 10),
            summary=summary,
            signer="Phạm Quang Ngọc",
            signer_title="Chủ tịch",
            department=office,
        )
        if type_ == qd:
            document.fields.set([land])
        attachment = Attachment(
            document=document, file=ContentFile(make_pdf(summary, [summary]), name=f"van-ban-{number}.pdf")
        )
        attachment.full_clean()
        attachment.save()
        documents.append(document)
    today = timezone.localdate()
    draft = DraftDocument.objects.create(
        title="Dự thảo Quyết định quy định bảng giá đất giai đoạn 2025–2029",
        document_type=qd,
        department=office,
        summary="Dự thảo quy định bảng giá các loại đất áp dụng từ năm 2025 đến năm 2029.",
        questions="Mức giá đất ở tại các phường trung tâm có phù hợp?\nCách phân vùng giá đất nông nghiệp",
        opens_on=today - datetime.timedelta(days=5),
        closes_on=today + datetime.timedelta(days=24),
    )
    draft_file = DraftFile(draft=draft, file=ContentFile(make_pdf("Dự thảo", ["Nội dung dự thảo"]), name="dt.pdf"))
    draft_file.full_clean()
    draft_file.save()
    Comment.objects.create(
        draft=draft,
        name="Nguyễn Văn Hùng",
        email="hung@example.vn",
        section="Điều 3",
        body="Đề nghị công bố căn cứ xác định giá đất tại từng tuyến đường.",
        state="published",
        response="Tiếp thu: bổ sung phụ lục thuyết minh.",
    )
    return {"documents": documents, "draft": draft, "draft_url": draft.get_absolute_url()}


def test_finder_filters_on_a_phone_and_document_page(library, in_browser, screenshot_dir):
    first = library["documents"][0]

    def steps(open_page):
        page, problems = open_page("mobile")
        page.goto("/van-ban/")
        expect(page.locator(".search-summary")).to_have_text(re.compile("Có 3 văn bản"))
        # On a phone the results come first; the filters open on demand (no JavaScript needed: <details>).
        expect(page.get_by_label("Loại văn bản")).to_be_hidden()
        page.get_by_text("Lọc theo loại, cơ quan").click()
        page.get_by_label("Loại văn bản").select_option("quyet-dinh")
        page.get_by_label("Lĩnh vực").select_option("dat-dai")
        with page.expect_navigation():
            page.get_by_role("button", name="Tìm văn bản").click()
        assert "loai=quyet-dinh" in page.url and "linh-vuc=dat-dai" in page.url
        expect(page.locator(".document-result")).to_have_count(2)
        expect(page.get_by_label("Loại văn bản")).to_have_value("quyet-dinh")  # the filters stay chosen, open
        expect(page.locator("summary")).to_contain_text("2 đang chọn")
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "mobile-van-ban.png", full_page=True)
        with page.expect_navigation():
            page.get_by_role("link", name=f"Quyết định {first.number}").click()
        expect(page.get_by_role("heading", level=1)).to_have_text(f"Quyết định {first.number}")
        expect(page.locator("object.pdf-viewer")).to_have_attribute("type", "application/pdf")
        expect(page.get_by_text("Còn hiệu lực").first).to_be_visible()
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "mobile-van-ban-chi-tiet.png", full_page=True)
        assert_no_problems(page, problems)

    in_browser(steps)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_citizen_sends_a_comment_from_a_phone(library, in_browser, screenshot_dir, javascript):
    url = library["draft_url"]

    def steps(open_page):
        page, problems = open_page("mobile", javascript=javascript)
        page.goto("/du-thao/")
        expect(page.locator(".draft-status").first).to_contain_text("còn 25 ngày")
        with page.expect_navigation():
            page.get_by_role("link", name=re.compile("bảng giá đất")).click()
        assert page.url.endswith(url)
        # An empty form: the error summary names what is missing, nothing is sent.
        with page.expect_navigation():
            page.get_by_role("button", name="Gửi góp ý").click()
        expect(page.locator(".error-summary")).to_contain_text("Thư điện tử")
        page.get_by_label("Họ và tên").fill("Trần Thị Mai")
        page.get_by_label("Thư điện tử").fill("mai@example.vn")
        page.get_by_label("Góp ý cho điều, khoản nào").fill("Điều 5")
        page.get_by_label("Nội dung góp ý").fill("Đề nghị cho phép nộp hồ sơ trực tuyến toàn trình.")
        assert_no_horizontal_scroll(page, 390)
        if javascript:
            page.screenshot(path=screenshot_dir / "mobile-du-thao-form.png", full_page=True)
        with page.expect_navigation():
            page.get_by_role("button", name="Gửi góp ý").click()
        expect(page.get_by_role("heading", name="Cảm ơn bạn đã góp ý")).to_be_visible()
        code = page.locator(".tracking-code").inner_text()
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code)
        if javascript:
            page.screenshot(path=screenshot_dir / "mobile-du-thao-da-gui.png", full_page=True)
        with page.expect_navigation():
            page.get_by_role("link", name="Tra cứu ý kiến bằng mã").click()
        expect(page.locator(".facts")).to_contain_text("Chờ duyệt")
        # The form sent empty comes back with status 400 (Chromium logs it); nothing else may go wrong.
        assert_no_problems(page, problems, allow=("status of 400 (Bad Request)",))
        return code

    code = in_browser(steps)
    comment = Comment.objects.get(name="Trần Thị Mai")
    assert comment.display_code == code and comment.state == "pending" and comment.section == "Điều 5"


def test_axe_finds_no_serious_violations_on_documents_and_drafts(library, in_browser, axe, screenshot_dir):
    paths = ["/van-ban/", library["documents"][0].get_absolute_url(), "/du-thao/", library["draft_url"]]

    def steps(open_page):
        report = {}
        for viewport in ("mobile", "desktop"):
            page, _problems = open_page(viewport)
            for path in paths:
                page.goto(path)
                page.evaluate(axe.source)  # not a <script> tag: the CSP refuses inline scripts
                report[f"{viewport} {path}"] = page.evaluate(AXE_RUN_JS)
        return report

    report = in_browser(steps)
    (screenshot_dir / "axe-report-documents-drafts.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    serious = [
        f"[{where}] {v['id']} ({v['impact']}): {v['help']}: {', '.join(v['targets'][:5])}"
        for where, violations in report.items()
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, "\n".join(serious)
