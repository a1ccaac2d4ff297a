"""Private storage for what citizens send (question and comment attachments): outside MEDIA_ROOT, so no web server
ever serves it directly; staff download it through admin views that check the department scope."""

from django.conf import settings
from django.core.files.storage import FileSystemStorage


def private_storage():
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT, base_url=None)
