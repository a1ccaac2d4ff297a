"""Background work of Q&A: the workflow's e-mails and the daily reminder, thin wrappers around qa.notifications.

Each task takes ids and can run again safely; ``manage.py qa_notify`` is their catch-up twin.
"""

import logging
import smtplib

from celery import shared_task

from . import notifications

logger = logging.getLogger(__name__)


def queue_notice(event_id):
    """Queue the e-mail of a workflow step. Never fails the request: an unsent notice is caught up later."""
    try:
        notify_event_task.delay(event_id)
    except Exception:
        logger.exception("Could not queue the notice of question event %s; the catch-up job will send it", event_id)


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=120)
def notify_event_task(self, event_id):
    try:
        notifications.notify_event(event_id)
    except (smtplib.SMTPException, OSError) as error:
        if self.request.is_eager:  # in-process: the catch-up job retries
            logger.warning("Notice of question event %s not sent: %s", event_id, error)
            return
        raise self.retry(exc=error) from error


@shared_task(ignore_result=True, acks_late=True)
def send_due_reminders_task():
    return notifications.send_due_reminders()


@shared_task(ignore_result=True, acks_late=True)
def send_pending_notices_task(hours=72):
    return notifications.send_pending_notices(hours=hours)
