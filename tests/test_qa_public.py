"""Q&A in public: /hoi-dap/ and its filters, a Q&A page, the question form (CSRF, honeypot, rate limit, idempotent
submission, validation of attachments, escaping, never a 500), the tracking lookup (and its rate limit), rating
once, query counts, and privacy: the asker's e-mail, phone and address never appear in any public HTML, JSON or
the search index."""

import json
import re

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from haystack import connections
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from portal import codes
from qa import ratelimits, workflow
from qa.models import QAPage, Question, Status
from qa.views import SESSION_KEY
from tests.test_qa_support import PRIVATE, advance, build_world, isolate_rate_limits, new_question, pdf_bytes, upload

FORM_URL = "/hoi-dap/gui-cau-hoi/"
TRACK_URL = "/hoi-dap/tra-cuu/"


@pytest.fixture(autouse=True)
def _own_rate_limit_counters(settings):
    isolate_rate_limits(settings)


@pytest.fixture
def world(home):
    return build_world(home)


@pytest.fixture
def published(world, django_capture_on_commit_callbacks):
    """published(title=…, department=…, topic=…) → a question answered and published as a QAPage."""

    def make(department=None, topic=None, **fields):
        with django_capture_on_commit_callbacks(execute=True):
            question = advance(new_question(topic=topic, **fields), Status.PUBLISHED, department or world.so_a)
        question.refresh_from_db()
        return question

    return make


def form_data(client, **changes):
    """A valid form as the page serves it (with its one-time token)."""
    page = client.get(FORM_URL)
    token = re.search(r'name="token" value="([^"]+)"', page.content.decode()).group(1)
    data = {
        "asker_name": "Trần Thị Bình",
        "asker_email": PRIVATE["asker_email"],
        "asker_phone": PRIVATE["asker_phone"],
        "asker_address": PRIVATE["asker_address"],
        "topic": "",
        "title": "Hỏi về thủ tục cấp đổi giấy chứng nhận",
        "body": "Tôi muốn hỏi thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất do bị rách, hư hỏng.",
        "consent": "on",
        "website": "",
        "token": token,
    }
    data.update(changes)
    return data


def assert_private_data_absent(text, where):
    for name, value in PRIVATE.items():
        assert value not in text, f"{name} leaked in {where}"
    assert "bi.mat" not in text and "0987" not in text, where


# The listing and the Q&A page --------------------------------------------------------------------------------------


def test_listing_shows_published_answers_with_filters(client, world, published):
    land = published(title="Hỏi về tách thửa đất ở", topic=world.land)
    health = published(title="Hỏi về bảo hiểm y tế trái tuyến", topic=world.health, department=world.so_b)
    advance(new_question(title="Câu hỏi chưa trả lời xong"), Status.ANSWERED, world.so_a)
    advance(new_question(title="Câu trả lời gửi riêng"), Status.REPLIED, world.so_a)

    response = client.get("/hoi-dap/")
    assert response.status_code == 200
    html = response.content.decode()
    assert land.title in html and health.title in html
    assert "Câu hỏi chưa trả lời xong" not in html and "Câu trả lời gửi riêng" not in html
    assert "Người hỏi: Nguyễn Văn An" in html and "Trả lời: Sở Y tế" in html
    assert 'href="/hoi-dap/gui-cau-hoi/"' in html and 'href="/hoi-dap/tra-cuu/"' in html
    assert "2 câu hỏi đã được trả lời" in html

    by_topic = client.get("/hoi-dap/?linh-vuc=dat-dai").content.decode()
    assert land.title in by_topic and health.title not in by_topic
    by_department = client.get("/hoi-dap/?co-quan=so-y-te").content.decode()
    assert health.title in by_department and land.title not in by_department
    # Unknown filters and pages are ignored, never an error.
    for query in ("?linh-vuc=khong-co", "?co-quan=%00", "?page=999", "?page=abc", "?linh-vuc=" + "x" * 5000):
        assert client.get("/hoi-dap/" + query).status_code == 200, query


