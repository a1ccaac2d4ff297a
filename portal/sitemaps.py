"""The sitemap: /sitemap.xml is an index of three sitemaps, so that search engines find every public address.

- ``pages``: every live public page of the site in every language (the Vietnamese tree and its English
  translations under /en/), each with ``hreflang`` alternates naming its translations;
- ``documents``: every published legal document (/van-ban/<id>/): the document library is what citizens search
  for, and the finder's filter pages are not crawled one by one;
- ``drafts``: every published draft under consultation, open or concluded (/du-thao/<id>/).

Each sitemap holds at most ``LIMIT`` addresses a file (``?p=2``…): 50,000 documents make ten files, listed by the index.
The page cache keeps them like any public page (they change with the content version).
"""

from django.contrib.sitemaps import GenericSitemap
from django.db.models import Max, Q
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page

LIMIT = 5000


class PageSitemap(WagtailSitemap):
    """Wagtail's sitemap of the site's pages, extended to the translations of the site's home page."""

    limit = LIMIT

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True).only("path")
        under_a_root = Q()
        for root in roots:
            under_a_root |= Q(path__startswith=root.path)
        return Page.objects.live().public().filter(under_a_root).order_by("path").defer_streamfields().specific()

    def get_latest_lastmod(self):
        # One aggregate instead of Wagtail's walk over every page (the index asks for it).
        latest = self.items().order_by().aggregate(latest=Max("last_published_at"))["latest"]
        return latest

    def _urls(self, page, protocol, domain):
        # Wagtail's, plus the hreflang alternates of each page found with one query per sitemap file.
        pages = list(self.paginator.page(page).object_list)
        alternates = self._alternates({item.translation_key for item in pages})
        urls, last_mods = [], set()
        for item in pages:
            links = alternates.get(item.translation_key, [])
            for url_info in item.get_sitemap_urls(self.request):
                if len(links) > 1:  # a page without a translation names no alternate
                    url_info = {**url_info, "alternates": links}
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def _alternates(self, translation_keys):
        """{translation_key: [{"lang_code", "location"}…]} of the live public pages sharing those keys: one query."""
        found = {}
        pages = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys)
            .select_related("locale")
            .only("id", "path", "depth", "url_path", "translation_key", "locale__language_code")
            .order_by("locale__language_code")
        )
        for page in pages:
            location = page.get_full_url(self.request)
            if location:
                found.setdefault(page.translation_key, []).append(
                    {"lang_code": page.locale.language_code, "location": location}
                )
        return found


def _documents():
    from documents.models import LegalDocument

    return LegalDocument.objects.published().only("pk", "updated_at").order_by("-issue_date", "-pk")


def _drafts():
    from drafts.models import DraftDocument

    return DraftDocument.objects.published().only("pk", "updated_at").order_by("-opens_on", "-pk")


class QuerysetSitemap(GenericSitemap):
    """Django's GenericSitemap (``get_absolute_url``, the latest ``updated_at`` by one query), its queryset made
    per request (the apps' models are not imported when the URLconf is)."""

    limit = LIMIT

    def __init__(self, make_queryset):
        self.make_queryset = make_queryset
        super().__init__({"queryset": None, "date_field": "updated_at"})

    def items(self):
        return self.make_queryset()

    def get_latest_lastmod(self):
        return self.items().order_by().aggregate(latest=Max("updated_at"))["latest"]


SITEMAPS = {"pages": PageSitemap, "documents": QuerysetSitemap(_documents), "drafts": QuerysetSitemap(_drafts)}
