#!/usr/bin/env python
"""On-demand benchmark of the public pages: /, /tin-tuc/ and one article, with few and with many articles.

Not part of the test suite (pytest collects ``test_*.py`` only). Run it with ``make bench`` or
``.venv/bin/python tests/bench/bench_pages.py [options]``; ``--help`` lists the options, ``tests/bench/README.md``
explains the output.

For each backend (SQLite in a temporary ``PORTAL_VAR_DIR``; PostgreSQL in throw-away databases) and each size it
builds a fresh database (``migrate``, ``load_demo``, then ``generate_content`` up to the size) and renders each URL
once in-process to count and time its SQL queries. Then it serves every size of the backend with its own gunicorn
(2 sync workers, 127.0.0.1 only), warms the URLs up and sends a fixed number of requests per URL from a few
``http.client`` threads, the sizes taking turns in a few rounds so that a change in the machine's load weighs on
all of them alike. It prints requests/s, client-side p50/p95 latency and gunicorn's own request time (server p50),
then the ratio of the largest size to the smallest per backend and URL against the target: latency must not grow
more than 20% with the number of articles.

Exit status: 0 once the measurements are made, whatever they say; 1 when setting up a database or the server fails;
130 on Ctrl-C. gunicorn is always stopped, temporary directories are removed and the PostgreSQL databases dropped
unless ``--keep``.
"""

import argparse
import contextlib
import http.client
import json
import math
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
# Re-exported for the scripts that import them from here (bench_stats.py).
from _common import (
    HOST,
    WORKERS,
    Gunicorn,
    SetupError,
    base_env,
    fetch,
    hammer,
    log,
    manage,
    pct,
    stop_on_signals,
    tail,
)

TARGET_RATIO = 1.20
PROFILE_MARKER = "BENCH_JSON "

# Run inside ``manage.py shell -c``: picks the article to measure (the first article editors featured on the home
# page: a load_demo article, present at every size) and renders each URL once with the test client, recording its
# SQL queries. Each SELECT is then run again and fully fetched to time it: SQLite computes most rows during the
# fetch, after ``execute`` returns, so Django's own query timings (connection.queries) would understate it. The first
# render also creates the image renditions.
PROFILE_CODE = r"""
import json, time
from django.db import connection
from django.test import Client
from news.models import NewsArticlePage
from portal.models import HomePage

home = HomePage.objects.get()
featured = home.featured_articles.order_by("sort_order").select_related("article").first()
article = featured.article if featured else NewsArticlePage.objects.live().order_by("-date").first()
urls = ["/", "/tin-tuc/", article.url]
client = Client(HTTP_HOST="127.0.0.1")
report = {"articles": NewsArticlePage.objects.live().count(), "article_url": article.url, "urls": {}}


def shown(sql, params):
    try:
        return sql % tuple(repr(p) for p in params or ())
    except (TypeError, ValueError):
        return sql


for url in urls:
    client.get(url)
    captured = []

    def record(execute, sql, params, many, context):
        captured.append((sql, params, many))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
    timed = []
    for sql, params, many in captured:
        if many or not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        with connection.cursor() as cursor:
            t0 = time.perf_counter()
            cursor.execute(sql, params)
            cursor.fetchall()
            timed.append(((time.perf_counter() - t0) * 1000, shown(sql, params)))
    timed.sort(key=lambda q: -q[0])
    report["urls"][url] = {
        "status": response.status_code,
        "render_ms": elapsed * 1000,
        "queries": len(captured),
        "sql_ms": sum(ms for ms, _ in timed),
        "slowest": timed[:2],
    }
print("BENCH_JSON " + json.dumps(report))
"""

COUNT_CODE = "from news.models import NewsArticlePage as A; print(A.objects.live().count())"


@dataclass
class UrlResult:
    backend: str
    size: int
    articles: int
    label: str
    url: str
    requests: int = 0
    errors: int = 0
    wall: float = 0.0
    latencies: list = field(default_factory=list)
    server_ms: list = field(default_factory=list)
    profile: dict = field(default_factory=dict)
    truncated: bool = False

    @property
    def rps(self):
        return self.requests / self.wall if self.wall else 0.0

    def pct(self, q, values=None):
        return pct(self.latencies if values is None else values, q)

    @property
    def p50(self):
        return self.pct(50)

    @property
    def p95(self):
        return self.pct(95)

    @property
    def server_p50(self):
        return self.pct(50, self.server_ms)


