"""Q&A: tracking codes, the question state machine (every legal and illegal move), publication as a Wagtail page,
due dates and overdue counts, e-mails and reminders, roles, and the demo content."""

import datetime
import io
import itertools

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Revision

from portal import codes, roles
from qa import notifications, workflow
from qa.demo import QUESTIONS, build_questions
from qa.models import QAIndexPage, QAPage, Question, QuestionEvent, Status
from tests.test_qa_support import PATHS, PRIVATE, advance, build_world, make_staff, new_question

TODAY = datetime.date.today()


@pytest.fixture
def world(home):
    return build_world(home)


@pytest.fixture
def staff(make_user, world):
    return make_staff(make_user, world)


@pytest.fixture
def question_in(world):
    """question_in(state, department=so_a) → a question moved there through the workflow."""

    def make(state, department=None, **fields):
        return advance(new_question(**fields), state, department or world.so_a)

    return make


# Tracking codes --------------------------------------------------------------------------------------------------


def test_tracking_codes_are_random_typable_and_forgiving():
    generated = {codes.new_code() for _ in range(2000)}
    assert len(generated) == 2000  # 60 random bits: no clash in a small sample
    code = next(iter(generated))
    assert len(code) == 12 and set(code) <= set(codes.ALPHABET)
    assert not set("ILOU") & set(codes.ALPHABET)
    shown = codes.display(code)
    assert shown.count("-") == 2
    assert codes.normalise(shown) == code
    assert codes.normalise(f"  {shown.lower()} ") == code
    assert codes.normalise("0O1I-L234-5678") == "001112345678"
    for bad in ("", "ABC", "7K3M-Q9PX-2RT", "7K3M-Q9PX-2RTA-1", "7K3M Q9PX 2RT!", None, "x" * 500, "ÁÀẢ-Q9PX-2RTA"):
        assert codes.normalise(bad) is None, bad


def test_questions_get_a_unique_code_and_a_due_date(world, settings):
    first, second = new_question(), new_question()
    assert first.tracking_code != second.tracking_code
    assert first.due_date == timezone.localdate(first.received_at) + datetime.timedelta(days=20)
    settings.QA_ANSWER_DAYS = 7
    entered = new_question(received_at=timezone.now() - datetime.timedelta(days=3))
    assert entered.due_date == TODAY - datetime.timedelta(days=3) + datetime.timedelta(days=7)
    event = first.events.get()
    assert (event.action, event.from_status, event.to_status) == ("receive", "", Status.RECEIVED)


# The state machine -----------------------------------------------------------------------------------------------

LEGAL = {
    (Status.RECEIVED, "assign"): Status.ASSIGNED,
    (Status.RECEIVED, "reject"): Status.REJECTED,
    (Status.ASSIGNED, "assign"): Status.ASSIGNED,
    (Status.ASSIGNED, "reject"): Status.REJECTED,
    (Status.ASSIGNED, "answer"): Status.ANSWERED,
    (Status.ANSWERED, "return"): Status.ASSIGNED,
    (Status.ANSWERED, "publish"): Status.PUBLISHED,
    (Status.ANSWERED, "reply"): Status.REPLIED,
    (Status.PUBLISHED, "publish"): Status.PUBLISHED,
    (Status.PUBLISHED, "unpublish"): Status.ANSWERED,
}
ALL_MOVES = list(itertools.product(PATHS, workflow.TRANSITIONS))


def test_the_transition_table_is_the_one_documented():
    table = {(source, t.action): t.target for t in workflow.TRANSITIONS.values() for source in t.sources}
    assert table == LEGAL


def _step_data(action, world):
    return {
        "assign": {"department": world.so_b},
        "reject": {"reason": "out_of_scope", "note": "Không thuộc thẩm quyền của tỉnh."},
        "answer": {"answer": "<p>Trả lời mới.</p>"},
        "return": {"note": "Cần nêu căn cứ pháp lý."},
    }.get(action, {})


@pytest.mark.parametrize(("state", "action"), ALL_MOVES, ids=[f"{s}-{a}" for s, a in ALL_MOVES])
def test_every_move_from_every_state(world, staff, question_in, state, action):
    question = question_in(state)
    events_before = question.events.count()
    if (state, action) in LEGAL:
        event = workflow.apply(question, action, staff.board, **_step_data(action, world))
        question.refresh_from_db()
        assert question.status == LEGAL[(state, action)]
        assert (event.action, event.from_status, event.to_status, event.actor) == (
            action,
            state,
            question.status,
            staff.board,
        )
        assert question.events.count() == events_before + 1
    else:
        with pytest.raises(workflow.TransitionNotAllowed):
            workflow.apply(question, action, staff.board, **_step_data(action, world))
        question.refresh_from_db()
        assert question.status == state
        assert question.events.count() == events_before


