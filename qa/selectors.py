"""Read-side helpers other apps call to show answered questions (home page, special sections)."""

from .models import QAPage


def latest_answers(limit=5, topic_slug=""):
    """The newest published Q&A pages, newest answer first."""
    pages = QAPage.objects.live().public().select_related("topic", "department")
    if topic_slug:
        pages = pages.filter(topic__slug=topic_slug)
    return list(pages.order_by("-answered_at", "-pk")[:limit])
