"""The portal in a real browser: the reader's path from the home page to an article on a phone and a desktop,
the accessibility helpers (text size, skip link, print), the styled 404 page, and an axe-core WCAG 2.1 A/AA audit.

Screenshots land in tests/e2e/screenshots/ (git-ignored), named <viewport>-<step>.png.
"""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.test import RequestFactory
from wagtail.models import Site

from portal.models import SiteSettings

# Without Playwright (requirements-dev.txt) the module is skipped rather than failing to import.
expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

# Scrolls through the page so lazy images load, waits for every image (5 s at most), scrolls back to the top,
# and returns the images that failed to load.
LOAD_IMAGES_JS = """async () => {
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const root = document.documentElement;
  for (let y = 0; y < root.scrollHeight; y += window.innerHeight) { window.scrollTo(0, y); await pause(30); }
  window.scrollTo(0, root.scrollHeight);
  await pause(30);
  const settled = (img) => img.complete ? null : new Promise((resolve) => {
    img.addEventListener("load", resolve, { once: true });
    img.addEventListener("error", resolve, { once: true });
  });
  await Promise.race([Promise.all(Array.from(document.images, settled)), pause(5000)]);
  window.scrollTo(0, 0);
  return Array.from(document.images).filter((img) => !img.complete || !img.naturalWidth).map((img) => img.src);
}"""

# The page's width against the window's, and the first elements that stick out on the right.
OVERFLOW_JS = """() => {
  const width = window.innerWidth;
  const describe = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (typeof el.className === "string" && el.className ? "." + el.className.trim().split(/\\s+/).join(".") : "");
  const wide = Array.from(document.body.querySelectorAll("*"))
    .filter((el) => el.getBoundingClientRect().right > width + 0.5)
    .slice(0, 8)
    .map((el) => describe(el) + " right=" + Math.round(el.getBoundingClientRect().right));
  return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, wide };
}"""

AXE_RUN_JS = """async () => {
  const result = await axe.run(document, {
    runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    resultTypes: ["violations"],
  });
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((node) => node.target.join(" ")),
    summary: v.nodes.length ? v.nodes[0].failureSummary : "",
  }));
}"""

ROOT_FONT_SIZE_JS = "() => getComputedStyle(document.documentElement).fontSize"
VIEWPORT_NAMES = ["mobile", "desktop"]
PORTAL_RED = "rgb(165, 14, 31)"  # --red in static/css/portal.css


def portal_name():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True)).portal_name


def load_images(page):
    broken = page.evaluate(LOAD_IMAGES_JS)
    assert not broken, f"images that did not load on {page.url}: {broken}"


def assert_no_horizontal_scroll(page, width):
    metrics = page.evaluate(OVERFLOW_JS)
    assert metrics["innerWidth"] == width, f"{page.url}: layout viewport grew to {metrics}"
    assert metrics["scrollWidth"] <= metrics["innerWidth"], f"{page.url} scrolls sideways: {metrics}"


def assert_no_problems(page, problems, allow=()):
    found = [p for p in problems.all() if not any(pattern in p for pattern in allow)]
    assert not found, f"errors in the browser on {page.url}:\n" + "\n".join(found)
    problems.clear()


def follow(page, link):
    with page.expect_navigation() as navigation:
        link.click()
    return navigation.value


def root_font_size(page):
    return page.evaluate(ROOT_FONT_SIZE_JS)


