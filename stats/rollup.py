"""Rolling the counters up into daily rows — idempotent, and safe to interrupt anywhere.

One run:

1. *seal*: Redis renames each day's live hash to a new batch key (atomic); the file backend's batches are the
   files of five-minute slots that are over.
2. *apply* each pending batch — new ones and any a crashed run left behind — in one database transaction that adds
   its counts to the daily (and monthly) rows **and** records the batch's key in ``RollupBatch``. A batch whose key
   is already recorded is skipped. Then the batch is deleted from Redis / disk.
3. *visitors*: each day's unique-visitor count (HyperLogLog or the day's set of visitor ids) is stored as an
   absolute value, never lowered.

So running twice changes nothing the second time, and a crash at any point is resumed by the next run: before the
commit nothing was written (the batch is still pending); after it the marker makes the next run only delete it.

Worst-case loss (documented in README): counters live in Redis until the next roll-up (``STATS_ROLLUP_SECONDS``,
5 minutes). A Redis restart *without persistence* loses the views since the last roll-up (plus, while the Celery
worker is down, everything not rolled up yet) and undercounts that day's unique visitors; with the production
setting ``appendonly yes`` (fsync every second) at most the last second of views is lost. Counters the roll-up
never reached expire after 14 days.
"""

import datetime
import logging
import time
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.utils import timezone

from . import conf
from .counting import SITE_FIELD, FileCounter, get_counter, parse_key
from .models import DailyObjectVisits, DailySiteVisits, MonthlyObjectVisits, RollupBatch

logger = logging.getLogger(__name__)

MARKER_DAYS = 30  # longer than a Redis batch can live (14 days): a batch never outlives its marker


@dataclass
class RollupResult:
    skipped: bool = False  # another roll-up was running
    applied: int = 0
    already_applied: int = 0
    visits: int = 0
    days: list = field(default_factory=list)

    def as_dict(self):
        return {
            "skipped": self.skipped,
            "applied": self.applied,
            "already_applied": self.already_applied,
            "visits": self.visits,
            "days": [day.isoformat() for day in self.days],
        }


def rollup(now=None, counter=None) -> RollupResult:
    now = now or timezone.now()
    counter = counter or get_counter()
    result = RollupResult()
    with counter.lock() as acquired:
        if not acquired:
            result.skipped = True
            return result
        counter.seal(now)
        days = set()
        for batch in counter.pending(now):
            if isinstance(counter, FileCounter):
                counter.merge_visitors(batch)
            if apply_batch(batch):
                result.applied += 1
                result.visits += batch.counts.get(SITE_FIELD, 0)
            else:
                result.already_applied += 1
            days.add(batch.day)
            counter.discard(batch)
        for day, count in counter.visitors(now).items():
            record_visitors(day, count)
            days.add(day)
        RollupBatch.objects.filter(applied_at__lt=now - datetime.timedelta(days=MARKER_DAYS)).delete()
    result.days = sorted(days)
    from .selectors import forget_cached_counts, refresh_footer_totals

    if result.applied:
        forget_cached_counts()
    refresh_footer_totals(timezone.localdate(now))
    return result


_next_check = 0.0  # this process asks the shared cache at most once a second


def maybe_rollup(now=None):
    """Roll up if none ran in the last ``STATS_ROLLUP_SECONDS`` (the embedded default has no beat process)."""
    global _next_check
    moment = time.monotonic()
    if moment < _next_check:
        return None
    _next_check = moment + 1.0
    try:
        due = cache.add("stats:rollup-due", 1, conf.rollup_seconds())
    except Exception as error:  # noqa: BLE001 — a cache outage must not break the caller
        logger.warning("Cache unavailable, visit roll-up skipped: %s", error)
        return None
    if due:
        try:
            return rollup(now)
        except Exception:
            logger.exception("Visit roll-up failed; the next one will catch up")
    return None


def apply_batch(batch) -> bool:
    """Add one batch to the daily and monthly rows under its marker. False when it had been applied already."""
    site = batch.counts.get(SITE_FIELD, 0)
    objects = _object_counts(batch.counts)
    try:
        with transaction.atomic():
            RollupBatch.objects.create(key=batch.key, day=batch.day, visits=site)
            _add_site_visits(batch.day, site)
            _add_object_visits(batch.day, objects)
    except IntegrityError:
        if RollupBatch.objects.filter(key=batch.key).exists():
            return False
        raise
    return True


def _object_counts(counts):
    """{(content type id, object id): views} from a batch's "app_label.model.pk" fields."""
    parsed = {}
    for key, views in counts.items():
        parts = parse_key(key) if key != SITE_FIELD and views > 0 else None
        if parts is None:
            continue
        app_label, model, pk = parts
        try:
            content_type = ContentType.objects.get_by_natural_key(app_label, model)
        except ContentType.DoesNotExist:  # a model removed since the view was counted
            continue
        parsed[(content_type.pk, pk)] = parsed.get((content_type.pk, pk), 0) + views
    return parsed


def _table(model):
    return connection.ops.quote_name(model._meta.db_table)


def _add_site_visits(day, visits):
    table = _table(DailySiteVisits)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (day, visits, visitors) VALUES (%s, %s, 0) "
            f"ON CONFLICT (day) DO UPDATE SET visits = {table}.visits + excluded.visits",
            [day, visits],
        )


def _add_object_visits(day, objects):
    if not objects:
        return
    month = day.replace(day=1)
    for model, column, value in ((DailyObjectVisits, "day", day), (MonthlyObjectVisits, "month", month)):
        table = _table(model)
        with connection.cursor() as cursor:
            cursor.executemany(
                f"INSERT INTO {table} (content_type_id, {column}, object_id, visits) VALUES (%s, %s, %s, %s) "
                f"ON CONFLICT (content_type_id, {column}, object_id) "
                f"DO UPDATE SET visits = {table}.visits + excluded.visits",
                [(ct, value, obj, views) for (ct, obj), views in objects.items()],
            )


def record_visitors(day, visitors):
    """Store a day's unique visitors as an absolute value; never lower it (a restarted Redis starts again at 0)."""
    table = _table(DailySiteVisits)
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} (day, visits, visitors) VALUES (%s, 0, %s) "
            f"ON CONFLICT (day) DO UPDATE SET visitors = CASE WHEN excluded.visitors > {table}.visitors "
            f"THEN excluded.visitors ELSE {table}.visitors END",
            [day, visitors],
        )


def rebuild_monthly(start: datetime.date, end: datetime.date):
    """Recompute the monthly rows of the months touching [start, end] from the daily rows (absolute values)."""
    first = start.replace(day=1)
    last = end.replace(day=1)
    next_month = (last.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
    monthly, daily = _table(MonthlyObjectVisits), _table(DailyObjectVisits)
    month_expr = (
        "date_trunc('month', day)::date" if connection.vendor == "postgresql" else "date(day, 'start of month')"
    )
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {monthly} WHERE month >= %s AND month < %s", [first, next_month])
        cursor.execute(
            f"INSERT INTO {monthly} (content_type_id, month, object_id, visits) "
            f"SELECT content_type_id, {month_expr}, object_id, SUM(visits) FROM {daily} "
            f"WHERE day >= %s AND day < %s GROUP BY content_type_id, {month_expr}, object_id",
            [first, next_month],
        )
