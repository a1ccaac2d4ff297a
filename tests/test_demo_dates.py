"""The demo content is dated like the portal of the seed report: built with the demo builders, the figures of the
first nine months of 2021 (dashboard, make_report) fall in the seed's range, nothing happened after today, and a
few drafts are open for comment now. The news pages show the most-read box, from the daily rows."""

import datetime
import io
import unicodedata

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import timezone

from stats.figures import period_figures
from stats.periods import Period

NINE_MONTHS_2021 = Period.named("9t", 2021)


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def demo_2021(home, media):
    """The demo portal as load_demo builds it (and the 2021 banners), with the visit history of 2021."""
    from documents.demo import build_documents
    from drafts.demo import build_drafts
    from news.demo import build_news
    from qa.demo import build_questions
    from search.signals import indexing_paused
    from specialpages.demo import build_banners, build_sections
    from stats.demo import build_visit_history

    with indexing_paused():
        build_news(home)
        build_documents()
        build_drafts()
        build_sections(home)
        build_questions(home)
        build_banners()
    build_visit_history()
    return home


def test_demo_is_dated_like_the_seed_report(demo_2021, client, tmp_path):
    """One build of the demo (a minute and more), three checks: the nine months of 2021, nothing after today, and
    drafts open for comment now."""
    _nine_months_of_2021_look_like_the_seed_report(client, tmp_path)
    _nothing_in_the_demo_happened_after_today()
    _drafts_are_still_open_for_comment_today(client)


def _nine_months_of_2021_look_like_the_seed_report(client, tmp_path):
    figures = period_figures(NINE_MONTHS_2021, threshold=5000)
    value = figures.value

    # Seed report: 57 drafts, 30 questions answered, 5 new sections, 15 banners, about 2 million visits.
    assert value("drafts") == 57
    assert 50 <= value("drafts") <= 65
    assert value("comments") >= 100
    assert 25 <= value("questions_received") <= 35
    assert 20 <= value("questions_answered") <= value("questions_received")
    assert 1 <= value("questions_overdue") <= 5  # a few answered after the 20-day deadline
    assert 5 <= value("answer_days") <= 20
    assert value("sections") == 5
    assert set(figures.section_titles) == {
        "Hỗ trợ Doanh nghiệp",
        "Năm Du lịch quốc gia 2021 “Hoa Lư – Cố đô ngàn năm”",
        "Chào mừng cuộc bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp",
        "Chuyển đổi số tỉnh Ninh Bình",
        "Hỏi – Đáp",
    }
    assert 10 <= value("banners") <= 20
    assert value("documents") >= 20 and value("documents_vbqppl") and value("documents_chidao")
    assert value("articles") >= 60 and value("articles_own") and value("articles_collected") and value("videos")
    assert value("photos") >= 60  # the articles' pictures, added on the articles' days
    assert value("visits") > 2_000_000 and value("articles_above") > 0
    # Every month of the period has articles and photos (dates are spread, not piled on one day).
    assert all(month["own"] + month["collected"] and month["photos"] for month in figures.content_per_month)
    # And the period before (April–December 2020) has none of the portal's 2021 content.
    assert figures["drafts"].previous == figures["sections"].previous == figures["questions_received"].previous == 0

    # Drafts, questions and documents are spread over the nine months too.
    from documents.models import LegalDocument
    from drafts.models import DraftDocument
    from qa.models import Question

    months = {
        "drafts": {
            d.month for d in DraftDocument.objects.filter(opens_on__year=2021).values_list("opens_on", flat=True)
        },
        "questions": {timezone.localtime(t).month for t in Question.objects.values_list("received_at", flat=True)},
        "documents": {
            timezone.localtime(t).month
            for t in LegalDocument.objects.filter(created_at__year=2021).values_list("created_at", flat=True)
        },
    }
    assert all(set(range(1, 10)) <= found for found in months.values()), months

    # The report made by the management command says so.
    import docx

    out = tmp_path / "bao-cao.docx"
    call_command(
        "make_report", "--from", "2021-01-01", "--to", "2021-09-30", "--format", "docx", "--out", str(out),
        "--date", "2021-10-05", stdout=io.StringIO(),
    )  # fmt: skip
    text = "\n".join(paragraph.text for paragraph in docx.Document(str(out)).paragraphs)
    assert "đăng tải 57 dự thảo" in text
    assert f"Tiếp nhận {value('questions_received')} câu hỏi" in text
    assert "xây dựng mới 05 chuyên trang, chuyên mục" in text
    assert f"Thiết kế {value('banners')} banner" in text

    # The leadership dashboard shows the same period.
    from django.contrib.auth import get_user_model

    client.force_login(get_user_model().objects.create_superuser("lanhdao-test", "l@example.vn", "x"))
    response = client.get("/admin/thong-ke/", {"ky": "9t", "nam": "2021"})
    assert response.status_code == 200


