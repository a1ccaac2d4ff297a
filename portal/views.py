"""Plain views of the site shell: health check, the site map, the links directory and the error pages."""

from django.http import HttpResponsePermanentRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.utils.cache import add_never_cache_headers


def healthz(request):
    """For a load balancer: database, cache, broker and search index (portal.health); 503 when one is down."""
    from .health import healthz as health_view

    return health_view(request)


def favicon(request):
    # Resolved per request: the hashed name exists only once collectstatic has run.
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # No context processors: whatever failed (database, settings) must not fail again here.
    return HttpResponseServerError(loader.get_template("500.html").render())


def site_map(request):
    """/so-do-cong/: the portal's sections and pages for people (``/sitemap.xml`` is the one for search engines).

    The page tree under the home page, three levels deep, without the articles and answers (tens of thousands of
    leaves, found through their lists and the search), with the news categories under the news index and the
    services that are not pages. A few queries whatever the number of pages.
    """
    from wagtail.models import Site

    from news.models import NewsArticlePage, NewsCategory, NewsIndexPage
    from qa.models import QAPage

    site = Site.find_for_request(request)
    home = site.root_page if site else None
    nodes = []
    if home is not None:
        pages = (
            home.get_descendants()
            .live()
            .public()
            .filter(depth__lte=home.depth + 3)
            .not_type(NewsArticlePage, QAPage)
            .only("id", "title", "url_path", "path", "depth", "content_type_id")
            .order_by("path")
        )
        by_path = {}
        for page in pages:
            node = {"page": page, "children": [], "categories": []}
            parent = by_path.get(page.path[: -page.steplen])
            (parent["children"] if parent else nodes).append(node)
            by_path[page.path] = node
        news_nodes = [node for node in by_path.values() if node["page"].specific_class is NewsIndexPage]
        if news_nodes:
            categories = list(NewsCategory.objects.order_by("sort_order", "name"))
            for node in news_nodes:
                node["page"] = node["page"].specific  # its routes give the category addresses
                node["categories"] = categories
    return render(request, "portal/site_map.html", {"nodes": nodes, "home": home})


def web_links(request):
    """/lien-ket/: the websites of departments, districts and agencies, grouped by kind."""
    from .models import WebLink

    links = WebLink.objects.filter(is_active=True).order_by("kind", "sort_order", "title")
    groups = []
    for value, label in WebLink.Kind.choices:
        items = [link for link in links if link.kind == value]
        if items:
            groups.append({"kind": value, "label": label, "links": items})
    return render(request, "portal/web_links.html", {"groups": groups})


def private_response(response):
    """A page with a one-time token or one citizen's data (forms, tracking): never cached, never indexed."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    return response
