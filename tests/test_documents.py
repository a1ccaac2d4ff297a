"""Document library: validation, derived validity and its history, department isolation in the admin."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from documents.models import DocumentRelation, DocumentType, IssuingBody, LegalDocument, Validity, normalise_number
from portal import roles
from portal.models import Department

TODAY = datetime.date.today()


def days(n):
    return TODAY + datetime.timedelta(days=n)


@pytest.fixture
def refs(db):
    return {
        "qd": DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh"),
        "ubnd": IssuingBody.objects.create(name="UBND tỉnh Ninh Bình", short_name="UBND tỉnh", slug="ubnd-tinh"),
        "so_a": Department.objects.create(name="Sở Thông tin và Truyền thông", slug="so-tttt"),
        "so_b": Department.objects.create(name="Sở Y tế", slug="so-y-te"),
    }


@pytest.fixture
def make_document(refs):
    def make(number, issued=-100, effective=None, expiry=None, department="so_a", **fields):
        return LegalDocument.objects.create(
            number=number,
            document_type=refs["qd"],
            issuing_body=refs["ubnd"],
            issue_date=days(issued),
            effective_date=days(effective) if effective is not None else None,
            expiry_date=days(expiry) if expiry is not None else None,
            summary=fields.pop("summary", f"Về việc {number}"),
            department=refs[department] if department else None,
            **fields,
        )

    return make


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("163 / 2025 / qđ-ubnd", "163/2025/QĐ-UBND"),
        ("43/2011/NĐ-CP", "43/2011/NĐ-CP"),
        (" 1234/UBND-VP ", "1234/UBND-VP"),
        ("749/qđ-ttg", "749/QĐ-TTg"),
        ("12/ttr-ubnd", "12/TTr-UBND"),
    ],
)
def test_numbers_are_normalised(raw, expected):
    assert normalise_number(raw) == expected


def test_validation_of_numbers_and_dates(refs):
    document = LegalDocument(
        number="163/2025/QĐ-UBND",
        document_type=refs["qd"],
        issuing_body=refs["ubnd"],
        issue_date=days(-10),
        effective_date=days(-20),
        expiry_date=days(-30),
        summary="Về việc ban hành kế hoạch",
    )
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "Ngày có hiệu lực không được trước ngày ban hành." in error.value.message_dict["effective_date"]
    assert "Ngày hết hiệu lực phải sau ngày có hiệu lực." in error.value.message_dict["expiry_date"]

    document.effective_date, document.expiry_date = days(-10), None
    document.number = "163/2025/QĐ UBND!"
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "number" in error.value.message_dict

    document.number = "163 / 2025 / qđ-ubnd"
    document.issue_date = days(30)
    document.effective_date = None
    with pytest.raises(ValidationError) as error:
        document.full_clean()
    assert "issue_date" in error.value.message_dict

    document.issue_date = days(-1)
    document.full_clean()
    assert document.number == "163/2025/QĐ-UBND"


def test_one_number_per_issuer_and_year(make_document):
    first = make_document("1234/UBND-VP", issued=-5)
    duplicate = LegalDocument(
        number="1234/UBND-VP",
        document_type=DocumentType.objects.get(),
        issuing_body=IssuingBody.objects.get(),
        issue_date=first.issue_date,
        summary="Trùng số",
    )
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "cùng số ký hiệu trong năm ban hành" in str(error.value)
    # Numbers without a year start again every year: next year's 1234/UBND-VP is another document.
    duplicate.issue_date = first.issue_date.replace(year=first.issue_date.year - 1)
    duplicate.full_clean()


def test_validity_from_dates_relations_and_override(make_document):
    not_yet = make_document("1/QĐ-UBND", issued=-5, effective=10)
    expired = make_document("2/QĐ-UBND", issued=-400, effective=-390, expiry=-1)
    replaced = make_document("3/QĐ-UBND", issued=-300, effective=-300)
    amended = make_document("4/QĐ-UBND", issued=-300, effective=-300)
    plain = make_document("5/QĐ-UBND", issued=-30, effective=-20)
    overridden = make_document("6/QĐ-UBND", issued=-30, validity_override=Validity.PARTLY_EXPIRED)
    newer = make_document("7/QĐ-UBND", issued=-10, effective=-5)
    future_replacer = make_document("8/QĐ-UBND", issued=-1, effective=20)
    # A directive without an effective date acts from its issue date.
    repealed_by_directive = make_document("9/QĐ-UBND", issued=-300, effective=-300)
    directive = make_document("10/CT-UBND", issued=-3)
    DocumentRelation.objects.create(source=directive, target=repealed_by_directive, kind=DocumentRelation.REPEALS)
    # An editor's override wins over the dates, in both directions.
    kept = make_document("11/QĐ-UBND", issued=-400, effective=-400, expiry=-10, validity_override=Validity.IN_FORCE)
    DocumentRelation.objects.create(source=newer, target=replaced, kind=DocumentRelation.REPLACES)
    DocumentRelation.objects.create(source=newer, target=amended, kind=DocumentRelation.AMENDS)
    DocumentRelation.objects.create(source=future_replacer, target=plain, kind=DocumentRelation.REPEALS)

    assert not_yet.validity() == Validity.NOT_YET
    assert expired.validity() == Validity.EXPIRED
    assert replaced.validity() == Validity.EXPIRED
    assert amended.validity() == Validity.PARTLY_EXPIRED
    assert plain.validity() == Validity.IN_FORCE  # repealed only from a future date
    assert plain.validity(on=days(25)) == Validity.EXPIRED
    assert overridden.validity() == Validity.PARTLY_EXPIRED
    assert not_yet.validity(on=days(11)) == Validity.IN_FORCE

    in_force = set(LegalDocument.objects.in_force().values_list("number", flat=True))
    assert repealed_by_directive.validity() == Validity.EXPIRED and kept.validity() == Validity.IN_FORCE
    assert in_force == {"4/QĐ-UBND", "5/QĐ-UBND", "6/QĐ-UBND", "7/QĐ-UBND", "10/CT-UBND", "11/QĐ-UBND"}
    for document in LegalDocument.objects.all():
        expected = document.validity() in (Validity.IN_FORCE, Validity.PARTLY_EXPIRED)
        assert (document.number in in_force) is expected, document.number


def test_validity_history_is_in_date_order(make_document):
    old = make_document("10/QĐ-UBND", issued=-200, effective=-190)
    newer = make_document("11/QĐ-UBND", issued=-20, effective=-10)
    DocumentRelation.objects.create(source=newer, target=old, kind=DocumentRelation.REPLACES)
    events = [(date, str(text)) for date, text in old.validity_history()]
    assert events == [(days(-200), "Ban hành"), (days(-190), "Có hiệu lực"), (days(-10), "Bị thay thế bởi 11/QĐ-UBND")]


@pytest.fixture
def staff(make_user, refs):
    officer_a = make_user("can-bo-a", roles.DEPARTMENT_STAFF)
    officer_a.departments.add(refs["so_a"])
    officer_b = make_user("can-bo-b", roles.DEPARTMENT_STAFF)
    officer_b.departments.add(refs["so_b"])
    return {"a": officer_a, "b": officer_b, "board": make_user("bbt", roles.EDITORIAL_BOARD)}


def test_department_staff_see_and_touch_only_their_department(client, staff, make_document):
    mine = make_document("21/QĐ-UBND", department="so_a", summary="Văn bản của Sở Thông tin")
    theirs = make_document("22/QĐ-UBND", department="so_b", summary="Văn bản của Sở Y tế")
    client.force_login(staff["a"])

    listing = client.get(reverse("legal_documents:index"))
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Văn bản của Sở Thông tin" in html and "Văn bản của Sở Y tế" not in html

    export = client.get(reverse("legal_documents:index") + "?export=csv")
    assert export.status_code == 200
    exported = b"".join(export.streaming_content).decode() if export.streaming else export.content.decode()
    assert "21/QĐ-UBND" in exported and "22/QĐ-UBND" not in exported

    assert client.get(reverse("legal_documents:edit", args=[mine.pk])).status_code == 200
    # Guessing another department's id gets nothing: no edit form, no delete.
    assert client.get(reverse("legal_documents:edit", args=[theirs.pk])).status_code in (302, 403, 404)
    assert client.post(reverse("legal_documents:delete", args=[theirs.pk])).status_code in (302, 403, 404)
    assert LegalDocument.objects.filter(pk=theirs.pk).exists()
    for view in ("history", "usage"):
        assert client.get(reverse(f"legal_documents:{view}", args=[theirs.pk])).status_code == 404, view
        assert client.get(reverse(f"legal_documents:{view}", args=[mine.pk])).status_code == 200, view

    # Their create form offers only their own department.
    form = client.get(reverse("legal_documents:add")).context["form"]
    assert list(form.fields["department"].queryset) == [Department.objects.get(slug="so-tttt")]


def test_editorial_board_sees_every_department(client, staff, make_document):
    make_document("31/QĐ-UBND", department="so_a", summary="Của Sở Thông tin")
    make_document("32/QĐ-UBND", department="so_b", summary="Của Sở Y tế")
    client.force_login(staff["board"])
    html = client.get(reverse("legal_documents:index")).content.decode()
    assert "Của Sở Thông tin" in html and "Của Sở Y tế" in html


def test_people_without_the_role_cannot_open_the_library(client, make_user, make_document):
    make_document("41/QĐ-UBND")
    client.force_login(make_user("ctv", roles.COLLABORATORS))
    assert client.get(reverse("legal_documents:index")).status_code in (302, 403)


def _pdf_upload(name="Quyết định 163.pdf", text="Kế hoạch chuyển đổi số tỉnh Ninh Bình năm 2025"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents.files import make_pdf

    return SimpleUploadedFile(name, make_pdf("Quyết định", [text]), content_type="application/pdf")


def test_attachments_are_checked_by_content_and_renamed(make_document):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from documents.models import Attachment

    document = make_document("50/QĐ-UBND")
    fake = Attachment(document=document, file=SimpleUploadedFile("gia.pdf", b"<html><body>x</body></html>"))
    with pytest.raises(ValidationError) as error:
        fake.full_clean()
    assert "không phải là PDF" in str(error.value)
    assert not Attachment.objects.exists()

    real = Attachment(document=document, file=_pdf_upload())
    real.full_clean()
    real.save()
    assert real.file_type == "pdf" and real.page_count == 1 and len(real.sha256) == 64
    assert real.original_name == "Quyết định 163.pdf" and real.title == "Quyết định 163"
    assert real.file.name.startswith("documents/") and "quyet-dinh-163-" in real.file.name


def test_text_is_extracted_after_commit_and_feeds_search(
    make_document, search_index, django_capture_on_commit_callbacks
):
    from documents.models import Attachment
    from search.service import build_query, search

    with django_capture_on_commit_callbacks(execute=True):
        document = make_document("163/2025/QĐ-UBND", summary="Ban hành Kế hoạch chuyển đổi số")
        attachment = Attachment(document=document, file=_pdf_upload(text="Phát triển hạ tầng số tại Kim Sơn"))
        attachment.full_clean()
        attachment.save()
    document.refresh_from_db()
    assert "hạ tầng số tại Kim Sơn" in document.text and document.has_text_layer is True

    for query in ("163/2025/QĐ-UBND", "163/2025/QD-UBND", "ha tang so kim son"):
        hits = search(build_query({"q": query, "type": "document"}, per_page=5)).hits
        assert hits and hits[0]["url"] == document.get_absolute_url(), query


def test_texts_lost_with_the_broker_are_read_by_the_catch_up(make_document, search_index):
    """Without the on-commit task (a dead broker refused it), the beat's catch-up reads the PDF and indexes it."""
    import time_machine

    from documents.models import Attachment
    from documents.tasks import extract_pending_texts, extract_pending_texts_task
    from search.service import build_query, search

    document = make_document("164/2025/QĐ-UBND", summary="Ban hành Kế hoạch")
    attachment = Attachment(document=document, file=_pdf_upload(text="Đường dây nóng phòng chống thiên tai"))
    attachment.full_clean()
    attachment.save()  # no django_capture_on_commit_callbacks: the extraction task is never sent
    no_pdf = make_document("165/2025/QĐ-UBND", summary="Văn bản chưa có tệp")
    document.refresh_from_db()
    assert document.has_text_layer is None and document.text == ""
    assert extract_pending_texts() == 0  # changed a moment ago: left to its own task
    later = datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=15)
    with time_machine.travel(later, tick=False):
        assert extract_pending_texts_task() == 1
        assert extract_pending_texts() == 0  # read once: nothing left
    document.refresh_from_db()
    no_pdf.refresh_from_db()
    assert "phòng chống thiên tai" in document.text and document.has_text_layer is True
    assert no_pdf.has_text_layer is None  # nothing to read
    hits = search(build_query({"q": "duong day nong phong chong thien tai", "type": "document"}, per_page=5)).hits
    assert hits and hits[0]["url"] == document.get_absolute_url()


