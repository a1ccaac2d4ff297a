#!/usr/bin/env python
"""On-demand benchmark of the page cache: /, /tin-tuc/, an article, /van-ban/ and /tim-kiem/?q=… served five ways.

1. gunicorn (2 sync workers), page cache off: every request renders;
2. gunicorn, page cache on, in each process's memory (the embedded default);
3. gunicorn, page cache on, in Redis (production; skipped when Redis doesn't answer);
4. nginx in front of (2) with deploy/nginx/portal.conf as docker-compose runs it (its 5-second microcache);
5. the same HTML as static files served by nginx: the ceiling.

All on this machine, in one run, with the same client (wrk when installed, else Python threads), measured in turns
(``--rounds``, order reversed every other round) so that a change in the machine's load weighs on all alike. Prints
req/s and p50/p95 per URL and way, the machine's load during each measurement, checks of the headers (page cache,
static files: far-future, brotli), and the targets: cached pages ≥ 50% of nginx's static req/s; uncached home
≥ 100 req/s.

Not part of the test suite. ``.venv/bin/python tests/bench/bench_cache.py --help``; tests/bench/README.md explains the
output. Exit status: 0 once measured, 1 when setup fails, 130 when interrupted. Every server it starts is stopped.
"""

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import (
    HOST,
    WORKERS,
    Gunicorn,
    MachineLoad,
    Nginx,
    SetupError,
    base_env,
    deploy_nginx_config,
    fetch_full,
    free_port,
    hammer,
    loadavg,
    log,
    pct,
    redis_ok,
    setup_demo_portal,
    stop_on_signals,
    wrk,
    wrk_available,
)

SEARCH_QUERY = "du lịch Ninh Bình"
TARGET_SHARE = 0.50
TARGET_HOME_RPS = 100
WAYS = {
    "uncached": "gunicorn, no page cache",
    "cached": "gunicorn, page cache in memory",
    "redis": "gunicorn, page cache in Redis",
    "nginx": "nginx microcache → (2)",
    "static": "nginx, static file",
}


@dataclass
class Measure:
    way: str
    label: str
    path: str
    requests: int = 0
    errors: int = 0
    seconds: float = 0.0
    p50s: list = field(default_factory=list)
    p95s: list = field(default_factory=list)
    loads: list = field(default_factory=list)

    @property
    def rps(self):
        return self.requests / self.seconds if self.seconds else 0.0

    def add(self, result, load):
        self.requests += result["requests"]
        self.errors += result["errors"]
        self.seconds += result["seconds"]
        if result["requests"]:  # a round that finished no request has no latency to tell
            self.p50s.append(result["p50"])
            self.p95s.append(result["p95"])
        self.loads.append(load)

    @property
    def p50(self):  # per round medians/95ths, the median of the rounds
        return pct(self.p50s, 50)

    @property
    def p95(self):
        return pct(self.p95s, 50)


def python_client(port, path, seconds, connections):
    latencies, errors, wall, _stopped = hammer(port, path, 10**9, connections, max_seconds=seconds, headers={})
    return {
        "requests": len(latencies) + errors,
        "seconds": wall,
        "errors": errors,
        "p50": pct(latencies, 50),
        "p95": pct(latencies, 95),
    }


def static_server_block(port, root):
    return f"""
    server {{
        listen {HOST}:{port};
        root {root};
        location / {{ }}
    }}
"""


def check_static(port, static_root):
    """Far-future headers and brotli/gzip of a hashed static file, as WhiteNoise serves it under gunicorn."""
    manifest = json.loads((static_root / "staticfiles.json").read_text())["paths"]
    hashed = manifest.get("css/portal.css")
    lines = []
    for encoding in ("br", "gzip"):
        status, headers, body = fetch_full(port, f"/static/{hashed}", headers={"Accept-Encoding": encoding})
        lines.append(
            f"/static/{hashed} with Accept-Encoding: {encoding} → {status}, "
            f"Content-Encoding: {headers.get('content-encoding', '-')}, {len(body):,} bytes, "
            f"Cache-Control: {headers.get('cache-control', '-')}"
        )
    has_br = any(name.endswith(".br") for name in os.listdir(static_root / "css"))
    lines.append(f"brotli files made by collectstatic: {'yes' if has_br else 'NO (pip install Brotli)'}")
    return lines


