"""manage.py make_report --from 2021-01-01 --to 2021-09-30 --format docx|pdf --out FILE: the period report."""

import datetime
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from stats.periods import Period
from stats.report import report_for


def _date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(f"Ngày không hợp lệ (cần YYYY-MM-DD): {value}") from error


class Command(BaseCommand):
    help = (
        "Viết báo cáo định kỳ của Cổng (DOCX hoặc PDF) từ số liệu của Cổng, so với kỳ trước cùng độ dài. "
        "Lời văn lấy từ mẫu báo cáo (Cài đặt → Mẫu báo cáo định kỳ)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", required=True, help="ngày đầu kỳ, YYYY-MM-DD")
        parser.add_argument("--to", dest="end", required=True, help="ngày cuối kỳ, YYYY-MM-DD")
        parser.add_argument("--format", dest="fmt", choices=["docx", "pdf"], default="docx")
        parser.add_argument("--out", required=True, help="tệp kết quả")
        parser.add_argument("--date", dest="issue_date", help="ngày ghi trên báo cáo, YYYY-MM-DD (mặc định: hôm nay)")
        parser.add_argument("--threshold", type=int, help="ngưỡng lượt đọc (mặc định: theo mẫu báo cáo)")

    def handle(self, *args, start, end, fmt, out, issue_date=None, threshold=None, **options):
        start, end = _date(start), _date(end)
        if end < start:
            raise CommandError("--to phải sau --from.")
        period = Period.from_dates(start, end)
        issue_date = _date(issue_date) if issue_date else None
        _filename, _content_type, data = report_for(period, fmt, issue_date=issue_date, threshold=threshold)
        path = Path(out)
        path.write_bytes(data)
        self.stdout.write(f"Báo cáo {period.label}: {path} ({len(data):,} byte)")
