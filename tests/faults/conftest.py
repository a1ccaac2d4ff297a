"""The production stack on private servers that the fault tests may stop: Redis and PostgreSQL of their own (free
ports, temporary folders), gunicorn and a Celery worker; e-mail written to files the tests read."""

import json
import os
import re
import time
import urllib.parse
import uuid

import psycopg2
import pytest
import requests

from tests.stack import (
    PostgresCluster,
    RedisServer,
    celery_worker,
    free_port,
    gunicorn,
    http_get,
    manage,
    production_env,
    wait_for,
    worker_ready,
)

DATABASE = "portal"


class FaultStack:
    def __init__(self, var, postgres, redis, env, web, worker, base):
        self.var, self.postgres, self.redis, self.env = var, postgres, redis, env
        self.web, self.worker, self.base = web, worker, base
        self.mail_dir = var / "mail"
        self._counter = 0

    # Processes -------------------------------------------------------------------------------------------------

    def start_worker(self):
        since = len(self.worker.output())
        self.worker.start()
        wait_for(lambda: worker_ready(self.worker, since), 90, "the Celery worker")

    def manage(self, *args):
        return manage(self.env, *args)

    def shell(self, code):
        return self.manage("shell", "-c", code)

    # HTTP ------------------------------------------------------------------------------------------------------

    def get(self, path, timeout=60, headers=None):
        url = self.base + urllib.parse.quote(path, safe="/?&=%:+,;@")
        return http_get(url, https=False, timeout=timeout, headers=headers)

    def fresh(self, path):
        """``path`` with a query parameter never used before: past the page cache, rendered by the app."""
        self._counter += 1
        separator = "&" if "?" in path else "?"
        return f"{path}{separator}_nocache={self._counter}-{uuid.uuid4().hex[:6]}"

    def search_count(self, word):
        status, body, _headers = self.get(self.fresh("/api/v2/search/?q=" + urllib.parse.quote(word)))
        assert status == 200, body[:500]
        return json.loads(body)["count"]

    def post_form(self, path, fields):
        """GET the form page (CSRF cookie and token, one-time submission token), POST it; the POST's response."""
        session = requests.Session()
        page = session.get(self.base + path, timeout=60)
        assert page.status_code == 200, (path, page.status_code, page.text[:500])
        data = dict(fields)
        for name in ("csrfmiddlewaretoken", "token"):
            match = re.search(rf'name="{name}" value="([^"]+)"', page.text)
            assert match, f"no {name} in the form of {path}"
            data[name] = match.group(1)
        return session.post(self.base + path, data=data, allow_redirects=False, timeout=60)

    def crawl(self, start_paths, limit=150):
        """Public URLs reachable from ``start_paths`` (links of the same site; no admin, media, files, beacon)."""
        skip = ("/admin/", "/media/", "/static/", "/documents/", "/thong-ke/dem/", "/django-admin/")
        seen, queue = [], list(start_paths)
        while queue and len(seen) < limit:
            path = queue.pop(0)
            if path in seen:
                continue
            seen.append(path)
            status, body, headers = self.get(path)
            if status != 200 or "html" not in headers.get("Content-Type", ""):
                continue
            for href in re.findall(r'href="(/[^"#]*)"', body):
                href = href.replace("&amp;", "&")
                if not href.startswith(skip) and href not in seen and href not in queue:
                    queue.append(href)
        return seen

    # Database and mail -----------------------------------------------------------------------------------------

    def query(self, sql, *params):
        connection = psycopg2.connect(self.postgres.url(DATABASE))
        try:
            with connection.cursor() as cursor:
                cursor.execute(sql, params)
                return cursor.fetchall()
        finally:
            connection.close()

    def mails_to(self, address):
        if not self.mail_dir.is_dir():
            return []
        return [p for p in self.mail_dir.iterdir() if address in p.read_text(errors="replace")]


@pytest.fixture(scope="module")
def fault_stack(tmp_path_factory):
    var = tmp_path_factory.mktemp("faults-var")
    postgres = PostgresCluster()
    redis = RedisServer(var)
    web = worker = None
    try:
        postgres.init()
        postgres.create_database(DATABASE)
        redis.start()
        env = production_env(
            var,
            postgres.url(DATABASE),
            redis.url,
            HTTPS="false",  # plain HTTP on the loopback: cookies without the Secure flag; HTTPS is integration's
            EMAIL_URL=f"filemail://{var / 'mail'}",
            QA_SUBMIT_RATE="1000/h",
            DRAFTS_COMMENT_RATE="1000/h",
        )
        started = time.monotonic()
        manage(env, "migrate", "--noinput")
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        # Developing these tests: FAULTS_SEED_BACKUP=/tmp/faults.tar restores the demo from a backup made by an
        # earlier run (saved there when the file does not exist yet) instead of building it again (minutes).
        seed = os.environ.get("FAULTS_SEED_BACKUP")
        if seed and os.path.exists(seed):
            manage(env, "restore", seed, "--noinput")
        else:
            manage(env, "load_demo")
            if seed:
                manage(env, "backup", "--output", seed)
        print(f"fault stack prepared in {time.monotonic() - started:.0f} s")
        port = free_port()
        web = gunicorn(env, port, var).start()
        worker = celery_worker(env, var)
        stack = FaultStack(var, postgres, redis, env, web, worker, f"http://127.0.0.1:{port}")
        wait_for(lambda: stack.get("/healthz?check=database")[0] == 200, 60, "gunicorn")
        stack.start_worker()
        yield stack
    finally:
        for process in (worker, web):
            if process is not None:
                process.close()
        redis.close()
        postgres.close()
