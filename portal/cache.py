"""A Redis cache that the site survives losing: Django's RedisCache, with a dead or unreachable server read as misses.

Django's own backend raises on every connection error, so a stopped Redis turned every page into a 500. Here a
failed operation answers like an empty cache (``get`` → default, ``add`` → False, ``set`` does nothing, ``incr``
raises ``ValueError`` as for a missing key, which callers already handle), logs a warning at most once a minute per
process, and leaves Redis alone for ``RETRY_SECONDS`` so a dead server costs nothing per request. Pages are then
rendered from the database; rate limits fail open (``RATELIMIT_FAIL_OPEN``), visit counting has its own fallback.

``ping()`` is the one call that still raises: the health check (portal.health) must see the truth.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
WARN_EVERY_SECONDS = 60


class _Breaker:
    """Shared by every thread of a process for one server list: after a failure, skip Redis for a few seconds."""

    _all = {}
    _all_lock = threading.Lock()

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.last_warning = 0.0
        self.skipped = 0

    @classmethod
    def for_servers(cls, servers):
        key = tuple(servers)
        with cls._all_lock:
            return cls._all.setdefault(key, cls())

    def is_open(self):
        if time.monotonic() < self.down_until:
            with self.lock:
                self.skipped += 1
            return True
        return False

    def trip(self, operation, error):
        now = time.monotonic()
        with self.lock:
            self.down_until = now + RETRY_SECONDS
            self.skipped += 1
            if self.last_warning and now - self.last_warning < WARN_EVERY_SECONDS:
                return
            skipped, self.skipped, self.last_warning = self.skipped, 0, now
        logger.warning(
            "Cache (Redis) unavailable: %s failed (%s); %d cache operation(s) served without it, retrying in %d s",
            operation,
            error,
            skipped,
            RETRY_SECONDS,
        )

    def reset(self):
        with self.lock:
            self.down_until = 0.0


def _tolerant(operation, fallback):
    """Wrap a RedisCacheClient method: on a Redis error (or while the breaker is open) return ``fallback()``."""
    method = getattr(RedisCacheClient, operation)

    def wrapper(self, *args, **kwargs):
        if self._breaker.is_open():
            return fallback()
        try:
            return method(self, *args, **kwargs)
        except self._lib.RedisError as error:
            self._breaker.trip(operation, error)
            return fallback()

    wrapper.__name__ = operation
    return wrapper


def _missing_key():
    raise ValueError("the cache is unavailable")


class TolerantRedisCacheClient(RedisCacheClient):
    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self._breaker = _Breaker.for_servers(servers)

    add = _tolerant("add", lambda: False)
    set = _tolerant("set", lambda: None)
    touch = _tolerant("touch", lambda: False)
    delete = _tolerant("delete", lambda: False)
    get_many = _tolerant("get_many", dict)
    has_key = _tolerant("has_key", lambda: False)
    incr = _tolerant("incr", _missing_key)
    set_many = _tolerant("set_many", lambda: None)
    delete_many = _tolerant("delete_many", lambda: None)
    clear = _tolerant("clear", lambda: False)

    def get(self, key, default):  # not _tolerant(): the fallback is the caller's default
        if self._breaker.is_open():
            return default
        try:
            return super().get(key, default)
        except self._lib.RedisError as error:
            self._breaker.trip("get", error)
            return default

    def ping(self):
        """Ask the server directly, raising on failure; a success closes the breaker."""
        self.get_client(write=True).ping()
        self._breaker.reset()


class TolerantRedisCache(RedisCache):
    """CACHES backend: ``portal.cache.TolerantRedisCache`` (settings use it whenever REDIS_URL is set)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = TolerantRedisCacheClient

    def ping(self):
        self._cache.ping()
