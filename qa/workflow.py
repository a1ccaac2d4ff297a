"""The life of a question, in one place: which step leads from which state to which, who may take it, what it
needs, what it changes, and the history row and e-mail it leaves behind.

    received   → assigned (assign) · rejected (reject)
    assigned   → assigned (assign: another department) · rejected (reject) · answered (answer)
    answered   → assigned (return, with the reason) · published (publish: creates the QAPage) · replied (reply)
    published  → published (publish: updates the QAPage) · answered (unpublish)

``apply(question, action, user, **data)`` is the only way to change a question's state. It raises
``TransitionNotAllowed`` for a step that is illegal from the current state or not open to the user, and
``TransitionInvalid`` when the step's data is missing. Every step writes a ``QuestionEvent``; the steps the
asker or a department must hear about queue an e-mail after the transaction commits.
"""

import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from portal.permissions import department_ids, sees_all_departments
from portal.text import ascii_slug

from .models import QAIndexPage, QAPage, Question, QuestionEvent, RejectReason, Status

logger = logging.getLogger(__name__)

BOARD = "board"  # the editorial board (and superusers)
DEPARTMENT = "department"  # staff of the question's department, or the board

# Steps that call for an e-mail (see qa.notifications).
RECEIVE = "receive"
NOTIFIED_ACTIONS = (RECEIVE, "assign", "reject", "publish", "reply")


@dataclass(frozen=True)
class Transition:
    action: str
    label: str
    sources: tuple
    target: str
    who: str
    needs_note: bool = False  # a note is required (e.g. why an answer is sent back)


TRANSITIONS = {
    t.action: t
    for t in (
        Transition("assign", _("Chuyển đơn vị trả lời"), (Status.RECEIVED, Status.ASSIGNED), Status.ASSIGNED, BOARD),
        Transition("reject", _("Không tiếp nhận"), (Status.RECEIVED, Status.ASSIGNED), Status.REJECTED, BOARD),
        Transition("answer", _("Gửi câu trả lời"), (Status.ASSIGNED,), Status.ANSWERED, DEPARTMENT),
        Transition("return", _("Trả lại đơn vị để sửa"), (Status.ANSWERED,), Status.ASSIGNED, BOARD, needs_note=True),
        Transition("publish", _("Đăng công khai"), (Status.ANSWERED, Status.PUBLISHED), Status.PUBLISHED, BOARD),
        Transition("reply", _("Trả lời riêng người hỏi"), (Status.ANSWERED,), Status.REPLIED, BOARD),
        Transition("unpublish", _("Gỡ khỏi trang hỏi đáp"), (Status.PUBLISHED,), Status.ANSWERED, BOARD),
    )
}


class TransitionError(Exception):
    """A step that cannot be taken; ``message`` is meant for the person who tried."""

    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


class TransitionNotAllowed(TransitionError):
    pass


class TransitionInvalid(TransitionError):
    pass


# Who may do what ------------------------------------------------------------------------------------------------


def is_board(user):
    return bool(user and user.is_active and sees_all_departments(user) and user.has_perm("qa.change_question"))


def is_department_staff_of(user, question):
    return bool(
        user
        and user.is_active
        and question.department_id is not None
        and question.department_id in department_ids(user)
        and user.has_perm("qa.change_question")
    )


def may(user, transition, question):
    if transition.who == BOARD:
        return is_board(user)
    return is_board(user) or is_department_staff_of(user, question)


def available(question, user):
    """The steps ``user`` may take on ``question`` now, in table order."""
    return [t for t in TRANSITIONS.values() if question.status in t.sources and may(user, t, question)]


def check(question, action, user, system=False):
    """The transition, or TransitionNotAllowed with the reason."""
    transition = TRANSITIONS.get(action)
    if transition is None:
        raise TransitionNotAllowed(_("Thao tác không tồn tại."))
    if question.status not in transition.sources:
        raise TransitionNotAllowed(
            _("Không thể “%(action)s” khi câu hỏi đang ở trạng thái “%(status)s”.")
            % {"action": transition.label, "status": question.get_status_display()}
        )
    if not system and not may(user, transition, question):
        raise TransitionNotAllowed(_("Bạn không có quyền “%(action)s” câu hỏi này.") % {"action": transition.label})
    return transition


# Steps -----------------------------------------------------------------------------------------------------------


def receive(question, actor=None, note=""):
    """Store a new question (public form, or entered by staff) in the "received" state, with its first event."""
    with transaction.atomic():
        question.status = Status.RECEIVED
        if actor is not None and actor.is_authenticated:
            question.created_by = actor
        question.save()
        event = _record(question, RECEIVE, "", actor, note=note)
    return event


