#!/usr/bin/env python
"""On-demand benchmark of the stats app: what counting costs a page view, and how long a year's report takes.

Not part of the test suite. Run ``.venv/bin/python tests/bench/bench_stats.py [--part views|report|both]``.

**views** — one article served by gunicorn (2 sync workers, 127.0.0.1), in two configurations: the embedded default
(SQLite, file cache, views counted in append-only files, roll-up from the beacon) and production-like Redis
(``REDIS_URL`` on a dedicated database: Redis cache and Redis counters, no in-request roll-up). A *counted* view is
what a browser does: the page, then its beacon (``POST /thong-ke/dem/`` with a browser's user agent); an *uncounted*
view is the page alone. Both are sent from the same client threads in alternating rounds; the result is views per
second, and the target is counted ≥ 90% of uncounted.

**report** — a fresh SQLite database with ``load_demo`` + ``generate_content`` up to ``--pages`` live articles, then
daily rows for every article over one year (``--days-per-page`` days each, 30 by default; 365 makes a row for every
article every day) plus the monthly rows the roll-up keeps. It times, in one process, the figures of the year
(with the previous year for the changes), the DOCX and the PDF — the target is < 5 s — and also a custom period
that does not start and end on month boundaries (its edge days are read from the daily rows).

Exit status: 0 once measured (whatever the numbers say), 1 when setting up fails, 130 on Ctrl-C. Temporary folders,
gunicorn and the Redis keys it wrote are removed unless ``--keep``.
"""

import argparse
import contextlib
import http.client
import json
import os
import re
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import HOST, Gunicorn, SetupError, base_env, log, manage, stop_on_signals

BROWSER = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36"
TARGET_RATIO = 0.90
TARGET_REPORT_SECONDS = 5.0
MARKER = "BENCH_JSON "

ARTICLE_CODE = r"""
import json
from news.models import NewsArticlePage
article = NewsArticlePage.objects.live().order_by("-date").first()
print("BENCH_JSON " + json.dumps({"url": article.url}))
"""

# Daily rows for every live article over the year, then the monthly rows, as the roll-up would have left them.
ROWS_CODE = r"""
import datetime, json, random, time
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from news.models import NewsArticlePage
from stats.models import DailyObjectVisits, DailySiteVisits
from stats.rollup import rebuild_monthly

YEAR, DAYS_PER_PAGE = {year}, {days_per_page}
start, end = datetime.date(YEAR, 1, 1), datetime.date(YEAR, 12, 31)
days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
rng = random.Random(2021)
ct = ContentType.objects.get_for_model(NewsArticlePage).pk
ids = list(NewsArticlePage.objects.live().values_list("pk", flat=True))
table = connection.ops.quote_name(DailyObjectVisits._meta.db_table)
insert = f"INSERT INTO {{table}} (content_type_id, day, object_id, visits) VALUES (%s, %s, %s, %s)"
started = time.perf_counter()
rows = 0
with transaction.atomic(), connection.cursor() as cursor:
    cursor.executemany(
        f"INSERT INTO {{connection.ops.quote_name(DailySiteVisits._meta.db_table)}} (day, visits, visitors) "
        "VALUES (%s, %s, %s)",
        [(day, rng.randint(5000, 12000), rng.randint(2000, 5000)) for day in days],
    )
    batch = []
    for pk in ids:
        first = rng.randint(0, len(days) - DAYS_PER_PAGE) if DAYS_PER_PAGE < len(days) else 0
        popularity = rng.lognormvariate(3, 1.5)
        for offset in range(DAYS_PER_PAGE):
            batch.append((ct, days[first + offset], pk, max(1, int(popularity * 0.8 ** min(offset, 20)))))
        if len(batch) >= 50000:
            cursor.executemany(insert, batch)
            rows += len(batch)
            batch = []
    if batch:
        cursor.executemany(insert, batch)
        rows += len(batch)
inserted = time.perf_counter() - started
started = time.perf_counter()
rebuild_monthly(start, end)
monthly = time.perf_counter() - started
print("BENCH_JSON " + json.dumps({{"pages": len(ids), "daily_rows": rows, "insert_s": inserted, "monthly_s": monthly}}))
"""

REPORT_CODE = r"""
import datetime, json, time
from django.core.cache import cache
from stats import report
from stats.figures import period_figures
from stats.models import ReportSettings, DailyObjectVisits, MonthlyObjectVisits
from stats.periods import Period
from wagtail.models import Site

settings = ReportSettings.for_site(Site.objects.get(is_default_site=True))
result = {{"daily_rows": DailyObjectVisits.objects.count(), "monthly_rows": MonthlyObjectVisits.objects.count()}}
for name, period in [
    ("year", Period.named("nam", {year})),
    ("custom", Period(datetime.date({year}, 1, 15), datetime.date({year}, 12, 15))),
]:
    for attempt in ("cold", "warm"):
        cache.clear()
        t0 = time.perf_counter()
        figures = period_figures(period, 5000)
        t1 = time.perf_counter()
        document = report.build_report(figures, settings)
        docx = report.render_docx(document)
        t2 = time.perf_counter()
        pdf = report.render_pdf(document)
        t3 = time.perf_counter()
        result[f"{{name}}_{{attempt}}"] = {{
            "figures_s": t1 - t0, "docx_s": t2 - t1, "pdf_s": t3 - t2, "total_s": t3 - t0,
            "above": figures.value("articles_above"),
        }}
print("BENCH_JSON " + json.dumps(result))
"""


