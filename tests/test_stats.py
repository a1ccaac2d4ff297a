"""Visit counting: the beacon on public pages, Redis and the embedded file fallback, bots, roll-up idempotence
(twice, crash and resume), Redis down, the footer counter and the most-read lists."""

import datetime
import logging
import re
import time
import uuid
from unittest import mock

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from stats import counting, rollup, selectors
from stats.models import DailyObjectVisits, DailySiteVisits, MonthlyObjectVisits, RollupBatch

BROWSER = (
    "Mozilla/5.0 (Linux; Android 13; SM-A145F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile "
    "Safari/537.36"
)
OTHER_BROWSER = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Safari"
TEST_REDIS = "redis://127.0.0.1:6379/13"
SLOT_LATER = datetime.timedelta(minutes=counting.SLOT_MINUTES, seconds=counting.SLOT_GRACE_SECONDS + 1)


def redis_reachable():
    import redis

    try:
        return redis.Redis.from_url(TEST_REDIS, socket_connect_timeout=0.5).ping()
    except redis.RedisError:
        return False


@pytest.fixture
def files_backend(db, settings, tmp_path):
    settings.STATS_REDIS_URL = ""
    settings.VAR_DIR = tmp_path
    settings.STATS_ROLLUP_IN_REQUEST = False
    return counting.get_counter()


@pytest.fixture
def redis_backend(db, settings):
    if not redis_reachable():
        pytest.skip("Redis is not reachable on 127.0.0.1:6379")
    settings.STATS_REDIS_URL = TEST_REDIS
    settings.STATS_KEY_PREFIX = f"test-stats-{uuid.uuid4().hex}:"
    settings.STATS_ROLLUP_IN_REQUEST = False
    counter = counting.get_counter()
    yield counter
    counter.clear()


@pytest.fixture(params=["redis", "files"])
def backend(request):
    return request.getfixturevalue(f"{request.param}_backend")


def later():
    """A moment when the file backend's current slot is over (Redis needs no wait)."""
    return timezone.now() + SLOT_LATER


def beacon_url(response):
    match = re.search(r'data-url="([^"]+)"', response.content.decode())
    assert match, "the page has no beacon"
    return match.group(1).replace("&amp;", "&")


def view(client, url, user_agent=BROWSER, ip="203.0.113.7", method="post", **headers):
    send = client.post if method == "post" else client.get
    return send(url, HTTP_USER_AGENT=user_agent, REMOTE_ADDR=ip, **headers)


def article_ct():
    from news.models import NewsArticlePage

    return ContentType.objects.get_for_model(NewsArticlePage)


# --- counting --------------------------------------------------------------------------------------------------------


def test_a_page_view_is_counted_once_without_writing_to_the_database(
    client, backend, make_article, django_assert_num_queries
):
    article = make_article(title="Khai mạc Năm Du lịch quốc gia 2021")
    page = client.get(article.url)
    assert page.status_code == 200
    url = beacon_url(page)
    assert "o=news.newsarticlepage." in url
    # The page itself counts nothing (it may come from a cache): only its beacon does.
    assert not DailySiteVisits.objects.exists()

    with django_assert_num_queries(0):
        answer = view(client, url)
    assert answer.status_code == 204
    assert answer["Cache-Control"] == "no-store, private"
    assert not answer.cookies
    view(client, url)
    view(client, url, user_agent=OTHER_BROWSER, ip="198.51.100.20")
    pixel = view(client, url, method="get")  # the <noscript> image
    assert pixel.status_code == 200 and pixel["Content-Type"] == "image/gif"
    view(client, "/thong-ke/dem/")  # a page about no object: a site visit only

    result = rollup.rollup(later())
    assert result.applied >= 1 and result.visits == 5
    today = DailySiteVisits.objects.get(day=timezone.localdate())
    assert today.visits == 5
    assert today.visitors == 2  # one person on two browsers is two visitors, the same browser again is one
    row = DailyObjectVisits.objects.get(content_type=article_ct(), object_id=article.pk)
    assert (row.day, row.visits) == (timezone.localdate(), 4)
    assert MonthlyObjectVisits.objects.get(object_id=article.pk).visits == 4


