"""Browser tests: Debian's Chromium driven by Playwright against pytest-django's live server.

One Chromium per test session (per xdist worker), a fresh browser context per test. The live server's data is
created with ``transactional_db`` (the server thread only sees committed rows); the tests roll back with
``serialized_rollback`` so the next test still finds Wagtail's root page and the groups made by migrations.
"""

import base64
import hashlib
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import SimpleNamespace

import pytest

try:
    from playwright.sync_api import expect, sync_playwright
except ImportError:  # requirements-dev.txt installs it; without it the browser tests are skipped
    sync_playwright = None
else:
    # Generous waits: with `-n 2` on two cores, two Chromiums and two live servers share the machine.
    expect.set_options(timeout=10_000)

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Without the network switches Chromium keeps trying to reach Google's services (closed here) and slows down.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
]
VIEWPORTS = {
    "mobile": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
    "desktop": {"viewport": {"width": 1366, "height": 768}},
}
CALL_TIMEOUT = 120  # seconds for one test's browser steps; Playwright's own timeouts are far shorter
HERE = Path(__file__).parent
SCREENSHOTS = HERE / "screenshots"
# axe-core (MPL-2.0, Deque Systems), vendored as one file: `npm pack axe-core@4.14.1`, then package/axe.min.js.
# The digest is the one published in the package's sri-history.json.
AXE_JS = HERE / "vendor" / "axe.min.js"
AXE_VERSION = "4.14.1"
AXE_SHA256 = "KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw="


def _skip_reason():
    if not shutil.which(CHROMIUM):
        return "Chromium is not installed: apt-get install -y chromium"
    if sync_playwright is None:
        return "Playwright is not installed: pip install -r requirements-dev.txt"
    return None


def pytest_collection_modifyitems(config, items):
    reason = _skip_reason()
    if reason:
        for item in items:
            if item.get_closest_marker("browser"):
                item.add_marker(pytest.mark.skip(reason=reason))


class BrowserThread:
    """Chromium, driven through Playwright's sync API from a thread of its own.

    Playwright's sync API runs an asyncio loop in a greenlet of the thread that uses it, and marks that loop as
    the thread's running loop between calls. Django would then take the test thread for async code: its ORM
    refuses to run (SynchronousOnlyOperation) and, with DJANGO_ALLOW_ASYNC_UNSAFE, ``django.db.connections``
    hands out a second set of connections, not the one the live server shares nor the one holding the test
    database's serialized contents. So every Playwright call happens in this one thread, and Django's stays
    plain synchronous code: tests read the database first, then hand the browser steps to ``in_browser``.
    """

    def __init__(self):
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="playwright")
        try:
            self.call(self._launch)
        except BaseException:
            self._executor.shutdown(wait=False)
            raise

    def _launch(self):
        self._playwright = sync_playwright().start()
        try:
            self.chromium = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except BaseException:
            self._playwright.stop()
            raise

    def call(self, function, *args):
        return self._executor.submit(function, *args).result(timeout=CALL_TIMEOUT)

    def close(self):
        def stop():
            try:
                self.chromium.close()
            finally:
                self._playwright.stop()

        try:
            self.call(stop)
        finally:
            self._executor.shutdown(wait=False)


@pytest.fixture(scope="session")
def browser():
    """One Chromium per test session (per xdist worker)."""
    thread = BrowserThread()
    yield thread
    thread.close()


@dataclass
class Problems:
    """What went wrong in a page while a test drove it: console errors, uncaught exceptions, failed requests."""

    console_errors: list = field(default_factory=list)
    page_errors: list = field(default_factory=list)
    failed_requests: list = field(default_factory=list)

    def watch(self, page):
        page.on("console", self._on_console)
        page.on("pageerror", lambda error: self.page_errors.append(str(error)))
        page.on("requestfailed", self._on_request_failed)

    def _on_console(self, message):
        if message.type == "error":
            self.console_errors.append(f"{message.text} ({message.location.get('url', '')})")

    def _on_request_failed(self, request):
        failure = request.failure or ""
        # A lazy image still loading when the test navigates away is aborted: not a fault of the page.
        if "ERR_ABORTED" not in failure:
            self.failed_requests.append(f"{request.method} {request.url}: {failure}")

    def all(self):
        return [*self.console_errors, *self.page_errors, *self.failed_requests]

    def clear(self):
        self.console_errors.clear()
        self.page_errors.clear()
        self.failed_requests.clear()


@pytest.fixture
def in_browser(browser, live_server):
    """in_browser(steps): runs ``steps(open_page)`` in the browser's thread and returns what it returns.

    ``open_page(viewport="desktop"|"mobile", javascript=True)`` gives ``(page, problems)``: a page in a new
    browser context on the live server (relative URLs work), with its console errors, uncaught exceptions and
    failed requests collected in ``problems``. The contexts are closed when ``steps`` ends. ``steps`` must not
    touch the database: read what it needs before.
    """

    def run(steps):
        def in_thread():
            contexts = []

            def open_page(viewport="desktop", javascript=True):
                context = browser.chromium.new_context(
                    base_url=live_server.url,
                    locale="vi-VN",
                    java_script_enabled=javascript,
                    **VIEWPORTS[viewport],
                )
                context.set_default_timeout(20_000)
                contexts.append(context)
                page = context.new_page()
                problems = Problems()
                problems.watch(page)
                return page, problems

            try:
                return steps(open_page)
            finally:
                for context in contexts:
                    context.close()

        return browser.call(in_thread)

    return run


