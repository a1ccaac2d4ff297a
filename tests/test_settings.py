"""Settings come from the environment only: embedded default vs production, and check --deploy."""

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DATABASE_URL": "postgres://portal:secret@db.example:5432/portal",
    "REDIS_URL": "redis://cache.example:6379/0",
    "SECRET_KEY": "x" * 60 + "-production-like-key-for-the-test",
    "ALLOWED_HOSTS": "ninhbinh.gov.vn,www.ninhbinh.gov.vn",
}
PROBE = """
import json
from django.conf import settings
print(json.dumps({
    "engine": settings.DATABASES["default"]["ENGINE"],
    "db_name": str(settings.DATABASES["default"]["NAME"]),
    "cache": settings.CACHES["default"]["BACKEND"],
    "eager": settings.CELERY_TASK_ALWAYS_EAGER,
    "broker": settings.CELERY_BROKER_URL,
    "debug": settings.DEBUG,
    "hosts": settings.ALLOWED_HOSTS,
    "ssl_redirect": settings.SECURE_SSL_REDIRECT,
    "secure_cookies": settings.SESSION_COOKIE_SECURE and settings.CSRF_COOKIE_SECURE,
    "media": str(settings.MEDIA_ROOT),
    "language": settings.LANGUAGE_CODE,
    "tz": settings.TIME_ZONE,
    "secret_key_len": len(settings.SECRET_KEY),
}))
"""


def _clean_env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV and k not in ("DEBUG", "HTTPS")}
    env.update(PORTAL_VAR_DIR=str(tmp_path / "var"), DJANGO_SETTINGS_MODULE="portal.settings", **extra)
    return env


def _run(args, env):
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)


def _settings(env):
    result = _run(["-c", "import django; django.setup()\n" + PROBE], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_embedded_default_needs_no_server(tmp_path):
    values = _settings(_clean_env(tmp_path))
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["db_name"] == str(tmp_path / "var" / "portal.sqlite3")
    assert values["cache"].endswith("FileBasedCache")  # shared by every local process
    assert values["eager"] is True and values["broker"] == "memory://"
    assert values["debug"] is False
    assert {"localhost", "127.0.0.1"} <= set(values["hosts"])
    assert values["ssl_redirect"] is False
    assert values["media"] == str(tmp_path / "var" / "media")
    assert values["language"] == "vi" and values["tz"] == "Asia/Ho_Chi_Minh"
    # A random key is generated once and kept, never committed.
    key_file = tmp_path / "var" / "secret_key"
    assert key_file.exists() and values["secret_key_len"] >= 50
    assert _settings(_clean_env(tmp_path))["secret_key_len"] == values["secret_key_len"]


def test_production_from_environment(tmp_path):
    values = _settings(_clean_env(tmp_path, **PRODUCTION_ENV))
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["cache"] == "portal.cache.TolerantRedisCache"  # Django's RedisCache, riding out a dead Redis
    assert values["eager"] is False and values["broker"] == PRODUCTION_ENV["REDIS_URL"]
    assert values["debug"] is False
    assert values["hosts"] == ["ninhbinh.gov.vn", "www.ninhbinh.gov.vn"]
    assert values["ssl_redirect"] is True and values["secure_cookies"] is True


def test_production_refuses_to_start_without_a_secret_key(tmp_path):
    env = _clean_env(tmp_path, **PRODUCTION_ENV)
    del env["SECRET_KEY"]
    result = _run(["-c", "import django; django.setup()"], env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_passes_check_deploy_without_warnings(tmp_path):
    result = _run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], _clean_env(tmp_path, **PRODUCTION_ENV))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_no_secret_in_the_repository():
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert ".env" not in tracked
    assert not any(name.startswith("var/") for name in tracked)


def test_docker_compose_describes_production():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert {"web", "worker", "beat", "postgres", "redis"} <= set(services)
    assert {"media", "search-index", "postgres-data"} <= set(compose["volumes"])
    for name in ("web", "worker", "postgres", "redis"):
        assert "healthcheck" in services[name], name
    assert "gunicorn" in services["web"]["command"]
    assert services["worker"]["command"][:4] == ["celery", "-A", "portal", "worker"]
    assert services["beat"]["command"][:4] == ["celery", "-A", "portal", "beat"]
    for name in ("web", "worker", "beat"):
        env = services[name]["environment"]
        assert env["DATABASE_URL"].startswith("postgres://")
        assert env["REDIS_URL"].startswith("redis://")
        assert services[name]["env_file"] == ".env"
    for name in ("web", "worker"):
        mounts = {volume.split(":")[0] for volume in services[name]["volumes"]}
        assert {"media", "search-index"} <= mounts
    # Every variable the example file sets is one the settings read.
    example = (ROOT / ".env.example").read_text()
    settings_source = (ROOT / "portal" / "settings.py").read_text()
    for line in example.splitlines():
        if line and not line.startswith("#"):
            name = line.split("=", 1)[0]
            assert name == "POSTGRES_PASSWORD" or f'"{name}"' in settings_source, name
