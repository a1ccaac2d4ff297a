"""The finders' ids (``portal_ids``, behind /van-ban/'s keyword) read from the django_id *column*, one array per
segment, instead of each hit's stored fields: the same ids in the same order on every kind of index.

The reference is what ``portal_ids`` did before: ``int(stored_fields(doc)["django_id"])`` of each ranked document.
Indexes covered: several segments with deletions; segments written before django_id was a column (stored fields
only), and a merge of those into a segment that has the column (empty values for the old documents); values that
are not plain decimals; a commit by another process.
"""

import dataclasses
import multiprocessing
import random

import pytest

pytest.importorskip("numpy", reason="search.backends.whoosh_arrays needs numpy")

import numpy as np
from haystack.constants import DJANGO_ID
from whoosh.fields import ID as WHOOSH_ID
from whoosh.fields import Schema
from whoosh.reading import SegmentReader

from search.backends import whoosh_arrays

from .corpus import Item, new_backend, query, write_segment

TEXTS = ["chuyen doi so", "ủy ban nhân dân tỉnh", "kế hoạch", "doi", "163/QĐ-UBND", "phong chong dich xyzzy", "so"]
KIND_LIST = ["", "document", "news"]


def reference_ids(backend, request, limit):
    """portal_ids as it was: the ranked documents' django ids read from their stored fields."""
    found, stored = backend._arrays_evaluate(dataclasses.replace(request, sort="relevance"), 0, limit)
    return [int(fields[DJANGO_ID]) for fields in stored], found.count


def every_live_doc(snapshot):
    return np.flatnonzero(snapshot.live).tolist()


def stored_ids(snapshot, docs):
    return [int(snapshot.reader.stored_fields(doc)[DJANGO_ID]) for doc in docs]


class CountingStoredFields:
    """Counts SegmentReader.stored_fields calls (the slow path this change removes)."""

    def __init__(self, monkeypatch):
        self.calls = 0
        original = SegmentReader.stored_fields

        def counted(reader, docnum):
            self.calls += 1
            return original(reader, docnum)

        monkeypatch.setattr(SegmentReader, "stored_fields", counted)


def test_the_column_gives_every_documents_stored_id_on_segments_with_deletions(backend):
    snapshot = backend.index_arrays().current(backend.index)
    assert len(snapshot.leaves) >= 3 and snapshot.has_deletions
    for _segment_id, segment_reader, _offset, columns, _deleted in snapshot.leaves:
        assert segment_reader.has_column(DJANGO_ID)
        values, known = whoosh_arrays.integer_column(segment_reader, DJANGO_ID, columns.doccount)
        assert known.all()
        expected = [int(segment_reader.stored_fields(doc)[DJANGO_ID]) for doc in range(columns.doccount)]
        assert values.tolist() == expected  # deleted documents included: they keep their number
    docs = every_live_doc(snapshot)
    random.Random(5).shuffle(docs)
    assert snapshot.integers(DJANGO_ID, docs) == stored_ids(snapshot, docs)
    assert snapshot.integers(DJANGO_ID, []) == []


@pytest.mark.parametrize("text", TEXTS)
def test_portal_ids_are_the_stored_ids_in_rank_order_at_every_limit(backend, text, monkeypatch):
    for kind in KIND_LIST:
        request = query(text, kind=kind)
        expected, total = reference_ids(backend, request, 1000)
        counting = CountingStoredFields(monkeypatch)
        assert backend.portal_ids(request, 1000) == (expected, total)
        assert counting.calls == 0  # every segment has the column: no stored fields read
        for limit in (1, 7, len(expected), len(expected) + 1):
            assert backend.portal_ids(request, limit) == (expected[:limit], total)
        # The order of the search page ("newest" asked of the finder still ranks by relevance).
        assert backend.portal_ids(query(text, kind=kind, sort="newest"), 1000) == (expected, total)


def test_portal_ids_of_a_kind_are_only_that_kinds(backend, built):
    items = {obj.pk: obj for obj in built[1]}
    ids, total = backend.portal_ids(query("so", kind="document"), 1000)
    assert total == len(ids) > 10
    assert {items[pk].kind for pk in ids} == {"document"}


def _old_schema(schema):
    """The schema as it was before django_id was a column."""
    fields = {name: schema[name] for name in schema.names()}
    fields[DJANGO_ID] = WHOOSH_ID(stored=True)
    return Schema(**fields)


def test_an_index_written_before_the_column_gives_the_same_ids(tmp_path, monkeypatch):
    # Two segments written without the column (an index built before this change), then the current backend
    # writes a segment with it; a merge of everything gives a segment whose column is empty for the old documents.
    path = tmp_path / "whoosh"
    backend = new_backend(path)
    old = backend.storage.create_index(_old_schema(backend.schema))
    old_backend = new_backend(path)
    old_backend.index = old
    items = [Item(pk, f"Kế hoạch chuyển đổi số {pk}", "", "", None, "document") for pk in range(1, 61)]
    write_segment(old_backend, items[:30])
    write_segment(old_backend, items[30:45])
    old_backend.remove("tests.item.3")
    try:
        backend = new_backend(path)  # opens the old index with the current schema, as after a deployment
        write_segment(backend, items[45:])
        request = query("ke hoach chuyen doi so", kind="document")
        snapshot = backend.index_arrays().current(backend.index)
        assert [seg.has_column(DJANGO_ID) for _s, seg, *_rest in snapshot.leaves] == [False, False, True]
        expected = reference_ids(backend, request, 1000)
        assert len(expected[0]) == 59
        counting = CountingStoredFields(monkeypatch)
        assert backend.portal_ids(request, 1000) == expected
        assert counting.calls == 44  # the old segments' live documents, read from their stored fields …
        assert backend.portal_ids(request, 1000) == expected
        assert counting.calls == 44  # … once: their ids are kept with the segment's arrays
        monkeypatch.undo()

        writer = backend.index.writer()
        writer.commit(optimize=True)  # one segment: the column exists, empty for the documents of the old ones
        snapshot = backend.index_arrays().current(backend.index)
        assert len(snapshot.leaves) == 1
        (_sid, segment_reader, _offset, columns, _deleted) = snapshot.leaves[0]
        _values, known = whoosh_arrays.integer_column(segment_reader, DJANGO_ID, columns.doccount)
        assert segment_reader.has_column(DJANGO_ID) and known.sum() == 15 and not known.all()
        assert backend.portal_ids(request, 1000) == reference_ids(backend, request, 1000) == expected
        docs = every_live_doc(snapshot)
        assert snapshot.integers(DJANGO_ID, docs) == stored_ids(snapshot, docs)
    finally:
        whoosh_arrays.forget(backend.path)


@pytest.mark.parametrize(
    ("raw", "value", "known"),
    [
        ("12", 12, True),
        ("007", 7, True),
        ("0", 0, True),
        ("123456789012345678", 123456789012345678, True),
        ("1234567890123456789", None, False),  # 19 digits: from the stored fields
        ("-3", None, False),
        ("x1", None, False),
        ("١٢", None, False),  # non-ASCII digits: int() reads them, the column parser leaves them to it
    ],
)
def test_integer_column_parses_plain_decimals_only(tmp_path, raw, value, known):
    backend = new_backend(tmp_path / "whoosh")
    try:
        writer = backend.index.writer()
        for django_id in ("5", raw, "40"):
            writer.add_document(id=f"tests.item.{django_id}", django_ct="tests.item", django_id=django_id)
        writer.commit()
        with backend.index.reader() as reader:
            values, found = whoosh_arrays.integer_column(reader, DJANGO_ID, 3)
        assert found.tolist() == [True, known, True]
        assert values[0] == 5 and values[2] == 40 and (not known or values[1] == value)
        snapshot = backend.index_arrays().current(backend.index)
        try:
            expected = int(raw)
        except ValueError:  # as before: int() of the stored value decides
            with pytest.raises(ValueError):
                snapshot.integers(DJANGO_ID, [2, 1, 0])
        else:
            assert snapshot.integers(DJANGO_ID, [2, 1, 0]) == [40, expected, 5]
    finally:
        whoosh_arrays.forget(backend.path)


def test_an_id_that_is_not_a_number_fails_as_before(tmp_path):
    backend = new_backend(tmp_path / "whoosh")
    try:
        writer = backend.index.writer()
        writer.add_document(id="tests.item.abc", django_ct="tests.item", django_id="abc", text="chuyen doi so")
        writer.commit()
        with pytest.raises(ValueError, match="invalid literal for int"):
            backend.portal_ids(query("chuyen doi so"), 10)
    finally:
        whoosh_arrays.forget(backend.path)


def _worker_commits(path, pk, removed):
    # As the Celery worker would, in another process: its own backend, one commit, then a removal.
    worker = new_backend(path)
    write_segment(worker, [Item(pk, "Kế hoạch khánh thành nhà máy", "Tin mới.", "", None, "document")])
    worker.remove(f"tests.item.{removed}")


def test_a_commit_by_another_process_is_seen_by_the_next_portal_ids(own_backend):
    backend = own_backend
    request = query("ke hoach", kind="document")
    before, total = backend.portal_ids(request, 1000)
    assert before and 9500 not in before
    removed = before[0]
    context = multiprocessing.get_context("fork")
    process = context.Process(target=_worker_commits, args=(backend.path, 9500, removed))
    process.start()
    process.join(60)
    assert process.exitcode == 0
    after, total_after = backend.portal_ids(request, 1000)
    assert 9500 in after and removed not in after and total_after == total
    assert (after, total_after) == reference_ids(backend, request, 1000)
    snapshot = backend.index_arrays().current(backend.index)
    docs = every_live_doc(snapshot)
    assert snapshot.integers(DJANGO_ID, docs) == stored_ids(snapshot, docs)


def test_without_numpys_arrays_the_searcher_gives_the_same_ids(backend):
    for text in TEXTS:
        request = query(text, kind="document")
        ids, total = backend.portal_ids(request, 1000)
        backend.use_arrays = False
        try:
            whoosh_ids, whoosh_total = backend.portal_ids(request, 1000)
        finally:
            backend.use_arrays = True
        # Whoosh orders exact ties by the last bit of its sums (see test_whoosh_arrays): compare as sets.
        assert (sorted(whoosh_ids), whoosh_total) == (sorted(ids), total)
