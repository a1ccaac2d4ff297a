"""manage.py rollup_visits: what the Celery beat task does, by hand or from cron (embedded installs)."""

from django.core.management.base import BaseCommand

from stats.rollup import rollup


class Command(BaseCommand):
    help = "Cộng lượt truy cập đã đếm (Redis hoặc tệp) vào số liệu theo ngày. Chạy lại nhiều lần vẫn đúng."

    def handle(self, *args, **options):
        result = rollup()
        if result.skipped:
            self.stdout.write("Một lượt cộng số liệu khác đang chạy: bỏ qua.")
            return
        self.stdout.write(
            f"Đã cộng {result.applied} lô ({result.visits} lượt), bỏ qua {result.already_applied} lô đã cộng trước đó."
        )