def test_listing_paginates_with_filters_kept(client, world, published, settings):
    settings.QA_PAGE_SIZE = 2
    for number in range(5):
        published(title=f"Câu hỏi về đất đai số {number}", topic=world.land)
    html = client.get("/hoi-dap/?linh-vuc=dat-dai").content.decode()
    assert "linh-vuc=dat-dai&amp;page=2" in html
    assert html.count('class="qa-item"') == 2


def test_a_qa_page_shows_the_question_and_answer(client, world, published):
    question = published(title="Hỏi về miễn học phí", topic=world.land)
    page = QAPage.objects.get()
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Hỏi về miễn học phí</h1>" in html
    assert "Người hỏi: Nguyễn Văn An" in html and question.body in html
    assert "Trả lời của Sở Tài nguyên và Môi trường" in html and "Câu trả lời của cơ quan chuyên môn." in html
    assert 'href="/hoi-dap/gui-cau-hoi/"' in html
    assert question.tracking_code not in html and question.display_code not in html


def test_page_tree_rules(client, world):
    from portal.models import HomePage
    from qa.models import QAIndexPage

    assert QAIndexPage.parent_page_types == ["portal.HomePage"] and QAIndexPage.subpage_types == ["qa.QAPage"]
    assert QAPage.parent_page_types == ["qa.QAIndexPage"] and QAPage.subpage_types == []
    assert QAPage.can_exist_under(world.index) and not QAPage.can_exist_under(HomePage.objects.get())
    assert not QAIndexPage.can_create_at(world.index)  # one Q&A section (max_count) and never nested
    menu = client.get("/").content.decode()
    assert 'href="/hoi-dap/"' in menu


def test_editors_can_create_the_qa_index_under_the_home_page(world):
    from portal.models import HomePage
    from qa.models import QAIndexPage

    assert QAIndexPage in HomePage.allowed_subpage_models()


def test_query_counts_do_not_grow_with_content(client, world, published, django_assert_max_num_queries):
    def queries(url):
        client.get(url)  # warm per-process caches (site root paths), as on a running site
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    for number in range(12):
        published(title=f"Câu hỏi số {number}", topic=world.land)
    first = {url: queries(url) for url in ("/hoi-dap/", "/hoi-dap/?page=2", QAPage.objects.first().url)}
    for number in range(14):
        published(title=f"Câu hỏi thêm số {number}", topic=world.health, department=world.so_b)
    second = {url: queries(url) for url in first}
    assert first == second
    with django_assert_max_num_queries(18):
        assert client.get("/hoi-dap/").status_code == 200
    with django_assert_max_num_queries(18):
        assert client.get("/hoi-dap/?linh-vuc=y-te&co-quan=so-y-te&page=2").status_code == 200
    # Wagtail i18n: routing looks up the active locale; the language switch reads the page's translations once.
    with django_assert_max_num_queries(16):
        assert client.get(QAPage.objects.live().last().url).status_code == 200


# The question form ---------------------------------------------------------------------------------------------------


def test_submitting_a_question(client, world, django_capture_on_commit_callbacks):
    page = client.get(FORM_URL)
    assert page.status_code == 200
    html = page.content.decode()
    assert "csrfmiddlewaretoken" in html and 'name="token"' in html and "no-store" in page["Cache-Control"]
    for label in ("Họ và tên", "Thư điện tử", "Tiêu đề câu hỏi", "Nội dung câu hỏi", "Tệp đính kèm"):
        assert label in html
    assert 'for="id_asker_email"' in html and 'aria-describedby="id_asker_email_helptext"' in html

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(FORM_URL, form_data(client, topic=str(world.land.pk)))
    assert response.status_code == 303 and response["Location"] == "/hoi-dap/gui-cau-hoi/da-gui/"
    question = Question.objects.get()
    assert (question.status, question.channel, question.topic) == (Status.RECEIVED, "web", world.land)
    assert question.asker_email == PRIVATE["asker_email"] and question.asker_phone == PRIVATE["asker_phone"]

    confirmation = client.get(response["Location"])
    text = confirmation.content.decode()
    assert question.display_code in text and "Mã tra cứu" in text
    assert f'href="/hoi-dap/tra-cuu/?ma={question.display_code}"' in text
    assert_private_data_absent(text, "the confirmation page")
    receipt = mail.outbox[-1]
    assert receipt.to == [PRIVATE["asker_email"]] and question.display_code in receipt.body
    # Without a submission in the session, the confirmation sends back to the form.
    assert Client().get("/hoi-dap/gui-cau-hoi/da-gui/")["Location"] == FORM_URL


