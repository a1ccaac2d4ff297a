"""Published documents in the site search: number, type and summary as the title, extracted text as the body."""

import datetime

from django.utils import timezone
from haystack import indexes

from search.indexes import PortalIndex

from .models import LegalDocument


class LegalDocumentIndex(PortalIndex, indexes.Indexable):
    kind_name = "document"

    def get_model(self):
        return LegalDocument

    def index_queryset(self, using=None):
        return LegalDocument.objects.published().select_related("document_type", "issuing_body")

    def get_updated_field(self):
        return "updated_at"

    def title_of(self, obj):
        # The number leads the title: its parts ("43", "2011", "nd", "cp") and their pairs weigh as a title.
        return f"{obj.number} – {obj.document_type.name} về {obj.summary}" if obj.document_type_id else obj.number

    def summary_of(self, obj):
        return f"{obj.summary} ({obj.issuing_body.name}, {obj.issue_date:%d/%m/%Y})"

    def body_of(self, obj):
        return obj.text

    def date_of(self, obj):
        return timezone.make_aware(datetime.datetime.combine(obj.issue_date, datetime.time(8, 0)))

    def url_of(self, obj):
        return obj.get_absolute_url()