def test_a_missing_file_does_not_stop_the_catch_up(make_document, settings, tmp_path):
    import time_machine

    from documents.models import Attachment
    from documents.tasks import extract_pending_texts

    settings.MEDIA_ROOT = str(tmp_path)
    documents = [make_document(f"{n}/2025/QĐ-UBND", summary=f"Văn bản {n}") for n in (170, 171)]
    for document in documents:
        attachment = Attachment(document=document, file=_pdf_upload(text=f"Nội dung văn bản {document.number}"))
        attachment.full_clean()
        attachment.save()
    Attachment.objects.get(document=documents[0]).file.delete(save=False)  # the storage lost it
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(minutes=15), tick=False):
        assert extract_pending_texts() == 1
    for document in documents:
        document.refresh_from_db()
    assert documents[0].has_text_layer is None  # tried again next run
    assert "Nội dung văn bản 171/2025/QĐ-UBND" in documents[1].text


def test_public_finder_and_filters(client, make_document, refs, django_assert_max_num_queries):
    make_document("61/QĐ-UBND", issued=-10, summary="Văn bản năm nay")
    make_document("62/QĐ-UBND", issued=-800, summary="Văn bản cũ")
    make_document("63/QĐ-UBND", summary="Chưa công khai", is_published=False)
    html = client.get("/van-ban/").content.decode()
    assert "Văn bản năm nay" in html and "Văn bản cũ" in html and "Chưa công khai" not in html
    this_year = days(-10).year
    filtered = client.get("/van-ban/", {"nam": this_year, "loai": "quyet-dinh"}).content.decode()
    assert "Văn bản năm nay" in filtered and ("Văn bản cũ" in filtered) is (days(-800).year == this_year)
    for params in ({"nam": "abc"}, {"loai": "khong-co"}, {"hieu-luc": "x"}, {"page": "-5"}, {"co-quan": "<b>"}):
        assert client.get("/van-ban/", params).status_code == 200
    with django_assert_max_num_queries(14):
        assert client.get("/van-ban/").status_code == 200