def main_run(args, run_dir):
    log(f"Machine: {os.cpu_count()} CPUs, load average {' '.join(f'{x:.2f}' for x in loadavg())} at the start")
    log("== setting up a throw-away portal (SQLite, demo content) ==")
    var, static_root, article = setup_demo_portal(run_dir, args.articles)
    urls = {
        "/": "/",
        "/tin-tuc/": "/tin-tuc/",
        "article": article,
        "/van-ban/": "/van-ban/",
        "/tim-kiem/?q=": "/tim-kiem/?q=" + urllib.parse.quote_plus(SEARCH_QUERY),
    }
    ways = [w for w in args.ways if w != "redis" or redis_ok(args.redis_url)]
    if "redis" in args.ways and "redis" not in ways:
        log(f"    Redis does not answer at {args.redis_url}: way (3) skipped")

    servers = {}
    nginx = None
    try:
        cached_env = {"PAGE_CACHE_SECONDS": 600, "PAGE_CACHE_QUERY_SECONDS": 600}
        envs = {
            "uncached": base_env(var, static_root),
            "cached": base_env(var, static_root, **cached_env),
            "redis": base_env(
                var, static_root, REDIS_URL=args.redis_url, CELERY_TASK_ALWAYS_EAGER="true", **cached_env
            ),
        }
        for way in ("uncached", "cached", "redis"):
            if way in ways or (way == "cached" and "nginx" in ways):
                servers[way] = Gunicorn(envs[way], run_dir, name=f"gunicorn-{way}")
                servers[way].start()
                log(f"    gunicorn ({way}): {WORKERS} workers on {HOST}:{servers[way].port}")
        if "redis" in servers:
            import redis

            redis.Redis.from_url(args.redis_url).flushdb()

        # The HTML of each URL once, from the uncached server: it is what the static server serves.
        html_root = run_dir / "html"
        source = servers.get("uncached") or servers["cached"]
        for label, path in urls.items():
            status, _headers, body = fetch_full(source.port, path)
            if status != 200:
                raise SetupError(f"{path} answered {status}")
            target = html_root / urllib.parse.urlsplit(path).path.lstrip("/") / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(body)
            log(f"    {label:<14} {path}: {len(body):,} bytes of HTML")

        ports = {way: server.port for way, server in servers.items()}
        if {"nginx", "static"} & set(ways):
            ports["nginx"], ports["static"] = free_port(), free_port()
            body = ""
            if "nginx" in ways:
                cache_dir, media = run_dir / "nginx-cache", var / "media"
                body += deploy_nginx_config(servers["cached"].port, ports["nginx"], cache_dir, media)
            body += static_server_block(ports["static"], html_root)
            nginx = Nginx(run_dir / "nginx", body)
            nginx.start(ports["static"])
            log(f"    nginx: {WORKERS} workers; static on {ports['static']}, deploy config on {ports.get('nginx')}")

        log("\n== checks ==")
        for way in ways:
            for label, path in urls.items():
                for _ in range(3):  # warm-up: renditions, search postings, the caches
                    status, headers, _body = fetch_full(ports[way], path)
                if status != 200:
                    raise SetupError(f"{WAYS[way]}: {path} answered {status}")
                note = {
                    "uncached": headers.get("x-page-cache", "(no X-Page-Cache: cache off)"),
                    "cached": f"X-Page-Cache: {headers.get('x-page-cache')}",
                    "redis": f"X-Page-Cache: {headers.get('x-page-cache')}",
                    "nginx": f"X-Nginx-Cache: {headers.get('x-nginx-cache')}",
                    "static": "",
                }[way]
                if label == "/" and way != "static":
                    log(f"    {WAYS[way]:<32} / → {note}; Cache-Control: {headers.get('cache-control', '-')}")
        for line in check_static(servers["cached"].port, static_root):
            log(f"    {line}")

        client = "wrk" if args.client == "wrk" else "python"
        log(
            f"\n== measuring: {args.seconds:g} s × {args.rounds} rounds per URL and way, {args.connections} "
            f"connections, client {client} ==",
        )
        results = {(way, label): Measure(way, label, path) for way in ways for label, path in urls.items()}
        for label, path in urls.items():
            for number in range(args.rounds):
                for way in ways if number % 2 == 0 else list(reversed(ways)):
                    with MachineLoad() as load:
                        if client == "wrk":
                            result = wrk(ports[way], path, args.seconds, args.connections)
                        else:
                            result = python_client(ports[way], path, args.seconds, args.connections)
                    results[way, label].add(result, load)
            line = ", ".join(f"{way} {results[way, label].rps:,.0f}" for way in ways)
            log(f"    {label:<14} req/s: {line}")
        return results, ways, urls
    finally:
        if nginx is not None:
            nginx.stop()
        for server in servers.values():
            server.stop()


