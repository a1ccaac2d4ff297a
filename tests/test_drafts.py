"""Drafts under public consultation: window rules, the comment form and its abuse cases, moderation, privacy,
department isolation, exports, e-mails and the demo."""

import datetime
import io
import json

import pytest
import time_machine
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from docx import Document
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from documents.files import make_pdf
from documents.models import DocumentType
from drafts.models import Comment, DraftDocument, DraftFile, Status
from portal import roles
from portal.forms import new_token
from portal.models import Department

NOW = datetime.datetime(2026, 3, 10, 9, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=7)))
TODAY = NOW.date()


def day(offset):
    return TODAY + datetime.timedelta(days=offset)


@pytest.fixture(autouse=True)
def frozen_time():
    with time_machine.travel(NOW, tick=False):
        yield


@pytest.fixture
def private_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path


@pytest.fixture
def refs(db, private_media):
    return {
        "qd": DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh", consultation_days=30),
        "so_a": Department.objects.create(name="Sở Tài nguyên và Môi trường", slug="so-tnmt", email="tnmt@example.vn"),
        "so_b": Department.objects.create(name="Sở Y tế", slug="so-y-te", email="syt@example.vn"),
    }


@pytest.fixture
def make_draft(refs):
    def make(title="Dự thảo quy định bảng giá đất", opens=-5, length=30, department="so_a", outcome="", **fields):
        draft = DraftDocument.objects.create(
            title=title,
            document_type=refs["qd"],
            department=refs[department],
            summary=fields.pop("summary", f"Tóm tắt: {title}"),
            questions=fields.pop("questions", "Mức giá có phù hợp?\nPhạm vi áp dụng?"),
            opens_on=day(opens),
            closes_on=day(opens + length - 1),
            outcome_text=outcome,
            **fields,
        )
        draft_file = DraftFile(
            draft=draft, file=ContentFile(make_pdf(title, [f"Nội dung {title}"]), name="du-thao.pdf")
        )
        draft_file.full_clean()
        draft_file.save()
        return draft

    return make


def form_data(**overrides):
    data = {
        "name": "Nguyễn Văn An",
        "organisation": "",
        "email": "an@example.vn",
        "phone": "0912 345 678",
        "section": "Điều 3",
        "body": "Đề nghị công bố căn cứ xác định giá đất tại từng tuyến đường.",
        "website": "",
        "token": new_token(),
    }
    data.update(overrides)
    return data


# Window rules ---------------------------------------------------------------------------------------------------


def test_status_follows_the_window_and_the_outcome(make_draft):
    draft = make_draft(opens=3, length=30)
    assert draft.status() == Status.UPCOMING and draft.days_left() == 0
    assert draft.status(day(3)) == Status.OPEN and draft.days_left(day(3)) == 30
    assert draft.days_left(day(32)) == 1  # the last day
    assert draft.status(day(33)) == Status.CLOSED
    draft.outcome_text = "Đã tiếp thu, giải trình."
    assert draft.status(day(33)) == Status.CONCLUDED
    draft.outcome_text = ""
    DraftFile.objects.create(draft=draft, kind=DraftFile.REPORT, file="drafts/x.pdf", file_type="pdf")
    draft = DraftDocument.objects.prefetch_related("files").get(pk=draft.pk)
    assert draft.status(day(33)) == Status.CONCLUDED
    for status in Status:
        in_status = DraftDocument.objects.with_status(status, day(33))
        assert (draft in in_status) is (status == Status.CONCLUDED), status


def test_window_validation_needs_a_reason_when_short(make_draft, refs):
    draft = make_draft(length=20)
    with pytest.raises(ValidationError) as error:
        draft.full_clean()
    assert "ngắn hơn mức tối thiểu 30 ngày" in str(error.value.message_dict["short_window_reason"])
    draft.short_window_reason = "Cần ban hành trước kỳ họp HĐND."
    draft.full_clean()
    draft.closes_on = draft.opens_on
    with pytest.raises(ValidationError) as error:
        draft.full_clean()
    assert "closes_on" in error.value.message_dict
    refs["qd"].consultation_days = 15
    refs["qd"].save()
    assert make_draft(title="Ngắn", length=15).full_clean() is None


# The comment form -----------------------------------------------------------------------------------------------


def test_comment_is_received_with_a_tracking_code_and_a_receipt(client, make_draft, django_capture_on_commit_callbacks):
    draft = make_draft()
    page = client.get(draft.get_absolute_url())
    html = page.content.decode()
    assert "Gửi ý kiến góp ý" in html and "còn 25 ngày" in html and page["Cache-Control"].startswith("max-age=0")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(draft.get_absolute_url(), form_data())
    assert response.status_code == 303
    comment = Comment.objects.get()
    assert comment.state == Comment.State.PENDING and len(comment.tracking_code) == 12 and len(comment.ip_hash) == 64
    confirmation = client.get(response["Location"]).content.decode()
    assert comment.display_code in confirmation
    assert len(mail.outbox) == 1 and comment.display_code in mail.outbox[0].body
    assert mail.outbox[0].to == ["an@example.vn"]
    # Pending comments are not public.
    assert "Đề nghị công bố căn cứ" not in client.get(draft.get_absolute_url()).content.decode()


def test_receipts_lost_with_the_broker_are_sent_by_the_catch_up(client, make_draft):
    from drafts.notifications import send_pending_receipts
    from drafts.tasks import send_pending_receipts_task

    draft = make_draft()
    # No django_capture_on_commit_callbacks: the receipt task is never sent, as when the broker refuses it.
    assert client.post(draft.get_absolute_url(), form_data()).status_code == 303
    comment = Comment.objects.get()
    assert mail.outbox == [] and comment.receipt_sent_at is None
    assert send_pending_receipts() == 0  # a moment ago: its own task may still come
    with time_machine.travel(NOW + datetime.timedelta(minutes=15), tick=False):
        assert send_pending_receipts_task() == 1
        assert send_pending_receipts() == 0  # sent once
    assert len(mail.outbox) == 1 and comment.display_code in mail.outbox[0].body
    assert mail.outbox[0].to == ["an@example.vn"]
    comment.refresh_from_db()
    assert comment.receipt_sent_at is not None
    with time_machine.travel(NOW + datetime.timedelta(days=4), tick=False):
        Comment.objects.update(receipt_sent_at=None)
        assert send_pending_receipts() == 0  # older than three days: too late to be a receipt


def test_double_post_creates_one_comment(client, make_draft):
    draft = make_draft()
    data = form_data()
    first = client.post(draft.get_absolute_url(), data)
    second = client.post(draft.get_absolute_url(), data)
    assert first.status_code == second.status_code == 303
    assert Comment.objects.count() == 1


def test_late_submission_is_refused_politely_and_kept_nowhere(client, make_draft, private_media):
    draft = make_draft(opens=-30, length=30)  # closed yesterday
    attachment = SimpleUploadedFile("y-kien.pdf", make_pdf("Ý kiến", ["Nội dung"]))
    response = client.post(draft.get_absolute_url(), form_data(attachment=attachment))
    assert response.status_code == 409
    html = response.content.decode()
    assert "đã kết thúc" in html and "không được lưu lại" in html and 'name="body"' not in html
    assert not Comment.objects.exists()
    assert not any(path.is_file() for path in (private_media / "private").rglob("*"))
    upcoming = make_draft(title="Sắp mở", opens=2)
    assert client.post(upcoming.get_absolute_url(), form_data()).status_code == 409


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"email": "khong-phai-email"}, "email", "thư điện tử không hợp lệ"),
        ({"body": "ngắn"}, "body", "ít nhất 10 ký tự"),
        ({"body": "x" * 5001}, "body", "tối đa 5000 ký tự (hiện có 5001)"),
        ({"phone": "abc"}, "phone", "chỉ gồm chữ số"),
        ({"website": "http://spam.example"}, "website", "phải để trống"),
        ({"token": "<script>"}, "token", "không hợp lệ hoặc đã cũ"),
    ],
)
def test_bad_input_gets_a_clear_message(client, make_draft, overrides, field, message):
    draft = make_draft()
    response = client.post(draft.get_absolute_url(), form_data(**overrides))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("gia.pdf", b"<html>not a pdf</html>", "nội dung thực là trang HTML"),
        ("virus.docx", b"MZ\x90\x00" + b"\x00" * 100, "tệp chương trình (EXE)"),
        ("to.pdf", None, "quá"),
    ],
)
def test_bad_attachments_are_refused_with_no_partial_record(
    client, make_draft, settings, private_media, name, content, message
):
    settings.DRAFTS_COMMENT_ATTACHMENT_MAX_SIZE = 1024
    draft = make_draft()
    content = content if content is not None else make_pdf("Lớn", ["Nội dung rất dài " * 400])
    response = client.post(draft.get_absolute_url(), form_data(attachment=SimpleUploadedFile(name, content)))
    assert response.status_code == 400 and message in response.content.decode()
    assert not Comment.objects.exists()
    private = private_media / "private"
    assert not private.exists() or not any(p.is_file() for p in private.rglob("*"))


def test_rate_limit_per_ip(client, make_draft, settings):
    settings.DRAFTS_COMMENT_RATE = "2/h"
    draft = make_draft()
    statuses = [client.post(draft.get_absolute_url(), form_data()).status_code for _ in range(3)]
    assert statuses == [303, 303, 429]
    assert Comment.objects.count() == 2
    other = client.post(draft.get_absolute_url(), form_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 303


def test_html_in_any_field_is_shown_escaped(client, make_draft):
    draft = make_draft()
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    client.post(
        draft.get_absolute_url(), form_data(name=evil, organisation=evil, section=evil, body=evil + " nội dung")
    )
    Comment.objects.update(state=Comment.State.PUBLISHED, response=evil)
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=st.fixed_dictionaries(
        {
            name: st.text(max_size=300)
            for name in ("name", "organisation", "email", "phone", "section", "body", "website", "token")
        }
    )
)
def test_random_form_input_never_fails(client, make_draft, fields):
    draft = DraftDocument.objects.first() or make_draft()
    fields = {name: value.replace("\x00", "") for name, value in fields.items()}
    response = client.post(draft.get_absolute_url(), fields, REMOTE_ADDR="10.1.1.1")
    assert response.status_code in (303, 400, 429)


# Privacy --------------------------------------------------------------------------------------------------------


def test_private_data_never_appears_in_public_output(
    client, make_draft, search_index, django_capture_on_commit_callbacks
):
    from search.service import build_query, search

    with django_capture_on_commit_callbacks(execute=True):
        draft = make_draft(title="Dự thảo quản lý chất thải rắn")
        client.post(draft.get_absolute_url(), form_data(email="bimat@example.vn", phone="0987 654 321"))
        Comment.objects.update(state=Comment.State.PUBLISHED)
        draft.save()  # re-indexed
    comment = Comment.objects.get()
    pages = [
        client.get(draft.get_absolute_url()).content.decode(),
        client.get("/du-thao/").content.decode(),
        client.get("/du-thao/tra-cuu/", {"ma": comment.display_code}).content.decode(),
        client.get("/tim-kiem/", {"q": "chat thai ran"}).content.decode(),
        client.get("/api/v2/search/", {"q": "chat thai ran"}).content.decode(),
    ]
    assert "Nguyễn Văn An" in pages[0] and "Dự thảo quản lý chất thải rắn" in pages[3]
    for html in pages:
        for secret in ("bimat@example.vn", "0987 654 321", "0987654321", comment.ip_hash):
            assert secret not in html
    hits = search(build_query({"q": "du thao chat thai ran"})).hits
    assert hits[0]["url"] == draft.get_absolute_url()
    assert "bimat" not in json.dumps(hits, default=str)


def test_lookup_by_tracking_code(client, make_draft, settings):
    settings.DRAFTS_LOOKUP_MISS_RATE = "3/h"
    draft = make_draft()
    client.post(draft.get_absolute_url(), form_data())
    comment = Comment.objects.get()
    typed = comment.display_code.lower().replace("-", " ")
    html = client.get("/du-thao/tra-cuu/", {"ma": typed}).content.decode()
    assert "Chờ duyệt" in html and draft.title in html
    Comment.objects.update(state=Comment.State.REJECTED, reject_reason="Trùng lặp")
    assert "Không đăng: Trùng lặp" in client.get("/du-thao/tra-cuu/", {"ma": typed}).content.decode()
    statuses = [client.get("/du-thao/tra-cuu/", {"ma": f"AAAA-BBBB-CCC{n}"}).status_code for n in range(4)]
    assert statuses == [404, 404, 404, 429]
    assert client.get("/du-thao/tra-cuu/", {"ma": typed}).status_code == 429  # guessing stopped


# Public pages ---------------------------------------------------------------------------------------------------


def test_list_shows_open_first_with_countdown_and_filters(client, make_draft, refs, django_assert_max_num_queries):
    make_draft(title="Đã kết thúc có báo cáo", opens=-90, outcome="Đã tiếp thu.")
    make_draft(title="Đã hết hạn", opens=-40)
    make_draft(title="Sắp lấy ý kiến", opens=5)
    make_draft(title="Đang mở, còn lâu", opens=-1)
    make_draft(title="Đang mở, sắp hết", opens=-28, department="so_b")
    make_draft(title="Chưa công khai", is_published=False)
    with django_assert_max_num_queries(12):
        response = client.get("/du-thao/")
    titles = [item["draft"].title for item in response.context["items"]]
    assert titles == ["Đang mở, sắp hết", "Đang mở, còn lâu", "Sắp lấy ý kiến", "Đã hết hạn", "Đã kết thúc có báo cáo"]
    html = response.content.decode()
    assert "còn 2 ngày" in html and "Chưa công khai" not in html
    assert [i["draft"].title for i in client.get("/du-thao/", {"trang-thai": "concluded"}).context["items"]] == [
        "Đã kết thúc có báo cáo"
    ]
    assert [i["draft"].title for i in client.get("/du-thao/", {"co-quan": "so-y-te"}).context["items"]] == [
        "Đang mở, sắp hết"
    ]
    for params in ({"trang-thai": "x"}, {"nam": "abc"}, {"co-quan": "<b>"}, {"page": "-3"}, {"loai": "khong"}):
        assert client.get("/du-thao/", params).status_code == 200


def test_detail_page_through_the_whole_life(client, make_draft, django_assert_max_num_queries):
    draft = make_draft(opens=-40, outcome="Cơ quan soạn thảo đã tiếp thu ý kiến về lộ trình.")
    Comment.objects.create(
        draft=draft, email="a@example.vn", body="Ý kiến đã đăng công khai.", state="published", response="Tiếp thu."
    )
    Comment.objects.create(draft=draft, email="b@example.vn", body="Ý kiến chờ duyệt.", state="pending")
    with django_assert_max_num_queries(10):
        html = client.get(draft.get_absolute_url()).content.decode()
    assert "Đã có báo cáo tiếp thu, giải trình" in html and "đã tiếp thu ý kiến về lộ trình" in html
    assert "Ẩn danh" in html and "Ý kiến đã đăng công khai." in html and "Ý kiến chờ duyệt." not in html
    assert 'name="body"' not in html  # no form once closed
    assert client.get(reverse("drafts:detail", args=[987654])).status_code == 404
    hidden = make_draft(title="Nội bộ", is_published=False)
    assert client.get(hidden.get_absolute_url()).status_code == 404


# Departments and moderation ---------------------------------------------------------------------------------------


@pytest.fixture
def staff(make_user, refs):
    officer_a = make_user("can-bo-a", roles.DEPARTMENT_STAFF, email="a@so.vn")
    officer_a.departments.add(refs["so_a"])
    officer_b = make_user("can-bo-b", roles.DEPARTMENT_STAFF, email="b@so.vn")
    officer_b.departments.add(refs["so_b"])
    return {"a": officer_a, "b": officer_b, "board": make_user("bbt", roles.EDITORIAL_BOARD)}


def test_departments_see_only_their_drafts_and_comments(client, staff, make_draft):
    mine = make_draft(title="Dự thảo của Sở Tài nguyên", department="so_a")
    theirs = make_draft(title="Dự thảo của Sở Y tế", department="so_b")
    my_comment = Comment.objects.create(draft=mine, email="x@example.vn", body="Góp ý cho Sở Tài nguyên")
    their_comment = Comment.objects.create(
        draft=theirs, email="y@example.vn", body="Góp ý cho Sở Y tế", attachment=ContentFile(b"%PDF-1.4", name="y.pdf")
    )
    client.force_login(staff["a"])

    drafts_html = client.get(reverse("draft_documents:index")).content.decode()
    assert "Dự thảo của Sở Tài nguyên" in drafts_html and "Dự thảo của Sở Y tế" not in drafts_html
    comments_html = client.get(reverse("drafts_comments:index")).content.decode()
    assert "Góp ý cho Sở Tài nguyên" in comments_html and "Góp ý cho Sở Y tế" not in comments_html
    assert "Dự thảo của Sở Y tế" not in comments_html  # not even in the draft filter
    for name in ("draft_documents", "drafts_comments"):
        export = client.get(reverse(f"{name}:index") + "?export=csv")
        exported = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
        assert "Sở Y tế" not in exported and ("Sở Tài nguyên" in exported)
    for url in (
        reverse("draft_documents:edit", args=[theirs.pk]),
        reverse("draft_documents:delete", args=[theirs.pk]),
        reverse("drafts_comments:edit", args=[their_comment.pk]),
        reverse("drafts_comment_attachment", args=[their_comment.pk]),
        reverse("drafts_report_docx", args=[theirs.pk]),
    ):
        assert client.get(url).status_code == 404, url
    assert (
        client.post(reverse("drafts_comments:edit", args=[their_comment.pk]), {"state": "published"}).status_code == 404
    )
    their_comment.refresh_from_db()
    assert their_comment.state == "pending"
    assert client.get(reverse("drafts_comments:edit", args=[my_comment.pk])).status_code == 200
    assert client.get(reverse("drafts_report_docx", args=[mine.pk])).status_code == 200

    client.force_login(staff["board"])
    html = client.get(reverse("drafts_comments:index")).content.decode()
    assert "Góp ý cho Sở Tài nguyên" in html and "Góp ý cho Sở Y tế" in html
    download = client.get(reverse("drafts_comment_attachment", args=[their_comment.pk]))
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4"


def test_moderation_publish_reject_with_reason_and_respond(client, staff, make_draft):
    draft = make_draft()
    comment = Comment.objects.create(draft=draft, name="Bình", email="b@example.vn", body="Đề nghị làm rõ Điều 2.")
    client.force_login(staff["a"])
    url = reverse("drafts_comments:edit", args=[comment.pk])
    refused = client.post(url, {"state": "rejected", "reject_reason": "", "response": ""})
    assert refused.status_code == 200 and "Cần ghi lý do không đăng ý kiến." in refused.content.decode()
    comment.refresh_from_db()
    assert comment.state == "pending"
    assert client.post(url, {"state": "published", "reject_reason": "", "response": "Đã tiếp thu."}).status_code == 302
    comment.refresh_from_db()
    assert comment.state == "published" and comment.response == "Đã tiếp thu."
    assert comment.moderated_by == staff["a"] and comment.moderated_at is not None
    assert comment.email == "b@example.vn" and comment.body == "Đề nghị làm rõ Điều 2."  # read-only fields kept
    html = client.get(draft.get_absolute_url()).content.decode()
    assert "Đề nghị làm rõ Điều 2." in html and "Đã tiếp thu." in html