@dataclass
class Phases:
    """Wall-clock time of each phase, printed as it ends and summed up at the end."""

    rows: list = field(default_factory=list)

    def add(self, backend, size, name, elapsed):
        self.rows.append((backend, size, name, elapsed))

    @contextlib.contextmanager
    def __call__(self, backend, size, name):
        started = time.monotonic()
        try:
            yield
        finally:
            elapsed = time.monotonic() - started
            self.rows.append((backend, size, name, elapsed))
            log(f"    {name}: {elapsed:.1f} s")


# --- databases ------------------------------------------------------------------------------------------------------


class Postgres:
    """Creates and drops throw-away databases through the maintenance database ``postgres``."""

    def __init__(self, admin_url):
        try:
            import psycopg2
        except ImportError as exc:
            raise SetupError("psycopg2 is not installed (pip install -r requirements.txt)") from exc
        self.psycopg2 = psycopg2
        self.admin_url = admin_url
        self.created = []

    def _execute(self, sql, database_url=None):
        url = database_url or self.admin_url
        try:
            conn = self.psycopg2.connect(url)
        except self.psycopg2.Error as exc:
            raise SetupError(f"cannot connect to PostgreSQL at {url}: {exc}".strip()) from exc
        try:
            conn.autocommit = True
            with conn.cursor() as cursor:
                cursor.execute(sql)
                return cursor.fetchall() if cursor.description else None
        except self.psycopg2.Error as exc:
            raise SetupError(f"PostgreSQL: {sql}: {exc}".strip()) from exc
        finally:
            conn.close()

    def autovacuum(self):
        return self._execute("SHOW autovacuum")[0][0]

    def vacuum_analyze(self, name):
        """What autovacuum does on a live server after a bulk load: planner statistics and visibility map."""
        self._execute("VACUUM ANALYZE", self.url(name))

    def create(self, name):
        self.drop(name)
        self._execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
        self.created.append(name)

    def drop(self, name):
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if name in self.created:
            self.created.remove(name)

    def url(self, name):
        base = self.admin_url.rsplit("/", 1)[0]
        return f"{base}/{name}"


# --- one backend: a database per size, served side by side ------------------------------------------------------


@dataclass
class Served:
    """One size of one backend: its fresh database, the in-process profile and, once started, its gunicorn."""

    size: int
    workdir: Path
    env: dict
    report: dict
    db_name: str | None = None
    server: Gunicorn | None = None


def prepare(args, backend, size, workdir, static_root, postgres, phases):
    """A fresh database of ``size`` articles (migrate, load_demo, generate_content), profiled in-process."""
    log(f"\n== {backend}, {size:,} articles: setting up ==")
    workdir.mkdir(parents=True)
    env = base_env(workdir / "var", static_root)
    db_name = None
    if backend == "postgres":
        db_name = f"{args.pg_db}_{size}"
        postgres.create(db_name)
        env.update(
            DATABASE_URL=postgres.url(db_name),
            SECRET_KEY="bench-only-not-secret",
            ALLOWED_HOSTS=f"{HOST},localhost",
            HTTPS="false",
        )
    setup_log = workdir / "setup.log"
    with phases(backend, size, "migrate"):
        manage(env, setup_log, "migrate", "--noinput")
    with phases(backend, size, "load_demo"):
        manage(env, setup_log, "load_demo")
    count = int(manage(env, setup_log, "shell", "--no-imports", "-c", COUNT_CODE).split()[-1])
    if size > count:
        with phases(backend, size, f"generate_content --articles {size - count}"):
            out = manage(env, setup_log, "generate_content", "--articles", str(size - count))
        log("    " + out.strip().splitlines()[-1].strip())
    if backend == "postgres":
        with phases(backend, size, f"VACUUM ANALYZE (this server's autovacuum: {postgres.autovacuum()})"):
            postgres.vacuum_analyze(db_name)
    with phases(backend, size, "in-process profile (renders each URL once, creates renditions)"):
        out = manage(env, setup_log, "shell", "--no-imports", "-c", PROFILE_CODE)
    report = next(
        (json.loads(line[len(PROFILE_MARKER) :]) for line in out.splitlines() if line.startswith(PROFILE_MARKER)),
        None,
    )
    if report is None:
        raise SetupError(f"the profile step printed no result:\n{tail(setup_log)}")
    log(f"    live articles: {report['articles']:,}; article measured: {report['article_url']}")
    for url, data in report["urls"].items():
        if data["status"] != 200:
            raise SetupError(f"{url} answered {data['status']} in-process; see {setup_log}")
    return Served(size, workdir, env, report, db_name)


