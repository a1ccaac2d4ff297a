"""Haystack's Whoosh backend with the Vietnamese analyzers, and the portal's query built as Whoosh query objects.

The portal's query is never parsed from user text: words come out of the same analyzer the index uses and become
``Term`` objects, so no input (quotes, brackets, ``*``, ``OR``, control characters) can make Whoosh fail.

The query is evaluated by ``whoosh_arrays`` (numpy over postings cached per segment: the same scores, counts, facets
and order as Whoosh's searcher, 100× faster on a large index); Whoosh's own searcher is the fallback when numpy is
missing, and the reference the tests compare with.
"""

import dataclasses
import time

from django.conf import settings
from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from whoosh import query, sorting
from whoosh.fields import DATETIME, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID

from ..analysis import bigram_analyzer, exact_analyzer, folded_analyzer
from ..query import PortalQuery, PortalResults
from . import snippets

try:
    from . import whoosh_arrays
except ImportError:  # numpy is not installed: Whoosh's own searcher does the work, slowly on a large index
    whoosh_arrays = None

# How much each kind of match adds to a document's score (on top of the folded words in the body). The title
# field also carries its own index-time boost (PortalIndex.title), so the query adds no more to it: a double boost
# let a common syllable matched by chance in a title outrank a phrase matched in a summary.
TITLE_BOOST = 1.0
EXACT_BOOST = 2.0
BIGRAM_BOOST = 4.0
#: Bound on the postings each process keeps decoded (setting SEARCH_WHOOSH_CACHE_MB), on top of ~80 bytes a document
DEFAULT_CACHE_MB = 64
SETUP_ATTEMPTS = 5


