"""Bulk import of documents from a CSV manifest and a folder of files (``manage.py import_documents``).

The manifest has one document a row (UTF-8, header row; comma, semicolon or tab separated):

    so_ky_hieu, loai, nhom, co_quan, nguoi_ky, chuc_vu, ngay_ban_hanh, ngay_hieu_luc, ngay_het_hieu_luc,
    linh_vuc, trich_yeu, tep

A row is keyed by its number, issuing body and year of issue (numbers without a year start again every year):
importing the same manifest again updates the same documents and
changes nothing that is already equal. Every row is checked in full (reference data, dates, the model's own rules,
the files by content) before anything is written, and written in one transaction: a row is imported whole or not
at all, and a bad row never stops the others. Files already stored are only replaced when the manifest names a
different file (compared by SHA-256); annexes added in the admin are kept.
"""

import csv
import datetime
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from portal.text import ascii_slug, nfc

from .models import Attachment, DocumentField, DocumentType, IssuingBody, LegalDocument, normalise_number
from .tasks import extract_document_text

COLUMNS = (
    "so_ky_hieu",
    "loai",
    "nhom",
    "co_quan",
    "nguoi_ky",
    "chuc_vu",
    "ngay_ban_hanh",
    "ngay_hieu_luc",
    "ngay_het_hieu_luc",
    "linh_vuc",
    "trich_yeu",
    "tep",
)
REQUIRED_COLUMNS = ("so_ky_hieu", "loai", "nhom", "co_quan", "ngay_ban_hanh", "trich_yeu", "tep")
LIST_SEPARATOR = ";"
MAX_ROWS = 100_000

CREATED, UPDATED, UNCHANGED, FAILED = "created", "updated", "unchanged", "failed"

# The fields a row sets, in the order the model's errors are reported; labels come from the model.
DOCUMENT_FIELDS = (
    "number",
    "document_type",
    "group",
    "issuing_body",
    "signer",
    "signer_title",
    "issue_date",
    "effective_date",
    "expiry_date",
    "summary",
)
_DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
_ISO_DATETIME = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]\d{2}:\d{2}(:\d{2})?$")


class ManifestError(Exception):
    """The manifest as a whole cannot be read (not found, not UTF-8, missing columns): nothing is imported."""


class RowError(Exception):
    def __init__(self, messages):
        super().__init__("; ".join(messages))
        self.messages = list(messages)


@dataclass
class RowResult:
    line: int  # line of the manifest, the header being line 1
    number: str
    status: str
    errors: list = field(default_factory=list)
    document_id: int | None = None


@dataclass
class ImportReport:
    results: list = field(default_factory=list)
    dry_run: bool = False

    def count(self, status):
        return sum(1 for result in self.results if result.status == status)

    @property
    def failed(self):
        return [result for result in self.results if result.status == FAILED]

    @property
    def imported_ids(self):
        return [r.document_id for r in self.results if r.status in (CREATED, UPDATED) and r.document_id]


@dataclass
class _Row:
    """A row checked and resolved to model values, ready to be written."""

    values: dict
    fields: list
    files: list  # [(Path, manifest name)]; the first is the main document


def parse_date(text):
    text = (text or "").strip()
    if not text:
        return None
    if match := _ISO_DATETIME.match(text):
        text = match.group(1)
    for fmt in _DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def _sha256(path):
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _key(text):
    return ascii_slug(text or "", max_length=200)


class _Lookup:
    """Reference rows (types, issuers, fields) found by name, code, short name or slug, without diacritics."""

    def __init__(self, objects, *attributes):
        self.by_key = {}
        for obj in objects:
            for attribute in attributes:
                key = _key(getattr(obj, attribute))
                if key:
                    self.by_key.setdefault(key, set()).add(obj)

    def get(self, text):
        found = self.by_key.get(_key(text), set())
        return next(iter(found)) if len(found) == 1 else None

    def add(self, obj, *attributes):
        for attribute in attributes:
            if key := _key(getattr(obj, attribute)):
                self.by_key.setdefault(key, set()).add(obj)


