"""Plain views of the site shell: health check and the error pages."""

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
