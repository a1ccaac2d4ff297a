"""Anonymous page cache: the rendered HTML of public GET pages, answered from the cache without running the view.

Why our own middleware: wagtail-cache, the library made for this, pins ``wagtail<8`` in its latest release (3.0.0),
so pip refuses it next to Wagtail 8 — and its purge (``clear_cache()``) would flush the whole Redis database that
also holds the rate limits and visit counters. This is the same idea (a Django-cache-middleware variant aware of
Wagtail) in one small module.

What is cached: GET requests answered 200, keyed by scheme, host, language, local date and path + query string, in
the ``pages`` cache (Redis with ``REDIS_URL``, else each process's memory) for ``PAGE_CACHE_SECONDS`` (300; 0 turns
the cache off), ``PAGE_CACHE_QUERY_SECONDS`` (60) when the URL has a query string (search results follow the index,
which the Celery worker updates after the publish). Bodies are stored zlib-compressed, with an ETag.

Never cached, and the visitor always gets a fresh page: requests with a session cookie (every logged-in user, and
whoever passed a page's password) or with pending messages, previews, other methods than GET, paths under
``PAGE_CACHE_EXCLUDE``; responses that set a cookie, rendered a CSRF token, wrote the session, queued a message, are
streamed or say ``private`` / ``no-cache`` / ``no-store`` (``portal.views.private_response``: forms with one-time
tokens, tracking lookups). Those responses get ``Cache-Control: private`` so that no shared cache keeps them.

Purge: every entry carries the *content version* it was rendered under (kept in the default cache, so every
process sees the same one); any content change bumps it (``connect_signals``): a page published, unpublished,
moved or deleted, any model of the content apps saved or deleted (snippets, site settings, documents, drafts,
leaders, categories, images…), except what the public itself creates (questions, comments, feedback); bumped
again when the transaction commits, so a page rendered from the old rows meanwhile is dropped too. A version lost by
the cache restarts at a random value, so an old entry can never match again. With a frontend cache in front
(``FRONTEND_CACHE_PURGE_URL``: Wagtail's ``frontend_cache`` app), a page's ancestors (its listing, section, home)
are purged with it; everything else there expires after ``s-maxage``.

Each answer says what happened in ``X-Page-Cache``: ``hit``, ``miss`` (rendered and stored) or ``skip``.
"""

import hashlib
import logging
import sys
import time
import zlib

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import cc_delim_re, get_conditional_response, patch_cache_control, patch_vary_headers
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from . import cache_versions

logger = logging.getLogger(__name__)

VERSION_KEY = "pages:content-version"
HEADER = "X-Page-Cache"
DEFAULT_EXCLUDE = ("/admin/", "/documents/", "/media/", "/static/", "/healthz", "/thong-ke/dem/", "/phan-hoi/")
# Vary values we know the content does not depend on beyond the key: anything else is not cached.
KNOWN_VARY = {"cookie", "accept-language", "accept-encoding"}
# Headers never replayed from the cache: set per answer (or by the middleware around this one).
NOT_STORED = {"set-cookie", HEADER.lower(), "age", "content-length"}
# A query string longer than this is not cached: nobody types one, and it would only fill the cache.
MAX_QUERY_LENGTH = 400

# Apps whose models are content shown on public pages; pages themselves go by the page signals below.
CONTENT_APPS = {
    "portal",
    "news",
    "specialpages",
    "documents",
    "drafts",
    "qa",
    "organisation",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
}
# Wagtail core models that change what a page shows or who may see it.
CORE_MODELS = {"wagtailcore.site", "wagtailcore.locale", "wagtailcore.pageviewrestriction", "wagtailcore.collection"}
# Written while pages render or by readers: never a reason to purge.
IGNORED_MODELS = {"wagtailimages.rendition", "portal.pagefeedback"}
# Created by the public (a question, a comment on a draft): new rows are not public until an editor acts on them,
# and that action (an update) purges. Creating one must not purge, or anyone could empty the cache by posting.
PUBLIC_SUBMISSIONS = {"qa.question", "qa.questionevent", "drafts.comment"}


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def page_cache():
    return caches[getattr(settings, "PAGE_CACHE_ALIAS", "pages")]


