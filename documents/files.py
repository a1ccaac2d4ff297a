"""Files of the document library: checking uploads, safe stored names, PDF text, and generated PDFs.

- ``inspect_upload()`` decides what an uploaded file really is from its content (never from its name or the
  browser's content type), checks it against the kinds a form accepts and a size limit, and returns a ``FileInfo``
  (kind, MIME type, size, SHA-256, and for a PDF its page count, text layer and encryption). Anything wrong raises a
  ``ValidationError`` with a Vietnamese message and a ``code`` (see ``ERROR_CODES``). The file is read in chunks and
  rewound afterwards, so the caller can save it.
- ``safe_filename()`` gives the name to store a file under: ASCII, lowercase, Vietnamese folded, random suffix.
- ``extract_text()`` pulls the text of a PDF for search (run it in Celery after the upload commits): NFC, one
  line per line, whitespace collapsed, bounded; a page that fails is skipped.
- ``make_pdf()`` writes a real A4 PDF with Vietnamese text (demo data, tests), in DejaVu Serif: bundled in
  ``documents/fonts/`` so it renders the same everywhere; standard font folders are searched if it is missing.

Kinds: "pdf", "docx", "doc" (Word 97–2003) and "xlsx". Password-protected files are rejected (a public document
must open without a password, and its text must be extractable), except a PDF that only carries an owner password
(restrictions on printing or copying): it opens with the empty password, so it is accepted and flagged ``encrypted``.
Files with macros (Word 97–2003 with a ``Macros`` storage, OOXML with ``vbaProject.bin``) are rejected.
"""

import contextlib
import hashlib
import io
import logging
import os
import re
import secrets
import unicodedata
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO

import filetype
import olefile
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PasswordType, PdfReader
from unidecode import unidecode

logger = logging.getLogger(__name__)

DEFAULT_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
CHUNK_SIZE = 1024 * 1024
HEAD_SIZE = 8192  # enough for every magic number `filetype` knows
TEXT_PROBE_PAGES = 10  # pages read at upload time to tell a scanned PDF; extract_text() reads them all
MAX_OOXML_PART_SIZE = 200 * 1024 * 1024  # declared size of the main part above which a DOCX/XLSX is refused (zip bomb)
MAX_STEM_LENGTH = 60

ERROR_CODES = ("empty", "too_large", "not_allowed", "extension_mismatch", "corrupt", "encrypted", "macro")


@dataclass(frozen=True)
class Kind:
    code: str
    label: str  # shown to people
    mime: str
    extension: str


