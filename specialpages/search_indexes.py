"""Special sections in the site search."""

from haystack import indexes

from search.indexes import PortalIndex, page_body_text

from .models import SpecialSectionPage


class SpecialSectionPageIndex(PortalIndex, indexes.Indexable):
    kind_name = "section"

    def get_model(self):
        return SpecialSectionPage

    def index_queryset(self, using=None):
        return SpecialSectionPage.objects.live().public()

    def get_updated_field(self):
        return "last_published_at"

    def summary_of(self, obj):
        return obj.intro

    def body_of(self, obj):
        return page_body_text(obj)

    def date_of(self, obj):
        return obj.first_published_at
