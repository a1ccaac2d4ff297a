"""Q&A in a real browser, on a phone: the listing, the question form (errors first, without JavaScript too), the
confirmation with its tracking code, the tracking page and the rating; no sideways scrolling; axe-core WCAG 2.1
A/AA on each page. Screenshots: tests/e2e/screenshots/qa-<step>.png.
"""

import json
import re
from types import SimpleNamespace

import pytest

from qa.models import QAPage, Status
from tests.e2e.test_browser import AXE_RUN_JS, assert_no_horizontal_scroll, assert_no_problems
from tests.test_qa_support import PRIVATE, advance, build_world, isolate_rate_limits, new_question

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser


@pytest.fixture(autouse=True)
def _own_rate_limit_counters(settings):
    isolate_rate_limits(settings)


@pytest.fixture
def qa_site(transactional_db, django_db_serialized_rollback, live_server, home):
    world = build_world(home)
    titles = [
        "Thủ tục cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
        "Miễn, giảm học phí cho con hộ cận nghèo",
        "Khám chữa bệnh bảo hiểm y tế trái tuyến",
    ]
    for number, title in enumerate(titles):
        topic = world.land if number % 2 == 0 else world.health
        advance(new_question(title=title, topic=topic), Status.PUBLISHED, world.so_a if number % 2 else world.so_b)
    replied = advance(new_question(title="Tranh chấp ranh giới đất với hộ liền kề"), Status.REPLIED, world.so_a)
    return SimpleNamespace(world=world, replied=replied, page_url=QAPage.objects.live().first().url)


def test_a_citizen_asks_tracks_and_rates_on_a_phone(qa_site, in_browser, screenshot_dir):
    replied_code, page_url = qa_site.replied.display_code, qa_site.page_url

    def steps(open_page):
        page, problems = open_page("mobile")
        page.goto("/hoi-dap/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Hỏi - Đáp")
        expect(page.locator(".qa-item")).to_have_count(3)
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "qa-listing.png", full_page=True)

        page.get_by_role("link", name="Gửi câu hỏi").first.click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Gửi câu hỏi")
        page.get_by_role("button", name="Gửi câu hỏi").click()
        summary = page.locator(".error-summary")
        expect(summary).to_be_visible()
        expect(summary).to_be_focused()
        expect(page.get_by_role("textbox", name="Họ và tên", exact=True)).to_have_attribute("aria-invalid", "true")
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "qa-form-errors.png", full_page=True)

        page.get_by_role("textbox", name="Họ và tên", exact=True).fill("Trần Thị Bình")
        page.get_by_label("Thư điện tử").fill(PRIVATE["asker_email"])
        page.get_by_label("Số điện thoại").fill(PRIVATE["asker_phone"])
        page.get_by_label("Lĩnh vực").select_option(label="Đất đai")
        page.get_by_label("Tiêu đề câu hỏi").fill("Hỏi về cấp đổi giấy chứng nhận bị hư hỏng")
        page.get_by_label("Nội dung câu hỏi").fill("Giấy chứng nhận của gia đình tôi bị rách, xin hỏi thủ tục cấp đổi.")
        page.get_by_label("Tôi đồng ý").check()
        page.get_by_role("button", name="Gửi câu hỏi").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Đã gửi câu hỏi")
        code = page.locator("#tracking-code").inner_text().strip()
        assert re.fullmatch(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}", code), code
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "qa-submitted.png", full_page=True)

        page.get_by_role("link", name="Xem tình trạng xử lý").click()
        expect(page.locator(".qa-status__badge")).to_have_text("Đã tiếp nhận, đang phân loại")
        html = page.content()
        assert PRIVATE["asker_email"] not in html and PRIVATE["asker_phone"] not in html

        # The asker of an answered question rates it, once; typed in lower case without dashes.
        page.get_by_label("Mã tra cứu").fill(replied_code.lower().replace("-", ""))
        page.get_by_role("button", name="Tra cứu").click()
        expect(page.locator(".qa-status__badge")).to_have_text("Đã trả lời riêng cho người hỏi")
        page.get_by_label("4 – Hài lòng").check()
        page.get_by_role("button", name="Gửi đánh giá").click()
        expect(page.get_by_text("Bạn đã đánh giá câu trả lời: 4/5")).to_be_visible()
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "qa-tracking.png", full_page=True)

        page.goto(page_url)
        expect(page.locator(".qa-answer")).to_be_visible()
        assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / "qa-page.png", full_page=True)
        # The empty form was answered "400 Bad Request" on purpose; nothing else may go wrong.
        assert_no_problems(page, problems, allow=["status of 400 (Bad Request) (http://localhost:"])

    in_browser(steps)


