"""Queued index updates: a save or delete sends a Celery task, so only the worker ever writes the index.

Whoosh allows one writer; web processes therefore never write it. Tasks carry ids, never instances, and are sent
only after the transaction commits, so the worker reads what was actually stored. In the embedded default Celery
runs tasks in-process and search stays up to date with no server.
"""

from contextlib import contextmanager

from django.apps import apps
from django.db.models import signals
from haystack.signals import BaseSignalProcessor
from wagtail.models import Page, PageViewRestriction

from portal.queueing import send_on_commit

from .tasks import update_object_index


class QueuedSignalProcessor(BaseSignalProcessor):
    def setup(self):
        signals.post_save.connect(self.handle_save)
        signals.post_delete.connect(self.handle_delete)
        # Making a page private (or public again) changes what may be indexed below it.
        signals.post_save.connect(self.handle_restriction, sender=PageViewRestriction)
        signals.post_delete.connect(self.handle_restriction, sender=PageViewRestriction)

    def teardown(self):
        signals.post_save.disconnect(self.handle_save)
        signals.post_delete.disconnect(self.handle_delete)
        signals.post_save.disconnect(self.handle_restriction, sender=PageViewRestriction)
        signals.post_delete.disconnect(self.handle_restriction, sender=PageViewRestriction)

    def _indexed_model(self, sender, instance):
        """The model whose index covers ``instance`` (a Wagtail page saved as its base class too), or None."""
        indexed = self.connections["default"].get_unified_index().get_indexed_models()
        if sender in indexed:
            return sender
        if isinstance(instance, Page):
            specific = instance.specific_class
            if specific in indexed:
                return specific
        return None

    def _enqueue(self, model, pk):
        label = f"{model._meta.app_label}.{model._meta.model_name}"
        # A dead broker must not fail the save: the periodic catch-up indexes what was not queued.
        send_on_commit(update_object_index, label, pk)

    def handle_save(self, sender, instance, raw=False, **kwargs):
        if raw:  # fixtures and bulk loads are indexed by update_index
            return
        model = self._indexed_model(sender, instance)
        if model is not None:
            self._enqueue(model, instance.pk)

    def handle_delete(self, sender, instance, **kwargs):
        model = self._indexed_model(sender, instance)
        if model is not None:
            self._enqueue(model, instance.pk)

    def handle_restriction(self, sender, instance, raw=False, **kwargs):
        if raw:
            return
        for page in Page.objects.descendant_of(instance.page, inclusive=True).only("pk", "content_type"):
            model = self._indexed_model(Page, page)
            if model is not None:
                self._enqueue(model, page.pk)


@contextmanager
def indexing_paused():
    """No queued index updates inside the block: for bulk loads, which run ``update_index`` once afterwards."""
    processor = apps.get_app_config("haystack").signal_processor
    processor.teardown()
    try:
        yield
    finally:
        processor.setup()
