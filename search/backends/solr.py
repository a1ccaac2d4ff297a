"""Haystack's Solr backend with the Vietnamese field types, and the portal's query as Solr request parameters.

The portal outgrows one machine by moving its index to Apache Solr (9, standalone or SolrCloud): set
``SEARCH_URL=solr://host:8983/solr/portal`` and load ``search/solr/`` as the core's configuration. The analysis
(folded, exact, bigrams) is done by Solr with the field types of ``search/solr/schema.xml``, which mirror
``search/analysis.py``.

Like the Whoosh backend, the portal's query is never parsed from user text: its words come out of the portal's
analyzer (``PortalQuery.words``), and each one is escaped again before it is written into Solr's syntax, so quotes,
brackets, ``*``, ``:``, ``{!…}`` or ``OR`` typed by a citizen are only ever searched for, never obeyed. Filters use
Solr's ``term`` parser, which parses nothing.

Building the request (:func:`build_search_params`) and reading the response (:func:`parse_search_response`) are
pure functions, testable without a server.
"""

import datetime

from haystack import connections
from haystack.backends import BaseEngine
from haystack.backends.solr_backend import SolrSearchBackend, SolrSearchQuery
from haystack.constants import DJANGO_CT, DJANGO_ID, ID
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from pysolr import SolrError

from ..query import PortalQuery, PortalResults

# How much each kind of match adds to a document's score, on top of the folded words in the body: the weights of the
# Whoosh backend (search/backends/whoosh.py). Solr has no index-time boosts, so the title's field boost
# (PortalIndex.title, 3.0), which Whoosh applies in the index, is part of the query boost here: 3.0 × Whoosh's 1.0.
TITLE_BOOST = 3.0
EXACT_BOOST = 2.0
BIGRAM_BOOST = 4.0

# Field names of PortalIndex (search/indexes.py).
TITLE, EXACT, BIGRAMS = "title", "exact", "bigrams"
KIND, YEAR, DATE = "kind", "year", "date"
URL, DISPLAY_TITLE, SUMMARY, SNIPPET_SOURCE = "url", "display_title", "summary", "snippet_source"
FACETS = (KIND, YEAR)
RETURNED_FIELDS = (ID, DJANGO_CT, DJANGO_ID, DISPLAY_TITLE, URL, KIND, DATE, SUMMARY, "score")

SNIPPET_CHARS = 220  # as the Whoosh backend's fragmenter
SNIPPETS = 2
SNIPPET_JOINER = " … "
IDS_PAGE_SIZE = 1000

# Solr's field types for the portal's haystack field types (search/fields.py), as declared in search/solr/schema.xml.
TEXT_TYPES = {"vi_folded": "vi_folded", "vi_exact": "vi_exact", "vi_bigrams": "vi_bigrams"}
# haystack's stock names (Solr 6 era) → the names in our schema, for any other haystack field.
STOCK_TYPES = {"text_en": "vi_folded", "date": "pdate", "long": "plong", "float": "pfloat", "boolean": "boolean"}

_RESERVED_WORDS = frozenset({"AND", "OR", "NOT", "TO"})


def escape_term(term):
    """One word as a literal term of Solr's query syntax: every character but letters, digits and ``_`` escaped."""
    escaped = "".join(ch if ch.isalnum() or ch == "_" else "\\" + ch for ch in str(term))
    if escaped.upper() in _RESERVED_WORDS:
        # Never an operator, whatever ``lowercaseOperators`` says: a quoted one-word phrase is a plain term.
        return f'"{escaped}"'
    return escaped


def _clause(field, term, boost):
    return f"{field}:{escape_term(term)}^{boost:g}"


def _term_filter(field, value):
    # The term parser takes everything after "}" literally: no syntax, no analysis.
    return f"{{!term f={field}}}{value}"


