"""A new or replaced main file is read by the worker once the upload is committed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal import cache_versions
from portal.queueing import send_on_commit

from .models import Attachment, DocumentRelation, LegalDocument


@receiver(post_save, sender=Attachment)
@receiver(post_delete, sender=Attachment)
def _schedule_extraction(sender, instance, raw=False, **kwargs):
    if raw or instance.kind != Attachment.MAIN or getattr(instance, "extract_now", False):
        return
    from .tasks import extract_document_text_task

    send_on_commit(extract_document_text_task, instance.document_id)


# The finder caches its totals per filter combination until a document or a relation changes.
COUNT_VERSION_KEY = "documents:count-version"


def count_version():
    return cache_versions.version(COUNT_VERSION_KEY)


def _bump_count_version(sender, raw=False, **kwargs):
    cache_versions.bump(COUNT_VERSION_KEY)


for _model in (LegalDocument, DocumentRelation):
    post_save.connect(_bump_count_version, sender=_model, dispatch_uid=f"documents-count-{_model.__name__}-save")
    post_delete.connect(_bump_count_version, sender=_model, dispatch_uid=f"documents-count-{_model.__name__}-delete")