class DocumentImporter:
    def __init__(self, files_dir, *, dry_run=False, create_missing=False, department=None, extract=True):
        self.files_dir = Path(files_dir).resolve()
        if not self.files_dir.is_dir():
            raise ManifestError(_("Không tìm thấy thư mục tệp: %(path)s") % {"path": files_dir})
        self.dry_run = dry_run
        self.create_missing = create_missing
        self.department = department
        self.extract = extract
        self.types = _Lookup(DocumentType.objects.all(), "name", "code", "slug")
        self.bodies = _Lookup(IssuingBody.objects.all(), "name", "short_name", "slug")
        self.fields = _Lookup(DocumentField.objects.all(), "name", "slug")
        self.groups = {}
        for value, label in LegalDocument.Group.choices:
            self.groups[_key(value)] = value
            self.groups[_key(str(label))] = value

    # Reading -------------------------------------------------------------------------------------------------
    @staticmethod
    def read_manifest(path):
        """[(line number, {column: value})] of the manifest; raises ManifestError when it cannot be used."""
        try:
            raw = Path(path).read_bytes()
        except OSError as error:
            raise ManifestError(
                _("Không đọc được tệp danh sách %(path)s: %(error)s") % {"path": path, "error": error}
            ) from error
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ManifestError(
                _("Tệp danh sách phải được lưu dạng UTF-8 (lỗi ở byte %(position)s). Trong Excel, chọn “CSV UTF-8”.")
                % {"position": error.start}
            ) from error
        lines = text.splitlines()
        if not lines or not lines[0].strip():
            raise ManifestError(_("Tệp danh sách trống hoặc thiếu dòng tiêu đề."))
        try:
            dialect = csv.Sniffer().sniff(lines[0], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(lines, dialect)
        header = [_key(name).replace("-", "_") for name in next(reader)]
        missing = [name for name in REQUIRED_COLUMNS if name not in header]
        if missing:
            raise ManifestError(
                _("Tệp danh sách thiếu cột: %(missing)s. Các cột cần có: %(columns)s.")
                % {"missing": ", ".join(missing), "columns": ", ".join(COLUMNS)}
            )
        rows = []
        for line, cells in enumerate(reader, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            if len(rows) >= MAX_ROWS:
                raise ManifestError(_("Tệp danh sách có quá %(max)s dòng: hãy chia nhỏ.") % {"max": MAX_ROWS})
            values = {name: nfc(cells[i]).strip() if i < len(cells) else "" for i, name in enumerate(header)}
            rows.append((line, values))
        return rows

    # Checking ------------------------------------------------------------------------------------------------
    def _reference(self, lookup, model, text, column, extra=None):
        if not text:
            return None
        found = lookup.get(text)
        if found is None and self.create_missing:  # in a dry run, rolled back with the rest
            defaults = {"name": text, **(extra or {})}
            found, _created = model.objects.get_or_create(slug=_key(text)[:100], defaults=defaults)
            lookup.add(found, "name", "slug")
        if found is None:
            raise RowError([_("%(column)s: “%(value)s” không có trong danh mục") % {"column": column, "value": text}])
        return found

    def _file(self, name):
        path = (self.files_dir / name).resolve()
        if not path.is_relative_to(self.files_dir):
            raise RowError([_("tep: “%(name)s” nằm ngoài thư mục tệp") % {"name": name}])
        if not path.is_file():
            raise RowError([_("tep: không tìm thấy “%(name)s” trong thư mục tệp") % {"name": name}])
        return path

    def check_row(self, values):
        """Resolve one row to model values; raises RowError with every problem found in it."""
        errors = []
        resolved = {}

        def collect(column, function):
            try:
                return function()
            except RowError as error:
                errors.extend(error.messages)
            except ValueError:
                errors.append(
                    _("%(column)s: “%(value)s” không phải ngày hợp lệ (dd/mm/yyyy hoặc yyyy-mm-dd)")
                    % {"column": column, "value": values.get(column, "")}
                )
            return None

        for column in REQUIRED_COLUMNS:
            if not values.get(column):
                errors.append(_("%(column)s: bắt buộc") % {"column": column})
        resolved["number"] = normalise_number(values.get("so_ky_hieu", ""))
        resolved["document_type"] = collect(
            "loai", lambda: self._reference(self.types, DocumentType, values.get("loai"), "loai")
        )
        resolved["issuing_body"] = collect(
            "co_quan", lambda: self._reference(self.bodies, IssuingBody, values.get("co_quan"), "co_quan")
        )
        group = values.get("nhom", "")
        resolved["group"] = self.groups.get(_key(group))
        if group and not resolved["group"]:
            errors.append(_("nhom: “%(value)s” phải là vbqppl hoặc chidao") % {"value": group})
        for column, name in (
            ("ngay_ban_hanh", "issue_date"),
            ("ngay_hieu_luc", "effective_date"),
            ("ngay_het_hieu_luc", "expiry_date"),
        ):
            resolved[name] = collect(column, lambda column=column: parse_date(values.get(column)))
        resolved["signer"] = values.get("nguoi_ky", "")[:150]
        resolved["signer_title"] = values.get("chuc_vu", "")[:150]
        resolved["summary"] = values.get("trich_yeu", "")
        fields = []
        for name in filter(None, (part.strip() for part in values.get("linh_vuc", "").split(LIST_SEPARATOR))):
            find = lambda name=name: self._reference(self.fields, DocumentField, name, "linh_vuc")  # noqa: E731
            fields.append(collect("linh_vuc", find))
        names = [part.strip() for part in values.get("tep", "").split(LIST_SEPARATOR) if part.strip()]
        paths = [collect("tep", lambda name=name: self._file(name)) for name in names]
        if errors:
            raise RowError(errors)
        return _Row(values=resolved, fields=fields, files=list(zip(paths, names, strict=True)))

    # Writing -------------------------------------------------------------------------------------------------
    def _existing(self, row):
        return (
            LegalDocument.objects.filter(
                number=row.values["number"],
                issuing_body=row.values["issuing_body"],
                issue_date__year=row.values["issue_date"].year,
            )
            .prefetch_related("fields", "attachments")
            .first()
        )

    def _model_errors(self, document):
        try:
            document.full_clean(exclude=["department"], validate_unique=False, validate_constraints=False)
        except ValidationError as error:
            labels = {f.name: str(f.verbose_name) for f in LegalDocument._meta.fields}
            messages = error.message_dict.items()
            raise RowError(
                [f"{labels.get(name, name)}: {text}" for name, texts in messages for text in texts]
            ) from error

    def _attachments(self, document, row):
        """New Attachment objects for the row's files not stored yet (checked by content); the old main to drop."""
        stored = {attachment.sha256: attachment for attachment in document.attachments.all()} if document.pk else {}
        current_main = next((a for a in stored.values() if a.kind == Attachment.MAIN), None) if document.pk else None
        new, errors, old_main = [], [], None
        for position, (path, name) in enumerate(row.files):
            kind = Attachment.MAIN if position == 0 else Attachment.ANNEX
            if _sha256(path) in stored:
                continue  # already stored: a re-run does not parse the file again
            handle = path.open("rb")
            attachment = Attachment(document=document, kind=kind, sort_order=position, file=File(handle, name=name))
            try:
                attachment.clean()
            except ValidationError as error:
                handle.close()
                errors.extend(f"tep: {message}" for message in error.messages)
                continue
            if attachment.sha256 in stored:
                handle.close()
                continue
            if kind == Attachment.MAIN:
                old_main = current_main
            new.append(attachment)
        if errors:
            for attachment in new:
                attachment.file.close()
            raise RowError(errors)
        return new, old_main

    def import_row(self, line, values):
        number = normalise_number(values.get("so_ky_hieu", ""))
        try:
            row = self.check_row(values)
            document = self._existing(row) or LegalDocument(department=self.department)
            is_new = document.pk is None
            changed = is_new or any(getattr(document, name) != value for name, value in row.values.items())
            for name, value in row.values.items():
                setattr(document, name, value)
            self._model_errors(document)
            fields_changed = is_new or {f.pk for f in row.fields} != {f.pk for f in document.fields.all()}
            new_files, old_main = self._attachments(document, row)
            if not (changed or fields_changed or new_files):
                return RowResult(line, number, UNCHANGED, document_id=document.pk)
            status = CREATED if is_new else UPDATED
            if self.dry_run:
                for attachment in new_files:
                    attachment.file.close()
                return RowResult(line, number, status, document_id=document.pk)
            self._write(document, row, new_files, old_main)
        except RowError as error:
            return RowResult(line, number, FAILED, errors=error.messages)
        except IntegrityError as error:
            return RowResult(line, number, FAILED, errors=[_("không ghi được vào cơ sở dữ liệu: %(e)s") % {"e": error}])
        if self.extract and any(a.kind == Attachment.MAIN for a in new_files):
            extract_document_text(document.pk)
        return RowResult(line, number, status, document_id=document.pk)

    def _write(self, document, row, new_files, old_main):
        try:
            with transaction.atomic():
                document.save()
                document.fields.set(row.fields)
                if old_main is not None:
                    old_name = old_main.file.name
                    old_main.delete()
                    transaction.on_commit(lambda: old_main.file.storage.delete(old_name))
                for attachment in new_files:
                    attachment.document = document
                    # Read below, in this process, once the row is committed (no task per row).
                    attachment.extract_now = True
                    attachment.save()
        except BaseException:
            # The row is rolled back: no file of it may stay behind in the storage.
            for attachment in new_files:
                if attachment.file._committed:
                    attachment.file.storage.delete(attachment.file.name)
            raise
        finally:
            for attachment in new_files:
                attachment.file.close()

    def run(self, rows, progress=None):
        if not self.dry_run:
            return self._run(rows, progress)
        # A dry run writes no row and no file; reference data it would create is rolled back at the end.
        with transaction.atomic():
            report = self._run(rows, progress)
            transaction.set_rollback(True)
        return report

    def _run(self, rows, progress):
        report = ImportReport(dry_run=self.dry_run)
        seen = {}
        for done, (line, values) in enumerate(rows, start=1):
            try:
                year = parse_date(values.get("ngay_ban_hanh")).year
            except (ValueError, AttributeError):
                year = None
            key = (normalise_number(values.get("so_ky_hieu", "")), _key(values.get("co_quan", "")), year)
            if key[0] and key in seen:
                result = RowResult(
                    line,
                    key[0],
                    FAILED,
                    errors=[_("trùng số ký hiệu và cơ quan ban hành với dòng %(line)s") % {"line": seen[key]}],
                )
            else:
                seen[key] = line
                result = self.import_row(line, values)
            report.results.append(result)
            if progress:
                progress(done, len(rows), result)
        return report
