"""The portal's Whoosh search computed with numpy: Whoosh's own BM25F scores, counts, facets and order, in milliseconds.

Whoosh scores matches one posting at a time in Python (~50 µs a match), and a query of common Vietnamese syllables
matches most of the index. Here the same query is evaluated over whole arrays instead:

- the postings of a term (document numbers and weights) are decoded once per *segment* and kept in a bounded LRU
  cache; Whoosh segments never change after they are written (only their deletions do), so a commit by the worker
  costs the next query only the postings of its new, small segment;
- per-document columns (field lengths, date, kind, year) are read once per segment as arrays, and so are the
  django ids the finders ask for (``Snapshot.integers``: the django_id column, not each hit's stored fields);
- a *snapshot* ties those to one generation of the index: document offsets, deletions, idf and average field
  lengths. A search first checks the index's table of contents (generation + segment ids + deletion counts) and
  builds a new snapshot when the worker has committed, so every process sees a commit on its next query.

Scores are Whoosh's BM25F term by term (same idf, same average and per-document field lengths, same float
operations, query-time boosts); a document's score is the sum over the query's terms it contains, as Whoosh's
``AndMaybe(And(required), Or(ranking))`` sums them. Only the order of that sum may differ from Whoosh's matcher tree,
i.e. scores agree to the last bit or two. Ties are broken as Whoosh breaks them: newer first, then index order.
"""

import io
import itertools
import math
import os
import pickle
import struct
import threading
import zlib
from collections import OrderedDict

import numpy as np
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, WHOOSH3_HEADER_MAGIC, W3LeafMatcher
from whoosh.index import TOC
from whoosh.matching import FilterMatcher
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

# Whoosh's BM25F defaults (the haystack backend's searchers use scoring.BM25F()).
K1 = 1.2
B = 0.75

_LENGTH_OF_BYTE = np.array([byte_to_length(i) for i in range(256)], dtype=np.float64)
_NUMERIC_DTYPES = {"B": "u1", "b": "i1", "H": ">u2", "h": ">i2", "I": ">u4", "i": ">i4", "Q": ">u8", "q": ">i8"}
DEFAULT_CACHE_BYTES = 64 * 1024 * 1024
BLOCK_LENGTH = struct.Struct("!i")
# A term in more than 1/DENSE_ABOVE of the documents is scored over a whole array rather than scattered.
DENSE_ABOVE = 5


class PostingsCache:
    """LRU of decoded postings, keyed by (segment id, field, term), bounded by the bytes of its arrays."""

    def __init__(self, max_bytes=DEFAULT_CACHE_BYTES):
        self.max_bytes = max_bytes
        self.bytes = 0
        self._entries = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        entry = self._entries.get(key)
        if entry is None:
            self.misses += 1
            return None
        self.hits += 1
        self._entries.move_to_end(key)
        return entry

    def put(self, key, entry):
        if entry.nbytes > self.max_bytes:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.bytes -= old.nbytes
        self._entries[key] = entry
        self.bytes += entry.nbytes
        self.trim()

    def trim(self, max_bytes=None):
        if max_bytes is not None:
            self.max_bytes = max_bytes
        while self.bytes > self.max_bytes:
            _key, dropped = self._entries.popitem(last=False)
            self.bytes -= dropped.nbytes

    def forget_segments(self, live_segment_ids):
        for key in [key for key in self._entries if key[0] not in live_segment_ids]:
            self.bytes -= self._entries.pop(key).nbytes

    def __len__(self):
        return len(self._entries)


