"""Reading the statistics: only the daily (and monthly) rows, never the live counters.

What is cached, for how long, and what refreshes it:

- the footer counter's totals: computed by every roll-up and kept without expiry, so a public page reads them with
  one cache lookup and no SQL; when the cache has lost them (restart) the counter is left out until the next
  roll-up, at most ``STATS_ROLLUP_SECONDS`` later;
- most-read lists, the admin's figures: ``STATS_CACHE_SECONDS`` (5 minutes), and a roll-up that added views makes
  every such entry stale at once (the keys carry a version). A cache outage only costs database queries.
"""

import datetime
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.db.models import Q, Sum
from django.utils import timezone

from . import conf
from .models import DailyObjectVisits, DailySiteVisits, MonthlyObjectVisits

logger = logging.getLogger(__name__)

VERSION_KEY = "stats:version"


def _backend():
    return caches["default"]


def _cache_get(key):
    try:
        return _backend().get(key)
    except Exception as error:  # noqa: BLE001 — Redis down: read the database instead
        logger.warning("Cache unavailable for %s: %s", key, error)
        return None


def _cache_set(key, value, timeout):
    try:
        _backend().set(key, value, timeout)
    except Exception as error:  # noqa: BLE001
        logger.warning("Cache unavailable for %s: %s", key, error)


def _version():
    return _cache_get(VERSION_KEY) or 0


def forget_cached_counts():
    """New views were rolled up: the next read recomputes (keys carry a version, nothing to delete)."""
    try:
        _backend().set(VERSION_KEY, timezone.now().timestamp(), None)
    except Exception as error:  # noqa: BLE001
        logger.warning("Cache unavailable, stats version not bumped: %s", error)


def cached(key, compute, timeout=None):
    full_key = f"stats:{_version()}:{key}"
    value = _cache_get(full_key)
    if value is None:
        value = compute()
        _cache_set(full_key, value, conf.counter_cache_seconds() if timeout is None else timeout)
    return value


# --- footer counter ------------------------------------------------------------------------------------------------

FOOTER_KEY = "stats:footer-totals"


def refresh_footer_totals(today=None):
    """Recompute the footer counter's totals from the daily rows and keep them in the cache (the roll-up calls it)."""
    today = today or timezone.localdate()
    totals = DailySiteVisits.objects.aggregate(total=Sum("visits"), today=Sum("visits", filter=Q(day=today)))
    value = {"day": today, "today": totals["today"] or 0, "total": totals["total"] or 0}
    _cache_set(FOOTER_KEY, value, None)
    return value


def footer_totals(today=None):
    """{"today", "total"} for the footer, from the cache only (no SQL on a public page); None when not cached."""
    today = today or timezone.localdate()
    value = _cache_get(FOOTER_KEY)
    if not isinstance(value, dict):
        return None
    if value.get("day") != today:  # a new day, not rolled up yet
        return {"today": 0, "total": value["total"]}
    return {"today": value["today"], "total": value["total"]}


def visit_totals(today=None):
    """{"today": views today (as rolled up so far), "total": views ever} — one query, cached."""
    today = today or timezone.localdate()

    def compute():
        totals = DailySiteVisits.objects.aggregate(total=Sum("visits"), today=Sum("visits", filter=Q(day=today)))
        return {"today": totals["today"] or 0, "total": totals["total"] or 0}

    return cached(f"totals:{today.isoformat()}", compute)


# --- views of objects over a period ---------------------------------------------------------------------------------


def _month_start(day):
    return day.replace(day=1)


