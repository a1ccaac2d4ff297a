"""Read-side helpers other apps call to show documents (home page, special sections) without reaching into models."""

from .models import LegalDocument


def latest_documents(limit=5, field_slug="", type_slug="", group=""):
    documents = LegalDocument.objects.published().select_related("document_type", "issuing_body")
    if field_slug:
        documents = documents.filter(fields__slug=field_slug)
    if type_slug:
        documents = documents.filter(document_type__slug=type_slug)
    if group:
        documents = documents.filter(group=group)
    return list(documents.order_by("-issue_date", "-pk")[:limit])
