"""Helpers for the tests that boot the production stack as real processes (tests/integration, tests/faults).

Plain functions and small classes, no fixtures: each folder's conftest.py builds its own stack from them.
``RedisServer`` and ``PostgresCluster`` start private servers on free ports in temporary folders, so a test may stop
and restart them without touching the machine's shared Redis (6379) and PostgreSQL (5432).
"""

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def http_get(url, https=True, timeout=10, headers=None):
    """(status, text, headers) of a GET, redirects not followed; ``https`` sends the proxy's X-Forwarded-Proto."""
    request = urllib.request.Request(
        url, headers={**({"X-Forwarded-Proto": "https"} if https else {}), **(headers or {})}
    )
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=timeout) as response:
            return response.status, response.read().decode(errors="replace"), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace"), dict(error.headers)


def wait_for(predicate, timeout, what, interval=0.5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except OSError:
            pass
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")


def manage(env, *args, timeout=600):
    """Run ``manage.py`` with ``env``; its stdout (fails the test with the output's tail on a non-zero exit)."""
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    return result.stdout


def production_env(var, database_url, redis_url, **extra):
    """The environment of a production deployment (portal.settings, not the test settings) in folder ``var``."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "SECRET_KEY": "integration-test-key-" + "k" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "PORTAL_VAR_DIR": str(var),
        "STATIC_ROOT": str(var / "static"),
        **extra,
    }
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    return env


class Process:
    """A long-running child process with its output in a log file; start() again after stop() to restart it."""

    def __init__(self, name, args, env, log_dir, cwd=ROOT):
        self.name, self.args, self.env, self.cwd = name, [str(a) for a in args], env, cwd
        self.log_path = Path(log_dir) / f"{name}.log"
        self.log = open(self.log_path, "a+")  # noqa: SIM115 - closed in close()
        self.popen = None

    def start(self):
        self.log.write(f"\n----- start {self.name} -----\n")
        self.log.flush()
        self.popen = subprocess.Popen(self.args, cwd=self.cwd, env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        return self

    @property
    def running(self):
        return self.popen is not None and self.popen.poll() is None

    def stop(self, timeout=20):
        if self.popen is None:
            return
        if self.popen.poll() is None:
            self.popen.terminate()
            try:
                self.popen.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.popen.kill()
                self.popen.wait()
        self.popen = None

    def output(self):
        return self.log_path.read_text(errors="replace")

    def close(self, tail=3000):
        self.stop()
        self.log.close()
        sys.stdout.write(f"\n----- {self.name} (last {tail} characters) -----\n" + self.output()[-tail:])


def gunicorn(env, port, log_dir, workers=2):
    return Process(
        "gunicorn",
        [BIN / "gunicorn", "portal.wsgi:application", "--workers", workers, "--bind", f"127.0.0.1:{port}"],
        env,
        log_dir,
    )


def celery_worker(env, log_dir):
    return Process(
        "worker",
        [
            sys.executable, "-m", "celery", "-A", "portal", "worker", "--pool", "solo", "--loglevel", "INFO",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
        ],
        env,
        log_dir,
    )


def worker_ready(worker, since=0):
    """The worker has connected to its broker (after the ``since``-th character of its log)."""
    return "ready" in worker.output()[since:]


# Private servers -----------------------------------------------------------------------------------------------


class RedisServer:
    """``redis-server`` on a free port, without persistence; stop() and start() again on the same port."""

    def __init__(self, work_dir):
        self.port = free_port()
        self.dir = Path(work_dir)
        self.process = Process(
            "redis",
            [
                shutil.which("redis-server") or "/usr/bin/redis-server",
                "--port", self.port, "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", self.dir,
            ],
            os.environ,
            self.dir,
        )

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def ping(self):
        import redis

        try:
            return redis.Redis(port=self.port, socket_connect_timeout=0.5).ping()
        except redis.RedisError:
            return False

    def start(self):
        self.process.start()
        wait_for(self.ping, 30, f"redis on port {self.port}", interval=0.1)

    def stop(self):
        self.process.stop()
        wait_for(lambda: not self.ping(), 10, "redis to stop", interval=0.1)

    def close(self):
        self.process.close(tail=1000)


class PostgresCluster:
    """A throw-away PostgreSQL cluster (Debian's binaries), trust authentication, on a free port.

    PostgreSQL refuses to run as root: as root, the cluster belongs to the ``postgres`` user and its programs run
    through ``runuser``.
    """

    def __init__(self):
        versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
        if not versions:
            raise RuntimeError("PostgreSQL's server programs are missing (/usr/lib/postgresql/*/bin)")
        self.bin = Path(versions[-1])
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="portal-faults-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self.as_user = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, program, *args, check=True):
        return subprocess.run(
            [*self.as_user, str(self.bin / program), *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            check=check,
        )

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def init(self):
        self._run("initdb", "-D", self.data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8")
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off -c full_page_writes=off"
        self._pg_ctl_args = ["-D", self.data, "-l", self.log, "-o", options]
        self.start()

    def start(self):
        self._run("pg_ctl", *self._pg_ctl_args, "-w", "start")

    def stop(self):
        self._run("pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")

    def restart(self):
        self._run("pg_ctl", *self._pg_ctl_args, "-m", "fast", "-w", "restart")

    def create_database(self, name):
        self._run("createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", name)

    def close(self):
        self._run("pg_ctl", "-D", self.data, "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.dir, ignore_errors=True)
