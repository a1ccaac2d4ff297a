"""What the benchmarks (and tests/load/) share: a throw-away portal's environment, manage.py, gunicorn and nginx on
127.0.0.1, an http.client load generator, wrk, percentiles and the machine's load.

Not a benchmark itself; the scripts beside it import it (``sys.path`` holds their folder when run as scripts).
"""

import contextlib
import http.client
import json
import math
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
HOST = "127.0.0.1"
WORKERS = 2
# Variables of portal/settings.py (and Django's) that must not leak from the caller's shell into the runs.
PORTAL_ENV = {
    "DATABASE_URL",
    "REDIS_URL",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "BASE_URL",
    "DEBUG",
    "HTTPS",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "EMAIL_URL",
    "MEDIA_ROOT",
    "PRIVATE_MEDIA_ROOT",
    "SERVE_MEDIA",
    "STATIC_ROOT",
    "CELERY_BROKER_URL",
    "CELERY_TASK_ALWAYS_EAGER",
    "PORTAL_VAR_DIR",
    "LOG_LEVEL",
    "NEWS_PAGE_SIZE",
    "DB_CONN_MAX_AGE",
    "DJANGO_SETTINGS_MODULE",
    "PAGE_CACHE_SECONDS",
    "PAGE_CACHE_QUERY_SECONDS",
    "FRONTEND_CACHE_PURGE_URL",
    "RATELIMIT_IP_META_KEY",
    "STATS_REDIS_URL",
    "SEARCH_RATE",
}


class SetupError(Exception):
    """A database, command or server could not be set up: the run stops with exit status 1."""


def log(message=""):
    print(message, flush=True)


def pct(values, q):
    """The q-th percentile (nearest rank) of ``values``; NaN when empty."""
    values = sorted(values)
    if not values:
        return math.nan
    return values[min(len(values) - 1, max(0, math.ceil(q / 100 * len(values)) - 1))]


