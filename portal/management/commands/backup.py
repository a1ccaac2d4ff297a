"""``manage.py backup [--output FILE|DIR] [--no-media]``: the database and both media folders in one tar archive."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal import backups


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu (pg_dump hoặc bản sao SQLite) và thư mục tệp (media, tệp riêng tư) vào một tệp .tar. "
        "Mặc định: var/backups/portal-<ngày giờ>.tar (BACKUP_DIR)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output", "-o", help="Tệp .tar cần ghi, hoặc thư mục sẽ chứa nó.")
        parser.add_argument("--no-media", action="store_true", help="Chỉ sao lưu cơ sở dữ liệu.")

    def handle(self, *args, output=None, no_media=False, **options):
        if output and (Path(output).is_dir() or not output.endswith(".tar")):
            path = backups.default_path(output)  # a folder: a dated name inside it
        else:
            path = Path(output) if output else backups.default_path()
        try:
            manifest = backups.create_backup(path, include_media=not no_media)
        except backups.BackupError as error:
            raise CommandError(str(error)) from error
        media = ", ".join(f"{name}: {count} tệp" for name, count in manifest["media"].items()) or "không có tệp"
        self.stdout.write(f"Đã sao lưu ({manifest['engine']}; {media}) vào {path}")
        self.stdout.write(str(path))