def build_search_params(request: PortalQuery, mode="all", content_field="text"):
    """Solr request parameters (edismax) for the portal's query.

    ``mode="all"``: every word is required in the folded document field; ``mode="any"``: one word is enough (the
    fallback when no document has them all). Matches in the title, with the typed diacritics and of adjacent
    syllables add to the score, as the Whoosh backend's ``AndMaybe``.
    """
    words = [escape_term(word) for word in request.words if word]
    ranking = [_clause(TITLE, word, TITLE_BOOST) for word in request.words if word]
    ranking += [_clause(EXACT, word, EXACT_BOOST) for word in request.exact_words if word]
    ranking += [_clause(BIGRAMS, pair, BIGRAM_BOOST) for pair in request.bigrams if pair]
    filters = []
    if request.kind:
        filters.append(_term_filter(KIND, request.kind))
    if request.year:
        filters.append(_term_filter(YEAR, str(request.year)))
    # Relevance first, and among equal scores the newer document; the id last keeps pages stable across shards.
    sort = f"score desc,{DATE} desc,{ID} asc" if request.sort == "relevance" else f"{DATE} desc,{ID} asc"
    params = {
        "q": " ".join(words),
        "defType": "edismax",
        "qf": content_field,
        "q.op": "AND" if mode == "all" else "OR",
        "mm": "100%" if mode == "all" else "1",
        "sow": "true",  # one clause a word, so that mm counts words
        "lowercaseOperators": "false",
        "uf": "-*",  # no field:value syntax from the query text, whatever it contains
        # Each boost query is one optional clause added to the required words: score = words + matched boosts.
        "bq": ranking,
        "sort": sort,
        "start": str(request.offset),
        "rows": str(request.per_page),
        "fl": ",".join(RETURNED_FIELDS),
        "facet": "true",
        "facet.field": list(FACETS),
        "facet.mincount": "1",
        "facet.limit": "-1",
        "facet.sort": "count",
        "hl": "true",
        "hl.method": "unified",
        "hl.fl": SNIPPET_SOURCE,
        # The query's terms are on other fields (text, title…): highlight them wherever they occur.
        "hl.requireFieldMatch": "false",
        "hl.weightMatches": "false",
        "hl.encoder": "html",  # the stored text is escaped; only the <mark> tags are markup
        "hl.tag.pre": "<mark>",
        "hl.tag.post": "</mark>",
        "hl.simple.pre": "<mark>",
        "hl.simple.post": "</mark>",
        "hl.snippets": str(SNIPPETS),
        # Passages of about SNIPPET_CHARS cut at word boundaries, the match a third in (sentences can be very long).
        "hl.bs.type": "WORD",
        "hl.fragsize": str(SNIPPET_CHARS),
        "hl.fragsizeIsMinimum": "false",
        "hl.defaultSummary": "false",  # no match in the text: no snippet (the page shows the summary)
    }
    if filters:
        params["fq"] = filters
    return params


def _single(value):
    if isinstance(value, list | tuple):
        return value[0] if value else None
    return value


def parse_solr_date(value):
    """Solr's ``2024-05-01T03:00:00Z`` (or with milliseconds) → an aware datetime in UTC, as Whoosh gives back."""
    value = _single(value)
    if not value:
        return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=datetime.UTC)
    try:
        parsed = datetime.datetime.fromisoformat(str(value))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def _facet_counts(values):
    """Solr's facet list (flat ``[value, count, …]``, or a map with ``json.nl=map``) → {value: count}."""
    if isinstance(values, dict):
        pairs = values.items()
    else:
        values = list(values or [])
        pairs = zip(values[::2], values[1::2], strict=False)
    return {str(value): int(count) for value, count in pairs if value not in (None, "") and count}


def num_found(raw):
    return int(((raw or {}).get("response") or {}).get("numFound") or 0)


def parse_search_response(request: PortalQuery, raw, mode="all") -> PortalResults:
    """Solr's decoded JSON response → PortalResults, with the same hit keys as the Whoosh backend."""
    raw = raw or {}
    highlighting = raw.get("highlighting") or {}
    hits = []
    for doc in (raw.get("response") or {}).get("docs") or []:
        fragments = (highlighting.get(_single(doc.get(ID))) or {}).get(SNIPPET_SOURCE) or []
        if isinstance(fragments, str):
            fragments = [fragments]
        hits.append(
            {
                "title": _single(doc.get(DISPLAY_TITLE)) or "",
                "url": _single(doc.get(URL)) or "",
                "kind": _single(doc.get(KIND)) or "",
                "date": parse_solr_date(doc.get(DATE)),
                "summary": _single(doc.get(SUMMARY)) or "",
                "snippet": SNIPPET_JOINER.join(fragment for fragment in fragments if fragment),
                "score": round(float(doc.get("score") or 0.0), 4),
            }
        )
    facet_fields = (raw.get("facet_counts") or {}).get("facet_fields") or {}
    facets = {name: _facet_counts(facet_fields.get(name)) for name in FACETS}
    return PortalResults(request=request, count=num_found(raw), hits=hits, facets=facets, mode=mode)


def build_ids_search_params(request: PortalQuery, limit, mode="all", content_field="text"):
    """The portal query's parameters asking only for the ids of the first ``limit`` matches: no facets, snippets."""
    params = build_search_params(request, mode, content_field)
    for name in [name for name in params if name.startswith(("hl", "facet"))]:
        del params[name]
    params.update({"fl": DJANGO_ID, "start": "0", "rows": str(limit)})
    return params


def build_ids_params(model_label, cursor="*", rows=IDS_PAGE_SIZE):
    """One page of the ids of a model's indexed documents; deep paging with a cursor (sorted on the unique key)."""
    return {
        "q": "*:*",
        "fq": _term_filter(DJANGO_CT, model_label),
        "fl": DJANGO_ID,
        "sort": f"{ID} asc",
        "rows": str(rows),
        "cursorMark": cursor,
    }


