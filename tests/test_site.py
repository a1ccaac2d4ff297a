"""The site shell: home, intro pages, menu, breadcrumbs, sitemap, robots, health, error pages, scheduled publishing."""

import datetime

import pytest
from django.test import RequestFactory, override_settings
from django.utils import timezone

from news.models import NewsArticlePage
from portal import views
from portal.models import HomePage, StandardPage
from portal.tasks import publish_scheduled_pages


def test_page_type_rules(home):
    assert not HomePage.can_create_at(home)
    assert not HomePage.can_create_at(home.get_parent())  # one home page; the others are its translations
    assert StandardPage.can_create_at(home)
    assert {m.__name__ for m in HomePage.allowed_subpage_models()} == {
        "NewsIndexPage",
        "StandardPage",
        "SpecialSectionIndexPage",
        "QAIndexPage",
    }


def test_home_page_shell(client, news_index, make_article, category):
    make_article(title="Khai trương Trung tâm điều hành thông minh", category=category)
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert 'class="skip-link" href="#main"' in html and '<main id="main"' in html
    assert "Cổng Thông tin điện tử tỉnh Ninh Bình" in html
    assert "Khai trương Trung tâm điều hành thông minh" in html
    # Latest news by category, linking to the category archive.
    assert 'href="/tin-tuc/chuyen-muc/chuyen-doi-so/"' in html
    # Main menu from the page tree, search box and footer contact details from the site settings.
    assert 'href="/tin-tuc/"' in html and 'href="/gioi-thieu/"' in html and 'href="/lien-he/"' in html
    assert 'action="/tim-kiem/"' in html
    assert "bbt@ninhbinh.gov.vn" in html and "Số 2 đường Lê Hồng Phong" in html
    assert 'aria-current="page">Trang chủ' in html


def test_standard_page_with_breadcrumbs(client, home):
    response = client.get("/gioi-thieu/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Giới thiệu</h1>" in html
    assert "Quần thể danh thắng Tràng An" in html
    assert 'aria-label="Đường dẫn"' in html and '<li aria-current="page">Giới thiệu</li>' in html


def test_unpublished_and_private_pages_are_not_public(client, make_article):
    draft = make_article(title="Bản nháp", publish=False)
    assert client.get(f"/tin-tuc/{draft.slug}/").status_code == 404
    assert "Bản nháp" not in client.get("/tin-tuc/").content.decode()


def test_robots_txt(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_favicon_ico_points_at_the_emblem(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("img/favicon.svg")


def test_healthz(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok" and response.json()["checks"]["database"]["ok"]  # more: test_health.py


def test_404_is_styled_and_vietnamese(client, home):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Không tìm thấy trang" in html and "Về trang chủ" in html
    assert 'class="site-header"' in html


def test_500_page_renders_without_database_or_request(db):
    response = views.server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    html = response.content.decode()
    assert "Hệ thống đang gặp sự cố" in html and '<html lang="vi">' in html


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
def test_an_unexpected_error_gives_the_500_page(client, home, monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(StandardPage, "get_context", explode)
    client.raise_request_exception = False
    response = client.get("/gioi-thieu/")
    assert response.status_code == 500
    assert "Hệ thống đang gặp sự cố" in response.content.decode()


def test_scheduled_article_is_published_by_the_beat_task(client, make_article):
    article = make_article(title="Tin hẹn giờ", publish=False)
    revision = article.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
    article.refresh_from_db()
    assert not article.live and revision.approved_go_live_at
    assert client.get(f"/tin-tuc/{article.slug}/").status_code == 404

    publish_scheduled_pages.delay()  # eager in tests, as in the embedded default
    publish_scheduled_pages.delay()  # running twice is harmless

    article = NewsArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert client.get(f"/tin-tuc/{article.slug}/").status_code == 200


@pytest.mark.parametrize(("language", "expected"), [("vi", "27/11/2026"), ("en", "27/11/2026")])
def test_dates_are_day_month_year(language, expected):
    from django.utils import formats, translation

    with translation.override(language):
        assert formats.date_format(datetime.date(2026, 11, 27)) == expected