def test_document_page_shows_metadata_files_relations_and_history(client, make_document):
    from documents.models import Attachment

    old = make_document("71/QĐ-UBND", issued=-300, effective=-290, summary="Quy định cũ")
    new = make_document("72/QĐ-UBND", issued=-20, effective=-10, summary="Quy định mới")
    DocumentRelation.objects.create(source=new, target=old, kind=DocumentRelation.REPLACES)
    attachment = Attachment(document=old, file=_pdf_upload())
    attachment.full_clean()
    attachment.save()
    html = client.get(old.get_absolute_url()).content.decode()
    assert "71/QĐ-UBND" in html and "Quy định cũ" in html and "UBND tỉnh Ninh Bình" in html
    assert "Hết hiệu lực toàn bộ" in html
    assert "Bị thay thế bởi 72/QĐ-UBND" in html and new.get_absolute_url() in html
    assert 'type="application/pdf"' in html and attachment.file.url in html
    hidden = make_document("73/QĐ-UBND", is_published=False)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    assert client.get("/van-ban/999999/").status_code == 404


def test_demo_library_has_real_vietnamese_pdfs_and_is_idempotent(client, db):
    from documents.demo import build_documents

    added = build_documents()
    assert added >= 40
    documents = LegalDocument.objects.all()
    assert documents.filter(attachments__file_type="pdf").distinct().count() == documents.count() == added
    replaced = documents.get(number="43/2011/NĐ-CP")
    assert "trang thông tin điện tử" in replaced.text and replaced.has_text_layer
    assert replaced.validity() == Validity.EXPIRED  # replaced by Nghị định 42/2022/NĐ-CP
    assert client.get(replaced.get_absolute_url()).status_code == 200
    assert build_documents() == 0
    assert LegalDocument.objects.count() == added


