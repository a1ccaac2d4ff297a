"""Counting one page view: O(1), never a database write.

A view is reported by the page's beacon (``stats.views.beacon``), so it is counted even when the page itself came
from a cache. The beacon carries the page's object ("app_label.model.pk") signed by the server, so nobody
can make the counters grow new keys.

Backends:

- **Redis** (``STATS_REDIS_URL``, by default ``REDIS_URL``): one pipelined round trip per view — ``HINCRBY`` on the
  day's hash (field ``_`` for the site, ``news.newsarticlepage.42`` for the object) and ``PFADD`` of the visitor
  into the day's HyperLogLog. Keys carry the day in a hash tag (``{2021-05-23}``), so a Redis Cluster keeps a
  day's keys together.
- **Files** (embedded default, no Redis): one ``write()`` of a short line to an append-only file per process and
  five-minute slot in ``var/stats/hits/``. A single ``O_APPEND`` write is atomic, and each process has its own
  file, so concurrent processes never mix lines. Limits: one machine (the roll-up must see the web processes'
  files), and a full disk drops views (logged).

When the counter fails (Redis down, disk full) the view is dropped with a warning in the log — at most one per
minute per process — and the page is served as usual; after a failure Redis is not tried again for
``RETRY_SECONDS``, so a dead server costs nothing per request.
"""

import contextlib
import datetime
import hashlib
import hmac
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from . import conf

logger = logging.getLogger(__name__)

SITE_FIELD = "_"
SLOT_MINUTES = 5
SLOT_GRACE_SECONDS = 10  # a slot's files are rolled up this long after the slot ended (late writers finish)
REDIS_TTL = 14 * 24 * 3600  # counters the roll-up never reached disappear after this (see README: worst-case loss)
RETRY_SECONDS = 10
WARN_EVERY_SECONDS = 60


# --- what is counted -------------------------------------------------------------------------------------------------


def object_key(instance) -> str | None:
    """The object's key, e.g. "news.newsarticlepage.42": its model's label and primary key — known without a
    database query (a content type id might need one), resolved to a content type only by the roll-up."""
    pk = getattr(instance, "pk", None)
    if not isinstance(pk, int):
        return None
    return f"{type(instance)._meta.label_lower}.{pk}"


def parse_key(key: str):
    """("news", "newsarticlepage", 42) from an object key, or None when it is not one."""
    app_label, _dot, rest = key.partition(".")
    model, _dot, pk = rest.partition(".")
    if not (app_label and model and pk.isdigit()):
        return None
    return app_label, model, int(pk)


def sign(key: str) -> str:
    return salted_hmac("stats.beacon", key).hexdigest()[:16]


def verified_key(key: str, signature: str) -> str | None:
    """``key`` if it is well formed and signed by this server, else None."""
    if not key or len(key) > 120 or not signature or parse_key(key) is None:
        return None
    return key if constant_time_compare(sign(key), signature) else None


def visitor_id(ip: str, user_agent: str, day: datetime.date) -> str:
    """A keyed hash of (IP, user agent, day): counts a visitor once a day; the raw address is never stored and
    the same person cannot be followed from one day to the next."""
    message = f"{day.isoformat()}|{ip}|{user_agent[:512]}".encode()
    return hmac.new(conf.visitor_salt().encode(), message, hashlib.sha256).hexdigest()[:16]


# --- backends ----------------------------------------------------------------------------------------------------


@dataclass
class Batch:
    """Counters of one day that the roll-up adds to the daily rows at once, under one marker key."""

    key: str
    day: datetime.date
    counts: dict = field(default_factory=dict)  # "_" or "app_label.model.pk" → views
    visitors: set = field(default_factory=set)  # file backend only: visitor ids seen in the batch


class CounterUnavailable(Exception):
    pass


class _Warner:
    """Logs a dropped view at most once a minute per process, with the number dropped since the last warning."""

    def __init__(self):
        self.lock = threading.Lock()
        self.last = 0.0
        self.dropped = 0

    def __call__(self, backend, error):
        with self.lock:
            self.dropped += 1
            now = time.monotonic()
            if now - self.last < WARN_EVERY_SECONDS and self.last:
                return
            dropped, self.dropped, self.last = self.dropped, 0, now
        logger.warning("Visit counter (%s) unavailable, %d view(s) not counted: %s", backend, dropped, error)


warn_dropped = _Warner()


