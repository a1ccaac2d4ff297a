"""News articles in the site search."""

from haystack import indexes

from search.indexes import PortalIndex, page_body_text

from .models import NewsArticlePage


class NewsArticlePageIndex(PortalIndex, indexes.Indexable):
    kind_name = "news"

    def get_model(self):
        return NewsArticlePage

    def index_queryset(self, using=None):
        return NewsArticlePage.objects.live().public().select_related("category")

    def get_updated_field(self):
        return "last_published_at"

    def summary_of(self, obj):
        return obj.lead

    def body_of(self, obj):
        return page_body_text(obj)

    def date_of(self, obj):
        return obj.date
