"""The document finder behind /van-ban/ and /api/v2/documents/: keyword, filters, sort — one set of rules.

The keyword goes through the site search backend (diacritics-insensitive, number-aware: the same analyzer as
/tim-kiem/), which returns the ids of the best-matching documents; the filters are SQL over those. Unknown or
malformed filter values are ignored (never an error page), so a shared or hand-edited link always opens.
"""

import re
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.utils import timezone

from portal.pagination import CachedCountPaginator
from search.service import matching_ids

from .models import (
    Attachment,
    DocumentField,
    DocumentRelation,
    DocumentType,
    IssuingBody,
    LegalDocument,
    in_force_q,
)
from .signals import count_version

PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
#: The keyword search ranks at most this many documents; the finder says when there were more.
KEYWORD_LIMIT = 1000
SORTS = ("lien-quan", "moi-nhat", "cu-nhat")
MIN_YEAR = 1945


def _int(value):
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


@dataclass
class Finding:
    """What the finder found: a page of documents and how it was asked."""

    page: object  # django.core.paginator.Page, its object_list a list of LegalDocument
    chosen: dict = field(default_factory=dict)  # the filters that were applied, by URL parameter
    keyword: str = ""
    sort: str = "moi-nhat"
    truncated: bool = False  # the keyword matched more documents than KEYWORD_LIMIT

    @property
    def count(self):
        return self.page.paginator.count


_SLUG_RE = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")


def _slug(value):
    """A well-formed slug, or None: anything else never reaches the database (PostgreSQL refuses NUL bytes)."""
    return value if isinstance(value, str) and _SLUG_RE.match(value) else None


def _filters(params):
    documents = LegalDocument.objects.published()
    chosen = {}
    if (slug := _slug(params.get("loai"))) and DocumentType.objects.filter(slug=slug).exists():
        documents, chosen["loai"] = documents.filter(document_type__slug=slug), slug
    if (slug := _slug(params.get("co-quan"))) and IssuingBody.objects.filter(slug=slug).exists():
        documents, chosen["co-quan"] = documents.filter(issuing_body__slug=slug), slug
    if (slug := _slug(params.get("linh-vuc"))) and DocumentField.objects.filter(slug=slug).exists():
        documents, chosen["linh-vuc"] = documents.filter(fields__slug=slug), slug
    if (year := _int(params.get("nam"))) and MIN_YEAR <= year <= timezone.localdate().year + 1:
        documents, chosen["nam"] = documents.filter(issue_date__year=year), year
    if (group := params.get("nhom")) in LegalDocument.Group.values:
        documents, chosen["nhom"] = documents.filter(group=group), group
    validity = params.get("hieu-luc")
    if validity == "con":
        documents, chosen["hieu-luc"] = documents.filter(in_force_q()), validity
    elif validity == "het":
        documents, chosen["hieu-luc"] = documents.exclude(in_force_q()), validity
    return documents, chosen


def for_listing(queryset):
    """What a list row shows: type, issuer, fields, files and the relations its validity is derived from."""
    # The extracted text (up to 200,000 characters a document) is never shown in a list.
    return (
        queryset.defer("text")
        .select_related("document_type", "issuing_body")
        .prefetch_related(
            "fields",
            Prefetch("attachments", queryset=Attachment.objects.order_by("sort_order", "pk")),
            Prefetch(
                "incoming_relations",
                queryset=DocumentRelation.objects.filter(source__is_published=True).select_related("source"),
            ),
        )
    )


def find(params, per_page=PAGE_SIZE):
    """Documents matching the request parameters (a QueryDict or dict), one page of them."""
    documents, chosen = _filters(params)
    keyword = " ".join(str(params.get("q", "")).split())[:200]
    sort = params.get("sap-xep")
    ranked, truncated = None, False
    if keyword:
        found = matching_ids(keyword, kind="document", limit=KEYWORD_LIMIT)
        if found is not None:
            ranked, total = found
            truncated = total > len(ranked)
    if sort not in SORTS or (sort == "lien-quan" and ranked is None):
        sort = "lien-quan" if ranked is not None else "moi-nhat"
    order = ("issue_date", "pk") if sort == "cu-nhat" else ("-issue_date", "-pk")
    if ranked is None:
        # No keyword: the database pages through the filtered documents. (Filtering by a field joins one row per
        # document at most — the field's slug is unique — so no DISTINCT is needed.)
        # The total is cached per filter combination and day (validity follows the calendar) until a document or
        # a relation changes: COUNT(*) over tens of thousands of rows is the costly part of a page.
        key = "&".join(f"{name}={value}" for name, value in sorted(chosen.items()))
        cache_key = f"documents:count:{count_version()}:{timezone.localdate():%Y%m%d}:{key}"
        paginator = CachedCountPaginator(for_listing(documents.order_by(*order)), per_page, cache_key=cache_key)
        page = paginator.get_page(params.get("page"))
        page.object_list = list(page.object_list)
        return Finding(page=page, chosen=chosen, keyword=keyword, sort=sort)
    # A keyword: at most KEYWORD_LIMIT ranked ids, filtered and ordered here, then one page of rows fetched.
    pks = list(documents.filter(pk__in=ranked).order_by(*order).values_list("pk", flat=True))
    if sort == "lien-quan":
        position = {pk: rank for rank, pk in enumerate(ranked)}
        pks.sort(key=position.__getitem__)
    page = Paginator(pks, per_page).get_page(params.get("page"))
    rows = {doc.pk: doc for doc in for_listing(LegalDocument.objects.filter(pk__in=page.object_list))}
    page.object_list = [rows[pk] for pk in page.object_list if pk in rows]
    return Finding(page=page, chosen=chosen, keyword=keyword, sort=sort, truncated=truncated)


def page_size(value):
    size = _int(value)
    return min(max(size, 1), MAX_PAGE_SIZE) if size else PAGE_SIZE