def test_who_may_take_each_step(world, staff, question_in):
    question = question_in(Status.ASSIGNED)  # assigned to so_a
    # Department staff of the question's department answer; nothing else.
    assert [t.action for t in workflow.available(question, staff.a)] == ["answer"]
    # Another department's staff, an editor, a leader: nothing at all.
    for user in (staff.b, staff.editor):
        assert workflow.available(question, user) == []
        with pytest.raises(workflow.TransitionNotAllowed):
            workflow.apply(question, "answer", user, answer="<p>Không được phép.</p>")
    for action in ("assign", "reject"):
        with pytest.raises(workflow.TransitionNotAllowed):
            workflow.apply(question, action, staff.a, department=world.so_a, reason="duplicate")
    assert [t.action for t in workflow.available(question, staff.board)] == ["assign", "reject", "answer"]

    workflow.apply(question, "answer", staff.a, answer="<p>Trả lời của Sở.</p>", note="Kính trình Ban biên tập.")
    question.refresh_from_db()
    assert question.status == Status.ANSWERED and question.answered_by == staff.a
    # Publishing, replying, sending back: the editorial board only.
    for action in ("publish", "reply", "return"):
        with pytest.raises(workflow.TransitionNotAllowed):
            workflow.apply(question, action, staff.a, note="x")
    assert QuestionEvent.objects.filter(question=question).count() == 3


def test_steps_check_their_data(world, staff, question_in):
    received = question_in(Status.RECEIVED)
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(received, "assign", staff.board)
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(received, "reject", staff.board, reason="no-such-reason")
    assigned = question_in(Status.ASSIGNED)
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(assigned, "assign", staff.board, department=world.so_a)  # already there
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(assigned, "answer", staff.a, answer="<p> </p>")
    answered = question_in(Status.ANSWERED)
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(answered, "return", staff.board, note="  ")
    for question in (received, assigned, answered):
        before = question.status
        question.refresh_from_db()
        assert question.status == before
        assert question.events.count() == len(PATHS[before]) + 1


def test_the_history_records_every_step_with_who_when_and_why(world, staff):
    question = new_question()
    workflow.apply(question, "assign", staff.board, department=world.so_a, note="Đề nghị trả lời sớm.")
    workflow.apply(question, "answer", staff.a, answer="<p>Trả lời lần 1.</p>")
    workflow.apply(question, "return", staff.board, note="Bổ sung căn cứ.")
    workflow.apply(question, "answer", staff.a, answer="<p>Trả lời lần 2, có căn cứ.</p>")
    workflow.apply(question, "reply", staff.board)
    history = list(question.events.values_list("action", "from_status", "to_status", "actor__username", "note"))
    assert history == [
        ("receive", "", "received", None, ""),
        ("assign", "received", "assigned", "ban-bien-tap", "Đề nghị trả lời sớm."),
        ("answer", "assigned", "answered", "can-bo-a", ""),
        ("return", "answered", "assigned", "ban-bien-tap", "Bổ sung căn cứ."),
        ("answer", "assigned", "answered", "can-bo-a", ""),
        ("reply", "answered", "replied", "ban-bien-tap", ""),
    ]
    times = list(question.events.values_list("created_at", flat=True))
    assert times == sorted(times)
    question.refresh_from_db()
    assert question.answer_is_public is False and question.closed_at is not None and question.page is None


# Publication -----------------------------------------------------------------------------------------------------


def test_publishing_creates_then_updates_a_page_through_wagtail(world, staff, question_in):
    question = question_in(Status.ANSWERED, topic=world.land)
    workflow.apply(question, "publish", staff.board)
    question.refresh_from_db()
    page = QAPage.objects.get()
    assert question.page_id == page.pk and question.answer_is_public
    assert page.live and page.get_parent().specific_class is QAIndexPage
    assert page.url.startswith("/hoi-dap/") and page.slug.startswith("cau-hoi-ve-thu-tuc-dat-dai")
    assert (page.title, page.asker_name, page.department, page.topic) == (
        question.title,
        "Nguyễn Văn An",
        world.so_a,
        world.land,
    )
    assert Revision.objects.for_instance(page).count() == 1
    assert page.live_revision is not None and page.live_revision.user == staff.board

    # Correct the answer, publish again: the same page, a new revision.
    Question.objects.filter(pk=question.pk).update(answer="<p>Câu trả lời đã sửa.</p>")
    question.refresh_from_db()
    workflow.apply(question, "publish", staff.board)
    page.refresh_from_db()
    assert QAPage.objects.count() == 1 and "đã sửa" in page.answer
    assert Revision.objects.for_instance(page).count() == 2

    workflow.apply(question, "unpublish", staff.board, note="Cần rà soát lại.")
    page.refresh_from_db()
    question.refresh_from_db()
    assert not page.live and question.status == Status.ANSWERED and not question.answer_is_public
    workflow.apply(question, "publish", staff.board)
    page.refresh_from_db()
    assert page.live and QAPage.objects.count() == 1


