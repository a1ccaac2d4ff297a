"""A new or replaced draft file is read by the worker once the upload is committed."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from portal.queueing import send_on_commit

from .models import DraftFile


@receiver(post_save, sender=DraftFile)
def _schedule_extraction(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or getattr(instance, "extract_now", False):
        return
    from .tasks import extract_draft_file_text

    send_on_commit(extract_draft_file_text, instance.pk)
