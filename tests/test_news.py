"""News: listing, pagination and bad input, archives, RSS, article page, query counts."""

import xml.etree.ElementTree as ET

import pytest
from django.core.exceptions import ValidationError
from django.test import override_settings

from news.models import NewsArticlePage, NewsIndexPage
from portal.models import HomePage, HomePageFeaturedArticle
from specialpages.models import SpecialSectionPage


def test_page_type_rules(news_index):
    assert NewsIndexPage.can_create_at(news_index.get_parent())
    assert NewsArticlePage.allowed_parent_page_models() == [NewsIndexPage, SpecialSectionPage]
    assert not NewsArticlePage.can_create_at(news_index.get_parent())
    assert not HomePage.can_create_at(news_index)
    assert NewsArticlePage.allowed_subpage_models() == []


def test_collected_article_needs_a_source_name(category):
    article = NewsArticlePage(title="Tin sưu tầm", slug="tin-suu-tam", lead="Sapo", source_kind="collected")
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "source_name" in error.value.message_dict


@override_settings(NEWS_PAGE_SIZE=3)
def test_listing_is_newest_first_and_paginated(client, make_article):
    for days_ago in range(7):
        make_article(title=f"Tin cách đây {days_ago} ngày", days_ago=days_ago)
    make_article(title="Bản nháp chưa đăng", publish=False)

    first = client.get("/tin-tuc/")
    assert first.status_code == 200
    titles = [a.title for a in first.context["articles"]]
    assert titles == ["Tin cách đây 0 ngày", "Tin cách đây 1 ngày", "Tin cách đây 2 ngày"]
    assert "Bản nháp chưa đăng" not in first.content.decode()
    assert 'href="?page=2"' in first.content.decode()

    last = client.get("/tin-tuc/?page=3")
    assert [a.title for a in last.context["articles"]] == ["Tin cách đây 6 ngày"]


@override_settings(NEWS_PAGE_SIZE=3)
@pytest.mark.parametrize(
    ("page", "expected_number"),
    [("abc", 1), ("0", 3), ("-1", 3), ("999999", 3), ("1.5", 1), ("", 1), ("9" * 400, 3)],
)
def test_bad_page_numbers_give_the_nearest_valid_page(client, make_article, page, expected_number):
    for _ in range(7):
        make_article()
    response = client.get("/tin-tuc/", {"page": page})
    assert response.status_code == 200
    assert response.context["articles"].number == expected_number


