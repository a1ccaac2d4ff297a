"""The blocks of a special section: text, media and live lists of content from the other apps.

A list block reads through the owning app's selector (news.selectors, documents.selectors, drafts.selectors), so
the section shows what is current without an editor touching it.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from portal.blocks import RICH_TEXT_FEATURES, GalleryBlock, LinkBlock, VideoBlock


def _document_field_choices():
    from documents.models import DocumentField

    return [("", "—"), *DocumentField.objects.values_list("slug", "name")]


def _document_type_choices():
    from documents.models import DocumentType

    return [("", "—"), *DocumentType.objects.values_list("slug", "name")]


class NewsFeedBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    source = blocks.ChoiceBlock(
        choices=[
            ("children", _("Bài viết trong chuyên trang này")),
            ("category", _("Một chuyên mục tin")),
            ("tag", _("Một thẻ")),
        ],
        default="children",
        label=_("Lấy tin từ"),
    )
    category = SnippetChooserBlock("news.NewsCategory", required=False, label=_("Chuyên mục"))
    tag = blocks.CharBlock(required=False, max_length=100, label=_("Thẻ (đường dẫn, ví dụ: chuyen-doi-so)"))
    count = blocks.IntegerBlock(min_value=1, max_value=24, default=6, label=_("Số tin"))

    class Meta:
        icon = "list-ul"
        label = _("Danh sách tin")
        template = "specialpages/blocks/news_feed_block.html"

    def clean(self, value):
        value = super().clean(value)
        if value.get("source") == "category" and not value.get("category"):
            raise blocks.StructBlockValidationError(block_errors={"category": ValidationError(_("Chọn chuyên mục."))})
        if value.get("source") == "tag" and not value.get("tag"):
            raise blocks.StructBlockValidationError(block_errors={"tag": ValidationError(_("Nhập thẻ."))})
        return value

    def get_context(self, value, parent_context=None):
        from news.selectors import articles_for_block

        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        source = value.get("source")
        context["articles"] = articles_for_block(
            parent_page=page if source == "children" and page is not None else None,
            category=value.get("category") if source == "category" else None,
            tag_slug=value.get("tag") if source == "tag" else "",
            limit=value.get("count") or 6,
        )
        return context


class DocumentsListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    field = blocks.ChoiceBlock(choices=_document_field_choices, required=False, label=_("Lĩnh vực"))
    document_type = blocks.ChoiceBlock(choices=_document_type_choices, required=False, label=_("Loại văn bản"))
    count = blocks.IntegerBlock(min_value=1, max_value=20, default=5, label=_("Số văn bản"))

    class Meta:
        icon = "doc-full"
        label = _("Danh sách văn bản")
        template = "specialpages/blocks/documents_list_block.html"

    def get_context(self, value, parent_context=None):
        from documents.selectors import latest_documents

        context = super().get_context(value, parent_context)
        context["documents"] = latest_documents(
            limit=value.get("count") or 5,
            field_slug=value.get("field") or "",
            type_slug=value.get("document_type") or "",
        )
        context["finder_query"] = "&".join(
            f"{name}={slug}"
            for name, slug in (("linh-vuc", value.get("field")), ("loai", value.get("document_type")))
            if slug
        )
        return context


class DraftsListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    only_open = blocks.BooleanBlock(required=False, default=True, label=_("Chỉ dự thảo đang lấy ý kiến"))
    count = blocks.IntegerBlock(min_value=1, max_value=20, default=5, label=_("Số dự thảo"))

    class Meta:
        icon = "doc-empty"
        label = _("Danh sách dự thảo")
        template = "specialpages/blocks/drafts_list_block.html"

    def get_context(self, value, parent_context=None):
        from drafts.selectors import drafts_for_listing

        context = super().get_context(value, parent_context)
        context["drafts"] = drafts_for_listing(limit=value.get("count") or 5, only_open=bool(value.get("only_open")))
        return context


def _qa_topic_choices():
    from qa.models import Topic

    return [("", "—"), *Topic.objects.values_list("slug", "name")]


class QAListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    topic = blocks.ChoiceBlock(choices=_qa_topic_choices, required=False, label=_("Lĩnh vực"))
    count = blocks.IntegerBlock(min_value=1, max_value=20, default=5, label=_("Số câu hỏi"))

    class Meta:
        icon = "help"
        label = _("Danh sách hỏi đáp")
        template = "specialpages/blocks/qa_list_block.html"

    def get_context(self, value, parent_context=None):
        from qa.selectors import latest_answers

        context = super().get_context(value, parent_context)
        context["answers"] = latest_answers(limit=value.get("count") or 5, topic_slug=value.get("topic") or "")
        return context


class LinkListBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    links = blocks.ListBlock(LinkBlock(), min_num=1, label=_("Liên kết"))

    class Meta:
        icon = "list-ul"
        label = _("Danh sách liên kết")
        template = "specialpages/blocks/link_list_block.html"


class CallOutBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Tiêu đề"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link"], label=_("Nội dung"))
    link_text = blocks.CharBlock(required=False, max_length=100, label=_("Chữ trên nút"))
    link_page = blocks.PageChooserBlock(required=False, label=_("Nút dẫn tới trang"))
    link_url = blocks.URLBlock(required=False, label=_("Hoặc địa chỉ web"))
    style = blocks.ChoiceBlock(
        choices=[("info", _("Thông tin")), ("important", _("Quan trọng"))], default="info", label=_("Kiểu")
    )

    class Meta:
        icon = "warning"
        label = _("Hộp nổi bật")
        template = "specialpages/blocks/call_out_block.html"


class SectionBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Đoạn văn"))
    news = NewsFeedBlock()
    documents = DocumentsListBlock()
    drafts = DraftsListBlock()
    qa = QAListBlock()
    video = VideoBlock()
    gallery = GalleryBlock()
    links = LinkListBlock()
    call_out = CallOutBlock()