def _body(number):
    return [
        (
            "paragraph",
            f"<p>Sáng nay, Ủy ban nhân dân tỉnh Ninh Bình tổ chức hội nghị triển khai nhiệm vụ số {number}. "
            "Đồng chí Phó Chủ tịch UBND tỉnh chủ trì hội nghị; dự có lãnh đạo các sở, ban, ngành và "
            "UBND các huyện, thành phố.</p>",
        ),
        ("quote", {"text": "Chuyển đổi số phải lấy người dân làm trung tâm.", "attribution": "Chủ tịch UBND tỉnh"}),
        (
            "paragraph",
            "<p>Hội nghị thống nhất giao Sở Thông tin và Truyền thông hướng dẫn các đơn vị cập nhật dữ liệu "
            "lên Cổng Thông tin điện tử tỉnh trước ngày 30 hằng tháng.</p>",
        ),
    ]


@pytest.fixture
def live_site(transactional_db, django_db_serialized_rollback, live_server, home, news_index, category, make_article):
    """The smallest site for a browser: home page, /tin-tuc/ and one article with a picture and a body."""
    article = make_article(
        title="Ninh Bình công bố Quy hoạch tỉnh thời kỳ 2021-2030",
        with_image=True,
        category=category,
        author="Phóng viên Cổng TTĐT",
        body=_body(1),
    )
    return SimpleNamespace(home=home, news_index=news_index, article=article, url=live_server.url)


@pytest.fixture
def portal(transactional_db, django_db_serialized_rollback, live_server, home, news_index, category, make_article):
    """A realistic front: four categories, fifteen illustrated articles, three of them featured on the home page."""
    from news.models import NewsCategory
    from portal.models import HomePageFeaturedArticle

    categories = [
        category,
        NewsCategory.objects.create(name="Thời sự", slug="thoi-su", sort_order=1),
        NewsCategory.objects.create(name="Kinh tế", slug="kinh-te", sort_order=2),
        NewsCategory.objects.create(name="Văn hóa - Du lịch", slug="van-hoa-du-lich", sort_order=3),
    ]
    titles = [
        "Ninh Bình đón hơn 8 triệu lượt khách du lịch trong năm",
        "Khởi công tuyến đường bộ ven biển qua huyện Kim Sơn",
        "Tràng An vào mùa lúa chín, du khách đổ về check-in",
        "Tỉnh ủy Ninh Bình tổng kết công tác xây dựng Đảng",
        "Hướng dẫn nộp hồ sơ thủ tục hành chính trực tuyến toàn trình",
        "Hội nghị xúc tiến đầu tư vào các khu công nghiệp của tỉnh",
        "Lễ hội Hoa Lư năm nay có nhiều hoạt động văn hóa đặc sắc",
        "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        "Giá trị sản xuất công nghiệp tăng 9,5% so với cùng kỳ",
        "Bảo tồn và phát huy giá trị Di sản Văn hóa và Thiên nhiên thế giới Tràng An",
        "Triển khai căn cước công dân gắn chip cho người dân vùng sâu",
        "Nông dân Yên Khánh thu hoạch vụ lúa chiêm xuân được mùa",
        "Ra mắt ứng dụng du lịch thông minh Ninh Bình",
        "Tăng cường phòng, chống thiên tai mùa mưa bão",
        "Khánh thành Nhà văn hóa trung tâm thành phố Hoa Lư",
    ]
    articles = [
        make_article(
            title=title,
            days_ago=number // 3,
            with_image=True,
            category=categories[number % len(categories)],
            featured_image_caption=f"Quang cảnh sự kiện (ảnh minh họa {number + 1})",
            author="Phóng viên Cổng TTĐT",
            body=_body(number + 1),
        )
        for number, title in enumerate(titles)
    ]
    featured = articles[:3]
    home.refresh_from_db()
    home.featured_articles = [HomePageFeaturedArticle(article=a, sort_order=i) for i, a in enumerate(featured)]
    home.save_revision().publish()
    return SimpleNamespace(
        home=home,
        news_index=news_index,
        categories=categories,
        articles=articles,
        featured=featured,
        url=live_server.url,
    )


@pytest.fixture(scope="session")
def axe():
    """The vendored axe-core: ``axe.source`` to inject into a page, ``axe.version``."""
    if not AXE_JS.exists():
        pytest.skip(f"{AXE_JS} is missing: `npm pack axe-core@{AXE_VERSION}` and copy package/axe.min.js there")
    source = AXE_JS.read_bytes()
    digest = base64.b64encode(hashlib.sha256(source).digest()).decode()
    assert digest == AXE_SHA256, f"{AXE_JS} is not axe-core {AXE_VERSION} as published (sha256-{digest})"
    return SimpleNamespace(source=source.decode(), version=AXE_VERSION)


@pytest.fixture(scope="session")
def screenshot_dir():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS
