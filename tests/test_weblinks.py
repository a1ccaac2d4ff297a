"""The links directory (/lien-ket/) and its weekly check, against a local HTTP server — never the internet."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from portal.linkcheck import check_links, check_url
from portal.models import WebLink


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _answer(self, body=True):
        if self.path == "/ok":
            self.send_response(200)
        elif self.path == "/no-head" and self.command == "HEAD":
            self.send_response(405)
        elif self.path == "/no-head":
            self.send_response(200)
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
        elif self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop-again" if self.path == "/loop" else "/loop")
        elif self.path == "/slow":
            time.sleep(2)
            self.send_response(200)
        elif self.path == "/error":
            self.send_response(500)
        else:
            self.send_response(404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self):
        self._answer()

    def do_GET(self):
        self._answer()


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("path", "ok", "status", "error"),
    [
        ("/ok", True, 200, ""),
        ("/moved", True, 200, ""),
        ("/no-head", True, 200, ""),
        ("/khong-co", False, 404, "HTTP 404"),
        ("/error", False, 500, "HTTP 500"),
        ("/loop", False, None, "Chuyển hướng vòng lặp"),
        ("/slow", False, None, "Quá thời gian chờ"),
    ],
)
def test_check_url(server, path, ok, status, error):
    result = check_url(server + path, timeout=0.5)
    assert (result.ok, result.status_code, result.error) == (ok, status, error)


def test_unreachable_host_is_flagged_not_raised():
    result = check_url("http://127.0.0.1:9/", timeout=0.5)  # the discard port: nobody listens
    assert not result.ok and result.error.startswith("Không kết nối được")


def test_weekly_check_flags_broken_links_and_clears_fixed_ones(db, server, settings):
    settings.LINK_CHECK_TIMEOUT = 0.5
    good = WebLink.objects.create(title="Sở A", url=server + "/ok")
    bad = WebLink.objects.create(title="Sở B", url=server + "/khong-co")
    slow = WebLink.objects.create(title="Huyện C", url=server + "/slow", kind="district")
    WebLink.objects.create(title="Ẩn", url=server + "/error", is_active=False)
    assert check_links(concurrency=3) == (3, 2)
    good.refresh_from_db(), bad.refresh_from_db(), slow.refresh_from_db()
    assert not good.is_broken and good.status_code == 200 and good.checked_at
    assert bad.is_broken and bad.check_error == "HTTP 404" and bad.broken_since
    assert slow.is_broken and slow.check_error == "Quá thời gian chờ"
    first_broken = bad.broken_since
    check_links()
    bad.refresh_from_db()
    assert bad.broken_since == first_broken  # still broken since the first time
    bad.url = server + "/ok"
    bad.save()
    check_links()
    bad.refresh_from_db()
    assert not bad.is_broken and bad.broken_since is None


def test_directory_page_groups_by_kind(client, home):
    from portal.demo import build_web_links

    assert build_web_links() > 10
    assert build_web_links() == 0
    WebLink.objects.create(title="Website đã đóng", url="https://cu.example.vn/", is_active=False)
    html = client.get("/lien-ket/").content.decode()
    assert html.index("Cơ quan Trung ương") < html.index("Sở, ban, ngành") < html.index("Huyện, thành phố")
    assert "UBND huyện Kim Sơn" in html and 'rel="noopener"' in html and "Website đã đóng" not in html


def test_editors_see_broken_links_first_in_the_admin(client, make_user, db):
    from django.urls import reverse
    from django.utils import timezone

    from portal import roles

    WebLink.objects.create(title="Bình thường", url="https://a.example.vn/", checked_at=None)
    WebLink.objects.create(
        title="Hỏng rồi", url="https://b.example.vn/", is_broken=True, check_error="HTTP 404", checked_at=timezone.now()
    )
    client.force_login(make_user("bbt", roles.EDITORIAL_BOARD))
    html = client.get(reverse("wagtailsnippets_portal_weblink:list")).content.decode()
    assert html.index("Hỏng rồi") < html.index("Bình thường") and "HTTP 404" in html
