#!/usr/bin/env python
"""Load test on demand: 200 readers for 60 s against gunicorn with the page cache on, through locust (headless).

Sets up a throw-away portal (SQLite, demo content; reused with ``--dir``), starts gunicorn (2 sync workers, page
cache on, in Redis when it answers — as in production — else in each worker's memory; the client address read from
X-Forwarded-For as behind nginx), optionally nginx in front with deploy/nginx/portal.conf (``--nginx``), runs
tests/load/locustfile.py and prints per request kind: requests, failures, req/s, p50/p95/p99; the answers by status;
how many pages came from the page cache; the machine's load. Or ``--host URL``: only the locust run, against a
portal that is already running.

Targets: no 5xx answer, p95 of all requests < 1 s. Exit status 0 when both are met, 3 when not, 1 when setting up
fails, 130 when interrupted. Every process it starts is stopped. tests/load/README.md explains it.
"""

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from _common import (
    HOST,
    PYTHON,
    ROOT,
    Gunicorn,
    MachineLoad,
    Nginx,
    SetupError,
    base_env,
    deploy_nginx_config,
    free_port,
    log,
    redis_ok,
    setup_demo_portal,
    stop_on_signals,
)

LOCUSTFILE = Path(__file__).resolve().parent / "locustfile.py"
TARGET_P95_MS = 1000


def run_locust(args, host, run_dir):
    status_file = run_dir / "locust-status.json"
    prefix = run_dir / "locust"
    env = {**os.environ, "LOAD_STATUS_FILE": str(status_file), "LOAD_THINK": args.think}
    env["LOAD_BEACON"] = "0" if args.no_beacon else "1"
    command = [
        PYTHON,
        "-m",
        "locust",
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(args.users),
        "--spawn-rate",
        str(args.spawn_rate),
        "--run-time",
        f"{args.seconds}s",
        "--host",
        host,
        "--csv",
        str(prefix),
        "--only-summary",
        "--stop-timeout",
        "10",
        "--loglevel",
        "WARNING",
        "--exit-code-on-error",
        "0",
    ]
    log(
        f"$ locust --headless -u {args.users} -r {args.spawn_rate} -t {args.seconds}s --host {host} "
        f"(think time {args.think} s)"
    )
    with MachineLoad() as load, open(run_dir / "locust.log", "w") as out:
        done = subprocess.run(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, check=False)
    output = (run_dir / "locust.log").read_text(errors="replace")
    if done.returncode != 0 or not Path(f"{prefix}_stats.csv").exists():
        raise SetupError(f"locust failed (exit {done.returncode}):\n{output[-3000:]}")
    with open(f"{prefix}_stats.csv", newline="") as stats_file:
        rows = list(csv.DictReader(stats_file))
    counts = json.loads(status_file.read_text()) if status_file.exists() else {}
    discovered = next((line for line in output.splitlines() if line.startswith("Discovered:")), "")
    return rows, counts, load, discovered