KINDS = {
    "pdf": Kind("pdf", "PDF", "application/pdf", "pdf"),
    "docx": Kind(
        "docx", "Word (DOCX)", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"
    ),
    "doc": Kind("doc", "Word 97–2003 (DOC)", "application/msword", "doc"),
    "xlsx": Kind("xlsx", "Excel (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}

# What each kind of upload accepts (the issues of the document library and of the consultations).
MAIN_DOCUMENT_KINDS = ("pdf",)
ANNEX_KINDS = ("pdf", "doc", "docx", "xlsx")
DRAFT_KINDS = ("pdf", "doc", "docx")
COMMENT_ATTACHMENT_KINDS = ("pdf", "docx")
COMMENT_ATTACHMENT_MAX_SIZE = 10 * 1024 * 1024

# Extensions that name a file type: a name ending in one of these must match the content.
# fmt: off
_TYPE_EXTENSIONS = frozenset({
    "pdf", "doc", "docx", "docm", "dot", "dotx", "xls", "xlsx", "xlsm", "ppt", "pptx", "odt", "ods", "odp",
    "rtf", "txt", "csv", "htm", "html", "xhtml", "xml", "svg", "png", "jpg", "jpeg", "gif", "bmp", "tif",
    "tiff", "webp", "heic", "zip", "rar", "7z", "gz", "tar", "exe", "msi", "dll", "bat", "cmd", "js",
    "sh", "ps1", "mp3", "mp4",
})
# fmt: on
_OOXML = {
    # kind: (main part, content type of the main part)
    "docx": ("word/document.xml", b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
    "xlsx": ("xl/workbook.xml", b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
}
# What zipfile raises on a damaged or hostile archive (RuntimeError: a member with a zip password).
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    OSError,
    EOFError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_WORD_FIB_IDENTS = (0xA5EC, 0xA5DC)  # Word 97–2003, Word 6/95
_WORD_FIB_ENCRYPTED = 0x0100


@dataclass(frozen=True)
class FileInfo:
    """What an accepted upload is; store these fields beside the file."""

    kind: str
    mime: str
    size: int
    sha256: str
    page_count: int | None = None  # PDF only
    has_text_layer: bool | None = None  # PDF only: text found in the first TEXT_PROBE_PAGES pages
    encrypted: bool = False  # PDF with an owner password only (opens without a password)

    @property
    def extension(self) -> str:
        return KINDS[self.kind].extension


@dataclass(frozen=True)
class ExtractedText:
    text: str
    page_count: int
    has_text_layer: bool


class UnreadablePdfError(ValueError):
    """The PDF as a whole cannot be opened (corrupt, or needs a password)."""


class FontNotFoundError(RuntimeError):
    """No font with Vietnamese glyphs was found for make_pdf()."""


# --- Uploads ------------------------------------------------------------------------------------------------------


def default_max_upload_size() -> int:
    return getattr(settings, "DOCUMENT_MAX_UPLOAD_SIZE", DEFAULT_MAX_UPLOAD_SIZE)


def inspect_upload(
    uploaded_file: IO[bytes], allowed_kinds: Iterable[str] = ("pdf",), max_size: int | None = None
) -> FileInfo:
    """Check an uploaded file by its content and return its ``FileInfo``, or raise ``ValidationError``.

    ``uploaded_file`` is a Django ``UploadedFile`` (or any binary file object with ``read``/``seek``);
    ``max_size`` defaults to ``settings.DOCUMENT_MAX_UPLOAD_SIZE`` (50 MB). The file is rewound before returning.
    """
    allowed = tuple(allowed_kinds)
    if not allowed or set(allowed) - KINDS.keys():
        raise ValueError(f"allowed_kinds must be among {sorted(KINDS)}, not {allowed!r}")
    limit = default_max_upload_size() if max_size is None else max_size
    name = _base_name(getattr(uploaded_file, "name", "") or "")
    try:
        _check_size(_size_of(uploaded_file), limit, name)
        uploaded_file.seek(0)
        head = uploaded_file.read(HEAD_SIZE)
        kind, details = _identify(uploaded_file, head, name, allowed)
        _check_extension(name, kind)
        sha256, read_size = _sha256(uploaded_file)
        _check_size(read_size, limit, name)  # in case the declared size was wrong
        return FileInfo(kind=kind, mime=KINDS[kind].mime, size=read_size, sha256=sha256, **details)
    finally:
        uploaded_file.seek(0)


def _identify(fileobj, head: bytes, name: str, allowed: tuple[str, ...]) -> tuple[str, dict]:
    """Return (kind, PDF details) of an allowed, valid file; raise ValidationError otherwise.

    ``name`` (the uploaded file's own name) only helps to word messages: a broken zip named .docx is a broken
    Word file rather than "a ZIP".
    """
    if head.startswith(b"%PDF-"):
        _require_allowed("pdf", KINDS["pdf"].label, name, allowed)
        return "pdf", _inspect_pdf(fileobj, name)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        kind, label = _classify_zip(fileobj)
        if kind is None and _claimed_kind(name) in _OOXML and _claimed_kind(name) in allowed:
            raise _error("corrupt", name, real=KINDS[_claimed_kind(name)].label)
        _require_allowed(kind, label, name, allowed)
        _check_ooxml(fileobj, kind, name)
        return kind, {}
    if head.startswith(_OLE2_MAGIC):
        kind, label = _classify_ole(fileobj, name, allowed)
        _require_allowed(kind, label, name, allowed)
        return kind, {}
    raise _not_allowed(_describe_other(head), name, allowed)


def _require_allowed(kind: str | None, label: str, name: str, allowed: tuple[str, ...]) -> None:
    if kind not in allowed:
        raise _not_allowed(label, name, allowed)


def _not_allowed(label: str, name: str, allowed: tuple[str, ...]) -> ValidationError:
    labels = ", ".join(KINDS[k].label for k in allowed)
    if len(allowed) == 1:
        message = _("Tệp “%(name)s” không phải là %(allowed)s: nội dung thực là %(real)s.")
    else:
        message = _(
            "Tệp “%(name)s” có định dạng không được chấp nhận (nội dung thực là %(real)s). Chỉ chấp nhận: %(allowed)s."
        )
    params = {"name": _display_name(name), "real": label, "allowed": labels}
    return ValidationError(message, code="not_allowed", params=params)


_MESSAGES = {
    "empty": _("Tệp “%(name)s” rỗng (0 byte)."),
    "too_large": _("Tệp “%(name)s” quá lớn (%(size)s MB): dung lượng tối đa là %(limit)s MB."),
    "extension_mismatch": _(
        "Tên tệp “%(name)s” có đuôi .%(ext)s nhưng nội dung là %(real)s. "
        "Hãy đổi đuôi tệp thành .%(expected)s (hoặc chọn đúng tệp) rồi tải lên lại."
    ),
    "corrupt": _(
        "Tệp “%(name)s” không phải là tệp %(real)s hợp lệ: tệp bị hỏng hoặc chưa tải lên hết. "
        "Hãy kiểm tra tệp gốc rồi tải lên lại."
    ),
    "encrypted": _(
        "Tệp “%(name)s” được bảo vệ bằng mật khẩu nên không đọc được nội dung. "
        "Hãy gỡ mật khẩu rồi tải lên lại: văn bản công khai phải mở được mà không cần mật khẩu."
    ),
    "macro": _(
        "Tệp “%(name)s” có chứa macro (mã lệnh tự động) nên không được tải lên. "
        "Hãy lưu lại thành tệp %(real)s không có macro."
    ),
}


def _error(code: str, name: str, **params) -> ValidationError:
    return ValidationError(_MESSAGES[code], code=code, params={"name": _display_name(name), **params})


def _base_name(name: str) -> str:
    """The name without any folder (old browsers send "C:\\fakepath\\x.pdf")."""
    return re.split(r"[\\/]", name)[-1]


def _display_name(name: str) -> str:
    return (name[:60] + "…" + name[-15:]) if len(name) > 80 else (name or "không tên")


def _size_of(fileobj) -> int:
    size = getattr(fileobj, "size", None)
    if size is None:
        fileobj.seek(0, os.SEEK_END)
        size = fileobj.tell()
    return size


def _format_mb(size: int) -> str:
    """50 MB → "50", 1.5 MB → "1,5" (Vietnamese decimal comma)."""
    return f"{size / (1024 * 1024):.2f}".rstrip("0").rstrip(".").replace(".", ",")


def _check_size(size: int, limit: int, name: str) -> None:
    if size == 0:
        raise _error("empty", name)
    if size > limit:
        raise _error("too_large", name, size=_format_mb(size), limit=_format_mb(limit))


def _sha256(fileobj) -> tuple[str, int]:
    fileobj.seek(0)
    digest, size = hashlib.sha256(), 0
    while chunk := fileobj.read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _name_extension(name: str) -> str:
    stem, dot, suffix = name.rpartition(".")
    return suffix.lower() if dot and stem and suffix.lower() in _TYPE_EXTENSIONS else ""


def _claimed_kind(name: str) -> str | None:
    extension = _name_extension(name)
    return next((code for code, kind in KINDS.items() if kind.extension == extension), None)


def _check_extension(name: str, kind: str) -> None:
    """A name that claims a type must claim the real one; a name without a type extension is fine."""
    extension = _name_extension(name)
    expected = KINDS[kind].extension
    if extension and extension != expected:
        raise _error("extension_mismatch", name, ext=extension, real=KINDS[kind].label, expected=expected)


# PDF


def _inspect_pdf(fileobj, name: str) -> dict:
    fileobj.seek(0)
    try:
        reader = PdfReader(fileobj)
        encrypted = _decrypt(reader)
        page_count = len(reader.pages)
    except _Locked:
        raise _error("encrypted", name) from None
    except Exception as exc:  # noqa: BLE001 — pypdf raises many kinds of errors on malformed input
        logger.info("Rejected PDF %r: %s: %s", name, type(exc).__name__, exc)
        raise _error("corrupt", name, real="PDF") from None
    if page_count == 0:
        raise _error("corrupt", name, real="PDF")
    has_text = any(_page_text(reader, index) for index in range(min(page_count, TEXT_PROBE_PAGES)))
    return {"page_count": page_count, "has_text_layer": has_text, "encrypted": encrypted}


class _Locked(Exception):
    pass


def _decrypt(reader: PdfReader) -> bool:
    """Open an encrypted PDF with the empty user password; raise _Locked when a password is needed."""
    if not reader.is_encrypted:
        return False
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # unsupported handlers (e.g. certificates), missing crypto backend
        raise _Locked from exc
    if opened == PasswordType.NOT_DECRYPTED:
        raise _Locked
    return True


# Office Open XML (DOCX, XLSX)


def _classify_zip(fileobj) -> tuple[str | None, str]:
    try:
        fileobj.seek(0)
        with zipfile.ZipFile(fileobj) as archive:
            names = set(archive.namelist())
            mimetype = archive.read("mimetype")[:100] if "mimetype" in names else b""
    except _ZIP_ERRORS:
        return None, "tệp nén ZIP bị hỏng"
    for kind, (main_part, _content_type) in _OOXML.items():
        if main_part in names:
            return kind, KINDS[kind].label
    if "ppt/presentation.xml" in names:
        return None, "PowerPoint (PPTX)"
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return None, "tài liệu OpenDocument (ODF)"
    return None, "tệp nén ZIP"


def _check_ooxml(fileobj, kind: str, name: str) -> None:
    """The package declares the right main part, holds no macros, and its main part decompresses intact."""
    main_part, content_type = _OOXML[kind]
    label = KINDS[kind].label
    try:
        fileobj.seek(0)
        with zipfile.ZipFile(fileobj) as archive:
            names = set(archive.namelist())
            types_info = archive.getinfo("[Content_Types].xml")
            main_info = archive.getinfo(main_part)
            if types_info.file_size > 1024 * 1024 or main_info.file_size > MAX_OOXML_PART_SIZE:
                raise _error("corrupt", name, real=label)
            content_types = archive.read(types_info)
            with archive.open(main_info) as part:
                while part.read(CHUNK_SIZE):  # checks the CRC
                    pass
    except ValidationError:
        raise
    except _ZIP_ERRORS:
        raise _error("corrupt", name, real=label) from None
    if b"macroEnabled" in content_types or any(n.endswith("vbaProject.bin") for n in names):
        raise _error("macro", name, real=label)
    if content_type not in content_types:
        raise _error("corrupt", name, real=label)


# OLE2 (Word 97–2003, and password-protected Office files)


def _classify_ole(fileobj, name: str, allowed: tuple[str, ...]) -> tuple[str | None, str]:
    office_allowed = bool({"doc", "docx", "xlsx"} & set(allowed))
    try:
        fileobj.seek(0)
        ole = olefile.OleFileIO(fileobj)
    except Exception:  # noqa: BLE001 — olefile raises OSError, struct.error, IndexError… on malformed input
        if _claimed_kind(name) == "doc" and "doc" in allowed:
            raise _error("corrupt", name, real=KINDS["doc"].label) from None
        return None, "tệp Office 97–2003 (OLE2) bị hỏng"
    try:
        if ole.exists("EncryptedPackage"):  # a DOCX/XLSX saved with a password
            if office_allowed:
                raise _error("encrypted", name)
            return None, "tệp Office có mật khẩu"
        if ole.exists("WordDocument"):
            if "doc" in allowed:
                _check_word_document(ole, name)
            return "doc", KINDS["doc"].label
        if ole.exists("Workbook") or ole.exists("Book"):
            return None, "Excel 97–2003 (XLS)"
        if ole.exists("PowerPoint Document"):
            return None, "PowerPoint 97–2003 (PPT)"
        return None, "tệp OLE2 (không phải văn bản Word)"
    finally:
        ole.close()


def _check_word_document(ole: olefile.OleFileIO, name: str) -> None:
    label = KINDS["doc"].label
    try:
        with ole.openstream("WordDocument") as stream:
            fib = stream.read(12)
    except Exception:  # noqa: BLE001 — a broken sector chain
        raise _error("corrupt", name, real=label) from None
    if len(fib) < 12 or int.from_bytes(fib[0:2], "little") not in _WORD_FIB_IDENTS:
        raise _error("corrupt", name, real=label)
    if int.from_bytes(fib[10:12], "little") & _WORD_FIB_ENCRYPTED:
        raise _error("encrypted", name)
    if ole.exists("Macros") or ole.exists("_VBA_PROJECT_CUR"):
        raise _error("macro", name, real=label)


# Anything else: name the real type in the error message.


def _describe_other(head: bytes) -> str:
    guess = filetype.guess(head)
    if guess is not None:
        ext = guess.extension.upper()
        if guess.mime.startswith("image/"):
            return f"ảnh {ext}"
        if guess.mime.startswith(("video/", "audio/")):
            return f"tệp âm thanh/video {ext}"
        if ext in {"EXE", "ELF", "DLL", "MSI", "DEX", "CRX"}:
            return f"tệp chương trình ({ext})"
        if ext in {"ZIP", "RAR", "7Z", "GZ", "TAR", "BZ2", "XZ", "ZST", "CAB", "AR", "Z", "LZ"}:
            return f"tệp nén {ext}"
        if ext == "RTF":
            return "văn bản RTF"
        return ext
    text = _as_text(head)
    if text is None:
        return "định dạng không xác định"
    start = text.lstrip().lower()[:2048]
    if start.startswith("<") and "<svg" in start:
        return "ảnh SVG"
    if start.startswith("<") and any(tag in start for tag in ("<!doctype html", "<html", "<head", "<body", "<script")):
        return "trang HTML"
    if start.startswith("<?xml"):
        return "tệp XML"
    if start.startswith("{\\rtf"):
        return "văn bản RTF"
    return "văn bản thuần (TXT)"


def _as_text(head: bytes) -> str | None:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="replace")
    try:
        text = head.removeprefix(b"\xef\xbb\xbf").decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 3:  # not just a character cut at the end of the head
            return None
        text = head[: exc.start].decode("utf-8", errors="replace")
    return None if any(ch in text for ch in "\x00\x01\x02\x03\x04\x05\x06") else text


# --- Stored names -------------------------------------------------------------------------------------------------


def safe_filename(original_name: str, kind: str) -> str:
    """``"Quyết định 163.pdf", "pdf"`` → ``"quyet-dinh-163-1a2b3c4d.pdf"``: ASCII, no separators, never empty.

    The extension comes from the detected kind, never from the original name; the random suffix keeps two files
    of the same name apart (and stops guessing of stored names).
    """
    extension = KINDS[kind].extension
    base = _base_name(original_name or "")
    stem, dot, suffix = base.rpartition(".")
    if not (dot and re.fullmatch(r"[A-Za-z][A-Za-z0-9]{0,4}", suffix)):
        stem = base  # no extension to drop: "Báo cáo 1.5" keeps its "5"
    slug = re.sub(r"[^a-z0-9]+", "-", unidecode(unicodedata.normalize("NFC", stem)).lower()).strip("-")
    if len(slug) > MAX_STEM_LENGTH:  # cut between words where possible
        cut = slug[: MAX_STEM_LENGTH + 1]
        slug = cut.rsplit("-", 1)[0] if "-" in cut else cut[:MAX_STEM_LENGTH]
    return f"{slug or 'tep'}-{secrets.token_hex(4)}.{extension}"


# --- Text of PDFs -------------------------------------------------------------------------------------------------

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffd-\uffff]")  # NUL breaks PostgreSQL


def normalize_text(raw: str) -> str:
    """NFC; control characters and U+FFFD dropped; whitespace collapsed within each line; no empty lines."""
    text = _CONTROL_CHARS.sub(" ", unicodedata.normalize("NFC", raw))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def extract_text(path_or_file, max_chars: int = 200_000) -> ExtractedText:
    """Text of a PDF (a path, bytes, or a binary file object such as a FieldFile), pages apart by a blank line.

    A page that fails is skipped (logged). Raises ``UnreadablePdfError`` if the document cannot be opened at all.
    """
    with _binary_stream(path_or_file) as stream:
        try:
            reader = PdfReader(stream)
            _decrypt(reader)
            page_count = len(reader.pages)
        except _Locked:
            raise UnreadablePdfError("the PDF needs a password") from None
        except Exception as exc:  # pypdf raises many kinds of errors on malformed input
            raise UnreadablePdfError(f"{type(exc).__name__}: {exc}") from exc
        parts: list[str] = []
        length = 0
        for index in range(page_count):
            if length >= max_chars:
                break
            if page_text := _page_text(reader, index):
                parts.append(page_text)
                length += len(page_text) + 2
    text = "\n\n".join(parts)[:max_chars].rstrip()
    return ExtractedText(text=text, page_count=page_count, has_text_layer=bool(text))


def extract_docx_text(path_or_file, max_chars: int = 200_000) -> str:
    """Text of a Word document (DOCX): paragraphs, then table cells, normalised; "" if it cannot be read."""
    import docx  # python-docx; imported here, as only drafts need it

    with _binary_stream(path_or_file) as stream:
        try:
            document = docx.Document(stream)
        except Exception as exc:  # noqa: BLE001 — a checked upload that still fails to parse has no text
            logger.warning("Could not read a DOCX: %s: %s", type(exc).__name__, exc)
            return ""
        parts = [paragraph.text for paragraph in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                parts.append(" | ".join(cell.text for cell in row.cells))
    return normalize_text("\n".join(parts))[:max_chars]


def _page_text(reader: PdfReader, index: int) -> str:
    """Normalised text of one page; "" if it has none (a scan) or fails."""
    try:
        text = normalize_text(reader.pages[index].extract_text() or "")
    except Exception as exc:  # noqa: BLE001 — one broken page must not lose the others
        logger.warning("Skipped page %d of a PDF: %s: %s", index + 1, type(exc).__name__, exc)
        return ""
    return text if re.search(r"\w", text) else ""


@contextlib.contextmanager
def _binary_stream(source) -> Iterator[IO[bytes]]:
    if isinstance(source, (str, os.PathLike)):
        with open(source, "rb") as stream:  # pypdf would read a whole path into memory
            yield stream
    elif isinstance(source, (bytes, bytearray, memoryview)):
        yield io.BytesIO(source)
    else:
        source.seek(0)
        try:
            yield source
        finally:
            source.seek(0)


# --- Generated PDFs -----------------------------------------------------------------------------------------------

FONT_DIRS = (
    Path(__file__).resolve().parent / "fonts",  # bundled DejaVu Serif: the same output on every machine
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path(os.path.expanduser("~/.local/share/fonts")),
    Path(os.path.expanduser("~/.fonts")),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts/Supplemental"),
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
)
# (regular, bold) file names, best first. Only fonts that have every Vietnamese letter are used (Debian 12's
# Liberation fonts, for one, lack ơ, ư and the letters with two marks).
FONT_FAMILIES = (
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("times.ttf", "timesbd.ttf"),
    ("Times New Roman.ttf", "Times New Roman Bold.ttf"),
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
)
# Used, when found, for the few characters the main font lacks (DejaVu Serif has no "₫").
FALLBACK_FONTS = ("DejaVuSans.ttf", "NotoSans-Regular.ttf")
VIETNAMESE_LETTERS = (
    "ĂÂĐÊÔƠƯăâđêôơư" + "ẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ" + "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"
)


@dataclass(frozen=True)
class FontChoice:
    regular: Path
    bold: Path | None
    fallback: Path | None


@lru_cache(maxsize=1)
def find_fonts() -> FontChoice:
    """The first font family in FONT_FAMILIES found in FONT_DIRS with all Vietnamese letters."""
    index = _font_index()
    for regular_name, bold_name in FONT_FAMILIES:
        regular = index.get(regular_name.lower())
        if regular and _covers(regular, VIETNAMESE_LETTERS):
            bold = index.get(bold_name.lower())
            bold = bold if bold and _covers(bold, VIETNAMESE_LETTERS) else None
            fallback = next((index[f.lower()] for f in FALLBACK_FONTS if f.lower() in index), None)
            return FontChoice(regular, bold, fallback if fallback != regular else None)
    raise FontNotFoundError(
        "No font with Vietnamese glyphs: restore documents/fonts/ or install one (Debian: fonts-dejavu-core)."
    )


def _font_index() -> dict[str, Path]:
    index: dict[str, Path] = {}
    for folder in FONT_DIRS:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.[tT][tT][fF]")):
                index.setdefault(path.name.lower(), path)
    return index


def _covers(path: Path, characters: str) -> bool:
    from fontTools.ttLib import TTFont  # only needed to generate PDFs

    try:
        with TTFont(path, lazy=True) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # noqa: BLE001 — an unreadable font file is just skipped
        return False
    return all(ord(ch) in cmap for ch in characters)


def make_pdf(
    title: str, paragraphs: Iterable[str], header_lines: Iterable[str] = (), footer: str | None = None
) -> bytes:
    """A real A4 PDF (bytes): header lines and title centred in bold, justified paragraphs, footer with page numbers.

    Margins follow Decree 30/2020/NĐ-CP on administrative documents (left 30 mm, others 20 mm).
    """
    from fpdf import FPDF  # fpdf2 (and fontTools) only to generate PDFs

    fonts = find_fonts()
    fonttools_logger = logging.getLogger("fontTools")  # it logs every subsetting step at INFO
    if fonttools_logger.level == logging.NOTSET:
        fonttools_logger.setLevel(logging.WARNING)
    footer_text = _nfc(footer or "")

    class _Pdf(FPDF):
        def footer(self) -> None:  # called by fpdf2 at the bottom of every page
            self.set_y(-15)
            self.set_font("body", "", 9)
            if footer_text:
                self.cell(0, 5, footer_text, align="L")
                self.set_x(self.l_margin)
            self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="R")

    pdf = _Pdf(format="A4", unit="mm")
    pdf.add_font("body", "", str(fonts.regular))
    pdf.add_font("body", "B", str(fonts.bold or fonts.regular))
    if fonts.fallback:
        pdf.add_font("fallback", "", str(fonts.fallback))
        pdf.set_fallback_fonts(["fallback"], exact_match=False)
    pdf.set_margins(left=30, top=20, right=20)
    pdf.set_auto_page_break(auto=True, margin=22)
    pdf.set_title(_nfc(title))
    pdf.set_lang("vi")
    pdf.set_creator("Cổng thông tin điện tử")
    pdf.add_page()

    def write(text: str, style: str, size: float, align: str, gap: float) -> None:
        pdf.set_font("body", style, size)
        pdf.multi_cell(0, size * 0.5, _nfc(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    for line in header_lines:
        write(line, "B", 12, "C", 0)
    pdf.ln(6)
    write(title, "B", 14, "C", 6)
    for paragraph in [paragraphs] if isinstance(paragraphs, str) else paragraphs:
        write(paragraph, "", 13, "J", 2)
    return bytes(pdf.output())


def _nfc(text: str) -> str:
    """The fonts have precomposed Vietnamese letters: NFC text renders with them and extracts back as NFC."""
    return unicodedata.normalize("NFC", text)
