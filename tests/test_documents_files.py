"""documents.files: upload checks by content, safe stored names, PDF text extraction, generated Vietnamese PDFs.

Every file is made here (fpdf2, pypdf, openpyxl, Pillow, zipfile, a minimal OLE2 writer): no fixtures on disk,
no database.
"""

import hashlib
import io
import re
import struct
import unicodedata
import zipfile

import openpyxl
import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from fpdf import FPDF
from PIL import Image
from pypdf import PageObject, PdfReader, PdfWriter

from documents import files
from documents.files import (
    ANNEX_KINDS,
    COMMENT_ATTACHMENT_KINDS,
    FontNotFoundError,
    UnreadablePdfError,
    extract_text,
    inspect_upload,
    make_pdf,
    normalize_text,
    safe_filename,
)

TITLE = "QUYẾT ĐỊNH Về việc ban hành Quy chế phối hợp quản lý đê điều"
PARAGRAPHS = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Xét đề nghị của Giám đốc Sở Nông nghiệp và Phát triển nông thôn tại Tờ trình số 163/TTr-SNN.",
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp; kinh phí thực hiện 5.000.000 đồng.",
    "Ủy ban nhân dân các huyện, thành phố; Trưởng ban Quản lý dự án; ông Nguyễn Văn Hưởng chịu trách nhiệm thi hành.",
]
HEADER = ["ỦY BAN NHÂN DÂN", "TỈNH NINH BÌNH"]
FOOTER = "Số: 163/QĐ-UBND — Ninh Bình, ngày 05 tháng 3 năm 2025"

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"


# --- Makers ------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def pdf_bytes() -> bytes:
    return make_pdf(TITLE, PARAGRAPHS, header_lines=HEADER, footer=FOOTER)


def upload(name: str, content: bytes, content_type: str = "application/pdf") -> SimpleUploadedFile:
    """The browser's content type is whatever the client claims: here always the one of a PDF by default."""
    return SimpleUploadedFile(name, content, content_type=content_type)


def rejection(uploaded, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        inspect_upload(uploaded, **kwargs)
    assert uploaded.tell() == 0, "rewound even when rejected"
    return caught.value


def flat(text: str) -> str:
    """Text with its line breaks made spaces: long lines wrap in the PDF."""
    return " ".join(text.split())


def message_of(error: ValidationError) -> str:
    return " ".join(error.messages)


def scanned_pdf(pages: int = 2) -> bytes:
    """What a scanner makes: pages holding an image (and a drawn frame), no text at all."""
    pdf = FPDF(format="A4")
    image = Image.new("RGB", (200, 280), "white")
    for index in range(pages):
        pdf.add_page()
        image.putpixel((index, index), (0, 0, 0))
        pdf.image(image, x=10, y=10, w=190)
        pdf.rect(5, 5, 200, 287)
    return bytes(pdf.output())


def png_bytes(fmt: str = "PNG") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, format=fmt)
    return buffer.getvalue()