def test_invalid_input_gets_clear_messages_and_keeps_what_was_typed(client, world):
    data = form_data(client, asker_email="không-phải-email", title="Ngắn", body="", asker_phone="gọi tôi", consent="")
    response = client.post(FORM_URL, data)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_asker_email"' in html
    assert "Tiêu đề cần ít nhất 10 ký tự (hiện có 4)." in html and "Vui lòng nhập nội dung câu hỏi." in html
    assert "Địa chỉ thư điện tử chưa đúng" in html
    assert "Số điện thoại chỉ gồm chữ số" in html and "Cần đồng ý để gửi câu hỏi." in html
    assert 'aria-invalid="true"' in html and "Trần Thị Bình" in html
    assert not Question.objects.exists()


def test_the_form_needs_csrf(world):
    client = Client(enforce_csrf_checks=True)
    response = client.post(FORM_URL, form_data(client))
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_the_honeypot_stops_bots(client, world):
    response = client.post(FORM_URL, form_data(client, website="http://spam.example"))
    assert response.status_code == 400 and not Question.objects.exists()
    html = response.content.decode()
    assert 'class="hp" aria-hidden="true"' in html


def test_posting_the_same_form_twice_gives_one_question(client, world, django_capture_on_commit_callbacks):
    data = form_data(client)
    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(FORM_URL, data)
        second = client.post(FORM_URL, data)
    assert first.status_code == second.status_code == 303
    question = Question.objects.get()
    assert client.session[SESSION_KEY] == question.pk
    assert len(mail.outbox) == 1
    # A fresh form (new token) is a new question.
    client.post(FORM_URL, form_data(client, title="Câu hỏi thứ hai về đất đai"))
    assert Question.objects.count() == 2
    # A forged or missing token is refused and replaced by a fresh one.
    response = client.post(FORM_URL, form_data(client, token="<script>"))
    assert response.status_code == 400 and "&lt;script&gt;" not in response.content.decode()
    assert re.search(r'name="token" value="[A-Za-z0-9_-]{30,}"', response.content.decode())


def test_submissions_are_rate_limited_per_address(client, world, settings):
    settings.QA_SUBMIT_RATE = "2/h"
    for number in range(2):
        assert client.post(FORM_URL, form_data(client, title=f"Câu hỏi hợp lệ số {number}")).status_code == 303
    limited = client.post(FORM_URL, form_data(client, title="Câu hỏi thứ ba trong giờ"))
    assert limited.status_code == 429
    html = limited.content.decode()
    assert "Bạn đã gửi nhiều câu hỏi trong thời gian ngắn" in html and "Câu hỏi thứ ba trong giờ" in html
    assert Question.objects.count() == 2
    other = Client(REMOTE_ADDR="203.0.113.7")
    assert other.post(FORM_URL, form_data(other, title="Từ một địa chỉ khác")).status_code == 303


def test_client_address_behind_a_proxy(settings):
    factory = RequestFactory()
    assert ratelimits.client_ip(factory.get("/", REMOTE_ADDR="198.51.100.4")) == "198.51.100.4"
    assert ratelimits.client_ip(factory.get("/", REMOTE_ADDR="2001:db8:1:2:3:4:5:6")) == "2001:db8:1:2::"
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    forwarded = factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.9")
    assert ratelimits.client_ip(forwarded) == "198.51.100.9"
    assert ratelimits.client_ip(factory.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="rác")) == "unknown"