def _admin_form(refs, attachment_file, number="88/2025/QĐ-UBND"):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data

    return nested_form_data(
        {
            "number": number,
            "document_type": refs["qd"].pk,
            "group": "chidao",
            "summary": "Về việc thử tải tệp trong trang quản trị",
            "issuing_body": refs["ubnd"].pk,
            "department": refs["so_a"].pk,
            "issue_date": days(-5).isoformat(),
            "is_published": "on",
            "attachments": inline_formset([{"kind": "main", "title": "", "file": attachment_file}]),
            "outgoing_relations": inline_formset([]),
        }
    )


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (("gia.pdf", b"<html><body>trang web</body></html>"), "không phải là PDF"),
        (("hong.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage"), "bị hỏng"),
        (("rong.pdf", b""), "rỗng"),
        (("virus.exe.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"), "không phải là PDF"),
    ],
)
def test_admin_upload_of_a_bad_file_shows_a_clear_error_and_stores_nothing(
    client, staff, refs, settings, tmp_path, upload, message
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = str(tmp_path / "media")
    client.force_login(staff["board"])
    name, content = upload
    response = client.post(reverse("legal_documents:add"), _admin_form(refs, SimpleUploadedFile(name, content)))
    assert response.status_code == 200  # the form again, with the error; not a 500, not a redirect
    html = response.content.decode()
    assert message in html, html[html.find("error") - 200 : html.find("error") + 400]
    assert not LegalDocument.objects.exists()
    assert not any(path.is_file() for path in (tmp_path / "media").rglob("*"))

    response = client.post(reverse("legal_documents:add"), _admin_form(refs, _pdf_upload()))
    assert response.status_code == 302
    document = LegalDocument.objects.get()
    assert document.main_file.file_type == "pdf" and document.main_file.page_count == 1
