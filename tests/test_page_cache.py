"""The anonymous page cache (portal/page_cache.py): what is cached and for whom, what purges it, and its headers.

Real rendering through the whole middleware stack, the real cache backends of the test settings (process memory, or
Redis when REDIS_URL is set), and Wagtail's own publishing.
"""

import datetime
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from django.contrib.messages import constants as message_levels
from django.contrib.messages.storage.cookie import CookieStorage
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from wagtail import hooks
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from organisation.demo import build_organisation
from portal import page_cache
from portal.demo import demo_image
from portal.models import Banner, PageFeedback, Placement
from stats import rollup
from stats.models import DailyObjectVisits

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture(autouse=True)
def _page_cache_on(settings):
    # The test settings leave the page cache off for the rest of the suite; here it is what is tested.
    settings.PAGE_CACHE_SECONDS = 300
    settings.PAGE_CACHE_QUERY_SECONDS = 60
    page_cache.bump()  # entries of earlier tests in this process can never match


def state(response):
    return response.get(page_cache.HEADER)


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def title_of(response):
    return re.search(r"<title>(.*?)</title>", response.content.decode(), re.S).group(1)


# --- what is cached, for whom -----------------------------------------------------------------------------------------


def test_anonymous_pages_are_rendered_once_then_served_without_the_view(
    client, make_article, django_assert_num_queries
):
    article = make_article(title="Khai mạc Năm Du lịch quốc gia")
    for url in ("/", "/tin-tuc/", article.url):
        first = get(client, url)
        assert state(first) == "miss"
        with django_assert_num_queries(0):
            again = get(client, url)
        assert state(again) == "hit" and again.content == first.content
    assert "Khai mạc Năm Du lịch quốc gia" in get(client, article.url).content.decode()


def test_public_django_views_are_cached_too_and_keyed_by_query(client, home):
    assert state(get(client, "/lien-ket/")) == "miss"
    assert state(get(client, "/lien-ket/")) == "hit"
    assert state(get(client, "/tim-kiem/?q=du+lịch")) == "miss"
    assert state(get(client, "/tim-kiem/?q=du+lịch")) == "hit"
    assert state(get(client, "/tim-kiem/?q=hội+nghị")) == "miss"
    assert state(get(client, "/van-ban/")) == "miss"
    assert state(get(client, "/van-ban/")) == "hit"
    assert state(get(client, "/van-ban/?nam=2024")) == "miss"


def test_logged_in_users_always_get_a_fresh_private_page(client, make_article, admin_user):
    article = make_article()
    anonymous = get(client, article.url)
    assert state(anonymous) == "miss"
    client.force_login(admin_user)
    for _ in range(2):
        mine = get(client, article.url)
        assert state(mine) == "skip"
        assert "private" in mine["Cache-Control"]
        assert "wagtail-userbar" in mine.content.decode()  # not the anonymous page from the cache
    client.logout()
    assert state(get(client, article.url)) == "hit"


def test_a_session_cookie_alone_bypasses_the_cache(client, make_article):
    article = make_article()
    get(client, article.url)
    client.cookies["sessionid"] = "not-a-real-session"
    assert state(get(client, article.url)) == "skip"


def test_pending_messages_are_never_hidden_behind_a_cached_page(client, make_article):
    article = make_article()
    assert state(get(client, article.url)) == "miss"
    request = RequestFactory().get("/")
    storage = CookieStorage(request)
    storage.add(message_levels.INFO, "Đã lưu")
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value
    response = get(client, article.url)
    assert state(response) == "skip" and "private" in response["Cache-Control"]


def test_a_page_that_queued_a_message_is_not_stored(client, make_article):
    from django.contrib import messages

    article = make_article()

    def add_message(page, request, serve_args, serve_kwargs):
        messages.info(request, "Một thông báo cho riêng người này")

    with hooks.register_temporarily("before_serve_page", add_message):
        response = get(client, article.url)
        assert state(response) == "skip"
    client.cookies.pop("messages", None)
    assert state(get(client, article.url)) == "miss"


def test_post_is_never_answered_from_the_cache(client, make_article):
    article = make_article()
    get(client, article.url)
    posted = client.post(article.url, {"x": "1"})
    assert state(posted) is None
    assert state(get(client, article.url)) == "hit"


