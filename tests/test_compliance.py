"""The Decree 42/2022 compliance checklist: each check red then green, and the admin page."""

import datetime

from django.urls import reverse
from django.utils import timezone
from wagtail.models import Site

from documents.models import DocumentType, IssuingBody, LegalDocument
from drafts.models import DraftDocument
from portal import compliance, roles
from portal.models import Department, SiteSettings, WebLink


def test_documents_must_be_recent(db, settings):
    settings.COMPLIANCE_DOCUMENTS_DAYS = 30
    assert not compliance.documents_updated().passed
    document = LegalDocument.objects.create(
        number="1/QĐ-UBND",
        document_type=DocumentType.objects.create(name="Quyết định", slug="quyet-dinh"),
        issuing_body=IssuingBody.objects.create(name="UBND tỉnh", slug="ubnd"),
        issue_date=datetime.date(2025, 1, 1),
        summary="Văn bản",
    )
    check = compliance.documents_updated()
    assert check.passed and "cách đây 0 ngày" in check.evidence
    LegalDocument.objects.filter(pk=document.pk).update(created_at=timezone.now() - datetime.timedelta(days=45))
    check = compliance.documents_updated()
    assert not check.passed and "45 ngày" in check.evidence


def test_drafts_within_a_year(db):
    assert not compliance.drafts_section_present().passed
    today = timezone.localdate()
    DraftDocument.objects.create(
        title="Dự thảo",
        document_type=DocumentType.objects.create(name="Nghị quyết", slug="nghi-quyet"),
        department=Department.objects.create(name="Sở Tư pháp", slug="so-tu-phap"),
        summary="Tóm tắt",
        opens_on=today - datetime.timedelta(days=10),
        closes_on=today + datetime.timedelta(days=20),
    )
    assert compliance.drafts_section_present().passed


def test_questions_on_time_and_qa_section(home):
    from qa.demo import build_questions

    assert not compliance.qa_section_present().passed
    build_questions(home)
    assert compliance.qa_section_present().passed
    check = compliance.questions_answered_on_time()
    from qa.models import Question

    assert check.passed is (Question.objects.overdue().count() == 0)
    assert "câu hỏi quá hạn" in check.evidence


def test_contacts_complete(home):
    settings_row = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings_row.licence_line = ""
    settings_row.save()
    check = compliance.contacts_complete()
    assert not check.passed and "giấy phép" in check.evidence
    settings_row.licence_line = "Giấy phép số 12/GP-TTĐT"
    settings_row.address = settings_row.address or "Số 2 Lê Hồng Phong"
    settings_row.phone = settings_row.phone or "0229 3871 181"
    settings_row.email = settings_row.email or "bbt@ninhbinh.gov.vn"
    settings_row.responsible_person = settings_row.responsible_person or "Chánh Văn phòng"
    settings_row.save()
    assert compliance.contacts_complete().passed


def test_search_print_services_links_english(home, make_article, search_index, django_capture_on_commit_callbacks):
    from portal.demo import build_service_links

    assert not compliance.search_works().passed
    with django_capture_on_commit_callbacks(execute=True):
        make_article(title="Tỉnh Ninh Bình đón khách du lịch")
    assert compliance.search_works().passed
    assert compliance.articles_printable().passed
    assert not compliance.public_services_linked().passed
    build_service_links(home)
    assert compliance.public_services_linked().passed
    assert not compliance.weblinks_working().passed  # no link at all
    WebLink.objects.create(title="Sở A", url="https://a.example.vn/")
    assert compliance.weblinks_working().passed
    WebLink.objects.create(title="Sở B", url="https://b.example.vn/", is_broken=True)
    assert not compliance.weblinks_working().passed
    assert not compliance.english_pages_present().passed


def test_admin_page_for_the_board_only(client, home, make_user):
    client.force_login(make_user("bbt", roles.EDITORIAL_BOARD))
    response = client.get(reverse("compliance_checklist"))
    html = response.content.decode()
    assert response.status_code == 200 and "Kiểm tra tuân thủ Nghị định 42/2022/NĐ-CP" in html
    assert html.count("class=\"w-status") == len(compliance.CHECKS) and "Chưa đạt" in html
    client.force_login(make_user("ctv", roles.COLLABORATORS))
    assert client.get(reverse("compliance_checklist")).status_code in (302, 403)