def tail(path, lines=25):
    try:
        return "\n".join(Path(path).read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


# --- the machine's load -------------------------------------------------------------------------------------------


def loadavg():
    try:
        return tuple(float(x) for x in Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return (math.nan, math.nan, math.nan)


def cpu_times():
    """(busy, total) jiffies of all CPUs since boot, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    except (OSError, ValueError):
        return (0, 0)
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    return (sum(fields) - idle, sum(fields))


class MachineLoad:
    """How busy the whole machine was between start() and stop(): the share of all CPUs in use, and loadavg."""

    def __enter__(self):
        self.before = cpu_times()
        self.load_before = loadavg()
        return self

    def __exit__(self, *exc):
        busy, total = cpu_times()
        self.busy = (busy - self.before[0]) / max(1, total - self.before[1])
        self.load_after = loadavg()
        return False

    def __str__(self):
        return f"CPU {self.busy:.0%} busy, load {self.load_before[0]:.1f}→{self.load_after[0]:.1f}"


# --- processes ------------------------------------------------------------------------------------------------------


def base_env(var_dir, static_root=None, **extra):
    """The environment of a throw-away embedded portal in ``var_dir``, without the caller's portal variables.

    The page cache is off unless ``extra`` turns it on: the benchmarks measure rendering unless they say otherwise.
    """
    env = {key: value for key, value in os.environ.items() if key not in PORTAL_ENV}
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        PORTAL_VAR_DIR=str(var_dir),
        LOG_LEVEL="WARNING",
        PYTHONUNBUFFERED="1",
        PYTHONWARNINGS="ignore::DeprecationWarning,ignore::SyntaxWarning",
        PAGE_CACHE_SECONDS="0",
        SEARCH_RATE="",  # one client address asks for thousands of searches: no per-address limit here
    )
    if static_root:
        env["STATIC_ROOT"] = str(static_root)
    env.update({key: str(value) for key, value in extra.items()})
    return env


def manage(env, log_file, *args):
    """Run ``manage.py args`` with output to ``log_file``; returns the output, raises SetupError on failure."""
    command = [PYTHON, "manage.py", *args]
    with open(log_file, "a", encoding="utf-8") as out:
        out.write(f"\n$ {' '.join(command)}\n")
        out.flush()
        done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=out, text=True, check=False)
        out.write(done.stdout)
    if done.returncode != 0:
        raise SetupError(f"`manage.py {' '.join(args[:2])}` failed (exit {done.returncode}):\n{tail(log_file)}")
    return done.stdout


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def stop_group(process, timeout=15):
    """SIGTERM a process started with ``start_new_session=True`` and its children, SIGKILL if it lingers."""
    if process is None or process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def stop_on_signals():
    """Ctrl-C, kill and a closed terminal all unwind through the callers' ``finally`` blocks (which stop gunicorn,
    nginx and databases and clean up), even when the script was started with SIGINT ignored (a background job)."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)


class Gunicorn:
    """gunicorn on 127.0.0.1 in its own process group, so that stopping it stops its workers too."""

    def __init__(self, env, workdir, workers=WORKERS, name="gunicorn"):
        self.env = env
        self.workers = workers
        self.port = free_port()
        self.access_log = workdir / f"{name}-access.log"
        self.error_log = workdir / f"{name}-error.log"
        self.process = None

    def start(self, timeout=60):
        command = [
            PYTHON,
            "-m",
            "gunicorn",
            "portal.wsgi:application",
            "--workers",
            str(self.workers),
            "--bind",
            f"{HOST}:{self.port}",
            "--timeout",
            "120",
            "--no-control-socket",
            "--access-logfile",
            str(self.access_log),
            "--access-logformat",
            "%(s)s %(D)s %(r)s",
            "--error-logfile",
            str(self.error_log),
        ]
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=self.env, stdin=subprocess.DEVNULL, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupError(f"gunicorn exited with status {self.process.returncode}:\n{tail(self.error_log)}")
            with contextlib.suppress(OSError, http.client.HTTPException):
                status, _ = fetch(self.port, "/healthz", timeout=5)
                if status == 200:
                    return
            time.sleep(0.2)
        raise SetupError(f"gunicorn did not answer /healthz within {timeout} s:\n{tail(self.error_log)}")

    def stop(self):
        stop_group(self.process)

    def log_offset(self):
        return self.access_log.stat().st_size if self.access_log.exists() else 0

    def request_times_ms(self, path, offset=0):
        """gunicorn's own request times (ms) of successful requests logged after ``offset`` to ``path``: that exact
        target when it has a query string, else that path with any query string."""
        times = []
        with open(self.access_log, encoding="utf-8", errors="replace") as log_file:
            log_file.seek(offset)
            for line in log_file:
                parts = line.split(" ")  # status, µs, method, target, protocol
                if len(parts) < 4 or parts[0] != "200":
                    continue
                target = parts[3]
                if target == path or ("?" not in path and target.split("?", 1)[0] == path):
                    times.append(int(parts[1]) / 1000)
        return times


NGINX_MAIN = """\
{user}worker_processes {workers};
daemon off;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 4096; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path {dir}/client_body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
{body}
}}
"""


def nginx_main(workers, folder, body):
    # As root, nginx's workers would run as "nobody", who cannot read our private temporary folders.
    user = "user root;\n" if hasattr(os, "geteuid") and os.geteuid() == 0 else ""
    return NGINX_MAIN.format(user=user, workers=workers, dir=folder, body=body)


class Nginx:
    """nginx in the foreground (``daemon off``) with a temporary configuration: ``body`` goes in its http block."""

    def __init__(self, workdir, body, workers=WORKERS):
        self.dir = Path(workdir)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.conf = self.dir / "nginx.conf"
        self.conf.write_text(nginx_main(workers, self.dir, body))
        self.process = None

    @staticmethod
    def binary():
        return shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)

    def start(self, port, timeout=20):
        binary = self.binary()
        if binary is None:
            raise SetupError("nginx is not installed (apt-get install -y nginx)")
        check = subprocess.run([binary, "-t", "-q", "-c", str(self.conf)], capture_output=True, text=True)
        if check.returncode != 0:
            raise SetupError(f"nginx refused its configuration {self.conf}:\n{check.stderr}")
        with open(self.dir / "stderr.log", "w") as err:
            self.process = subprocess.Popen(
                [binary, "-c", str(self.conf)], stdin=subprocess.DEVNULL, stderr=err, start_new_session=True
            )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SetupError(f"nginx exited with status {self.process.returncode}:\n{tail(self.dir / 'error.log')}")
            with contextlib.suppress(OSError):
                socket.create_connection((HOST, port), timeout=1).close()
                return
            time.sleep(0.1)
        raise SetupError(f"nginx did not listen on {port} within {timeout} s")

    def stop(self):
        stop_group(self.process)


