"""The five special sections of the seed report, opened on the days of 2021 the demo news reports, and the 14
campaign banners of 2021 (with the commemorative day of 1/4, the seed report's 15 banners), for ``load_demo``.

Idempotent: a section is keyed by its slug, a banner by its title.
"""

import datetime

from django.utils import timezone
from wagtail.images import get_image_model

from news.models import NewsCategory
from portal.demo import demo_image

from .models import SpecialSectionIndexPage, SpecialSectionPage

# slug, title, accent colour, news category, document field, intro, call-out (title, text, link text, URL)
SECTIONS = [
    (
        "ho-tro-doanh-nghiep",
        "Hỗ trợ Doanh nghiệp",
        "#0b4f8a",
        "ho-tro-doanh-nghiep",
        "dau-tu",
        "Chính sách, thủ tục và thông tin hỗ trợ doanh nghiệp, nhà đầu tư trên địa bàn tỉnh Ninh Bình.",
        (
            "Đường dây nóng hỗ trợ doanh nghiệp",
            "<p>Doanh nghiệp gặp vướng mắc về thủ tục đầu tư, đất đai, thuế có thể gửi câu hỏi trực tuyến; "
            "câu hỏi được chuyển tới cơ quan chuyên môn trả lời trong 20 ngày.</p>",
            "Gửi câu hỏi",
            "/hoi-dap/gui-cau-hoi/",
        ),
    ),
    (
        "du-lich-2021",
        "Năm Du lịch quốc gia 2021 “Hoa Lư – Cố đô ngàn năm”",
        "#7a4b00",
        "du-lich",
        "du-lich",
        "Chuỗi sự kiện Năm Du lịch quốc gia 2021 tổ chức tại Ninh Bình: lễ khai mạc, lễ hội, chương trình quảng bá "
        "Tràng An, Tam Cốc – Bích Động, Cố đô Hoa Lư.",
        None,
    ),
    (
        "bau-cu",
        "Chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp",
        "#a50e1f",
        "bau-cu",
        "noi-vu",
        "Thông tin về cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
        "2021–2026 tại tỉnh Ninh Bình.",
        (
            "Ngày bầu cử: Chủ nhật, 23/5/2021",
            "<p>Cử tri mang theo thẻ cử tri và giấy tờ tùy thân khi đi bầu cử.</p>",
            "",
            "",
        ),
    ),
    (
        "chuyen-doi-so",
        "Chuyển đổi số tỉnh Ninh Bình",
        "#006b5f",
        "chuyen-doi-so",
        "thong-tin-va-truyen-thong",
        "Chương trình chuyển đổi số của tỉnh: chính quyền số, kinh tế số, xã hội số; dịch vụ công trực tuyến.",
        (
            "Dịch vụ công trực tuyến",
            "<p>Nộp hồ sơ thủ tục hành chính trực tuyến trên Cổng Dịch vụ công quốc gia.</p>",
            "Cổng Dịch vụ công quốc gia",
            "https://dichvucong.gov.vn/",
        ),
    ),
    (
        "hoi-dap",
        "Hỏi – Đáp",
        "#4b3f8a",
        "",
        "",
        "Người dân, doanh nghiệp gửi câu hỏi, kiến nghị tới các cơ quan của tỉnh và tra cứu câu trả lời.",
        (
            "Gửi câu hỏi, tra cứu câu trả lời",
            "<p>Mỗi câu hỏi có mã tra cứu để theo dõi tình trạng xử lý.</p>",
            "Gửi câu hỏi",
            "/hoi-dap/gui-cau-hoi/",
        ),
    ),
]


# The day each section went live (the demo news "Ra mắt chuyên trang…" stories, the election calendar).
OPENED = {
    "hoi-dap": datetime.date(2021, 1, 4),
    "du-lich-2021": datetime.date(2021, 1, 12),
    "chuyen-doi-so": datetime.date(2021, 1, 22),
    "bau-cu": datetime.date(2021, 2, 1),
    "ho-tro-doanh-nghiep": datetime.date(2021, 3, 24),
}
INDEX_OPENED = datetime.date(2021, 1, 4)

