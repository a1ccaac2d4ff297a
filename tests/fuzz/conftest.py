"""The fuzzing sweep's small site (built once per module) and its client; how many cases: tests/fuzz/config.py."""

import datetime
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from haystack import connections


def _build():
    from documents.files import make_pdf
    from documents.models import DocumentField, DocumentType, IssuingBody, LegalDocument
    from drafts.models import DraftDocument, DraftFile
    from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
    from portal.demo import build_intro_pages, build_site
    from portal.models import Department
    from qa.models import Status
    from search.tasks import update_object
    from tests.test_qa_support import advance, build_world, new_question

    home = build_site()
    build_intro_pages(home)
    news = home.add_child(instance=NewsIndexPage(title="Tin tức", slug="tin-tuc", show_in_menus=True))
    news.save_revision().publish()
    category = NewsCategory.objects.create(name="Chuyển đổi số", slug="chuyen-doi-so")
    articles = []
    for number in range(3):
        article = NewsArticlePage(
            title=f"Chuyển đổi số tại Ninh Bình, bài {number}",
            slug=f"bai-{number}",
            lead="Tỉnh đẩy mạnh dịch vụ công trực tuyến toàn trình.",
            date=timezone.now() - datetime.timedelta(days=number),
            category=category,
        )
        news.add_child(instance=article)
        article.tags.add("dịch vụ công")
        article.save_revision().publish()
        articles.append(article)

    qa = build_world(home)
    published = advance(new_question(topic=qa.land), Status.PUBLISHED, qa.so_a)
    pending = new_question()

    document_type = DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh", consultation_days=30)
    issuer = IssuingBody.objects.create(name="UBND tỉnh Ninh Bình", short_name="UBND tỉnh", slug="ubnd-tinh")
    land = DocumentField.objects.create(name="Đất đai", slug="dat-dai")
    office = Department.objects.get(slug="so-tnmt")
    document = LegalDocument.objects.create(
        number="163/2025/QĐ-UBND",
        document_type=document_type,
        issuing_body=issuer,
        issue_date=datetime.date(2025, 1, 15),
        summary="Ban hành bảng giá đất giai đoạn 2025-2029",
        group="vbqppl",
        department=office,
    )
    document.fields.set([land])

    today = timezone.localdate()
    draft = DraftDocument.objects.create(
        title="Dự thảo quy định bảng giá đất",
        document_type=document_type,
        department=office,
        summary="Tóm tắt dự thảo.",
        questions="Mức giá có phù hợp?",
        opens_on=today - datetime.timedelta(days=5),
        closes_on=today + datetime.timedelta(days=25),
    )
    draft_file = DraftFile(draft=draft, file=ContentFile(make_pdf("Dự thảo", ["Nội dung dự thảo"]), name="dt.pdf"))
    draft_file.full_clean()
    draft_file.save()

    # Index what the search pages can find (the eager tasks would run on commit, and this data is never committed).
    for label, pk in [("news.newsarticlepage", a.pk) for a in articles] + [
        ("documents.legaldocument", document.pk),
        ("drafts.draftdocument", draft.pk),
    ]:
        update_object(label, pk)
    published.refresh_from_db()
    return SimpleNamespace(
        home=home,
        news=news,
        category=category,
        articles=articles,
        qa=qa,
        published_question=published,
        pending_question=pending,
        document=document,
        document_type=document_type,
        issuer=issuer,
        field=land,
        draft=draft,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The site, built once for the module inside a transaction that is rolled back afterwards."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield _build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            connections["default"].get_backend().clear()


@pytest.fixture
def fuzz_client(client, world, settings, db):
    """A client for the sweep: rate limits out of the way (each is tested on its own elsewhere)."""
    for name in (
        "QA_SUBMIT_RATE",
        "QA_LOOKUP_RATE",
        "QA_LOOKUP_MISS_RATE",
        "DRAFTS_COMMENT_RATE",
        "DRAFTS_LOOKUP_RATE",
        "DRAFTS_LOOKUP_MISS_RATE",
        "PAGE_FEEDBACK_RATE",
    ):
        setattr(settings, name, "1000000/h")
    settings.SEARCH_RATE = ""
    settings.RATELIMIT_ENABLE = False
    return client
