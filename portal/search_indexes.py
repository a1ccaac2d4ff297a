"""Intro pages (/gioi-thieu/, /lien-he/ …) in the site search."""

from django.conf import settings
from haystack import indexes

from search.indexes import PortalIndex, page_body_text

from .models import StandardPage


class StandardPageIndex(PortalIndex, indexes.Indexable):
    kind_name = "page"

    def get_model(self):
        return StandardPage

    def index_queryset(self, using=None):
        # The site search is Vietnamese: translations of the intro pages (/en/…) stay out of it.
        return StandardPage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)

    def get_updated_field(self):
        return "last_published_at"

    def summary_of(self, obj):
        return obj.intro

    def body_of(self, obj):
        return page_body_text(obj)

    def date_of(self, obj):
        return obj.last_published_at
