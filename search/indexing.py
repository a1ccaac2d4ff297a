"""Bulk (re)indexing used by ``update_index`` / ``rebuild_index``: batches, progress, removal of stale entries."""

import datetime

from django.utils import timezone
from haystack import connections


def indexes_for(labels=()):
    """The search indexes to work on: all, or those of the given apps / app.model labels."""
    unified = connections["default"].get_unified_index()
    chosen = []
    for model in unified.get_indexed_models():
        app_label, model_name = model._meta.app_label, model._meta.model_name
        if not labels or app_label in labels or f"{app_label}.{model_name}" in labels:
            chosen.append((model, unified.get_index(model)))
    return chosen


def update_model(model, index, hours=None, batch_size=500, progress=None, workers=1, fresh=False):
    """Index the public rows of ``model`` (changed in the last ``hours`` if given); returns how many.

    With a backend that can (Whoosh), everything goes through one writer: ``workers`` processes share the work
    and ``fresh`` (after the index was cleared) skips the per-document lookup of an older version.
    """
    backend = connections["default"].get_backend()
    start = timezone.now() - datetime.timedelta(hours=hours) if hours else None
    queryset = index.build_queryset(start_date=start).order_by("pk")
    pks = list(queryset.values_list("pk", flat=True))
    state = {"done": 0}

    def batches():
        for offset in range(0, len(pks), batch_size):
            batch = list(queryset.filter(pk__in=pks[offset : offset + batch_size]))
            yield batch
            state["done"] += len(batch)
            if progress:
                progress(model, state["done"], len(pks))

    if hasattr(backend, "bulk_update"):
        backend.bulk_update(index, batches(), procs=workers, fresh=fresh)
    else:
        for batch in batches():
            backend.update(index, batch)
    return state["done"]


def remove_stale(model, index, batch_size=1000):
    """Remove index entries of ``model`` whose row is gone or no longer public; returns how many."""
    backend = connections["default"].get_backend()
    public = {str(pk) for pk in index.index_queryset().values_list("pk", flat=True)}
    label = f"{model._meta.app_label}.{model._meta.model_name}"
    indexed = backend.indexed_ids(label)
    stale = [pk for pk in indexed if pk not in public]
    for pk in stale:
        backend.remove(f"{label}.{pk}")
    return len(stale)
