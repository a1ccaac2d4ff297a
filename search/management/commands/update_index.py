"""``manage.py update_index [app or app.model …] [--age HOURS] [--remove]``: index public content, with progress.

Replaces haystack's command of the same name (this app comes first in INSTALLED_APPS); Wagtail's own admin
search index is updated by ``wagtail_update_index``.
"""

import argparse
import time

from django.core.management.base import BaseCommand

from search.indexing import indexes_for, remove_stale, update_model


class Command(BaseCommand):
    help = "Cập nhật chỉ mục tìm kiếm (tin bài, trang, văn bản…) từ cơ sở dữ liệu."

    def add_arguments(self, parser):
        parser.add_argument("labels", nargs="*", help="app hoặc app.model; để trống: tất cả")
        parser.add_argument("--age", type=int, default=None, help="chỉ những gì thay đổi trong N giờ qua")
        parser.add_argument("--remove", action="store_true", help="xóa khỏi chỉ mục những gì không còn công khai")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--workers", type=int, default=1, help="số tiến trình ghi chỉ mục (Whoosh)")
        parser.add_argument("--fresh", action="store_true", help=argparse.SUPPRESS)

    def handle(self, *args, labels, age, remove, batch_size, workers, fresh, verbosity, **options):
        started = time.monotonic()
        for model, index in indexes_for(labels):
            name = model._meta.verbose_name_plural
            update_model(
                model,
                index,
                hours=age,
                batch_size=batch_size,
                progress=self.progress if verbosity else None,
                workers=workers,
                fresh=fresh,
            )
            if verbosity:
                self.stdout.write("")
            if remove:
                removed = remove_stale(model, index)
                if verbosity and removed:
                    self.stdout.write(f"  {name}: đã xóa {removed} mục không còn công khai")
        if verbosity:
            self.stdout.write(self.style.SUCCESS(f"Xong trong {time.monotonic() - started:.1f} giây."))

    def progress(self, model, done, total, width=30):
        filled = width * done // total if total else width
        bar = "#" * filled + "-" * (width - filled)
        percent = 100 * done // total if total else 100
        self.stdout.write(f"\r  {model._meta.verbose_name_plural}: [{bar}] {percent:3d}% {done}/{total}", ending="")
        self.stdout.flush()
