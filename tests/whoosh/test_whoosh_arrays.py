"""The numpy evaluation of the portal's Whoosh search (search.backends.whoosh_arrays) against Whoosh's own searcher.

Both run on the same index of a few hundred synthetic items written in several segments, with deletions, equal
dates and items without a date: every query and variant must give the same count, mode, facets and hits (order,
fields, snippet, score). Then what the caches must never do: serve a generation that another process replaced.
"""

import itertools
import multiprocessing
import re

import pytest

pytest.importorskip("numpy", reason="search.backends.whoosh_arrays needs numpy")

from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from whoosh import highlight

from search.analysis import folded_analyzer, syllables
from search.backends import snippets, whoosh_arrays

from .corpus import PHRASES, Item, new_backend, query, write_segment

TERM_CLASS = re.compile(r" term\d+")
QUERIES = [
    "chuyen doi so",
    "chuyển đổi số",
    "ủy ban nhân dân tỉnh",
    "kế hoạch",
    "doi",
    "đội",
    "đổi mới",
    "tiem vac xin covid",
    "163/QĐ-UBND",
    "hdnd",
    "du lich trang an",
    "xa hoi",
    "giao thong nong thon",
    "bóng đá hành chính",
    "lễ hội sạt lở",
    "phong chong dich xyzzy",  # no item has every word: "any" mode
    "xyzzy plugh",  # nothing at all
    "a",
    "so so so",  # a repeated word counts each time
]
VARIANTS = [
    {},
    {"page": 2},
    {"page": 3, "per_page": 4},
    {"sort": "newest"},
    {"sort": "newest", "page": 2},
    {"kind": "document"},
    {"kind": "news", "sort": "newest"},
    {"year": 2021},
    {"year": 2019, "kind": "qa"},
    {"per_page": 50},
]


def both(backend, request):
    arrays = backend._arrays_search(request)
    whoosh = backend._whoosh_search(request)
    return arrays, whoosh


def tie_groups(results):
    """[(sort key, {urls})] of consecutive hits that sort the same, as far as the shown (rounded) values tell."""
    newest = results.request.sort == "newest"
    groups = itertools.groupby(results.hits, lambda hit: (hit["date"], hit["score"]) if newest else hit["score"])
    return [(value, {hit["url"] for hit in group}) for value, group in groups]


def assert_same(arrays, whoosh):
    """The same count, mode, facets and hits; within a tie the order may differ.

    Whoosh sums a document's term scores in an order that depends on its segment, so two documents that should tie
    can differ in the last bit, and Whoosh then orders them by that bit instead of newest first. The arrays sum in
    one order for every document: ties are real ties.
    """
    label = f"{arrays.request.text!r} {arrays.request}"
    assert (arrays.count, arrays.mode, arrays.facets) == (whoosh.count, whoosh.mode, whoosh.facets), label
    ours, theirs = tie_groups(arrays), tie_groups(whoosh)
    assert [value for value, _urls in ours] == [value for value, _urls in theirs], label
    for position, ((_value, our_urls), (_, their_urls)) in enumerate(zip(ours, theirs, strict=True)):
        # A tie across the page's first or last line may hold other documents in each: only the sizes must agree.
        if (position == 0 and arrays.request.page > 1) or position == len(ours) - 1:
            assert len(our_urls) == len(their_urls), label
        else:
            assert our_urls == their_urls, label
    same_order = [hit["url"] for hit in arrays.hits] == [hit["url"] for hit in whoosh.hits]
    by_url = {hit["url"]: hit for hit in whoosh.hits}
    for hit in arrays.hits:
        if hit["url"] not in by_url:
            continue
        ours, theirs = dict(hit), dict(by_url[hit["url"]])
        if not same_order:  # the highlighter numbers the terms in the order it meets them on the page
            ours["snippet"], theirs["snippet"] = (
                TERM_CLASS.sub("", ours["snippet"]),
                TERM_CLASS.sub("", theirs["snippet"]),
            )
        assert ours == theirs, label
    # And the arrays' own order is the intended one: by score, then newest, then index order.
    for before, after in itertools.pairwise(arrays.hits):
        if arrays.request.sort == "relevance" and before["score"] == after["score"] and after["date"]:
            assert before["date"] is None or before["date"] >= after["date"], label


def test_corpus_has_what_the_comparison_needs(backend, corpus):
    snapshot = backend.index_arrays().current(backend.index)
    assert len(snapshot.leaves) >= 3
    assert snapshot.has_deletions
    assert not snapshot.live.all()
    # A posting list longer than one Whoosh block (128 postings) is decoded across blocks.
    ids, _weights, frequency = snapshot.postings("text", "so")
    assert len(ids) > 128 and frequency == len(ids)
    # Common terms are kept and scored as whole arrays, rare ones as lists of documents: both are compared.
    assert snapshot.term_scores("text", "so")[0] is None
    assert snapshot.term_scores("title", "xin")[0] is not None
    # … and a term can be kept densely in one segment, sparsely in another.
    assert {entry.dense is None for _o, _c, entry in snapshot.segment_postings("bigrams", "sat_lo")} == {True, False}


@pytest.mark.parametrize("text", QUERIES)
def test_same_results_as_whoosh_searcher(backend, corpus, text):
    for params in VARIANTS:
        arrays, whoosh = both(backend, query(text, **params))
        assert_same(arrays, whoosh)


def test_duplicates_tie_on_score_and_the_newer_comes_first(backend, corpus):
    results = backend._arrays_search(query("Chuyển đổi số", per_page=50))
    copies = [hit for hit in results.hits if hit["summary"] == "Bản sao."]
    assert len(copies) == 3
    assert copies[0]["date"] > copies[1]["date"] == copies[2]["date"]
    assert copies[1]["score"] == copies[2]["score"] == copies[0]["score"]
    assert [hit["url"] for hit in copies[1:]] == sorted(hit["url"] for hit in copies[1:])  # then index order


def test_every_page_together_is_the_whole_ranking(backend, corpus):
    whole = backend._arrays_search(query("so", per_page=500))
    assert whole.count == len(whole.hits) > 100
    paged = []
    for page in range(1, 100):
        results = backend._arrays_search(query("so", page=page, per_page=7))
        if not results.hits:
            break
        paged += results.hits
    assert [hit["url"] for hit in paged] == [hit["url"] for hit in whole.hits]
    scores = [hit["score"] for hit in whole.hits]
    assert scores == sorted(scores, reverse=True)
    newest = backend._arrays_search(query("so", sort="newest", per_page=500)).hits
    dated = [hit["date"] for hit in newest if hit["date"]]
    assert dated == sorted(dated, reverse=True)


def test_postings_decoded_from_blocks_equal_whooshs_matcher(backend, corpus):
    with backend.index.reader() as reader:
        for segment_reader, _offset in reader.leaf_readers():
            for fieldname, text in [("text", "so"), ("text", "doi"), ("title", "chuyen"), ("bigrams", "doi_so")]:
                if (fieldname, text.encode()) not in segment_reader:
                    continue
                ids, weights = whoosh_arrays.decode_postings(segment_reader, fieldname, text)
                matcher = segment_reader.postings(fieldname, text)
                expected = []
                while matcher.is_active():
                    expected.append((matcher.id(), matcher.weight()))
                    matcher.next()
                live = [not segment_reader.is_deleted(doc) for doc in ids]
                assert list(zip(ids[live].tolist(), weights[live].tolist(), strict=True)) == expected


def test_a_small_postings_cache_stays_within_its_bound_and_gives_the_same_results(backend, corpus, settings):
    arrays = backend.index_arrays()
    expected = backend._arrays_search(query("ủy ban nhân dân tỉnh kế hoạch"))
    assert arrays.postings.bytes > 4096
    settings.SEARCH_WHOOSH_CACHE_MB = 4096 / 1024 / 1024
    for _ in range(2):
        results = backend._arrays_search(query("ủy ban nhân dân tỉnh kế hoạch"))
        assert arrays.postings.bytes <= 4096
        assert (results.count, results.hits, results.facets) == (expected.count, expected.hits, expected.facets)


# Invalidation: every process must see the worker's commits on its next query -----------------------------------


def titles(backend, text):
    """The titles of the items having every word of ``text``."""
    results = backend._arrays_search(query(text, per_page=50))
    return [hit["title"] for hit in results.hits] if results.mode == "all" else []


def test_the_snapshot_is_reused_until_the_index_changes(own_backend, corpus):
    backend = own_backend
    arrays = backend.index_arrays()
    backend._arrays_search(query("chuyen doi so"))
    built = arrays.snapshots_built
    for text in ("chuyen doi so", "ke hoach", "doi"):
        backend._arrays_search(query(text))
    assert arrays.snapshots_built == built
    write_segment(backend, [Item(9001, "Khánh thành cầu Non Nước", "", "", None, "news")])
    assert titles(backend, "khanh thanh") == ["Khánh thành cầu Non Nước"]
    assert arrays.snapshots_built == built + 1


def test_a_deletion_alone_is_seen(own_backend, corpus):
    backend = own_backend
    write_segment(backend, [Item(9002, "Hội chợ thương mại", "", "", None, "news")])
    assert titles(backend, "hoi cho thuong mai") == ["Hội chợ thương mại"]
    before = backend._arrays_search(query("so")).count
    backend.remove("tests.item.9002")  # no new segment: only the deletions of an existing one change
    assert titles(backend, "hoi cho thuong mai") == []
    backend.remove(f"tests.item.{next(obj.pk for obj in corpus if 'so' in syllables(obj.title))}")
    assert backend._arrays_search(query("so")).count == before - 1


def test_a_rebuilt_index_is_seen_even_at_the_same_generation(own_backend, corpus):
    backend = own_backend
    assert titles(backend, "chuyen doi so")
    generation = backend.index.latest_generation()
    backend.clear()  # rebuild_index: the folder is emptied, generations start again
    pk = 1
    while backend.index.latest_generation() < generation:
        write_segment(backend, [Item(pk, f"Đường cao tốc đoạn {pk}", "", "", None, "news")])
        pk += 1
    assert backend.index.latest_generation() == generation
    assert titles(backend, "chuyen doi so") == []
    assert len(titles(backend, "duong cao toc")) == pk - 1
    assert_same(*both(backend, query("duong cao toc")))


def _worker_writes(path, pk, title):
    # In a forked process, as the Celery worker would: its own backend, one commit (merged into the last segment).
    worker = new_backend(path)
    write_segment(worker, [Item(pk, title, "Tin mới.", "", None, "news")], merge=True)


def test_a_commit_by_another_process_is_seen_by_the_next_query(own_backend, corpus):
    backend = own_backend
    assert titles(backend, "le khanh thanh") == []
    context = multiprocessing.get_context("fork")
    for pk, title in [(9100, "Lễ khánh thành nhà máy"), (9101, "Lễ khánh thành trường học")]:
        process = context.Process(target=_worker_writes, args=(backend.path, pk, title))
        process.start()
        process.join(60)
        assert process.exitcode == 0
        assert title in titles(backend, "le khanh thanh")
    assert_same(*both(backend, query("le khanh thanh")))


def test_processes_do_not_share_a_stale_snapshot_through_threads(own_backend, corpus):
    backend = own_backend
    # haystack keeps one backend per thread; the arrays are per process and folder, so a second backend (another
    # thread's) sees the same snapshot and the same commits.
    other = new_backend(backend.path)
    assert other.index_arrays() is backend.index_arrays()
    write_segment(other, [Item(9200, "Tin từ luồng khác", "", "", None, "news")])
    assert titles(backend, "tin tu luong khac") == ["Tin từ luồng khác"]


def test_an_empty_index_gives_no_results(tmp_path):
    backend = new_backend(tmp_path / "empty")
    try:
        results = backend._arrays_search(query("chuyen doi so"))
        assert (results.count, results.hits, results.mode) == (0, [], "any")
        assert backend._arrays_search(query("so")).mode == "all"
    finally:
        whoosh_arrays.forget(backend.path)


def test_highlighting_tokens_are_whooshs(backend, corpus):
    # The snippet is Whoosh's highlight of the stored text: the hits compared above carry it; check one by hand.
    results = backend._arrays_search(query("chuyen doi so"))
    assert any('<mark class="match term0">' in hit["snippet"] for hit in results.hits)


def test_portal_ids_rank_as_the_search_page_does(backend, corpus):
    request = query("chuyen doi so", kind="document")
    ids, total = backend.portal_ids(request, 1000)
    page = backend._arrays_search(query("chuyen doi so", kind="document", per_page=1000))
    assert total == page.count == len(ids) > 10
    assert ids == [int(hit["url"].strip("/").rsplit("/", 1)[1]) for hit in page.hits]
    assert backend.portal_ids(request, 5) == (ids[:5], total)
    backend.use_arrays = False
    whoosh_ids, whoosh_total = backend.portal_ids(request, 1000)
    assert (sorted(whoosh_ids), whoosh_total) == (sorted(ids), total)
    assert backend.portal_ids(query(""), 10) == ([], 0)


TEXTS = st.lists(st.sampled_from(PHRASES) | st.text(max_size=40), max_size=60).map(". ".join)
TERMS = st.sets(st.sampled_from(sorted({word for phrase in PHRASES for word in syllables(phrase)})), max_size=5)


@hypothesis_settings(max_examples=300, deadline=None)
@given(texts=st.lists(TEXTS | st.text(max_size=300), min_size=1, max_size=3), terms=TERMS)
def test_snippets_are_whoosh_highlights(texts, terms):
    # One formatter per page on both sides: it numbers the terms across the page's snippets.
    ours, theirs = snippets.formatter(), snippets.formatter()
    fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
    for text in texts:
        expected = highlight.highlight(
            text, terms, folded_analyzer(), fragmenter, theirs, top=2, scorer=snippets.EarliestBestFragment()
        )
        assert snippets.snippet(text, terms, ours) == (expected if text else "")


def test_threads_search_while_the_index_changes(own_backend, corpus):
    # A threaded server (gunicorn --threads) shares one process's arrays: queries during commits must neither fail
    # nor see a half-built snapshot, and the last commit is seen once it is done.
    import threading

    errors, stop = [], threading.Event()

    def search_repeatedly():
        try:
            backend = new_backend(own_backend.path)  # haystack gives each thread its own backend; opens the index
        except Exception as error:  # noqa: BLE001 - reported below (opening during a commit must not fail either)
            errors.append(error)
            return
        while not stop.is_set():
            try:
                for text in ("chuyen doi so", "ke hoach", "le khanh thanh"):
                    results = backend._arrays_search(query(text, per_page=20))
                    assert results.count >= len(results.hits)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
                return

    threads = [threading.Thread(target=search_repeatedly) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for pk in range(9300, 9306):
            write_segment(own_backend, [Item(pk, f"Lễ khánh thành công trình {pk}", "", "", None, "news")])
            own_backend.remove(f"tests.item.{pk - 1}")
    finally:
        stop.set()
        for thread in threads:
            thread.join(60)
    assert errors == []
    assert titles(own_backend, "le khanh thanh cong trinh") == ["Lễ khánh thành công trình 9305"]
