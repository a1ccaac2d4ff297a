"""The text of a draft's files (PDF, DOCX; DOC has no reader here), read once a file is committed."""

import logging

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
    DraftFile.objects.filter(pk=file_id).update(text=read_text(draft_file))
    return draft_file.draft_id