def test_previews_are_never_answered_from_nor_stored_in_the_cache(client, make_article):
    article = make_article(title="Tiêu đề đã đăng")
    get(client, article.url)
    article.title = "Tiêu đề bản nháp chưa duyệt"
    article.save_revision()  # a draft: nothing public changes
    preview = article.make_preview_request()  # no original request: no cookie to tell it apart
    assert "Tiêu đề bản nháp chưa duyệt" in preview.content.decode()
    live = get(client, article.url)
    assert state(live) == "hit" and "Tiêu đề đã đăng" in live.content.decode()
    assert "bản nháp" not in live.content.decode()


def test_pages_with_a_csrf_token_or_a_one_time_form_are_not_stored(client, make_article, home):
    from wagtail.models import PageViewRestriction

    from qa.demo import build_index

    build_index(home)  # the question form: a one-time token, answered with private_response()
    for _ in range(2):
        form = get(client, "/hoi-dap/gui-cau-hoi/")
        assert "csrfmiddlewaretoken" in form.content.decode()
        assert state(form) == "skip" and "private" in form["Cache-Control"]
    article = make_article()
    get(client, article.url)
    # A password now protects the page: the cached public copy goes, and the password form (a CSRF token, a
    # cookie) is never stored.
    PageViewRestriction.objects.create(page=article, restriction_type="password", password="mat-khau")
    for _ in range(2):
        guarded = get(client, article.url)
        assert "csrfmiddlewaretoken" in guarded.content.decode() and article.title not in guarded.content.decode()
        assert state(guarded) == "skip" and "private" in guarded["Cache-Control"]


def test_health_check_admin_and_beacon_are_left_alone(client, home):
    for _ in range(2):
        assert state(client.get("/healthz")) is None
    assert state(client.post("/thong-ke/dem/")) is None