def test_attachments_are_checked_and_kept_private(client, world, settings):
    data = form_data(client, attachment=upload("Đơn đề nghị.pdf", pdf_bytes()))
    assert client.post(FORM_URL, data).status_code == 303
    question = Question.objects.get()
    assert question.attachment_kind == "pdf" and question.attachment_name == "Đơn đề nghị.pdf"
    stored = question.attachment.path
    assert stored.startswith(str(settings.PRIVATE_MEDIA_ROOT)) and not stored.startswith(str(settings.MEDIA_ROOT))
    assert re.fullmatch(r"don-de-nghi-[0-9a-f]{8}\.pdf", question.attachment.name.rsplit("/", 1)[-1])

    fake = form_data(client, title="Câu hỏi có tệp giả mạo", attachment=upload("anh.pdf", b"MZ\x90\x00 not a pdf"))
    response = client.post(FORM_URL, fake)
    assert response.status_code == 400
    assert "“anh.pdf” có định dạng không được chấp nhận (nội dung thực là tệp chương trình" in response.content.decode()
    assert Question.objects.count() == 1


def test_what_people_type_is_escaped(client, world, published, django_capture_on_commit_callbacks):
    evil = '<script>alert("x")</script> & <b>đậm</b>'
    response = client.post(
        FORM_URL, form_data(client, asker_name=evil, title=f"Tiêu đề {evil}", body=f"Nội dung {evil}")
    )
    confirmation = client.get(response["Location"]).content.decode()
    assert "<script>alert" not in confirmation and "&lt;script&gt;alert" in confirmation
    question = Question.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        advance(question, Status.PUBLISHED, world.so_a)
    for url in ("/hoi-dap/", QAPage.objects.get().url, f"{TRACK_URL}?ma={question.display_code}"):
        html = client.get(url).content.decode()
        assert "<script>alert" not in html and "<b>đậm</b>" not in html, url
        assert "&lt;script&gt;" in html, url


_text = st.one_of(st.text(max_size=300), st.text(min_size=4000, max_size=6000), st.just(""))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    fields=st.fixed_dictionaries(
        {},
        optional={
            "asker_name": _text,
            "asker_email": st.one_of(_text, st.emails()),
            "asker_phone": st.one_of(_text, st.from_regex(r"\A0[0-9 ]{8,12}[0-9]\Z")),
            "asker_address": _text,
            "topic": st.one_of(_text, st.integers(-5, 10**12).map(str)),
            "title": st.one_of(_text, st.text(min_size=10, max_size=250)),
            "body": st.one_of(_text, st.text(min_size=20, max_size=600)),
            "token": st.one_of(_text, st.from_regex(r"\A[A-Za-z0-9_-]{16,64}\Z")),
            "consent": st.sampled_from(["on", "on", "", "yes", "0"]),
            "website": st.one_of(st.just(""), st.text(max_size=20)),
        },
    ),
    attachment=st.one_of(st.none(), st.binary(max_size=2000), st.just(b"%PDF-1.4 broken")),
)
def test_no_input_to_the_form_causes_a_500(client, world, settings, fields, attachment):
    settings.QA_SUBMIT_RATE = "10000/h"
    data = dict(fields)
    if attachment is not None:
        data["attachment"] = upload("tep.pdf", attachment)
    response = client.post(FORM_URL, data)
    event(f"HTTP {response.status_code}")  # --hypothesis-show-statistics shows how many got through
    assert response.status_code in (303, 400), response.status_code
    if response.status_code == 303:  # stored as typed, normalised
        question = Question.objects.get(submission_token=data["token"])
        assert question.title == " ".join(question.title.split()) and "\x00" not in question.body


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.text(min_size=1, max_size=120),
    title=st.text(min_size=10, max_size=200),
    body=st.text(min_size=20, max_size=1500),
    address=st.text(max_size=255),
)
def test_any_text_in_a_complete_form_is_stored_or_refused_cleanly(client, world, settings, name, title, body, address):
    import secrets

    settings.QA_SUBMIT_RATE = "10000/h"
    token = secrets.token_urlsafe(24)
    data = {
        "asker_name": name,
        "asker_email": "nguoi.dan@example.com",
        "asker_address": address,
        "title": title,
        "body": body,
        "consent": "on",
        "token": token,
    }
    response = client.post(FORM_URL, data)
    event(f"HTTP {response.status_code}")
    assert response.status_code in (303, 400), response.status_code
    if response.status_code == 303:
        question = Question.objects.get(submission_token=token)
        for value in (question.asker_name, question.title, question.body, question.asker_address):
            assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", value)
        confirmation = client.get(response["Location"])
        assert confirmation.status_code == 200 and question.display_code in confirmation.content.decode()