def report(rows, counts, load, discovered, args):
    log("\n" + "=" * 112)
    log(f"{args.users} users, {args.seconds} s, think time {args.think} s; {discovered}")
    header = (
        f"{'request':<26} {'n':>7} {'fail':>5} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'max ms':>8}"
    )
    log(header)
    log("-" * len(header))
    total = None
    for row in rows:
        line = (
            f"{row['Name'][:26]:<26} {int(row['Request Count']):>7,} {int(row['Failure Count']):>5} "
            f"{float(row['Requests/s']):>7.1f} {row['50%']:>7} {row['95%']:>7} {row['99%']:>7} "
            f"{float(row['Max Response Time']):>8.0f}"
        )
        if row["Name"] == "Aggregated":
            total = row
            log("-" * len(header))
        log(line)
    status = counts.get("status", {})
    log("Answers by status: " + ", ".join(f"{code}: {n:,}" for code, n in sorted(status.items())))
    page_cache = counts.get("page_cache", {})
    pages = sum(page_cache.values())
    if pages:
        log(
            "Pages (GET 200) by X-Page-Cache: "
            + ", ".join(f"{state}: {n:,} ({n / pages:.0%})" for state, n in sorted(page_cache.items()))
        )
    log(f"Machine during the run: {load} ({os.cpu_count()} CPUs; locust and the portal included)")

    server_errors = sum(n for code, n in status.items() if code.isdigit() and int(code) >= 500)
    other_errors = sum(n for code, n in status.items() if not code.isdigit() or code == "0")
    p95 = float(total["95%"]) if total else float("inf")
    ok_5xx = server_errors == 0
    ok_p95 = p95 < TARGET_P95_MS
    log("\nTargets")
    log(f"  no 5xx: {'PASS' if ok_5xx else 'FAIL'} ({server_errors} answers ≥ 500; connection errors: {other_errors})")
    log(f"  p95 < {TARGET_P95_MS} ms: {'PASS' if ok_p95 else 'FAIL'} ({p95:.0f} ms over all requests)")
    return ok_5xx and ok_p95 and other_errors == 0


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=200, help="concurrent readers (default: 200)")
    parser.add_argument("--spawn-rate", type=float, default=50, help="readers started per second (default: 50)")
    parser.add_argument("--seconds", type=int, default=60, help="length of the run (default: 60)")
    parser.add_argument("--think", default="0.5,2", help='seconds between a reader\'s requests, "min,max" (0.5,2)')
    parser.add_argument("--no-beacon", action="store_true", help="readers send no visit beacon")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn sync workers (default: 2)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/12", help="Redis for the cache; flushed")
    parser.add_argument("--no-redis", action="store_true", help="page cache in the workers' memory")
    parser.add_argument("--no-cache", action="store_true", help="page cache off (to compare)")
    parser.add_argument("--nginx", action="store_true", help="nginx in front, deploy/nginx/portal.conf")
    parser.add_argument("--dir", type=Path, help="work (and keep) here; a later run reuses its portal")
    parser.add_argument("--host", help="run locust only, against this running portal (http://host:port)")
    args = parser.parse_args(argv)
    try:
        low, high = (float(x) for x in args.think.split(","))
        assert 0 <= low <= high
    except (ValueError, AssertionError):
        parser.error('--think takes "min,max" seconds')
    if min(args.users, args.seconds, args.workers) < 1 or args.spawn_rate <= 0:
        parser.error("--users, --seconds, --workers and --spawn-rate must be positive")
    return args


def main(argv=None):
    args = parse_args(argv)
    stop_on_signals()
    if args.dir:
        args.dir.mkdir(parents=True, exist_ok=True)
    run_dir = args.dir.resolve() if args.dir else Path(tempfile.mkdtemp(prefix="portal-load-"))
    server = nginx = None
    try:
        if args.host:
            host = args.host.rstrip("/")
        else:
            log(f"== a throw-away portal in {run_dir} ==")
            var, static_root, _article = setup_demo_portal(run_dir)
            extra = {"RATELIMIT_IP_META_KEY": "HTTP_X_FORWARDED_FOR", "PAGE_CACHE_SECONDS": 300}
            if args.no_cache:
                extra["PAGE_CACHE_SECONDS"] = 0
            use_redis = not args.no_redis and redis_ok(args.redis_url)
            if use_redis:
                import redis

                redis.Redis.from_url(args.redis_url).flushdb()
                extra.update(REDIS_URL=args.redis_url, CELERY_TASK_ALWAYS_EAGER="true")
            server = Gunicorn(base_env(var, static_root, **extra), run_dir, workers=args.workers, name="gunicorn-load")
            server.start()
            cache = "off" if args.no_cache else ("Redis " + args.redis_url if use_redis else "each worker's memory")
            log(f"    gunicorn: {args.workers} sync workers on {HOST}:{server.port}; page cache: {cache}")
            host = f"http://{HOST}:{server.port}"
            if args.nginx:
                port = free_port()
                # The readers' own addresses come from locust on 127.0.0.1: nginx believes their X-Forwarded-For.
                body = deploy_nginx_config(
                    server.port, port, run_dir / "nginx-cache", var / "media", trust_forwarded_from=HOST
                )
                nginx = Nginx(run_dir / "nginx", body)
                nginx.start(port)
                host = f"http://{HOST}:{port}"
                log(f"    nginx in front (deploy/nginx/portal.conf) on {HOST}:{port}")
        rows, counts, load, discovered = run_locust(args, host, run_dir)
        passed = report(rows, counts, load, discovered, args)
        return 0 if passed else 3
    except SetupError as exc:
        log(f"\nSETUP FAILED: {exc}")
        return 1
    except KeyboardInterrupt:
        log("\nInterrupted: servers stopped.")
        return 130
    finally:
        if nginx is not None:
            nginx.stop()
        if server is not None:
            server.stop()
        if args.dir:
            log(f"Kept: {run_dir}")
        else:
            shutil.rmtree(run_dir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
