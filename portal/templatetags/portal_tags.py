"""Template tags of the site shell: main menu and breadcrumbs, each one query per request."""

from django import template
from django.utils.translation import get_language
from wagtail.models import Page, Site

from ..languages import language_links

register = template.Library()


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    site = Site.find_for_request(request)
    current = context.get("page")
    current_path = current.url_path if current else ""
    items = []
    home = None
    if site:
        # The home page in the language of the request (its translation under /en/, the site root otherwise).
        home = _localized_home(current, site)
        children = home.get_children().live().in_menu().only("id", "title", "url_path", "depth", "path")
        items = [(child, current_path.startswith(child.url_path)) for child in children]
    is_home = bool(current and home and current.pk == home.pk)
    home_url = home.get_url(request) if home is not None and home.pk != site.root_page_id else "/"
    return {"items": items, "is_home": is_home, "home_url": home_url, "request": request}


def _localized_home(current, site):
    """The current page's home (depth 2) when it is under one, else the site root; no query for Vietnamese pages."""
    if current is not None and getattr(current, "depth", 0) >= 2 and current.locale_id != site.root_page.locale_id:
        return Page.objects.ancestor_of(current, inclusive=True).get(depth=2)
    return site.root_page


@register.inclusion_tag("includes/language_switch.html", takes_context=True)
def language_switch(context):
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        page = None
    return {"links": language_links(page), "current": get_language()}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page, current_label=None):
    ancestors = Page.objects.ancestor_of(page).filter(depth__gt=1).only("id", "title", "url_path", "depth", "path")
    return {"ancestors": ancestors, "page": page, "current_label": current_label, "request": context["request"]}


@register.simple_tag
def elided_page_range(page_obj):
    """Page numbers around the current one, with ellipses: 1 … 4 5 [6] 7 8 … 120."""
    return list(page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1))


@register.simple_tag(takes_context=True)
def query_param(context, name):
    """A query-string value whose name a template cannot spell (``phan-hoi``)."""
    request = context.get("request")
    return request.GET.get(name, "") if request is not None else ""