class SegmentPostings:
    """A term's postings in one segment: sparse (sorted doc numbers + weights) or, when the term is in so many of the
    segment's documents that it is smaller so, dense (a weight for every document, 0 where the term is absent).

    ``frequency`` is Whoosh's document frequency of the term in the segment (deleted documents included), for idf.
    """

    __slots__ = ("count", "dense", "frequency", "ids", "weights")

    def __init__(self, frequency, ids=None, weights=None, doccount=0):
        self.frequency = frequency
        self.count = 0 if ids is None else len(ids)
        self.ids, self.weights, self.dense = ids, weights, None
        smaller = self.count and weights.itemsize * doccount <= (ids.itemsize + weights.itemsize) * self.count
        if smaller and weights.min() > 0:  # (0 marks an absent term in a dense array)
            self.dense = np.zeros(doccount, dtype=weights.dtype)
            self.dense[ids] = weights
            self.ids = self.weights = None

    @property
    def nbytes(self):
        arrays = (self.ids, self.weights, self.dense)
        return 100 + sum(array.nbytes for array in arrays if array is not None)


def _numeric_column(column_reader, doccount):
    """The values of a numeric column as an array (the default past the column's last stored value)."""
    dtype = _NUMERIC_DTYPES.get(getattr(column_reader, "_typecode", None))
    if dtype is not None and hasattr(column_reader, "_dbfile"):
        stored = column_reader._count
        raw = column_reader._dbfile.get(column_reader._basepos, stored * column_reader._fixedlen)
        values = np.frombuffer(raw, dtype=dtype)[:doccount]
        if len(values) < doccount:
            padding = np.full(doccount - len(values), column_reader._default, dtype=values.dtype)
            values = np.concatenate([values, padding])
        return values.astype(values.dtype.newbyteorder("="))
    return np.array([column_reader[i] for i in range(doccount)])


def _keyword_column(segment_reader, fieldname, doccount):
    """(codes, names): a per-document index into the field's distinct values, as facets name them."""
    fieldobj = segment_reader.schema[fieldname]
    if segment_reader.has_column(fieldname):
        column_reader = segment_reader.column_reader(fieldname, translate=False)
        raw_values = _var_bytes_values(column_reader, doccount)
        if raw_values is not None:
            distinct, codes = np.unique(raw_values, return_inverse=True)
            names = [fieldobj.from_column_value(bytes(value)) for value in distinct]
            return codes.astype(np.int32).reshape(-1), names
        values = [fieldobj.from_column_value(column_reader[i]) for i in range(doccount)]
    else:
        values = [fieldobj.from_column_value(fieldobj.column_type.default_value())] * doccount
    names = sorted(set(values))
    index = {name: code for code, name in enumerate(names)}
    return np.array([index[value] for value in values], dtype=np.int32), names


def _var_bytes_matrix(column_reader, doccount, widest=64):
    """(bytes as a uint8 matrix, one row a document padded with 0, lengths) of a short variable-length bytes column
    (a keyword, an id), or None when the column is of another kind or a value is longer than ``widest``."""
    if not (hasattr(column_reader, "_offsets") and hasattr(column_reader, "_lengths") and doccount):
        return None
    offsets = np.asarray(column_reader._offsets, dtype=np.int64)[:doccount]
    lengths = np.asarray(column_reader._lengths, dtype=np.int64)[:doccount]
    width = int(lengths.max()) if len(lengths) else 0
    if len(offsets) != doccount or width > widest:
        return None
    if width == 0:
        return np.zeros((doccount, 0), dtype=np.uint8), lengths
    blob = np.frombuffer(column_reader._dbfile.get(column_reader._basepos, int((offsets + lengths).max())), np.uint8)
    columns = np.arange(width)
    inside = columns[None, :] < lengths[:, None]
    positions = np.where(inside, offsets[:, None] + columns[None, :], 0)
    matrix = np.where(inside, blob[positions] if len(blob) else 0, 0).astype(np.uint8)
    return np.ascontiguousarray(matrix), lengths


def _var_bytes_values(column_reader, doccount, widest=64):
    """The values of a short variable-length bytes column (a keyword) as a fixed-width bytes array, or None."""
    found = _var_bytes_matrix(column_reader, doccount, widest)
    if found is None:
        return None
    matrix, _lengths = found
    if matrix.shape[1] == 0:
        return np.zeros(doccount, dtype="S1")
    return matrix.view(f"S{matrix.shape[1]}").reshape(-1)


