"""Content checks of the files staff upload through Wagtail's own document library (video files, linked documents).

Wagtail checks only the extension of a document (``WAGTAILDOCS_EXTENSIONS``); this form base
(``WAGTAILDOCS_DOCUMENT_FORM_BASE``) also reads the content: PDF, Word and Excel through the document library's
``documents.files.inspect_upload`` (real, not encrypted, no macros), the others by their magic numbers. A file whose
content is not what its name says (an HTML page or an SVG named .pdf) is refused. Images are checked by Wagtail
itself: the decoded format must match the extension, and SVG is not among ``WAGTAILIMAGES_EXTENSIONS``.
"""

import os

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm

from documents import files

_DEEP_CHECKED = {"pdf", "doc", "docx", "xlsx"}  # kinds documents.files knows inside out
# extension → what `filetype` may find in the first bytes
_MAGIC = {"mp4": {"mp4", "m4v"}, "odt": {"odt"}, "ods": {"ods"}}
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office 97–2003 (XLS)


def check_document_file(uploaded):
    """Raise ValidationError unless the file's content is the kind its extension names."""
    extension = os.path.splitext(uploaded.name or "")[1].lower().lstrip(".")
    if extension not in settings.WAGTAILDOCS_EXTENSIONS:
        raise ValidationError(_("Không nhận loại tệp .%(ext)s."), code="not_allowed", params={"ext": extension})
    if extension in _DEEP_CHECKED:
        files.inspect_upload(uploaded, allowed_kinds=(extension,), max_size=settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
        return
    uploaded.seek(0)
    head = uploaded.read(files.HEAD_SIZE)
    uploaded.seek(0)
    if extension == "xls":
        found = head.startswith(_OLE2_MAGIC)
    else:
        kind = filetype.guess(head)
        found = kind is not None and kind.extension in _MAGIC.get(extension, ())
    if not found:
        raise ValidationError(
            _("Nội dung tệp “%(name)s” không phải là tệp .%(ext)s thật."),
            code="extension_mismatch",
            params={"name": os.path.basename(uploaded.name), "ext": extension},
        )


class CheckedDocumentForm(BaseDocumentForm):
    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        # A new upload only: an edit that keeps the stored file has nothing to check.
        if uploaded and hasattr(uploaded, "content_type"):
            check_document_file(uploaded)
        return uploaded