def _nothing_in_the_demo_happened_after_today():
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from documents.models import LegalDocument
    from drafts.models import Comment, DraftDocument
    from portal.models import Banner
    from qa.models import Question, QuestionEvent
    from stats.models import DailySiteVisits

    now = timezone.now()
    happened = {
        "page published": Page.objects.values_list("first_published_at", flat=True),
        "image added": get_image_model().objects.values_list("created_at", flat=True),
        "document uploaded": LegalDocument.objects.values_list("created_at", flat=True),
        "draft posted": DraftDocument.objects.values_list("created_at", flat=True),
        "comment sent": Comment.objects.values_list("created_at", flat=True),
        "question received": Question.objects.values_list("received_at", flat=True),
        "question answered": Question.objects.values_list("answered_at", flat=True),
        "question closed": Question.objects.values_list("closed_at", flat=True),
        "workflow step": QuestionEvent.objects.values_list("created_at", flat=True),
        "banner shown": Banner.objects.values_list("starts_at", flat=True),
    }
    for what, moments in happened.items():
        late = [moment for moment in moments if moment is not None and moment > now]
        assert not late, (what, late[:3])
    today = timezone.localdate()
    assert not LegalDocument.objects.filter(issue_date__gt=today).exists()
    assert not DailySiteVisits.objects.filter(day__gt=today).exists()
    # Steps happen in order: a document is uploaded after it is issued, a question answered after it arrived,
    # a comment sent within its draft's window, a draft posted before its window opens.
    for issued, uploaded in LegalDocument.objects.values_list("issue_date", "created_at"):
        assert issued < timezone.localdate(uploaded) <= issued + datetime.timedelta(days=7)
    for received, answered in Question.objects.exclude(answered_at=None).values_list("received_at", "answered_at"):
        assert received < answered
    for comment in Comment.objects.select_related("draft"):
        assert comment.draft.opens_on <= timezone.localdate(comment.created_at) <= comment.draft.closes_on
    for draft in DraftDocument.objects.all():
        assert timezone.localdate(draft.created_at) <= draft.opens_on or draft.created_at <= now


def _drafts_are_still_open_for_comment_today(client):
    from drafts.models import DraftDocument, Status

    open_now = [draft for draft in DraftDocument.objects.prefetch_related("files") if draft.status() == Status.OPEN]
    assert len(open_now) >= 2
    assert all(draft.opens_on.year >= timezone.localdate().year - 1 for draft in open_now)
    html = client.get("/du-thao/").content.decode()
    assert open_now[0].title in html
    html = client.get("/").content.decode()
    assert "Dự thảo lấy ý kiến" in html and "còn " in html


def test_new_demo_texts_are_nfc():
    from drafts.demo import COMMENTS_2021, DRAFTS_2021, NAMES_2021
    from qa.demo import QUESTIONS
    from specialpages.demo import BANNERS_2021

    texts = [text for draft in DRAFTS_2021 for text in (draft[0], draft[3], *draft[4])]
    texts += [body for _section, body in COMMENTS_2021] + NAMES_2021
    texts += [text for question in QUESTIONS for text in question[5:]]
    texts += [text for banner in BANNERS_2021 for text in banner[:2]]
    assert all(unicodedata.is_normalized("NFC", text) for text in texts)
    assert len({draft[0] for draft in DRAFTS_2021}) == len(DRAFTS_2021)


# The most-read box on the news pages ------------------------------------------------------------------------------


def _reads(article, views, days_ago=1):
    from news.models import NewsArticlePage
    from stats.models import DailyObjectVisits

    DailyObjectVisits.objects.create(
        content_type=ContentType.objects.get_for_model(NewsArticlePage),
        object_id=article.pk,
        day=timezone.localdate() - datetime.timedelta(days=days_ago),
        visits=views,
    )


def test_news_pages_show_the_most_read_box(client, make_article, category):
    from news.models import NewsCategory

    other = NewsCategory.objects.create(name="Du lịch", slug="du-lich")
    popular = make_article(title="Tin được đọc nhiều nhất tuần", category=category, days_ago=3)
    tourism = make_article(title="Tin du lịch được quan tâm", category=other, days_ago=2)
    old = make_article(title="Tin đọc nhiều tháng trước", category=category, days_ago=40)
    _reads(popular, 1234)
    _reads(tourism, 456, days_ago=2)
    _reads(old, 9999, days_ago=20)  # outside the last 7 days

    def box(url):
        html = client.get(url).content.decode()
        assert 'class="most-read"' in html and "Đọc nhiều trong 7 ngày" in html, url
        start = html.index('class="most-read"')
        return html[start : html.index("</section>", start)]

    # The news index and an article: the whole site, most read first, with the number of reads.
    for url in ("/tin-tuc/", old.url):
        html = box(url)
        assert html.index(popular.title) < html.index(tourism.title), url
        assert "1.234 lượt đọc" in html and old.title not in html
    # A category's listing: that category only.
    html = box("/tin-tuc/chuyen-muc/du-lich/")
    assert tourism.title in html and popular.title not in html
    response = client.get("/tin-tuc/chuyen-muc/du-lich/")
    assert 'href="/thong-ke/doc-nhieu/?chuyen-muc=du-lich"' in response.content.decode()


def test_most_read_box_without_reads_says_so(client, make_article):
    article = make_article(title="Tin chưa ai đọc")
    for url in ("/tin-tuc/", article.url):
        html = client.get(url).content.decode()
        assert 'class="most-read"' in html and "Chưa có số liệu." in html