def test_the_form_works_without_javascript(qa_site, in_browser):
    def steps(open_page):
        page, problems = open_page("mobile", javascript=False)
        page.goto("/hoi-dap/gui-cau-hoi/")
        page.get_by_role("textbox", name="Họ và tên", exact=True).fill("Lê Văn Cường")
        page.get_by_label("Thư điện tử").fill("cuong@example.com")
        page.get_by_label("Tiêu đề câu hỏi").fill("Hỏi về đổi giấy phép lái xe")
        page.get_by_label("Nội dung câu hỏi").fill("Giấy phép lái xe bằng giấy của tôi có phải đổi sang thẻ không?")
        page.get_by_label("Tôi đồng ý").check()
        page.get_by_role("button", name="Gửi câu hỏi").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Đã gửi câu hỏi")
        assert_no_problems(page, problems)

    in_browser(steps)


def test_axe_finds_no_serious_violations_on_qa_pages(qa_site, in_browser, axe, screenshot_dir):
    paths = [
        "/hoi-dap/",
        qa_site.page_url,
        "/hoi-dap/gui-cau-hoi/",
        f"/hoi-dap/tra-cuu/?ma={qa_site.replied.display_code}",
        "/hoi-dap/tra-cuu/?ma=sai-ma",
    ]

    def steps(open_page):
        report = {}
        for viewport in ("mobile", "desktop"):
            page, _problems = open_page(viewport)
            for path in paths:
                page.goto(path)
                page.evaluate(axe.source)  # not a <script> tag: the CSP refuses inline scripts
                report[f"{viewport} {path}"] = page.evaluate(AXE_RUN_JS)
            page.goto("/hoi-dap/gui-cau-hoi/")
            page.get_by_role("button", name="Gửi câu hỏi").click()  # the form with its errors
            page.evaluate(axe.source)  # not a <script> tag: the CSP refuses inline scripts
            report[f"{viewport} form with errors"] = page.evaluate(AXE_RUN_JS)
        return report

    report = in_browser(steps)
    (screenshot_dir / "qa-axe-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    serious = [
        f"[{where}] {v['id']} ({v['impact']}): {v['help']}: {', '.join(v['targets'][:5])}\n    {v['summary']}"
        for where, violations in report.items()
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"axe-core {axe.version}:\n" + "\n".join(serious)


def test_staff_assign_and_answer_in_the_admin(qa_site, in_browser, make_user, screenshot_dir):
    from portal import roles
    from tests.test_qa_support import make_staff

    staff = make_staff(make_user, qa_site.world)
    question = new_question(title="Hỏi về thời hạn cấp sổ đỏ")
    edit_path = f"/admin/qa_questions/edit/{question.pk}/"
    assert staff.board.groups.filter(name=roles.EDITORIAL_BOARD).exists()

    def log_in(open_page, username):
        page, problems = open_page("desktop")
        page.goto("/admin/login/")
        page.locator("#id_username").fill(username)
        page.locator("#id_password").fill("mật-khẩu-thử-1")
        page.locator("form button[type=submit]").click()
        page.wait_for_url("**/admin/")
        return page, problems

    def steps(open_page):
        page, _problems = log_in(open_page, "ban-bien-tap")
        page.goto(edit_path)
        expect(page.get_by_role("link", name="Chuyển đơn vị trả lời")).to_be_visible()
        page.screenshot(path=screenshot_dir / "qa-admin-edit.png", full_page=True)
        page.get_by_role("link", name="Chuyển đơn vị trả lời").click()
        page.get_by_label("Đơn vị trả lời").select_option(label="Sở Tài nguyên và Môi trường")
        page.get_by_label("Ghi chú gửi đơn vị").fill("Đề nghị trả lời trước hạn.")
        page.get_by_role("button", name="Chuyển đơn vị trả lời").click()
        expect(page.get_by_text("Đã thực hiện “Chuyển đơn vị trả lời”")).to_be_visible()

        page, _problems = log_in(open_page, "can-bo-a")
        page.goto(edit_path)
        page.get_by_role("link", name="Gửi câu trả lời").click()
        editor = page.locator(".DraftEditor-root [contenteditable=true]")
        editor.click()
        editor.type("Thời hạn cấp Giấy chứng nhận lần đầu là không quá 20 ngày làm việc.")
        page.wait_for_timeout(600)  # Draftail writes its hidden input 250 ms after the last keystroke
        page.screenshot(path=screenshot_dir / "qa-admin-answer.png", full_page=True)
        page.get_by_role("button", name="Gửi câu trả lời").click()
        expect(page.get_by_text("Đã thực hiện “Gửi câu trả lời”")).to_be_visible()

    in_browser(steps)
    question.refresh_from_db()
    assert question.status == Status.ANSWERED and question.department == qa_site.world.so_a
    assert "không quá 20 ngày làm việc" in question.answer and question.answered_by == staff.a