def test_category_archive(client, make_article, category):
    make_article(title="Số hóa hồ sơ thủ tục hành chính", category=category)
    make_article(title="Tin không thuộc chuyên mục")
    response = client.get("/tin-tuc/chuyen-muc/chuyen-doi-so/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Số hóa hồ sơ thủ tục hành chính" in html
    assert "Tin không thuộc chuyên mục" not in html
    assert "<h1>Chuyển đổi số</h1>" in html


def test_tag_archive_uses_ascii_slugs(client, make_article):
    make_article(title="Tiêm vắc-xin cho người cao tuổi", tags=["Phòng chống dịch"])
    make_article(title="Khai mạc lễ hội Tràng An")
    response = client.get("/tin-tuc/the/phong-chong-dich/")
    assert response.status_code == 200
    assert "Tiêm vắc-xin cho người cao tuổi" in response.content.decode()
    assert "Khai mạc lễ hội Tràng An" not in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/tin-tuc/chuyen-muc/khong-ton-tai/",
        "/tin-tuc/the/khong-ton-tai/",
        "/tin-tuc/chuyen-muc/khong-ton-tai/rss/",
        "/tin-tuc/bai-khong-co/",
        "/tin-tuc/" + "a" * 5000 + "/",
        "/tin-tuc/chuyen-muc/%E1%BB%B1/",
    ],
)
def test_unknown_category_tag_or_article_is_a_styled_404(client, news_index, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_rss_is_valid_xml_with_the_newest_items_first(client, make_article, category):
    make_article(title="Tin cũ", days_ago=5)
    make_article(title="Tin mới nhất", days_ago=0, category=category)
    make_article(title="Chưa đăng", publish=False)
    response = client.get("/tin-tuc/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert titles == ["Tin mới nhất", "Tin cũ"]
    first = channel.find("item")
    assert first.findtext("link").startswith("http://testserver/tin-tuc/bai-viet-")
    assert first.findtext("category") == "Chuyển đổi số"

    category_feed = ET.fromstring(client.get("/tin-tuc/chuyen-muc/chuyen-doi-so/rss/").content)
    assert [i.findtext("title") for i in category_feed.find("channel").findall("item")] == ["Tin mới nhất"]


def test_article_page_shows_content_source_tags_and_metadata(client, make_article, category):
    article = make_article(
        title="Ninh Bình đẩy mạnh chuyển đổi số",
        lead="Tỉnh triển khai nhiều giải pháp.",
        category=category,
        source_kind="collected",
        source_name="Báo Ninh Bình",
        source_url="https://baoninhbinh.org.vn/",
        author="Minh Anh",
        tags=["Chuyển đổi số"],
        with_image=True,
        body=[
            ("paragraph", "<p>Nội dung <strong>chính</strong> của bài.</p>"),
            ("quote", {"text": "Chuyển đổi số là tất yếu.", "attribution": "Chủ tịch UBND tỉnh"}),
        ],
    )
    related = make_article(title="Tin cùng chuyên mục", category=category)
    response = client.get(article.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Ninh Bình đẩy mạnh chuyển đổi số</h1>" in html
    assert "Nội dung <strong>chính</strong> của bài." in html
    assert "Chuyển đổi số là tất yếu." in html
    assert 'href="https://baoninhbinh.org.vn/"' in html and "Báo Ninh Bình" in html
    assert 'href="/tin-tuc/the/chuyen-doi-so/"' in html
    assert '<meta property="og:title" content="Ninh Bình đẩy mạnh chuyển đổi số">' in html
    assert 'property="og:image"' in html
    assert "data-print" in html
    assert related.title in html  # related articles
    assert 'loading="lazy"' in html or "decoding" in html
    # Dates are written the Vietnamese way.
    assert article.date.astimezone().strftime("%d/%m/%Y") in html


def test_html_in_titles_is_escaped(client, make_article):
    article = make_article(title="<script>alert(1)</script> Tin")
    html = client.get(article.url).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tin" in html


def _query_count(client, url, django_assert_max_num_queries, limit):
    with django_assert_max_num_queries(limit):
        response = client.get(url)
    assert response.status_code == 200


@pytest.mark.parametrize("count", [3, 30])
def test_public_pages_run_a_bounded_number_of_queries(
    client, make_article, category, count, django_assert_max_num_queries
):
    """Each page's query count is pinned, and is the same with 3 or 30 articles (images and tags included)."""
    articles = [make_article(category=category, with_image=True, tags=["Kinh tế"]) for _ in range(count)]
    home = HomePage.objects.get(locale__language_code="vi")
    home.featured_articles = [HomePageFeaturedArticle(article=a, sort_order=i) for i, a in enumerate(articles[:3])]
    home.save_revision().publish()
    # First requests create the image renditions; the pinned counts are for a warm site.
    for url in ("/", "/tin-tuc/", articles[0].url, "/tin-tuc/chuyen-muc/chuyen-doi-so/"):
        client.get(url)
    # Wagtail i18n: routing looks up the active locale (one query per page view). The home page's content comes
    # from its cached fragment (portal/home.py): routing, settings and the menu only.
    _query_count(client, "/", django_assert_max_num_queries, 9)
    _query_count(client, "/tin-tuc/", django_assert_max_num_queries, 14)
    _query_count(client, "/tin-tuc/chuyen-muc/chuyen-doi-so/", django_assert_max_num_queries, 15)
    _query_count(client, articles[0].url, django_assert_max_num_queries, 18)


@override_settings(NEWS_PAGE_SIZE=2)
def test_cached_listing_total_follows_publishing(client, make_article):
    for _ in range(4):
        make_article()
    assert client.get("/tin-tuc/").context["articles"].paginator.num_pages == 2
    newest = make_article(title="Vừa xuất bản", days_ago=-1)  # publishing bumps the listing version
    page = client.get("/tin-tuc/").context["articles"]
    assert page.paginator.num_pages == 3 and page[0].title == "Vừa xuất bản"
    newest.unpublish()
    assert client.get("/tin-tuc/").context["articles"].paginator.num_pages == 2
