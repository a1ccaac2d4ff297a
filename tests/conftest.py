"""Shared fixtures: a small site tree (home, /tin-tuc/, categories) and an article maker."""

import datetime
import itertools

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.utils import timezone
from haystack import connections

from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
from portal.demo import build_intro_pages, build_site, demo_image
from search.signals import indexing_paused

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Wagtail caches site root paths and renditions (ids come back after a rollback): a rolled-back test must not
    # leave them behind for the next one.
    for each in caches.all():
        each.clear()
    yield
    for each in caches.all():
        each.clear()


@pytest.fixture(autouse=True)
def _search_indexing(request):
    """Index updates run only in tests that ask for ``search_index``; elsewhere they would only cost time."""
    if "search_index" in request.fixturenames:
        yield
        return
    with indexing_paused():
        yield


@pytest.fixture
def search_index(db):
    """An empty search index, kept up to date by the queued signal processor (Celery runs eagerly in tests)."""
    backend = connections["default"].get_backend()
    backend.clear()
    yield backend
    backend.clear()


@pytest.fixture
def home(db):
    home = build_site()
    build_intro_pages(home)
    return home


@pytest.fixture
def news_index(home):
    index = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", show_in_menus=True))
    index.save_revision().publish()
    return index


@pytest.fixture
def category(db):
    return NewsCategory.objects.create(name="Chuyển đổi số", slug="chuyen-doi-so")


@pytest.fixture
def make_article(news_index):
    """make_article(title=…, days_ago=…, **fields) → a published NewsArticlePage under /tin-tuc/."""

    def make(title=None, days_ago=0, with_image=False, tags=(), publish=True, parent=None, **fields):
        number = next(_counter)
        title = title or f"Bài viết số {number}"
        fields.setdefault("lead", f"Sapo của bài viết số {number}.")
        fields.setdefault("date", timezone.now() - datetime.timedelta(days=days_ago, minutes=number))
        if with_image:
            fields["featured_image"] = demo_image(f"Ảnh {number}", seed=number)
        article = NewsArticlePage(title=title, slug=f"bai-viet-{number}", **fields)
        (parent or news_index).add_child(instance=article)
        if tags:
            article.tags.add(*tags)
        revision = article.save_revision()
        if publish:
            revision.publish()
        else:
            NewsArticlePage.objects.filter(pk=article.pk).update(live=False)
        article.refresh_from_db()
        return article

    return make


@pytest.fixture
def make_user(db):
    def make(username, group_name=None, **fields):
        user = get_user_model().objects.create_user(username=username, password="mật-khẩu-thử-1", **fields)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make
