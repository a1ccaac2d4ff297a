"""The public comment form of a draft under consultation, and the comment lookup by tracking code."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from documents import files
from portal.forms import CitizenFormMixin, clean_phone, clean_text

from .models import COMMENT_MAX_CHARS, Comment


def attachment_max_size():
    return getattr(settings, "DRAFTS_COMMENT_ATTACHMENT_MAX_SIZE", files.COMMENT_ATTACHMENT_MAX_SIZE)


class CommentForm(CitizenFormMixin):
    name = forms.CharField(
        label=_("Họ và tên"),
        max_length=150,
        required=False,
        help_text=_("Không bắt buộc: để trống, ý kiến được đăng với tên “Ẩn danh”."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    organisation = forms.CharField(
        label=_("Cơ quan, tổ chức, doanh nghiệp"), max_length=200, required=False, help_text=_("Không bắt buộc.")
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=_("Để nhận mã góp ý và phản hồi. Không công khai."),
        error_messages={"invalid": _("Địa chỉ thư điện tử không hợp lệ, ví dụ: ten@example.vn.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        required=False,
        help_text=_("Không bắt buộc. Không công khai."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    section = forms.CharField(
        label=_("Góp ý cho điều, khoản nào"),
        max_length=200,
        required=False,
        help_text=_("Không bắt buộc, ví dụ: Điều 3, khoản 2."),
    )
    body = forms.CharField(
        label=_("Nội dung góp ý"),
        min_length=10,
        max_length=COMMENT_MAX_CHARS,
        error_messages={
            "max_length": _("Nội dung góp ý tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."),
            "min_length": _("Nội dung góp ý cần ít nhất %(limit_value)d ký tự."),
        },
        help_text=_("Tối đa %(max)s ký tự.") % {"max": f"{COMMENT_MAX_CHARS:,}".replace(",", ".")},
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": COMMENT_MAX_CHARS}),
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("Không bắt buộc. Một tệp PDF hoặc Word (DOCX), tối đa %(size)s MB. Không công khai."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["attachment"]
        field.help_text = field.help_text % {"size": attachment_max_size() // (1024 * 1024)}
        self.attachment_info = None
        # The honeypot and the token come last, after the fields people fill in.
        self.order_fields([name for name in self.fields if name not in ("website", "token")])

    def clean_name(self):
        return clean_text(self.cleaned_data["name"], single_line=True)

    def clean_organisation(self):
        return clean_text(self.cleaned_data["organisation"], single_line=True)

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean_section(self):
        return clean_text(self.cleaned_data["section"], single_line=True)

    def clean_body(self):
        body = clean_text(self.cleaned_data["body"])
        if len(body) < 10:
            raise forms.ValidationError(_("Nội dung góp ý cần ít nhất 10 ký tự."))
        return body

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        self.attachment_info = files.inspect_upload(
            upload, allowed_kinds=files.COMMENT_ATTACHMENT_KINDS, max_size=attachment_max_size()
        )
        return upload

    def build(self, draft, ip_hash):
        """The comment, not saved yet."""
        data = self.cleaned_data
        comment = Comment(
            draft=draft,
            name=data["name"],
            organisation=data["organisation"],
            email=data["email"],
            phone=data["phone"],
            section=data["section"],
            body=data["body"],
            submission_token=data["token"],
            ip_hash=ip_hash,
        )
        upload = data.get("attachment")
        if upload and self.attachment_info:
            comment.attachment_name = clean_text(upload.name, single_line=True)[-255:]
            upload.name = files.safe_filename(upload.name, self.attachment_info.kind)
            comment.attachment = upload
        return comment


class LookupForm(forms.Form):
    ma = forms.CharField(label=_("Mã góp ý"), max_length=64, required=False)
