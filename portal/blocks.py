"""StreamField blocks shared by every page type that has a body (news, standard pages, later sections)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Ảnh"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Chú thích"))
    alt_text = blocks.CharBlock(
        required=False,
        max_length=250,
        label=_("Mô tả thay thế"),
        help_text=_("Cho người khiếm thị; để trống để dùng tiêu đề của ảnh."),
    )

    class Meta:
        icon = "image"
        label = _("Ảnh có chú thích")
        template = "blocks/captioned_image_block.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Trích dẫn"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Người phát biểu"))

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote_block.html"


class VideoBlock(blocks.StructBlock):
    """A video either hosted by the portal (a document such as an MP4 file) or embedded from a video site."""

    video_file = DocumentChooserBlock(required=False, label=_("Tệp video (MP4)"))
    embed = EmbedBlock(required=False, label=_("Hoặc liên kết video (YouTube…)"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Chú thích"))

    class Meta:
        icon = "media"
        label = _("Video")
        template = "blocks/video_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("video_file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={"video_file": ValidationError(_("Chọn tệp video hoặc nhập liên kết."))}
            )
        return value


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(required=False, max_length=200, label=_("Tiêu đề"))
    images = blocks.ListBlock(CaptionedImageBlock(), min_num=1, label=_("Ảnh"))

    class Meta:
        icon = "image"
        label = _("Bộ ảnh")
        template = "blocks/gallery_block.html"


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Tên liên kết"))
    page = blocks.PageChooserBlock(required=False, label=_("Trang trong cổng"))
    url = blocks.URLBlock(required=False, label=_("Hoặc địa chỉ web"))

    class Meta:
        icon = "link"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Chọn một trang hoặc nhập địa chỉ web."))}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Đoạn văn"))
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    video = VideoBlock()
    gallery = GalleryBlock()