def warm_up(args, served, urls):
    for url in urls:
        latencies, errors, _wall, _stopped = hammer(served.server.port, url, args.warmup, args.concurrency)
        if errors or not latencies:
            try:
                status = f"HTTP {fetch(served.server.port, url)[0]}"
            except (OSError, http.client.HTTPException) as exc:
                status = repr(exc)
            raise SetupError(f"warm-up of {url} failed ({status}):\n{tail(served.server.error_log)}")


def run_backend(args, backend, run_dir, static_root, postgres, phases):
    """Set up one database per size, serve each with its own gunicorn and measure every URL: a list of UrlResult.

    The sizes are measured in alternation (``--rounds`` rounds per URL, order reversed every other round), so that
    a change in the machine's load during the run weighs on every size alike and the ratios stay comparable.
    """
    served = []
    try:
        for size in args.sizes:
            served.append(prepare(args, backend, size, run_dir / f"{backend}-{size}", static_root, postgres, phases))
        log(f"\n== {backend}: serving and measuring ==")
        for item in served:
            item.server = Gunicorn(item.env, item.workdir)
            with phases(backend, item.size, f"gunicorn start ({WORKERS} workers, {HOST}:{item.server.port})"):
                item.server.start()
            with phases(backend, item.size, "warm-up"):
                warm_up(args, item, ["/", "/tin-tuc/", item.report["article_url"]])
        rounds = max(1, min(args.rounds, args.requests))
        results = []
        for label in ("/", "/tin-tuc/", "article"):
            by_size = {}
            for item in served:
                url = item.report["article_url"] if label == "article" else label
                by_size[item.size] = UrlResult(
                    backend, item.size, item.report["articles"], label, url, profile=item.report["urls"][url]
                )
            for number in range(rounds):
                chunk = args.requests // rounds + (1 if number < args.requests % rounds else 0)
                for item in served if number % 2 == 0 else reversed(served):
                    result = by_size[item.size]
                    left = args.max_seconds - result.wall if args.max_seconds else None
                    if left is not None and left <= 0:
                        result.truncated = True
                    if chunk == 0 or result.truncated:
                        continue
                    offset = item.server.log_offset()
                    latencies, errors, wall, stopped = hammer(
                        item.server.port, result.url, chunk, args.concurrency, left
                    )
                    time.sleep(0.1)  # let the workers' access log lines land
                    result.latencies += latencies
                    result.errors += errors
                    result.wall += wall
                    result.truncated = result.truncated or stopped
                    result.server_ms += item.server.request_times_ms(result.url, offset)
            for result in by_size.values():
                result.requests = len(result.latencies) + result.errors
                phases.add(backend, result.size, f"measure {label}", result.wall)
                log(
                    f"    {label:<10} {result.articles:>7,} articles: {result.requests} requests, "
                    f"{result.rps:.1f} req/s, p50 {result.p50:.1f} ms, p95 {result.p95:.1f} ms"
                    + (" (time limit reached)" if result.truncated else "")
                )
            results += by_size.values()
        return results
    finally:
        for item in served:
            if item.server is not None:
                item.server.stop()
        for item in served:
            if item.db_name and not args.keep:
                with contextlib.suppress(SetupError):
                    postgres.drop(item.db_name)


# --- report -------------------------------------------------------------------------------------------------------


def short_sql(sql, width=300):
    """SQL with its long column lists folded and its middle cut, so the shape of a query fits on a few lines."""
    sql = re.sub(r'(?:"\w+"\."\w+"(?: AS "\w+")?, )+"\w+"\."\w+"(?: AS "\w+")?', "…", sql)
    sql = re.sub(r"\s+", " ", sql)
    return sql if len(sql) <= width else f"{sql[: width // 2]} [……] {sql[-width // 2 :]}"


