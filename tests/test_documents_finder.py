"""The public document finder (/van-ban/) and its JSON twin (/api/v2/documents/): keyword, filters, sort, paging."""

import datetime
import json

import pytest
from django.core.files.base import ContentFile

from documents.files import make_pdf
from documents.models import (
    Attachment,
    DocumentField,
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocument,
)
from documents.tasks import extract_document_text
from portal.models import Department

TODAY = datetime.date.today()


@pytest.fixture
def library(db, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    qd = DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh")
    kh = DocumentType.objects.create(name="Kế hoạch", code="KH", slug="ke-hoach")
    ubnd = IssuingBody.objects.create(name="UBND tỉnh Ninh Bình", short_name="UBND tỉnh", slug="ubnd-tinh")
    cp = IssuingBody.objects.create(name="Chính phủ", short_name="CP", slug="cp")
    land = DocumentField.objects.create(name="Đất đai", slug="dat-dai")
    school = DocumentField.objects.create(name="Giáo dục và đào tạo", slug="giao-duc")
    office = Department.objects.create(name="Văn phòng UBND tỉnh", slug="vp")

    def make(number, type_, body, issued, summary, fields=(), group="chidao", pdf_text=None, **extra):
        document = LegalDocument.objects.create(
            number=number,
            document_type=type_,
            issuing_body=body,
            issue_date=issued,
            summary=summary,
            group=group,
            department=office,
            **extra,
        )
        document.fields.set(fields)
        if pdf_text:
            attachment = Attachment(
                document=document, file=ContentFile(make_pdf(number, [pdf_text]), name=f"{number[:3]}.pdf")
            )
            attachment.full_clean()
            attachment.save()
            extract_document_text(document.pk)  # what the worker does once the upload is committed
        return document

    docs = {
        "gia_dat": make(
            "163/2025/QĐ-UBND",
            qd,
            ubnd,
            datetime.date(2025, 1, 15),
            "Ban hành bảng giá đất giai đoạn 2025-2029",
            [land],
            group="vbqppl",
            pdf_text="Bảng giá đất ở tại đô thị và nông thôn",
        ),
        "tuyen_sinh": make(
            "12/KH-UBND", kh, ubnd, datetime.date(2025, 3, 2), "Kế hoạch tuyển sinh lớp 10 năm học 2025-2026", [school]
        ),
        "nghi_dinh": make(
            "43/2011/NĐ-CP",
            qd,
            cp,
            datetime.date(2011, 6, 13),
            "Cung cấp thông tin và dịch vụ công trực tuyến",
            group="vbqppl",
            effective_date=datetime.date(2011, 8, 1),
        ),
        "dat_cu": make(
            "20/2020/QĐ-UBND", qd, ubnd, datetime.date(2020, 5, 1), "Bảng giá đất giai đoạn 2020-2024", [land]
        ),
        "an": make(
            "99/QĐ-UBND", qd, ubnd, datetime.date(2025, 2, 1), "Bảng giá đất chưa công khai", is_published=False
        ),
    }
    DocumentRelation.objects.create(source=docs["gia_dat"], target=docs["dat_cu"], kind=DocumentRelation.REPLACES)
    return docs


def numbers(response):
    return [document.number for document in response.context["page_obj"].object_list]


def api(client, path, **params):
    response = client.get(path, params)
    return response, json.loads(response.content)


def test_filters_combine_and_are_shareable(client, library):
    assert numbers(client.get("/van-ban/")) == ["12/KH-UBND", "163/2025/QĐ-UBND", "20/2020/QĐ-UBND", "43/2011/NĐ-CP"]
    assert numbers(client.get("/van-ban/", {"loai": "quyet-dinh", "co-quan": "ubnd-tinh"})) == [
        "163/2025/QĐ-UBND",
        "20/2020/QĐ-UBND",
    ]
    assert numbers(client.get("/van-ban/", {"linh-vuc": "dat-dai", "nam": "2025"})) == ["163/2025/QĐ-UBND"]
    assert numbers(client.get("/van-ban/", {"nhom": "vbqppl", "sap-xep": "cu-nhat"})) == [
        "43/2011/NĐ-CP",
        "163/2025/QĐ-UBND",
    ]
    # Replaced by 163/2025: no longer in force.
    assert "20/2020/QĐ-UBND" not in numbers(client.get("/van-ban/", {"hieu-luc": "con"}))
    assert numbers(client.get("/van-ban/", {"hieu-luc": "het"})) == ["20/2020/QĐ-UBND"]
    html = client.get("/van-ban/", {"linh-vuc": "dat-dai", "nam": "2025"}).content.decode()
    assert "Có 1 văn bản." in html and "Còn hiệu lực" in html and "Xóa bộ lọc" in html
    assert '<option value="dat-dai" selected>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"loai": "thong-tu"},
        {"nam": "abc"},
        {"nam": "99999"},
        {"hieu-luc": "x"},
        {"nhom": "<script>"},
        {"page": "-1"},
        {"page": "9999"},
        {"sap-xep": "drop table"},
        {"co-quan": "' OR 1=1 --"},
        {"q": "\x00\x1f"},
        {"q": "x" * 5000},
    ],
)
def test_bad_values_are_ignored_never_an_error(client, library, params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode()
    response, data = api(client, "/api/v2/documents/", **params)
    assert response.status_code == 200 and isinstance(data["results"], list)


def test_keyword_search_is_diacritics_insensitive_and_number_aware(
    client, library, search_index, django_capture_on_commit_callbacks
):
    from search.tasks import update_objects

    update_objects("documents.legaldocument", [doc.pk for doc in library.values()])
    for query in ("163/2025/QĐ-UBND", "163/2025/QD-UBND", "qd-ubnd 163", "163/2025"):
        assert numbers(client.get("/van-ban/", {"q": query}))[0] == "163/2025/QĐ-UBND", query
    # Without diacritics, from the extracted PDF text too; ranked by relevance, filters still apply.
    assert set(numbers(client.get("/van-ban/", {"q": "bang gia dat"}))) == {"163/2025/QĐ-UBND", "20/2020/QĐ-UBND"}
    assert numbers(client.get("/van-ban/", {"q": "dat o tai do thi"})) == ["163/2025/QĐ-UBND"]
    assert numbers(client.get("/van-ban/", {"q": "bang gia dat", "nam": "2020"})) == ["20/2020/QĐ-UBND"]
    newest_first = numbers(client.get("/van-ban/", {"q": "bang gia dat", "sap-xep": "cu-nhat"}))
    assert newest_first == ["20/2020/QĐ-UBND", "163/2025/QĐ-UBND"]
    assert "99/QĐ-UBND" not in numbers(client.get("/van-ban/", {"q": "bang gia dat chua cong khai"}))  # unpublished
    html = client.get("/van-ban/", {"q": "xyzzy plugh"}).content.decode()
    assert "Không có văn bản nào phù hợp." in html and "Tìm trên toàn bộ Cổng" in html
    # The API answers the same.
    _response, data = api(client, "/api/v2/documents/", q="163/2025/QD-UBND")
    assert data["results"][0]["number"] == "163/2025/QĐ-UBND" and data["sort"] == "lien-quan"


def test_pagination_keeps_the_filters(client, library):
    type_ = DocumentType.objects.get(slug="ke-hoach")
    body = IssuingBody.objects.get(slug="ubnd-tinh")
    LegalDocument.objects.bulk_create(
        LegalDocument(
            number=f"{n}/KH-UBND",
            document_type=type_,
            issuing_body=body,
            issue_date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
            summary=f"Kế hoạch số {n}",
        )
        for n in range(100, 145)
    )
    response = client.get("/van-ban/", {"loai": "ke-hoach", "page": 2})
    assert len(numbers(response)) == 20
    html = response.content.decode()
    assert "?loai=ke-hoach&amp;page=3" in html and "Có 46 văn bản." in html
    _response, data = api(client, "/api/v2/documents/", loai="ke-hoach", page=3, page_size=20)
    assert data["count"] == 46 and data["page"] == 3 and len(data["results"]) == 6 and data["next"] is None
    assert "loai=ke-hoach" in data["previous"] and "page=2" in data["previous"]


def test_api_list_and_detail(client, library):
    response, data = api(client, "/api/v2/documents/", **{"linh-vuc": "dat-dai"})
    assert response["Content-Type"] == "application/json" and response["Access-Control-Allow-Origin"] == "*"
    assert data["count"] == 2 and data["filters"] == {"linh-vuc": "dat-dai"}
    first = data["results"][0]
    assert first["number"] == "163/2025/QĐ-UBND" and first["type"] == "Quyết định" and first["group"] == "vbqppl"
    assert first["issue_date"] == "2025-01-15" and first["validity"] == "in_force" and first["fields"] == ["Đất đai"]
    assert first["files"][0]["file_type"] == "pdf" and first["files"][0]["url"].startswith("http://testserver/")
    assert first["url"] == f"http://testserver/van-ban/{library['gia_dat'].pk}/"

    _response, detail = api(client, f"/api/v2/documents/{library['dat_cu'].pk}/")
    assert detail["validity"] == "expired" and detail["validity_label"] == "Hết hiệu lực toàn bộ"
    assert detail["relations"] == [
        {
            "direction": "incoming",
            "kind": "replaces",
            "label": "Bị thay thế bởi",
            "number": "163/2025/QĐ-UBND",
            "url": f"http://testserver/van-ban/{library['gia_dat'].pk}/",
            "api_url": f"http://testserver/api/v2/documents/{library['gia_dat'].pk}/",
        }
    ]
    assert [event["date"] for event in detail["history"]] == ["2020-05-01", "2025-01-15"]
    # Internal data stays internal.
    assert "department" not in detail and "text" not in detail
    for missing in (library["an"].pk, 987654):
        response, data = api(client, f"/api/v2/documents/{missing}/")
        assert response.status_code == 404 and data == {"error": "Không tìm thấy văn bản."}
    assert client.post("/api/v2/documents/").status_code == 405


def test_query_counts_are_pinned(client, library, django_assert_max_num_queries):
    # Filters' existence checks, count, page, prefetches (fields, files, relations), menus and site settings.
    with django_assert_max_num_queries(15):
        assert client.get("/van-ban/", {"loai": "quyet-dinh", "hieu-luc": "con"}).status_code == 200
    with django_assert_max_num_queries(8):
        assert client.get("/api/v2/documents/").status_code == 200
    with django_assert_max_num_queries(10):
        assert client.get(library["gia_dat"].get_absolute_url()).status_code == 200
    with django_assert_max_num_queries(7):
        assert client.get(f"/api/v2/documents/{library['gia_dat'].pk}/").status_code == 200


def test_cached_totals_follow_changes(client, library):
    def total(**params):
        return client.get("/van-ban/", params).context["finding"].count

    assert total(loai="quyet-dinh") == 3 and total(**{"hieu-luc": "het"}) == 1
    extra = LegalDocument.objects.create(
        number="5/QĐ-UBND",
        document_type=DocumentType.objects.get(slug="quyet-dinh"),
        issuing_body=IssuingBody.objects.get(slug="ubnd-tinh"),
        issue_date=datetime.date(2025, 6, 1),
        summary="Văn bản mới",
    )
    assert total(loai="quyet-dinh") == 4
    DocumentRelation.objects.create(source=extra, target=library["gia_dat"], kind=DocumentRelation.REPEALS)
    assert total(**{"hieu-luc": "het"}) == 2  # a relation changes validity: the total follows
    extra.delete()
    assert total(loai="quyet-dinh") == 3 and total(**{"hieu-luc": "het"}) == 1