def apply(question, action, user, *, department=None, reason="", note="", answer=None, due_date=None, system=False):
    """Take step ``action`` on ``question`` as ``user``; returns the new QuestionEvent (``question`` is updated).

    ``system=True`` (demo data, imports; never a view) skips the check of who acts, not the check of the state.
    """
    with transaction.atomic():
        # Read the row again under a lock: two people acting at once must not both pass the state check.
        current = Question.objects.select_for_update().get(pk=question.pk)
        transition = check(current, action, user, system=system)
        note = (note or "").strip()
        if transition.needs_note and not note:
            raise TransitionInvalid(_("Cần ghi rõ lý do."))
        from_status = current.status
        now = timezone.now()
        handler = _HANDLERS[action]
        handler(
            current, user, now=now, department=department, reason=reason, note=note, answer=answer, due_date=due_date
        )
        current.status = transition.target
        current.save()
        event = _record(current, action, from_status, user, note=note, department=current.department)
    question.refresh_from_db()  # the caller's object reflects the stored row
    return event


def _assign(question, user, *, now, department, due_date=None, **_data):
    if department is None:
        raise TransitionInvalid(_("Cần chọn đơn vị trả lời."))
    if question.status == Status.ASSIGNED and department.pk == question.department_id:
        raise TransitionInvalid(_("Câu hỏi đã được chuyển cho đơn vị này."))
    question.department = department
    question.assigned_at = now
    if due_date:
        question.due_date = due_date


def _reject(question, user, *, now, reason, note, **_data):
    if reason not in RejectReason.values:
        raise TransitionInvalid(_("Cần chọn lý do không tiếp nhận."))
    question.reject_reason = reason
    question.reject_message = note
    question.closed_at = now


def _answer(question, user, *, now, answer, **_data):
    text = answer if answer is not None else question.answer
    if not strip_tags(text or "").strip():
        raise TransitionInvalid(_("Câu trả lời chưa có nội dung."))
    question.answer = text
    question.answered_by = user
    question.answered_at = now


def _return(question, user, **_data):
    question.answered_at = None


def _publish(question, user, *, now, **_data):
    if not strip_tags(question.answer or "").strip():
        raise TransitionInvalid(_("Câu trả lời chưa có nội dung."))
    question.answer_is_public = True
    question.closed_at = question.closed_at or now
    question.page = publish_page(question, user)


def _reply(question, user, *, now, **_data):
    question.answer_is_public = False
    question.closed_at = now


def _unpublish(question, user, **_data):
    page = QAPage.objects.filter(pk=question.page_id).first()
    if page is not None and page.live:
        page.unpublish(user=user)
    question.answer_is_public = False
    question.closed_at = None


_HANDLERS = {
    "assign": _assign,
    "reject": _reject,
    "answer": _answer,
    "return": _return,
    "publish": _publish,
    "reply": _reply,
    "unpublish": _unpublish,
}
assert set(_HANDLERS) == set(TRANSITIONS)


def _record(question, action, from_status, actor, note="", department=None):
    event = QuestionEvent.objects.create(
        question=question,
        action=action,
        from_status=from_status,
        to_status=question.status,
        actor=actor if actor is not None and actor.is_authenticated else None,
        department=department,
        note=note,
    )
    if action in NOTIFIED_ACTIONS:
        from .tasks import queue_notice

        transaction.on_commit(lambda: queue_notice(event.pk))
    return event


# The public page --------------------------------------------------------------------------------------------------


def publish_page(question, user=None):
    """Create or update the question's QAPage under /hoi-dap/ and publish it the normal Wagtail way (a revision,
    the publish signal, search indexing). Only public fields are copied: the asker's name, never their contact."""
    index_page = QAIndexPage.objects.live().first()
    if index_page is None:
        raise TransitionInvalid(_("Chưa có trang Hỏi đáp (/hoi-dap/) để đăng câu trả lời."))
    page = QAPage.objects.filter(pk=question.page_id).first() if question.page_id else None
    if page is None:
        page = QAPage(slug=_free_slug(index_page, question.title), live=False)
        _fill_page(page, question)
        index_page.add_child(instance=page)
    else:
        _fill_page(page, question)
    revision = page.save_revision(user=user, log_action=True)
    revision.publish(user=user)
    page.refresh_from_db()
    return page


def _fill_page(page, question):
    page.title = question.title
    page.asker_name = question.asker_name
    page.question_text = question.body
    page.asked_at = timezone.localdate(question.received_at)
    page.topic = question.topic
    page.department = question.department
    page.answer = question.answer
    page.answered_at = timezone.localdate(question.answered_at) if question.answered_at else timezone.localdate()


def _free_slug(parent, title):
    from .models import RESERVED_SLUGS

    base = ascii_slug(title, max_length=70) or "cau-hoi"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True)) | RESERVED_SLUGS
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug
