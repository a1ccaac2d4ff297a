"""Q&A in the admin: department isolation (listing, export, edit, history, steps, attachment, guessed ids), the
workflow steps as views with permission checks, questions entered by staff, overdue filter, counts and dashboard."""

import datetime

import pytest
from django.urls import reverse

from portal import roles
from qa.models import QAPage, Question, Status
from tests.test_qa_support import PRIVATE, advance, body_of, build_world, make_staff, new_question, pdf_bytes, rich

TODAY = datetime.date.today()


@pytest.fixture
def world(home):
    return build_world(home)


@pytest.fixture
def staff(make_user, world):
    return make_staff(make_user, world)


@pytest.fixture
def questions(world):
    return {
        "mine": advance(new_question(title="Câu hỏi của Sở Tài nguyên"), Status.ASSIGNED, world.so_a),
        "theirs": advance(new_question(title="Câu hỏi của Sở Y tế"), Status.ASSIGNED, world.so_b),
        "unassigned": new_question(title="Câu hỏi chưa phân loại"),
    }


def url(view, *args):
    return reverse(f"qa_questions:{view}", args=args)


def test_department_staff_see_only_their_questions(client, staff, questions):
    mine, theirs, unassigned = questions["mine"], questions["theirs"], questions["unassigned"]
    client.force_login(staff.a)

    listing = client.get(url("index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert mine.title in html and theirs.title not in html and unassigned.title not in html

    exported = body_of(client.get(url("index") + "?export=csv"))
    assert mine.display_code in exported and theirs.display_code not in exported
    assert unassigned.display_code not in exported
    assert PRIVATE["asker_email"] not in exported and PRIVATE["asker_phone"] not in exported

    searched = client.get(url("index") + "?q=Sở").content.decode()
    assert theirs.title not in searched

    assert client.get(url("edit", mine.pk)).status_code == 200
    # Guessed ids of other departments' (or unassigned) questions get nothing.
    for other in (theirs, unassigned):
        for view in ("edit", "history", "usage", "attachment"):
            assert client.get(url(view, other.pk)).status_code == 404, view
        assert client.post(url("edit", other.pk), {"answer": rich("Chen ngang.")}).status_code == 404
        assert client.get(url("step", other.pk, "answer")).status_code == 404
        assert client.post(url("step", other.pk, "answer"), {"answer": rich("Chen ngang.")}).status_code == 404
        assert client.post(url("delete", other.pk)).status_code in (302, 403, 404)
        other.refresh_from_db()
        assert Question.objects.filter(pk=other.pk).exists() and "Chen ngang" not in other.answer
    assert client.get(url("edit", 999_999)).status_code == 404
    assert client.post(url("delete", mine.pk)).status_code in (302, 403)  # no delete right at all
    assert Question.objects.filter(pk=mine.pk).exists()


def test_the_editorial_board_sees_everything(client, staff, questions):
    client.force_login(staff.board)
    html = client.get(url("index")).content.decode()
    assert all(question.title in html for question in questions.values())
    edit = client.get(url("edit", questions["unassigned"].pk)).content.decode()
    # Staff may read the asker's contact details (to reply); the form shows them and the history.
    assert PRIVATE["asker_email"] in edit and PRIVATE["asker_phone"] in edit
    assert "Lịch sử xử lý" in edit and "<td>Tiếp nhận</td>" in edit
    assert url("step", questions["unassigned"].pk, "assign") in edit


def test_people_without_the_role_cannot_open_questions(client, make_user, questions):
    for group in (roles.COLLABORATORS, roles.EDITORS, roles.LEADERSHIP):
        client.force_login(make_user(f"user-{group}", group))
        assert client.get(url("index")).status_code in (302, 403), group
        assert client.get(url("edit", questions["mine"].pk)).status_code in (302, 403, 404), group


def test_department_staff_draft_and_send_their_answer(client, staff, questions, world):
    mine = questions["mine"]
    client.force_login(staff.a)
    edit = client.get(url("edit", mine.pk))
    form = edit.context["form"]
    assert list(form.fields) == ["answer"]  # nothing else is theirs to change
    assert url("step", mine.pk, "answer") in edit.content.decode()
    assert url("step", mine.pk, "assign") not in edit.content.decode()

    draft = client.post(url("step", mine.pk, "answer"), {"answer": rich("Bản nháp."), "draft": "1"})
    assert draft.status_code == 302
    mine.refresh_from_db()
    assert mine.status == Status.ASSIGNED and "Bản nháp." in mine.answer

    sent = client.post(url("step", mine.pk, "answer"), {"answer": rich("Trả lời chính thức của Sở."), "note": ""})
    assert sent.status_code == 302 and sent["Location"] == url("edit", mine.pk)
    mine.refresh_from_db()
    assert mine.status == Status.ANSWERED and mine.answered_by == staff.a
    # Once answered, their form is read-only; publishing is not theirs.
    assert client.get(url("edit", mine.pk)).context["form"].fields == {}
    refused = client.post(url("step", mine.pk, "publish"), {})
    assert refused.status_code == 302
    mine.refresh_from_db()
    assert mine.status == Status.ANSWERED and not QAPage.objects.exists()


def test_the_board_takes_each_step_through_the_admin(client, staff, questions, world):
    question = questions["unassigned"]
    client.force_login(staff.board)

    page = client.get(url("step", question.pk, "assign"))
    assert page.status_code == 200 and "Chuyển đơn vị trả lời" in page.content.decode()
    assert client.post(url("step", question.pk, "assign"), {"department": ""}).status_code == 200  # form error
    due = TODAY + datetime.timedelta(days=10)
    response = client.post(url("step", question.pk, "assign"), {"department": world.so_b.pk, "due_date": due})
    assert response.status_code == 302
    question.refresh_from_db()
    assert (question.status, question.department, question.due_date) == (Status.ASSIGNED, world.so_b, due)

    client.post(url("step", question.pk, "answer"), {"answer": rich("Ban biên tập trả lời thay.")})
    blank_return = client.post(url("step", question.pk, "return"), {"note": ""})
    assert blank_return.status_code == 200 and "bắt buộc" in blank_return.content.decode()
    client.post(url("step", question.pk, "publish"), {"note": ""})
    question.refresh_from_db()
    assert question.status == Status.PUBLISHED and QAPage.objects.get().live
    # An illegal move by URL: refused with a message, nothing changes.
    refused = client.post(url("step", question.pk, "reject"), {"reason": "duplicate"}, follow=True)
    assert "Không thể" in refused.content.decode()
    question.refresh_from_db()
    assert question.status == Status.PUBLISHED
    assert client.get(url("step", question.pk, "no-such-step")).status_code == 302
    assert list(question.events.values_list("action", flat=True)) == ["receive", "assign", "answer", "publish"]


def test_the_board_enters_a_question_that_arrived_by_phone(client, staff, world):
    client.force_login(staff.board)
    data = {
        "asker_name": "Lê Văn Phúc",
        "asker_email": "",
        "asker_phone": "0912 345 678",
        "asker_address": "",
        "channel": "phone",
        "received_at": (datetime.datetime.now() - datetime.timedelta(days=2)).strftime("%Y-%m-%d %H:%M"),
        "topic": world.land.pk,
        "due_date": "",
        "title": "Hỏi qua điện thoại về cấp sổ đỏ",
        "body": "Người dân gọi điện hỏi về thời gian cấp giấy chứng nhận quyền sử dụng đất.",
    }
    response = client.post(url("add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    question = Question.objects.get()
    assert (question.channel, question.status, question.created_by) == ("phone", Status.RECEIVED, staff.board)
    assert len(question.tracking_code) == 12 and question.due_date == TODAY - datetime.timedelta(days=2) + (
        datetime.timedelta(days=20)
    )
    assert question.events.get().actor == staff.board
    client.force_login(staff.a)
    assert client.get(url("add")).status_code in (302, 403)


def test_the_attachment_is_downloaded_through_the_scoped_view(client, staff, world):
    from django.core.files.base import ContentFile

    question = new_question(attachment_name="Đơn của tôi.pdf", attachment_kind="pdf")
    question.attachment.save("don-cua-toi-1a2b3c4d.pdf", ContentFile(pdf_bytes()))
    advance(question, Status.ASSIGNED, world.so_a)
    client.force_login(staff.a)
    response = client.get(url("attachment", question.pk))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "attachment;" in response["Content-Disposition"] and "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content).startswith(b"%PDF-")
    client.force_login(staff.b)
    assert client.get(url("attachment", question.pk)).status_code == 404


def test_overdue_filter_counts_and_dashboard(client, staff, questions, world):
    late = questions["mine"]
    Question.objects.filter(pk=late.pk).update(due_date=TODAY - datetime.timedelta(days=1))
    Question.objects.filter(pk=questions["theirs"].pk).update(due_date=TODAY + datetime.timedelta(days=2))
    client.force_login(staff.board)
    overdue = client.get(url("index") + "?deadline=overdue").content.decode()
    assert late.title in overdue and questions["theirs"].title not in overdue
    due_soon = client.get(url("index") + "?deadline=due_soon").content.decode()
    assert questions["theirs"].title in due_soon and late.title not in due_soon
    listing = client.get(url("index")).content.decode()
    assert "Quá hạn: 1" in listing and "Chờ phân loại: 1" in listing and "Đang xử lý: 3" in listing
    dashboard = client.get("/admin/").content.decode()
    assert "Câu hỏi của công dân" in dashboard and "Quá hạn: 1" in dashboard

    client.force_login(staff.b)  # counts are scoped too
    dashboard = client.get("/admin/").content.decode()
    assert "Quá hạn: 0" in dashboard and "Đang xử lý: 1" in dashboard and "Chờ phân loại: 0" in dashboard
