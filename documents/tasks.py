"""Background work of the document library: text extraction from the main PDF, which feeds the search index."""

import logging

from celery import shared_task
from django.db import transaction

from search.tasks import update_object_index

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
