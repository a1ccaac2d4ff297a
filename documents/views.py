"""Public pages of the document library: the finder (/van-ban/) and a document's page (/van-ban/<id>/)."""

from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import urlencode

from .models import Attachment, DocumentField, DocumentRelation, DocumentType, IssuingBody, LegalDocument, Validity

PAGE_SIZE = 20


def _int(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def filter_documents(params):
    """The published documents matching the finder's parameters; unknown or malformed values are ignored."""
    documents = LegalDocument.objects.published()
    chosen = {}
    if (slug := params.get("loai")) and DocumentType.objects.filter(slug=slug).exists():
        documents, chosen["loai"] = documents.filter(document_type__slug=slug), slug
    if (slug := params.get("co-quan")) and IssuingBody.objects.filter(slug=slug).exists():
        documents, chosen["co-quan"] = documents.filter(issuing_body__slug=slug), slug
    if (slug := params.get("linh-vuc")) and DocumentField.objects.filter(slug=slug).exists():
        documents, chosen["linh-vuc"] = documents.filter(fields__slug=slug), slug
    if (year := _int(params.get("nam"))) and 1945 <= year <= 2100:
        documents, chosen["nam"] = documents.filter(issue_date__year=year), year
    if (group := params.get("nhom")) in LegalDocument.Group.values:
        documents, chosen["nhom"] = documents.filter(group=group), group
    validity = params.get("hieu-luc")
    if validity == "con":
        documents, chosen["hieu-luc"] = documents.filter(pk__in=LegalDocument.objects.in_force().values("pk")), validity
    elif validity == "het":
        documents = documents.exclude(pk__in=LegalDocument.objects.in_force().values("pk"))
        chosen["hieu-luc"] = validity
    return documents.distinct(), chosen


def document_list(request):
    documents, chosen = filter_documents(request.GET)
    documents = documents.select_related("document_type", "issuing_body").order_by("-issue_date", "-pk")
    page = Paginator(documents, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "page_obj": page,
        "selected": {key.replace("-", "_"): value for key, value in chosen.items()},
        "query_string": urlencode(chosen),
        "document_types": DocumentType.objects.all(),
        "issuing_bodies": IssuingBody.objects.all(),
        "document_fields": DocumentField.objects.all(),
        "groups": LegalDocument.Group.choices,
        "years": range(timezone.localdate().year, 1990, -1),
    }
    return render(request, "documents/document_list.html", context)


def document_detail(request, pk):
    relations = DocumentRelation.objects.select_related("source", "target")
    document = get_object_or_404(
        LegalDocument.objects.published()
        .select_related("document_type", "issuing_body", "department")
        .prefetch_related(
            "fields",
            Prefetch("attachments", queryset=Attachment.objects.order_by("sort_order", "pk")),
            Prefetch("incoming_relations", queryset=relations.filter(source__is_published=True)),
            Prefetch("outgoing_relations", queryset=relations.filter(target__is_published=True)),
        ),
        pk=pk,
    )
    context = {
        "document": document,
        "validity": document.validity(),
        "in_force": document.validity() in (Validity.IN_FORCE, Validity.PARTLY_EXPIRED),
        "history": document.validity_history(),
        "main_file": document.main_file,
    }
    return render(request, "documents/document_detail.html", context)
