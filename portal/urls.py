"""URL map: fixed routes first, then Wagtail serves the page tree (see ARCHITECTURE.md)."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import TemplateView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import views as sitemap_views
from wagtail.documents import urls as wagtaildocs_urls

from documents.urls import api_urlpatterns as documents_api
from search import views as search_views

from . import feedback, schedule, security, views
from .sitemaps import SITEMAPS

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path(
        "sitemap.xml", sitemap_views.index, {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap"}, name="sitemap_index"
    ),
    path("sitemap-<section>.xml", sitemap_views.sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", TemplateView.as_view(template_name="robots.txt", content_type="text/plain"), name="robots"),
    path("healthz", views.healthz, name="healthz"),
    path("tim-kiem/", search_views.search_page, name="search"),
    path("van-ban/", include("documents.urls")),
    path("du-thao/", include("drafts.urls")),
    path("lien-ket/", views.web_links, name="web_links"),
    path("so-do-cong/", views.site_map, name="site_map"),
    path("lich-cong-tac/", schedule.schedule_page, name="schedule"),
    path("phan-hoi/", feedback.page_feedback, name="page_feedback"),
    path("thong-ke/", include("stats.urls")),
    path("api/v2/search/", search_views.search_api, name="search_api"),
    path("api/v2/documents/", include(documents_api)),
    # Browsers and crawlers ask for /favicon.ico whatever the page says.
    path("favicon.ico", views.favicon),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", security.serve_media),
    ]

# The page tree last; English pages under /en/, Vietnamese (the default language) without a prefix.
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=False)

handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"
