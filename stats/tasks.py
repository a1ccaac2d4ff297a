"""Background jobs of the stats app (thin wrappers; ``manage.py rollup_visits`` is the command twin)."""

from celery import shared_task

from .rollup import rollup


@shared_task(ignore_result=True, acks_late=True)
def rollup_visits():
    """Move the counted views into the daily rows. Idempotent: safe to run twice, or after a crash."""
    return rollup().as_dict()
