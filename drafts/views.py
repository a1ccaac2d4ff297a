"""Public pages of drafts under consultation: /du-thao/ (open first), /du-thao/<id>/ (one stable page with the
comment form while open), the confirmation with the tracking code, and the lookup of a comment by its code.

Nothing here ever renders a commenter's e-mail, phone, attachment or address hash.
"""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import Case, Count, DateField, IntegerField, Prefetch, Q, Value, When
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode

from documents.models import DocumentType
from portal import codes, ratelimits
from portal.forms import new_token
from portal.models import Department
from portal.queueing import send_on_commit
from portal.views import private_response

from .forms import CommentForm, LookupForm
from .models import Comment, DraftDocument, DraftFile, Status

PAGE_SIZE = 20
COMMENTS_PAGE_SIZE = 50
SESSION_KEY = "drafts_sent_comment"


def _rate(name, default):
    return getattr(settings, name, default)


def _int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


# The list -----------------------------------------------------------------------------------------------------------

_SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")


def _slug(value):
    """A well-formed slug, or None: anything else never reaches the database (PostgreSQL refuses NUL bytes)."""
    return value if value and _SLUG_RE.match(value) else None


def draft_list(request):
    today = timezone.localdate()
    drafts = DraftDocument.objects.published()
    chosen = {}
    if (slug := _slug(request.GET.get("co-quan"))) and Department.objects.filter(slug=slug).exists():
        drafts, chosen["co-quan"] = drafts.filter(department__slug=slug), slug
    if (slug := _slug(request.GET.get("loai"))) and DocumentType.objects.filter(slug=slug).exists():
        drafts, chosen["loai"] = drafts.filter(document_type__slug=slug), slug
    if (status := request.GET.get("trang-thai")) in Status.values:
        drafts, chosen["trang-thai"] = drafts.with_status(status, today), status
    if (year := _int(request.GET.get("nam"))) and 2000 <= year <= today.year + 1:
        drafts, chosen["nam"] = drafts.filter(opens_on__year=year), year
    open_now = Q(opens_on__lte=today, closes_on__gte=today)
    drafts = (
        drafts.annotate(
            rank=Case(
                When(open_now, then=Value(0)),
                When(opens_on__gt=today, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            ),
            published_comments=Count("comments", filter=Q(comments__state=Comment.State.PUBLISHED)),
        )
        .select_related("department", "document_type")
        .prefetch_related(Prefetch("files", queryset=DraftFile.objects.only("pk", "draft_id", "kind")))
        # Open: the nearest deadline first; upcoming: the soonest first; then the most recently closed.
        .order_by(
            "rank",
            Case(
                When(open_now, then="closes_on"), When(opens_on__gt=today, then="opens_on"), output_field=DateField()
            ).asc(nulls_last=True),
            "-closes_on",
            "-pk",
        )
    )
    page = Paginator(drafts, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page_obj": page,
        "items": [
            {"draft": draft, "status": draft.status(today), "days_left": draft.days_left(today)} for draft in page
        ],
        "selected": {key.replace("-", "_"): value for key, value in chosen.items()},
        "query_string": urlencode(chosen),
        "departments": Department.objects.filter(drafts__is_published=True).distinct().order_by("name"),
        "document_types": DocumentType.objects.filter(drafts__is_published=True).distinct(),
        "statuses": Status.choices,
        "years": range(today.year + 1, 2015, -1),
    }
    return render(request, "drafts/draft_list.html", context)


# One draft ----------------------------------------------------------------------------------------------------------


def _draft(pk):
    return get_object_or_404(
        DraftDocument.objects.published()
        .select_related("department", "document_type")
        .prefetch_related(Prefetch("files", queryset=DraftFile.objects.order_by("sort_order", "pk"))),
        pk=pk,
    )


def _detail_response(request, draft, form=None, status=200, **extra):
    today = timezone.localdate()
    draft_status = draft.status(today)
    comments = draft.comments.filter(state=Comment.State.PUBLISHED).only(
        "pk", "draft_id", "name", "organisation", "section", "body", "response", "created_at", "tracking_code"
    )
    comments_page = Paginator(comments, COMMENTS_PAGE_SIZE).get_page(request.GET.get("y-kien"))
    if form is None and draft_status == Status.OPEN:
        form = CommentForm(initial={"token": new_token()})
    context = {
        "draft": draft,
        "status": draft_status,
        "days_left": draft.days_left(today),
        "questions": draft.question_list(),
        "draft_files": draft.files_of(DraftFile.DRAFT, DraftFile.SUBMISSION, DraftFile.OTHER),
        "outcome_files": draft.files_of(*DraftFile.OUTCOME_KINDS),
        "form": form if draft_status == Status.OPEN else None,
        "comments_page": comments_page,
        **extra,
    }
    response = render(request, "drafts/draft_detail.html", context, status=status)
    return private_response(response) if form is not None and draft_status == Status.OPEN else response


def draft_detail(request, pk):
    draft = _draft(pk)
    if request.method != "POST":
        return _detail_response(request, draft)
    if not draft.is_open():
        # A form left open in a tab past the deadline: refused, and nothing of it is kept.
        return _detail_response(request, draft, status=409, late=True)
    form = CommentForm(request.POST, request.FILES)
    if not form.is_valid():
        form.renew_token_if_invalid()
        return _detail_response(request, draft, form=form, status=400)
    token = form.cleaned_data["token"]
    # The same form posted again (double click, reload, a retry after a time-out) is the same comment.
    existing = Comment.objects.filter(submission_token=token, draft=draft).first()
    if existing is not None:
        return _sent_redirect(request, existing)
    if ratelimits.hit(request, "drafts.comment", _rate("DRAFTS_COMMENT_RATE", "5/h")):
        return _detail_response(request, draft, form=form, status=429, limited=True)
    comment = form.build(draft, ratelimits.ip_hash(request))
    try:
        with transaction.atomic():
            comment.save()
    except IntegrityError:
        # Two posts of one form at the same moment: the first one stored it.
        if comment.attachment:
            comment.attachment.delete(save=False)
        existing = Comment.objects.filter(submission_token=token).first()
        if existing is None:
            raise
        return _sent_redirect(request, existing)
    from .tasks import send_comment_receipt

    send_on_commit(send_comment_receipt, comment.pk)  # a dead broker must not fail the stored comment
    return _sent_redirect(request, comment)


def _sent_redirect(request, comment):
    request.session[SESSION_KEY] = comment.pk
    return HttpResponseRedirect(reverse("drafts:sent", args=[comment.draft_id]), status=303)


def comment_sent(request, pk):
    draft = _draft(pk)
    comment_pk = request.session.get(SESSION_KEY)
    comment = None
    if isinstance(comment_pk, int):
        comment = Comment.objects.filter(pk=comment_pk, draft=draft).first()
    if comment is None:
        return HttpResponseRedirect(draft.get_absolute_url())
    response = render(request, "drafts/comment_sent.html", {"draft": draft, "comment": comment})
    return private_response(response)


# Lookup by tracking code ------------------------------------------------------------------------------------------


def lookup(request):
    typed = (request.GET.get("ma") or "").strip()[:64]
    context = {"form": LookupForm(initial={"ma": typed}), "typed": typed}
    status = 200
    if typed:
        miss_rate = _rate("DRAFTS_LOOKUP_MISS_RATE", "10/h")
        if ratelimits.exceeded(request, "drafts.lookup-miss", miss_rate) or ratelimits.hit(
            request, "drafts.lookup", _rate("DRAFTS_LOOKUP_RATE", "60/h")
        ):
            context["limited"], status = True, 429
        else:
            code = codes.normalise(typed)
            comment = (
                Comment.objects.select_related("draft", "draft__department").filter(tracking_code=code).first()
                if code
                else None
            )
            if comment is None:
                ratelimits.hit(request, "drafts.lookup-miss", miss_rate)
                context["not_found"], status = True, 404
            else:
                context["comment"] = comment
    return private_response(render(request, "drafts/comment_lookup.html", context, status=status))