class RedisCounter:
    name = "redis"

    def __init__(self, url, prefix):
        import redis

        self.redis = redis
        self.prefix = prefix
        # Short timeouts on the request path; the roll-up gets its own patient client.
        self.client = redis.Redis.from_url(url, socket_connect_timeout=0.3, socket_timeout=0.3)
        self.rollup_client = redis.Redis.from_url(url, socket_connect_timeout=5, socket_timeout=30)
        self.down_until = 0.0

    def _key(self, day, kind):
        return f"{self.prefix}{{{day.isoformat()}}}:{kind}"

    def hit(self, day, obj, visitor, now=None):
        if time.monotonic() < self.down_until:
            raise CounterUnavailable("Redis unreachable a moment ago; retrying in a few seconds")
        views, visitors = self._key(day, "v"), self._key(day, "u")
        try:
            pipe = self.client.pipeline(transaction=False)
            pipe.hincrby(views, SITE_FIELD, 1)
            if obj:
                pipe.hincrby(views, obj, 1)
            pipe.expire(views, REDIS_TTL)
            pipe.pfadd(visitors, visitor)
            pipe.expire(visitors, 3 * 24 * 3600)
            pipe.execute()
        except self.redis.RedisError as error:
            self.down_until = time.monotonic() + RETRY_SECONDS
            raise CounterUnavailable(str(error)) from error

    # Roll-up side -------------------------------------------------------------------------------------------------

    def _day_of(self, key):
        start = key.index("{", len(self.prefix)) + 1
        return datetime.date.fromisoformat(key[start : key.index("}", start)])

    def _scan(self, kind):
        pattern = f"{self.prefix}{{*}}:{kind}"
        return [k.decode() for k in self.rollup_client.scan_iter(match=pattern, count=500)]

    def seal(self, now):
        """Move each day's live counters into a new batch key: RENAME is atomic, so a view lands either in the
        batch or in a fresh live hash — never in both, never in neither."""
        for key in self._scan("v"):
            batch_key = f"{key[:-2]}:b:{uuid.uuid4().hex}"
            try:
                self.rollup_client.rename(key, batch_key)
            except self.redis.ResponseError:  # gone in between (another roll-up took it)
                continue

    def pending(self, now):
        for key in self._scan("b:*"):
            raw = self.rollup_client.hgetall(key)
            if raw is None:
                continue
            counts = {k.decode(): int(v) for k, v in raw.items()}
            yield Batch(key=key, day=self._day_of(key), counts=counts)

    def discard(self, batch):
        self.rollup_client.delete(batch.key)

    def visitors(self, now):
        return {self._day_of(key): self.rollup_client.pfcount(key) for key in self._scan("u")}

    def lock(self):
        return _RedisLock(self.rollup_client, f"{self.prefix}rollup-lock")

    def clear(self):
        """Delete every key of this prefix (tests and benchmarks only)."""
        keys = list(self.rollup_client.scan_iter(match=f"{self.prefix}*", count=500))
        if keys:
            self.rollup_client.delete(*keys)


class _RedisLock:
    def __init__(self, client, name):
        self.lock = client.lock(name, timeout=15 * 60, blocking=False)

    def __enter__(self):
        return self.lock.acquire(blocking=False)

    def __exit__(self, *exc):
        import redis

        with contextlib.suppress(redis.exceptions.LockError):
            self.lock.release()