def report(results, ways, urls, args):
    log("\n" + "=" * 118)
    log("Results (req/s; p50 / p95 ms: wrk's latency, the median over the rounds; load: CPU busy share of the whole")
    log("machine during the measurement, this benchmark included, and the 1-min load average)")
    for number, way in enumerate(ways, 1):
        log(f"  ({number}) {way:<9} {WAYS[way]}")
    header = f"{'URL':<14}" + "".join(f"{way:>22}" for way in ways)
    log(header)
    log("-" * len(header))
    for label in urls:
        cells = []
        for way in ways:
            m = results[way, label]
            err = f" {m.errors}err" if m.errors else ""
            cells.append(f"{m.rps:>8,.0f} {m.p50:>5.1f}/{m.p95:<6.1f}{err}")
        log(f"{label:<14}" + "".join(f"{cell:>22}" for cell in cells))
    loads = [load for m in results.values() for load in m.loads]
    if loads:
        busy = sorted(load.busy for load in loads)
        log(
            f"Machine during the measurements: CPU busy {busy[0]:.0%}–{busy[-1]:.0%}; load average "
            f"{min(load.load_before[0] for load in loads):.1f}–{max(load.load_after[0] for load in loads):.1f} "
            f"({os.cpu_count()} CPUs)"
        )

    log("\nTargets")
    if "static" in ways:
        for way in ("cached", "redis", "nginx"):
            if way not in ways:
                continue
            shares = {label: results[way, label].rps / max(1e-9, results["static", label].rps) for label in urls}
            worst = min(shares.values())
            verdict = "PASS" if worst >= TARGET_SHARE else "FAIL"
            detail = ", ".join(f"{label} {share:.0%}" for label, share in shares.items())
            log(f"  {WAYS[way]} ≥ {TARGET_SHARE:.0%} of nginx static req/s: {verdict} ({detail})")
    if "uncached" in ways:
        home = results["uncached", "/"].rps
        verdict = "PASS" if home >= TARGET_HOME_RPS else "FAIL"
        log(f"  uncached home ≥ {TARGET_HOME_RPS} req/s on {os.cpu_count()} cores: {verdict} ({home:,.0f} req/s)")
    errors = sum(m.errors for m in results.values())
    log(f"  errors (non-2xx/3xx, timeouts, resets): {errors}")


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5, help="length of one measurement (default: 5)")
    parser.add_argument("--rounds", type=int, default=2, help="measurements per URL and way, in turns (default: 2)")
    parser.add_argument("--connections", type=int, default=8, help="concurrent connections (default: 8)")
    parser.add_argument("--articles", type=int, default=0, help="generate_content up to this many articles")
    parser.add_argument(
        "--ways", default="uncached,cached,redis,nginx,static", help="which of " + ",".join(WAYS) + " (default: all)"
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/13", help="Redis for way (3); flushed")
    parser.add_argument(
        "--client", choices=["wrk", "python"], default="wrk" if wrk_available() else "python", help="load generator"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    parser.add_argument("--dir", type=Path, help="work (and keep) here; a later run reuses its portal")
    args = parser.parse_args(argv)
    args.ways = [w.strip() for w in args.ways.split(",") if w.strip()]
    if not args.ways or set(args.ways) - set(WAYS):
        parser.error("--ways takes " + ",".join(WAYS))
    args.ways = [w for w in WAYS if w in args.ways]
    if args.seconds <= 0 or args.rounds < 1 or args.connections < 1:
        parser.error("--seconds, --rounds and --connections must be positive")
    return args


def main(argv=None):
    args = parse_args(argv)
    stop_on_signals()
    if args.dir:
        args.keep = True
        args.dir.mkdir(parents=True, exist_ok=True)
    run_dir = args.dir.resolve() if args.dir else Path(tempfile.mkdtemp(prefix="portal-bench-cache-"))
    started = time.monotonic()
    log(f"Page cache benchmark — work directory {run_dir}")
    try:
        results, ways, urls = main_run(args, run_dir)
        report(results, ways, urls, args)
        log(f"\nWhole run: {time.monotonic() - started:.0f} s")
        return 0
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted: servers stopped, cleaning up.")
        return 130
    finally:
        if args.keep:
            log(f"Kept: {run_dir}")
        else:
            with contextlib.suppress(OSError):
                shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
