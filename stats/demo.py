"""Demo visit history for ``load_demo``: nine months of daily rows that look like the portal of the seed report
(about two million visits from January to September 2021), so the dashboard and a 9-month 2021 report have
something real to show.

Site visits follow weekdays (weekends quieter), the Tết holiday (quieter), the elections of 23 May 2021, the Covid-19
waves (busier) and a slow growth over the year; each live article gets reads from its publication day on, most in
the first days, in proportion to a popularity drawn once per article (a few articles are read a lot, most a little).
Deterministic (seeded), written with bulk inserts, and left alone when the period already has rows.
"""

import datetime
import math
import random

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone

from .models import DailyObjectVisits, DailySiteVisits
from .rollup import rebuild_monthly

START = datetime.date(2021, 1, 1)
END = datetime.date(2021, 9, 30)
TOTAL_VISITS = 2_050_000
ARTICLE_SHARE = 0.65  # of the page views, reads of articles (the rest: home page, listings, documents…)
ACTIVE_DAYS = 120  # an article is still read, a little, this long after publication
BATCH = 5000

# (first day, last day, factor): periods that moved the portal's traffic in 2021.
EVENTS = [
    (datetime.date(2021, 2, 10), datetime.date(2021, 2, 16), 0.55),  # Tết Tân Sửu
    (datetime.date(2021, 1, 28), datetime.date(2021, 2, 9), 1.25),  # Covid-19 wave in Hải Dương, Quảng Ninh
    (datetime.date(2021, 4, 27), datetime.date(2021, 6, 30), 1.3),  # fourth Covid-19 wave
    (datetime.date(2021, 5, 20), datetime.date(2021, 5, 25), 1.6),  # elections of 23 May 2021
    (datetime.date(2021, 7, 19), datetime.date(2021, 9, 30), 1.2),  # social distancing, people coming home
]
WEEKDAY_FACTOR = (1.08, 1.04, 1.02, 1.0, 0.97, 0.78, 0.7)


def _days(start, end):
    day = start
    while day <= end:
        yield day
        day += datetime.timedelta(days=1)


def site_visits(start, end, total, rng):
    """[(day, visits, visitors)] adding up to ``total`` visits."""
    days = list(_days(start, end))
    weights = []
    for index, day in enumerate(days):
        weight = (1 + 0.3 * index / max(1, len(days) - 1)) * WEEKDAY_FACTOR[day.weekday()]
        for first, last, factor in EVENTS:
            if first <= day <= last:
                weight *= factor
        weights.append(weight * rng.uniform(0.9, 1.1))
    scale = total / sum(weights)
    visits = [int(weight * scale) for weight in weights]
    for index in range(total - sum(visits)):  # the rounding remainder, one by one
        visits[index % len(visits)] += 1
    return [(day, count, int(count * rng.uniform(0.38, 0.48))) for day, count in zip(days, visits, strict=True)]


def _articles(end):
    from news.models import NewsArticlePage

    rows = (
        NewsArticlePage.objects.live()
        .filter(date__lt=_end_of(end))
        .values_list("pk", "date", "source_kind", "is_video")
    )
    return [(pk, timezone.localtime(date).date(), kind, video) for pk, date, kind, video in rows]


def _end_of(day):
    return timezone.make_aware(datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time.min))


def article_reads(days, articles, share, rng):
    """{(article id, day): reads}: each day's share of visits split among the articles being read that day."""
    popularity = {}
    for pk, _date, kind, video in articles:
        weight = rng.lognormvariate(0, 1.5)
        popularity[pk] = weight * (1.3 if kind == "own" else 1.0) * (1.5 if video else 1.0)
    reads = {}
    for day, visits, _visitors in days:
        weights = []
        for pk, published, _kind, _video in articles:
            age = (day - published).days
            if 0 <= age <= ACTIVE_DAYS:
                weights.append((pk, popularity[pk] * (math.pow(0.5, age / 2.5) + 0.01)))
        if not weights:
            continue
        budget = visits * share
        total_weight = sum(weight for _pk, weight in weights)
        for pk, weight in weights:
            count = int(budget * weight / total_weight + rng.random())  # rounded up or down at random
            if count:
                reads[(pk, day)] = count
    return reads


@transaction.atomic
def build_visit_history(start=START, end=END, total_visits=TOTAL_VISITS, share=ARTICLE_SHARE, seed=2021, replace=False):
    """Write the demo's daily rows for [start, end]; returns a summary. Rows already there are kept (unless
    ``replace``), so ``load_demo`` can run again without changing what it made."""
    from news.models import NewsArticlePage

    from .selectors import forget_cached_counts, refresh_footer_totals

    existing = DailySiteVisits.objects.filter(day__gte=start, day__lte=end)
    if existing.exists() and not replace:
        return {"skipped": True, "days": existing.count(), "visits": sum(existing.values_list("visits", flat=True))}
    rng = random.Random(seed)
    days = site_visits(start, end, total_visits, rng)
    reads = article_reads(days, _articles(end), share, rng)
    content_type = ContentType.objects.get_for_model(NewsArticlePage)

    existing.delete()
    DailyObjectVisits.objects.filter(content_type=content_type, day__gte=start, day__lte=end).delete()
    site_table = connection.ops.quote_name(DailySiteVisits._meta.db_table)
    object_table = connection.ops.quote_name(DailyObjectVisits._meta.db_table)
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO {site_table} (day, visits, visitors) VALUES (%s, %s, %s)", days)
        rows = [(content_type.pk, day, pk, count) for (pk, day), count in reads.items()]
        for offset in range(0, len(rows), BATCH):
            cursor.executemany(
                f"INSERT INTO {object_table} (content_type_id, day, object_id, visits) VALUES (%s, %s, %s, %s)",
                rows[offset : offset + BATCH],
            )
    rebuild_monthly(start, end)
    transaction.on_commit(forget_cached_counts)
    transaction.on_commit(refresh_footer_totals)
    return {
        "skipped": False,
        "days": len(days),
        "visits": sum(visits for _day, visits, _visitors in days),
        "article_rows": len(rows),
        "articles_read": len({pk for pk, _day in reads}),
    }
