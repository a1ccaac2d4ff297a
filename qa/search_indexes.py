"""Published questions and answers in the site search. Only the public page is indexed (QAPage holds the asker's
name, never their contact details); the private Question model is not indexed at all."""

import datetime

from django.utils import timezone
from haystack import indexes

from search.indexes import PortalIndex

from .models import QAPage


class QAPageIndex(PortalIndex, indexes.Indexable):
    kind_name = "qa"

    def get_model(self):
        return QAPage

    def index_queryset(self, using=None):
        return QAPage.objects.live().public().select_related("department", "topic")

    def get_updated_field(self):
        return "last_published_at"

    def summary_of(self, obj):
        return obj.question_text[:400]

    def body_of(self, obj):
        parts = [obj.question_text, obj.answer]
        if obj.department_id:
            parts.append(obj.department.name)
        if obj.topic_id:
            parts.append(obj.topic.name)
        return "\n".join(parts)

    def date_of(self, obj):
        day = obj.answered_at or obj.asked_at
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time(8, 0))) if day else None
