"""Public views of the stats app: the counting beacon and the most-read list."""

import base64
import logging

from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from portal.ratelimits import client_ip

from . import conf, selectors
from .bots import is_bot
from .counting import count_view, verified_key

logger = logging.getLogger(__name__)

PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
PREFETCH_HEADERS = ("HTTP_SEC_PURPOSE", "HTTP_PURPOSE", "HTTP_X_PURPOSE", "HTTP_X_MOZ")


def _answer(request):
    # GET is the <noscript> image, POST the script's sendBeacon: same counting, the image needs pixels.
    response = HttpResponse(PIXEL, content_type="image/gif") if request.method == "GET" else HttpResponse(status=204)
    response["Cache-Control"] = "no-store, private"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # no state of the visitor is touched, and sendBeacon cannot carry a CSRF token
@require_http_methods(["GET", "POST"])
def beacon(request):
    """Count one view of a public page: ``?o=<app_label.model.pk>&s=<signature>`` (both optional).

    Bots (by user agent) and prefetches are not counted. Whatever happens, the answer is the same tiny response:
    counting never breaks, delays or reveals anything to the page.
    """
    if conf.enabled():
        user_agent = request.META.get("HTTP_USER_AGENT", "")
        prefetch = any("prefetch" in request.META.get(h, "").lower() for h in PREFETCH_HEADERS)
        if not prefetch and not is_bot(user_agent):
            obj = verified_key(request.GET.get("o", ""), request.GET.get("s", ""))
            count_view(obj, client_ip(request), user_agent)
            if conf.rollup_in_request():
                from .rollup import maybe_rollup

                maybe_rollup()
    return _answer(request)


def most_read(request):
    """/thong-ke/doc-nhieu/?ngay=7|30&chuyen-muc=<slug>: the most-read articles, from the daily rows (cached)."""
    from news.models import NewsCategory

    days = 30 if request.GET.get("ngay") == "30" else 7
    categories = list(NewsCategory.objects.all())
    category = next((c for c in categories if c.slug == request.GET.get("chuyen-muc")), None)
    context = {
        "days": days,
        "category": category,
        "categories": categories,
        "articles": selectors.most_read(days, category.pk if category else None),
    }
    return render(request, "stats/most_read.html", context)
