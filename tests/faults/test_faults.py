"""Fault tests with real processes: the Celery worker stopped, Redis stopped, PostgreSQL restarted; backup/restore.

gunicorn (2 workers) and a Celery worker run on a Redis server and a PostgreSQL cluster of this module's own
(tests/faults/conftest.py), so stopping them disturbs no one else. Run by .ci/run:
``pytest -m faults -p no:xdist tests/faults``. The tests run in order and each leaves the stack running again.
"""

import textwrap
import time
import uuid

import pytest

from tests.stack import wait_for

pytestmark = pytest.mark.faults

START = [
    "/", "/tin-tuc/", "/tin-tuc/?page=2", "/tin-tuc/rss/", "/van-ban/", "/du-thao/", "/hoi-dap/",
    "/hoi-dap/gui-cau-hoi/", "/hoi-dap/tra-cuu/?ma=ABCD-EFGH-JKLM", "/tim-kiem/?q=chuyển đổi số",
    "/api/v2/search/?q=đất đai", "/api/v2/documents/", "/lich-cong-tac/", "/lien-ket/", "/thong-ke/doc-nhieu/",
    "/sitemap.xml", "/robots.txt", "/gioi-thieu/", "/lien-he/", "/en/",
]  # fmt: skip

_healthy = {}
BROWSER = "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36"


def _publish(stack, title, slug):
    """Publish a news article from a management shell, as an editor's publish would (signals, on_commit)."""
    stack.shell(
        textwrap.dedent(
            f"""
            from news.models import NewsArticlePage, NewsIndexPage
            index = NewsIndexPage.objects.get()
            article = NewsArticlePage(title={title!r}, slug={slug!r}, lead="Bài kiểm thử sự cố.")
            index.add_child(instance=article)
            article.save_revision().publish()
            print("published", article.pk)
            """
        )
    )


def _ask(stack, marker):
    """Send a question through the public form; (response, asker's address)."""
    email = f"hoi-{marker}@example.vn"
    response = stack.post_form(
        "/hoi-dap/gui-cau-hoi/",
        {
            "asker_name": "Nguyễn Văn Kiểm",
            "asker_email": email,
            "asker_phone": "",
            "asker_address": "",
            "topic": "",
            "title": f"Câu hỏi kiểm thử sự cố {marker}",
            "body": "Xin hỏi thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ cần những giấy tờ gì?",
            "consent": "on",
            "website": "",
        },
    )
    return response, email


def _open_draft_path(stack):
    if "draft" not in _healthy:
        rows = stack.query(
            "SELECT id FROM drafts_draftdocument WHERE opens_on <= CURRENT_DATE AND closes_on >= CURRENT_DATE "
            "ORDER BY id LIMIT 1"
        )
        assert rows, "the demo content has no draft open for comment"
        _healthy["draft"] = f"/du-thao/{rows[0][0]}/"
    return _healthy["draft"]


def _comment(stack, marker):
    email = f"gopy-{marker}@example.vn"
    response = stack.post_form(
        _open_draft_path(stack),
        {
            "name": "Trần Thị Góp Ý",
            "organisation": "",
            "email": email,
            "phone": "",
            "section": "Điều 2",
            "body": f"Đề nghị làm rõ phạm vi điều chỉnh của dự thảo. Mã kiểm thử {marker}.",
            "website": "",
        },
    )
    return response, email


def _stored_question(stack, marker):
    return stack.query("SELECT count(*) FROM qa_question WHERE title LIKE %s", f"%{marker}")[0][0]


def _stored_comment(stack, marker):
    return stack.query("SELECT count(*) FROM drafts_comment WHERE body LIKE %s", f"%{marker}.")[0][0]


def _sweep(stack, paths):
    """{path: status} of GETs of ``paths``; fails on any 5xx."""
    statuses = {path: stack.get(path)[0] for path in paths}
    errors = {path: status for path, status in statuses.items() if status >= 500}
    assert not errors, f"server errors: {errors}"
    return statuses


def test_healthy_stack(fault_stack):
    status, body, headers = fault_stack.get("/healthz")
    assert status == 200, body
    assert '"status": "ok"' in body and headers["Content-Type"] == "application/json"
    paths = fault_stack.crawl(START)
    assert len(paths) >= 60, paths
    statuses = _sweep(fault_stack, paths)
    _healthy["paths"] = [path for path, status in statuses.items() if status == 200]
    _healthy["statuses"] = statuses
    print(f"{len(paths)} public URLs swept, {len(_healthy['paths'])} answer 200")