def test_keyed_by_language(client, home):
    build_organisation(home)
    vietnamese = get(client, "/")
    english = get(client, "/en/")
    assert state(vietnamese) == "miss" and state(english) == "miss"
    assert '<html lang="vi"' in vietnamese.content.decode() and '<html lang="en"' in english.content.decode()
    # An English browser on a Vietnamese URL gets the Vietnamese page (the path decides), from the cache.
    again = get(client, "/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert state(again) == "hit" and '<html lang="vi"' in again.content.decode()
    assert state(get(client, "/en/")) == "hit"


# --- what purges it ---------------------------------------------------------------------------------------------------


def test_publishing_the_page_purges_it(client, make_article):
    article = make_article(title="Tiêu đề cũ")
    get(client, article.url)
    assert state(get(client, article.url)) == "hit"
    article.title = "Tiêu đề mới đã sửa"
    article.save_revision().publish()
    fresh = get(client, article.url)
    assert state(fresh) == "miss" and "Tiêu đề mới đã sửa" in fresh.content.decode()


def test_a_page_rendered_before_the_publish_commits_is_dropped(
    client, make_article, django_capture_on_commit_callbacks
):
    article = make_article(title="Trước khi lưu")
    with django_capture_on_commit_callbacks(execute=True):
        article.title = "Sau khi lưu"
        article.save_revision().publish()
        # A reader's request in this window would render the rows before the commit, under the new version.
        assert state(get(client, article.url)) == "miss"
        assert state(get(client, article.url)) == "hit"
    assert state(get(client, article.url)) == "miss"


def test_documents_and_their_fields_purge(client, home):
    from documents.models import DocumentField, DocumentType, IssuingBody, LegalDocument

    get(client, "/van-ban/")
    document = LegalDocument.objects.create(
        number="12/QĐ-UBND",
        document_type=DocumentType.objects.create(name="Quyết định", slug="qd"),
        issuing_body=IssuingBody.objects.create(name="UBND tỉnh", slug="ubnd"),
        issue_date=datetime.date(2026, 1, 2),
        summary="Về việc ban hành quy chế mới",
    )
    listing = get(client, "/van-ban/")
    assert state(listing) == "miss" and "Về việc ban hành quy chế mới" in listing.content.decode()
    field = DocumentField.objects.create(name="Giáo dục", slug="giao-duc")
    get(client, "/van-ban/")
    assert state(get(client, "/van-ban/")) == "hit"
    document.fields.add(field)  # a relation only: no row of the document itself changes
    assert state(get(client, "/van-ban/")) == "miss"


def test_a_draft_save_does_not_purge(client, make_article):
    article = make_article()
    get(client, article.url)
    article.title = "Chỉ là bản nháp"
    article.save_revision()
    assert state(get(client, article.url)) == "hit"


def test_unpublishing_the_page_purges_it(client, make_article):
    article = make_article()
    get(client, article.url)
    article.unpublish()
    assert client.get(article.url).status_code == 404


def test_a_new_or_withdrawn_article_purges_the_listing_and_home(client, make_article):
    first = make_article(title="Bài thứ nhất")
    get(client, "/tin-tuc/")
    assert state(get(client, "/tin-tuc/")) == "hit"
    second = make_article(title="Bài thứ hai vừa đăng")
    listing = get(client, "/tin-tuc/")
    assert state(listing) == "miss" and "Bài thứ hai vừa đăng" in listing.content.decode()
    second.unpublish()
    listing = get(client, "/tin-tuc/")
    assert state(listing) == "miss" and "Bài thứ hai vừa đăng" not in listing.content.decode()
    assert first.title in listing.content.decode()


def test_moving_or_deleting_a_page_purges(client, make_article, news_index, home):
    from news.models import NewsIndexPage

    article = make_article(title="Bài sẽ chuyển mục")
    other = home.add_child(instance=NewsIndexPage(title="Thông báo", slug="thong-bao"))
    other.save_revision().publish()
    get(client, "/tin-tuc/")
    article.move(other, pos="last-child")
    assert "Bài sẽ chuyển mục" not in get(client, "/tin-tuc/").content.decode()
    moved = get(client, "/thong-bao/bai-viet-" + article.slug.rsplit("-", 1)[1] + "/")
    assert state(moved) == "miss"
    get(client, "/thong-bao/")
    article.refresh_from_db()
    article.delete()
    assert state(get(client, "/thong-bao/")) == "miss"


def test_a_banner_change_purges_the_home_page(client, home):
    assert state(get(client, "/")) == "miss"
    assert state(get(client, "/")) == "hit"
    now = timezone.now()
    banner = Banner.objects.create(
        title="Chào mừng Đại hội Đảng bộ tỉnh",
        image=demo_image("Ảnh banner", seed="page-cache"),
        alt_text="Chào mừng Đại hội Đảng bộ tỉnh lần thứ XXII",
        placement=Placement.HOME_TOP,
        starts_at=now - datetime.timedelta(hours=1),
        ends_at=now + datetime.timedelta(days=1),
    )
    page = get(client, "/")
    assert state(page) == "miss" and "Chào mừng Đại hội Đảng bộ tỉnh lần thứ XXII" in page.content.decode()
    banner.delete()
    page = get(client, "/")
    assert state(page) == "miss" and "Đại hội Đảng bộ tỉnh lần thứ XXII" not in page.content.decode()


def test_site_settings_and_snippets_purge(client, home):
    from wagtail.models import Site

    from portal.models import Department, SiteSettings

    get(client, "/")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.save()
    assert state(get(client, "/")) == "miss"
    Department.objects.create(name="Sở Khoa học và Công nghệ", short_name="Sở KH&CN", slug="so-khcn")
    assert state(get(client, "/")) == "miss"


def test_what_readers_send_does_not_empty_the_cache(client, make_article):
    article = make_article()
    get(client, article.url)
    answer = client.post("/phan-hoi/", {"page": article.pk, "useful": "yes"})
    assert answer.status_code == 303 and PageFeedback.objects.count() == 1
    assert state(get(client, article.url)) == "hit"


def test_a_lost_version_never_brings_old_pages_back(client, make_article):
    from django.core.cache import cache

    article = make_article(title="Bản cũ")
    get(client, article.url)
    cache.delete(page_cache.VERSION_KEY)  # evicted, or the cache restarted
    assert state(get(client, article.url)) == "miss"


def test_redis_down_pages_are_served_uncached(client, make_article, settings):
    article = make_article()
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"},
    }
    for _ in range(2):
        response = get(client, article.url)
        assert state(response) is None


# --- visits still count -----------------------------------------------------------------------------------------------


def test_cached_pages_keep_counting_visits_through_the_beacon(client, make_article, settings, tmp_path):
    settings.STATS_REDIS_URL = ""
    settings.VAR_DIR = tmp_path
    settings.STATS_ROLLUP_IN_REQUEST = False
    article = make_article()
    first, second = get(client, article.url), get(client, article.url)
    assert (state(first), state(second)) == ("miss", "hit")
    beacon = re.search(r'data-url="([^"]+)"', second.content.decode()).group(1).replace("&amp;", "&")
    assert beacon in first.content.decode().replace("&amp;", "&")
    for ip in ("203.0.113.7", "198.51.100.20"):
        answer = client.post(beacon, HTTP_USER_AGENT=BROWSER, REMOTE_ADDR=ip)
        assert answer.status_code == 204 and state(answer) is None
    rollup.rollup(timezone.now() + datetime.timedelta(hours=1))
    assert DailyObjectVisits.objects.get(object_id=article.pk).visits == 2


