"""Build the demo portal of ARCHITECTURE.md from scratch; run again, it changes nothing that exists."""

from django.core.management import call_command
from django.core.management.base import BaseCommand

from documents.demo import build_documents
from drafts.demo import build_drafts
from news.demo import build_news, feature_on_home
from organisation.demo import build_organisation
from portal.demo import (
    DEMO_PASSWORD,
    DEMO_USERS,
    build_intro_pages,
    build_schedule,
    build_service_links,
    build_site,
    build_users,
    build_web_links,
)
from portal.models import HomePage
from qa.demo import attach_demo_staff, build_questions
from search.signals import indexing_paused
from specialpages.demo import build_banners, build_sections
from stats.demo import build_visit_history


class Command(BaseCommand):
    help = "Tạo nội dung mẫu của Cổng (trang chủ, tin tức, người dùng mẫu). Chạy lại không thay đổi gì đã có."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Chỉ tạo khi cơ sở dữ liệu chưa có trang chủ (dùng cho make run)."
        )

    def handle(self, *args, **options):
        if options["if_empty"] and HomePage.objects.exists():
            self.stdout.write("Cơ sở dữ liệu đã có nội dung: bỏ qua nội dung mẫu.")
            self.print_logins([(username, role or "Quản trị hệ thống") for username, _name, role in DEMO_USERS])
            return
        with indexing_paused():
            home = build_site()
            build_news(home)
            feature_on_home(home)
            self.stdout.write("Tin tức: xong")
            build_documents()
            self.stdout.write("Văn bản: xong")
            build_drafts()
            self.stdout.write("Dự thảo lấy ý kiến: xong")
            build_sections(home)
            build_banners()  # the campaign banners of 2021 (with the commemorative days: the seed's 15)
            self.stdout.write("Chuyên trang: xong")
            build_questions(home)
            self.stdout.write("Hỏi đáp: xong")
            build_intro_pages(home)
            build_organisation(home)
            build_web_links()
            build_service_links(home)
            build_schedule()
            self.stdout.write("Trang chủ, giới thiệu, liên hệ, liên kết, lịch công tác: xong")
        visits = build_visit_history()  # 2021-01-01…2021-09-30 as daily rows, about 2 million visits
        self.stdout.write(f"Lượt truy cập mẫu: {visits['visits']:,} lượt" + (" (đã có)" if visits["skipped"] else ""))
        # One pass over everything is far cheaper than an index commit per saved page.
        call_command("update_index", remove=True, verbosity=0)
        self.stdout.write("Chỉ mục tìm kiếm: xong")
        self.stdout.write(self.style.SUCCESS("Nội dung mẫu đã sẵn sàng."))
        logins = build_users()
        attach_demo_staff()
        self.print_logins(logins)

    def print_logins(self, users):
        self.stdout.write(f"Tài khoản mẫu (mật khẩu: {DEMO_PASSWORD}):")
        for username, role in users:
            self.stdout.write(f"  {username:<12} {role}")
