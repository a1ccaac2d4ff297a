"""The e-mails of the Q&A workflow, as plain functions (qa.tasks runs them in Celery).

- receipt to the asker (with the tracking code), when a question is received;
- notice to the department, when a question is assigned to it;
- notice to the asker, when the question is rejected or answered (published, or replied privately);
- a daily reminder of questions due within QA_REMINDER_DAYS days or overdue: to each department for what it
  holds, and a digest of all of them to the editorial board.

Each is safe to run again: a step's e-mail is sent once (``QuestionEvent.notified_at``), a question is reminded
about at most once a day (``Question.reminded_on``). Departments get no contact details of the asker.
"""

import datetime
import logging
from collections import defaultdict

from django.contrib.auth import get_user_model
from django.core.mail import get_connection
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal import roles
from portal.mail import absolute, department_recipients, text_message
from portal.queueing import catch_up

from .models import SUBMIT_SLUG, TRACK_SLUG, QAIndexPage, Question, QuestionEvent, Status

logger = logging.getLogger(__name__)


def _index_url():
    index_page = QAIndexPage.objects.live().first()
    return (index_page.get_url() if index_page else None) or "/hoi-dap/"


def tracking_url(question):
    return absolute(f"{_index_url()}{TRACK_SLUG}/?ma={question.display_code}")


def submit_url():
    return absolute(f"{_index_url()}{SUBMIT_SLUG}/")


def admin_url(question):
    return absolute(reverse("qa_questions:edit", args=[question.pk]))


def board_recipients():
    users = get_user_model().objects.filter(is_active=True, groups__name=roles.EDITORIAL_BOARD).exclude(email="")
    return sorted(set(users.values_list("email", flat=True)))


def _message(subject, template, context, to):
    return text_message(subject, f"qa/emails/{template}.txt", context, to)


def _messages_for(event):
    question = event.question
    context = {"question": question, "event": event, "tracking_url": tracking_url(question)}
    asker = [question.asker_email] if question.asker_email else []
    if event.action == "receive" and asker:
        subject = _("Đã nhận câu hỏi của bạn – mã tra cứu %(code)s") % {"code": question.display_code}
        return [_message(subject, "receipt", context, asker)]
    if event.action == "assign" and event.department is not None:
        to = department_recipients(event.department)
        if not to:
            logger.warning(
                "Department %s has no e-mail address: assignment of question %s not sent", event.department, question.pk
            )
            return []
        context.update(admin_url=admin_url(question), department=event.department)
        subject = _("Câu hỏi của công dân cần trả lời trước ngày %(date)s") % {
            "date": question.due_date.strftime("%d/%m/%Y")
        }
        return [_message(subject, "assigned", context, to)]
    if event.action == "reject" and asker:
        subject = _("Về câu hỏi mã %(code)s gửi Cổng Thông tin điện tử") % {"code": question.display_code}
        context["reason"] = question.get_reject_reason_display()
        return [_message(subject, "rejected", context, asker)]
    if event.action in ("publish", "reply") and asker:
        already = question.events.filter(action__in=("publish", "reply"), notified_at__isnull=False)
        if already.exclude(pk=event.pk).exists():
            return []  # an update of a published answer: the asker was told the first time
        page_url = ""
        if event.action == "publish" and question.page_id:
            page = question.page
            page_url = absolute(page.get_url() or "") if page and page.live else ""
        context["page_url"] = page_url
        subject = _("Câu hỏi mã %(code)s đã có câu trả lời") % {"code": question.display_code}
        return [_message(subject, "answered", context, asker)]
    return []


def notify_event(event_id):
    """Send the e-mail a workflow step calls for, once. Returns the number of messages sent."""
    event = (
        QuestionEvent.objects.select_related("question", "question__department", "question__page", "department")
        .filter(pk=event_id)
        .first()
    )
    if event is None or event.notified_at is not None:
        return 0
    messages = _messages_for(event)
    if messages:
        get_connection().send_messages(messages)
    QuestionEvent.objects.filter(pk=event.pk, notified_at__isnull=True).update(notified_at=timezone.now())
    return len(messages)


def send_pending_notices(hours=72):
    """Catch up: the e-mails of recent steps that were never sent (worker down, mail server unreachable)."""
    from .workflow import NOTIFIED_ACTIONS

    since = timezone.now() - datetime.timedelta(hours=hours)
    pending = QuestionEvent.objects.filter(
        action__in=NOTIFIED_ACTIONS, notified_at__isnull=True, created_at__gte=since
    ).values_list("pk", flat=True)
    return sum(catch_up(pending, notify_event, "Notice of question event %s not sent"))


def send_due_reminders(today=None):
    """Remind departments (their assigned questions) and the editorial board (all) of questions due within
    QA_REMINDER_DAYS days or overdue. Returns the number of messages sent."""
    today = today or timezone.localdate()
    questions = list(
        Question.objects.needs_reminder(today).select_related("department", "topic").order_by("due_date", "pk")
    )
    if not questions:
        return 0
    for question in questions:
        question.url = admin_url(question)
        question.days_late = (today - question.due_date).days
    by_department = defaultdict(list)
    for question in questions:
        if question.status == Status.ASSIGNED and question.department is not None:
            by_department[question.department].append(question)
    messages = []
    for department, items in by_department.items():
        to = department_recipients(department)
        if to:
            subject = _("Nhắc hạn trả lời: %(count)d câu hỏi của công dân") % {"count": len(items)}
            context = {"questions": items, "today": today, "department": department}
            messages.append(_message(subject, "reminder", context, to))
    board = board_recipients()
    if board:
        subject = _("Tổng hợp câu hỏi sắp đến hạn, quá hạn: %(count)d câu") % {"count": len(questions)}
        context = {"questions": questions, "today": today, "department": None}
        messages.append(_message(subject, "reminder", context, board))
    if messages:
        get_connection().send_messages(messages)
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(reminded_on=today)
    return len(messages)
