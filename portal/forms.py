"""What the public forms citizens fill in share (questions, comments on drafts): text cleaning, a honeypot, and a
one-time token that makes a double click or a re-posted form create one record, not two."""

import re
import secrets
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{16,64}$")
PHONE_RE = re.compile(r"^\+?[0-9][0-9 .()\-]{6,18}[0-9]$")
# Control characters other than tab and line breaks (NUL breaks PostgreSQL; the others are never meant).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def new_token():
    return secrets.token_urlsafe(24)


def clean_text(value, single_line=False):
    text = _CONTROL.sub("", unicodedata.normalize("NFC", value or ""))
    if single_line:
        text = " ".join(text.split())
    return text.strip()


def clean_phone(value):
    phone = clean_text(value, single_line=True)
    if phone and not PHONE_RE.match(phone):
        raise ValidationError(_("Số điện thoại chỉ gồm chữ số (có thể có dấu cách), ví dụ: 0912 345 678."))
    return phone


class CitizenFormMixin(forms.Form):
    """A honeypot field and the one-time submission token; the template renders both (see includes)."""

    # Honeypot: hidden from people (CSS and aria-hidden); a bot that fills every field fills this one too.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )
    token = forms.CharField(widget=forms.HiddenInput, max_length=64)

    error_css_class = "field--error"
    required_css_class = "field--required"

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise ValidationError(_("Ô này phải để trống."))
        return ""

    def clean_token(self):
        token = self.cleaned_data["token"]
        if not TOKEN_RE.match(token):
            raise ValidationError(_("Biểu mẫu không hợp lệ hoặc đã cũ. Vui lòng gửi lại."))
        return token

    def renew_token_if_invalid(self):
        """After a failed post, the form shown again carries a usable token."""
        if self.is_bound and "token" in self.errors:
            self.data = self.data.copy()
            self.data["token"] = new_token()

    @property
    def is_spam(self):
        return "website" in self.errors