class VietnameseWhooshSearchBackend(WhooshSearchBackend):
    #: evaluate the portal's search with numpy (whoosh_arrays) when it is installed; False: Whoosh's searcher
    use_arrays = True

    def setup(self):
        # Opening the index reads the newest table of contents; a commit finishing at that moment deletes the one
        # just listed. Whoosh then raises FileNotFoundError: listing again finds the new one.
        for attempt in range(SETUP_ATTEMPTS):
            try:
                super().setup()
                break
            except FileNotFoundError:
                if attempt == SETUP_ATTEMPTS - 1:
                    raise
                time.sleep(0.05 * (attempt + 1))
        if self.use_file_storage:
            # Whoosh writes compound segment files; read through mmap, every reader copies each segment's terms and
            # postings into private memory (BytesIO over the mapping): ~300 MB and ~300 ms a reader at 120,000 items,
            # in every process. Read normally, a reader opens in ~3 ms and the OS page cache is shared.
            self.storage.supports_mmap = False

    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            # Also a column: the finders' ids (portal_ids) come from it as one array per segment, not from every
            # hit's stored fields. An index written before it was a column still works (stored fields) until
            # rebuild_index.
            DJANGO_ID: WHOOSH_ID(stored=True, sortable=True),
        }
        content_field_name = ""
        for field in fields.values():
            name = field.index_fieldname
            if field.field_type == "vi_folded":
                schema_fields[name] = TEXT(analyzer=folded_analyzer(), phrase=False, field_boost=field.boost)
            elif field.field_type == "vi_exact":
                schema_fields[name] = TEXT(analyzer=exact_analyzer(), phrase=False, field_boost=field.boost)
            elif field.field_type == "vi_bigrams":
                schema_fields[name] = TEXT(analyzer=bigram_analyzer(), phrase=False, field_boost=field.boost)
            elif field.field_type == "keyword":
                schema_fields[name] = WHOOSH_ID(stored=True, sortable=True)
            elif field.field_type == "stored":
                schema_fields[name] = STORED()
            elif field.field_type in ("date", "datetime"):
                schema_fields[name] = DATETIME(stored=True, sortable=True)
            else:
                # Any other haystack field keeps the stock mapping.
                _content, stock = super().build_schema({name: field})
                schema_fields[name] = stock[name]
            if field.document:
                content_field_name = name
        return content_field_name, Schema(**schema_fields)

    def bulk_update(self, index, batches, procs=1, limitmb=128, fresh=False):
        """Index many objects with one writer (one commit), optionally spread over ``procs`` processes.

        Haystack's ``update`` commits once per call, which makes a full rebuild of 100,000 documents spend its time
        merging segments. ``fresh`` means the index was just cleared: documents are added without a lookup.
        """
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        writer = self.index.writer(procs=procs, limitmb=limitmb, multisegment=procs > 1)
        add = writer.add_document if fresh else writer.update_document
        count = 0
        try:
            for batch in batches:
                for obj in batch:
                    try:
                        doc = index.full_prepare(obj)
                    except SkipDocument:
                        continue
                    doc = {key: self._from_python(value) for key, value in doc.items() if key != "boost"}
                    add(**doc)
                    count += 1
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        return count

    def indexed_ids(self, model_label):
        """The ids of every indexed object of a model ("app_label.model_name")."""
        if not self.setup_complete:
            self.setup()
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            return [fields[DJANGO_ID] for fields in searcher.documents(django_ct=model_label)]

    # The portal's search ------------------------------------------------------------------------------------------
    def portal_search(self, request: PortalQuery) -> PortalResults:
        if not self.setup_complete:
            self.setup()
        if not request.words:
            return PortalResults.empty(request)
        if self.use_arrays and whoosh_arrays is not None:
            return self._arrays_search(request)
        return self._whoosh_search(request)

    def _ranking_terms(self, request):
        """(field, text, boost) of the optional terms that rank documents having the required words."""
        terms = [("title", word, TITLE_BOOST) for word in request.words]
        terms += [("exact", word, EXACT_BOOST) for word in request.exact_words]
        terms += [("bigrams", pair, BIGRAM_BOOST) for pair in request.bigrams]
        return terms

    def _filters(self, request):
        filters = {}
        if request.kind:
            filters["kind"] = request.kind
        if request.year:
            filters["year"] = str(request.year)
        return filters

    # With numpy: whoosh_arrays ------------------------------------------------------------------------------------
    def index_arrays(self):
        """This process's cached arrays of the index (shared by the threads, invalidated by every commit)."""
        if not self.setup_complete:
            self.setup()
        key = self.path if self.use_file_storage else f"ram:{id(self.storage)}"
        scored = tuple(name for name, field in self.schema.items() if field.scorable)
        max_bytes = int(getattr(settings, "SEARCH_WHOOSH_CACHE_MB", DEFAULT_CACHE_MB) * 1024 * 1024)
        return whoosh_arrays.arrays_for(key, scored, max_bytes)

    def _arrays_search(self, request):
        found, stored = self._arrays_evaluate(request, request.offset, request.per_page)
        hits = self._hits(request, zip(stored, found.page_scores, strict=True))
        facets = {name: {k: v for k, v in counts.items() if k} for name, counts in found.facets.items()}
        return PortalResults(request=request, count=found.count, hits=hits, facets=facets, mode=found.mode)

    def _arrays_evaluate(self, request, offset, limit, ids_only=False):
        """(whoosh_arrays.Evaluation, stored fields of the page's documents) of the portal's query; with
        ``ids_only``, their django ids (int) instead of their stored fields."""
        arrays = self.index_arrays()
        scored = set(arrays.scored_fields)
        required = [(self.content_field_name, word, 1.0) for word in request.words]
        ranking = [term for term in self._ranking_terms(request) if term[0] in scored]
        with arrays.lock:
            snapshot = arrays.current(self.index)
            found = whoosh_arrays.evaluate(
                snapshot, required, ranking, self._filters(request), request.sort, offset, limit
            )
            if ids_only:
                return found, snapshot.integers(DJANGO_ID, found.page_docs)
            stored = [snapshot.reader.stored_fields(doc) for doc in found.page_docs]
        return found, stored

    def portal_ids(self, request: PortalQuery, limit: int):
        """([ids], total): the ids of the best ``limit`` matches ranked as ``portal_search`` ranks them (for finders
        that filter further in SQL, e.g. /van-ban/), and how many matched in all."""
        if not self.setup_complete:
            self.setup()
        if not request.words:
            return [], 0
        if self.use_arrays and whoosh_arrays is not None:
            request = dataclasses.replace(request, sort="relevance")
            found, ids = self._arrays_evaluate(request, 0, limit, ids_only=True)
            return ids, found.count
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            sortedby = [sorting.ScoreFacet(), sorting.FieldFacet("date", reverse=True)]
            for build in (self._all_words_query, self._any_word_query):
                results = searcher.search(build(request), limit=limit, sortedby=sortedby, filter=self._filter(request))
                if results.scored_length() or len(request.words) == 1:
                    break
            return [int(hit[DJANGO_ID]) for hit in results], len(results)

    # Without numpy: Whoosh's searcher ------------------------------------------------------------------------------
    def _whoosh_search(self, request):
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            results = self._search(searcher, request, self._all_words_query(request))
            mode = "all"
            if results.scored_length() == 0 and len(request.words) > 1:
                results = self._search(searcher, request, self._any_word_query(request))
                mode = "any"
            return self._to_portal_results(request, results, mode)

    def _ranking(self, request):
        return query.Or([query.Term(field, text, boost=boost) for field, text, boost in self._ranking_terms(request)])

    def _all_words_query(self, request):
        required = query.And([query.Term(self.content_field_name, word) for word in request.words])
        return query.AndMaybe(required, self._ranking(request))

    def _any_word_query(self, request):
        required = query.Or([query.Term(self.content_field_name, word) for word in request.words])
        return query.AndMaybe(required, self._ranking(request))

    def _filter(self, request):
        terms = [query.Term(name, value) for name, value in self._filters(request).items()]
        return query.And(terms) if terms else None

    def _search(self, searcher, request, whoosh_query):
        if request.sort == "newest":
            # Newest first; among equal dates the more relevant (and the score a hit shows is its relevance).
            sortedby = [sorting.FieldFacet("date", reverse=True), sorting.ScoreFacet()]
        else:
            # Relevance first; among equal scores the newer document wins.
            sortedby = [sorting.ScoreFacet(), sorting.FieldFacet("date", reverse=True)]
        facets = {
            "kind": sorting.FieldFacet("kind", maptype=sorting.Count),
            "year": sorting.FieldFacet("year", maptype=sorting.Count),
        }
        return searcher.search(
            whoosh_query,
            limit=request.offset + request.per_page,
            sortedby=sortedby,
            filter=self._filter(request),
            groupedby=facets,
        )

    @staticmethod
    def _score(results, position, sort):
        # Sorted by (score, date) or (date, score): ScoreFacet's key is the negated score.
        key = results.score(position)
        value = key[1 if sort == "newest" else 0]
        return -value if isinstance(value, int | float) else 0.0

    def _to_portal_results(self, request, results, mode):
        positions = range(request.offset, min(len(results.top_n), request.offset + request.per_page))
        hits = self._hits(request, ((results[p].fields(), self._score(results, p, request.sort)) for p in positions))
        facets = {name: dict(results.groups(name)) for name in ("kind", "year")}
        facets = {name: {k: v for k, v in counts.items() if k} for name, counts in facets.items()}
        return PortalResults(request=request, count=len(results), hits=hits, facets=facets, mode=mode)

    # Both ---------------------------------------------------------------------------------------------------------
    def _hits(self, request, stored_and_scores):
        formatter = snippets.formatter()
        terms = frozenset(request.words)
        return [
            {
                "title": stored.get("display_title", ""),
                "url": stored.get("url", ""),
                "kind": stored.get("kind", ""),
                "date": stored.get("date"),
                "summary": stored.get("summary", ""),
                "snippet": snippets.snippet(stored.get("snippet_source") or "", terms, formatter),
                "score": round(score, 4),
            }
            for stored, score in stored_and_scores
        ]


class VietnameseWhooshEngine(BaseEngine):
    backend = VietnameseWhooshSearchBackend
    query = WhooshSearchQuery