def json_from(output):
    for line in output.splitlines():
        if line.startswith(MARKER):
            return json.loads(line[len(MARKER) :])
    raise SetupError(f"no result printed:\n{output[-2000:]}")


# --- part 1: counted vs uncounted views ------------------------------------------------------------------------------


def request(conn, method, path, headers):
    conn.request(method, path, headers=headers)
    response = conn.getresponse()
    response.read()
    return response.status


def views(port, page, beacon, total, concurrency):
    """Send ``total`` views (page, then beacon when ``beacon``) from ``concurrency`` threads: (views/s, errors)."""
    lock = threading.Lock()
    state = {"left": total, "errors": 0}

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        try:
            while True:
                with lock:
                    if state["left"] <= 0:
                        return
                    state["left"] -= 1
                try:
                    ok = request(conn, "GET", page, {"User-Agent": BROWSER, "Accept-Encoding": "gzip"}) == 200
                    if beacon:
                        ok = request(conn, "POST", beacon, {"User-Agent": BROWSER, "Content-Length": "0"}) == 204 and ok
                except (OSError, http.client.HTTPException):
                    conn.close()
                    ok = False
                if not ok:
                    with lock:
                        state["errors"] += 1
        finally:
            conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return total / (time.perf_counter() - started), state["errors"]


def redis_keys_cleanup(url):
    import redis

    client = redis.Redis.from_url(url)
    keys = list(client.scan_iter(match="portal*", count=1000))
    if keys:
        client.delete(*keys)
    return len(keys)


def part_views(args, run_dir):
    static_root = run_dir / "static"
    workdir = run_dir / "views"
    workdir.mkdir()
    env = base_env(workdir / "var", static_root)
    setup_log = workdir / "setup.log"
    log("\n== views: setting up (migrate, load_demo, collectstatic) ==")
    manage(env, setup_log, "migrate", "--noinput")
    manage(env, setup_log, "load_demo")
    manage(env, setup_log, "collectstatic", "--noinput", "--verbosity", "0")
    article = json_from(manage(env, setup_log, "shell", "--no-imports", "-c", ARTICLE_CODE))["url"]
    configurations = [("embedded (files)", {})]
    if not args.no_redis:
        configurations.append(("redis", {"REDIS_URL": args.redis_url, "CELERY_TASK_ALWAYS_EAGER": "false"}))
    results = []
    for label, extra in configurations:
        server = Gunicorn({**env, **extra}, workdir)
        try:
            server.start()
            conn = http.client.HTTPConnection(HOST, server.port, timeout=30)
            conn.request("GET", article, headers={"User-Agent": BROWSER})
            html = conn.getresponse().read().decode()
            conn.close()
            match = re.search(r'data-url="([^"]+)"', html)
            if not match:
                raise SetupError(f"{article} has no beacon")
            beacon = match.group(1).replace("&amp;", "&")
            views(server.port, article, beacon, args.warmup, args.concurrency)
            counted, uncounted, errors = [], [], 0
            for number in range(args.rounds):
                order = [(True, counted), (False, uncounted)]
                for with_beacon, bucket in order if number % 2 == 0 else reversed(order):
                    rate, failed = views(
                        server.port, article, beacon if with_beacon else None, args.views, args.concurrency
                    )
                    bucket.append(rate)
                    errors += failed
                log(f"      round {number + 1}: counted {counted[-1]:.1f}/s, uncounted {uncounted[-1]:.1f}/s")
            counted_rate, uncounted_rate = sum(counted) / len(counted), sum(uncounted) / len(uncounted)
            ratios = sorted(c / u for c, u in zip(counted, uncounted, strict=True))
            log(f"      median ratio of the rounds: {ratios[len(ratios) // 2]:.3f}")
            beacon_rate, _ = views_beacon_only(server.port, beacon, args.views, args.concurrency)
            results.append((label, counted_rate, uncounted_rate, beacon_rate, errors))
            log(
                f"    {label}: counted {counted_rate:.1f} views/s, uncounted {uncounted_rate:.1f} views/s, "
                f"ratio {counted_rate / uncounted_rate:.3f}; beacon alone {beacon_rate:.0f} req/s; errors {errors}"
            )
        finally:
            server.stop()
            if extra.get("REDIS_URL"):
                with contextlib.suppress(Exception):
                    redis_keys_cleanup(args.redis_url)
    return results