@pytest.mark.parametrize("viewport", VIEWPORT_NAMES)
def test_reader_goes_from_home_to_listing_to_article(portal, in_browser, screenshot_dir, viewport):
    site_name = portal_name()
    featured_titles = [article.title for article in portal.featured]
    newest = portal.articles[0]
    newest_url, newest_title, newest_lead = newest.url, newest.title, newest.lead
    page_size = min(settings.NEWS_PAGE_SIZE, len(portal.articles))
    paginated = len(portal.articles) > settings.NEWS_PAGE_SIZE

    def check_step(page, response, problems, step, heading):
        """Answered, titled as expected, clean console, fits a phone; then a full-page screenshot."""
        assert response is not None, f"{step}: no response"
        assert response.ok, f"{step}: HTTP {response.status} for {response.url}"
        h1 = page.get_by_role("heading", level=1)
        expect(h1).to_have_count(1)
        expect(h1).to_have_text(heading)
        expect(h1).to_be_visible()
        expect(page).to_have_title(re.compile(re.escape(site_name)))
        load_images(page)
        if viewport == "mobile":
            assert_no_horizontal_scroll(page, 390)
        page.screenshot(path=screenshot_dir / f"{viewport}-{step}.png", full_page=True)
        assert_no_problems(page, problems)

    def steps(open_page):
        page, problems = open_page(viewport)
        menu = page.get_by_role("navigation", name="Danh mục chính")

        response = page.goto("/")
        check_step(page, response, problems, "home", site_name)
        expect(page.locator(".home-featured .card__title")).to_have_text(featured_titles)
        expect(page.locator(".home-category")).to_have_count(len(portal.categories))

        news_link = menu.get_by_role("link", name="Tin tức", exact=True)
        # Site-relative links: Wagtail resolved the live server's host to the (only) Site.
        expect(news_link).to_have_attribute("href", "/tin-tuc/")
        response = follow(page, news_link)
        assert urlsplit(page.url).path == "/tin-tuc/"
        check_step(page, response, problems, "listing", "Tin tức")
        expect(page.locator(".listing .card")).to_have_count(page_size)
        expect(menu.locator("[aria-current=page]")).to_have_text("Tin tức")
        if paginated:
            expect(page.get_by_role("navigation", name="Phân trang")).to_be_visible()

        first_link = page.locator(".listing .card__title a").first
        expect(first_link).to_have_text(newest_title)
        response = follow(page, first_link)
        assert urlsplit(page.url).path == newest_url
        check_step(page, response, problems, "article", newest_title)
        expect(page.locator(".article__lead")).to_have_text(newest_lead)
        expect(page.locator(".article .figure img")).to_be_visible()
        breadcrumbs = page.get_by_role("navigation", name="Đường dẫn")
        expect(breadcrumbs.get_by_role("link", name="Tin tức")).to_have_attribute("href", "/tin-tuc/")
        expect(page.locator(".related .card")).not_to_have_count(0)

    in_browser(steps)


