"""The site search page (/tim-kiem/) and its JSON twin (/api/v2/search/)."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.views.decorators.http import require_GET

from .kinds import KINDS
from .service import build_query, search


def _link(request_query, **changes):
    params = {
        "q": request_query.text,
        "type": request_query.kind,
        "year": request_query.year or "",
        "sort": request_query.sort,
        **changes,
    }
    return "?" + urlencode({k: v for k, v in params.items() if v not in ("", None, "relevance", 1)})


@require_GET
def search_page(request):
    query = build_query(request.GET, per_page=settings.SEARCH_RESULTS_PER_PAGE)
    results = search(query)
    kind_facets = [
        {
            "name": name,
            "label": label,
            "count": results.facets.get("kind", {}).get(name, 0),
            "url": _link(query, type=name, page=1),
            "active": query.kind == name,
        }
        for name, label in KINDS.items()
        if results.facets.get("kind", {}).get(name) or query.kind == name
    ]
    year_facets = [
        {"year": year, "count": count, "url": _link(query, year=year, page=1), "active": str(query.year) == year}
        for year, count in sorted(results.facets.get("year", {}).items(), reverse=True)
    ]
    pages = [{"number": n, "url": _link(query, page=n)} for n in range(1, results.num_pages + 1)]
    context = {
        "query": query,
        "results": results,
        "hits": [{**hit, "kind_label": KINDS.get(hit["kind"], "")} for hit in results.hits],
        "kind_facets": kind_facets,
        "year_facets": year_facets,
        "all_kinds_url": _link(query, type="", page=1),
        "all_years_url": _link(query, year="", page=1),
        "sort_relevance_url": _link(query, sort="relevance", page=1),
        "sort_newest_url": _link(query, sort="newest", page=1),
        "pages": pages if len(pages) > 1 else [],
        "previous_url": _link(query, page=query.page - 1) if query.page > 1 else "",
        "next_url": _link(query, page=query.page + 1) if query.page < results.num_pages else "",
    }
    return render(request, "search/site_search.html", context)


@require_GET
def search_api(request):
    query = build_query(request.GET, per_page=min(50, settings.SEARCH_RESULTS_PER_PAGE))
    requested_type = request.GET.get("type", "")
    if requested_type and requested_type not in KINDS:
        return JsonResponse({"error": "Loại nội dung không hợp lệ.", "allowed_types": list(KINDS)}, status=400)
    results = search(query)
    return JsonResponse(
        {
            "count": results.count,
            "page": query.page,
            "num_pages": results.num_pages,
            "query": query.text,
            "mode": results.mode,
            "results": [
                {
                    "title": hit["title"],
                    "url": request.build_absolute_uri(hit["url"]) if hit["url"] else "",
                    "type": hit["kind"],
                    "date": hit["date"].isoformat() if hit["date"] else None,
                    "snippet": hit["snippet"],
                    "score": hit["score"],
                }
                for hit in results.hits
            ],
            "facets": results.facets,
        },
        json_dumps_params={"ensure_ascii": False},
    )