def test_page_slugs_are_unique_and_never_a_route(world, staff):
    first = advance(new_question(title="Tra cứu"), Status.ANSWERED, world.so_a)
    second = advance(new_question(title="Tra cứu"), Status.ANSWERED, world.so_a)
    third = advance(new_question(title="Gửi câu hỏi"), Status.ANSWERED, world.so_a)
    for question in (first, second, third):
        workflow.apply(question, "publish", staff.board)
    slugs = set(QAPage.objects.values_list("slug", flat=True))
    assert slugs == {"tra-cuu-2", "tra-cuu-3", "gui-cau-hoi-2"}


def test_publishing_needs_the_qa_index(world, staff, question_in):
    question = question_in(Status.ANSWERED)
    world.index.unpublish()
    with pytest.raises(workflow.TransitionInvalid):
        workflow.apply(question, "publish", staff.board)
    question.refresh_from_db()
    assert question.status == Status.ANSWERED and QAPage.objects.count() == 0


# Due dates -------------------------------------------------------------------------------------------------------


def test_overdue_and_due_soon(world, question_in):
    def due_in(days, state=Status.ASSIGNED):
        question = question_in(state)
        Question.objects.filter(pk=question.pk).update(due_date=TODAY + datetime.timedelta(days=days))
        return question.pk

    late = due_in(-1)
    late_unassigned = due_in(-5, Status.RECEIVED)
    today = due_in(0)
    soon = due_in(3)
    later = due_in(4)
    late_but_answered = due_in(-2, Status.PUBLISHED)
    late_but_rejected = due_in(-2, Status.REJECTED)
    waiting_for_board = due_in(-3, Status.ANSWERED)

    assert set(Question.objects.overdue().values_list("pk", flat=True)) == {late, late_unassigned, waiting_for_board}
    assert set(Question.objects.due_soon().values_list("pk", flat=True)) == {today, soon}
    assert later not in Question.objects.needs_reminder().values_list("pk", flat=True)
    assert Question.objects.get(pk=late).is_overdue and not Question.objects.get(pk=late_but_answered).is_overdue
    assert late_but_rejected not in Question.objects.open().values_list("pk", flat=True)


# E-mails ---------------------------------------------------------------------------------------------------------


