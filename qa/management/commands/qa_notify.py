"""Catch-up twin of the Q&A e-mail tasks: unsent workflow notices, and (with --reminders) today's due reminders."""

from django.core.management.base import BaseCommand

from qa import notifications


class Command(BaseCommand):
    help = "Gửi các thư thông báo hỏi đáp chưa gửi được; với --reminders: gửi thư nhắc hạn trả lời hôm nay."

    def add_arguments(self, parser):
        parser.add_argument("--reminders", action="store_true", help="Gửi thư nhắc câu hỏi sắp đến hạn, quá hạn.")
        parser.add_argument("--hours", type=int, default=72, help="Chỉ xét các bước xử lý trong chừng ấy giờ.")

    def handle(self, *args, **options):
        sent = notifications.send_pending_notices(hours=options["hours"])
        self.stdout.write(f"Thư thông báo đã gửi bù: {sent}")
        if options["reminders"]:
            reminded = notifications.send_due_reminders()
            self.stdout.write(f"Thư nhắc hạn đã gửi: {reminded}")
