"""Background work of the consultation: e-mails, and reading the text of draft files for the site search."""

import logging
import smtplib

from celery import shared_task
from django.db import transaction

from portal.queueing import catch_up
from search.tasks import update_object, update_object_index

from . import notifications
from .text import extract_file_text, pending_files

logger = logging.getLogger(__name__)


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=120)
def send_comment_receipt(self, comment_id):
    try:
        notifications.send_receipt(comment_id)
    except (smtplib.SMTPException, OSError) as error:
        if self.request.is_eager:  # in-process: the citizen already has the code on screen
            logger.warning("Receipt of comment %s not sent: %s", comment_id, error)
            return
        raise self.retry(exc=error) from error


@shared_task(ignore_result=True, acks_late=True)
def send_pending_receipts_task(hours=72):
    return notifications.send_pending_receipts(hours=hours)


@shared_task(ignore_result=True, acks_late=True)
def send_comment_digests():
    return notifications.send_digests()


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=30)
def extract_draft_file_text(self, file_id):
    try:
        draft_id = extract_file_text(file_id)
    except OSError as error:
        raise self.retry(exc=error) from error
    if draft_id:
        transaction.on_commit(lambda: update_object_index.delay("drafts.draftdocument", draft_id))


@shared_task(ignore_result=True, acks_late=True)
def extract_pending_draft_texts(limit=200):
    """Catch up: read the files whose task a dead broker refused, and index their drafts. Returns the files read."""
    draft_ids = catch_up(pending_files(limit=limit), extract_file_text, "Text of draft file %s still not read")
    for draft_id in sorted({draft_id for draft_id in draft_ids if draft_id}):
        update_object("drafts.draftdocument", draft_id)
    return len(draft_ids)