def test_exports_xlsx_and_docx_summary(client, staff, make_draft):
    from openpyxl import load_workbook

    draft = make_draft()
    Comment.objects.create(
        draft=draft,
        name="An",
        organisation="Công ty A",
        email="a@x.vn",
        section="Điều 1",
        body="Ý kiến thứ nhất",
        response="Tiếp thu",
    )
    Comment.objects.create(draft=draft, email="b@x.vn", body="Ý kiến thứ hai")
    Comment.objects.create(draft=draft, email="c@x.vn", body="Quảng cáo", state="rejected", reject_reason="Spam")
    client.force_login(staff["a"])
    xlsx = client.get(reverse("drafts_comments:index") + f"?draft={draft.pk}&export=xlsx")
    content = b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content
    rows = list(load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True))
    assert len(rows) == 4 and "Ý kiến thứ nhất" in {cell for row in rows for cell in row}

    docx = client.get(reverse("drafts_report_docx", args=[draft.pk]))
    assert docx["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
    table = Document(io.BytesIO(docx.content)).tables[0]
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == ["STT", "Tổ chức, cá nhân góp ý", "Điều, khoản", "Nội dung góp ý", "Tiếp thu, giải trình"]
    assert cells[1] == ["1", "An – Công ty A", "Điều 1", "Ý kiến thứ nhất", "Tiếp thu"]
    assert cells[2][1] == "Ẩn danh" and len(cells) == 3  # the rejected one is left out


def test_daily_digest_to_the_department(make_draft, staff):
    from drafts.notifications import send_digests

    mine = make_draft(department="so_a")
    theirs = make_draft(title="Của Sở Y tế", department="so_b")
    Comment.objects.create(draft=mine, email="x@example.vn", body="Ý kiến mới thứ nhất")
    Comment.objects.create(draft=mine, email="y@example.vn", body="Ý kiến mới thứ hai")
    Comment.objects.create(draft=theirs, email="z@example.vn", body="Ý kiến cho Sở Y tế")
    with time_machine.travel(NOW + datetime.timedelta(hours=1), tick=False):
        assert send_digests() == 2
        assert send_digests() == 0  # nothing twice
    by_recipient = {tuple(message.to): message.body for message in mail.outbox}
    assert "Ý kiến mới thứ hai" in by_recipient[("a@so.vn", "tnmt@example.vn")]
    assert "Ý kiến cho Sở Y tế" not in by_recipient[("a@so.vn", "tnmt@example.vn")]
    assert "x@example.vn" not in "".join(by_recipient.values())


def test_file_texts_lost_with_the_broker_are_read_by_the_catch_up(make_draft, search_index):
    from drafts.tasks import extract_pending_draft_texts
    from search.service import build_query, search

    # No django_capture_on_commit_callbacks: the reading task is never sent, as when the broker refuses it.
    draft = make_draft(title="Dự thảo quy định về bến thủy nội địa")
    draft_file = DraftFile.objects.get(draft=draft)
    assert draft_file.text == "" and draft_file.text_read_at is None
    assert extract_pending_draft_texts() == 0  # uploaded a moment ago: left to its own task
    with time_machine.travel(NOW + datetime.timedelta(minutes=15), tick=False):
        assert extract_pending_draft_texts() == 1
        assert extract_pending_draft_texts() == 0  # read once
    draft_file.refresh_from_db()
    assert "bến thủy nội địa" in draft_file.text and draft_file.text_read_at is not None
    hits = search(build_query({"q": "ben thuy noi dia", "type": "draft"})).hits
    assert hits and hits[0]["url"] == draft.get_absolute_url()


def test_file_text_feeds_the_search(make_draft, search_index, django_capture_on_commit_callbacks):
    from search.service import build_query, search

    with django_capture_on_commit_callbacks(execute=True):
        draft = make_draft(title="Dự thảo về phí tham quan")
        DraftFile.objects.filter(draft=draft).delete()
        draft_file = DraftFile(
            draft=draft,
            file=ContentFile(
                make_pdf("Dự thảo", ["Mức phí tham quan khu du lịch Tràng An áp dụng từ năm 2027"]), name="a.pdf"
            ),
        )
        draft_file.full_clean()
        draft_file.save()
    assert "Tràng An" in DraftFile.objects.get().text
    hits = search(build_query({"q": "phi tham quan trang an", "type": "draft"})).hits
    assert hits and hits[0]["url"] == draft.get_absolute_url()


def test_demo_drafts_cover_every_state(client, db, private_media):
    from drafts.demo import build_drafts

    assert build_drafts() >= 8
    drafts = DraftDocument.objects.prefetch_related("files")
    assert {draft.status() for draft in drafts} == set(Status)
    assert set(Comment.objects.values_list("state", flat=True)) == set(Comment.State.values)
    assert build_drafts() == 0
    assert client.get("/du-thao/").status_code == 200
    for draft in drafts:
        assert client.get(draft.get_absolute_url()).status_code == 200
