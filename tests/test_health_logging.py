"""Structured logging (LOG_FORMAT=json: one JSON object a line) and the optional Sentry client (SENTRY_DSN)."""

import json
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory

from portal.logs import JsonFormatter, logging_config

ROOT = Path(__file__).resolve().parents[1]


def _record(message="Gửi thư %s", args=("thất bại",), exc_info=None, **extra):
    record = logging.LogRecord("qa.tasks", logging.WARNING, __file__, 10, message, args, exc_info)
    for name, value in extra.items():
        setattr(record, name, value)
    return record


def test_a_record_is_one_json_line():
    line = JsonFormatter().format(_record(status_code=503, question_id=42))
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "WARNING" and entry["logger"] == "qa.tasks"
    assert entry["message"] == "Gửi thư thất bại"  # Vietnamese kept readable (no \\u escapes needed to parse)
    assert entry["status_code"] == 503 and entry["question_id"] == 42
    assert entry["time"][:2] == "20" and "T" in entry["time"]


def test_exceptions_and_requests_are_summarised():
    try:
        raise ValueError("hỏng")
    except ValueError:
        record = _record(exc_info=sys.exc_info())
    record.request = RequestFactory().post("/hoi-dap/gui-cau-hoi/?ma=ABC", {"asker_email": "an@example.vn"})
    entry = json.loads(JsonFormatter().format(record))
    assert "ValueError: hỏng" in entry["exc"] and "Traceback" in entry["exc"]
    assert entry["method"] == "POST" and entry["path"] == "/hoi-dap/gui-cau-hoi/"
    assert "an@example.vn" not in json.dumps(entry) and "ABC" not in json.dumps(entry)


def test_logging_config_switches_formatter():
    assert logging_config()["handlers"]["console"]["formatter"] == "plain"
    assert logging_config("json")["handlers"]["console"]["formatter"] == "json"
    with pytest.raises(ValueError):
        logging_config("xml")


def _settings_in_a_new_process(tmp_path, **env):
    """Import the production settings in a fresh interpreter (settings run once per process) and report on them."""
    script = (
        "import json, logging, django, sentry_sdk;"
        "django.setup();"
        "from django.conf import settings;"
        "client = sentry_sdk.get_client();"
        "logging.getLogger('portal.test').warning('xin chào');"
        "print(json.dumps({'sentry': client.is_active(), 'dsn': client.dsn,"
        " 'pii': client.options.get('send_default_pii'), 'body': client.options.get('max_request_body_size'),"
        " 'format': settings.LOG_FORMAT, 'hijack': settings.CELERY_WORKER_HIJACK_ROOT_LOGGER}))"
    )
    variables = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("SENTRY_", "LOG_FORMAT", "DATABASE_URL"))},
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "PORTAL_VAR_DIR": str(tmp_path),
        **env,
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=variables, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_settings_without_sentry_and_with_plain_logs(tmp_path):
    report, stderr = _settings_in_a_new_process(tmp_path)
    assert report["sentry"] is False and report["format"] == "plain" and report["hijack"] is True
    assert "WARNING portal.test xin chào" in stderr


def test_settings_with_sentry_and_json_logs(tmp_path):
    # A DSN on the loopback's discard port: nothing is sent anywhere by importing settings.
    report, stderr = _settings_in_a_new_process(
        tmp_path, SENTRY_DSN="http://public@127.0.0.1:9/1", LOG_FORMAT="json", SENTRY_ENVIRONMENT="ci"
    )
    assert report["sentry"] is True and report["dsn"] == "http://public@127.0.0.1:9/1"
    assert report["pii"] is False and report["body"] == "never"
    assert report["format"] == "json" and report["hijack"] is False
    lines = [json.loads(line) for line in stderr.splitlines() if line.startswith("{")]
    assert any(line["message"] == "xin chào" and line["logger"] == "portal.test" for line in lines)


@pytest.mark.parametrize(
    ("url", "expected"),
    [("", "{var}/mail"), ("filemail://{tmp}/outbox", "{tmp}/outbox"), ("filemail://var/mail", "{root}/var/mail")],
)
def test_file_mail_goes_where_email_url_says(tmp_path, url, expected):
    """django-environ read filemail:///abs/path as a relative path: mail of the worker went under its cwd."""
    values = {"var": str(tmp_path / "var"), "tmp": str(tmp_path), "root": str(ROOT)}
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("EMAIL_URL", "DATABASE_URL")},
        "DJANGO_SETTINGS_MODULE": "portal.settings",
        "PORTAL_VAR_DIR": values["var"],
        "EMAIL_URL": url.format(**values),
    }
    script = "import django; django.setup(); from django.conf import settings as s; print(s.EMAIL_FILE_PATH)"
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().splitlines()[-1] == expected.format(**values)
