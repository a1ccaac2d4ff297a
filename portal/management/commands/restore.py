"""``manage.py restore FILE [--noinput] [--no-media]``: put back what ``manage.py backup`` saved."""

from django.core.management.base import BaseCommand, CommandError

from portal import backups


class Command(BaseCommand):
    help = (
        "Khôi phục cơ sở dữ liệu và thư mục tệp từ một bản sao lưu (manage.py backup): THAY THẾ dữ liệu hiện có. "
        "Với PostgreSQL, dừng web và worker trước; sau đó chạy manage.py rebuild_index --noinput."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="Tệp .tar do manage.py backup tạo.")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive")
        parser.add_argument("--no-media", action="store_true", help="Chỉ khôi phục cơ sở dữ liệu.")

    def handle(self, *args, archive, interactive=True, no_media=False, **options):
        try:
            manifest = backups.read_manifest(archive)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        if interactive:
            answer = input(
                f"Bản sao lưu {manifest['created']} ({manifest['engine']}) sẽ THAY THẾ toàn bộ dữ liệu hiện có. "
                "Gõ 'yes' để tiếp tục: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Đã huỷ: không thay đổi gì.")
        try:
            backups.restore_backup(archive, include_media=not no_media)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Đã khôi phục bản sao lưu {manifest['created']}. Chạy tiếp: python manage.py rebuild_index --noinput"
        )