class VietnameseSolrSearchBackend(SolrSearchBackend):
    @property
    def content_field(self):
        return connections[self.connection_alias].get_unified_index().document_field

    # Schema -------------------------------------------------------------------------------------------------------
    def build_schema(self, fields):
        """The <field> lines of search/solr/schema.xml, in the shape of haystack's ``build_solr_schema`` context."""
        content_field_name = ""
        schema_fields = []
        for field in fields.values():
            name = field.index_fieldname
            if field.document:
                content_field_name = name
            field_type = field.field_type
            if field_type in TEXT_TYPES:
                # Searched, never shown: what the results page shows has its own stored fields.
                data = self._field_data(name, TEXT_TYPES[field_type], indexed=True, stored=False)
            elif field_type == "keyword":
                data = self._field_data(name, "string", indexed=True, stored=True, doc_values=True)
            elif field_type == "stored":
                # Analysed like the folded text so that the highlighter can mark the query's words in it.
                data = self._field_data(name, "vi_folded", indexed=False, stored=True)
            elif field_type in ("date", "datetime"):
                data = self._field_data(name, "pdate", indexed=True, stored=True, doc_values=True)
            else:
                _content, (data,) = super().build_schema({name: field})
                data["type"] = STOCK_TYPES.get(data["type"], data["type"])
                data.setdefault("doc_values", "false")
            data["multi_valued"] = "true" if field.is_multivalued else "false"
            schema_fields.append(data)
        return content_field_name, schema_fields

    @staticmethod
    def _field_data(name, solr_type, indexed, stored, doc_values=False):
        return {
            "field_name": name,
            "type": solr_type,
            "indexed": "true" if indexed else "false",
            "stored": "true" if stored else "false",
            "multi_valued": "false",
            "doc_values": "true" if doc_values else "false",
        }

    # Indexing -----------------------------------------------------------------------------------------------------
    def update(self, index, iterable, commit=True):
        """As haystack's, without index-time boosts (Solr 7+ has none; the title's weight is in the query)."""
        docs = []
        for obj in iterable:
            try:
                docs.append(index.full_prepare(obj))
            except SkipDocument:
                self.log.debug("Indexing for object `%s` skipped", obj)
            except UnicodeDecodeError:
                if not self.silently_fail:
                    raise
                self.log.exception(
                    "UnicodeDecodeError while preparing object for update",
                    extra={"data": {"index": index, "object": get_identifier(obj)}},
                )
        if not docs:
            return
        try:
            # Without boosts pysolr posts JSON (much cheaper than XML), whose encoder knows no dates.
            self.conn.add([self._solr_document(doc) for doc in docs], commit=commit)
        except (OSError, SolrError):
            if not self.silently_fail:
                raise
            self.log.exception("Failed to add documents to Solr")

    def _solr_document(self, doc):
        """Dates as Solr writes them (UTC, ``…Z``); empty values are left out by pysolr."""
        return {key: self._solr_value(value) for key, value in doc.items()}

    def _solr_value(self, value):
        if isinstance(value, list | tuple | set):
            return [self._solr_value(item) for item in value]
        if isinstance(value, datetime.date):  # datetimes too
            return self.conn._from_python(value)
        return value

    def indexed_ids(self, model_label):
        """The ids (django_id strings) of every indexed object of a model ("app_label.model_name").

        Used to remove stale entries, so a failure raises instead of answering an incomplete list.
        """
        ids = []
        cursor = "*"
        while True:
            raw = self._select(build_ids_params(model_label, cursor))
            ids += [str(_single(doc[DJANGO_ID])) for doc in raw["response"]["docs"]]
            next_cursor = raw.get("nextCursorMark") or cursor
            if next_cursor == cursor:
                return ids
            cursor = next_cursor

    # The portal's search ------------------------------------------------------------------------------------------
    def build_search_params(self, request, mode="all"):
        return build_search_params(request, mode=mode, content_field=self.content_field)

    def parse_search_response(self, request, raw, mode="all"):
        return parse_search_response(request, raw, mode=mode)

    def portal_search(self, request: PortalQuery) -> PortalResults:
        if not request.words:
            return PortalResults.empty(request)
        try:
            raw = self._select(self.build_search_params(request, "all"))
            mode = "all"
            if num_found(raw) == 0 and len(request.words) > 1:
                raw = self._select(self.build_search_params(request, "any"))
                mode = "any"
        except (OSError, SolrError):
            if not self.silently_fail:
                raise
            self.log.exception("Failed to query Solr for %r", request.text)
            return PortalResults.empty(request)
        return self.parse_search_response(request, raw, mode)

    def portal_ids(self, request: PortalQuery, limit: int):
        """([ids], total) of the best ``limit`` matches, ranked as ``portal_search`` ranks them."""
        if not request.words:
            return [], 0
        try:
            for mode in ("all", "any"):
                raw = self._select(build_ids_search_params(request, limit, mode, self.content_field))
                if num_found(raw) or len(request.words) == 1:
                    break
        except (OSError, SolrError):
            if not self.silently_fail:
                raise
            self.log.exception("Failed to query Solr for %r", request.text)
            return [], 0
        docs = raw.get("response", {}).get("docs", [])
        return [int(_single(doc[DJANGO_ID])) for doc in docs], num_found(raw)

    def _select(self, params):
        """Sends the parameters to /select; the decoded JSON response."""
        params = dict(params)
        query = params.pop("q")
        return self.conn.search(query, **params).raw_response


class VietnameseSolrEngine(BaseEngine):
    backend = VietnameseSolrSearchBackend
    query = SolrSearchQuery
