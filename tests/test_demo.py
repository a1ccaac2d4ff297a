"""Demo content: load_demo builds the site and a second run changes nothing; generate_content makes valid pages."""

import io
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Revision

from news.demo_articles import ARTICLES, CATEGORIES
from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from portal import roles
from portal.models import HomePage, SiteSettings, StandardPage


def _snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "categories": NewsCategory.objects.count(),
        "latest_change": Page.objects.order_by("-latest_revision_created_at")
        .values_list("latest_revision_created_at")
        .first(),
    }


@pytest.fixture
def demo(db):
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def test_load_demo_builds_the_site(client, demo):
    home = HomePage.objects.get(locale__language_code="vi")
    assert home.url == "/"
    assert NewsIndexPage.objects.get().url == "/tin-tuc/"
    assert set(StandardPage.objects.values_list("slug", flat=True)) >= {"gioi-thieu", "lien-he"}
    articles = NewsArticlePage.objects.live()
    assert articles.count() >= 60
    assert articles.filter(source_kind="own").exists() and articles.filter(source_kind="collected").exists()
    assert articles.filter(is_video=True).exists()
    assert articles.filter(featured_image__isnull=True).count() == 0
    assert NewsCategory.objects.count() == len(CATEGORIES)
    assert home.featured_articles.count() == 5
    assert SiteSettings.objects.get().email == "bbt@ninhbinh.gov.vn"
    # One demo user per role, and the logins are printed.
    for username, _name, group in [("bbt", "", roles.EDITORIAL_BOARD), ("congtacvien", "", roles.COLLABORATORS)]:
        assert get_user_model().objects.get(username=username).groups.filter(name=group).exists()
        assert username in demo
    assert get_user_model().objects.get(username="quantri").is_superuser
    # Generated pictures are real files.
    image = get_image_model().objects.first()
    assert image.file.size > 5_000 and image.width == 1200
    for url in ("/", "/tin-tuc/", articles.first().url, "/gioi-thieu/", "/gioi-thieu/so-do-to-chuc/", "/en/about/"):
        assert client.get(url).status_code == 200, url


def test_load_demo_twice_changes_nothing(demo):
    before = _snapshot()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert _snapshot() == before


def test_load_demo_if_empty_skips_a_filled_database(demo):
    before = _snapshot()
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "bỏ qua" in out.getvalue()
    assert "congtacvien" in out.getvalue()
    assert _snapshot() == before


def test_demo_texts_are_nfc_vietnamese():
    for article in ARTICLES:
        for text in (article["title"], article["lead"], *article["paragraphs"]):
            assert unicodedata.is_normalized("NFC", text)
    assert len({article["slug"] for article in ARTICLES}) == len(ARTICLES)


def test_generate_content_makes_valid_live_pages(client, demo):
    before = NewsArticlePage.objects.count()
    out = io.StringIO()
    call_command("generate_content", "--articles", "250", "--batch-size", "100", stdout=out)
    assert NewsArticlePage.objects.count() == before + 250
    assert "250" in out.getvalue()

    # The tree is consistent (treebeard's own check) and the parent's child count is right.
    problems = Page.find_problems()
    assert all(not p for p in problems), problems
    index = NewsIndexPage.objects.get()
    assert index.numchild == index.get_children().count()

    newest = NewsArticlePage.objects.order_by("-pk").first()
    response = client.get(newest.url)
    assert response.status_code == 200
    assert newest.title in response.content.decode()
    assert client.get("/tin-tuc/?page=20").status_code == 200

    # A normal page added afterwards still gets a valid place in the tree.
    index.add_child(instance=NewsArticlePage(title="Sau khi tạo hàng loạt", slug="sau-khi-tao", lead="Sapo"))
    assert all(not p for p in Page.find_problems())


def test_generate_content_needs_a_news_index(db):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_content", "--articles", "5")
