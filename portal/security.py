"""Security plumbing of the portal: the Content-Security-Policy per part of the site, the Vietnamese 429 page and
its Retry-After, the per-IP limit of the search pages, and how uploaded media is served.

- Public pages get the strict policy of ``CONTENT_SECURITY_POLICY`` (no inline script or style, nothing from
  another origin except the video player's frame). The Wagtail admin (``/admin/``, its previews included) uses
  inline scripts and styles of its own, so it gets ``PORTAL_ADMIN_CSP_DIRECTIVES`` (still same-origin only).
- Every 429 carries ``Retry-After`` (from the rate-limit window when known) and is never cached.
- ``/media/`` (when the app serves it): files other than images, PDFs and video are downloaded, never displayed;
  each file gets ``default-src 'none'`` and may be framed only by the portal itself (the PDF viewer).
"""

import math
import mimetypes
import posixpath

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.static import serve

from . import ratelimits

ADMIN_PREFIX = "/admin/"


class PortalCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's own (looser) policy under /admin/.

    A Wagtail preview renders the public page through the middleware again, on a dummy request for the page's own
    URL: that inner pass sets no policy, so the admin request around it sets the admin's (framed by the editor).
    """

    def process_response(self, request, response):
        if getattr(request, "is_dummy", False):
            return response
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith(ADMIN_PREFIX):
            return PolicyParts(settings.PORTAL_ADMIN_CSP_DIRECTIVES, parts.update, parts.replace, parts.nonce)
        return parts


# --- 429 ------------------------------------------------------------------------------------------------------------


def too_many_requests(request, retry_after=None, back_url=None):
    """The Vietnamese 429 page for a request refused as a whole (nothing the reader typed is lost by it)."""
    if back_url and not url_has_allowed_host_and_scheme(back_url, allowed_hosts={request.get_host()}):
        back_url = None
    retry_after = retry_after or getattr(request, "ratelimit_retry_after", None)
    context = {"retry_minutes": math.ceil(retry_after / 60) if retry_after else None, "back_url": back_url}
    response = render(request, "429.html", context, status=429)
    if retry_after:
        response["Retry-After"] = str(int(retry_after))
    return response


class RateLimitMiddleware:
    """Two things about rate limits that no single view should repeat:

    - whatever view answered 429 (a form shown again with the reader's text, a lookup, the 429 page) gets
      ``Retry-After`` from the limit that was hit, and no caching anywhere;
    - the search page and the search API are limited per IP (``SEARCH_RATE``, e.g. "60/m"; empty: no limit): a
      search is not served from the page cache for long, so a scraper looping over queries would keep the index busy
      for everyone. Past the limit they answer 429 (the API: JSON) before any search runs. Placed after the page
      cache, so only searches that would really run are counted.
    """

    SEARCH_PATHS = ("/tim-kiem/", "/api/v2/search/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._search_limit(request) or self.get_response(request)
        if response.status_code == 429:
            if "Retry-After" not in response:
                retry_after = getattr(request, "ratelimit_retry_after", None) or settings.RATELIMIT_DEFAULT_RETRY_AFTER
                response["Retry-After"] = str(int(retry_after))
            add_never_cache_headers(response)
        return response

    def _search_limit(self, request):
        rate = getattr(settings, "SEARCH_RATE", "")
        if not (rate and request.method == "GET" and request.path_info in self.SEARCH_PATHS and request.GET.get("q")):
            return None
        if not ratelimits.hit(request, "search", rate):
            return None
        if request.path_info.startswith("/api/"):
            message = "Quá nhiều yêu cầu tìm kiếm từ địa chỉ này; vui lòng thử lại sau."
            return JsonResponse({"error": message}, status=429, json_dumps_params={"ensure_ascii": False})
        return too_many_requests(request)


# --- Media --------------------------------------------------------------------------------------------------------

# Shown in pages as they are (<img>, <object> for PDFs, <video>); anything else is a download.
INLINE_MEDIA_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/avif", "application/pdf", "video/mp4"}
)


def media_headers(response, path):
    """Headers for a file under /media/ (also written into the nginx config's /media/ location)."""
    content_type, _ = mimetypes.guess_type(path)
    if content_type not in INLINE_MEDIA_TYPES:
        response["Content-Type"] = "application/octet-stream"
        response["Content-Disposition"] = "attachment"
    response["Content-Security-Policy"] = "default-src 'none'; frame-ancestors 'self'"
    response["X-Frame-Options"] = "SAMEORIGIN"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve_media(request, path):
    """/media/ served by the app (embedded default, SERVE_MEDIA): django.views.static.serve plus media_headers."""
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code == 200:
        media_headers(response, posixpath.basename(path))
    return response
