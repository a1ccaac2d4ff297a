"""Organisation pages (Decree 42/2022 Art. 4, 7): chart, leaders, directory, their English version and the switch."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page

from organisation.demo import build_organisation
from organisation.models import DepartmentDirectoryPage, Leader, LeadersPage, OrganisationChartPage
from portal import compliance
from portal.models import Department, StandardPage


@pytest.fixture
def organisation(home):
    build_organisation(home)
    return home


def _html(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


def test_demo_builds_the_pages_once(organisation):
    about = StandardPage.objects.get(slug="gioi-thieu", locale__language_code="vi")
    assert {p.slug for p in about.get_children().live()} == {
        "chuc-nang-nhiem-vu",
        "so-do-to-chuc",
        "lanh-dao-tinh",
        "co-quan-don-vi",
    }
    counts = (Page.objects.count(), Leader.objects.count(), Department.objects.count())
    build_organisation(organisation)
    assert (Page.objects.count(), Leader.objects.count(), Department.objects.count()) == counts
    assert (
        Leader.objects.filter(locale__language_code="en").count()
        == Leader.objects.filter(locale__language_code="vi").count()
        == 4
    )


def test_chart_draws_leaders_and_the_departments_they_oversee(client, organisation):
    html = _html(client, "/gioi-thieu/so-do-to-chuc/")
    assert "<h1>Sơ đồ tổ chức</h1>" in html
    chair = html.index("org-box--main")
    assert "Đinh Văn Hùng" in html[chair : chair + 300] and "Chủ tịch Ủy ban nhân dân tỉnh" in html[chair : chair + 400]
    # The vice-chair in charge of health lists the Department of Health under his box.
    box = html.index("Phạm Thị Hương")
    assert html.index("Sở Y tế", box) < html.index("</details>", box)
    # Every agency appears in its group, whoever oversees it.
    Department.objects.create(name="Sở Ngoại vụ", slug="so-ngoai-vu", kind="department")
    html = _html(client, "/gioi-thieu/so-do-to-chuc/")
    group = html.index("Sở, ban, ngành</h2>")
    assert html.index("Sở Ngoại vụ", group) > group


def test_chart_without_leaders_says_so(client, home):
    about = StandardPage.objects.get(slug="gioi-thieu")
    about.add_child(instance=OrganisationChartPage(title="Sơ đồ tổ chức", slug="so-do-to-chuc"))
    Page.objects.get(slug="so-do-to-chuc").specific.save_revision().publish()
    assert "Chưa có thông tin lãnh đạo." in _html(client, "/gioi-thieu/so-do-to-chuc/")


def test_leaders_page_shows_photo_position_duties_and_contacts(client, organisation):
    html = _html(client, "/gioi-thieu/lanh-dao-tinh/")
    assert html.count('class="leader"') == 4
    assert 'alt="Trần Minh Tuấn"' in html and "<img" in html
    assert "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh" in html
    assert "kế hoạch, đầu tư, tài chính" in html and 'href="mailto:lanhdao2@ninhbinh.gov.vn"' in html
    # Order follows the editors' order, and an inactive leader disappears.
    assert html.index("Đinh Văn Hùng") < html.index("Trần Minh Tuấn") < html.index("Lê Quang Huy")
    Leader.objects.filter(name="Lê Quang Huy").update(is_active=False)
    assert "Lê Quang Huy" not in _html(client, "/gioi-thieu/lanh-dao-tinh/")


def test_directory_lists_contacts_by_group(client, organisation):
    health = Department.objects.get(slug="so-y-te")
    health.contact_person = "Nguyễn Thị Lan – Chánh Văn phòng Sở"
    health.phone = "0229 3871 555"
    health.email = "vanphong@syt.ninhbinh.gov.vn"
    health.save()
    html = _html(client, "/gioi-thieu/co-quan-don-vi/")
    item = html.index('id="so-y-te"')
    chunk = html[item : html.index("</li>", item)]
    assert "Nguyễn Thị Lan – Chánh Văn phòng Sở" in chunk
    assert 'href="tel:02293871555"' in chunk and 'href="mailto:vanphong@syt.ninhbinh.gov.vn"' in chunk
    assert html.index("Sở, ban, ngành</h2>") < item < html.index("Huyện, thành phố</h2>")
    # Missing contacts leave no empty labels behind.
    Department.objects.create(name="Sở Ngoại vụ", slug="so-ngoai-vu")
    html = _html(client, "/gioi-thieu/co-quan-don-vi/")
    item = html.index('id="so-ngoai-vu"')
    assert "Người liên hệ" not in html[item : html.index("</li>", item)]


def test_english_pages_translate_page_text_chrome_and_data(client, organisation):
    html = _html(client, "/en/about/leaders/")
    assert '<html lang="en"' in html and "<h1>Provincial leaders</h1>" in html
    assert "Standing Vice Chairman of the Provincial People&#x27;s Committee" in html
    assert "Skip to main content" in html and ">Home</a>" in html
    assert "Department of Health" in html and "Sở Y tế" not in html
    assert "Ninh Binh Provincial Web Portal" in html
    # A leader or department without an English text falls back to the Vietnamese one rather than disappear.
    Leader.objects.filter(locale__language_code="en", name="Phạm Thị Hương").update(position="")
    Department.objects.filter(slug="so-y-te").update(name_en="")
    html = _html(client, "/en/about/leaders/")
    assert "Phó Chủ tịch Ủy ban nhân dân tỉnh" in html and "Sở Y tế" in html
    for url in (
        "/en/",
        "/en/about/",
        "/en/about/functions-and-duties/",
        "/en/about/organisation-chart/",
        "/en/about/departments/",
        "/en/contact/",
    ):
        assert '<html lang="en"' in _html(client, url)


def test_vietnamese_pages_stay_vietnamese_for_an_english_browser(client, organisation):
    html = _html(client, "/gioi-thieu/lanh-dao-tinh/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    assert '<html lang="vi"' in html and "Bỏ qua, đến nội dung chính" in html and "Sở Y tế" in html


def test_language_switch_links_the_translation_or_the_home(client, organisation, news_index):
    html = _html(client, "/gioi-thieu/so-do-to-chuc/")
    assert 'href="/en/about/organisation-chart/" hreflang="en"' in html
    assert '<span aria-current="true" lang="vi">Tiếng Việt</span>' in html
    html = _html(client, "/en/about/organisation-chart/")
    assert 'href="/gioi-thieu/so-do-to-chuc/" hreflang="vi"' in html
    # A page with no translation leads to the other language's home; so do the views outside the page tree.
    assert 'href="/en/" hreflang="en"' in _html(client, "/tin-tuc/")
    assert 'href="/en/" hreflang="en"' in _html(client, "/lien-ket/")


def test_language_switch_follows_publishing(client, organisation, news_index):
    assert 'href="/en/" hreflang="en"' in _html(client, "/tin-tuc/")
    english = Locale.objects.get(language_code="en")
    translated = news_index.copy_for_translation(english)
    translated.title, translated.slug = "News", "news"
    translated.save_revision().publish()
    assert 'href="/en/news/" hreflang="en"' in _html(client, "/tin-tuc/")
    translated.refresh_from_db()
    translated.unpublish()
    assert 'href="/en/" hreflang="en"' in _html(client, "/tin-tuc/")


def test_no_switch_while_the_portal_has_one_language(client, home):
    assert "language-switch" not in _html(client, "/gioi-thieu/")


def test_english_main_menu_lists_the_english_pages(client, organisation):
    html = _html(client, "/en/about/")
    menu = html[html.index('class="main-nav"') : html.index("</nav>", html.index('class="main-nav"'))]
    assert 'href="/en/"' in menu and 'href="/en/about/"' in menu and 'href="/en/contact/"' in menu
    assert "/tin-tuc/" not in menu


def test_compliance_sees_the_english_pages(organisation):
    check = compliance.english_pages_present()
    assert check.passed and "7 trang tiếng Anh" in str(check.evidence)


@pytest.mark.parametrize(
    "url", ["/gioi-thieu/so-do-to-chuc/", "/gioi-thieu/lanh-dao-tinh/", "/gioi-thieu/co-quan-don-vi/"]
)
def test_queries_do_not_grow_with_the_data(client, organisation, url):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    client.get(url)  # warm the caches of the site shell
    before = count()
    leader = Leader.objects.get(name="Lê Quang Huy", locale__language_code="vi")
    for number in range(10):
        leader.departments.add(Department.objects.create(name=f"Phòng thử {number}", slug=f"phong-thu-{number}"))
    assert count() == before <= 18


def test_admin_edits_leaders_and_department_contacts(client, organisation, admin_user):
    client.force_login(admin_user)
    leader = Leader.objects.get(name="Trần Minh Tuấn", locale__language_code="vi")
    response = client.get(f"/admin/snippets/organisation/leader/edit/{leader.pk}/")
    assert response.status_code == 200 and "Phụ trách, theo dõi" in response.content.decode()
    health = Department.objects.get(slug="so-y-te")
    response = client.get(f"/admin/snippets/portal/department/edit/{health.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and 'name="contact_person"' in html and 'name="name_en"' in html
    for model in (OrganisationChartPage, LeadersPage, DepartmentDirectoryPage):
        assert model.objects.filter(locale__language_code="en").live().count() == 1


def test_editorial_board_translates_and_manages_leaders(client, organisation, make_user):
    from portal import roles

    board = make_user("bbt", roles.EDITORIAL_BOARD)
    assert board.has_perm("simple_translation.submit_translation") and board.has_perm("organisation.change_leader")
    client.force_login(board)
    assert client.get("/admin/snippets/organisation/leader/").status_code == 200
    collaborator = make_user("ctv", roles.COLLABORATORS)
    assert not collaborator.has_perm("organisation.change_leader")
