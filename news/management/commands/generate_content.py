"""Create bulk news content for benchmarks: ``manage.py generate_content --articles 50000``."""

import time

from django.core.management.base import BaseCommand, CommandError

from news.bulk import generate_articles
from news.models import NewsIndexPage


class Command(BaseCommand):
    help = "Tạo nhanh nhiều tin bài (đã xuất bản) dưới trang Tin tức, để đo hiệu năng."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, required=True, help="Số tin bài cần tạo thêm.")
        parser.add_argument("--batch-size", type=int, default=2000)
        parser.add_argument("--seed", type=int, default=2021)

    def handle(self, *args, articles, batch_size, seed, **options):
        if articles < 1:
            raise CommandError("--articles phải là số dương.")
        index = NewsIndexPage.objects.first()
        if index is None:
            raise CommandError("Chưa có trang Tin tức: chạy `manage.py load_demo` trước.")
        started = time.monotonic()

        def progress(done, total):
            self.stdout.write(f"\r  {done}/{total} tin bài", ending="")
            self.stdout.flush()

        created = generate_articles(index, articles, batch_size=batch_size, seed=seed, progress=progress)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(f"Đã tạo {created} tin bài trong {time.monotonic() - started:.1f} giây."))