def deploy_nginx_config(upstream_port, listen_port, cache_dir, media_dir, trust_forwarded_from=None):
    """deploy/nginx/portal.conf as docker-compose runs it, pointed at this machine's gunicorn, port and folders.

    ``trust_forwarded_from``: an address whose X-Forwarded-For nginx believes (its commented-out "behind a load
    balancer" lines, turned on): the load test's simulated readers each bring an address of their own.
    """
    Path(cache_dir).mkdir(parents=True, exist_ok=True)  # nginx makes the cache folders, not their parent
    Path(media_dir).mkdir(parents=True, exist_ok=True)
    text = (ROOT / "deploy" / "nginx" / "portal.conf").read_text()
    replacements = [
        ("server web:8000;", f"server {HOST}:{upstream_port};"),
        ("listen 80 default_server;", f"listen {HOST}:{listen_port} default_server;"),
        ("listen [::]:80 default_server;", ""),
        ("/var/cache/nginx/", f"{cache_dir}/"),
        ("alias /srv/media/;", f"alias {media_dir}/;"),
    ]
    if trust_forwarded_from:
        replacements += [
            ("# set_real_ip_from 10.0.0.0/8;", f"set_real_ip_from {trust_forwarded_from};"),
            ("# real_ip_header X-Forwarded-For;", "real_ip_header X-Forwarded-For;"),
            ("# real_ip_recursive on;", "real_ip_recursive on;"),
        ]
    for old, new in replacements:
        if old not in text:
            raise SetupError(f"deploy/nginx/portal.conf no longer contains {old!r}: update tests/bench/_common.py")
        text = text.replace(old, new)
    return text


# --- a throw-away portal -------------------------------------------------------------------------------------------

ARTICLE_CODE = (
    "from news.models import NewsArticlePage as A; "
    "a = A.objects.live().order_by('-date').first(); print('ARTICLE', a.url, A.objects.live().count())"
)


def setup_demo_portal(run_dir, articles=0):
    """A throw-away embedded portal in ``run_dir`` (collectstatic, migrate, load_demo, generate_content up to
    ``articles``): (var folder, static root, URL of the newest article). A folder set up before is reused as it is.
    """
    static_root = run_dir / "static"
    var = run_dir / "var"
    marker = run_dir / "portal.json"
    if marker.exists():  # --dir of an earlier run: its portal is reused as it is
        saved = json.loads(marker.read_text())
        log(f"    reused from an earlier run: {saved['articles']:,} live articles; the article: {saved['article']}")
        return var, static_root, saved["article"]
    env = base_env(var, static_root)
    setup_log = run_dir / "setup.log"
    steps = [("collectstatic", ["collectstatic", "--noinput", "--verbosity", "0"]), ("migrate", ["migrate"])]
    steps.append(("load_demo", ["load_demo"]))
    for name, command in steps:
        started = time.monotonic()
        manage(env, setup_log, *command)
        log(f"    {name}: {time.monotonic() - started:.1f} s")
    out = manage(env, setup_log, "shell", "--no-imports", "-c", ARTICLE_CODE)
    _marker, article, count = next(line for line in out.splitlines() if line.startswith("ARTICLE")).split()
    if articles > int(count):
        started = time.monotonic()
        manage(env, setup_log, "generate_content", "--articles", str(articles - int(count)))
        log(f"    generate_content: {time.monotonic() - started:.1f} s")
        count = articles
    log(f"    {int(count):,} live articles; the article measured: {article}")
    marker.write_text(json.dumps({"article": article, "articles": int(count)}))
    return var, static_root, article