def docx_bytes(main_type: str = DOCX_MAIN, extra: dict[str, bytes] | None = None, omit: tuple = ()) -> bytes:
    """A minimal valid DOCX (WordprocessingML package), built by hand."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/word/document.xml" ContentType="{main_type}"/></Types>'
        ).encode(),
        "_rels/.rels": (
            b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            b'<Relationship Id="rId1" Target="word/document.xml" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument"/></Relationships>'
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            "<w:body><w:p><w:r><w:t>Phụ lục: danh sách các xã được hỗ trợ</w:t></w:r></w:p></w:body></w:document>"
        ).encode(),
        **(extra or {}),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            if name not in omit:
                archive.writestr(name, data)
    return buffer.getvalue()


def xlsx_bytes() -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Xã", "Kinh phí (đồng)"])
    workbook.active.append(["Gia Viễn", 120_000_000])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def plain_zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ghi-chu.txt", "nội dung")
    return buffer.getvalue()


def word_fib(encrypted: bool = False) -> bytes:
    """Start of a Word 97–2003 FIB: wIdent 0xA5EC, nFib, unused, lid, pnNext, flags (bit 0x0100: fEncrypted)."""
    return struct.pack("<6H", 0xA5EC, 0x00C1, 0, 0x042A, 0, 0x0100 if encrypted else 0)


def ole_bytes(streams: dict[str, bytes], storages: tuple[str, ...] = ()) -> bytes:
    """A minimal OLE2 compound file (version 3, 512-byte sectors), as written by Word 97–2003 and others.

    Sector 0 holds the FAT, then come the directory sectors, then each stream, padded to 4096 bytes so that it
    lives in regular sectors (no mini stream needed).
    """
    sector, free, end, fat_sector, no_stream = 512, 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
    entries = [("Root Entry", 5, b"")]
    entries += [(name, 2, data.ljust(4096, b"\0")) for name, data in streams.items()]
    entries += [(name, 1, b"") for name in storages]
    dir_sectors = -(-len(entries) // 4)
    fat = [fat_sector] + [k + 1 if k < dir_sectors else end for k in range(1, dir_sectors + 1)]
    starts, data_sectors = {}, []
    for name, kind, data in entries:
        if kind == 2:
            starts[name] = len(fat)
            count = len(data) // sector
            fat += [len(fat) + j + 1 if j < count - 1 else end for j in range(count)]
            data_sectors.append(data)
    assert len(fat) <= 128
    fat += [free] * (128 - len(fat))

    directory = b""
    for index, (name, kind, data) in enumerate(entries):
        encoded = name.encode("utf-16-le")
        right = index + 1 if 0 < index < len(entries) - 1 else no_stream
        child = 1 if index == 0 and len(entries) > 1 else no_stream
        start = starts.get(name, end if kind == 5 else 0)
        directory += struct.pack(
            "<64sHBBIII16sIQQIII",
            encoded.ljust(64, b"\0"),
            len(encoded) + 2,
            kind,
            1,  # black
            no_stream,
            right,
            child,
            b"\0" * 16,
            0,
            0,
            0,
            start,
            len(data),
            0,
        )
    empty = struct.pack("<64sHBBIII16sIQQIII", b"", 0, 0, 0, no_stream, no_stream, no_stream, b"", 0, 0, 0, 0, 0, 0)
    directory += empty * (dir_sectors * 4 - len(entries))

    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"\0" * 16,
        0x003E,
        0x0003,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        1,  # FAT sectors
        1,  # first directory sector
        0,
        4096,
        end,
        0,
        end,
        0,
    )
    header += struct.pack("<109I", 0, *([free] * 108))
    return header + struct.pack("<128I", *fat) + directory + b"".join(data_sectors)


def doc_bytes(**kwargs) -> bytes:
    return ole_bytes({"WordDocument": word_fib(**kwargs), "1Table": b"\0" * 16})


def encrypted_pdf(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=user_password, owner_password="chu-so-huu", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- inspect_upload: good files -----------------------------------------------------------------------------------


def test_good_pdf_is_described_and_rewound(pdf_bytes):
    uploaded = upload("Quyết định 163.pdf", pdf_bytes)
    uploaded.read(100)  # wherever the caller left it, inspection starts from the beginning

    info = inspect_upload(uploaded)

    assert info.kind == "pdf"
    assert info.mime == "application/pdf"
    assert info.extension == "pdf"
    assert info.size == len(pdf_bytes)
    assert info.sha256 == hashlib.sha256(pdf_bytes).hexdigest()
    assert info.page_count == 1
    assert info.has_text_layer is True
    assert info.encrypted is False
    assert uploaded.tell() == 0
    assert uploaded.read() == pdf_bytes, "the caller can save the whole file"


def test_pdf_uploaded_to_a_temporary_file_on_disk(pdf_bytes):
    """Large uploads reach Django as TemporaryUploadedFile: inspection reads from the disk file, in chunks."""
    uploaded = TemporaryUploadedFile("van-ban.pdf", "application/pdf", len(pdf_bytes), None)
    uploaded.write(pdf_bytes)
    uploaded.seek(0)
    try:
        info = inspect_upload(uploaded)
        assert (info.kind, info.size, info.page_count) == ("pdf", len(pdf_bytes), 1)
        assert uploaded.tell() == 0
    finally:
        uploaded.close()


def test_plain_binary_file_object_without_size(tmp_path, pdf_bytes):
    path = tmp_path / "van-ban.pdf"
    path.write_bytes(pdf_bytes)
    with path.open("rb") as handle:
        info = inspect_upload(handle)
        assert handle.tell() == 0
    assert info.size == len(pdf_bytes)


def test_scanned_pdf_without_text_layer_is_accepted_and_flagged():
    data = scanned_pdf(pages=3)
    info = inspect_upload(upload("ban-scan.pdf", data))
    assert (info.kind, info.page_count, info.has_text_layer) == ("pdf", 3, False)


def test_pdf_with_only_an_owner_password_is_accepted_and_flagged(pdf_bytes):
    """Restrictions on printing/copying only: it opens without a password, so citizens can read it."""
    info = inspect_upload(upload("han-che-in.pdf", encrypted_pdf(pdf_bytes, user_password="")))
    assert (info.kind, info.encrypted, info.has_text_layer) == ("pdf", True, True)


@pytest.mark.parametrize(
    ("name", "maker", "kind", "mime"),
    [
        ("Phụ lục 1.docx", docx_bytes, "docx", files.KINDS["docx"].mime),
        ("Bảng kinh phí.xlsx", xlsx_bytes, "xlsx", files.KINDS["xlsx"].mime),
        ("Tờ trình.doc", doc_bytes, "doc", "application/msword"),
    ],
)
def test_office_annexes_are_accepted(name, maker, kind, mime):
    data = maker()
    uploaded = upload(name, data, content_type="application/octet-stream")
    info = inspect_upload(uploaded, allowed_kinds=ANNEX_KINDS)
    assert (info.kind, info.mime, info.size) == (kind, mime, len(data))
    assert (info.page_count, info.has_text_layer, info.encrypted) == (None, None, False)
    assert info.sha256 == hashlib.sha256(data).hexdigest()
    assert uploaded.read() == data


@pytest.mark.parametrize("name", ["Quyết định 163", "QUYET-DINH.PDF", "Văn bản số 12.2024", "QĐ 12/2024.v2"])
def test_names_without_a_conflicting_type_extension_are_fine(pdf_bytes, name):
    assert inspect_upload(upload(name, pdf_bytes)).kind == "pdf"


# --- inspect_upload: size --------------------------------------------------------------------------------------------


def test_empty_file_is_rejected():
    error = rejection(upload("rong.pdf", b""))
    assert error.code == "empty"
    assert "rỗng" in message_of(error)


def test_file_over_the_size_limit_is_rejected_with_the_limit_in_mb():
    error = rejection(upload("lon.pdf", b"%PDF-1.7\n" + b"0" * 800_000), max_size=512 * 1024)
    assert error.code == "too_large"
    assert "tối đa là 0,5 MB" in message_of(error)
    assert "(0,76 MB)" in message_of(error)


def test_size_limit_comes_from_settings(settings, pdf_bytes):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 10 * 1024
    assert rejection(upload("a.pdf", pdf_bytes)).code == "too_large"
    assert "tối đa là 0,01 MB" in message_of(rejection(upload("a.pdf", pdf_bytes)))
    del settings.DOCUMENT_MAX_UPLOAD_SIZE
    assert files.default_max_upload_size() == 50 * 1024 * 1024
    assert inspect_upload(upload("a.pdf", pdf_bytes)).kind == "pdf"


def test_comment_attachment_limit_of_10_mb_is_a_parameter(pdf_bytes):
    limit = files.COMMENT_ATTACHMENT_MAX_SIZE
    info = inspect_upload(upload("gop-y.pdf", pdf_bytes), allowed_kinds=COMMENT_ATTACHMENT_KINDS, max_size=limit)
    assert info.kind == "pdf"
    too_big = upload("x.pdf", b"%PDF-" + b"0" * limit)
    assert "tối đa là 10 MB" in message_of(rejection(too_big, allowed_kinds=COMMENT_ATTACHMENT_KINDS, max_size=limit))


# --- inspect_upload: disguised files ---------------------------------------------------------------------------------

HTML = (
    "<!DOCTYPE html><html><head><script>alert(document.cookie)</script></head><body>Quyết định</body></html>".encode()
)
SVG = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
    '<text x="0" y="15">Quyết định</text></svg>'
).encode()
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48 + b"This program cannot run"


@pytest.mark.parametrize(
    ("maker", "real"),
    [
        (lambda: HTML, "trang HTML"),
        (lambda: "\ufeff".encode() + b"\n  " + HTML.lower(), "trang HTML"),
        (lambda: SVG, "ảnh SVG"),
        (lambda: png_bytes("PNG"), "ảnh PNG"),
        (lambda: png_bytes("JPEG"), "ảnh JPG"),
        (lambda: EXE, "tệp chương trình (EXE)"),
        (plain_zip_bytes, "tệp nén ZIP"),
        (lambda: "Quyết định số 163, bản gõ lại".encode(), "văn bản thuần (TXT)"),
        (lambda: b"{\\rtf1\\ansi Quyet dinh}", "văn bản RTF"),
        (docx_bytes, "Word (DOCX)"),
        (xlsx_bytes, "Excel (XLSX)"),
        (doc_bytes, "Word 97–2003 (DOC)"),
    ],
)
def test_content_that_is_not_a_pdf_is_rejected_whatever_its_name(maker, real):
    error = rejection(upload("Quyết định 163.pdf", maker()))
    assert error.code == "not_allowed"
    assert message_of(error) == f"Tệp “Quyết định 163.pdf” không phải là PDF: nội dung thực là {real}."


def test_not_allowed_among_several_kinds_lists_the_accepted_ones():
    error = rejection(upload("trang.docx", HTML), allowed_kinds=COMMENT_ATTACHMENT_KINDS)
    assert error.code == "not_allowed"
    assert message_of(error).endswith("(nội dung thực là trang HTML). Chỉ chấp nhận: PDF, Word (DOCX).")


def test_legacy_excel_and_encrypted_office_files_are_named_when_not_allowed():
    xls = ole_bytes({"Workbook": b"\x09\x08" + b"\0" * 14})
    assert "Excel 97–2003 (XLS)" in message_of(rejection(upload("bang.xls", xls), allowed_kinds=ANNEX_KINDS))
    protected = ole_bytes({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\0" * 64})
    assert "tệp Office có mật khẩu" in message_of(rejection(upload("phu-luc.pdf", protected)))


@pytest.mark.parametrize(
    ("name", "maker", "ext", "real"),
    [
        ("Phụ lục.pdf", docx_bytes, "pdf", "Word (DOCX)"),
        ("Phụ lục.docx", lambda: make_pdf("Phụ lục", ["Nội dung"]), "docx", "PDF"),
        ("Bảng.docx", xlsx_bytes, "docx", "Excel (XLSX)"),
        ("Tờ trình.docx", doc_bytes, "docx", "Word 97–2003 (DOC)"),
        ("Tờ trình.doc", docx_bytes, "doc", "Word (DOCX)"),
    ],
)
def test_allowed_content_under_a_wrong_extension_is_rejected_naming_the_real_type(name, maker, ext, real):
    error = rejection(upload(name, maker()), allowed_kinds=ANNEX_KINDS)
    assert error.code == "extension_mismatch"
    assert f"có đuôi .{ext} nhưng nội dung là {real}" in message_of(error)


# --- inspect_upload: broken, protected and macro files ---------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.02, 5])
def test_truncated_pdf_is_rejected_as_corrupt(pdf_bytes, keep):
    error = rejection(upload("cat-ngang.pdf", pdf_bytes[: int(len(pdf_bytes) * keep) if keep < 1 else keep]))
    assert error.code == "corrupt"
    assert "không phải là tệp PDF hợp lệ" in message_of(error)


def test_pdf_header_followed_by_garbage_is_corrupt():
    assert rejection(upload("gia.pdf", b"%PDF-1.7\n" + b"<script>alert(1)</script>" * 50)).code == "corrupt"


def test_password_protected_pdf_is_rejected(pdf_bytes):
    error = rejection(upload("mat-khau.pdf", encrypted_pdf(pdf_bytes, user_password="bi-mat")))
    assert error.code == "encrypted"
    assert "mật khẩu" in message_of(error)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("hong.docx", docx_bytes()[:-40]),  # central directory cut off
        ("thieu.docx", docx_bytes(omit=("[Content_Types].xml",))),
        ("sai-kieu.docx", docx_bytes(main_type="application/xml")),
        ("tap-tin.docx", plain_zip_bytes()),  # a zip, but no word/document.xml
    ],
)
def test_docx_that_is_not_a_valid_ooxml_package_is_corrupt(name, data):
    error = rejection(upload(name, data), allowed_kinds=ANNEX_KINDS)
    assert error.code == "corrupt"
    assert "không phải là tệp Word (DOCX) hợp lệ" in message_of(error)


def test_docx_whose_main_part_is_damaged_is_corrupt():
    data = bytearray(docx_bytes())
    offset = data.index(b"word/document.xml") + len(b"word/document.xml") + 10  # inside the compressed part
    data[offset : offset + 8] = b"\xff" * 8
    assert rejection(upload("hu.docx", bytes(data)), allowed_kinds=ANNEX_KINDS).code == "corrupt"


def test_truncated_xlsx_is_corrupt():
    error = rejection(upload("bang.xlsx", xlsx_bytes()[:300]), allowed_kinds=ANNEX_KINDS)
    assert error.code == "corrupt"
    assert "Excel (XLSX)" in message_of(error)


@pytest.mark.parametrize(
    "data",
    [docx_bytes(main_type=DOCM_MAIN), docx_bytes(extra={"word/vbaProject.bin": b"\xcc" * 32})],
)
def test_docx_with_macros_is_rejected(data):
    error = rejection(upload("macro.docx", data), allowed_kinds=ANNEX_KINDS)
    assert error.code == "macro"
    assert "macro" in message_of(error)


def test_legacy_doc_header_only_when_doc_is_not_allowed():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600
    error = rejection(upload("cu.pdf", data))
    assert error.code == "not_allowed"
    assert "Office 97–2003" in message_of(error)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000, "corrupt"),  # OLE2 header, nothing behind it
        (ole_bytes({"WordDocument": b"not a FIB at all"}), "corrupt"),
        (doc_bytes(encrypted=True), "encrypted"),
        (ole_bytes({"WordDocument": word_fib()}, storages=("Macros",)), "macro"),
        (ole_bytes({"EncryptionInfo": b"\x04\x00\x04\x00", "EncryptedPackage": b"\0" * 64}), "encrypted"),
    ],
)
def test_broken_protected_or_macro_doc_is_rejected(data, code):
    assert rejection(upload("to-trinh.doc", data), allowed_kinds=ANNEX_KINDS).code == code


def test_unknown_allowed_kind_is_a_programming_error(pdf_bytes):
    with pytest.raises(ValueError, match="allowed_kinds"):
        inspect_upload(upload("a.pdf", pdf_bytes), allowed_kinds=("pdf", "exe"))


# --- safe_filename ---------------------------------------------------------------------------------------------------

SAFE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{8}\.(pdf|docx|doc|xlsx)$")


@pytest.mark.parametrize(
    ("original", "kind", "stem"),
    [
        ("Quyết định 163.pdf", "pdf", "quyet-dinh-163"),
        (unicodedata.normalize("NFD", "Quyết định 163.pdf"), "pdf", "quyet-dinh-163"),
        ("ĐƯỜNG ĐT.477 – Phụ lục.PDF", "pdf", "duong-dt-477-phu-luc"),
        ("v1.2.final.pdf", "pdf", "v1-2-final"),
        ("Báo cáo 1.5", "pdf", "bao-cao-1-5"),
        ("Bảng kinh phí.pdf", "xlsx", "bang-kinh-phi"),  # the extension comes from the content
        ("../../etc/passwd", "pdf", "passwd"),
        ("C:\\fakepath\\Tờ trình số 12.docx", "docx", "to-trinh-so-12"),
        ("bao_cao  (ban cuoi).doc", "doc", "bao-cao-ban-cuoi"),
        ("", "pdf", "tep"),
        (".pdf", "pdf", "tep"),
        ("...", "pdf", "tep"),
        ("/", "pdf", "tep"),
        ("😀🎉.pdf", "pdf", "tep"),
        ("文件.pdf", "pdf", "wen-jian"),
    ],
)
def test_safe_filename(original, kind, stem):
    name = safe_filename(original, kind)
    assert SAFE.match(name), name
    assert name.rsplit("-", 1)[0] == stem
    assert name.endswith("." + files.KINDS[kind].extension)


def test_safe_filename_is_bounded_and_unique():
    long_name = "Quyết định về việc phê duyệt " * 20 + ".pdf"
    names = {safe_filename(long_name, "pdf") for _ in range(20)}
    assert len(names) == 20
    for name in names:
        assert SAFE.match(name)
        assert len(name) <= files.MAX_STEM_LENGTH + len("-12345678.pdf")
        assert "--" not in name
    assert safe_filename("x" * 300, "pdf").startswith("x" * files.MAX_STEM_LENGTH + "-")


# --- extract_text ----------------------------------------------------------------------------------------------------


def test_extraction_round_trip_keeps_vietnamese_diacritics(pdf_bytes):
    extracted = extract_text(pdf_bytes)
    assert extracted.page_count == 1
    assert extracted.has_text_layer is True
    assert unicodedata.is_normalized("NFC", extracted.text)
    for expected in (*HEADER, TITLE, *PARAGRAPHS, FOOTER, "Trang 1/1"):
        assert expected in flat(extracted.text), expected
    assert all("  " not in line and line == line.strip() for line in extracted.text.splitlines())


def test_decomposed_input_renders_and_extracts_as_nfc():
    decomposed = unicodedata.normalize("NFD", "Nghị quyết về phát triển kinh tế – xã hội")
    assert decomposed != unicodedata.normalize("NFC", decomposed)
    text = flat(extract_text(make_pdf(decomposed, [decomposed])).text)
    assert "Nghị quyết về phát triển kinh tế – xã hội" in text


def test_extraction_from_a_path_and_from_a_file_object(tmp_path, pdf_bytes):
    path = tmp_path / "van-ban.pdf"
    path.write_bytes(pdf_bytes)
    assert TITLE in flat(extract_text(path).text)
    assert TITLE in flat(extract_text(str(path)).text)
    with path.open("rb") as handle:
        handle.read(10)
        assert TITLE in flat(extract_text(handle).text)
        assert handle.tell() == 0


def test_long_document_has_many_pages_and_text_is_bounded():
    paragraphs = [f"Điều {n}. Trách nhiệm của Sở Tài nguyên và Môi trường về quản lý đất đai." for n in range(400)]
    data = make_pdf("QUY CHẾ", paragraphs, footer="Quy chế kèm theo Quyết định số 12/2025/QĐ-UBND")
    full = extract_text(data)
    assert full.page_count > 5
    assert "Điều 399. Trách nhiệm" in full.text
    assert f"Trang {full.page_count}/{full.page_count}" in full.text
    assert "\n\n" in full.text, "pages are apart by a blank line"

    bounded = extract_text(data, max_chars=1000)
    assert len(bounded.text) <= 1000
    assert full.text.startswith(bounded.text)
    assert (bounded.page_count, bounded.has_text_layer) == (full.page_count, True)


def test_scanned_pdf_has_no_text_layer_and_empty_text():
    assert extract_text(scanned_pdf(pages=2)) == files.ExtractedText(text="", page_count=2, has_text_layer=False)


def test_a_broken_page_is_skipped(monkeypatch):
    writer = PdfWriter()
    for word in ("Một", "Hai", "Ba"):
        writer.add_page(PdfReader(io.BytesIO(make_pdf(f"Trang số {word}", [f"Nội dung {word}"]))).pages[0])
    buffer = io.BytesIO()
    writer.write(buffer)
    original = PageObject.extract_text

    def failing(page, *args, **kwargs):
        text = original(page, *args, **kwargs)
        if "Trang số Hai" in text:
            raise ValueError("broken content stream")
        return text

    monkeypatch.setattr(PageObject, "extract_text", failing)
    extracted = extract_text(buffer.getvalue())
    assert extracted.page_count == 3
    assert "Trang số Một" in extracted.text
    assert "Trang số Ba" in extracted.text
    assert "Hai" not in extracted.text


@pytest.mark.parametrize("password", ["bi-mat", None])
def test_unreadable_pdf_raises(pdf_bytes, password):
    data = encrypted_pdf(pdf_bytes, password) if password else pdf_bytes[: len(pdf_bytes) // 2]
    with pytest.raises(UnreadablePdfError):
        extract_text(data)


def test_owner_password_only_pdf_text_is_extracted(pdf_bytes):
    assert TITLE in flat(extract_text(encrypted_pdf(pdf_bytes, user_password="")).text)


def test_normalize_text():
    decomposed = unicodedata.normalize("NFD", "Điều khoản")
    raw = "  Quy\u00a0\u00a0định\tsố\x00 12 \n\n\n" + decomposed + "\ufffd\x0c  \r\nhết  "
    assert normalize_text(raw) == "Quy định số 12\nĐiều khoản\nhết"


# --- make_pdf --------------------------------------------------------------------------------------------------------


def test_make_pdf_is_a_real_a4_pdf_with_an_embedded_vietnamese_font(pdf_bytes):
    assert pdf_bytes.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf_bytes))
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    fonts = [str(font.get_object()["/BaseFont"]) for font in page["/Resources"]["/Font"].values()]
    assert any("DejaVuSerif" in font for font in fonts), fonts
    assert reader.metadata.title == TITLE
    single = flat(extract_text(make_pdf("Một đoạn", "Một chuỗi là một đoạn, không phải từng ký tự")).text)
    assert "Một chuỗi là một đoạn, không phải từng ký tự" in single


def test_bundled_font_is_found_and_covers_vietnamese():
    fonts = files.find_fonts()
    assert fonts.regular.name == "DejaVuSerif.ttf"
    assert fonts.regular.parent == files.FONT_DIRS[0]
    assert files._covers(fonts.regular, files.VIETNAMESE_LETTERS)
    assert fonts.bold is not None and files._covers(fonts.bold, files.VIETNAMESE_LETTERS)


def test_characters_missing_from_the_main_font_come_from_the_fallback_font():
    if files.find_fonts().fallback is None:
        pytest.skip("no fallback font (DejaVu Sans / Noto Sans) on this machine: DejaVu Serif has no ₫")
    assert "Kinh phí: 5.000.000 ₫" in flat(extract_text(make_pdf("Dự toán", ["Kinh phí: 5.000.000 ₫"])).text)


@pytest.fixture
def font_dirs(monkeypatch):
    def use(*folders):
        monkeypatch.setattr(files, "FONT_DIRS", tuple(folders))
        files.find_fonts.cache_clear()

    yield use
    files.find_fonts.cache_clear()


def test_without_any_font_make_pdf_says_what_to_install(font_dirs, tmp_path):
    font_dirs(tmp_path)
    with pytest.raises(FontNotFoundError, match="fonts-dejavu-core"):
        make_pdf("Tiêu đề", ["Nội dung"])


def test_a_font_without_vietnamese_letters_is_skipped(font_dirs, tmp_path):
    """Debian 12's Liberation Serif lacks ơ, ư…: it must not be used even though it is on the list."""
    liberation = files._font_index().get("liberationserif-regular.ttf")
    if liberation is None or files._covers(liberation, files.VIETNAMESE_LETTERS):
        pytest.skip("needs a Liberation Serif without Vietnamese letters (Debian 12's fonts-liberation)")
    (tmp_path / "LiberationSerif-Regular.ttf").write_bytes(liberation.read_bytes())
    font_dirs(tmp_path)
    with pytest.raises(FontNotFoundError):
        files.find_fonts()