# Right after the reader's path on purpose: with `-n 2`, xdist first hands each worker two neighbouring tests,
# and these three are the heavy ones (fifteen illustrated articles each), so they start on different workers.
def test_axe_finds_no_serious_wcag21_violations(portal, in_browser, axe, screenshot_dir):
    """axe-core with the WCAG 2.0/2.1 A and AA rules on the home, listing, article and 404 pages, at both widths.

    Serious or critical violations fail the test; every violation is written to screenshots/axe-report.json.
    """
    paths = ["/", "/tin-tuc/", portal.articles[0].url, "/khong-co-trang-nay/"]

    def steps(open_page):
        report = {}
        for viewport in VIEWPORT_NAMES:
            page, _problems = open_page(viewport)
            for path in paths:
                page.goto(path)
                page.evaluate(axe.source)  # not a <script> tag: the CSP refuses inline scripts
                report[f"{viewport} {path}"] = page.evaluate(AXE_RUN_JS)
        return report

    report = in_browser(steps)
    (screenshot_dir / "axe-report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2))
    serious = [
        f"[{where}] {v['id']} ({v['impact']}): {v['help']}: {', '.join(v['targets'][:5])}\n    {v['summary']}"
        for where, violations in report.items()
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, f"axe-core {axe.version}:\n" + "\n".join(serious)


def test_wagtail_site_answers_for_the_live_server_host(live_site, in_browser):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("localhost", 80, live_site.home.pk)
    address = urlsplit(live_site.url)
    assert address.port != 80
    request = RequestFactory().get("/", HTTP_HOST=address.netloc, SERVER_PORT=str(address.port))
    # No Site matches localhost:<random port>: Wagtail falls back on the default site, and links stay relative.
    assert Site.find_for_request(request) == site
    assert live_site.news_index.get_url(request) == "/tin-tuc/"
    article_url, article_title = live_site.article.get_url(request), live_site.article.title

    def steps(open_page):
        page, problems = open_page()
        response = page.goto(article_url)
        assert response.ok, response.status
        expect(page.get_by_role("heading", level=1)).to_have_text(article_title)
        assert_no_problems(page, problems)

    in_browser(steps)


def test_text_size_buttons_need_javascript_and_are_remembered(live_site, in_browser):
    article_url = live_site.article.url
    has_class = lambda name: re.compile(rf"(^|\s){name}(\s|$)")  # noqa: E731

    def steps(open_page):
        page, _problems = open_page("desktop", javascript=False)
        page.goto("/")
        expect(page.locator("html")).to_have_class(has_class("no-js"))
        expect(page.locator(".text-size")).to_be_hidden()

        page, problems = open_page("mobile")
        page.goto(article_url)
        html = page.locator("html")
        expect(html).not_to_have_class(has_class("no-js"))
        group = page.get_by_role("group", name="Cỡ chữ")
        expect(group).to_be_visible()
        expect(group.get_by_role("button")).to_have_text(["A-", "A", "A+"])
        assert root_font_size(page) == "16px"
        h1_size = page.locator("h1").evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)")

        group.get_by_role("button", name="Tăng cỡ chữ").click()
        expect(html).to_have_class(has_class("text-large"))
        assert root_font_size(page) == "19px"  # 118.75 %
        assert page.locator("h1").evaluate("(el) => parseFloat(getComputedStyle(el).fontSize)") > h1_size
        assert page.evaluate("() => localStorage.getItem('textSize')") == "large"
        assert_no_horizontal_scroll(page, 390)
        page.reload()
        expect(html).to_have_class(has_class("text-large"))
        assert root_font_size(page) == "19px"

        group.get_by_role("button", name="Giảm cỡ chữ").click()
        expect(html).to_have_class(has_class("text-small"))
        assert root_font_size(page) == "14px"  # 87.5 %
        assert page.evaluate("() => localStorage.getItem('textSize')") == "small"

        group.get_by_role("button", name="Cỡ chữ mặc định").click()
        expect(html).not_to_have_class(re.compile(r"text-(small|large)"))
        assert root_font_size(page) == "16px"
        page.goto("/tin-tuc/")
        expect(group).to_be_visible()
        assert root_font_size(page) == "16px"
        assert page.evaluate("() => localStorage.getItem('textSize')") == "normal"
        assert_no_problems(page, problems)

    in_browser(steps)


def test_skip_link_is_first_and_moves_focus_to_main(live_site, in_browser):
    article_url = live_site.article.url

    def steps(open_page):
        for viewport in VIEWPORT_NAMES:
            page, problems = open_page(viewport)
            page.goto(article_url)
            skip_link = page.locator("a.skip-link")
            expect(skip_link).to_have_text("Bỏ qua, đến nội dung chính")
            expect(skip_link).to_have_attribute("href", "#main")

            page.keyboard.press("Tab")
            expect(skip_link).to_be_focused()
            # Shown on focus, inside the window.
            box = skip_link.bounding_box()
            width = page.viewport_size["width"]
            assert box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= width, (viewport, box)

            page.keyboard.press("Enter")
            expect(page.locator("main#main")).to_be_focused()
            assert urlsplit(page.url).fragment == "main"
            # The next Tab lands inside the main content, past the header and the menu.
            page.keyboard.press("Tab")
            assert page.evaluate("() => document.getElementById('main').contains(document.activeElement)"), viewport
            assert_no_problems(page, problems)

    in_browser(steps)


def test_print_button_on_article_pages(live_site, in_browser):
    article_url = live_site.article.url

    def steps(open_page):
        page, problems = open_page("desktop")
        page.add_init_script("window.print = () => { window.__printCalls = (window.__printCalls || 0) + 1; };")
        page.goto(article_url)
        button = page.get_by_role("button", name="In bài viết")
        expect(button).to_be_visible()
        button.click()
        assert page.evaluate("() => window.__printCalls") == 1

        page.emulate_media(media="print")
        expect(button).to_be_hidden()
        expect(page.locator(".site-header")).to_be_hidden()
        expect(page.get_by_role("heading", level=1)).to_be_visible()
        page.emulate_media(media="screen")

        page.goto("/")
        expect(page.locator("[data-print]")).to_have_count(0)
        assert_no_problems(page, problems)

        # Without JavaScript the button could do nothing, so it stays hidden.
        page, _problems = open_page("desktop", javascript=False)
        page.goto(article_url)
        expect(page.locator("[data-print]")).to_be_hidden()

    in_browser(steps)


def test_404_page_is_styled_and_vietnamese(live_site, in_browser, screenshot_dir):
    site_name = portal_name()
    # A path no page answers, and a route of /tin-tuc/ whose object is missing (get_object_or_404).
    paths = {"404": "/khong-co-trang-nay/", "404-category": "/tin-tuc/chuyen-muc/khong-co/"}

    def steps(open_page):
        page, problems = open_page("mobile")
        for step, path in paths.items():
            response = page.goto(path)
            assert response.status == 404, (path, response.status)
            expect(page.locator("html")).to_have_attribute("lang", "vi")
            expect(page.get_by_role("heading", level=1)).to_have_text("Không tìm thấy trang")
            expect(page).to_have_title(f"Không tìm thấy trang – {site_name}")
            # portal.css is applied: the red 404 and the red header.
            expect(page.locator(".error-page__code")).to_have_css("color", PORTAL_RED)
            expect(page.locator(".site-header")).to_have_css("background-color", PORTAL_RED)
            expect(page.get_by_role("link", name="Về trang chủ")).to_have_attribute("href", "/")
            expect(page.get_by_role("link", name="Xem tin tức mới nhất")).to_have_attribute("href", "/tin-tuc/")
            expect(page.get_by_label("Hoặc tìm kiếm:")).to_be_visible()
            assert_no_horizontal_scroll(page, 390)
            page.screenshot(path=screenshot_dir / f"mobile-{step}.png", full_page=True)
            # Chromium logs the 404 of the document itself as a console error: that one is the point of the page.
            assert_no_problems(page, problems, allow=["status of 404"])

    in_browser(steps)
