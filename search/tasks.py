"""Index jobs for the Celery worker: one object, and the periodic catch-up after an outage."""

import logging

from celery import shared_task
from django.apps import apps
from django.core.management import call_command
from haystack import connections

logger = logging.getLogger(__name__)


def update_object(model_label, pk):
    """Index the object if it is public now, remove it otherwise (unpublished, private, deleted). Idempotent."""
    model = apps.get_model(model_label)
    index = connections["default"].get_unified_index().get_index(model)
    backend = connections["default"].get_backend()
    obj = index.index_queryset().filter(pk=pk).first()
    if obj is None:
        backend.remove(f"{model._meta.app_label}.{model._meta.model_name}.{pk}")
        return "removed"
    backend.update(index, [obj])
    return "updated"


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=10)
def update_object_index(self, model_label, pk):
    try:
        return update_object(model_label, pk)
    except Exception as error:
        logger.warning("Index update of %s %s failed (%s); retrying", model_label, pk, error)
        raise self.retry(exc=error, countdown=min(300, 10 * 2**self.request.retries)) from error


@shared_task(ignore_result=True)
def catch_up_index(hours=2):
    """Re-index what changed recently: whatever a stopped worker missed is caught up by the next beat."""
    call_command("update_index", age=hours, remove=True, verbosity=0)


def update_objects(model_label, pks):
    """Index (or remove) many objects of one model in one index write: for imports. Returns how many were indexed."""
    model = apps.get_model(model_label)
    index = connections["default"].get_unified_index().get_index(model)
    backend = connections["default"].get_backend()
    public = list(index.index_queryset().filter(pk__in=pks))
    if public:
        backend.update(index, public)
    label = f"{model._meta.app_label}.{model._meta.model_name}"
    for pk in set(map(str, pks)) - {str(obj.pk) for obj in public}:
        backend.remove(f"{label}.{pk}")
    return len(public)


@shared_task(bind=True, ignore_result=True, acks_late=True, max_retries=5, default_retry_delay=10)
def update_objects_index(self, model_label, pks):
    try:
        return update_objects(model_label, pks)
    except Exception as error:
        logger.warning("Index update of %s %s objects failed (%s); retrying", len(pks), model_label, error)
        raise self.retry(exc=error, countdown=min(300, 10 * 2**self.request.retries)) from error
