"""Background work of the document library: text extraction from the main PDF, which feeds the search index."""

import datetime
import logging

from celery import shared_task
from django.db import transaction
from django.utils import timezone

from portal.queueing import catch_up
from search.tasks import update_object, update_object_index

from . import files
from .models import Attachment, LegalDocument

logger = logging.getLogger(__name__)


def extract_document_text(document_id):
    """Read the text of the document's main PDF into ``LegalDocument.text``; idempotent. Returns the characters."""
    main = (
        Attachment.objects.filter(document_id=document_id, kind=Attachment.MAIN, file_type="pdf")
        .order_by("sort_order", "pk")
        .first()
    )
    if main is None:
        LegalDocument.objects.filter(pk=document_id).update(text="", has_text_layer=None)
        return 0
    try:
        extracted = files.extract_text(main.file)
    except files.UnreadablePdfError:
        logger.warning("Main PDF of document %s cannot be read; no text extracted", document_id)
        extracted = files.ExtractedText(text="", page_count=main.page_count or 0, has_text_layer=False)
    # update(), not save(): the row changes without re-triggering extraction.
    LegalDocument.objects.filter(pk=document_id).update(text=extracted.text, has_text_layer=extracted.has_text_layer)
    return len(extracted.text)


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=30)
def extract_document_text_task(self, document_id):
    try:
        extract_document_text(document_id)
    except OSError as error:  # storage not reachable: try again later
        raise self.retry(exc=error) from error
    transaction.on_commit(lambda: update_object_index.delay("documents.legaldocument", document_id))


def extract_pending_texts(limit=200, settle_minutes=10, now=None):
    """Catch up: documents whose main PDF was never read (the broker or the worker was down after the upload, or the
    storage failed until the task gave up), read and indexed now, the oldest change first, ``limit`` per run.
    Documents changed less than ``settle_minutes`` ago are left to their own task. Returns how many were read."""
    now = now or timezone.now()
    pending = list(
        LegalDocument.objects.filter(
            has_text_layer__isnull=True,
            updated_at__lt=now - datetime.timedelta(minutes=settle_minutes),
            attachments__kind=Attachment.MAIN,
            attachments__file_type="pdf",
        )
        .order_by("updated_at", "pk")
        .values_list("pk", flat=True)
        .distinct()[:limit]
    )

    def read_and_index(document_id):
        extract_document_text(document_id)
        update_object("documents.legaldocument", document_id)

    return len(catch_up(pending, read_and_index, "Text of document %s still not extracted"))


@shared_task(ignore_result=True, acks_late=True)
def extract_pending_texts_task(limit=200):
    return extract_pending_texts(limit=limit)