def test_system_fonts_are_used_when_the_bundled_ones_are_missing(font_dirs, tmp_path):
    bundled = files.FONT_DIRS[0] / "DejaVuSerif.ttf"
    system = tmp_path / "truetype" / "noto"
    system.mkdir(parents=True)
    (system / "DejaVuSans.ttf").write_bytes(bundled.read_bytes())  # any font that covers Vietnamese will do
    font_dirs(tmp_path)
    assert files.find_fonts().regular == system / "DejaVuSans.ttf"
    assert "Đây là văn bản thử" in extract_text(make_pdf("Đây là văn bản thử", [])).text


def test_a_very_long_name_is_still_checked_and_shortened_in_the_message():
    name = "Phụ lục kèm theo Quyết định về việc phê duyệt kế hoạch " * 4 + ".pdf"
    error = rejection(upload(name, docx_bytes()), allowed_kinds=ANNEX_KINDS)
    assert error.code == "extension_mismatch"
    assert "…" in message_of(error)
    assert "…t kế hoạch .pdf”" in message_of(error)
    assert len(message_of(error)) < 300


def test_folders_in_the_uploaded_name_are_ignored(pdf_bytes):
    error = rejection(upload("C:\\fakepath\\Quyết định.docx", pdf_bytes), allowed_kinds=ANNEX_KINDS)
    assert error.code == "extension_mismatch"
    assert "“Quyết định.docx”" in message_of(error)