class FileCounter:
    name = "files"

    def __init__(self, folder):
        self.folder = folder
        self.hits = folder / "hits"
        self.visitor_sets = folder / "visitors"
        self._made = False

    def _slot(self, moment):
        local = timezone.localtime(moment)
        return local.date(), (local.hour * 60 + local.minute) // SLOT_MINUTES

    def hit(self, day, obj, visitor, now=None):
        day, slot = self._slot(now or timezone.now())
        path = self.hits / f"{day.isoformat()}-{slot:03d}-{os.getpid()}.log"
        line = f"{obj or SITE_FIELD}\t{visitor}\n".encode()
        try:
            if not self._made:
                self.hits.mkdir(parents=True, exist_ok=True)
                self._made = True
            descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
            try:
                os.write(descriptor, line)
            finally:
                os.close(descriptor)
        except OSError as error:
            self._made = False
            raise CounterUnavailable(str(error)) from error

    # Roll-up side -------------------------------------------------------------------------------------------------

    def seal(self, now):
        """Rename each finished slot's file to a batch with a name of its own (a file written again later under
        the slot's name — a stalled process, a clock step — becomes another batch, never one already applied)."""
        if not self.hits.is_dir():
            return
        for path in self.hits.glob("*.log"):
            try:
                _day, closed = self._closed(path, now)
            except ValueError:
                continue
            if closed:
                with contextlib.suppress(FileNotFoundError):
                    os.rename(path, path.with_name(f"{path.stem}.{uuid.uuid4().hex}.batch"))

    def _closed(self, path, now):
        day_text, slot_text, _pid = path.name.split(".")[0].rsplit("-", 2)
        day = datetime.date.fromisoformat(day_text)
        slot_start = datetime.datetime.combine(day, datetime.time()) + datetime.timedelta(
            minutes=int(slot_text) * SLOT_MINUTES
        )
        slot_end = timezone.make_aware(slot_start) + datetime.timedelta(minutes=SLOT_MINUTES)
        return day, now >= slot_end + datetime.timedelta(seconds=SLOT_GRACE_SECONDS)

    def pending(self, now):
        if not self.hits.is_dir():
            return
        for path in sorted(self.hits.glob("*.batch")):
            try:
                day, _closed = self._closed(path, now)
            except ValueError:
                continue
            counts, visitors = {}, set()
            with open(path, encoding="ascii", errors="replace") as lines:
                for line in lines:
                    obj, _tab, visitor = line.rstrip("\n").partition("\t")
                    if not visitor:  # a torn last line (disk full): not a view
                        continue
                    counts[SITE_FIELD] = counts.get(SITE_FIELD, 0) + 1
                    if obj != SITE_FIELD:
                        counts[obj] = counts.get(obj, 0) + 1
                    visitors.add(visitor)
            yield Batch(key=f"files:{path.name}", day=day, counts=counts, visitors=visitors)

    def merge_visitors(self, batch):
        """Add the batch's visitors to the day's set before the batch is applied (a union: safe to repeat)."""
        if not batch.visitors:
            return
        self.visitor_sets.mkdir(parents=True, exist_ok=True)
        path = self.visitor_sets / f"{batch.day.isoformat()}.txt"
        known = set(path.read_text().split()) if path.exists() else set()
        if batch.visitors <= known:
            return
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text("\n".join(sorted(known | batch.visitors)) + "\n")
        os.replace(temporary, path)

    def discard(self, batch):
        (self.hits / batch.key.removeprefix("files:")).unlink(missing_ok=True)

    def visitors(self, now):
        counts = {}
        if not self.visitor_sets.is_dir():
            return counts
        today = timezone.localdate(now)
        for path in self.visitor_sets.glob("*.txt"):
            try:
                day = datetime.date.fromisoformat(path.stem)
            except ValueError:
                continue
            counts[day] = len(set(path.read_text().split()))
            if (today - day).days > 2:  # final, and already stored: the set is no longer needed
                path.unlink(missing_ok=True)
        return counts

    def lock(self):
        return _FileLock(self.folder / "rollup.lock")

    def clear(self):
        import shutil

        shutil.rmtree(self.hits, ignore_errors=True)
        shutil.rmtree(self.visitor_sets, ignore_errors=True)


class _FileLock:
    def __init__(self, path):
        self.path = path
        self.descriptor = None

    def __enter__(self):
        import fcntl

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o640)
        try:
            fcntl.flock(self.descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(self.descriptor)
            self.descriptor = None
            return False
        return True

    def __exit__(self, *exc):
        if self.descriptor is not None:
            os.close(self.descriptor)  # closing releases the lock
            self.descriptor = None


_counters = {}
_counters_lock = threading.Lock()


def get_counter():
    """The counter for the current settings (one per process and configuration)."""
    url, prefix, folder = conf.redis_url(), conf.key_prefix(), conf.files_dir()
    config = (url, prefix) if url else ("files", str(folder))
    counter = _counters.get(config)
    if counter is None:
        with _counters_lock:
            counter = _counters.get(config)
            if counter is None:
                counter = RedisCounter(url, prefix) if url else FileCounter(folder)
                _counters[config] = counter
    return counter


def count_view(obj: str | None, ip: str, user_agent: str, now=None) -> bool:
    """Count one view of the site (and of ``obj``, a verified "app_label.model.pk" key).

    False when it could not be counted (the counter is down: logged, and the caller serves its page as usual).
    """
    day = timezone.localdate(now)
    counter = get_counter()
    try:
        counter.hit(day, obj, visitor_id(ip, user_agent, day), now=now)
    except CounterUnavailable as error:
        warn_dropped(counter.name, error)
        return False
    return True
