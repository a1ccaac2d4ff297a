"""Logging as JSON lines for production (``LOG_FORMAT=json``) and the optional Sentry client (``SENTRY_DSN``).

One JSON object a line, on stderr, for a log collector (journald, Loki, CloudWatch, ELK) to parse without a regex:
``time`` (ISO 8601, local time zone), ``level``, ``logger``, ``message``, ``process``, the exception's traceback as
``exc``, and whatever ``extra`` a caller passed that JSON can carry (Django's request logger adds ``status_code``;
its ``request`` becomes ``method`` and ``path`` — never the query string, the body or the client's address).
"""

import datetime
import json
import logging

# Attributes every LogRecord has: the rest came from ``extra=``.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


class JsonFormatter(logging.Formatter):
    def format(self, record):
        entry = {
            "time": datetime.datetime.fromtimestamp(record.created).astimezone().isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "process": record.process,
        }
        for name, value in vars(record).items():
            if name in _STANDARD or name.startswith("_"):
                continue
            if name == "request":
                entry["method"] = getattr(value, "method", None)
                entry["path"] = getattr(value, "path", None)
                continue
            entry[name] = value if isinstance(value, str | int | float | bool | type(None)) else repr(value)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            entry["exc"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(log_format="plain", level="INFO"):
    """The LOGGING setting: plain text lines (default) or JSON lines."""
    if log_format not in ("plain", "json"):
        raise ValueError(f"LOG_FORMAT must be 'plain' or 'json', not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {
            "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
            "json": {"()": "portal.logs.JsonFormatter"},
        },
        "handlers": {"console": {"class": "logging.StreamHandler", "formatter": log_format}},
        "root": {"handlers": ["console"], "level": level},
        "loggers": {"django.request": {"level": "ERROR"}, "fontTools": {"level": "WARNING"}},
    }


def init_sentry(dsn, environment="production", release="", traces_sample_rate=0.0):
    """Errors of the web processes and the Celery worker to Sentry. Citizens' data stays here: no client address,
    cookies or user (``send_default_pii`` off) and no request bodies (forms carry e-mail addresses and phones)."""
    import sentry_sdk
    from sentry_sdk.integrations.celery import CeleryIntegration
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        integrations=[DjangoIntegration(), CeleryIntegration()],
        environment=environment,
        release=release or None,
        traces_sample_rate=traces_sample_rate,
        send_default_pii=False,
        max_request_body_size="never",
    )