# The Q&A topic whose answers a section lists (qa/demo.py's topics).
QA_TOPICS = {"ho-tro-doanh-nghiep": "dang-ky-kinh-doanh", "chuyen-doi-so": "chuyen-doi-so", "hoi-dap": ""}


def _body(category_slug, field_slug, call_out, qa_topic=None):
    body = []
    if call_out:
        title, text, link_text, url = call_out
        body.append(("call_out", {"title": title, "text": text, "link_text": link_text, "link_url": url}))
    category = NewsCategory.objects.filter(slug=category_slug).first() if category_slug else None
    if category:
        body.append(("news", {"title": "Tin tức", "source": "category", "category": category, "count": 6}))
    if field_slug:
        body.append(("documents", {"title": "Văn bản", "field": field_slug, "count": 5}))
    body.append(("drafts", {"title": "Dự thảo đang lấy ý kiến", "only_open": True, "count": 3}))
    if qa_topic is not None:
        body.append(("qa", {"title": "Hỏi – đáp", "topic": qa_topic, "count": 5}))
    body.append(
        (
            "links",
            {
                "title": "Liên kết",
                "links": [
                    {"title": "Hỏi – đáp", "url": "/hoi-dap/"},
                    {"title": "Tra cứu văn bản", "url": "/van-ban/"},
                    {"title": "Cổng Thông tin điện tử Chính phủ", "url": "https://chinhphu.vn/"},
                ],
            },
        )
    )
    return body


def build_sections(home):
    """/chuyen-trang/ and the five sections; returns how many sections were added."""
    index = SpecialSectionIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=SpecialSectionIndexPage(
                title="Chuyên trang",
                slug="chuyen-trang",
                show_in_menus=True,
                intro="Chuyên trang, chuyên mục theo sự kiện và chủ đề của tỉnh.",
            )
        )
        index.save_revision().publish()
        _backdate_page(index, INDEX_OPENED)
    existing = set(SpecialSectionPage.objects.child_of(index).values_list("slug", flat=True))
    added = 0
    for slug, title, colour, category_slug, field_slug, intro, call_out in SECTIONS:
        if slug in existing:
            continue
        section = SpecialSectionPage(
            title=title,
            slug=slug,
            accent_colour=colour,
            intro=intro,
            banner_image=demo_image(f"Banner chuyên trang {title}", seed=f"banner-{slug}"),
            banner_alt=f"Ảnh banner chuyên trang {title}",
            body=_body(category_slug, field_slug, call_out, QA_TOPICS.get(slug)),
        )
        index.add_child(instance=section)
        section.save_revision().publish()
        _backdate_page(section, OPENED[slug])
        _backdate_image(section.banner_image, _at(OPENED[slug] - datetime.timedelta(days=3), 14))
        added += 1
    return added


