"""A new or replaced main file is read by the worker once the upload is committed."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import Attachment


@receiver(post_save, sender=Attachment)
@receiver(post_delete, sender=Attachment)
def _schedule_extraction(sender, instance, raw=False, **kwargs):
    if raw or instance.kind != Attachment.MAIN or getattr(instance, "extract_now", False):
        return
    from .tasks import extract_document_text_task

    document_id = instance.document_id
    transaction.on_commit(lambda: extract_document_text_task.delay(document_id))
