"""``manage.py import_documents MANIFEST.csv --files DIR [--dry-run]``: many documents at once, from a list.

See documents/importer.py for the manifest's columns and the rules. Prints a progress bar, every failed row with
its line and reasons, and a summary; exits with status 1 when a row failed (the other rows are imported).
"""

import csv
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from portal.models import Department
from search.signals import indexing_paused
from search.tasks import update_objects_index

from ...importer import COLUMNS, CREATED, FAILED, UNCHANGED, UPDATED, DocumentImporter, ManifestError

INDEX_BATCH = 500


class Command(BaseCommand):
    help = "Nhập văn bản hàng loạt từ tệp danh sách CSV và thư mục tệp. Cột: " + ", ".join(COLUMNS)

    def add_arguments(self, parser):
        parser.add_argument("manifest", help="tệp CSV (UTF-8, có dòng tiêu đề)")
        parser.add_argument("--files", required=True, help="thư mục chứa các tệp ghi ở cột tep")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì")
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help="tạo loại văn bản, cơ quan ban hành, lĩnh vực chưa có trong danh mục (mặc định: báo lỗi dòng)",
        )
        parser.add_argument("--department", help="đường dẫn (slug) của đơn vị quản lý gán cho văn bản mới")
        parser.add_argument("--report", help="ghi kết quả từng dòng ra tệp CSV này")

    def handle(self, *args, manifest, files, dry_run, create_missing, department, report, verbosity, **options):
        owner = None
        if department:
            owner = Department.objects.filter(slug=department).first()
            if owner is None:
                raise CommandError(f"Không có đơn vị “{department}”.")
        started = time.monotonic()
        try:
            importer = DocumentImporter(files, dry_run=dry_run, create_missing=create_missing, department=owner)
            rows = importer.read_manifest(manifest)
        except ManifestError as error:
            raise CommandError(str(error)) from error
        self.verbosity = verbosity
        # One index write at the end instead of one per document.
        with indexing_paused():
            result = importer.run(rows, progress=self.progress)
        if verbosity:
            self.stdout.write("")
        if not dry_run:
            ids = result.imported_ids
            for offset in range(0, len(ids), INDEX_BATCH):
                batch = ids[offset : offset + INDEX_BATCH]
                transaction.on_commit(lambda batch=batch: update_objects_index.delay("documents.legaldocument", batch))
        for row in result.failed:
            self.stderr.write(f"Dòng {row.line} ({row.number or 'không số'}): " + "; ".join(row.errors))
        if report:
            self.write_report(report, result)
        elapsed = time.monotonic() - started
        prefix = "Chạy thử (không ghi gì): " if dry_run else ""
        verbs = ("sẽ thêm", "sẽ cập nhật") if dry_run else ("thêm", "cập nhật")
        summary = (
            f"{prefix}{len(result.results)} dòng — {verbs[0]} {result.count(CREATED)}, {verbs[1]} "
            f"{result.count(UPDATED)}, không đổi {result.count(UNCHANGED)}, lỗi {result.count(FAILED)} "
            f"({elapsed:.1f} giây)."
        )
        if result.failed:
            raise CommandError(summary)
        self.stdout.write(self.style.SUCCESS(summary))

    def progress(self, done, total, result, width=30):
        if not self.verbosity:
            return
        filled = width * done // total if total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stdout.write(f"\r  [{bar}] {100 * done // total:3d}% {done}/{total}", ending="")
        self.stdout.flush()

    @staticmethod
    def write_report(path, result):
        with open(path, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(["dong", "so_ky_hieu", "ket_qua", "ly_do"])
            for row in result.results:
                writer.writerow([row.line, row.number, row.status, "; ".join(row.errors)])
