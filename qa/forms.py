"""Forms of the Q&A app: the public question form, the tracking lookup and the rating; the admin step forms."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from documents import files
from portal import codes
from portal.forms import PHONE_RE, CitizenFormMixin, clean_phone, clean_text, new_token
from portal.models import Department

from . import workflow
from .models import Channel, Question, RejectReason, Topic

__all__ = ["PHONE_RE", "clean_text", "new_token"]  # re-exported for the admin forms and tests


class QuestionForm(CitizenFormMixin):
    """/hoi-dap/gui-cau-hoi/: a citizen's question. Contact details are asked for the reply only, never shown."""

    asker_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={
            "required": _("Vui lòng nhập họ và tên."),
            "max_length": _("Họ và tên dài tối đa %(limit_value)d ký tự."),
        },
    )
    asker_email = forms.EmailField(
        label=_("Thư điện tử"),
        max_length=254,
        help_text=_("Để nhận mã tra cứu và thông báo khi có câu trả lời. Không công khai."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Vui lòng nhập địa chỉ thư điện tử để nhận mã tra cứu và câu trả lời."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng, ví dụ: ten@gmail.com."),
            "max_length": _("Địa chỉ thư điện tử dài tối đa %(limit_value)d ký tự."),
        },
    )
    asker_phone = forms.CharField(
        label=_("Số điện thoại"),
        max_length=20,
        required=False,
        help_text=_("Không bắt buộc. Không công khai."),
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
        error_messages={"max_length": _("Số điện thoại dài tối đa %(limit_value)d ký tự.")},
    )
    asker_address = forms.CharField(
        label=_("Địa chỉ"),
        max_length=255,
        required=False,
        help_text=_("Không bắt buộc. Không công khai."),
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
        error_messages={"max_length": _("Địa chỉ dài tối đa %(limit_value)d ký tự.")},
    )
    topic = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=Topic.objects.all(),
        required=False,
        empty_label=_("— Chọn lĩnh vực —"),
        error_messages={"invalid_choice": _("Lĩnh vực đã chọn không có trong danh sách; vui lòng chọn lại.")},
    )
    title = forms.CharField(
        label=_("Tiêu đề câu hỏi"),
        max_length=200,
        error_messages={
            "required": _("Vui lòng nhập tiêu đề câu hỏi."),
            "max_length": _("Tiêu đề dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."),
        },
    )
    body = forms.CharField(
        label=_("Nội dung câu hỏi"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Vui lòng nhập nội dung câu hỏi."),
            "max_length": _("Nội dung dài tối đa %(limit_value)d ký tự (hiện có %(show_value)d)."),
        },
    )
    attachment = forms.FileField(
        label=_("Tệp đính kèm"),
        required=False,
        help_text=_("Không bắt buộc. Một tệp PDF hoặc Word (DOCX), tối đa %(size)s MB. Không công khai."),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.docx"}),
    )
    consent = forms.BooleanField(
        label=_(
            "Tôi đồng ý để Cổng Thông tin điện tử đăng công khai câu hỏi và câu trả lời, chỉ kèm họ và tên của tôi."
        ),
        error_messages={"required": _("Cần đồng ý để gửi câu hỏi.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # The honeypot and the token (CitizenFormMixin) come last, after the fields people fill in.
        self.order_fields([name for name in self.fields if name not in ("website", "token")])
        size = getattr(settings, "QA_ATTACHMENT_MAX_SIZE", files.COMMENT_ATTACHMENT_MAX_SIZE)
        self.fields["attachment"].help_text = self.fields["attachment"].help_text % {"size": size // (1024 * 1024)}
        self.attachment_info = None

    def clean_asker_name(self):
        return clean_text(self.cleaned_data["asker_name"], single_line=True)

    def clean_asker_phone(self):
        return clean_phone(self.cleaned_data["asker_phone"])

    def clean_asker_address(self):
        return clean_text(self.cleaned_data["asker_address"], single_line=True)

    def clean_title(self):
        title = clean_text(self.cleaned_data["title"], single_line=True)
        if len(title) < 10:
            raise ValidationError(_("Tiêu đề cần ít nhất 10 ký tự (hiện có %(count)d).") % {"count": len(title)})
        return title

    def clean_body(self):
        body = clean_text(self.cleaned_data["body"])
        if len(body) < 20:
            raise ValidationError(
                _("Nội dung câu hỏi cần ít nhất 20 ký tự (hiện có %(count)d).") % {"count": len(body)}
            )
        return body

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        size = getattr(settings, "QA_ATTACHMENT_MAX_SIZE", files.COMMENT_ATTACHMENT_MAX_SIZE)
        self.attachment_info = files.inspect_upload(upload, allowed_kinds=files.COMMENT_ATTACHMENT_KINDS, max_size=size)
        return upload

    def save(self):
        data = self.cleaned_data
        question = Question(
            asker_name=data["asker_name"],
            asker_email=data["asker_email"],
            asker_phone=data["asker_phone"],
            asker_address=data["asker_address"],
            topic=data["topic"],
            title=data["title"],
            body=data["body"],
            channel=Channel.WEB,
            submission_token=data["token"],
        )
        upload = data.get("attachment")
        if upload and self.attachment_info:
            question.attachment_name = clean_text(upload.name, single_line=True)[-255:]
            question.attachment_kind = self.attachment_info.kind
            upload.name = files.safe_filename(upload.name, self.attachment_info.kind)
            question.attachment = upload
        workflow.receive(question)
        return question


class LookupForm(forms.Form):
    ma = forms.CharField(label=_("Mã tra cứu"), max_length=64, required=False)

    def code(self):
        return codes.normalise(self.cleaned_data.get("ma", "")) if self.is_valid() else None


class RatingForm(forms.Form):
    RATINGS = [
        (5, _("5 – Rất hài lòng")),
        (4, _("4 – Hài lòng")),
        (3, _("3 – Bình thường")),
        (2, _("2 – Chưa hài lòng")),
        (1, _("1 – Không hài lòng")),
    ]

    ma = forms.CharField(widget=forms.HiddenInput, max_length=64)
    diem = forms.TypedChoiceField(
        label=_("Mức độ hài lòng với câu trả lời"),
        choices=RATINGS,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Vui lòng chọn mức độ hài lòng."),
            "invalid_choice": _("Vui lòng chọn mức độ hài lòng từ 1 đến 5."),
        },
    )


# Admin ---------------------------------------------------------------------------------------------------------


class QuestionAdminForm(WagtailAdminModelForm):
    """Questions entered by staff (arrived by e-mail, phone or in person) and the board's classification."""

    def clean(self):
        cleaned = super().clean()
        for name in ("asker_name", "title", "asker_phone", "asker_address"):
            if name in cleaned and isinstance(cleaned[name], str):
                cleaned[name] = clean_text(cleaned[name], single_line=True)
        if "body" in cleaned and isinstance(cleaned["body"], str):
            cleaned["body"] = clean_text(cleaned["body"])
        return cleaned


class AssignForm(forms.Form):
    department = forms.ModelChoiceField(label=_("Đơn vị trả lời"), queryset=Department.objects.all())
    due_date = forms.DateField(
        label=_("Hạn trả lời"),
        required=False,
        help_text=_("Để trống: giữ hạn hiện tại."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    note = forms.CharField(label=_("Ghi chú gửi đơn vị"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


class RejectForm(forms.Form):
    reason = forms.ChoiceField(label=_("Lý do"), choices=RejectReason.choices)
    note = forms.CharField(
        label=_("Thông báo cho người hỏi"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Hiện trên trang tra cứu và gửi qua thư điện tử cho người hỏi."),
    )


class NoteForm(forms.Form):
    note = forms.CharField(label=_("Ghi chú"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, transition=None, **kwargs):
        super().__init__(*args, **kwargs)
        if transition is not None and transition.needs_note:
            self.fields["note"].required = True
            self.fields["note"].label = _("Lý do (gửi đơn vị)")


class AnswerForm(WagtailAdminModelForm):
    note = forms.CharField(
        label=_("Ghi chú gửi Ban biên tập"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    class Meta:
        model = Question
        fields = ["answer"]


STEP_FORMS = {"assign": AssignForm, "reject": RejectForm, "answer": AnswerForm}


def step_form_class(action):
    return STEP_FORMS.get(action, NoteForm)