def test_each_step_sends_its_email_once(world, staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        question = new_question()
    receipt = mail.outbox[-1]
    assert receipt.to == [PRIVATE["asker_email"]]
    assert question.display_code in receipt.subject and question.display_code in receipt.body
    assert f"/hoi-dap/tra-cuu/?ma={question.display_code}" in receipt.body

    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(question, "assign", staff.board, department=world.so_a, note="Ưu tiên xử lý.")
    notice = mail.outbox[-1]
    assert set(notice.to) == {"tnmt@example.gov.vn", "canbo.a@example.gov.vn"}
    assert "Ưu tiên xử lý." in notice.body and f"/admin/qa_questions/edit/{question.pk}/" in notice.body
    # The department learns what was asked, not how to reach the asker.
    for value in PRIVATE.values():
        assert value not in notice.body

    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(question, "answer", staff.a, answer="<p>Ông nộp hồ sơ tại Bộ phận một cửa.</p>")
    assert len(mail.outbox) == 2  # answering is internal: the asker hears when it is delivered
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(question, "publish", staff.board)
    answered = mail.outbox[-1]
    assert answered.to == [PRIVATE["asker_email"]] and QAPage.objects.get().url in answered.body
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(question, "publish", staff.board)  # an update of the page: no second notice
    assert len(mail.outbox) == 3

    # Running the catch-up again sends nothing new.
    assert notifications.send_pending_notices() == 0
    event = question.events.get(action="receive")
    assert notifications.notify_event(event.pk) == 0
    assert len(mail.outbox) == 3


def test_private_reply_and_rejection_reach_the_asker(world, staff, question_in, django_capture_on_commit_callbacks):
    answered = advance(
        new_question(), Status.ANSWERED, world.so_a, answer="<p>Trả lời riêng: liên hệ Phòng Tài nguyên.</p>"
    )
    rejected = question_in(Status.RECEIVED)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        workflow.apply(answered, "reply", staff.board)
        workflow.apply(rejected, "reject", staff.board, reason="duplicate", note="Đã trả lời tại câu hỏi số 12.")
    reply, rejection = mail.outbox
    assert "Trả lời riêng: liên hệ Phòng Tài nguyên." in reply.body
    assert "Trùng với câu hỏi" in rejection.body and "Đã trả lời tại câu hỏi số 12." in rejection.body


def test_unsent_notices_are_caught_up(world, staff, monkeypatch, django_capture_on_commit_callbacks):
    def broken(*args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.backends.locmem.EmailBackend.send_messages", broken)
    with django_capture_on_commit_callbacks(execute=True):
        question = new_question()  # the failure is logged, the question is kept
    assert Question.objects.filter(pk=question.pk).exists()
    assert question.events.get().notified_at is None
    monkeypatch.undo()
    out = io.StringIO()
    call_command("qa_notify", "--reminders", stdout=out)
    assert "gửi bù: 1" in out.getvalue() and "nhắc hạn đã gửi: 0" in out.getvalue()
    assert mail.outbox[-1].to == [PRIVATE["asker_email"]]
    assert question.events.get().notified_at is not None


def test_daily_reminder_of_due_and_overdue_questions(world, staff, question_in):
    def due_in(days, state=Status.ASSIGNED, department=None):
        question = question_in(state, department=department)
        Question.objects.filter(pk=question.pk).update(due_date=TODAY + datetime.timedelta(days=days))
        return question

    late = due_in(-2)
    soon = due_in(3, department=world.so_b)
    due_in(10)  # not yet
    unassigned = due_in(1, Status.RECEIVED)
    due_in(-4, Status.PUBLISHED)  # answered: no reminder
    mail.outbox.clear()

    assert notifications.send_due_reminders() == 3
    by_recipient = {tuple(sorted(message.to)): message for message in mail.outbox}
    to_a = by_recipient[("canbo.a@example.gov.vn", "tnmt@example.gov.vn")]
    assert late.title in to_a.body and "quá hạn 2 ngày" in to_a.body and soon.title not in to_a.body
    to_b = by_recipient[("canbo.b@example.gov.vn", "syt@example.gov.vn")]
    assert soon.title in to_b.body and late.title not in to_b.body
    digest = by_recipient[("bbt@example.gov.vn",)]
    assert all(q.title in digest.body for q in (late, soon, unassigned))
    # Once a day: running it again the same day sends nothing.
    assert notifications.send_due_reminders() == 0
    assert notifications.send_due_reminders(today=TODAY + datetime.timedelta(days=1)) == 3


def test_the_beat_schedule_runs_the_reminder_daily(settings):
    from celery.schedules import crontab

    entry = settings.CELERY_BEAT_SCHEDULE["qa-due-reminders"]
    assert entry["task"] == "qa.tasks.send_due_reminders_task"
    assert isinstance(entry["schedule"], crontab)
    from qa import tasks

    assert tasks.send_due_reminders_task.name == entry["task"]
    assert settings.CELERY_BEAT_SCHEDULE["qa-pending-notices"]["task"] == tasks.send_pending_notices_task.name


# Roles -----------------------------------------------------------------------------------------------------------


def test_roles_grant_questions_to_the_board_and_departments(staff):
    assert staff.board.has_perm("qa.add_question") and staff.board.has_perm("qa.delete_question")
    assert staff.board.has_perm("qa.change_topic")
    assert staff.a.has_perm("qa.change_question") and staff.a.has_perm("qa.view_question")
    assert not staff.a.has_perm("qa.add_question") and not staff.a.has_perm("qa.delete_question")
    assert not staff.editor.has_perm("qa.view_question")
    assert "qa.view_question" in roles.ROLES[roles.DEPARTMENT_STAFF]["model"]


# Demo ------------------------------------------------------------------------------------------------------------


def test_demo_questions_cover_every_state_and_run_again_safely(home, django_capture_on_commit_callbacks):
    assert len(QUESTIONS) == 30
    with django_capture_on_commit_callbacks(execute=True):
        assert build_questions(home) == 30
    assert not mail.outbox  # demo content sends no e-mail
    index_page = QAIndexPage.objects.get()
    assert index_page.url == "/hoi-dap/" and index_page.live and index_page.show_in_menus
    states = dict.fromkeys(Status.values, 0)
    for status in Question.objects.values_list("status", flat=True):
        states[status] += 1
    assert all(states.values()), states
    assert QAPage.objects.live().count() == states[Status.PUBLISHED] >= 15
    # Every step is dated in the past, in order, and published pages carry the answer's date.
    for question in Question.objects.prefetch_related("events"):
        times = [event.created_at for event in question.events.all()]
        assert times == sorted(times) and times[-1] <= timezone.now()
    page = QAPage.objects.live().order_by("answered_at").first()
    assert page.answered_at < TODAY and page.department is not None and page.asked_at <= page.answered_at

    snapshot = (Question.objects.count(), QAPage.objects.count(), QuestionEvent.objects.count())
    assert build_questions(home) == 0
    assert (Question.objects.count(), QAPage.objects.count(), QuestionEvent.objects.count()) == snapshot
