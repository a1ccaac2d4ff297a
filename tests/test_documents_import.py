"""``manage.py import_documents``: good rows, bad rows (each reported, none half-imported), re-runs, dry runs."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from documents.files import make_pdf
from documents.models import Attachment, DocumentField, DocumentType, IssuingBody, LegalDocument, Validity
from portal.models import Department

HEADER = (
    "so_ky_hieu,loai,nhom,co_quan,nguoi_ky,chuc_vu,ngay_ban_hanh,ngay_hieu_luc,ngay_het_hieu_luc,linh_vuc,trich_yeu,tep"
)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


@pytest.fixture
def library(db, media, tmp_path):
    """Reference data, a folder with real PDFs, and a helper that writes a manifest and runs the command."""
    DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh")
    DocumentType.objects.create(name="Kế hoạch", code="KH", slug="ke-hoach")
    IssuingBody.objects.create(name="Ủy ban nhân dân tỉnh Ninh Bình", short_name="UBND tỉnh", slug="ubnd-tinh")
    DocumentField.objects.create(name="Đất đai", slug="dat-dai")
    DocumentField.objects.create(name="Giáo dục và đào tạo", slug="giao-duc-va-dao-tao")
    folder = tmp_path / "tep"
    folder.mkdir()

    def pdf(name, text):
        (folder / name).write_bytes(make_pdf(name, [text]))
        return name

    def run(*lines, dry_run=False, **options):
        manifest = tmp_path / "danh-sach.csv"
        manifest.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        try:
            call_command(
                "import_documents", str(manifest), files=str(folder), dry_run=dry_run, stdout=out, stderr=err, **options
            )
            failed = None
        except CommandError as error:
            failed = str(error)
        return out.getvalue(), err.getvalue(), failed

    pdf("qd-163.pdf", "Quyết định phê duyệt bảng giá đất giai đoạn 2025-2029 trên địa bàn tỉnh")
    pdf("kh-12.pdf", "Kế hoạch tuyển sinh lớp 10 trung học phổ thông")
    return {"folder": folder, "pdf": pdf, "run": run}


GOOD = [
    "163/2025/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,Phạm Quang Ngọc,Chủ tịch,15/01/2025,25/01/2025,,"
    'Đất đai,"Ban hành bảng giá đất, giai đoạn 2025-2029",qd-163.pdf',
    "12/KH-UBND,ke hoach,chidao,Ủy ban nhân dân tỉnh Ninh Bình,,,2025-03-02,,,Giáo dục và đào tạo;dat dai,"
    "Kế hoạch tuyển sinh lớp 10,kh-12.pdf",
]


def stored_files(media):
    return sorted(p.name for p in Path(media).rglob("*") if p.is_file())


def test_good_rows_are_imported_with_files_text_and_fields(library, media):
    out, err, failed = library["run"](*GOOD)
    assert failed is None and err == ""
    assert "2 dòng — thêm 2, cập nhật 0, không đổi 0, lỗi 0" in out and "100% 2/2" in out

    decision = LegalDocument.objects.get(number="163/2025/QĐ-UBND")
    assert decision.document_type.code == "QĐ" and decision.group == "vbqppl"
    assert decision.issue_date.isoformat() == "2025-01-15" and decision.effective_date.isoformat() == "2025-01-25"
    assert decision.summary == "Ban hành bảng giá đất, giai đoạn 2025-2029"
    assert decision.signer == "Phạm Quang Ngọc" and decision.signer_title == "Chủ tịch"
    assert decision.validity() == Validity.IN_FORCE
    assert "bảng giá đất giai đoạn 2025-2029" in decision.text and decision.has_text_layer
    main = decision.main_file
    assert main.file_type == "pdf" and main.original_name == "qd-163.pdf" and main.page_count == 1

    plan = LegalDocument.objects.get(number="12/KH-UBND")
    assert plan.document_type.name == "Kế hoạch"  # "ke hoach": found without diacritics
    assert sorted(plan.fields.values_list("slug", flat=True)) == ["dat-dai", "giao-duc-va-dao-tao"]
    assert len(stored_files(media)) == 2


def test_rerun_changes_nothing_and_edits_update_the_same_documents(library, media, django_capture_on_commit_callbacks):
    library["run"](*GOOD)
    first_ids = sorted(LegalDocument.objects.values_list("pk", flat=True))
    files_before = stored_files(media)

    out, _err, failed = library["run"](*GOOD)
    assert failed is None and "thêm 0, cập nhật 0, không đổi 2, lỗi 0" in out
    assert sorted(LegalDocument.objects.values_list("pk", flat=True)) == first_ids
    assert stored_files(media) == files_before and Attachment.objects.count() == 2

    # A corrected summary and a new file for one document; the number is spelled differently but is the same one.
    library["pdf"]("qd-163-v2.pdf", "Quyết định bảng giá đất bản đã đính chính")
    edited = GOOD[0].replace("163/2025/QĐ-UBND", "163 / 2025 / qđ-ubnd").replace("qd-163.pdf", "qd-163-v2.pdf")
    edited = edited.replace("Ban hành bảng giá đất", "Ban hành bảng giá đất (đính chính)")
    with django_capture_on_commit_callbacks(execute=True):  # the old file is deleted once the row is committed
        out, _err, failed = library["run"](edited, GOOD[1])
    assert failed is None and "thêm 0, cập nhật 1, không đổi 1" in out
    decision = LegalDocument.objects.get(number="163/2025/QĐ-UBND")
    assert decision.summary.startswith("Ban hành bảng giá đất (đính chính)")
    assert decision.attachments.count() == 1 and decision.main_file.original_name == "qd-163-v2.pdf"
    assert "bản đã đính chính" in decision.text
    assert len(stored_files(media)) == 2  # the replaced file is gone from the storage, not left behind


def test_bad_rows_are_reported_and_the_rest_is_imported(library, media):
    folder = library["folder"]
    (folder / "gia.pdf").write_bytes(b"<html><body>not a pdf</body></html>")
    (folder / "rong.pdf").write_bytes(b"")
    (folder.parent / "ngoai.pdf").write_bytes(make_pdf("x", ["ngoài thư mục"]))
    bad = [
        "1/QĐ-UBND,Thông tư,vbqppl,UBND tỉnh,,,01/02/2025,,,,Loại không có,qd-163.pdf",
        "2/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,31/02/2025,,,,Ngày sai,qd-163.pdf",
        "3/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,01/02/2025,,,Hiệu lực trước ban hành,qd-163.pdf",
        "4/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,Thiếu tệp,khong-co.pdf",
        "5/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,Tệp giả,gia.pdf",
        "6/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,Tệp rỗng,rong.pdf",
        "7/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,Ngoài thư mục,../ngoai.pdf",
        "8/QĐ-UBND,Quyết định,khac,Sở Không Có,,,10/02/2025,,,Thủy sản,Nhóm và cơ quan sai,qd-163.pdf",
        ",Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,,",
        "9/QĐ UBND!,Quyết định,vbqppl,UBND tỉnh,,,10/02/2025,,,,Số sai dạng,qd-163.pdf",
        GOOD[1],
        GOOD[1].replace("Kế hoạch tuyển sinh", "Bản trùng"),
    ]
    _out, err, failed = library["run"](GOOD[0], *bad)
    assert "13 dòng — thêm 2, cập nhật 0, không đổi 0, lỗi 11" in failed
    expected = {
        3: "loai: “Thông tư” không có trong danh mục",
        4: "ngay_ban_hanh: “31/02/2025” không phải ngày hợp lệ",
        5: "Ngày có hiệu lực không được trước ngày ban hành",
        6: "không tìm thấy “khong-co.pdf”",
        7: "không phải là PDF",
        8: "rỗng",
        9: "nằm ngoài thư mục tệp",
        10: "co_quan: “Sở Không Có” không có trong danh mục",
        11: "so_ky_hieu: bắt buộc",
        12: "Số ký hiệu không đúng dạng",
        14: "trùng số ký hiệu và cơ quan ban hành với dòng 13",
    }
    lines = {int(line.split()[1]): line for line in err.splitlines()}
    assert sorted(lines) == sorted(expected)
    for line, reason in expected.items():
        assert reason in lines[line], (line, lines[line])
    assert "nhom: “khac” phải là vbqppl hoặc chidao" in lines[10] and "linh_vuc: “Thủy sản”" in lines[10]
    assert sorted(LegalDocument.objects.values_list("number", flat=True)) == ["12/KH-UBND", "163/2025/QĐ-UBND"]
    assert LegalDocument.objects.get(number="12/KH-UBND").summary == "Kế hoạch tuyển sinh lớp 10"
    assert len(stored_files(media)) == 2  # nothing of a failed row reached the storage


def test_a_row_failing_while_written_leaves_nothing_behind(library, media, monkeypatch):
    library["pdf"]("phu-luc.pdf", "Phụ lục bảng giá")
    row = GOOD[0].replace("qd-163.pdf", "qd-163.pdf;phu-luc.pdf")
    original_save = Attachment.save

    def failing_save(self, *args, **kwargs):
        original_save(self, *args, **kwargs)
        if self.kind == Attachment.ANNEX:
            raise OSError("đĩa đầy")

    monkeypatch.setattr(Attachment, "save", failing_save)
    with pytest.raises(OSError):
        library["run"](row)
    assert not LegalDocument.objects.exists() and not Attachment.objects.exists()
    assert stored_files(media) == []


def test_dry_run_checks_everything_and_writes_nothing(library, media):
    bad = "2/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh,,,31/02/2025,,,,Ngày sai,qd-163.pdf"
    out, err, failed = library["run"](*GOOD, bad, dry_run=True)
    assert "Chạy thử (không ghi gì): 3 dòng — sẽ thêm 2, sẽ cập nhật 0, không đổi 0, lỗi 1" in failed
    assert "Dòng 4 (2/QĐ-UBND): ngay_ban_hanh" in err
    assert not LegalDocument.objects.exists() and stored_files(media) == []

    new_body = GOOD[1].replace("Ủy ban nhân dân tỉnh Ninh Bình", "Sở Giáo dục và Đào tạo")
    out, _err, failed = library["run"](new_body, dry_run=True, create_missing=True)
    assert failed is None and "sẽ thêm 1" in out
    assert not IssuingBody.objects.filter(name="Sở Giáo dục và Đào tạo").exists()  # rolled back

    out, _err, failed = library["run"](new_body, create_missing=True, department="so-gd")
    assert failed == "Không có đơn vị “so-gd”."
    Department.objects.create(name="Sở Giáo dục và Đào tạo", slug="so-gd")
    out, _err, failed = library["run"](new_body, create_missing=True, department="so-gd")
    assert failed is None
    document = LegalDocument.objects.get()
    assert document.issuing_body.name == "Sở Giáo dục và Đào tạo" and document.department.slug == "so-gd"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("so_ky_hieu,loai\n1/QĐ,Quyết định\n".encode(), "thiếu cột: nhom, co_quan, ngay_ban_hanh, trich_yeu, tep"),
        ((HEADER + "\n1/QĐ-UBND,Quyết định,vbqppl,UBND tỉnh\n").encode("utf-16"), "UTF-8"),
        (b"", "trống"),
    ],
)
def test_unusable_manifests_import_nothing(library, tmp_path, content, message):
    manifest = tmp_path / "hong.csv"
    manifest.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        call_command("import_documents", str(manifest), files=str(library["folder"]), stdout=io.StringIO())
    assert not LegalDocument.objects.exists()


def test_semicolon_manifest_from_excel_and_report_file(library, tmp_path):
    manifest = tmp_path / "excel.csv"
    lines = [HEADER.replace(",", ";"), GOOD[0].replace(",", ";").replace(";giai đoạn", ",giai đoạn")]
    manifest.write_bytes("\r\n".join(lines).encode("utf-8-sig"))  # Excel: BOM, CRLF, semicolons
    report = tmp_path / "ket-qua.csv"
    call_command(
        "import_documents", str(manifest), files=str(library["folder"]), report=str(report), stdout=io.StringIO()
    )
    assert LegalDocument.objects.get().number == "163/2025/QĐ-UBND"
    assert report.read_text(encoding="utf-8-sig").splitlines()[1].startswith("2,163/2025/QĐ-UBND,created")


def test_imported_documents_are_found_by_the_site_search(library, search_index, django_capture_on_commit_callbacks):
    from search.service import build_query, search

    with django_capture_on_commit_callbacks(execute=True):
        library["run"](*GOOD)
    for query in ("163/2025/QĐ-UBND", "bang gia dat giai doan", "tuyen sinh lop 10"):
        hits = search(build_query({"q": query, "type": "document"})).hits
        assert hits, query
    assert search(build_query({"q": "bang gia dat"})).hits[0]["url"].startswith("/van-ban/")


def test_numbers_without_a_year_are_kept_apart_by_year(library):
    rows = [
        "1234/UBND-VP,Quyết định,chidao,UBND tỉnh,,,05/03/2024,,,,Công văn năm 2024,qd-163.pdf",
        "1234/UBND-VP,Quyết định,chidao,UBND tỉnh,,,2025-03-05,,,,Công văn năm 2025,kh-12.pdf",
    ]
    out, _err, failed = library["run"](*rows)
    assert failed is None and "thêm 2" in out
    assert sorted(LegalDocument.objects.values_list("summary", flat=True)) == ["Công văn năm 2024", "Công văn năm 2025"]
    out, _err, failed = library["run"](*rows)
    assert failed is None and "không đổi 2" in out
