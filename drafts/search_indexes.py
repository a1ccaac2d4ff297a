"""Published drafts in the site search: title, summary, the questions put to the public and the files' text."""

import datetime

from django.utils import timezone
from haystack import indexes

from search.indexes import PortalIndex

from .models import DraftDocument


class DraftIndex(PortalIndex, indexes.Indexable):
    kind_name = "draft"

    def get_model(self):
        return DraftDocument

    def index_queryset(self, using=None):
        return DraftDocument.objects.published().select_related("department").prefetch_related("files")

    def get_updated_field(self):
        return "updated_at"

    def title_of(self, obj):
        return f"Dự thảo {obj.title}"

    def summary_of(self, obj):
        window = f"{obj.opens_on:%d/%m/%Y} – {obj.closes_on:%d/%m/%Y}"
        return f"{obj.summary} ({obj.department.name}, lấy ý kiến {window})"

    def body_of(self, obj):
        return "\n".join([obj.questions, obj.outcome_text, *(f.text for f in obj.files.all() if f.text)])

    def date_of(self, obj):
        return timezone.make_aware(datetime.datetime.combine(obj.opens_on, datetime.time(8, 0)))

    def url_of(self, obj):
        return obj.get_absolute_url()
