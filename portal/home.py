"""The Vietnamese home page's content, rendered once and kept as an HTML fragment until something it shows changes.

The home page gathers the newest articles, sections, documents, open drafts, answers, today's schedule and the
banners: about twenty queries and thirty images, the most expensive render of the site and its most visited page.
Its content block is therefore rendered by ``home_content`` and stored in the default cache (Redis in production,
shared by every web process) under a key made of:

- the page-cache content version (``portal.page_cache``), which any publish, unpublish, move or deletion of a page
  and any change to documents, drafts, schedule, banners, categories, images… bumps: a change shows at once;
- the page and its live revision, the language, the host and scheme (URLs in the HTML are relative, but the
  rendition URLs can be absolute with a media host);
- today's date: "còn N ngày" of an open consultation, today's schedule and commemorative days follow the calendar.

Otherwise a fragment is at most ``FRAGMENT_SECONDS`` old, so a banner scheduled to start at 14:00 shows by 14:05.
This works whether or not the page cache (``PAGE_CACHE_SECONDS``) is on: that one stores whole responses for
anonymous visitors; this one also serves logged-in editors, the first visitor after a purge and a language switch.
Previews are never cached: they show a draft.
"""

import hashlib

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from . import page_cache

FRAGMENT_SECONDS = 300
TEMPLATE = "portal/includes/home_content.html"


def content_context(page):
    """Everything the home content shows: the queries run here, only when the fragment is rendered."""
    from documents.selectors import latest_documents
    from drafts.selectors import drafts_for_listing
    from news.selectors import home_news
    from qa.selectors import latest_answers
    from specialpages.selectors import section_tiles

    from .banners import current_banners
    from .models import Placement
    from .schedule import today_entries

    return {
        **home_news(page),
        "sections": section_tiles(limit=6),
        "latest_documents": latest_documents(limit=5),
        "open_drafts": drafts_for_listing(limit=4),
        "latest_answers": latest_answers(limit=4),
        "schedule_today": today_entries(),
        "banners": current_banners(Placement.HOME_TOP),
        "side_banners": current_banners(Placement.SIDEBAR),
    }


def fragment_key(page, request):
    raw = "|".join(
        str(part)
        for part in (
            page_cache.content_version(),
            page.pk,
            page.live_revision_id,
            get_language(),
            request.scheme,
            request.get_host(),
            timezone.localdate().strftime("%Y%m%d"),
        )
    )
    return "home:content:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def render_content(page, request):
    return render_to_string(TEMPLATE, {"page": page, **content_context(page)}, request=request)


def home_content(page, request):
    """The HTML of the home page's content block, from the cache when it is there (see the module docstring)."""
    if getattr(request, "is_preview", False):
        return render_content(page, request)
    key = fragment_key(page, request)
    html = cache.get(key)
    if html is None:
        html = render_content(page, request)
        cache.set(key, html, FRAGMENT_SECONDS)
    return mark_safe(html)  # our own template's output, escaped when it was rendered
