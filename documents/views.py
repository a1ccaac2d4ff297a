"""Public pages of the document library: the finder (/van-ban/) and a document's page (/van-ban/<id>/)."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from . import finder
from .models import Attachment, DocumentField, DocumentRelation, DocumentType, IssuingBody, LegalDocument, Validity


def document_list(request):
    found = finder.find(request.GET)
    params = {**({"q": found.keyword} if found.keyword else {}), **found.chosen}
    default_sort = "lien-quan" if found.keyword else "moi-nhat"
    if found.sort != default_sort:
        params["sap-xep"] = found.sort
    context = {
        "finding": found,
        "page_obj": found.page,
        "selected": {key.replace("-", "_"): value for key, value in found.chosen.items()},
        "query_string": urlencode(params),
        "sort_links": [
            (value, label, "?" + urlencode({**params, "sap-xep": value}))
            for value, label in (
                ("lien-quan", _("Liên quan nhất")),
                ("moi-nhat", _("Mới nhất")),
                ("cu-nhat", _("Cũ nhất")),
            )
            if value != "lien-quan" or found.keyword
        ],
        "document_types": DocumentType.objects.all(),
        "issuing_bodies": IssuingBody.objects.all(),
        "document_fields": DocumentField.objects.all(),
        "groups": LegalDocument.Group.choices,
        "years": range(timezone.localdate().year, 1990, -1),
    }
    return render(request, "documents/document_list.html", context)


def published_document(pk):
    relations = DocumentRelation.objects.select_related("source", "target")
    return get_object_or_404(
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


def document_detail(request, pk):
    document = published_document(pk)
    validity = document.validity()
    context = {
        "document": document,
        "validity": validity,
        "in_force": validity in (Validity.IN_FORCE, Validity.PARTLY_EXPIRED),
        "history": document.validity_history(),
        "main_file": document.main_file,
    }
    return render(request, "documents/document_detail.html", context)
