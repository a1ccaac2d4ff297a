"""The Content-Security-Policy in a real browser: public pages load without a single violation (no inline script or
style left, nothing from another origin), the special sections still get their accent colour, and the Wagtail admin
— sign-in, dashboard, the page editor with its preview — works under the admin's own policy.

Violations are caught twice: the console's "Content Security Policy" errors and `securitypolicyviolation` events.
"""

import pytest

from specialpages.models import SpecialSectionIndexPage, SpecialSectionPage

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

# Installed before any page script: every violation the page meets is kept in window.__cspViolations.
WATCH_VIOLATIONS_JS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || "inline"} `
    + `(${event.sourceFile || ""}:${event.lineNumber || ""})`);
});
"""


def _violations(page, problems):
    events = page.evaluate("() => window.__cspViolations || []")
    console = [text for text in problems.console_errors if "Content Security Policy" in text]
    return events + console


@pytest.fixture
def section(live_site):
    index = live_site.home.add_child(instance=SpecialSectionIndexPage(title="Chuyên trang", slug="chuyen-trang"))
    index.save_revision().publish()
    page = SpecialSectionPage(title="Chuyển đổi số", slug="chuyen-doi-so", accent_colour="#1f6f43", intro="Giới thiệu")
    index.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_public_pages_have_no_csp_violation(live_site, section, in_browser, screenshot_dir):
    paths = [
        "/",
        "/tin-tuc/",
        live_site.article.url,
        "/chuyen-trang/",
        section.url,
        "/van-ban/",
        "/du-thao/",
        "/tim-kiem/?q=quy+hoach",
        "/khong-co-trang-nay/",
    ]

    def steps(open_page):
        page, problems = open_page("desktop")
        page.add_init_script(WATCH_VIOLATIONS_JS)
        found = {}
        for path in paths:
            page.goto(path)
            page.wait_for_load_state("load")
            if violations := _violations(page, problems):
                found[path] = violations
            problems.clear()
        page.goto(section.url)
        banner = page.locator(".section-banner")
        expect(banner).to_have_css("background-color", "rgb(31, 111, 67)")  # #1f6f43, set by static/js/accent.js
        page.screenshot(path=screenshot_dir / "csp-section.png")
        return found

    assert in_browser(steps) == {}


def test_admin_editor_works_under_the_admin_policy(live_site, in_browser, make_user, screenshot_dir):
    from portal.models import StandardPage

    make_user("bientap-csp", "Biên tập viên")
    edit_path = f"/admin/pages/{live_site.article.pk}/edit/"
    intro_page = StandardPage.objects.live().first()
    preview_path = f"/admin/pages/{intro_page.pk}/edit/"

    def steps(open_page):
        page, problems = open_page("desktop")
        page.add_init_script(WATCH_VIOLATIONS_JS)
        page.goto("/admin/login/")
        page.locator("#id_username").fill("bientap-csp")
        page.locator("#id_password").fill("mật-khẩu-thử-1")
        page.locator("form button[type=submit]").click()
        page.wait_for_url("**/admin/")
        found = {"/admin/": _violations(page, problems)}
        problems.clear()
        page.goto(edit_path)
        # The editor is live: the title field is filled in, and the StreamField's blocks were rendered by script.
        expect(page.locator("#id_title")).to_have_value(live_site.article.title)
        expect(page.locator("[data-streamfield-stream-container]").first).to_be_visible()
        page.screenshot(path=screenshot_dir / "csp-admin-editor.png")
        found[edit_path] = _violations(page, problems)
        problems.clear()
        # The live preview: the public page rendered by the admin in a same-origin iframe.
        page.goto(preview_path)
        page.locator("[data-side-panel-toggle='preview']").click()
        preview = page.frame_locator("#w-preview-iframe")
        expect(preview.locator("h1")).to_contain_text(intro_page.title)
        page.screenshot(path=screenshot_dir / "csp-admin-preview.png")
        found[preview_path] = _violations(page, problems)
        problems.clear()
        # A public page seen by a signed-in editor carries Wagtail's user bar, under the public policy.
        page.goto(live_site.article.url)
        expect(page.locator("wagtail-userbar")).to_be_attached()
        page.wait_for_timeout(500)
        found[live_site.article.url] = _violations(page, problems)
        return {path: v for path, v in found.items() if v}, problems.all()

    violations, other_problems = in_browser(steps)
    assert violations == {}
    assert other_problems == []


def test_staff_sign_in_with_the_second_factor(live_site, in_browser, make_user, settings, screenshot_dir):
    """Password, then enrolment of an authenticator app (QR code drawn on the page), then the dashboard."""
    from base64 import b32decode

    from django_otp.oath import totp

    settings.PORTAL_REQUIRE_2FA = True
    make_user("bientap-2fa", "Biên tập viên")

    def code_for(secret_text):
        secret = secret_text.replace(" ", "")
        key = b32decode(secret + "=" * (-len(secret) % 8))
        return f"{totp(key):06d}"

    def steps(open_page):
        page, problems = open_page("desktop")
        page.add_init_script(WATCH_VIOLATIONS_JS)
        page.goto("/admin/login/")
        page.locator("#id_username").fill("bientap-2fa")
        page.locator("#id_password").fill("mật-khẩu-thử-1")
        page.locator("form button[type=submit]").click()
        page.wait_for_url("**/admin/2fa/dang-ky/**")
        expect(page.locator(".staffauth-qr svg")).to_be_visible()
        page.screenshot(path=screenshot_dir / "staff-2fa-enrol.png", full_page=True)
        page.get_by_label("Mã xác thực (6 chữ số)").fill(code_for(page.locator(".staffauth-qr code").inner_text()))
        page.get_by_role("button", name="Xác nhận và bật").click()
        page.wait_for_url("**/admin/")
        expect(page.locator("#main")).to_be_visible()
        return _violations(page, problems), problems.all()

    violations, other_problems = in_browser(steps)
    assert violations == [] and other_problems == []
