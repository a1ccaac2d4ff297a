"""Helpers shared by the Q&A tests (plain functions; each test module wraps them in its own fixtures)."""

import itertools
from types import SimpleNamespace

from portal import roles
from portal.models import Department
from qa import workflow
from qa.models import QAIndexPage, Question, Status, Topic

PRIVATE = {
    "asker_email": "bi.mat.nguoi.hoi@example.org",
    "asker_phone": "0987 654 321",
    "asker_address": "Số 99 ngõ Bí Mật, phường Đông Thành",
}
_numbers = itertools.count(1)

# Steps that take a question from "received" to each state.
PATHS = {
    Status.RECEIVED: [],
    Status.REJECTED: ["reject"],
    Status.ASSIGNED: ["assign"],
    Status.ANSWERED: ["assign", "answer"],
    Status.PUBLISHED: ["assign", "answer", "publish"],
    Status.REPLIED: ["assign", "answer", "reply"],
}


def build_world(home):
    index_page = QAIndexPage(title="Hỏi - Đáp", slug="hoi-dap", show_in_menus=True, live=False)
    home.add_child(instance=index_page)
    index_page.save_revision().publish()
    index_page.refresh_from_db()
    so_a = Department.objects.create(name="Sở Tài nguyên và Môi trường", slug="so-tnmt", email="tnmt@example.gov.vn")
    so_b = Department.objects.create(name="Sở Y tế", slug="so-y-te", email="syt@example.gov.vn")
    land = Topic.objects.create(name="Đất đai", slug="dat-dai")
    health = Topic.objects.create(name="Y tế", slug="y-te")
    return SimpleNamespace(index=index_page, so_a=so_a, so_b=so_b, land=land, health=health)


def make_staff(make_user, world):
    officer_a = make_user("can-bo-a", roles.DEPARTMENT_STAFF, email="canbo.a@example.gov.vn")
    officer_a.departments.add(world.so_a)
    officer_b = make_user("can-bo-b", roles.DEPARTMENT_STAFF, email="canbo.b@example.gov.vn")
    officer_b.departments.add(world.so_b)
    return SimpleNamespace(
        a=officer_a,
        b=officer_b,
        board=make_user("ban-bien-tap", roles.EDITORIAL_BOARD, email="bbt@example.gov.vn"),
        editor=make_user("bien-tap-vien", roles.EDITORS),
    )


def new_question(**fields):
    number = next(_numbers)
    values = {
        "asker_name": "Nguyễn Văn An",
        "title": f"Câu hỏi về thủ tục đất đai số {number}",
        "body": f"Nội dung chi tiết của câu hỏi số {number} về cấp giấy chứng nhận quyền sử dụng đất.",
        **PRIVATE,
        **fields,
    }
    question = Question(**values)
    workflow.receive(question)
    return question


def advance(question, state, department=None, answer="<p>Câu trả lời của cơ quan chuyên môn.</p>"):
    """Move a received question to ``state`` through the workflow (as the system)."""
    data = {
        "assign": {"department": department},
        "reject": {"reason": Question.RejectReason.DUPLICATE, "note": "Trùng câu hỏi đã trả lời."},
        "answer": {"answer": answer},
    }
    for action in PATHS[state]:
        workflow.apply(question, action, None, system=True, **data.get(action, {}))
    return question


def pdf_bytes():
    from documents.files import make_pdf

    return make_pdf("Đơn đề nghị", ["Nội dung đơn đề nghị của công dân."])


def upload(name, data, content_type="application/pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data, content_type=content_type)


def body_of(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def rich(text):
    """What Wagtail's rich text editor posts for one paragraph of ``text`` (Draft.js content state)."""
    import json

    block = {"key": "qa001", "type": "unstyled", "text": text, "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
    return json.dumps({"blocks": [block], "entityMap": {}})


def isolate_rate_limits(settings):
    """Rate-limit counters of this test in a cache of its own: with Redis (CI), parallel test workers share one
    database, post from the same address and flush it between tests."""
    import uuid

    settings.CACHES = {
        **settings.CACHES,
        "qa-ratelimit": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": uuid.uuid4().hex},
    }
    settings.RATELIMIT_USE_CACHE = "qa-ratelimit"