# Longest decimal that always fits an int64.
_MAX_DIGITS = 18
_INT64_MIN, _INT64_MAX = int(np.iinfo(np.int64).min), int(np.iinfo(np.int64).max)


def integer_column(segment_reader, fieldname, doccount):
    """(values as int64, known as bool) of a bytes column of decimal integers (haystack's django_id), read at once.

    A document is *not known* when the segment has no such column (written before the field became a column: its
    value is in the stored fields only), when its value is empty (merged from such a segment) or when it is not a
    plain ASCII decimal of up to 18 digits (``int()`` of the stored value decides for those, as before).
    """
    values = np.zeros(doccount, dtype=np.int64)
    known = np.zeros(doccount, dtype=bool)
    if not doccount or not segment_reader.has_column(fieldname):
        return values, known
    column_reader = segment_reader.column_reader(fieldname, translate=False)
    found = _var_bytes_matrix(column_reader, doccount, widest=_MAX_DIGITS)
    if found is None:  # another kind of column, or long values: one by one
        for doc in range(doccount):
            raw = column_reader[doc]
            if isinstance(raw, bytes) and 0 < len(raw) <= _MAX_DIGITS and raw.isdigit():
                values[doc], known[doc] = int(raw), True
        return values, known
    matrix, lengths = found
    inside = np.arange(matrix.shape[1])[None, :] < lengths[:, None]
    digits = matrix.astype(np.int64) - ord("0")
    known = ((digits >= 0) & (digits <= 9) | ~inside).all(axis=1) & (lengths > 0)
    for position in range(matrix.shape[1]):  # Horner, each row over its own length
        values = np.where(inside[:, position], values * 10 + digits[:, position], values)
    values[~known] = 0
    return values, known


class SegmentColumns:
    """What a search needs per document of one segment, read once: field lengths, date, kind and year."""

    def __init__(self, segment_reader, scored_fields, date_field="date", keyword_fields=("kind", "year")):
        self.doccount = segment_reader.doc_count_all()
        self.field_length = {name: segment_reader.field_length(name) for name in scored_fields}
        self.lengths = {}
        for name in scored_fields:
            lenfield = f"_{name}_len"
            perdoc = segment_reader._perdoc
            reader = perdoc._cached_reader(lenfield, LENGTHS_COLUMN) if hasattr(perdoc, "_cached_reader") else None
            if reader is None:
                # No length column: Whoosh's scorer falls back to a length of 1.
                self.lengths[name] = np.ones(self.doccount, dtype=np.float32)
            else:
                self.lengths[name] = _LENGTH_OF_BYTE[_numeric_column(reader, self.doccount)].astype(np.float32)
        date_column = segment_reader.schema[date_field].column_type
        dtype = np.dtype(_NUMERIC_DTYPES[date_column._typecode]).newbyteorder("=")
        if segment_reader.has_column(date_field):
            column_reader = segment_reader.column_reader(date_field, translate=False)
            self.date = _numeric_column(column_reader, self.doccount).astype(dtype)
        else:
            self.date = np.full(self.doccount, date_column.default_value(), dtype=dtype)
        self.keywords = {name: _keyword_column(segment_reader, name, self.doccount) for name in keyword_fields}
        self.integers = {}  # {field: (values, known)}, read on first use (see Snapshot.integers)

    def integer_values(self, segment_reader, fieldname):
        """(values, known) of an integer field in this segment; the arrays are completed in place as the stored
        fields of documents not known are read (the caller holds the IndexArrays lock)."""
        found = self.integers.get(fieldname)
        if found is None:
            found = self.integers[fieldname] = integer_column(segment_reader, fieldname, self.doccount)
        return found

    @property
    def nbytes(self):
        arrays = [*self.lengths.values(), self.date, *(codes for codes, _names in self.keywords.values())]
        arrays += [array for pair in self.integers.values() for array in pair]
        return sum(array.nbytes for array in arrays)


def decode_postings(segment_reader, fieldname, text):
    """(document numbers as int32, weights) of a term in one segment, deleted documents included."""
    matcher = segment_reader.postings(fieldname, text)
    while isinstance(matcher, FilterMatcher):  # the deletions filter: deleted documents are never candidates anyway
        matcher = matcher.child
    if isinstance(matcher, W3LeafMatcher) and not matcher._byteids:
        return _decode_blocks(matcher)
    ids, weights = [], []
    while matcher.is_active():
        ids.append(matcher.id())
        weights.append(matcher.weight())
        matcher.next()
    return np.array(ids, dtype=np.int32), compact_weights(np.array(weights, dtype=np.float64))


def compact_weights(weights):
    """The weights in the smallest type that holds them exactly: term frequencies (times a whole field boost) are
    small integers, so usually one byte a posting."""
    for dtype in (np.uint8, np.uint16, np.float32):
        narrow = weights.astype(dtype)
        if np.array_equal(narrow, weights):
            return narrow
    return weights


def _decode_blocks(matcher):
    # A W3 posting list is the magic b"W3Bl", then blocks of up to 128 postings: a big-endian int (the block's
    # length, negative for the last block), a pickled info tuple (count, last id, …, compression) and the block's
    # data, a pickled tuple (zlib-compressed if compression) of delta-encoded ids (restarting from 0 in every block)
    # and weights (None: all 1.0; a float: all equal; else one per posting). The whole list is read at once: Whoosh's
    # matcher unpickles each block header from the file a few bytes at a time.
    length = matcher._length
    if isinstance(length, tuple):  # Whoosh 2.7 reads a term's extent length as a 1-tuple (it never uses it)
        (length,) = length
    data = matcher._postfile.get(matcher._startoffset, length)
    if data[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    stream = io.BytesIO(data)
    stream.seek(4)
    id_blocks, weight_blocks, lengths = [], [], []
    while True:
        (length,) = BLOCK_LENGTH.unpack(stream.read(4))
        start = stream.tell()
        count, _max_id, _max_weight, compression, _min_length, _max_length = pickle.load(stream)
        block = data[stream.tell() : start + abs(length)]
        block_ids, block_weights, _values = pickle.loads(zlib.decompress(block) if compression else block)
        id_blocks.append(block_ids)
        if block_weights is None:
            weight_blocks.append(itertools.repeat(1.0, count))
        elif isinstance(block_weights, float):
            weight_blocks.append(itertools.repeat(block_weights, count))
        else:
            weight_blocks.append(block_weights)
        lengths.append(count)
        if length < 0:
            break
        stream.seek(start + length)
    deltas = np.fromiter(itertools.chain.from_iterable(id_blocks), dtype=np.int64)
    running = np.cumsum(deltas)
    lengths = np.array(lengths, dtype=np.int64)
    starts = np.cumsum(lengths) - lengths
    ids = running - np.repeat(running[starts] - deltas[starts], lengths)
    weights = np.fromiter(itertools.chain.from_iterable(weight_blocks), dtype=np.float64)
    return ids.astype(np.int32), compact_weights(weights)


class Snapshot:
    """One generation of the index as arrays: global document numbers are Whoosh's (segment offset + number)."""

    def __init__(self, reader, version, segment_columns, postings_cache, scored_fields):
        self.reader = reader
        self.version = version
        self.postings_cache = postings_cache
        self.scored_fields = scored_fields
        self.leaves = []  # (segment id, segment reader, offset, SegmentColumns, deleted doc numbers or None)
        for segment_reader, offset in reader.leaf_readers() if reader.doc_count_all() else []:
            segment_id = segment_reader.segment().segment_id()
            columns = segment_columns[segment_id]
            deleted = None
            if segment_reader.has_deletions():
                deleted = np.fromiter(segment_reader.segment().deleted_docs(), dtype=np.int64)
            self.leaves.append((segment_id, segment_reader, offset, columns, deleted))
        self.doc_count_all = sum(leaf[3].doccount for leaf in self.leaves)
        n = self.doc_count_all
        self.live = np.ones(n, dtype=bool)
        for _sid, _reader, offset, _columns, deleted in self.leaves:
            if deleted is not None and len(deleted):
                self.live[deleted + offset] = False
        self.has_deletions = not self.live.all()
        concat = np.concatenate if self.leaves else (lambda arrays: np.zeros(0))
        # BM25F's length normalisation of every document, K1 * ((1 - B) + B * fl / avgfl), as Whoosh computes it.
        # The average field length: Whoosh divides the field's total length by every document, deleted or not.
        self.avg_length, self.norm = {}, {}
        for name in scored_fields:
            total = sum(leaf[3].field_length[name] for leaf in self.leaves)
            self.avg_length[name] = avg = (total / (n or 1)) or 1
            lengths = concat([leaf[3].lengths[name] for leaf in self.leaves]).astype(np.float64)
            self.norm[name] = K1 * ((1 - B) + B * lengths / avg)
        # Newest first: Whoosh sorts by the negated date column; equal dates share a key (then score, doc number).
        # (~ reverses the order of unsigned and of two's complement integers alike.)
        dates = np.concatenate([leaf[3].date for leaf in self.leaves]) if self.leaves else np.zeros(0, np.uint64)
        self.date_key = np.unique(~dates, return_inverse=True)[1].astype(np.int32).reshape(-1)
        self.keywords = {}
        for name in ("kind", "year"):
            names = sorted({value for leaf in self.leaves for value in leaf[3].keywords[name][1]})
            code_of = {value: code for code, value in enumerate(names)}
            parts = []
            for leaf in self.leaves:
                codes, local_names = leaf[3].keywords[name]
                remap = np.array([code_of[value] for value in local_names], dtype=np.int32)
                parts.append(remap[codes])
            self.keywords[name] = (np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32), names)
        self._idf = {}

    def close(self):
        self.reader.close()

    def integers(self, fieldname, docs):
        """The values of an integer field (haystack's django_id) of documents (global numbers) as a list of int.

        Read from the field's column, once per segment and kept with the segment's other columns; a document the
        column does not give (see ``integer_column``) is read from its stored fields once, as ``int(value)``.
        """
        if not len(docs):
            return []
        docs = np.asarray(docs, dtype=np.int64)
        starts = np.array([leaf[2] for leaf in self.leaves], dtype=np.int64)
        leaf_of = np.searchsorted(starts, docs, side="right") - 1  # (an empty segment shares the next one's start)
        result = [0] * len(docs)
        for position in np.unique(leaf_of).tolist():
            _segment_id, segment_reader, offset, columns, _deleted = self.leaves[position]
            values, known = columns.integer_values(segment_reader, fieldname)
            here = np.flatnonzero(leaf_of == position)
            local = docs[here] - offset
            missing = ~known[local]
            for index, doc in zip(here[missing].tolist(), local[missing].tolist(), strict=True):
                result[index] = value = int(segment_reader.stored_fields(doc)[fieldname])
                if _INT64_MIN <= value <= _INT64_MAX:
                    values[doc], known[doc] = value, True
            for index, value in zip(here[~missing].tolist(), values[local[~missing]].tolist(), strict=True):
                result[index] = value
        return result

    @property
    def nbytes(self):
        arrays = [self.live, self.date_key, *self.norm.values(), *(c for c, _n in self.keywords.values())]
        return sum(array.nbytes for array in arrays)

    def segment_postings(self, fieldname, text):
        """[(offset, doc count, SegmentPostings)] of a term, one per segment; cached across generations."""
        found = []
        for segment_id, segment_reader, offset, columns, _deleted in self.leaves:
            key = (segment_id, fieldname, text)
            entry = self.postings_cache.get(key)
            if entry is None:
                try:
                    frequency = segment_reader.doc_frequency(fieldname, text)
                except TermNotFound:
                    frequency = 0
                if frequency and (fieldname, text) in segment_reader:
                    ids, weights = decode_postings(segment_reader, fieldname, text)
                    entry = SegmentPostings(frequency, ids, weights, columns.doccount)
                else:
                    entry = SegmentPostings(frequency)
                self.postings_cache.put(key, entry)
            found.append((offset, columns.doccount, entry))
        return found

    def postings(self, fieldname, text):
        """(global document numbers, weights, document frequency) of a term; deleted documents are included (they
        are never candidates, see ``evaluate``)."""
        parts_ids, parts_weights, frequency = [], [], 0
        for offset, _doccount, entry in self.segment_postings(fieldname, text):
            frequency += entry.frequency
            if entry.dense is not None:
                ids = np.flatnonzero(entry.dense).astype(np.int32)
                weights = entry.dense[ids]
            elif entry.ids is not None and len(entry.ids):
                ids, weights = entry.ids, entry.weights
            else:
                continue
            parts_ids.append(ids + np.int32(offset) if offset else ids)
            parts_weights.append(weights)
        if not parts_ids:
            return None, None, frequency
        return np.concatenate(parts_ids), np.concatenate(parts_weights), frequency

    def term_scores(self, fieldname, text, boost=1.0):
        """The BM25F score of a term in the documents that have it: Whoosh's ``BM25FScorer`` times the boost.

        Returns (None, None) when no document has it; (doc numbers, scores) for a rare term; (None, scores of every
        document, 0 where absent) for a common one, cheaper to add to a whole array than to scatter.
        """
        parts = self.segment_postings(fieldname, text)
        frequency = sum(entry.frequency for _offset, _count, entry in parts)
        postings = sum(entry.count for _offset, _count, entry in parts)
        if not postings:
            return None, None
        idf = math.log(self.doc_count_all / (frequency + 1)) + 1
        norm = self.norm[fieldname]
        # bm25(idf, tf, fl, avgfl, B, K1) = idf * ((tf * (K1 + 1)) / (tf + K1 * ((1 - B) + B * fl / avgfl))), the
        # operations in that order; norm is the last parenthesis, computed once per snapshot.
        if postings * DENSE_ABOVE < self.doc_count_all:
            ids = np.concatenate(list(self._sparse_ids(parts)))
            tf = self._sparse_weights(parts)
            scores = tf * (K1 + 1)
            scores /= tf + norm[ids]
        else:
            tf = np.zeros(self.doc_count_all)
            for offset, count, entry in parts:
                if entry.dense is not None:
                    tf[offset : offset + count] = entry.dense
                elif entry.ids is not None:
                    tf[entry.ids + offset] = entry.weights
            scores = tf * (K1 + 1)
            tf += norm
            scores /= tf
            ids = None
        scores *= idf
        if boost != 1.0:
            scores *= boost
        return ids, scores

    @staticmethod
    def _sparse_ids(parts):
        for offset, _count, entry in parts:
            if entry.dense is not None:
                yield np.flatnonzero(entry.dense).astype(np.int32) + np.int32(offset)
            elif entry.ids is not None and len(entry.ids):
                yield entry.ids + np.int32(offset) if offset else entry.ids

    @staticmethod
    def _sparse_weights(parts):
        weights = []
        for _offset, _count, entry in parts:
            if entry.dense is not None:
                weights.append(entry.dense[entry.dense != 0])
            elif entry.ids is not None and len(entry.ids):
                weights.append(entry.weights)
        return np.concatenate(weights).astype(np.float64)


class IndexArrays:
    """Per index folder and process: the current snapshot, per-segment columns and the postings cache."""

    def __init__(self, scored_fields, max_bytes=DEFAULT_CACHE_BYTES):
        self.lock = threading.RLock()
        self.scored_fields = tuple(scored_fields)
        self.snapshot = None
        self.segment_columns = {}
        self.postings = PostingsCache(max_bytes)
        self.snapshots_built = 0

    @staticmethod
    def version_of(index, attempts=5):
        """What identifies one state of the index: the generation, and each segment with its deletions.

        The generation alone is not enough: clearing the index (rebuild_index) starts the generations again.
        """
        for attempt in range(attempts):
            generation = index.latest_generation()
            if generation < 0:
                return (generation, ())
            try:
                toc = TOC.read(index.storage, index.indexname, gen=generation, schema=getattr(index, "_schema", None))
            except OSError:  # a writer committed and removed that generation's file meanwhile: look again
                if attempt == attempts - 1:
                    raise
                continue
            return (toc.generation, tuple((seg.segment_id(), seg.deleted_count()) for seg in toc.segments))

    def current(self, index):
        """The snapshot of the latest generation; built (and the previous one closed) after a commit."""
        with self.lock:
            version = self.version_of(index)
            if self.snapshot is not None and self.snapshot.version == version:
                return self.snapshot
            reader = index.reader()
            # The reader may have opened a newer generation than the one just read: take its own version.
            generation = reader.generation()
            version = (version[0] if generation is None else generation, self._segments_of(reader))
            live = set()
            for segment_reader, _offset in reader.leaf_readers() if reader.doc_count_all() else []:
                segment_id = segment_reader.segment().segment_id()
                live.add(segment_id)
                if segment_id not in self.segment_columns:
                    self.segment_columns[segment_id] = SegmentColumns(segment_reader, self.scored_fields)
            for segment_id in list(self.segment_columns):
                if segment_id not in live:
                    del self.segment_columns[segment_id]
            self.postings.forget_segments(live)
            previous, self.snapshot = (
                self.snapshot,
                Snapshot(reader, version, self.segment_columns, self.postings, self.scored_fields),
            )
            self.snapshots_built += 1
            if previous is not None:
                previous.close()
            return self.snapshot

    @staticmethod
    def _segments_of(reader):
        if not reader.doc_count_all():
            return ()
        return tuple(
            (segment_reader.segment().segment_id(), segment_reader.segment().deleted_count())
            for segment_reader, _offset in reader.leaf_readers()
        )

    @property
    def nbytes(self):
        columns = sum(columns.nbytes for columns in self.segment_columns.values())
        return columns + (self.snapshot.nbytes if self.snapshot else 0) + self.postings.bytes


_REGISTRY = {}
_REGISTRY_LOCK = threading.Lock()


def arrays_for(path, scored_fields, max_bytes=DEFAULT_CACHE_BYTES):
    """The process-wide IndexArrays of an index folder (haystack keeps one backend per thread, this is shared).

    Keyed by process too: a forked process (gunicorn workers of a preloaded app) never reads through its parent's
    open files.
    """
    key = (os.getpid(), path)
    with _REGISTRY_LOCK:
        arrays = _REGISTRY.get(key)
        if arrays is None or arrays.scored_fields != tuple(scored_fields):
            arrays = _REGISTRY[key] = IndexArrays(scored_fields, max_bytes)
        if arrays.postings.max_bytes != max_bytes:
            arrays.postings.trim(max_bytes)
        return arrays


def forget(path=None):
    """Drop the cached arrays of one index folder (or all): for tests and after the folder is deleted."""
    with _REGISTRY_LOCK:
        for key in [key for key in _REGISTRY if path is None or key[1] == path]:
            arrays = _REGISTRY.pop(key)
            if arrays is not None and arrays.snapshot is not None:
                arrays.snapshot.close()


# The query ----------------------------------------------------------------------------------------------------------


class Evaluation:
    """The outcome of one portal query on a snapshot: matching documents, their scores, the page's documents."""

    def __init__(self, count, mode, page_docs, page_scores, facets):
        self.count = count
        self.mode = mode
        self.page_docs = page_docs
        self.page_scores = page_scores
        self.facets = facets


def evaluate(snapshot, required, ranking, filters, sort, offset, limit):
    """Whoosh's ``AndMaybe(And(required), Or(ranking))`` (``Or(required)`` when no document has every required
    term and there are several), filtered, counted, faceted and sorted.

    ``required`` and ``ranking`` are lists of (field, text, boost); ``filters`` {keyword field: value}.
    """
    n = snapshot.doc_count_all
    allowed = snapshot.live.copy() if snapshot.has_deletions else np.ones(n, dtype=bool)
    for name, value in filters.items():
        codes, names = snapshot.keywords[name]
        if value in names:
            allowed &= codes == names.index(value)
        else:
            allowed[:] = False
    required_scores = [snapshot.term_scores(field, text, boost) for field, text, boost in required]

    def present(ids, scores):
        if ids is None:
            return scores > 0
        mask = np.zeros(n, dtype=bool)
        mask[ids] = True
        return mask

    mode = "all"
    matched = allowed.copy()
    for ids, scores in required_scores:
        if scores is None:
            matched[:] = False
            break
        matched &= present(ids, scores)
    count = int(np.count_nonzero(matched))
    if count == 0 and len(required) > 1:
        mode = "any"
        anywhere = np.zeros(n, dtype=bool)
        for ids, scores in required_scores:
            if scores is not None:
                anywhere |= present(ids, scores)
        matched = allowed & anywhere
        count = int(np.count_nonzero(matched))
    if count == 0:
        return Evaluation(0, mode, [], [], {name: {} for name in ("kind", "year")})

    # Each document's score sums its terms' scores in the query's order (required, then ranking terms). Deleted and
    # filtered-out documents get scores too, but they are not candidates.
    scores = np.zeros(n)
    for ids, term in required_scores + [snapshot.term_scores(*term) for term in ranking]:
        if term is None:
            continue
        if ids is None:
            scores += term
        else:
            scores[ids] += term

    candidates = np.flatnonzero(matched)
    candidate_scores = scores[candidates]
    date_keys = snapshot.date_key[candidates]
    wanted = min(offset + limit, count)
    # Keep only the candidates that can be among the first ``wanted`` (with every tie at the boundary), then sort
    # them fully: by score, then newest, then doc number (relevance); by newest, then score, then doc number.
    primary = date_keys if sort == "newest" else -candidate_scores
    if wanted < count:
        threshold = np.partition(primary, wanted - 1)[wanted - 1]
        keep = primary <= threshold
        candidates, candidate_scores, date_keys, primary = (
            candidates[keep],
            candidate_scores[keep],
            date_keys[keep],
            primary[keep],
        )
    secondary = -candidate_scores if sort == "newest" else date_keys
    top = candidates[np.lexsort((candidates, secondary, primary))]
    page = top[offset:wanted]

    facets = {}
    for name in ("kind", "year"):
        codes, names = snapshot.keywords[name]
        matched_codes = codes[matched]
        counts = np.bincount(matched_codes, minlength=len(names))
        facets[name] = {names[code]: int(counts[code]) for code in _by_first_occurrence(matched_codes, counts)}
    return Evaluation(count, mode, [int(doc) for doc in page], [float(scores[doc]) for doc in page], facets)


def _by_first_occurrence(codes, counts):
    """The codes present, in the order of their first occurrence (the order Whoosh lists facet groups in)."""
    missing = set(np.flatnonzero(counts).tolist())
    order, start, chunk = [], 0, 1024
    while missing and start < len(codes):
        part = codes[start : start + chunk]
        values, first = np.unique(part, return_index=True)
        for position in np.argsort(first, kind="stable"):
            value = int(values[position])
            if value in missing:
                missing.discard(value)
                order.append(value)
        start += chunk
        chunk *= 4
    return order
