"""Read-side helpers other apps call to show drafts (home page, special sections) without reaching into models."""

from django.db.models import Q
from django.utils import timezone

from .models import DraftDocument, Status


def drafts_for_listing(limit=5, only_open=True, department_slug=""):
    """[(draft, days_left)]: drafts open for comment (the nearest deadline first), or the newest of any status."""
    today = timezone.localdate()
    drafts = DraftDocument.objects.published().select_related("department", "document_type")
    if department_slug:
        drafts = drafts.filter(department__slug=department_slug)
    if only_open:
        drafts = drafts.filter(Q(opens_on__lte=today, closes_on__gte=today)).order_by("closes_on", "pk")
    else:
        drafts = drafts.order_by("-opens_on", "-pk")
    result = []
    for draft in drafts[:limit]:
        is_open = draft.opens_on <= today <= draft.closes_on
        result.append((draft, (draft.closes_on - today).days + 1 if is_open else 0))
    return result


__all__ = ["Status", "drafts_for_listing"]
