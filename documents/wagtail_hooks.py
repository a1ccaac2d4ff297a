"""Admin of the document library: documents (scoped to the user's department) and their reference tables."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from portal.permissions import DepartmentLimitedAdminForm, DepartmentScopedViewSetMixin, ScopedIndexView

from .models import DocumentField, DocumentType, IssuingBody, LegalDocument, Validity


class LegalDocumentForm(DepartmentLimitedAdminForm):
    pass


class LegalDocumentFilterSet(WagtailFilterSet):
    year = django_filters.NumberFilter(field_name="issue_date", lookup_expr="year", label=_("Năm ban hành"))
    validity = django_filters.ChoiceFilter(choices=Validity.choices, method="filter_validity", label=_("Hiệu lực"))

    class Meta:
        model = LegalDocument
        fields = ["document_type", "group", "issuing_body", "fields", "department", "is_published"]

    def filter_validity(self, queryset, name, value):
        in_force = LegalDocument.objects.in_force().values("pk")
        if value == Validity.IN_FORCE:
            return queryset.filter(pk__in=in_force)
        if value == Validity.NOT_YET:
            return queryset.filter(effective_date__gt=timezone.localdate())
        return queryset.exclude(pk__in=in_force)


class LegalDocumentIndexView(ScopedIndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("document_type", "issuing_body", "department")


class LegalDocumentViewSet(DepartmentScopedViewSetMixin, ModelViewSet):
    model = LegalDocument
    name = "legal_documents"
    icon = "doc-full"
    menu_label = _("Văn bản")
    add_to_admin_menu = False
    index_view_class = LegalDocumentIndexView
    list_display = [
        "number",
        Column("summary", label=_("Trích yếu")),
        "document_type",
        "issuing_body",
        "issue_date",
        "department",
    ]
    filterset_class = LegalDocumentFilterSet
    search_fields = ["number", "summary", "signer"]
    list_export = [
        "number",
        "document_type",
        "group",
        "issuing_body",
        "signer",
        "signer_title",
        "issue_date",
        "effective_date",
        "expiry_date",
        "summary",
        "department",
    ]
    export_filename = "van-ban"
    ordering = ["-issue_date", "-pk"]

    edit_handler = ObjectList(LegalDocument.panels, base_form_class=LegalDocumentForm)


class DocumentTypeViewSet(ModelViewSet):
    model = DocumentType
    name = "document_types"
    icon = "tag"
    menu_label = _("Loại văn bản")
    form_fields = ["name", "code", "slug", "sort_order", "consultation_days"]
    list_display = ["name", "code", "sort_order"]


class IssuingBodyViewSet(ModelViewSet):
    model = IssuingBody
    name = "issuing_bodies"
    icon = "group"
    menu_label = _("Cơ quan ban hành")
    form_fields = ["name", "short_name", "slug", "is_active", "sort_order"]
    list_display = ["name", "short_name", "is_active"]
    search_fields = ["name", "short_name"]


class DocumentFieldViewSet(ModelViewSet):
    model = DocumentField
    name = "document_fields"
    icon = "list-ul"
    menu_label = _("Lĩnh vực")
    form_fields = ["name", "slug"]
    list_display = ["name"]
    search_fields = ["name"]


class DocumentsGroup(ViewSetGroup):
    menu_label = _("Văn bản")
    menu_icon = "doc-full-inverse"
    menu_order = 150
    items = (LegalDocumentViewSet, DocumentTypeViewSet, IssuingBodyViewSet, DocumentFieldViewSet)


@hooks.register("register_admin_viewset")
def register_viewsets():
    return DocumentsGroup()