def test_worker_stopped_then_caught_up(fault_stack):
    stack = fault_stack
    stack.worker.stop()
    marker = uuid.uuid4().hex[:10]
    word = f"zq{marker}"
    # Publishing and the public forms work without a worker: everything is stored, tasks wait in the broker.
    _publish(stack, f"Tin kiểm thử khi worker dừng {word}", f"worker-dung-{marker}")
    assert stack.get(f"/tin-tuc/worker-dung-{marker}/")[0] == 200
    question, asker = _ask(stack, marker)
    assert question.status_code == 303, question.text[:1000]
    comment, commenter = _comment(stack, marker)
    assert comment.status_code == 303, comment.text[:1000]
    assert _stored_question(stack, marker) == 1 and _stored_comment(stack, marker) == 1
    time.sleep(2)
    assert stack.search_count(word) == 0  # the index is the worker's job
    assert not stack.mails_to(asker) and not stack.mails_to(commenter)

    # The worker comes back and catches up: the article is found, the citizens get their receipts.
    stack.start_worker()
    started = time.monotonic()
    wait_for(lambda: stack.search_count(word) == 1, 90, "the article in the search index")
    wait_for(lambda: stack.mails_to(asker) and stack.mails_to(commenter), 90, "the receipts by e-mail")
    print(f"worker caught up in {time.monotonic() - started:.1f} s")


def test_redis_stopped(fault_stack):
    stack = fault_stack
    stack.redis.stop()
    try:
        status, body, _headers = stack.get("/healthz")
        assert status == 503, body
        assert '"cache"' in body and '"broker"' in body and '"failing"' in body
        assert stack.get("/healthz?check=database,search")[0] == 200

        # Every public page that answered 200 still does (from the database: the cache reads as empty).
        statuses = _sweep(stack, _healthy["paths"])
        not_ok = {path: status for path, status in statuses.items() if status != 200}
        assert not not_ok, f"pages that stopped answering 200 without Redis: {not_ok}"
        # Visits are not counted, and say so in the log; the beacon still answers.
        beacon = stack.get("/thong-ke/dem/", headers={"User-Agent": BROWSER})
        assert beacon[0] == 200 and beacon[2]["Content-Type"] == "image/gif"

        # The forms are accepted and stored (their e-mails wait for the catch-up jobs).
        marker = uuid.uuid4().hex[:10]
        question, _asker = _ask(stack, marker)
        assert question.status_code == 303, question.text[:1000]
        comment, _commenter = _comment(stack, marker)
        assert comment.status_code == 303, comment.text[:1000]
        assert _stored_question(stack, marker) == 1 and _stored_comment(stack, marker) == 1
        # Publishing too: the index update cannot be queued, the page is live all the same.
        word = f"zr{marker}"
        _publish(stack, f"Tin kiểm thử khi Redis dừng {word}", f"redis-dung-{marker}")
        assert stack.get(f"/tin-tuc/redis-dung-{marker}/")[0] == 200
        log = stack.web.output()
        assert "Cache (Redis) unavailable" in log
        assert "Visit counter (redis) unavailable" in log
        assert "Broker unavailable" in log
    finally:
        stack.redis.start()

    # Redis is back: health recovers, the worker reconnects, the catch-up job indexes what was missed.
    wait_for(lambda: stack.get("/healthz")[0] == 200, 30, "/healthz to recover")
    stack.shell("from search.tasks import catch_up_index; catch_up_index.delay(hours=1)")
    wait_for(lambda: stack.search_count(word) == 1, 120, "the catch-up job to index the article")


def test_postgresql_restarted(fault_stack):
    stack = fault_stack
    gunicorn_pid = stack.web.popen.pid
    boots = stack.web.output().count("Booting worker")
    stack.postgres.stop()
    try:
        status, body, _headers = stack.get("/healthz")
        assert status == 503 and '"database"' in body
    finally:
        stack.postgres.start()
    # Without restarting gunicorn: the next requests reconnect (CONN_HEALTH_CHECKS), none fails.
    statuses = [stack.get(stack.fresh(path))[0] for path in ["/healthz", *_healthy["paths"][:30]]]
    assert statuses.count(200) == len(statuses), statuses
    assert stack.web.popen.pid == gunicorn_pid and stack.web.running
    assert stack.web.output().count("Booting worker") == boots  # no gunicorn worker was replaced
    # The Celery worker reconnects too.
    marker = uuid.uuid4().hex[:10]
    _publish(stack, f"Tin sau khi khởi động lại PostgreSQL zp{marker}", f"pg-{marker}")
    wait_for(lambda: stack.search_count(f"zp{marker}") == 1, 90, "the worker to index after the restart")


def test_backup_and_restore_on_postgresql(fault_stack):
    stack = fault_stack
    media = sorted(p.relative_to(stack.var / "media") for p in (stack.var / "media").rglob("*") if p.is_file())
    questions = stack.query("SELECT count(*) FROM qa_question")[0][0]
    output = stack.manage("backup", "--output", str(stack.var / "backups"))
    archive = output.strip().splitlines()[-1]

    stack.shell("from qa.models import Question; Question.objects.all().delete()")
    assert stack.query("SELECT count(*) FROM qa_question")[0][0] == 0
    (stack.var / "media" / "rac.txt").write_text("không có trong bản sao lưu")

    stack.manage("restore", archive, "--noinput")
    assert stack.query("SELECT count(*) FROM qa_question")[0][0] == questions
    restored = sorted(p.relative_to(stack.var / "media") for p in (stack.var / "media").rglob("*") if p.is_file())
    assert restored == media
    # gunicorn serves the restored database without a restart.
    assert stack.get(stack.fresh("/hoi-dap/"))[0] == 200
