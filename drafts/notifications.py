"""E-mails of the consultation: the commenter's receipt (with the tracking code) and the daily digest of new
comments to each drafting department. Both are safe to run again: each comment is sent about once."""

import datetime
import logging
from collections import defaultdict

from django.core.mail import get_connection
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.mail import absolute, department_recipients, text_message
from portal.queueing import catch_up

from .models import Comment

logger = logging.getLogger(__name__)


def send_receipt(comment_id):
    """The commenter's receipt; returns 1 when sent, 0 when already sent or nothing to send."""
    comment = Comment.objects.select_related("draft").filter(pk=comment_id, receipt_sent_at__isnull=True).first()
    if comment is None or not comment.email:
        return 0
    context = {
        "comment": comment,
        "draft_url": absolute(comment.draft.get_absolute_url()),
        "lookup_url": absolute(f"{reverse('drafts:lookup')}?ma={comment.display_code}"),
    }
    subject = _("Đã nhận ý kiến góp ý của bạn – mã %(code)s") % {"code": comment.display_code}
    text_message(subject, "drafts/emails/receipt.txt", context, [comment.email]).send()
    Comment.objects.filter(pk=comment.pk).update(receipt_sent_at=timezone.now())
    return 1


def send_pending_receipts(hours=72, settle_minutes=10, now=None):
    """Catch up: receipts never sent (the broker or the worker was down when the comment came, or the mail server
    refused it until the task gave up). Comments younger than ``settle_minutes`` are left to their own task."""
    now = now or timezone.now()
    pending = (
        Comment.objects.filter(
            receipt_sent_at__isnull=True,
            created_at__gte=now - datetime.timedelta(hours=hours),
            created_at__lt=now - datetime.timedelta(minutes=settle_minutes),
        )
        .exclude(email="")
        .order_by("created_at", "pk")
        .values_list("pk", flat=True)
    )
    return sum(catch_up(pending, send_receipt, "Receipt of comment %s not sent"))


def send_digests(now=None):
    """One e-mail per drafting department listing the comments received since its last digest."""
    now = now or timezone.now()
    pending = (
        Comment.objects.filter(digested_at__isnull=True, created_at__lt=now)
        .select_related("draft", "draft__department")
        .order_by("draft_id", "created_at")
    )
    by_department = defaultdict(lambda: defaultdict(list))
    for comment in pending:
        by_department[comment.draft.department][comment.draft].append(comment)
    messages, digested = [], []
    for department, drafts in by_department.items():
        recipients = department_recipients(department)
        comment_ids = [c.pk for comments in drafts.values() for c in comments]
        if not recipients:
            logger.warning(
                "Department %s has no e-mail address: digest of %s comments not sent", department, len(comment_ids)
            )
            continue
        context = {
            "department": department,
            "drafts": [
                {
                    "draft": draft,
                    "comments": comments,
                    "admin_url": absolute(reverse("drafts_comments:index") + f"?draft={draft.pk}"),
                }
                for draft, comments in drafts.items()
            ],
            "total": len(comment_ids),
        }
        subject = _("Ý kiến góp ý dự thảo mới: %(count)s ý kiến") % {"count": len(comment_ids)}
        messages.append(text_message(subject, "drafts/emails/digest.txt", context, recipients))
        digested += comment_ids
    if messages:
        get_connection().send_messages(messages)
    Comment.objects.filter(pk__in=digested).update(digested_at=now)
    return len(messages)