# --- headers ----------------------------------------------------------------------------------------------------------


def test_headers_of_a_cached_page(client, make_article):
    article = make_article()
    first = get(client, article.url)
    hit = get(client, article.url)
    for response in (first, hit):
        control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert control == {"public", "max-age=0"}  # browsers check again (cheaply, below) and see corrections
        assert "Cookie" in response["Vary"]
        assert response["ETag"] == first["ETag"]
        assert response["Content-Language"] == "vi"
        assert response["X-Frame-Options"] == "DENY"
    assert int(hit["Age"]) >= 0
    not_modified = client.get(article.url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304 and not not_modified.content


class RecordingBackend(BaseBackend):
    purged = []

    def purge(self, url):
        RecordingBackend.purged.append(url)


def test_frontend_cache_purges_the_page_and_its_listings(client, make_article, settings, news_index):
    settings.WAGTAILFRONTENDCACHE = {"default": {"BACKEND": "tests.test_page_cache.RecordingBackend"}}
    RecordingBackend.purged = []
    article = make_article(title="Tin mới cho CDN")
    purged = {url.split("://", 1)[1].split("/", 1)[1] for url in RecordingBackend.purged}
    assert {article.url.strip("/"), "tin-tuc", ""} <= {path.strip("/") for path in purged}
    response = get(client, article.url)
    assert "s-maxage=300" in response["Cache-Control"]


# --- the feedback form keeps articles cacheable -----------------------------------------------------------------------


def test_feedback_form_has_no_token_and_refuses_other_sites(client, make_article):
    article = make_article()
    get(client, article.url)
    cached = get(client, article.url)
    assert state(cached) == "hit" and 'name="useful"' in cached.content.decode()
    assert "csrfmiddlewaretoken" not in cached.content.decode() and not cached.cookies
    data = {"page": article.pk, "useful": "yes"}
    assert client.post("/phan-hoi/", data, HTTP_SEC_FETCH_SITE="cross-site").status_code == 403
    assert client.post("/phan-hoi/", data, HTTP_ORIGIN="https://evil.example").status_code == 403
    assert not PageFeedback.objects.exists()
    assert client.post("/phan-hoi/", data, HTTP_SEC_FETCH_SITE="same-origin").status_code == 303
    assert client.post("/phan-hoi/", data, HTTP_ORIGIN="http://testserver").status_code == 303
    assert PageFeedback.objects.count() == 2


# --- the nginx in front ---------------------------------------------------------------------------------------------


def _size(value):
    return int(value[:-1]) * {"k": 1024, "m": 1024**2, "g": 1024**3}[value[-1].lower()]


def test_nginx_config_matches_the_settings(settings):
    text = (Path(settings.BASE_DIR) / "deploy" / "nginx" / "portal.conf").read_text()
    public, admin = (_size(v) for v in re.findall(r"client_max_body_size (\w+);", text))
    attachment = max(settings.QA_ATTACHMENT_MAX_SIZE, settings.DRAFTS_COMMENT_ATTACHMENT_MAX_SIZE)
    assert attachment < public < 2 * attachment  # a public form: one attachment and its text
    assert admin >= 2 * max(settings.DOCUMENT_MAX_UPLOAD_SIZE, settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE)
    # The client's address: nginx appends it to X-Forwarded-For, the header docker-compose tells the portal to read.
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in text
    compose = yaml.safe_load((Path(settings.BASE_DIR) / "docker-compose.yml").read_text())
    assert compose["x-portal"]["environment"]["RATELIMIT_IP_META_KEY"] == "HTTP_X_FORWARDED_FOR"
    nginx = compose["services"]["nginx"]
    assert "./deploy/nginx/portal.conf:/etc/nginx/conf.d/default.conf:ro" in nginx["volumes"]
    assert "media:/srv/media:ro" in nginx["volumes"] and not any("private" in v for v in nginx["volumes"])
    # Only what the portal calls shareable goes into nginx's microcache.
    assert re.search(r"map \$upstream_http_x_page_cache \$portal_not_shareable \{\s*hit\s+0;\s*miss\s+0;", text)


@pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed (apt-get install -y nginx)")
def test_nginx_accepts_the_config(tmp_path):
    from tests.bench._common import deploy_nginx_config, nginx_main

    body = deploy_nginx_config(1, 8999, tmp_path / "cache", tmp_path / "media")
    conf = tmp_path / "nginx.conf"
    conf.write_text(nginx_main(1, tmp_path, body))
    check = subprocess.run(["nginx", "-t", "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr
