"""Sending Celery tasks from a request without letting a dead broker fail it.

A form stored or a page published must not turn into a 500 because Redis (the broker) is down at that moment:
``send_on_commit`` queues the task once the transaction commits and, if the broker refuses it, logs a warning and
carries on. What was not queued is caught up by the periodic jobs (``search.tasks.catch_up_index`` re-indexes what
changed in the last two hours; ``qa.tasks.send_pending_notices_task`` sends the Q&A notices,
``drafts.tasks.send_pending_receipts_task`` the comment receipts, ``documents.tasks.extract_pending_texts_task``
and ``drafts.tasks.extract_pending_draft_texts`` read the files). After a refusal the
broker is left alone for ``RETRY_SECONDS``, so a request that queues several tasks does not wait for each.

In the embedded default (tasks run in-process) nothing is caught: a task's own error is the caller's to see.
"""

import logging
import threading
import time

from django.db import transaction

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5

_lock = threading.Lock()
_down_until = 0.0


def send(task, *args, **kwargs):
    """``task.delay(*args, **kwargs)``; None instead of an exception when the broker cannot take it."""
    global _down_until
    if task.app.conf.task_always_eager:
        return task.delay(*args, **kwargs)
    if time.monotonic() < _down_until:
        logger.warning("Broker unavailable a moment ago: %s%r not queued (the catch-up job redoes it)", task.name, args)
        return None
    try:
        return task.delay(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - kombu's OperationalError, socket errors: the broker is away
        with _lock:
            _down_until = time.monotonic() + RETRY_SECONDS
        logger.warning("Broker unavailable: %s%r not queued (the catch-up job redoes it): %s", task.name, args, error)
        return None


def send_on_commit(task, *args, **kwargs):
    """Queue the task once the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(lambda: send(task, *args, **kwargs))


def catch_up(ids, work, failure):
    """``work(id)`` for each id of a catch-up job; one that fails is logged (``failure % id``, with the traceback) and
    left for the next run without stopping the others. Returns the results of those that succeeded."""
    results = []
    for each in list(ids):
        try:
            results.append(work(each))
        except Exception:  # an unreachable address or a missing file must not stop the rest
            logger.exception(failure, each)
    return results
