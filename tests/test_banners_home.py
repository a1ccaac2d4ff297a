"""Banners (scheduled and yearly commemorative days, with frozen time) and what the home page shows from the apps."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone

from portal.banners import current_banners
from portal.demo import demo_image
from portal.models import Banner, CommemorativeDay, Placement

VN = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")


def at(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=VN)


@pytest.fixture
def image(db):
    return demo_image("Ảnh banner thử", seed="banner-test")


def test_seeded_commemorative_days_from_the_report(db):
    titles = dict(CommemorativeDay.objects.values_list("title", "month"))
    assert titles["Ngày Nhà giáo Việt Nam"] == 11
    assert titles["Ngày Phụ nữ Việt Nam"] == 10
    assert CommemorativeDay.objects.filter(month=10).count() == 10
    assert CommemorativeDay.objects.get(title="Ngày thành lập Quân đội nhân dân Việt Nam").day == 22


def test_commemorative_day_recurs_every_year_with_its_window(db):
    teachers = CommemorativeDay.objects.get(title="Ngày Nhà giáo Việt Nam")  # 20/11, shown from 18/11
    for year in (2025, 2026, 2031):
        assert teachers in current_banners(Placement.HOME_TOP, at(year, 11, 20))
        assert teachers in current_banners(Placement.HOME_TOP, at(year, 11, 18, 0))
        assert teachers not in current_banners(Placement.HOME_TOP, at(year, 11, 17, 23))
        assert teachers not in current_banners(Placement.HOME_TOP, at(year, 11, 21))
    teachers.is_active = False
    teachers.save()
    assert teachers not in current_banners(Placement.HOME_TOP, at(2026, 11, 20))


def test_window_across_new_year_and_leap_day(db):
    new_year = CommemorativeDay.objects.create(title="Tết Dương lịch", day=1, month=1, days_before=3, days_after=1)
    assert new_year.shows_on(datetime.date(2026, 12, 29)) and new_year.shows_on(datetime.date(2027, 1, 2))
    assert not new_year.shows_on(datetime.date(2026, 12, 28))
    leap = CommemorativeDay(title="Ngày 29/2", day=29, month=2, days_before=0)
    leap.full_clean()
    assert leap.shows_on(datetime.date(2024, 2, 29)) and leap.shows_on(datetime.date(2025, 2, 28))
    with pytest.raises(ValidationError):
        CommemorativeDay(title="Không có", day=31, month=4).full_clean()


def test_scheduled_banner_window_priority_and_placement(db, image):
    campaign = Banner.objects.create(
        title="Năm Du lịch quốc gia",
        image=image,
        alt_text="Năm Du lịch quốc gia 2021 Hoa Lư – Cố đô ngàn năm",
        starts_at=at(2026, 3, 1, 0),
        ends_at=at(2026, 3, 31, 0),
        priority=5,
    )
    side = Banner.objects.create(
        title="Cột bên",
        image=image,
        alt_text="x",
        placement=Placement.SIDEBAR,
        starts_at=at(2026, 3, 1, 0),
        ends_at=at(2026, 4, 1, 0),
    )
    low = Banner.objects.create(
        title="Ưu tiên thấp", image=image, alt_text="y", starts_at=at(2026, 3, 1, 0), ends_at=at(2026, 4, 1, 0)
    )
    assert current_banners(Placement.HOME_TOP, at(2026, 3, 10)) == [campaign, low]
    assert current_banners(Placement.SIDEBAR, at(2026, 3, 10)) == [side]
    assert current_banners(Placement.HOME_TOP, at(2026, 2, 28)) == []
    # The end is exclusive; 31/3 is also two days before 1/4, the province's re-establishment day.
    assert [b for b in current_banners(Placement.HOME_TOP, at(2026, 3, 31, 0)) if isinstance(b, Banner)] == [low]
    with pytest.raises(ValidationError):
        Banner(title="Sai", image=image, alt_text="z", starts_at=at(2026, 3, 2), ends_at=at(2026, 3, 1)).full_clean()


def test_home_shows_the_banner_of_the_day_and_cache_follows_edits(client, home, image):
    with time_machine.travel(at(2026, 11, 20), tick=False):
        html = client.get("/").content.decode()
        assert "Chào mừng Ngày Nhà giáo Việt Nam" in html and "1982 – 2026" in html
        day = CommemorativeDay.objects.get(title="Ngày Nhà giáo Việt Nam")
        day.image, day.alt_text = image, "Chào mừng ngày Nhà giáo Việt Nam 20/11"
        day.save()  # the cached list is dropped at once
        html = client.get("/").content.decode()
        assert 'alt="Chào mừng ngày Nhà giáo Việt Nam 20/11"' in html
    with time_machine.travel(at(2026, 11, 25), tick=False):
        assert "Nhà giáo" not in client.get("/").content.decode()


def test_home_page_shows_sections_documents_drafts_and_services(
    client, home, news_index, category, make_article, django_assert_max_num_queries, settings, tmp_path
):
    from documents.demo import build_documents
    from drafts.demo import build_drafts
    from specialpages.demo import build_sections

    settings.MEDIA_ROOT = str(tmp_path)
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    for number in range(12):
        make_article(title=f"Tin số {number}", category=category, with_image=number < 3)
    build_documents()
    build_drafts()
    build_sections(home)
    home.refresh_from_db()
    home.service_links = [("link", {"title": "Cổng Dịch vụ công quốc gia", "url": "https://dichvucong.gov.vn/"})]
    home.save_revision().publish()
    client.get("/")  # renditions are made on the first view
    with django_assert_max_num_queries(30):
        response = client.get("/")
    html = response.content.decode()
    assert "Chuyển đổi số tỉnh Ninh Bình" in html and "/chuyen-trang/" in html
    assert "Văn bản mới" in html and "/van-ban/" in html
    assert "Dự thảo lấy ý kiến" in html and "còn " in html
    assert "Cổng Dịch vụ công quốc gia" in html
    assert timezone.now()  # the page renders with the real clock too


def test_home_fragment_cache_follows_publishing(client, home, django_assert_max_num_queries):
    from documents.models import DocumentType, IssuingBody, LegalDocument
    from specialpages.models import SpecialSectionIndexPage, SpecialSectionPage

    index = home.add_child(instance=SpecialSectionIndexPage(title="Chuyên trang", slug="chuyen-trang"))
    index.save_revision().publish()
    client.get("/")
    with django_assert_max_num_queries(15):
        assert client.get("/").status_code == 200  # the blocks come from the cache
    section = index.add_child(instance=SpecialSectionPage(title="Chuyên trang mới mở", slug="moi"))
    section.save_revision().publish()
    assert "Chuyên trang mới mở" in client.get("/").content.decode()
    LegalDocument.objects.create(
        number="9/QĐ-UBND",
        document_type=DocumentType.objects.create(name="Quyết định", slug="qd"),
        issuing_body=IssuingBody.objects.create(name="UBND tỉnh", slug="ubnd"),
        issue_date=datetime.date(2026, 1, 2),
        summary="Văn bản vừa đăng lên cổng",
    )
    assert "Văn bản vừa đăng lên cổng" in client.get("/").content.decode()
    section.unpublish()
    assert "Chuyên trang mới mở" not in client.get("/").content.decode()
