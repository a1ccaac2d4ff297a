"""Public views of Q&A, served by QAIndexPage's routes: the listing, the question form and its confirmation, the
tracking lookup and the rating. None of them ever renders an asker's contact details.
"""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.db import IntegrityError
from django.http import HttpResponseRedirect
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from portal import codes
from portal.models import Department
from portal.views import private_response

from . import ratelimits
from .forms import LookupForm, QuestionForm, RatingForm, new_token
from .models import DELIVERED_STATUSES, SUBMIT_SLUG, TRACK_SLUG, QAPage, Question, Status, Topic

SESSION_KEY = "qa_submitted_question"


def page_size():
    return getattr(settings, "QA_PAGE_SIZE", 10)


def _url(index_page, request, sub_path=""):
    return (index_page.get_url(request=request) or "/") + sub_path


# Listing ---------------------------------------------------------------------------------------------------------

_SLUG_RE = re.compile(r"^[-a-z0-9]{1,100}$")


def _slug(value):
    """A well-formed slug, or None: anything else never reaches the database (PostgreSQL refuses NUL bytes)."""
    return value if value and _SLUG_RE.match(value) else None


def listing(request, index_page):
    pages = index_page.answered_pages()
    chosen = {}
    topic = department = None
    if slug := _slug(request.GET.get("linh-vuc")):
        topic = Topic.objects.filter(slug=slug).first()
        if topic:
            pages, chosen["linh-vuc"] = pages.filter(topic=topic), topic.slug
    if slug := _slug(request.GET.get("co-quan")):
        department = Department.objects.filter(slug=slug).first()
        if department:
            pages, chosen["co-quan"] = pages.filter(department=department), department.slug
    page_obj = Paginator(pages, page_size()).get_page(request.GET.get("page"))
    published = QAPage.objects.live().public().filter(path__startswith=index_page.path)
    context = {
        "qa_pages": page_obj,
        "topics": Topic.objects.filter(pk__in=published.values("topic")),
        "departments": Department.objects.filter(pk__in=published.values("department")),
        "selected_topic": topic,
        "selected_department": department,
        "query_string": urlencode(chosen),
        "submit_url": _url(index_page, request, f"{SUBMIT_SLUG}/"),
        "track_url": _url(index_page, request, f"{TRACK_SLUG}/"),
    }
    return index_page.render(request, context_overrides=context)


# The question form ----------------------------------------------------------------------------------------------


def _form_response(request, index_page, form, status=200, limited=False):
    context = {
        "form": form,
        "limited": limited,
        "track_url": _url(index_page, request, f"{TRACK_SLUG}/"),
        "answer_days": getattr(settings, "QA_ANSWER_DAYS", 20),
    }
    response = index_page.render(request, template="qa/question_form.html", context_overrides=context)
    response.status_code = status
    return private_response(response)


def _done(request, index_page, question):
    request.session[SESSION_KEY] = question.pk
    return HttpResponseRedirect(_url(index_page, request, f"{SUBMIT_SLUG}/da-gui/"), status=303)


def submit(request, index_page):
    if request.method != "POST":
        return _form_response(request, index_page, QuestionForm(initial={"token": new_token()}))
    form = QuestionForm(request.POST, request.FILES)
    if not form.is_valid():
        form.renew_token_if_invalid()
        return _form_response(request, index_page, form, status=400)
    token = form.cleaned_data["token"]
    # The same form posted again (double click, reload, a retry after a time-out) is the same question.
    existing = Question.objects.filter(submission_token=token).first()
    if existing is not None:
        return _done(request, index_page, existing)
    if ratelimits.hit(request, ratelimits.SUBMIT):
        return _form_response(request, index_page, form, status=429, limited=True)
    try:
        question = form.save()
    except IntegrityError:
        # Two posts of one form at the same moment: the first one stored it.
        question = Question.objects.filter(submission_token=token).first()
        if question is None:
            raise
    return _done(request, index_page, question)


