"""A new or replaced draft file is read by the worker once the upload is committed."""

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import DraftFile


@receiver(post_save, sender=DraftFile)
def _schedule_extraction(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw or getattr(instance, "extract_now", False):
        return
    from .tasks import extract_draft_file_text

    file_id = instance.pk
    transaction.on_commit(lambda: extract_draft_file_text.delay(file_id))