def test_the_redis_counter_uses_one_hash_and_one_hyperloglog_per_day(redis_backend):
    day = timezone.localdate()
    counting.count_view("news.newsarticlepage.7", "203.0.113.7", BROWSER)
    counting.count_view("news.newsarticlepage.7", "203.0.113.8", BROWSER)
    counting.count_view(None, "203.0.113.8", BROWSER)
    client = redis_backend.rollup_client
    views = client.hgetall(redis_backend._key(day, "v"))
    assert views == {b"_": b"3", b"news.newsarticlepage.7": b"2"}
    assert client.pfcount(redis_backend._key(day, "u")) == 2
    assert 0 < client.ttl(redis_backend._key(day, "v")) <= counting.REDIS_TTL
    # No raw address anywhere in Redis.
    for key in client.scan_iter(match=f"{redis_backend.prefix}*"):
        assert b"203.0.113" not in key
        if client.type(key) == b"hash":
            assert not any(b"203.0.113" in field for field in client.hkeys(key))


def test_the_file_counter_appends_one_line_per_view_and_never_stores_the_address(files_backend):
    counting.count_view("news.newsarticlepage.7", "203.0.113.7", BROWSER)
    counting.count_view(None, "203.0.113.7", BROWSER)
    files = list(files_backend.hits.glob("*.log"))
    assert len(files) == 1
    lines = files[0].read_text().splitlines()
    assert [line.split("\t")[0] for line in lines] == ["news.newsarticlepage.7", "_"]
    assert "203.0.113" not in files[0].read_text()
    # The slot is still open: nothing to roll up yet.
    assert rollup.rollup().applied == 0
    assert rollup.rollup(later()).visits == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "coccocbot-web/1.0 (+http://help.coccoc.com/searchengine)",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "curl/8.5.0",
        "python-requests/2.32.3",
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36",
        "",
    ],
)
def test_bots_are_not_counted(client, files_backend, user_agent):
    answer = view(client, "/thong-ke/dem/", user_agent=user_agent)
    assert answer.status_code == 204
    rollup.rollup(later())
    assert not DailySiteVisits.objects.filter(visits__gt=0).exists()


def test_browsers_and_prefetches(client, files_backend):
    view(client, "/thong-ke/dem/", user_agent=BROWSER)
    view(client, "/thong-ke/dem/", user_agent=OTHER_BROWSER)
    view(client, "/thong-ke/dem/", user_agent=BROWSER, HTTP_SEC_PURPOSE="prefetch;prerender")
    rollup.rollup(later())
    assert DailySiteVisits.objects.get().visits == 2


def test_a_forged_object_counts_as_a_site_visit_only(client, files_backend, make_article):
    article = make_article()
    key = f"news.newsarticlepage.{article.pk}"
    view(client, f"/thong-ke/dem/?o={key}&s=0000000000000000")
    view(client, f"/thong-ke/dem/?o=news.newsarticlepage.{article.pk + 1}&s={counting.sign(key)}")
    view(client, "/thong-ke/dem/?o=../../etc/passwd&s=x")
    rollup.rollup(later())
    assert DailySiteVisits.objects.get().visits == 3
    assert not DailyObjectVisits.objects.exists()


def test_documents_and_other_objects_are_counted_by_their_model(files_backend, make_article):
    from django.template import Context, Template

    from news.models import NewsCategory

    category = NewsCategory.objects.create(name="Thời sự", slug="thoi-su")
    html = Template("{% load stats_tags %}{% stats_beacon %}").render(
        Context({"request": mock.Mock(is_preview=False), "object": category})
    )
    assert f"o=news.newscategory.{category.pk}" in html
    assert "<noscript><img" in html
    preview = Template("{% load stats_tags %}{% stats_beacon %}").render(
        Context({"request": mock.Mock(is_preview=True), "object": category})
    )
    assert "data-url" not in preview


# --- roll-up: idempotent, crash-safe ---------------------------------------------------------------------------------


def _views(day, count, obj="news.newsarticlepage.1", ip="203.0.113.7"):
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))
    for number in range(count):
        counting.count_view(obj, f"{ip}{number % 3}", BROWSER, now=moment)
    return moment


@pytest.fixture
def article_one(make_article):
    article = make_article(title="Bài số một")
    return f"news.newsarticlepage.{article.pk}", article


def totals():
    return {row.day: row.visits for row in DailySiteVisits.objects.all()}


def test_running_the_rollup_twice_counts_once(backend, article_one):
    key, article = article_one
    day = timezone.localdate() - datetime.timedelta(days=1)
    _views(day, 7, key)
    first = rollup.rollup(later())
    second = rollup.rollup(later())
    assert first.visits == 7 and second.applied == 0 and second.visits == 0
    assert totals() == {day: 7}
    assert DailyObjectVisits.objects.get(object_id=article.pk).visits == 7
    assert DailySiteVisits.objects.get(day=day).visitors == 3


def test_a_crash_before_the_commit_is_resumed(backend, article_one):
    key, article = article_one
    today = timezone.localdate()
    day_one, day_two = today - datetime.timedelta(days=2), today - datetime.timedelta(days=1)
    _views(day_one, 4, key)
    _views(day_two, 6, key)
    real_apply = rollup.apply_batch
    calls = []

    def crash_on_second(batch):
        calls.append(batch.key)
        if len(calls) == 2:
            raise RuntimeError("worker killed")
        return real_apply(batch)

    with mock.patch.object(rollup, "apply_batch", crash_on_second), pytest.raises(RuntimeError):
        rollup.rollup(later())
    assert sum(totals().values()) in (4, 6)  # one day made it, the other did not
    _views(day_two, 1, key)  # views keep coming while the worker is down
    rollup.rollup(later())
    assert totals() == {day_one: 4, day_two: 7}
    assert DailyObjectVisits.objects.filter(object_id=article.pk).count() == 2
    assert MonthlyObjectVisits.objects.filter(object_id=article.pk).values_list("visits", flat=True).first() is not None
    assert sum(MonthlyObjectVisits.objects.values_list("visits", flat=True)) == 11


def test_a_crash_after_the_commit_does_not_count_twice(backend, article_one):
    key, _article = article_one
    day = timezone.localdate() - datetime.timedelta(days=1)
    _views(day, 5, key)
    crash = mock.patch.object(type(backend), "discard", side_effect=RuntimeError("killed before cleanup"))
    with crash, pytest.raises(RuntimeError):
        rollup.rollup(later())
    assert totals() == {day: 5}
    assert RollupBatch.objects.count() == 1
    resumed = rollup.rollup(later())
    assert resumed.already_applied == 1 and resumed.applied == 0
    assert totals() == {day: 5}
    assert list(backend.pending(later())) == []  # the leftover batch was removed


def test_a_crash_between_sealing_and_applying_loses_nothing(redis_backend, article_one):
    key, _article = article_one
    day = timezone.localdate()
    _views(day, 3, key)
    with mock.patch.object(rollup, "apply_batch", side_effect=RuntimeError("killed")), pytest.raises(RuntimeError):
        rollup.rollup()
    assert redis_backend._scan("b:*")  # the batch waits in Redis
    _views(day, 2, key)  # new views land in a fresh live hash
    rollup.rollup()
    assert totals() == {day: 5}


def test_a_concurrent_rollup_is_skipped(backend):
    with backend.lock() as acquired:
        assert acquired
        assert rollup.rollup(later()).skipped


def test_unique_visitors_are_never_lowered(db):
    day = datetime.date(2021, 5, 23)
    rollup.record_visitors(day, 120)
    rollup.record_visitors(day, 80)  # Redis restarted: its estimate starts again from zero
    rollup.record_visitors(day, 130)
    assert DailySiteVisits.objects.get(day=day).visitors == 130


def test_monthly_rows_follow_the_daily_rows_across_a_month_end(backend, article_one):
    key, article = article_one
    _views(datetime.date(2021, 1, 31), 3, key)
    _views(datetime.date(2021, 2, 1), 4, key)
    rollup.rollup(later())
    monthly = dict(MonthlyObjectVisits.objects.filter(object_id=article.pk).values_list("month", "visits"))
    assert monthly == {datetime.date(2021, 1, 1): 3, datetime.date(2021, 2, 1): 4}
    MonthlyObjectVisits.objects.all().delete()
    rollup.rebuild_monthly(datetime.date(2021, 1, 15), datetime.date(2021, 2, 10))
    assert dict(MonthlyObjectVisits.objects.values_list("month", "visits")) == monthly


# --- Redis unavailable ---------------------------------------------------------------------------------------------


def test_with_redis_down_pages_are_served_and_the_view_is_dropped_with_a_warning(
    client, settings, make_article, caplog
):
    settings.STATS_REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    settings.STATS_KEY_PREFIX = f"down-{uuid.uuid4().hex}:"
    settings.STATS_ROLLUP_IN_REQUEST = False
    counting.warn_dropped.last = 0.0
    article = make_article()
    page = client.get(article.url)
    assert page.status_code == 200
    with caplog.at_level(logging.WARNING, logger="stats.counting"):
        assert view(client, beacon_url(page)).status_code == 204
        started = time.monotonic()
        assert view(client, beacon_url(page)).status_code == 204
        assert time.monotonic() - started < 0.2  # not tried again for a while: a dead Redis costs nothing
    assert "not counted" in caplog.text
    assert client.get("/").status_code == 200


def test_the_footer_counter_survives_a_cache_outage(client, home, settings):
    settings.STATS_ROLLUP_IN_REQUEST = False
    DailySiteVisits.objects.create(day=timezone.localdate(), visits=1234)
    selectors.refresh_footer_totals()
    broken = mock.Mock()
    broken.get.side_effect = broken.set.side_effect = ConnectionError("cache down")
    with mock.patch.object(selectors, "_backend", return_value=broken):
        response = client.get("/")
        assert selectors.visit_totals()["today"] == 1234  # the admin falls back to the database
    assert broken.get.called
    assert response.status_code == 200
    assert "Lượt truy cập" not in response.content.decode()


# --- reading the daily rows -------------------------------------------------------------------------------------------


def test_the_footer_counter_reads_the_totals_the_rollup_cached(client, home, files_backend, django_assert_num_queries):
    today = timezone.localdate()
    DailySiteVisits.objects.create(day=today, visits=1234)
    DailySiteVisits.objects.create(day=today - datetime.timedelta(days=400), visits=2_000_000)
    assert "Lượt truy cập" not in client.get("/").content.decode()  # nothing cached yet: no counter, no SQL
    rollup.rollup()
    html = client.get("/").content.decode()
    assert re.search(r"Lượt truy cập:.*hôm nay <strong>1\.234</strong>.*tổng <strong>2\.001\.234</strong>", html)
    DailySiteVisits.objects.filter(day=today).update(visits=5000)
    with django_assert_num_queries(0):
        assert selectors.footer_totals(today) == {"today": 1234, "total": 2_001_234}
        # After midnight, until the next roll-up: nothing yet today, the total stands.
        assert selectors.footer_totals(today + datetime.timedelta(days=1)) == {"today": 0, "total": 2_001_234}
    rollup.rollup()
    assert selectors.footer_totals(today) == {"today": 5000, "total": 2_005_000}


def test_a_public_page_reads_the_statistics_without_sql(client, home, files_backend, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    DailySiteVisits.objects.create(day=timezone.localdate(), visits=10)
    selectors.refresh_footer_totals()
    with django_assert_num_queries(0):
        assert client.get("/thong-ke/dem/", HTTP_USER_AGENT=BROWSER).status_code == 200  # the beacon
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/").content.decode()
    assert not [q for q in queries.captured_queries if "stats_" in q["sql"]]
    assert "/thong-ke/dem/" in html and "hôm nay <strong>10</strong>" in html


def _object_views(article, day, views):
    rollup._add_object_visits(day, {(article_ct().pk, article.pk): views})


def test_most_read_over_7_and_30_days_sitewide_and_per_category(client, make_article, category):
    from news.models import NewsCategory

    other = NewsCategory.objects.create(name="Du lịch", slug="du-lich")
    today = timezone.localdate()
    recent = make_article(title="Tin nóng trong tuần", category=category)
    older = make_article(title="Tin đọc nhiều trong tháng", category=other)
    quiet = make_article(title="Tin ít người đọc", category=category)
    hidden = make_article(title="Tin đã gỡ", category=category, publish=False)
    _object_views(recent, today, 500)
    _object_views(recent, today - datetime.timedelta(days=6), 100)
    _object_views(older, today - datetime.timedelta(days=10), 5000)
    _object_views(quiet, today - datetime.timedelta(days=2), 3)
    _object_views(hidden, today, 9999)

    week = selectors.most_read(7)
    assert [(item["title"], item["views"]) for item in week] == [("Tin nóng trong tuần", 600), ("Tin ít người đọc", 3)]
    month = selectors.most_read(30)
    assert [item["title"] for item in month] == ["Tin đọc nhiều trong tháng", "Tin nóng trong tuần", "Tin ít người đọc"]
    assert [item["title"] for item in selectors.most_read(30, other.pk)] == ["Tin đọc nhiều trong tháng"]

    page = client.get("/thong-ke/doc-nhieu/?ngay=30&chuyen-muc=du-lich")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Tin đọc nhiều trong tháng" in html and "5.000 lượt đọc" in html
    assert "Tin nóng trong tuần" not in html and "Tin đã gỡ" not in html
    assert client.get("/thong-ke/doc-nhieu/?ngay=abc&chuyen-muc=<x>").status_code == 200


def test_the_most_read_box_for_other_templates(make_article, category):
    from django.template import Context, Template

    article = make_article(title="Tin trong hộp đọc nhiều", category=category)
    _object_views(article, timezone.localdate(), 1234)
    html = Template("{% load stats_tags %}{% most_read_box days=7 category=category limit=3 %}").render(
        Context({"category": category})
    )
    assert "Tin trong hộp đọc nhiều" in html and "1.234 lượt đọc" in html
    # The heading names the category the box is limited to; without one it is the whole site's.
    assert f"Đọc nhiều trong 7 ngày – {category.name}</h2>" in html
    whole_site = Template("{% load stats_tags %}{% most_read_box days=7 %}").render(Context({}))
    assert "Đọc nhiều trong 7 ngày</h2>" in whole_site and "Tin trong hộp đọc nhiều" in whole_site


def test_period_parts_split_whole_months_from_edge_days():
    d = datetime.date
    assert selectors.period_parts(d(2021, 1, 1), d(2021, 9, 30)) == ((d(2021, 1, 1), d(2021, 9, 30)), [])
    assert selectors.period_parts(d(2021, 1, 15), d(2021, 3, 10)) == (
        (d(2021, 2, 1), d(2021, 2, 28)),
        [(d(2021, 1, 15), d(2021, 1, 31)), (d(2021, 3, 1), d(2021, 3, 10))],
    )
    assert selectors.period_parts(d(2021, 1, 5), d(2021, 1, 20)) == (None, [(d(2021, 1, 5), d(2021, 1, 20))])


def test_the_embedded_default_rolls_up_from_the_beacon_at_most_every_interval(client, settings, tmp_path):
    settings.STATS_REDIS_URL = ""
    settings.VAR_DIR = tmp_path
    settings.STATS_ROLLUP_IN_REQUEST = True
    with mock.patch("stats.rollup.rollup") as run:
        for _ in range(3):
            rollup._next_check = 0.0  # as if each view came from another process, or a second later
            view(client, "/thong-ke/dem/")
    assert run.call_count == 1


def test_the_celery_task_and_its_command_twin_roll_up(files_backend, article_one, capsys):
    from django.core.management import call_command

    from stats.tasks import rollup_visits

    key, _article = article_one
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    _views(yesterday, 2, key)
    assert rollup_visits.delay() is not None  # eager in the embedded default and in tests
    assert totals() == {yesterday: 2}
    _views(yesterday, 1, key)
    call_command("rollup_visits")
    assert "Đã cộng 1 lô (1 lượt)" in capsys.readouterr().out
    assert totals() == {yesterday: 3}