def print_report(results, args):
    log("\n" + "=" * 100)
    log(
        f"Results: {args.requests} requests per URL and size in {args.rounds} rounds (at most {args.max_seconds:g} s), "
        f"{args.concurrency} client threads (keep-alive http.client), gunicorn {WORKERS} sync workers, "
        f"{os.cpu_count()} CPUs"
    )
    log("latency = client-side, request sent → body read; server p50 = gunicorn's own request time (%(D)s)")
    header = (
        f"{'backend':<9} {'articles':>8} {'URL':<10} {'n':>4} {'err':>3} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} "
        f"{'server p50':>10} {'queries':>7} {'SQL ms':>7}"
    )
    log(header)
    log("-" * len(header))
    backends = list(dict.fromkeys(r.backend for r in results))
    labels = ["/", "/tin-tuc/", "article"]
    results = sorted(results, key=lambda r: (backends.index(r.backend), r.size, labels.index(r.label)))
    for r in results:
        log(
            f"{r.backend:<9} {r.articles:>8,} {r.label:<10} {r.requests:>4} {r.errors:>3} {r.rps:>7.1f} "
            f"{r.p50:>8.1f} {r.p95:>8.1f} {r.server_p50:>10.1f} {r.profile.get('queries', 0):>7} "
            f"{r.profile.get('sql_ms', 0):>7.1f}" + ("  (time limit)" if r.truncated else "")
        )
    log(
        "(queries, SQL ms: one in-process render with the test client before the server started; each SELECT re-run "
        "and fully fetched)"
    )

    by_key = {(r.backend, r.size, r.label): r for r in results}
    sizes = sorted({r.size for r in results})
    if len(sizes) < 2:
        log("\nOnly one size measured: no scaling comparison.")
        return
    small, big = sizes[0], sizes[-1]
    log(f"\nScaling: latency with {big:,} articles ÷ latency with the smallest size (target ≤ {TARGET_RATIO:.2f})")
    header = (
        f"{'backend':<9} {'URL':<10} {'p50 small':>10} {'p50 big':>10} {'p50 ×':>7} {'p95 ×':>7} "
        f"{'server ×':>8}  target"
    )
    log(header)
    log("-" * len(header))
    for backend in dict.fromkeys(r.backend for r in results):
        for label in dict.fromkeys(r.label for r in results):
            a, b = by_key.get((backend, small, label)), by_key.get((backend, big, label))
            if not a or not b:
                continue
            ratio = b.p50 / a.p50 if a.p50 else math.inf
            p95_ratio = b.p95 / a.p95 if a.p95 else math.inf
            server_ratio = b.server_p50 / a.server_p50 if a.server_p50 else math.nan
            verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
            log(
                f"{backend:<9} {label:<10} {a.p50:>10.1f} {b.p50:>10.1f} {ratio:>7.2f} {p95_ratio:>7.2f} "
                f"{server_ratio:>8.2f}  {verdict}"
            )
    log(
        f"(PASS/FAIL on the p50 ratio; articles: smallest size = {by_key_articles(results, small)}, largest = "
        f"{by_key_articles(results, big)})"
    )

    log(f"\nSlowest SQL queries per URL with {big:,} articles (re-run and fully fetched after one in-process render):")
    for r in results:
        if r.size != big or not r.profile.get("slowest"):
            continue
        small_r = by_key.get((r.backend, small, r.label))
        before = f"; with {small_r.articles:,}: {small_r.profile['sql_ms']:.1f} ms" if small_r else ""
        log(f"  {r.backend} {r.label}: {r.profile['queries']} queries, {r.profile['sql_ms']:.1f} ms of SQL{before}")
        for ms, sql in r.profile["slowest"]:
            log(f"    {ms:7.1f} ms  {short_sql(sql)}")


def by_key_articles(results, size):
    counts = sorted({r.articles for r in results if r.size == size})
    return "/".join(f"{c:,}" for c in counts)


