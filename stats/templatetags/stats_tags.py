"""Template tags of the stats app: the counting beacon, the footer counter and the most-read box.

None of them costs a database query on a cached render, and a failing counter or cache never breaks a page.
"""

import logging
from urllib.parse import urlencode

from django import template
from django.db import models
from django.urls import reverse

from stats import selectors
from stats.counting import object_key, sign
from stats.formatting import number

logger = logging.getLogger(__name__)
register = template.Library()

# Context variables that name the object a public page is about (a Wagtail page, a document, a draft…).
OBJECT_VARIABLES = ("stats_object", "page", "document", "draft", "object")


def counted_object(context):
    for name in OBJECT_VARIABLES:
        value = context.get(name)
        if isinstance(value, models.Model):
            return value
    return None


@register.inclusion_tag("stats/beacon_tag.html", takes_context=True)
def stats_beacon(context):
    """The beacon of a public page: a script that reports the view, and a pixel for browsers without scripts."""
    request = context.get("request")
    if request is None or getattr(request, "is_preview", False) or context.get("stats_skip"):
        return {"url": None}
    instance = counted_object(context)
    key = object_key(instance) if instance is not None else None
    params = {"o": key, "s": sign(key)} if key else {}
    url = reverse("stats:beacon") + ("?" + urlencode(params) if params else "")
    return {"url": url}


@register.inclusion_tag("stats/footer_counter_tag.html")
def stats_footer_counter():
    """Views today and in total, as of the last roll-up: one cache lookup, no SQL (left out when not cached)."""
    try:
        totals = selectors.footer_totals()
    except Exception:  # a page is never lost for its counter
        logger.exception("Footer visit counter unavailable")
        totals = None
    if totals is None:
        return {"totals": None}
    return {"totals": {"today": number(totals["today"]), "total": number(totals["total"])}}


@register.inclusion_tag("stats/most_read_box.html")
def most_read_box(days=7, category=None, limit=5, heading_level=2):
    """A box of the most-read articles of the last ``days`` days (of one category if given), cached."""
    try:
        articles = selectors.most_read(days, getattr(category, "pk", category), limit)
    except Exception:
        logger.exception("Most-read list unavailable")
        articles = []
    return {"articles": articles, "days": days, "category": category, "heading_level": heading_level}


@register.filter
def vi_number(value):
    return number(value)