def views_beacon_only(port, beacon, total, concurrency):
    lock = threading.Lock()
    state = {"left": total}

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=60)
        try:
            while True:
                with lock:
                    if state["left"] <= 0:
                        return
                    state["left"] -= 1
                try:
                    request(conn, "POST", beacon, {"User-Agent": BROWSER, "Content-Length": "0"})
                except (OSError, http.client.HTTPException):
                    conn.close()
        finally:
            conn.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return total / (time.perf_counter() - started), 0


# --- part 2: a year's report over many pages' daily rows ------------------------------------------------------------


def part_report(args, run_dir):
    workdir = run_dir / "report"
    workdir.mkdir()
    env = base_env(workdir / "var", run_dir / "static")
    setup_log = workdir / "setup.log"
    log(f"\n== report: setting up ({args.pages:,} pages, {args.days_per_page} days of rows each) ==")
    started = time.monotonic()
    manage(env, setup_log, "migrate", "--noinput")
    manage(env, setup_log, "load_demo")
    count = int(
        manage(env, setup_log, "shell", "--no-imports", "-c",
               "from news.models import NewsArticlePage as A; print(A.objects.live().count())").split()[-1]
    )  # fmt: skip
    if args.pages > count:
        manage(env, setup_log, "generate_content", "--articles", str(args.pages - count))
    log(f"    content: {time.monotonic() - started:.0f} s")
    rows = json_from(
        manage(env, setup_log, "shell", "--no-imports", "-c",
               ROWS_CODE.format(year=args.year, days_per_page=args.days_per_page))
    )  # fmt: skip
    log(
        f"    {rows['pages']:,} pages, {rows['daily_rows']:,} daily rows inserted in {rows['insert_s']:.0f} s, "
        f"monthly rows rebuilt in {rows['monthly_s']:.1f} s"
    )
    result = json_from(manage(env, setup_log, "shell", "--no-imports", "-c", REPORT_CODE.format(year=args.year)))
    result.update(pages=rows["pages"])
    return result


# --- main ----------------------------------------------------------------------------------------------------------


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", choices=["views", "report", "both"], default="both")
    parser.add_argument("--views", type=int, default=200, help="views per round and kind (default 200)")
    parser.add_argument("--rounds", type=int, default=8, help="alternating rounds of counted/uncounted (default 8)")
    parser.add_argument("--warmup", type=int, default=40)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/14", help="a Redis database for the benchmark")
    parser.add_argument("--no-redis", action="store_true", help="measure the embedded default only")
    parser.add_argument("--pages", type=int, default=100_000, help="live articles with daily rows (default 100,000)")
    parser.add_argument("--days-per-page", type=int, default=30, help="days of rows per page in the year (max 365)")
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args(argv)
    args.days_per_page = max(1, min(365, args.days_per_page))
    return args


def main(argv=None):
    args = parse_args(argv)
    stop_on_signals()
    run_dir = Path(tempfile.mkdtemp(prefix="portal-bench-stats-"))
    started = time.monotonic()
    log(f"Benchmark of the stats app — work directory {run_dir}; {os.cpu_count()} CPUs")
    try:
        view_results, report_result = [], None
        if args.part in ("views", "both"):
            view_results = part_views(args, run_dir)
        if args.part in ("report", "both"):
            report_result = part_report(args, run_dir)
        log("\n" + "=" * 100)
        if view_results:
            log(
                f"Views: {args.rounds} alternating rounds × {args.views} views per kind, {args.concurrency} client "
                "threads, gunicorn 2 sync workers"
            )
            log(
                f"{'configuration':<18} {'counted/s':>10} {'uncounted/s':>12} {'ratio':>7} {'beacon req/s':>13}  target"
            )
            for label, counted, uncounted, beacon, _errors in view_results:
                ratio = counted / uncounted
                verdict = "PASS" if ratio >= TARGET_RATIO else "FAIL"
                log(f"{label:<18} {counted:>10.1f} {uncounted:>12.1f} {ratio:>7.3f} {beacon:>13.0f}  ≥ 0.90 {verdict}")
        if report_result:
            log(
                f"Report: {report_result['pages']:,} pages, {report_result['daily_rows']:,} daily rows, "
                f"{report_result['monthly_rows']:,} monthly rows (SQLite)"
            )
            log(f"{'period':<14} {'figures s':>10} {'DOCX s':>8} {'PDF s':>7} {'total s':>8}  target")
            for key in ("year_cold", "year_warm", "custom_cold", "custom_warm"):
                row = report_result[key]
                verdict = "PASS" if row["total_s"] < TARGET_REPORT_SECONDS else "FAIL"
                log(
                    f"{key:<14} {row['figures_s']:>10.2f} {row['docx_s']:>8.2f} {row['pdf_s']:>7.2f} "
                    f"{row['total_s']:>8.2f}  < 5 s {verdict}"
                )
        log(f"whole run: {time.monotonic() - started:.0f} s")
        return 0
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted.")
        return 130
    finally:
        if args.keep:
            log(f"Kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
