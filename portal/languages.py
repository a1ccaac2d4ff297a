"""The language switch of the header: each content language with the page's translation, or that language's home.

The links of a page are cached under a version that every publish, unpublish, move or deletion of a page bumps, so
a page view costs no query for them.
"""

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import cache_versions

VERSION_KEY = "languages:tree-version"


def _home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=("",))


def _available():
    """Languages that have a live home page (a switch to a language with no page would lead nowhere)."""
    codes = set(
        Page.objects.filter(depth=2).live().order_by().values_list("locale__language_code", flat=True).distinct()
    )
    return [(code, name) for code, name in settings.WAGTAIL_CONTENT_LANGUAGES if code in codes]


def language_links(page=None):
    """[(code, name, url)] for every content language with live pages; [] when the portal has only one."""
    version = cache_versions.version(VERSION_KEY)
    key = f"languages:{version}:{page.translation_key if page is not None else 'site'}"
    links = cache.get(key)
    if links is None:
        available = _available()
        translations = {}
        if page is not None and len(available) > 1:
            for translated in page.get_translations(inclusive=True).live().select_related("locale"):
                translations[translated.locale.language_code] = translated.get_url()
        links = [(code, str(name), translations.get(code) or _home_url(code)) for code, name in available]
        links = links if len(links) > 1 else []
        cache.set(key, links, 3600)
    return links


def bump_version(**kwargs):
    cache_versions.bump(VERSION_KEY)


def connect_signals():
    page_published.connect(bump_version, dispatch_uid="languages-published")
    page_unpublished.connect(bump_version, dispatch_uid="languages-unpublished")
    post_page_move.connect(bump_version, dispatch_uid="languages-moved")
    post_delete.connect(bump_version, sender=Page, dispatch_uid="languages-deleted")
