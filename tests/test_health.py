"""/healthz (database, cache, broker, search index; 503 naming what is down) and the Redis cache that tolerates a
dead server (misses instead of 500s, a throttled warning, rate limits failing open)."""

import json
import logging
import socket

import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test import RequestFactory

from portal import cache as tolerant_cache
from portal import ratelimits


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def dead_redis_cache(settings):
    """The default cache pointed at a port where nothing listens: Redis is "down"."""
    tolerant_cache._Breaker._all.clear()
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "portal.cache.TolerantRedisCache",
            "LOCATION": f"redis://127.0.0.1:{_closed_port()}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        },
    }
    yield caches["default"]
    tolerant_cache._Breaker._all.clear()


def _json(response):
    assert response["Content-Type"] == "application/json"
    return json.loads(response.content)


def test_healthz_reports_every_component(client, db):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = _json(response)
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "broker", "search"}
    assert all(check["ok"] for check in body["checks"].values())
    assert body["checks"]["broker"]["note"] == "in-process"  # the embedded default has no broker
    assert "no-cache" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_healthz_answers_any_host_and_plain_http(client, db, settings):
    # A load balancer probes by address, over HTTP: neither ALLOWED_HOSTS nor the HTTPS redirect may get in the way.
    settings.ALLOWED_HOSTS = ["portal.example.gov.vn"]
    settings.SECURE_SSL_REDIRECT = True
    response = client.get("/healthz", HTTP_HOST="10.0.0.7:8000")
    assert response.status_code == 200
    assert client.head("/healthz", HTTP_HOST="10.0.0.7").status_code == 200
    # Everything else still refuses an unknown host.
    assert client.get("/robots.txt", HTTP_HOST="10.0.0.7:8000").status_code == 400


