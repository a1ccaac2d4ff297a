"""The text of a draft's files (PDF, DOCX; DOC has no reader here), read once a file is committed."""

import datetime
import logging

from django.utils import timezone

from documents import files

from .models import DraftFile

logger = logging.getLogger(__name__)


def read_text(draft_file):
    if draft_file.file_type == "pdf":
        try:
            return files.extract_text(draft_file.file).text
        except files.UnreadablePdfError:
            logger.warning("Draft file %s cannot be read; no text extracted", draft_file.pk)
            return ""
    if draft_file.file_type == "docx":
        return files.extract_docx_text(draft_file.file)
    return ""


def extract_file_text(file_id):
    """Store the file's text; returns its draft's id (for the index update), or None if the file is gone."""
    draft_file = DraftFile.objects.filter(pk=file_id).first()
    if draft_file is None:
        return None
    DraftFile.objects.filter(pk=file_id).update(text=read_text(draft_file), text_read_at=timezone.now())
    return draft_file.draft_id


def pending_files(limit=200, settle_minutes=10, now=None):
    """Ids of files never read (the broker or worker was down after the upload), the oldest first; files whose
    draft changed less than ``settle_minutes`` ago are left to their own task."""
    now = now or timezone.now()
    return list(
        DraftFile.objects.filter(
            text_read_at__isnull=True,
            file_type__in=["pdf", "docx"],  # what read_text can read; the others are never marked
            draft__updated_at__lt=now - datetime.timedelta(minutes=settle_minutes),
        )
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
