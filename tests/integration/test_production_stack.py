"""The production set-up booted for real: gunicorn and a Celery worker on PostgreSQL and Redis.

An article is scheduled through the ORM, the Celery beat task is sent through the Redis broker, the worker
publishes it, and the article is fetched over HTTP from gunicorn. Run by .ci/run (``pytest -m integration``).
"""

import os
import socket
import subprocess
import sys
import textwrap
import time
import urllib.error
import urllib.request
from pathlib import Path

import psycopg2
import pytest
import redis

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SERVER = os.environ.get("INTEGRATION_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "portal_integration"
REDIS_URL = os.environ.get("INTEGRATION_REDIS", "redis://127.0.0.1:6379/14")


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _admin_connection():
    connection = psycopg2.connect(f"{SERVER}/postgres")
    connection.autocommit = True
    return connection


def _recreate_database(create=True):
    # Not "with connection": psycopg2 would wrap the statements in a transaction, which DROP DATABASE refuses.
    connection = _admin_connection()
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
            if create:
                cursor.execute(f"CREATE DATABASE {DATABASE}")
    finally:
        connection.close()


def _get(url, https=True, timeout=10):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"} if https else {})
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), dict(error.headers)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def _wait_for(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    var = tmp_path_factory.mktemp("production-var")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": "integration-test-key-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_VAR_DIR": str(var),
        "STATIC_ROOT": str(var / "static"),
    }
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    _recreate_database()
    redis.Redis.from_url(REDIS_URL).flushdb()

    def manage(*args):
        result = subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
        )
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
        return result.stdout

    manage("migrate", "--noinput")
    manage("collectstatic", "--noinput")
    manage("load_demo")

    port = _free_port()
    logs = {name: open(var / f"{name}.log", "w+") for name in ("gunicorn", "worker")}  # noqa: SIM115
    processes = {
        "gunicorn": subprocess.Popen(
            [BIN / "gunicorn", "portal.wsgi:application", "--workers", "2", "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=logs["gunicorn"],
            stderr=subprocess.STDOUT,
        ),
        "worker": subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "portal",
                "worker",
                "--pool",
                "solo",
                "--loglevel",
                "INFO",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=env,
            stdout=logs["worker"],
            stderr=subprocess.STDOUT,
        ),
    }
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for(lambda: _get(f"{base}/healthz")[0] == 200, 60, "gunicorn")
        _wait_for(lambda: "ready" in (var / "worker.log").read_text(), 60, "the Celery worker")
        yield {"base": base, "manage": manage, "var": var}
    finally:
        for process in processes.values():
            process.terminate()
        for process in processes.values():
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        for log in logs.values():
            log.seek(0)
            sys.stdout.write(log.read()[-3000:])
            log.close()
        _recreate_database(create=False)


def test_production_serves_pages_over_https_only(stack):
    status, html, _headers = _get(f"{stack['base']}/")
    assert status == 200
    assert "Cổng Thông tin điện tử tỉnh Ninh Bình" in html
    status, _html, headers = _get(f"{stack['base']}/tin-tuc/", https=False)
    assert status == 301 and headers["Location"].startswith("https://")
    status, _html, headers = _get(f"{stack['base']}/static/css/portal.css")
    assert status == 200 and "max-age" in headers.get("Cache-Control", "")
    # The cache is Redis: Wagtail's site root paths were stored there by the web workers.
    assert redis.Redis.from_url(REDIS_URL).keys("portal:*")


def test_article_published_by_the_worker_is_served_by_gunicorn(stack):
    script = textwrap.dedent(
        """
        import datetime
        from django.utils import timezone
        from news.models import NewsArticlePage, NewsIndexPage
        from portal.tasks import publish_scheduled_pages

        index = NewsIndexPage.objects.get()
        article = NewsArticlePage(title="Tích hợp: tin xuất bản qua Celery", slug="tich-hop-celery",
                                  lead="Bài kiểm thử tích hợp.", live=False)
        index.add_child(instance=article)
        article.save_revision(approved_go_live_at=timezone.now() - datetime.timedelta(minutes=1))
        assert not NewsArticlePage.objects.get(pk=article.pk).live
        result = publish_scheduled_pages.delay()
        print("queued", result.id)
        """
    )
    base = stack["base"]
    assert _get(f"{base}/tin-tuc/tich-hop-celery/")[0] == 404
    assert "queued" in stack["manage"]("shell", "-c", script)

    _wait_for(lambda: _get(f"{base}/tin-tuc/tich-hop-celery/")[0] == 200, 60, "the worker to publish the article")
    status, html, _headers = _get(f"{base}/tin-tuc/tich-hop-celery/")
    assert status == 200
    assert "Tích hợp: tin xuất bản qua Celery" in html
    assert "portal.tasks.publish_scheduled_pages" in (stack["var"] / "worker.log").read_text()
    assert "Tích hợp: tin xuất bản qua Celery" in _get(f"{base}/tin-tuc/")[1]
