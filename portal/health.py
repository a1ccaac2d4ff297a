"""/healthz for a load balancer or an orchestrator: database, cache, Celery broker and search index, as JSON.

200 ``{"status": "ok", "checks": {...}}`` when every component answers; 503 ``{"status": "fail", "failing": [...]}``
when one does not. ``?check=database,search`` asks only for some (a balancer may want to keep serving while Redis
is down, which the site survives). Fast (each probe has a short timeout), never cached, no authentication; errors
are named by their class only, the details go to the log (the endpoint is public).

``HealthCheckMiddleware`` answers it first in the middleware chain: a balancer probing by IP address sends a Host
header that ALLOWED_HOSTS refuses, and the probe must not depend on sessions, the page cache or redirects. It is also
routed (``portal.urls``) for direct calls.

Why not django-health-check (4.8 supports Django 5.2): its cache check passes against our tolerant Redis cache (a
dead Redis reads as a miss there), its Celery check needs a result backend and a live worker, it answers 500 rather
than 503, and it has no search-index check; what is left is the few lines below.
"""

import logging
import time

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.http import JsonResponse
from django.utils.cache import add_never_cache_headers

logger = logging.getLogger(__name__)

PATHS = ("/healthz", "/healthz/")
TIMEOUT_SECONDS = 2.0


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("SELECT 1 did not return 1")


def check_cache():
    cache = caches["default"]
    if hasattr(cache, "ping"):  # portal.cache.TolerantRedisCache: ask Redis itself, its get/set never fail
        cache.ping()
        return
    key = "portal:healthz"
    cache.set(key, "ok", 10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was stored")


def check_broker():
    """The broker accepts a connection (nothing to check when tasks run in-process)."""
    if getattr(settings, "CELERY_TASK_ALWAYS_EAGER", False):
        return "in-process"
    from .celery import app

    with app.connection_for_write(connect_timeout=TIMEOUT_SECONDS) as broker:
        broker.ensure_connection(max_retries=0, timeout=TIMEOUT_SECONDS)
    return None


def check_search():
    """The search index can be read: Whoosh's folder opens (an index not built yet is fine), Solr answers a ping."""
    from haystack import connections

    backend = connections["default"].get_backend()
    if hasattr(backend, "conn"):  # Solr
        backend.conn.ping()
        return None
    from whoosh import index

    path = backend.path
    if not index.exists_in(path):
        return "empty"
    for attempt in range(3):
        try:
            index.open_dir(path).doc_count_all()
            return None
        except FileNotFoundError:  # a commit replaced the table of contents just listed: list again
            if attempt == 2:
                raise
            time.sleep(0.05)
    return None


CHECKS = {
    "database": check_database,
    "cache": check_cache,
    "broker": check_broker,
    "search": check_search,
}


def run_checks(names=None):
    """{name: {"ok": bool, "ms": float, "note"/"error": str}} for the named checks (all by default)."""
    results = {}
    for name in names or CHECKS:
        started = time.perf_counter()
        try:
            note = CHECKS[name]()
        except Exception as error:  # noqa: BLE001 - any failure of a component means "down"
            logger.warning("Health check: %s is down: %r", name, error)
            result = {"ok": False, "error": type(error).__name__}
            if name == "database":
                # A broken connection must not be reused by the next request of this worker.
                connection.close_if_unusable_or_obsolete()
        else:
            result = {"ok": True}
            if note:
                result["note"] = note
        result["ms"] = round((time.perf_counter() - started) * 1000, 1)
        results[name] = result
    return results


def healthz(request):
    wanted = [name.strip() for name in request.GET.get("check", "").split(",") if name.strip()]
    unknown = sorted(set(wanted) - set(CHECKS))
    if unknown:
        response = JsonResponse({"error": "unknown check", "unknown": unknown, "known": list(CHECKS)}, status=400)
    else:
        results = run_checks(wanted or None)
        failing = [name for name, result in results.items() if not result["ok"]]
        body = {"status": "fail" if failing else "ok", "checks": results}
        if failing:
            body["failing"] = failing
        response = JsonResponse(body, status=503 if failing else 200)
        # Logged above as warnings, once per component: not again as an error per probe (nor sent to Sentry).
        response._has_been_logged = True
    add_never_cache_headers(response)
    response["X-Content-Type-Options"] = "nosniff"
    return response


class HealthCheckMiddleware:
    """First in MIDDLEWARE: GET/HEAD /healthz answered before host validation, redirects, sessions and caches."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in PATHS and request.method in ("GET", "HEAD"):
            return healthz(request)
        return self.get_response(request)