def test_healthz_names_the_database_when_it_is_down(client, db, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    with monkeypatch.context() as patch:
        patch.setattr(connection, "cursor", broken_cursor)
        response = client.get("/healthz")
    assert response.status_code == 503
    body = _json(response)
    assert body["status"] == "fail" and body["failing"] == ["database"]
    database = body["checks"]["database"]
    assert database == {"ok": False, "error": "OperationalError", "ms": database["ms"]}


def test_healthz_names_the_cache_when_redis_is_down(client, db, dead_redis_cache):
    response = client.get("/healthz")
    assert response.status_code == 503
    body = _json(response)
    assert body["failing"] == ["cache"]
    assert body["checks"]["cache"]["error"] == "ConnectionError"
    # The public answer names the failure's kind only: no host, port or message.
    assert "127.0.0.1" not in response.content.decode()
    # A balancer that keeps nodes in while Redis is down asks for the rest only.
    assert client.get("/healthz?check=database,search").status_code == 200


def test_healthz_names_the_broker_when_it_is_down(client, db, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = False
    from portal.celery import app

    previous = app.conf.broker_url
    app.conf.broker_url = f"redis://127.0.0.1:{_closed_port()}/0"
    try:
        response = client.get("/healthz?check=broker")
    finally:
        app.conf.broker_url = previous
    assert response.status_code == 503
    assert _json(response)["failing"] == ["broker"]
    assert response.json()["checks"]["broker"]["ms"] < 3000


def test_healthz_names_the_search_index_when_it_cannot_be_read(client, db, monkeypatch):
    from whoosh import index

    monkeypatch.setattr(index, "exists_in", lambda path: True)
    monkeypatch.setattr(index, "open_dir", lambda path: (_ for _ in ()).throw(PermissionError(path)))
    response = client.get("/healthz?check=search")
    assert response.status_code == 503
    assert _json(response)["checks"]["search"]["error"] == "PermissionError"


def test_healthz_refuses_unknown_checks(client, db):
    response = client.get("/healthz?check=database,disk")
    assert response.status_code == 400
    assert _json(response)["unknown"] == ["disk"]


def test_healthz_is_also_routed_for_direct_calls(db):
    from portal.views import healthz

    response = healthz(RequestFactory().get("/healthz"))
    assert response.status_code == 200


# The tolerant Redis cache ------------------------------------------------------------------------------------------


def test_a_dead_redis_reads_as_an_empty_cache(dead_redis_cache, caplog):
    cache = dead_redis_cache
    with caplog.at_level(logging.WARNING, logger="portal.cache"):
        assert cache.get("key") is None
        assert cache.get("key", "fallback") == "fallback"
        assert cache.add("key", 1) is False
        cache.set("key", 1)
        cache.set_many({"a": 1, "b": 2})
        assert cache.get_many(["a", "b"]) == {}
        assert cache.has_key("key") is False
        assert cache.delete("key") is False
        cache.delete_many(["a", "b"])
        assert cache.get_or_set("key", lambda: "computed") == "computed"
        with pytest.raises(ValueError):
            cache.incr("key")
    # One warning for the outage, not one per operation.
    warnings = [r for r in caplog.records if r.name == "portal.cache"]
    assert len(warnings) == 1 and "Cache (Redis) unavailable" in warnings[0].getMessage()
    # The health check still sees the truth.
    with pytest.raises(Exception) as raised:
        cache.ping()
    assert type(raised.value).__name__ == "ConnectionError"


def test_cache_version_bumps_survive_a_dead_redis(dead_redis_cache):
    from portal import cache_versions

    # Nothing can be stored: each call gets a value of its own, so no fragment key is ever reused.
    assert cache_versions.version("news-listing") != cache_versions.version("news-listing")
    cache_versions.bump("news-listing")  # incr fails like a missing key, set is skipped: no exception


def test_a_lost_cache_version_does_not_start_again_where_old_fragments_are(db):
    from django.core.cache import cache

    from portal import cache_versions

    first = cache_versions.version("news-listing")
    cache_versions.bump("news-listing")
    assert cache_versions.version("news-listing") == first + 1
    cache.delete("news-listing")  # evicted, or Redis restarted without its data
    assert cache_versions.version("news-listing") not in (first, first + 1)


def test_rate_limits_fail_open_while_the_cache_is_down(dead_redis_cache, settings):
    request = RequestFactory().post("/hoi-dap/gui-cau-hoi/", REMOTE_ADDR="203.0.113.9")
    assert settings.RATELIMIT_FAIL_OPEN
    assert ratelimits.hit(request, "health-test", "1/h") is False
    assert ratelimits.hit(request, "health-test", "1/h") is False
    assert ratelimits.exceeded(request, "health-test", "1/h") is False


def test_public_pages_are_served_while_redis_is_down(client, home, dead_redis_cache):
    assert client.get("/").status_code == 200
    assert client.get("/gioi-thieu/").status_code == 200


@pytest.mark.skipif("not __import__('os').environ.get('REDIS_URL')", reason="needs a Redis server (REDIS_URL)")
def test_a_live_redis_works_as_usual(settings):
    cache = caches["default"]
    cache.set("health-live", 41)
    assert cache.incr("health-live") == 42
    cache.ping()


# Tasks queued while the broker is down ----------------------------------------------------------------------------


@pytest.fixture
def dead_broker(monkeypatch):
    """Tasks are sent to a broker (not run in-process), and the broker refuses every one."""
    from kombu.exceptions import OperationalError as BrokerError

    from portal import queueing
    from portal.celery import app

    sent = []

    def refuse(self, *args, **kwargs):
        sent.append((self.name, args))
        raise BrokerError("Error 111 connecting to redis:6379. Connection refused.")

    monkeypatch.setattr(type(app.tasks["search.tasks.update_object_index"]), "delay", refuse)
    monkeypatch.setattr(queueing, "_down_until", 0.0)
    eager, app.conf.task_always_eager = app.conf.task_always_eager, False
    yield sent
    app.conf.task_always_eager = eager


def test_a_dead_broker_does_not_fail_the_request(dead_broker, caplog):
    from portal import queueing
    from search.tasks import update_object_index

    with caplog.at_level(logging.WARNING, logger="portal.queueing"):
        assert queueing.send(update_object_index, "news.newsarticlepage", 1) is None
        assert queueing.send(update_object_index, "news.newsarticlepage", 2) is None
    # The second one is not even tried: the broker was refused a moment ago.
    assert dead_broker == [("search.tasks.update_object_index", ("news.newsarticlepage", 1))]
    assert "Broker unavailable" in caplog.text and "news.newsarticlepage" in caplog.text


def test_publishing_while_the_broker_is_down_still_publishes(
    make_article, search_index, dead_broker, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(title="Tin đăng khi Redis dừng")
    article.refresh_from_db()
    assert article.live
    assert dead_broker  # the index update was tried, refused, and left to the catch-up job
