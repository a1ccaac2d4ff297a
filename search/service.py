"""The one entry point to the site search, used by the search page and the JSON API."""

from haystack import connections

from .kinds import KINDS
from .query import PortalQuery, PortalResults


def build_query(params, per_page=10):
    """A PortalQuery from request parameters (a QueryDict or dict); bad values fall back to defaults."""
    return PortalQuery.build(
        text=params.get("q", ""),
        kind=params.get("type", "") or params.get("loai", ""),
        year=params.get("year", "") or params.get("nam", ""),
        sort=params.get("sort", "relevance"),
        page=params.get("page", 1),
        per_page=per_page,
        kinds=tuple(KINDS),
    )


def search(request: PortalQuery) -> PortalResults:
    if not request.words:
        return PortalResults.empty(request)
    return connections["default"].get_backend().portal_search(request)


def matching_ids(text, kind="", limit=1000):
    """([ids], total) of the ``limit`` best matches of ``text`` (of one kind), ranked like the search page;
    None when the text has no searchable word (the caller then does not filter by keyword)."""
    request = PortalQuery.build(text=text, kind=kind, per_page=limit, kinds=tuple(KINDS))
    if not request.words:
        return None
    return connections["default"].get_backend().portal_ids(request, limit)
