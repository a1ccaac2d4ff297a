"""The home page's content block is rendered once and served from the cache until something it shows changes."""

import datetime
import itertools
from unittest import mock

import time_machine
from django.core.cache import cache
from django.utils import timezone
from wagtail.images.models import Image

from portal import home as home_module
from portal.demo import demo_image
from portal.models import Banner, Placement


def _spy_render():
    return mock.patch.object(home_module, "render_content", wraps=home_module.render_content)


def test_the_content_is_rendered_once_then_served_from_the_cache(
    client, home, make_article, category, django_assert_max_num_queries
):
    make_article(title="Tin đầu tiên trên trang chủ", category=category, with_image=True)
    with _spy_render() as render:
        first = client.get("/").content.decode()
        # Routing, locale, view restrictions, site settings and the menu: nothing of the content block.
        with django_assert_max_num_queries(9):
            second = client.get("/").content.decode()
    assert render.call_count == 1
    assert "Tin đầu tiên trên trang chủ" in first
    assert first == second


def test_a_published_article_shows_at_once(client, home, make_article, category):
    make_article(title="Tin cũ", category=category)
    assert "Tin cũ" in client.get("/").content.decode()
    make_article(title="Tin vừa đăng", category=category)
    html = client.get("/").content.decode()
    assert "Tin vừa đăng" in html and "Tin cũ" in html


def test_a_banner_edit_shows_at_once(client, home, db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    now = timezone.now()
    banner = Banner.objects.create(
        title="Chào mừng Đại hội",
        image=demo_image("Ảnh Đại hội", seed="fragment-congress"),
        placement=Placement.HOME_TOP,
        starts_at=now - datetime.timedelta(days=1),
        ends_at=now + datetime.timedelta(days=1),
    )
    assert "Chào mừng Đại hội" in client.get("/").content.decode()
    banner.title = "Chào mừng Đại hội Đảng bộ tỉnh"
    banner.save()
    assert "Chào mừng Đại hội Đảng bộ tỉnh" in client.get("/").content.decode()
    banner.delete()
    assert "Chào mừng Đại hội" not in client.get("/").content.decode()


def test_the_fragment_follows_the_calendar(client, home, db, settings, tmp_path):
    """A banner whose window opens at midnight shows one minute later, though the fragment rendered two minutes
    before midnight is still within its five minutes and nothing was saved in between: the key holds the date."""
    settings.MEDIA_ROOT = str(tmp_path)
    midnight = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0) + datetime.timedelta(days=1)
    Banner.objects.create(
        title="Ngày hội Văn hóa",
        image=demo_image("Ảnh ngày hội", seed="fragment-festival"),
        placement=Placement.HOME_TOP,
        starts_at=midnight,
        ends_at=midnight + datetime.timedelta(days=3),
    )
    with time_machine.travel(midnight - datetime.timedelta(minutes=2), tick=False):
        assert "Ngày hội Văn hóa" not in client.get("/").content.decode()
    with time_machine.travel(midnight + datetime.timedelta(minutes=1), tick=False):
        assert "Ngày hội Văn hóa" in client.get("/").content.decode()


def test_a_preview_shows_the_draft_and_is_not_cached(client, home):
    client.get("/")  # the live content is in the cache
    home.intro = "Lời giới thiệu đang soạn, chưa đăng"
    preview = home.make_preview_request().content.decode()
    assert "Lời giới thiệu đang soạn, chưa đăng" in preview
    assert "Lời giới thiệu đang soạn, chưa đăng" not in client.get("/").content.decode()


def test_a_dead_cache_renders_the_content_each_time(client, home, make_article, category):
    make_article(title="Tin khi bộ nhớ đệm hỏng", category=category)
    with (
        mock.patch.object(cache, "get", return_value=None),
        mock.patch.object(cache, "set", return_value=None),
        _spy_render() as render,
    ):
        assert "Tin khi bộ nhớ đệm hỏng" in client.get("/").content.decode()
        assert "Tin khi bộ nhớ đệm hỏng" in client.get("/").content.decode()
    assert render.call_count == 2


def test_cached_banners_do_not_redraw_their_image_on_every_render(client, home, db, settings, tmp_path):
    """The banner list is cached as objects: their images' renditions must be found again, not drawn again.

    (A cached list used to carry the renditions prefetched before the first drawing: empty, so every render drew
    the image again and wrote a new file.)
    """
    settings.MEDIA_ROOT = str(tmp_path)
    now = timezone.now()
    Banner.objects.create(
        title="Banner có ảnh",
        placement=Placement.HOME_TOP,
        image=demo_image("Ảnh banner", seed="fragment-banner"),
        starts_at=now - datetime.timedelta(days=1),
        ends_at=now + datetime.timedelta(days=1),
    )
    keys = itertools.count()
    with (
        # Every request misses the rendered fragment; the banner list stays in the cache.
        mock.patch.object(home_module, "fragment_key", side_effect=lambda page, request: f"fresh:{next(keys)}"),
        mock.patch.object(
            Image, "generate_rendition_file", autospec=True, side_effect=Image.generate_rendition_file
        ) as draw,
        _spy_render() as render,
    ):
        client.get("/")
        assert draw.call_count == 1
        html = client.get("/").content.decode()
        assert render.call_count == 2
        assert draw.call_count == 1
    assert 'alt="Banner có ảnh"' in html
