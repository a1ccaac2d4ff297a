"""``manage.py rebuild_index [--noinput]``: empty the search index and build it again from the database."""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from haystack import connections


class Command(BaseCommand):
    help = "Xóa và xây dựng lại toàn bộ chỉ mục tìm kiếm."

    def add_arguments(self, parser):
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")
        parser.add_argument("--batch-size", type=int, default=500)
        parser.add_argument("--workers", type=int, default=1, help="số tiến trình ghi chỉ mục (Whoosh)")

    def handle(self, *args, interactive, batch_size, workers, verbosity, **options):
        if interactive:
            answer = input("Xóa toàn bộ chỉ mục tìm kiếm và xây dựng lại? [y/N] ")
            if answer.strip().lower() not in ("y", "yes", "c", "co", "có"):
                self.stdout.write("Đã hủy.")
                return
        connections["default"].get_backend().clear()
        call_command(
            "update_index", batch_size=batch_size, workers=workers, fresh=True, verbosity=verbosity, stdout=self.stdout
        )