def print_phases(phases, total):
    log("\nTime per phase (s):")
    setup_names = ("migrate", "load_demo", "generate_content", "VACUUM")
    for _backend, _size, name, elapsed in phases.rows:
        if name == "collectstatic":
            log(f"  collectstatic (once, shared by every server): {elapsed:.1f}")
    for backend in dict.fromkeys(row[0] for row in phases.rows if row[2] != "collectstatic"):
        for size in dict.fromkeys(row[1] for row in phases.rows if row[0] == backend):
            rows = [row for row in phases.rows if row[:2] == (backend, size)]
            setup = sum(row[3] for row in rows if row[2].startswith(setup_names))
            measure = sum(row[3] for row in rows if row[2].startswith("measure"))
            detail = ", ".join(f"{row[2].split(' (')[0]} {row[3]:.1f}" for row in rows)
            log(f"  {backend:<9} {size:>7,}: database setup {setup:6.1f}, measuring {measure:6.1f} — {detail}")
    log(f"  whole run: {total:.1f} s ({total / 60:.1f} min)")


# --- main ---------------------------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="50,50000", help="article counts, comma-separated (default: 50,50000)")
    parser.add_argument("--backends", default="sqlite,postgres", help="sqlite and/or postgres (default: both)")
    parser.add_argument("--requests", type=int, default=300, help="measured requests per URL (default: 300)")
    parser.add_argument("--concurrency", type=int, default=4, help="client threads (default: 4)")
    parser.add_argument(
        "--rounds", type=int, default=3, help="the sizes are measured in turn, in this many rounds (default: 3)"
    )
    parser.add_argument("--warmup", type=int, default=8, help="unmeasured requests per URL first (default: 8)")
    parser.add_argument(
        "--max-seconds", type=float, default=60, help="stop measuring a URL after this long (default: 60)"
    )
    parser.add_argument(
        "--pg-admin-url",
        default="postgres://postgres@127.0.0.1:5432/postgres",
        help="maintenance database used to create and drop the benchmark databases",
    )
    parser.add_argument("--pg-db", default="portal_bench", help="prefix of the databases (default: portal_bench)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directories and databases")
    args = parser.parse_args(argv)
    try:
        args.sizes = sorted({int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        parser.error("--sizes: integers separated by commas")
    args.backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = set(args.backends) - {"sqlite", "postgres"}
    if unknown or not args.backends or not args.sizes or min(args.sizes) < 1:
        parser.error("--backends takes sqlite,postgres; --sizes positive integers")
    if min(args.requests, args.concurrency, args.warmup, args.rounds) < 1:
        parser.error("--requests, --concurrency, --warmup and --rounds must be positive")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", args.pg_db):
        parser.error("--pg-db: lower-case letters, digits and _ only")
    return args


def main(argv=None):
    args = parse_args(argv)
    stop_on_signals()
    started = time.monotonic()
    run_dir = Path(tempfile.mkdtemp(prefix="portal-bench-"))
    phases = Phases()
    postgres = None
    results = []
    log(
        f"Benchmark of /, /tin-tuc/ and one article — backends {', '.join(args.backends)}; sizes "
        f"{', '.join(f'{s:,}' for s in args.sizes)}; work directory {run_dir}"
    )
    log("Cache: Django's file cache in each run's PORTAL_VAR_DIR (no REDIS_URL); Celery tasks run in-process.")
    try:
        static_root = run_dir / "static"
        with phases("-", 0, "collectstatic"):
            manage(
                base_env(run_dir / "var-static", static_root),
                run_dir / "collectstatic.log",
                "collectstatic",
                "--noinput",
                "--verbosity",
                "0",
            )
        if "postgres" in args.backends:
            postgres = Postgres(args.pg_admin_url)
        for backend in args.backends:
            results += run_backend(args, backend, run_dir, static_root, postgres, phases)
        print_report(results, args)
        print_phases(phases, time.monotonic() - started)
        return 0
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        if results:
            print_report(results, args)
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted: gunicorn stopped, cleaning up.")
        return 130
    finally:
        if postgres is not None and not args.keep:
            for name in list(postgres.created):
                with contextlib.suppress(SetupError):
                    postgres.drop(name)
        if args.keep:
            log(f"Kept: {run_dir}" + (f" and databases {', '.join(postgres.created)}" if postgres else ""))
        else:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
