"""The production set-up booted for real: gunicorn and a Celery worker on PostgreSQL and Redis.

An article is scheduled through the ORM, the Celery beat task is sent through the Redis broker, the worker
publishes it, and the article is fetched over HTTP from gunicorn. Run by .ci/run (``pytest -m integration``).
"""

import os
import textwrap

import psycopg2
import pytest
import redis

from tests.stack import celery_worker, free_port, gunicorn, http_get, manage, production_env, wait_for, worker_ready

pytestmark = pytest.mark.integration

SERVER = os.environ.get("INTEGRATION_PG", "postgres://postgres@127.0.0.1:5432")
DATABASE = "portal_integration"
REDIS_URL = os.environ.get("INTEGRATION_REDIS", "redis://127.0.0.1:6379/14")


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


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    var = tmp_path_factory.mktemp("production-var")
    env = production_env(var, f"{SERVER}/{DATABASE}", REDIS_URL)
    _recreate_database()
    redis.Redis.from_url(REDIS_URL).flushdb()

    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    manage(env, "load_demo")

    port = free_port()
    processes = [gunicorn(env, port, var).start(), celery_worker(env, var).start()]
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: http_get(f"{base}/healthz")[0] == 200, 60, "gunicorn")
        wait_for(lambda: worker_ready(processes[1]), 60, "the Celery worker")
        yield {"base": base, "manage": lambda *args: manage(env, *args), "var": var}
    finally:
        for process in processes:
            process.close()
        _recreate_database(create=False)


def test_production_serves_pages_over_https_only(stack):
    status, html, _headers = http_get(f"{stack['base']}/")
    assert status == 200
    assert "Cổng Thông tin điện tử tỉnh Ninh Bình" in html
    status, _html, headers = http_get(f"{stack['base']}/tin-tuc/", https=False)
    assert status == 301 and headers["Location"].startswith("https://")
    status, _html, headers = http_get(f"{stack['base']}/static/css/portal.css")
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
    assert http_get(f"{base}/tin-tuc/tich-hop-celery/")[0] == 404
    assert "queued" in stack["manage"]("shell", "-c", script)

    wait_for(lambda: http_get(f"{base}/tin-tuc/tich-hop-celery/")[0] == 200, 60, "the worker to publish the article")
    status, html, _headers = http_get(f"{base}/tin-tuc/tich-hop-celery/")
    assert status == 200
    assert "Tích hợp: tin xuất bản qua Celery" in html
    assert "portal.tasks.publish_scheduled_pages" in (stack["var"] / "worker.log").read_text()
    assert "Tích hợp: tin xuất bản qua Celery" in http_get(f"{base}/tin-tuc/")[1]