# --- the content version -------------------------------------------------------------------------------------------


def content_version():
    """The current content version (random at first use, restart or eviction); None when the cache is down."""
    return cache_versions.current(VERSION_KEY)


def bump(**kwargs):
    """Invalidate every cached page. Never fails the save that called it."""
    try:
        cache_versions.bump(VERSION_KEY)
    except Exception:  # noqa: BLE001 - a cache outage must not fail an editor's save; entries expire anyway
        _warn("Page cache: the content version could not be bumped")


def invalidate():
    """Bump now, and again once the transaction commits.

    A reader's request that runs between the first bump and the commit still sees the old rows, and would store the
    old page under the new version; the second bump makes that copy unreachable. Outside a transaction both run now.
    """
    bump()
    transaction.on_commit(bump)


def _is_content(model, created=False):
    label = model._meta.label_lower
    if label in IGNORED_MODELS or issubclass(model, Page):
        return False  # pages go by page_published & co. (a draft save changes nothing public)
    if model._meta.app_label not in CONTENT_APPS and label not in CORE_MODELS:
        return False
    return not (created and label in PUBLIC_SUBMISSIONS)


def _model_changed(sender, instance, created=False, raw=False, **kwargs):
    if not raw and _is_content(type(instance), created):
        invalidate()


def _relation_changed(sender, instance, action, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and _is_content(type(instance)):
        invalidate()


def connect_signals():
    page_published.connect(_page_changed, dispatch_uid="page-cache-published")
    page_unpublished.connect(_page_changed, dispatch_uid="page-cache-unpublished")
    pre_page_move.connect(_page_moving, dispatch_uid="page-cache-moving")
    post_page_move.connect(_page_changed, dispatch_uid="page-cache-moved")
    pre_delete.connect(_page_deleting, sender=Page, dispatch_uid="page-cache-deleting")
    post_delete.connect(_page_deleted, sender=Page, dispatch_uid="page-cache-deleted")
    post_save.connect(_model_changed, dispatch_uid="page-cache-model-saved")
    post_delete.connect(_model_changed, dispatch_uid="page-cache-model-deleted")
    m2m_changed.connect(_relation_changed, dispatch_uid="page-cache-relation-changed")


def _page_changed(sender, instance, **kwargs):
    invalidate()
    purge_frontend_cache(instance)


def _page_deleted(sender, instance, **kwargs):
    invalidate()


def _page_moving(sender, instance, **kwargs):
    # The old address and the old listing, while the page is still there.
    purge_frontend_cache(instance, include_page=True)


def _page_deleting(sender, instance, **kwargs):
    if instance.live:
        purge_frontend_cache(instance, include_page=True)


# --- a frontend cache (nginx with a purge module, Varnish, a CDN) in front: off unless configured ----------------


def frontend_cache_enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_frontend_cache(page, include_page=False):
    """Purge the pages that list ``page`` (its live ancestors: index, section, home) from the frontend cache.

    Wagtail's frontend_cache app purges the page itself on publish and unpublish; ``include_page`` adds it for a
    move or a deletion, which that app does not handle. A failed purge is logged, never raised.
    """
    if not frontend_cache_enabled():
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    try:
        pages = list(page.get_ancestors().filter(depth__gt=1).live().specific(defer=True))
        if include_page:
            pages.append(page)
        batch = PurgeBatch()
        batch.add_pages(pages)
        batch.purge()
    except Exception:
        logger.exception("Frontend cache purge failed for page %s", page.pk)


# --- the middleware -------------------------------------------------------------------------------------------------

_last_warning = [0.0]


def _warn(message):
    """Log a cache failure at most once a minute per process (an outage would otherwise log every request)."""
    now = time.monotonic()
    if now - _last_warning[0] > 60:
        _last_warning[0] = now
        logger.warning(message, exc_info=sys.exc_info()[0] is not None)


def _excluded(path):
    return path.startswith(tuple(getattr(settings, "PAGE_CACHE_EXCLUDE", DEFAULT_EXCLUDE)))


def _personal(request):
    """Why this request must get a page of its own (or None): its cookies may change what the page shows."""
    # Wagtail's previews run the middleware on a "dummy" request for the page's own URL (is_preview is only set
    # later, inside the view): it must never be answered with the live page, nor stored.
    if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
        return "preview"
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies:
        return "session"
    if "messages" in cookies:  # django.contrib.messages' cookie storage; session messages need a session
        return "messages"
    return None


def cache_key(request):
    language = getattr(request, "LANGUAGE_CODE", "") or settings.LANGUAGE_CODE
    raw = "|".join(
        (
            request.scheme,
            request.get_host(),
            language,
            timezone.localdate().strftime("%Y%m%d"),
            request.get_full_path(),
        )
    )
    return "page:" + hashlib.sha256(raw.encode()).hexdigest()[:40]


def _storable(request, response):
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False  # the page carries a CSRF token: it belongs to this visitor
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    messages = getattr(request, "_messages", None)
    if messages is not None and getattr(messages, "_queued_messages", None):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if any(word in cache_control for word in ("private", "no-cache", "no-store")):
        return False
    if response.has_header("Vary"):
        varies = {value.strip().lower() for value in cc_delim_re.split(response["Vary"])}
        if not varies <= KNOWN_VARY:
            return False
    return True


def _public_headers(response, max_age):
    """What every cached page says to browsers and shared caches, on the first render and on each hit alike."""
    patch_vary_headers(response, ("Cookie",))
    shared = {"s_maxage": max_age} if frontend_cache_enabled() else {}
    # Browsers ask again each time (a cheap 304 with the ETag): a correction published now shows at once.
    patch_cache_control(response, public=True, max_age=0, **shared)


def _mark_private(response):
    if not response.has_header(HEADER):
        response[HEADER] = "skip"
    if not response.streaming:
        patch_cache_control(response, private=True)
    return response


def _entry(response, version):
    body = response.content
    etag = response.get("ETag") or f'"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"'
    response["ETag"] = etag
    headers = [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED]
    return {
        "v": version,
        "status": response.status_code,
        "headers": headers,
        "body": zlib.compress(body, 6),
        "at": time.time(),
    }


def _from_entry(entry):
    response = HttpResponse(zlib.decompress(entry["body"]), status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response["Age"] = str(max(0, int(time.time() - entry["at"])))
    response[HEADER] = "hit"
    return response


class PageCacheMiddleware:
    """Answers anonymous GETs from the page cache and stores what may be shared (see the module docstring).

    Goes after MessageMiddleware (it reads the request's messages, language and session): the middleware listed
    before it (security headers, sessions, locale, CSRF) run around every answer, cached or not.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        max_age = seconds()
        if not max_age or request.method != "GET" or _excluded(request.path_info):
            return self.get_response(request)
        if _personal(request):
            return _mark_private(self.get_response(request))
        query = request.META.get("QUERY_STRING", "")
        if len(query) > MAX_QUERY_LENGTH:
            return self.get_response(request)
        if query:
            max_age = min(max_age, getattr(settings, "PAGE_CACHE_QUERY_SECONDS", 60))

        try:
            key = cache_key(request)
            version = content_version()
            entry = page_cache().get(key) if version is not None else None
        except Exception:  # noqa: BLE001 - Redis down: the page is rendered as if there were no cache
            version = None
        if version is None:  # no cache to trust (a tolerant backend reads a dead Redis as empty)
            _warn("Page cache unavailable; serving without it")
            return self.get_response(request)

        if entry is not None and entry.get("v") == version:
            response = _from_entry(entry)  # its Cache-Control, Vary and ETag were stored with it
            return get_conditional_response(request, etag=response["ETag"], response=response)

        response = self.get_response(request)
        if not _storable(request, response):
            if response.status_code == 200 and not response.has_header(HEADER):
                _mark_private(response)
            return response
        _public_headers(response, max_age)
        try:
            page_cache().set(key, _entry(response, version), max_age)
        except Exception:  # noqa: BLE001
            _warn("Page cache: could not store a page")
            return response
        response[HEADER] = "miss"
        return get_conditional_response(request, etag=response["ETag"], response=response)


def clear():
    """Invalidate every cached page (``manage.py shell -c`` or tests); the entries expire by themselves."""
    bump()
