"""The compliance checklist: the portal against the content rules of Decree 42/2022/NĐ-CP (Art. 4, 7 and 8).

Each check is a small function returning a ``Check`` — passed or not, and the evidence an editor can verify — so the
admin page (portal.wagtail_hooks) shows green and red items with the reason, and each rule has its own test.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import get_template
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


@dataclass
class Check:
    title: str
    rule: str  # where the decree asks for it
    passed: bool
    evidence: str
    url: str = ""


def _days(setting, default):
    return getattr(settings, setting, default)


def documents_updated():
    from documents.models import LegalDocument

    days = _days("COMPLIANCE_DOCUMENTS_DAYS", 30)
    newest = LegalDocument.objects.published().order_by("-created_at").values_list("created_at", flat=True).first()
    total = LegalDocument.objects.published().count()
    if newest is None:
        return Check(
            _("Mục văn bản có văn bản"), "Điều 4", False, _("Chưa có văn bản nào được công khai."), "/van-ban/"
        )
    age = (timezone.now() - newest).days
    return Check(
        _("Mục văn bản được cập nhật trong %(days)s ngày") % {"days": days},
        "Điều 4",
        age <= days,
        _("%(total)s văn bản; văn bản mới nhất đăng cách đây %(age)s ngày.") % {"total": total, "age": age},
        "/van-ban/",
    )


def questions_answered_on_time():
    from qa.models import Question

    overdue = Question.objects.overdue().count()
    open_count = Question.objects.open().count()
    return Check(
        _("Câu hỏi của công dân được trả lời đúng hạn"),
        "Điều 8",
        overdue == 0,
        _("%(overdue)s câu hỏi quá hạn trong %(open)s câu hỏi đang xử lý.") % {"overdue": overdue, "open": open_count},
        "/admin/",
    )


def drafts_section_present():
    from drafts.models import DraftDocument

    since = timezone.localdate() - datetime.timedelta(days=365)
    recent = DraftDocument.objects.published().filter(opens_on__gte=since).count()
    return Check(
        _("Mục lấy ý kiến dự thảo có dự thảo trong 12 tháng qua"),
        "Điều 4",
        recent > 0,
        _("%(count)s dự thảo được đăng lấy ý kiến trong 12 tháng qua.") % {"count": recent},
        "/du-thao/",
    )


def qa_section_present():
    from qa.models import QAIndexPage

    index = QAIndexPage.objects.live().public().first()
    return Check(
        _("Mục hỏi đáp, tiếp nhận câu hỏi của công dân"),
        "Điều 8",
        index is not None,
        _("Trang hỏi đáp: %(url)s") % {"url": index.url} if index else _("Chưa có trang hỏi đáp được xuất bản."),
        index.url if index else "",
    )


def english_pages_present():
    from wagtail.models import Locale, Page

    english = Locale.objects.filter(language_code="en").first()
    pages = Page.objects.live().filter(locale=english).count() if english else 0
    return Check(
        _("Trang tiếng Anh: sơ đồ tổ chức, chức năng nhiệm vụ, liên hệ"),
        "Điều 7.2",
        pages >= 3,
        _("%(count)s trang tiếng Anh đã xuất bản.") % {"count": pages}
        if english
        else _("Chưa bật ngôn ngữ tiếng Anh cho cổng."),
    )


def contacts_complete():
    from wagtail.models import Site

    from .models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return Check(_("Thông tin liên hệ, giấy phép đầy đủ"), "Điều 4", False, _("Chưa có trang web mặc định."))
    values = SiteSettings.for_site(site)
    fields = {
        _("địa chỉ"): values.address,
        _("điện thoại"): values.phone,
        _("thư điện tử"): values.email,
        _("giấy phép"): values.licence_line,
        _("người chịu trách nhiệm"): values.responsible_person,
    }
    missing = [str(name) for name, value in fields.items() if not value]
    return Check(
        _("Thông tin liên hệ, giấy phép đầy đủ"),
        "Điều 4",
        not missing,
        _("Thiếu: %(fields)s.") % {"fields": ", ".join(missing)} if missing else _("Đủ 5 mục ở chân trang."),
        "/admin/settings/portal/sitesettings/",
    )


def search_works():
    from search.service import build_query, search

    try:
        results = search(build_query({"q": "tinh"}))
    except Exception as error:  # noqa: BLE001 - a broken search is exactly what this check reports
        return Check(_("Tìm kiếm hoạt động"), "Điều 4", False, _("Lỗi: %(error)s") % {"error": error}, "/tim-kiem/")
    return Check(
        _("Tìm kiếm hoạt động"),
        "Điều 4",
        results.count > 0,
        _("Tìm “tỉnh”: %(count)s kết quả.") % {"count": results.count},
        "/tim-kiem/?q=t%E1%BB%89nh",
    )


def articles_printable():
    sheet = finders.find("css/print.css")
    template = get_template("news/news_article_page.html").template.source
    ok = bool(sheet) and "data-print" in template
    return Check(
        _("Bài viết in được"),
        "Điều 4",
        ok,
        _("Có bảng in riêng và nút “In trang” trên mỗi bài.") if ok else _("Thiếu bảng in hoặc nút in."),
    )


def public_services_linked():
    from .models import HomePage

    home = HomePage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE).first()
    links = len(home.service_links) if home else 0
    return Check(
        _("Liên kết dịch vụ công trực tuyến trên trang chủ"),
        "Điều 4",
        links > 0,
        _("%(count)s liên kết dịch vụ công.") % {"count": links},
        f"/admin/pages/{home.pk}/edit/" if home else "",
    )


def weblinks_working():
    from .models import WebLink

    active = WebLink.objects.filter(is_active=True)
    broken = active.filter(is_broken=True).count()
    return Check(
        _("Liên kết website các cơ quan hoạt động"),
        "Điều 4",
        active.exists() and broken == 0,
        _("%(broken)s liên kết hỏng trong %(total)s.") % {"broken": broken, "total": active.count()},
        "/lien-ket/",
    )


CHECKS = [
    documents_updated,
    drafts_section_present,
    qa_section_present,
    questions_answered_on_time,
    english_pages_present,
    contacts_complete,
    search_works,
    articles_printable,
    public_services_linked,
    weblinks_working,
]


def run_checks():
    return [check() for check in CHECKS]
