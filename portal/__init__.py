"""The portal project package and site shell: settings, URLs, Celery app, home and standard pages."""

from .celery import app as celery_app

__all__ = ["celery_app"]
