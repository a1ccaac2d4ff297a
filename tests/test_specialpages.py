"""Special sections: page rules, every block with empty and full data, child articles, search, demo."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from wagtail.blocks import StreamValue

from documents.models import DocumentField, DocumentType, IssuingBody, LegalDocument
from drafts.models import DraftDocument
from news.models import NewsArticlePage
from portal.models import Department, HomePage
from specialpages.blocks import SectionBlock
from specialpages.models import SpecialSectionIndexPage, SpecialSectionPage


@pytest.fixture
def section_index(home):
    index = home.add_child(instance=SpecialSectionIndexPage(title="Chuyên trang", slug="chuyen-trang"))
    index.save_revision().publish()
    return index


@pytest.fixture
def make_section(section_index):
    def make(title="Chuyển đổi số", slug="chuyen-doi-so", body=(), parent=None, **fields):
        section = SpecialSectionPage(title=title, slug=slug, body=list(body), **fields)
        (parent or section_index).add_child(instance=section)
        section.save_revision().publish()
        return section

    return make


FULL_BODY_TYPES = ["paragraph", "news", "documents", "drafts", "links", "call_out"]


def full_body(category):
    return [
        ("paragraph", "<p>Giới thiệu chương trình chuyển đổi số.</p>"),
        ("news", {"title": "Tin chuyển đổi số", "source": "category", "category": category, "count": 3}),
        ("documents", {"title": "Văn bản chỉ đạo", "field": "thong-tin", "count": 3}),
        ("drafts", {"title": "Dự thảo đang lấy ý kiến", "only_open": True, "count": 3}),
        ("qa", {"title": "Hỏi đáp", "topic": "", "count": 3}),
        (
            "links",
            {"title": "Liên kết", "links": [{"title": "Cổng Dịch vụ công", "url": "https://dichvucong.gov.vn/"}]},
        ),
        (
            "call_out",
            {
                "title": "Dịch vụ công trực tuyến",
                "text": "<p>Nộp hồ sơ trực tuyến.</p>",
                "link_text": "Nộp hồ sơ",
                "link_url": "https://dichvucong.gov.vn/",
                "style": "important",
            },
        ),
    ]


def test_page_rules(home, section_index, make_section):
    assert SpecialSectionPage.can_create_at(section_index)
    assert not SpecialSectionPage.can_create_at(home)
    section = make_section()
    assert SpecialSectionPage.can_create_at(section)  # sub-sections
    assert NewsArticlePage.can_create_at(section)  # its own articles
    assert SpecialSectionIndexPage.can_create_at(home) is False  # one index only
    section.accent_colour = "red"
    with pytest.raises(ValidationError) as error:
        section.full_clean()
    assert "#RRGGBB" in str(error.value)
    section.accent_colour = "#f6c700"  # gold: black text reads better
    assert section.accent_text_colour == "#000000"
    section.accent_colour = "#a50e1f"
    assert section.accent_text_colour == "#ffffff"


def test_blocks_with_empty_data_render_helpful_text(client, make_section, category):
    section = make_section(body=full_body(category))
    response = client.get(section.url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Chưa có tin bài.",
        "Chưa có văn bản.",
        "Hiện không có dự thảo đang lấy ý kiến.",
        "Chưa có câu hỏi được trả lời.",
        "Nộp hồ sơ",
    ):
        assert text in html, text
    assert "Giới thiệu chương trình chuyển đổi số." in html


def test_blocks_with_full_data_show_live_content(client, make_section, category, make_article, tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path)
    make_article(title="Tập huấn kỹ năng số cho cán bộ xã", category=category)
    make_article(title="Tin của chuyên mục khác")
    field = DocumentField.objects.create(name="Thông tin", slug="thong-tin")
    document = LegalDocument.objects.create(
        number="12/KH-UBND",
        document_type=DocumentType.objects.create(name="Kế hoạch", code="KH", slug="ke-hoach"),
        issuing_body=IssuingBody.objects.create(name="UBND tỉnh", slug="ubnd"),
        issue_date=datetime.date(2025, 3, 1),
        summary="Kế hoạch chuyển đổi số năm 2025",
    )
    document.fields.set([field])
    today = timezone.localdate()
    DraftDocument.objects.create(
        title="Dự thảo quy chế dữ liệu số",
        document_type=document.document_type,
        department=Department.objects.create(name="Sở TT&TT", slug="so-tttt"),
        summary="Tóm tắt",
        opens_on=today - datetime.timedelta(days=2),
        closes_on=today + datetime.timedelta(days=27),
    )
    section = make_section(body=full_body(category))
    html = client.get(section.url).content.decode()
    assert "Tập huấn kỹ năng số cho cán bộ xã" in html and "Tin của chuyên mục khác" not in html
    assert "Kế hoạch 12/KH-UBND" in html and "/van-ban/?linh-vuc=thong-tin" in html
    assert "Dự thảo quy chế dữ liệu số" in html and "còn 28 ngày" in html
    assert 'data-accent="#a50e1f"' in html  # set as --accent by static/js/accent.js (no inline style: CSP)


def test_child_articles_and_sub_sections(client, make_section, make_article, django_assert_max_num_queries):
    section = make_section(body=[("news", {"title": "Tin trong chuyên trang", "source": "children", "count": 5})])
    make_article(title="Bài riêng của chuyên trang", parent=section)
    make_article(title="Bài ở trang tin tức")
    sub = make_section(title="Kinh tế số", slug="kinh-te-so", parent=section)
    with django_assert_max_num_queries(18):
        html = client.get(section.url).content.decode()
    assert "Bài riêng của chuyên trang" in html and "Bài ở trang tin tức" not in html
    assert f'href="{sub.url}"' in html
    assert client.get(section.url + "bai-viet-" + "x/").status_code == 404
    listing = client.get("/chuyen-trang/").content.decode()
    assert "Chuyển đổi số" in listing and "Kinh tế số" not in listing  # only top-level sections are tiles


def test_block_validation(category):
    block = SectionBlock()
    with pytest.raises(ValidationError):
        block.clean(StreamValue(block, [("news", {"source": "category", "category": None, "count": 3})]))
    with pytest.raises(ValidationError):
        block.clean(StreamValue(block, [("links", {"title": "", "links": [{"title": "Không đích"}]})]))
    ok = block.clean(StreamValue(block, [("news", {"source": "category", "category": category, "count": 3})]))
    assert len(ok) == 1


def test_sections_are_in_the_site_search(make_section, search_index, django_capture_on_commit_callbacks):
    from search.service import build_query, search

    with django_capture_on_commit_callbacks(execute=True):
        section = make_section(intro="Chương trình chuyển đổi số của tỉnh: chính quyền số, kinh tế số.")
    hits = search(build_query({"q": "chinh quyen so", "type": "section"})).hits
    assert hits and hits[0]["url"] == section.url


def test_demo_sections(client, home, category):
    from qa.demo import build_questions
    from specialpages.demo import SECTIONS, build_sections

    build_questions(home)

    assert build_sections(HomePage.objects.get()) == len(SECTIONS) == 5
    assert build_sections(HomePage.objects.get()) == 0
    for slug, title, *_rest in SECTIONS:
        response = client.get(f"/chuyen-trang/{slug}/")
        assert response.status_code == 200 and title in response.content.decode()
    from qa.selectors import latest_answers

    newest_answer = latest_answers(limit=1)[0]
    assert newest_answer.title in client.get("/chuyen-trang/hoi-dap/").content.decode()  # the Q&A block


def test_video_block_without_a_video_is_an_error_not_a_crash():
    from portal.blocks import VideoBlock

    with pytest.raises(ValidationError) as error:
        VideoBlock().clean({"video_file": None, "embed": None, "caption": ""})
    assert "Chọn tệp video hoặc nhập liên kết." in str(error.value.block_errors["video_file"])