def submitted(request, index_page):
    pk = request.session.get(SESSION_KEY)
    question = Question.objects.filter(pk=pk).select_related("topic").first() if isinstance(pk, int) else None
    if question is None:
        return HttpResponseRedirect(_url(index_page, request, f"{SUBMIT_SLUG}/"))
    context = {
        "question": question,
        "track_url": _url(index_page, request, f"{TRACK_SLUG}/"),
        "emailed": bool(question.asker_email),
    }
    response = index_page.render(request, template="qa/question_submitted.html", context_overrides=context)
    return private_response(response)


# Tracking and rating ---------------------------------------------------------------------------------------------

PUBLIC_STEPS = {
    "receive": _("Tiếp nhận câu hỏi"),
    "assign": _("Chuyển cơ quan chuyên môn trả lời"),
    "reject": _("Không tiếp nhận câu hỏi"),
    "answer": _("Cơ quan chuyên môn đã trả lời"),
    "publish": _("Đăng câu trả lời công khai"),
    "reply": _("Gửi câu trả lời cho người hỏi"),
}


def public_timeline(question):
    """(date, text, department name) of the steps the asker may know about; never who acted or internal notes."""
    steps = []
    for event in question.events.select_related("department").order_by("created_at", "pk"):
        if event.action not in PUBLIC_STEPS:
            continue
        label = PUBLIC_STEPS[event.action]
        place = event.department.name if event.action == "assign" and event.department else ""
        steps.append({"at": event.created_at, "label": label, "place": place})
    return steps


def _track_response(request, index_page, status=200, **context):
    context.setdefault("lookup_form", LookupForm(initial={"ma": context.get("typed", "")}))
    context["track_url"] = _url(index_page, request, f"{TRACK_SLUG}/")
    context["submit_url"] = _url(index_page, request, f"{SUBMIT_SLUG}/")
    response = index_page.render(request, template="qa/question_tracking.html", context_overrides=context)
    response.status_code = status
    return private_response(response)


def _find(code):
    if code is None:
        return None
    return Question.objects.select_related("department", "topic", "page").filter(tracking_code=code).first()


def track(request, index_page):
    if request.method == "POST":
        return rate(request, index_page)
    typed = (request.GET.get("ma") or "").strip()[:64]
    if not typed:
        return _track_response(request, index_page)
    if ratelimits.exceeded(request, ratelimits.LOOKUP_MISS) or ratelimits.hit(request, ratelimits.LOOKUP):
        return _track_response(request, index_page, status=429, typed=typed, limited=True)
    code = codes.normalise(typed)
    question = _find(code)
    if question is None:
        ratelimits.hit(request, ratelimits.LOOKUP_MISS)
        return _track_response(request, index_page, status=404, typed=typed, malformed=code is None, not_found=True)
    return _question_response(request, index_page, question, typed)


def _question_response(request, index_page, question, typed, rating_form=None, status=200):
    page_url = ""
    if question.status == Status.PUBLISHED and question.page and question.page.live:
        page_url = question.page.get_url(request=request)
    return _track_response(
        request,
        index_page,
        status=status,
        typed=typed,
        question=question,
        timeline=public_timeline(question),
        page_url=page_url,
        rating_form=rating_form
        or (RatingForm(initial={"ma": question.display_code}) if question.can_be_rated else None),
        show_answer=question.status in DELIVERED_STATUSES,
    )


def rate(request, index_page):
    """The asker's rating of the answer (1–5), once, from the tracking page."""
    if ratelimits.exceeded(request, ratelimits.LOOKUP_MISS):
        return _track_response(request, index_page, status=429, limited=True)
    form = RatingForm(request.POST)
    typed = (request.POST.get("ma") or "")[:64]
    question = _find(codes.normalise(typed))
    if question is None:
        ratelimits.hit(request, ratelimits.LOOKUP_MISS)
        return _track_response(request, index_page, status=404, typed=typed, not_found=True)
    if not form.is_valid():
        return _question_response(request, index_page, question, typed, rating_form=form, status=400)
    # One rating per question, even with two posts at the same moment: only a row without a rating is updated.
    Question.objects.filter(pk=question.pk, rating__isnull=True, status__in=DELIVERED_STATUSES).update(
        rating=form.cleaned_data["diem"], rated_at=timezone.now()
    )
    target = _url(index_page, request, f"{TRACK_SLUG}/?") + urlencode({"ma": question.display_code})
    return HttpResponseRedirect(target, status=303)