def _next_month(day):
    return (day.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def period_parts(start, end):
    """[start, end] split into whole months (read from the monthly rows) and the days around them."""
    first_full = start if start.day == 1 else _next_month(start)
    after_last_full = _month_start(end + datetime.timedelta(days=1))  # first day after the last whole month
    if first_full >= after_last_full:
        return None, [(start, end)]
    edges = []
    if start < first_full:
        edges.append((start, first_full - datetime.timedelta(days=1)))
    if after_last_full <= end:
        edges.append((after_last_full, end))
    return (first_full, after_last_full - datetime.timedelta(days=1)), edges


def _totals_sql(content_type_id, start, end, object_filter_sql="", object_filter_params=()):
    """SQL (and params) of (object_id, views) over [start, end] for one content type."""
    months, edges = period_parts(start, end)
    monthly, daily = (connection.ops.quote_name(m._meta.db_table) for m in (MonthlyObjectVisits, DailyObjectVisits))
    parts, params = [], []
    if months:
        parts.append(
            f"SELECT object_id, visits FROM {monthly} WHERE content_type_id = %s AND month >= %s AND month <= %s"
        )
        params += [content_type_id, months[0], _month_start(months[1])]
    for low, high in edges:
        parts.append(f"SELECT object_id, visits FROM {daily} WHERE content_type_id = %s AND day >= %s AND day <= %s")
        params += [content_type_id, low, high]
    union = " UNION ALL ".join(parts)
    where = f"WHERE object_id IN ({object_filter_sql})" if object_filter_sql else ""
    sql = f"SELECT object_id, SUM(visits) AS total FROM ({union}) AS period_views {where} GROUP BY object_id"
    return sql, [*params, *object_filter_params]


def _live_articles_sql(category_id=None):
    from news.models import NewsArticlePage

    queryset = NewsArticlePage.objects.live()
    if category_id:
        queryset = queryset.filter(category_id=category_id)
    sql, params = queryset.values("pk").query.sql_with_params()
    return sql, params


def top_objects(model, start, end, limit=10, object_filter=None):
    """[(object_id, views)] with the most views in [start, end], most viewed first."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    filter_sql, filter_params = object_filter or ("", ())
    sql, params = _totals_sql(content_type.pk, start, end, filter_sql, filter_params)
    with connection.cursor() as cursor:
        cursor.execute(f"{sql} ORDER BY total DESC, object_id LIMIT %s", [*params, limit])
        return [(int(obj), int(total)) for obj, total in cursor.fetchall()]


def count_objects_above(model, start, end, threshold, object_filter=None):
    """How many objects had at least ``threshold`` views in [start, end]."""
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    filter_sql, filter_params = object_filter or ("", ())
    sql, params = _totals_sql(content_type.pk, start, end, filter_sql, filter_params)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*) FROM ({sql} HAVING SUM(visits) >= %s) AS above", [*params, threshold])
        return int(cursor.fetchone()[0])


def top_articles(start, end, limit=10, category_id=None):
    """[(article, views)] of live articles, most read in [start, end] first."""
    from news.models import NewsArticlePage

    ranked = top_objects(NewsArticlePage, start, end, limit, _live_articles_sql(category_id))
    articles = NewsArticlePage.objects.for_listing().in_bulk([obj for obj, _views in ranked])
    return [(articles[obj], views) for obj, views in ranked if obj in articles]


def articles_above(start, end, threshold):
    from news.models import NewsArticlePage

    return count_objects_above(NewsArticlePage, start, end, threshold, _live_articles_sql())


def most_read(days=7, category_id=None, limit=10, today=None):
    """The most-read live articles of the last ``days`` days (today included), cached.

    Returns [{"title", "url", "views", "date", "category"}] — plain data, so it caches without pickling pages.
    """
    today = today or timezone.localdate()

    def compute():
        start = today - datetime.timedelta(days=days - 1)
        return [
            {
                "title": article.title,
                "url": article.url,
                "views": views,
                "date": article.date,
                "category": article.category.name if article.category else "",
            }
            for article, views in top_articles(start, today, limit, category_id)
        ]

    return cached(f"most-read:{today.isoformat()}:{days}:{category_id or 0}:{limit}", compute)


def visits_per_day(start, end):
    """[(day, visits, visitors)] for every day of [start, end], zeros where nothing was counted."""
    rows = {
        row.day: row
        for row in DailySiteVisits.objects.filter(day__gte=start, day__lte=end).only("day", "visits", "visitors")
    }
    result, day = [], start
    while day <= end:
        row = rows.get(day)
        result.append((day, row.visits if row else 0, row.visitors if row else 0))
        day += datetime.timedelta(days=1)
    return result