def _at(day, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _backdate_page(page, day):
    """The page went live on ``day`` (the report counts sections by their first publication)."""
    moment = _at(day, 8)
    type(page).objects.filter(pk=page.pk).update(first_published_at=moment, last_published_at=moment)


def _backdate_image(image, moment):
    """The picture was added to the media library at ``moment`` (the report counts photos by that date)."""
    if image is not None:
        get_image_model().objects.filter(pk=image.pk, created_at__gt=moment).update(created_at=moment)


# Campaign banners of 2021: title, text of the banner (its alternative text), first day shown, days shown, the
# special section it leads to (slug). With the commemorative day of 1/4 (portal.CommemorativeDay), the 15 banners
# that the seed report counts for January–September 2021.
BANNERS_2021 = [
    ("Chúc mừng năm mới 2021", "Chúc mừng năm mới 2021 – Ủy ban nhân dân tỉnh Ninh Bình", "2021-01-01", 10, ""),
    (
        "Đại hội XIII của Đảng",
        "Chào mừng Đại hội đại biểu toàn quốc lần thứ XIII của Đảng Cộng sản Việt Nam",
        "2021-01-20",
        14,
        "",
    ),
    (
        "Mừng Đảng, mừng Xuân Tân Sửu 2021",
        "Mừng Đảng quang vinh, mừng Xuân Tân Sửu 2021 – Kỷ niệm 91 năm Ngày thành lập Đảng (3/2/1930–3/2/2021)",
        "2021-01-29",
        25,
        "",
    ),
    (
        "Thông điệp 5K",
        "Thực hiện Thông điệp 5K: Khẩu trang – Khử khuẩn – Khoảng cách – Không tụ tập – Khai báo y tế",
        "2021-02-01",
        60,
        "",
    ),
    (
        "Năm Du lịch quốc gia 2021",
        "Năm Du lịch quốc gia 2021 “Hoa Lư – Cố đô ngàn năm”",
        "2021-02-24",
        120,
        "du-lich-2021",
    ),
    (
        "90 năm Đoàn Thanh niên",
        "Kỷ niệm 90 năm Ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh (26/3/1931–26/3/2021)",
        "2021-03-22",
        7,
        "",
    ),
    (
        "Chuyên trang Hỗ trợ doanh nghiệp",
        "Chuyên trang Hỗ trợ doanh nghiệp – thông tin, chính sách, giải đáp vướng mắc cho doanh nghiệp",
        "2021-03-24",
        45,
        "ho-tro-doanh-nghiep",
    ),
    (
        "Bầu cử ngày 23/5/2021",
        "Ngày 23/5/2021 – Ngày hội của toàn dân: bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp",
        "2021-04-12",
        42,
        "bau-cu",
    ),
    (
        "30/4 và 1/5",
        "Kỷ niệm 46 năm Ngày Giải phóng miền Nam, thống nhất đất nước và 135 năm Ngày Quốc tế Lao động",
        "2021-04-27",
        6,
        "",
    ),
    (
        "131 năm Ngày sinh Chủ tịch Hồ Chí Minh",
        "Kỷ niệm 131 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890–19/5/2021)",
        "2021-05-15",
        5,
        "",
    ),
    (
        "Tiêm vắc-xin phòng Covid-19",
        "Tiêm vắc-xin phòng Covid-19 là quyền lợi và trách nhiệm của mỗi người dân",
        "2021-07-12",
        80,
        "",
    ),
    (
        "74 năm Ngày Thương binh – Liệt sĩ",
        "Kỷ niệm 74 năm Ngày Thương binh – Liệt sĩ (27/7/1947–27/7/2021)",
        "2021-07-20",
        9,
        "",
    ),
    (
        "Chuyển đổi số tỉnh Ninh Bình",
        "Chuyển đổi số tỉnh Ninh Bình – chính quyền số, kinh tế số, xã hội số",
        "2021-08-09",
        30,
        "chuyen-doi-so",
    ),
    (
        "Cách mạng Tháng Tám và Quốc khánh 2/9",
        "Kỷ niệm 76 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam",
        "2021-08-16",
        18,
        "",
    ),
]


def build_banners():
    """The campaign banners of 2021 (home page, top), each with its generated picture; returns how many were
    added. They ended in 2021: the home page of today does not show them."""
    from portal.models import Banner, Placement

    from .models import SpecialSectionPage

    added = 0
    for index, (title, text, starts, days, link) in enumerate(BANNERS_2021):
        if Banner.objects.filter(title=title).exists():
            continue
        starts_at = _at(datetime.date.fromisoformat(starts), 0)
        image = demo_image(f"Banner {title}", seed=f"banner-2021-{index}")
        _backdate_image(image, starts_at - datetime.timedelta(days=2))
        Banner.objects.create(
            title=title,
            image=image,
            alt_text=text,
            link_page=SpecialSectionPage.objects.filter(slug=link).first() if link else None,
            placement=Placement.HOME_TOP,
            starts_at=starts_at,
            ends_at=starts_at + datetime.timedelta(days=days),
        )
        added += 1
    return added
