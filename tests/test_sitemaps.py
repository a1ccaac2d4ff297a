"""The sitemap index and its three sitemaps: pages in both languages with hreflang, documents and drafts."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction, Site

from documents.models import DocumentType, IssuingBody, LegalDocument
from drafts.models import DraftDocument
from organisation.demo import build_organisation
from portal import sitemaps
from portal.models import Department

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def _xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def _site():
    """Pages carry the Wagtail site's own address (its hostname), documents and drafts the request's."""
    return Site.objects.get(is_default_site=True).root_url


def _locations(tree):
    return [el.text for el in tree.iterfind(".//s:loc", NS)]


@pytest.fixture
def library(db):
    document_type = DocumentType.objects.create(name="Quyết định", code="QĐ", slug="quyet-dinh")
    issuer = IssuingBody.objects.create(name="UBND tỉnh Ninh Bình", slug="ubnd-tinh")

    def document(number, **fields):
        return LegalDocument.objects.create(
            number=number,
            document_type=document_type,
            issuing_body=issuer,
            issue_date=datetime.date(2026, 3, 1),
            summary=f"Về việc {number}",
            **fields,
        )

    def draft(title, **fields):
        today = timezone.localdate()
        return DraftDocument.objects.create(
            title=title,
            document_type=document_type,
            department=Department.objects.get_or_create(name="Sở Tư pháp", slug="so-tu-phap")[0],
            opens_on=today - datetime.timedelta(days=3),
            closes_on=today + datetime.timedelta(days=27),
            **fields,
        )

    return document, draft


def test_the_index_lists_the_three_sitemaps_and_robots_names_it(client, home):
    locations = _locations(_xml(client, "/sitemap.xml"))
    assert locations == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-documents.xml",
        "http://testserver/sitemap-drafts.xml",
    ]
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_pages_are_live_public_ones_only(client, home, make_article):
    live = make_article(title="Có trong sơ đồ")
    draft = make_article(title="Không có", publish=False)
    private = make_article(title="Trang nội bộ")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    base = _site()
    locations = _locations(_xml(client, "/sitemap-pages.xml"))
    assert f"{base}/" in locations
    assert f"{base}/tin-tuc/{live.slug}/" in locations
    assert f"{base}/tin-tuc/{draft.slug}/" not in locations
    assert f"{base}/tin-tuc/{private.slug}/" not in locations


def test_english_pages_are_listed_with_hreflang_alternates(client, home, news_index):
    build_organisation(home)
    base = _site()
    tree = _xml(client, "/sitemap-pages.xml")
    locations = _locations(tree)
    assert f"{base}/en/" in locations and f"{base}/en/about/leaders/" in locations
    by_location = {url.find("s:loc", NS).text: url for url in tree.iterfind("s:url", NS)}
    for location in (f"{base}/gioi-thieu/lanh-dao-tinh/", f"{base}/en/about/leaders/"):
        alternates = {link.get("hreflang"): link.get("href") for link in by_location[location].iterfind("x:link", NS)}
        assert alternates == {
            "vi": f"{base}/gioi-thieu/lanh-dao-tinh/",
            "en": f"{base}/en/about/leaders/",
        }
    # A page with no translation names no alternate.
    assert not list(by_location[f"{base}/tin-tuc/"].iterfind("x:link", NS))


def test_documents_and_drafts_are_listed_when_published(client, home, library):
    document, draft = library
    shown = document("12/2026/QĐ-UBND")
    hidden = document("13/2026/QĐ-UBND", is_published=False)
    open_draft = draft("Dự thảo quy định về phí")
    hidden_draft = draft("Dự thảo chưa công bố", is_published=False)
    documents = _locations(_xml(client, "/sitemap-documents.xml"))
    assert f"http://testserver/van-ban/{shown.pk}/" in documents
    assert f"http://testserver/van-ban/{hidden.pk}/" not in documents
    drafts = _locations(_xml(client, "/sitemap-drafts.xml"))
    assert drafts == [f"http://testserver/du-thao/{open_draft.pk}/"]
    assert f"http://testserver/du-thao/{hidden_draft.pk}/" not in drafts
    index = _xml(client, "/sitemap.xml")
    lastmods = [el.text for el in index.iterfind(".//s:lastmod", NS)]
    assert len(lastmods) == 3 and all(lastmods)


def test_long_sitemaps_are_split_into_files_and_bad_pages_are_404(
    client, home, library, monkeypatch, django_assert_max_num_queries
):
    document, _draft = library
    for number in range(5):
        document(f"{number + 1}/2026/QĐ-UBND")
    monkeypatch.setattr(sitemaps.QuerysetSitemap, "limit", 2)
    locations = _locations(_xml(client, "/sitemap.xml"))
    assert [loc for loc in locations if "documents" in loc] == [
        "http://testserver/sitemap-documents.xml",
        "http://testserver/sitemap-documents.xml?p=2",
        "http://testserver/sitemap-documents.xml?p=3",
    ]
    with django_assert_max_num_queries(3):
        assert len(_locations(_xml(client, "/sitemap-documents.xml?p=3"))) == 1
    for bad in ("?p=4", "?p=0", "?p=abc", "?p=" + "9" * 40):
        assert client.get("/sitemap-documents.xml" + bad).status_code == 404, bad
    assert client.get("/sitemap-unknown.xml").status_code == 404


def test_the_pages_sitemap_costs_the_same_queries_for_more_pages(client, home, make_article, category):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    make_article(category=category)
    client.get("/sitemap-pages.xml")
    with CaptureQueriesContext(connection) as few:
        client.get("/sitemap-pages.xml")
    for _ in range(6):
        make_article(category=category)
    with CaptureQueriesContext(connection) as many:
        client.get("/sitemap-pages.xml")
    assert len(many.captured_queries) == len(few.captured_queries)


def test_the_site_map_page_lists_sections_and_services_for_people(
    client, home, make_article, category, django_assert_max_num_queries
):
    from portal.models import StandardPage

    article = make_article(title="Một tin bài không nằm trong sơ đồ")
    about = StandardPage.objects.get(slug="gioi-thieu")
    hidden = about.add_child(instance=StandardPage(title="Trang chưa đăng", slug="chua-dang", live=False))
    private = about.add_child(instance=StandardPage(title="Trang nội bộ", slug="noi-bo"))
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    client.get("/so-do-cong/")
    with django_assert_max_num_queries(12):
        response = client.get("/so-do-cong/")
    html = response.content.decode()
    assert response.status_code == 200 and "<h1>Sơ đồ cổng</h1>" in html
    assert ">Giới thiệu</a>" in html and ">Tin tức</a>" in html
    assert f'<a href="/tin-tuc/chuyen-muc/{category.slug}/">{category.name}</a>' in html
    for absent in (article.title, hidden.title, private.title):
        assert absent not in html
    for url in ("/van-ban/", "/du-thao/", "/lich-cong-tac/", "/lien-ket/", "/tim-kiem/"):
        assert f'href="{url}"' in html
    # The footer of every page leads here, not to the XML for search engines.
    assert 'href="/so-do-cong/"' in client.get("/").content.decode()
    # More articles, same cost.
    for _ in range(5):
        make_article(category=category)
    with django_assert_max_num_queries(12):
        assert client.get("/so-do-cong/").status_code == 200
