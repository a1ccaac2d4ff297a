"""The five special sections of the seed report, for ``load_demo``. Idempotent: a section is keyed by its slug."""

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
        added += 1
    return added
