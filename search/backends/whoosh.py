"""Haystack's Whoosh backend with the Vietnamese analyzers, and the portal's query built as Whoosh query objects.

The portal's query is never parsed from user text: words come out of the same analyzer the index uses and become
``Term`` objects, so no input (quotes, brackets, ``*``, ``OR``, control characters) can make Whoosh fail.
"""

from haystack.backends import BaseEngine
from haystack.backends.whoosh_backend import WhooshSearchBackend, WhooshSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from whoosh import highlight, query, sorting
from whoosh.fields import DATETIME, STORED, TEXT, Schema
from whoosh.fields import ID as WHOOSH_ID

from ..analysis import bigram_analyzer, exact_analyzer, folded_analyzer
from ..query import PortalQuery, PortalResults

# How much each kind of match adds to a document's score (on top of the folded words in the body). The title
# field also carries its own index-time boost (PortalIndex.title), so the query adds no more to it: a double boost
# let a common syllable matched by chance in a title outrank a phrase matched in a summary.
TITLE_BOOST = 1.0
EXACT_BOOST = 2.0
BIGRAM_BOOST = 4.0


class VietnameseWhooshSearchBackend(WhooshSearchBackend):
    def build_schema(self, fields):
        schema_fields = {
            ID: WHOOSH_ID(stored=True, unique=True),
            DJANGO_CT: WHOOSH_ID(stored=True),
            DJANGO_ID: WHOOSH_ID(stored=True),
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
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            results = self._search(searcher, request, self._all_words_query(request))
            mode = "all"
            if results.scored_length() == 0 and len(request.words) > 1:
                results = self._search(searcher, request, self._any_word_query(request))
                mode = "any"
            return self._to_portal_results(request, results, mode)

    def portal_ids(self, request: PortalQuery, limit: int):
        """([ids], total): the ids of the best ``limit`` matches ranked as ``portal_search`` ranks them (for finders
        that filter further in SQL, e.g. /van-ban/), and how many matched in all."""
        if not self.setup_complete:
            self.setup()
        if not request.words:
            return [], 0
        self.index = self.index.refresh()
        with self.index.searcher() as searcher:
            sortedby = [sorting.ScoreFacet(), sorting.FieldFacet("date", reverse=True)]
            for build in (self._all_words_query, self._any_word_query):
                results = searcher.search(build(request), limit=limit, sortedby=sortedby, filter=self._filter(request))
                if results.scored_length() or len(request.words) == 1:
                    break
            return [int(hit[DJANGO_ID]) for hit in results], len(results)

    def _ranking(self, request):
        optional = [query.Term("title", word, boost=TITLE_BOOST) for word in request.words]
        optional += [query.Term("exact", word, boost=EXACT_BOOST) for word in request.exact_words]
        optional += [query.Term("bigrams", pair, boost=BIGRAM_BOOST) for pair in request.bigrams]
        return query.Or(optional)

    def _all_words_query(self, request):
        required = query.And([query.Term(self.content_field_name, word) for word in request.words])
        return query.AndMaybe(required, self._ranking(request))

    def _any_word_query(self, request):
        required = query.Or([query.Term(self.content_field_name, word) for word in request.words])
        return query.AndMaybe(required, self._ranking(request))

    def _filter(self, request):
        terms = []
        if request.kind:
            terms.append(query.Term("kind", request.kind))
        if request.year:
            terms.append(query.Term("year", str(request.year)))
        return query.And(terms) if terms else None

    def _search(self, searcher, request, whoosh_query):
        if request.sort == "newest":
            sortedby = sorting.FieldFacet("date", reverse=True)
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
            terms=True,
        )

    @staticmethod
    def _score(results, position):
        key = results.score(position)
        if isinstance(key, tuple):  # sorted by (score, date): ScoreFacet's key is the negated score
            return -key[0] if isinstance(key[0], int | float) else 0.0
        return key or 0.0

    def _to_portal_results(self, request, results, mode):
        formatter = highlight.HtmlFormatter(tagname="mark", between=" … ")
        fragmenter = highlight.ContextFragmenter(maxchars=220, surround=60)
        analyzer = folded_analyzer()
        terms = set(request.words)
        hits = []
        for position in range(request.offset, min(len(results.top_n), request.offset + request.per_page)):
            hit = results[position]
            source = hit.get("snippet_source") or ""
            snippet = highlight.highlight(source, terms, analyzer, fragmenter, formatter, top=2) if source else ""
            hits.append(
                {
                    "title": hit.get("display_title", ""),
                    "url": hit.get("url", ""),
                    "kind": hit.get("kind", ""),
                    "date": hit.get("date"),
                    "summary": hit.get("summary", ""),
                    "snippet": snippet,
                    "score": round(self._score(results, position), 4),
                }
            )
        facets = {name: dict(results.groups(name)) for name in ("kind", "year")}
        facets = {name: {k: v for k, v in counts.items() if k} for name, counts in facets.items()}
        return PortalResults(request=request, count=len(results), hits=hits, facets=facets, mode=mode)


class VietnameseWhooshEngine(BaseEngine):
    backend = VietnameseWhooshSearchBackend
    query = WhooshSearchQuery