# Tracking --------------------------------------------------------------------------------------------------------


def test_tracking_shows_status_dates_and_answer_but_no_private_data(client, world):
    question = new_question()
    html = client.get(TRACK_URL, {"ma": question.display_code}).content.decode()
    assert "Đã tiếp nhận, đang phân loại" in html and question.title in html
    assert question.due_date.strftime("%d/%m/%Y") in html
    assert_private_data_absent(html, "tracking (received)")

    # Lower case, spaces, O for 0: still found.
    typed = question.display_code.lower().replace("-", " ").replace("0", "o")
    assert client.get(TRACK_URL, {"ma": typed}).status_code == 200

    advance(question, Status.ASSIGNED, world.so_a)
    html = client.get(TRACK_URL, {"ma": question.display_code}).content.decode()
    assert "Sở Tài nguyên và Môi trường" in html and "Câu trả lời của cơ quan" not in html
    advance_to_answer = workflow.apply
    advance_to_answer(question, "answer", None, system=True, answer="<p>Câu trả lời nội bộ chưa duyệt.</p>")
    html = client.get(TRACK_URL, {"ma": question.display_code}).content.decode()
    assert "Đang hoàn thiện câu trả lời" in html and "chưa duyệt" not in html  # not delivered yet
    workflow.apply(question, "publish", None, system=True)
    response = client.get(TRACK_URL, {"ma": question.display_code})
    html = response.content.decode()
    assert "Câu trả lời nội bộ chưa duyệt." in html and QAPage.objects.get().url in html
    assert "Đánh giá câu trả lời" in html
    assert_private_data_absent(html, "tracking (published)")
    assert "no-store" in response["Cache-Control"] and response["X-Robots-Tag"] == "noindex"
    assert "noindex" in html


def test_tracking_a_rejected_question_gives_the_reason(client, world):
    question = advance(new_question(), Status.REJECTED)
    html = client.get(TRACK_URL, {"ma": question.display_code}).content.decode()
    assert "Không tiếp nhận" in html and "Trùng với câu hỏi" in html and "Trùng câu hỏi đã trả lời." in html


def test_unknown_and_malformed_codes_get_a_clear_message(client, world):
    response = client.get(TRACK_URL, {"ma": "7K3M-Q9PX-2RTA"})
    assert response.status_code == 404
    assert "Không tìm thấy câu hỏi nào có mã “7K3M-Q9PX-2RTA”" in response.content.decode()
    response = client.get(TRACK_URL, {"ma": "<b>abc</b>"})
    assert response.status_code == 404
    html = response.content.decode()
    assert "không phải là mã tra cứu hợp lệ" in html and "<b>abc</b>" not in html
    assert client.get(TRACK_URL).status_code == 200


def test_guessing_codes_is_rate_limited(client, world, settings):
    settings.QA_LOOKUP_MISS_RATE = "3/h"
    question = new_question()
    for _ in range(3):
        assert client.get(TRACK_URL, {"ma": codes.display(codes.new_code())}).status_code == 404
    # The misses are used up: even a right code waits now (a guesser cannot tell hits from misses).
    blocked = client.get(TRACK_URL, {"ma": question.display_code})
    assert blocked.status_code == 429 and "quá nhiều lần" in blocked.content.decode()
    assert question.title not in blocked.content.decode()
    assert Client(REMOTE_ADDR="203.0.113.8").get(TRACK_URL, {"ma": question.display_code}).status_code == 200

    settings.QA_LOOKUP_RATE = "2/h"
    other = Client(REMOTE_ADDR="203.0.113.9")
    assert [other.get(TRACK_URL, {"ma": question.display_code}).status_code for _ in range(3)] == [200, 200, 429]


