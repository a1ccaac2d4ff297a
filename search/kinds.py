"""The kinds of content the site search knows, in the order facets list them, with their Vietnamese names."""

from django.utils.translation import gettext_lazy as _

KINDS = {
    "news": _("Tin tức"),
    "section": _("Chuyên trang"),
    "document": _("Văn bản"),
    "draft": _("Dự thảo"),
    "qa": _("Hỏi đáp"),
    "page": _("Trang thông tin"),
}