def redis_ok(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except Exception:  # noqa: BLE001 - any failure means "no Redis here"
        return False


# --- HTTP clients ---------------------------------------------------------------------------------------------------


def fetch(port, path, timeout=30, headers=None):
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, body
    finally:
        conn.close()


def fetch_full(port, path, timeout=30, headers=None):
    """(status, headers as a dict with lower-case names, body)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        conn.request("GET", path, headers=headers or {})
        response = conn.getresponse()
        body = response.read()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, body
    finally:
        conn.close()


def hammer(port, path, total, concurrency, max_seconds=None, headers=None):
    """Send ``total`` GETs from ``concurrency`` threads, one keep-alive connection each.

    Returns (latencies in ms of 200 responses, number of errors, wall time, whether the time limit stopped it).
    """
    headers = {"Accept-Encoding": "gzip"} if headers is None else headers
    lock = threading.Lock()
    state = {"sent": 0, "errors": 0, "stopped": False}
    latencies = []
    started = time.perf_counter()
    deadline = started + max_seconds if max_seconds else None

    def claim():
        with lock:
            if state["sent"] >= total:
                return False
            if deadline and time.perf_counter() > deadline:
                state["stopped"] = True
                return False
            state["sent"] += 1
            return True

    def worker():
        conn = http.client.HTTPConnection(HOST, port, timeout=120)
        try:
            while claim():
                t0 = time.perf_counter()
                try:
                    # http.client reopens the connection by itself when the server closed it (gunicorn's sync
                    # workers answer "Connection: close").
                    conn.request("GET", path, headers=headers)
                    response = conn.getresponse()
                    response.read()
                    ok = response.status == 200
                except (OSError, http.client.HTTPException):
                    conn.close()
                    ok = False
                elapsed = (time.perf_counter() - t0) * 1000
                with lock:
                    if ok:
                        latencies.append(elapsed)
                    else:
                        state["errors"] += 1
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(concurrency)]
    for thread in threads:
        thread.start()
    try:
        for thread in threads:
            thread.join()
    except BaseException:
        with lock:
            state["sent"] = total  # Ctrl-C: the threads stop after their current request
        raise
    return latencies, state["errors"], time.perf_counter() - started, state["stopped"]


WRK_SCRIPT = """\
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout
  io.write(string.format('WRK_JSON {"requests": %d, "seconds": %f, "errors": %d, "status_errors": %d, '
    .. '"p50": %f, "p95": %f, "p99": %f, "max": %f}\\n',
    summary.requests, summary.duration / 1e6, errors, summary.errors.status,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000))
end
"""


def wrk_available():
    return shutil.which("wrk") is not None


def wrk(port, path, seconds, connections, threads=2, headers=None):
    """Run wrk against http://127.0.0.1:port/path: dict with requests, seconds, errors, p50/p95/p99/max (ms), rps.

    wrk counts non-2xx/3xx answers as ``status_errors``; latencies are wrk's own (send → full response).
    """
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(WRK_SCRIPT)
    command = [
        "wrk",
        "-t",
        str(threads),
        "-c",
        str(connections),
        "-d",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "30s",
    ]
    command += ["-s", script.name]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    command.append(f"http://{HOST}:{port}{path}")
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False)
    finally:
        os.unlink(script.name)
    line = next((line for line in done.stdout.splitlines() if line.startswith("WRK_JSON ")), None)
    if line is None:
        raise SetupError(f"wrk printed no result:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    result = json.loads(line[len("WRK_JSON ") :])
    result["rps"] = result["requests"] / result["seconds"] if result["seconds"] else 0.0
    return result
