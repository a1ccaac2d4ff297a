"""Read-only open data: /api/v2/documents/ (the finder's filters, paged) and /api/v2/documents/<id>/.

Same parameters as the public finder (q, loai, co-quan, linh-vuc, nam, nhom, hieu-luc, sap-xep, page) plus
``page_size`` (≤ 100). Only published documents; nothing an editor keeps internal (owning department, extracted text
aside from a flag) is exposed.
"""

from django.http import Http404, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import finder
from .models import Validity
from .views import published_document


def _date(value):
    return value.isoformat() if value else None


def _absolute(request, url):
    return request.build_absolute_uri(url)


def _files(request, document):
    return [
        {
            "title": str(attachment),
            "kind": attachment.kind,
            "file_type": attachment.file_type,
            "size": attachment.size,
            "pages": attachment.page_count,
            "sha256": attachment.sha256,
            "url": _absolute(request, attachment.file.url),
        }
        for attachment in document.attachments.all()
    ]


def _summary(request, document):
    validity = document.validity()
    return {
        "id": document.pk,
        "number": document.number,
        "type": document.document_type.name,
        "group": document.group,
        "issuing_body": document.issuing_body.name,
        "signer": document.signer,
        "signer_title": document.signer_title,
        "issue_date": _date(document.issue_date),
        "effective_date": _date(document.effective_date),
        "expiry_date": _date(document.expiry_date),
        "validity": validity.value,
        "validity_label": str(Validity(validity).label),
        "fields": [field.name for field in document.fields.all()],
        "summary": document.summary,
        "url": _absolute(request, document.get_absolute_url()),
        "files": _files(request, document),
    }


def _json(data, status=200):
    response = JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})
    # Open data: other agencies' web pages may read it from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def document_list(request):
    found = finder.find(request.GET, per_page=finder.page_size(request.GET.get("page_size")))
    page = found.page

    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return _absolute(request, f"{request.path}?{params.urlencode()}")

    return _json(
        {
            "count": found.count,
            "truncated": found.truncated,
            "page": page.number,
            "num_pages": page.paginator.num_pages,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "filters": found.chosen,
            "query": found.keyword,
            "sort": found.sort,
            "results": [_summary(request, document) for document in page.object_list],
        }
    )


@require_GET
def document_detail(request, pk):
    try:
        document = published_document(pk)
    except Http404:
        return _json({"error": "Không tìm thấy văn bản."}, status=404)
    data = _summary(request, document)
    data["has_text_layer"] = document.has_text_layer
    data["source_url"] = document.source_url
    data["relations"] = [
        {
            "direction": "outgoing",
            "kind": relation.kind,
            "label": str(relation.get_kind_display()),
            "number": relation.target.number,
            "url": _absolute(request, relation.target.get_absolute_url()),
            "api_url": _absolute(request, reverse("documents_api:detail", args=[relation.target_id])),
        }
        for relation in document.outgoing_relations.all()
    ] + [
        {
            "direction": "incoming",
            "kind": relation.kind,
            "label": str(relation.INCOMING_LABELS[relation.kind]),
            "number": relation.source.number,
            "url": _absolute(request, relation.source.get_absolute_url()),
            "api_url": _absolute(request, reverse("documents_api:detail", args=[relation.source_id])),
        }
        for relation in document.incoming_relations.all()
    ]
    data["history"] = [{"date": _date(day), "event": str(event)} for day, event in document.validity_history()]
    return _json(data)