# Rating ----------------------------------------------------------------------------------------------------------


def test_the_asker_rates_the_answer_once(client, world):
    pending = advance(new_question(), Status.ANSWERED, world.so_a)
    assert "Gửi đánh giá" not in client.get(TRACK_URL, {"ma": pending.display_code}).content.decode()
    client.post(TRACK_URL, {"ma": pending.display_code, "diem": "5"})
    pending.refresh_from_db()
    assert pending.rating is None  # nothing to rate before the answer is delivered

    question = advance(new_question(), Status.REPLIED, world.so_a)
    response = client.post(TRACK_URL, {"ma": question.display_code.lower(), "diem": "4"})
    assert response.status_code == 303 and response["Location"] == f"{TRACK_URL}?ma={question.display_code}"
    question.refresh_from_db()
    assert question.rating == 4 and question.rated_at is not None
    html = client.get(response["Location"]).content.decode()
    assert "Bạn đã đánh giá câu trả lời: 4/5" in html and "Gửi đánh giá" not in html

    client.post(TRACK_URL, {"ma": question.display_code, "diem": "1"})
    question.refresh_from_db()
    assert question.rating == 4  # once

    other = advance(new_question(), Status.PUBLISHED, world.so_a)
    for bad in ("0", "6", "năm", ""):
        assert client.post(TRACK_URL, {"ma": other.display_code, "diem": bad}).status_code == 400
    assert client.post(TRACK_URL, {"ma": "AAAA-BBBB-CCCC", "diem": "5"}).status_code == 404
    other.refresh_from_db()
    assert other.rating is None


# Privacy everywhere ---------------------------------------------------------------------------------------------


def test_private_data_never_reaches_public_pages_the_api_or_the_index(
    client, world, search_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        question = advance(
            new_question(title="Thủ tục chuyển mục đích sử dụng đất vườn", topic=world.land),
            Status.PUBLISHED,
            world.so_a,
        )
        rejected = advance(new_question(title="Câu hỏi bị từ chối về đất vườn"), Status.REJECTED)
    page = QAPage.objects.get()
    urls = [
        "/",
        "/hoi-dap/",
        page.url,
        f"{TRACK_URL}?ma={question.display_code}",
        f"{TRACK_URL}?ma={rejected.display_code}",
        "/tim-kiem/?q=chuyen+muc+dich+dat+vuon",
        "/tim-kiem/?q=dat+vuon&type=qa",
        "/api/v2/search/?q=chuyen+muc+dich+dat+vuon",
        "/api/v2/search/?q=dat&type=qa",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_private_data_absent(response.content.decode(), url)

    # The Q&A page is in the site search, as kind "qa".
    api = client.get("/api/v2/search/?q=chuyen+muc+dich+dat+vuon&type=qa").json()
    assert [hit["title"] for hit in api["results"]] == [question.title]
    assert api["results"][0]["type"] == "qa"
    # Searching for the asker's details shows none of them (the query itself is echoed, so look at the results).
    for query in (PRIVATE["asker_email"], "0987 654 321", PRIVATE["asker_address"]):
        results = client.get("/api/v2/search/", {"q": query}).json()["results"]
        assert_private_data_absent(json.dumps(results, ensure_ascii=False), f"search results for {query}")
    assert client.get("/api/v2/search/", {"q": "0987654321"}).json()["count"] == 0

    # Nothing private in what the index stores, nor among its terms.
    backend = connections["default"].get_backend()
    backend.setup()
    with backend.index.reader() as reader:
        stored = " ".join(str(fields) for fields in reader.all_stored_fields())
        terms = {
            term.decode(errors="ignore") if isinstance(term, bytes) else str(term) for _f, term in reader.all_terms()
        }
    assert question.title in stored and rejected.title not in stored
    assert_private_data_absent(stored, "stored index fields")
    assert {"chuyen", "vuon"} <= terms  # the page's own words are there
    assert not {"0987", "654", "321", "bi.mat.nguoi.hoi", "example.org"} & terms
    assert not any("nguoi.hoi" in term or "0987" in term for term in terms)
