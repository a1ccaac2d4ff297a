"""“Trang này có hữu ích không?” on articles and sections: a yes/no and an optional comment, per-IP rate limited.

Works without JavaScript: the form posts here and the reader comes back to the page, at the form, with a thank-you.
Editors read the counts per page in the admin's reports (portal.wagtail_hooks.FeedbackReportView).
"""

from django import forms
from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import ratelimits
from .forms import clean_text
from .models import PageFeedback

THANKS = "cam-on"
LIMITED = "qua-nhieu"


class FeedbackForm(forms.Form):
    page = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    useful = forms.TypedChoiceField(
        choices=[("yes", _("Có")), ("no", _("Không"))], coerce=lambda value: value == "yes", widget=forms.RadioSelect
    )
    comment = forms.CharField(
        label=_("Góp ý thêm (không bắt buộc)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    website = forms.CharField(required=False)  # honeypot

    def clean_comment(self):
        return clean_text(self.cleaned_data["comment"])


@require_POST
def page_feedback(request):
    form = FeedbackForm(request.POST)
    if not form.is_valid() or form.cleaned_data["website"]:
        return HttpResponseBadRequest(
            "Ý kiến chưa hợp lệ. Vui lòng chọn Có hoặc Không.".encode(), content_type="text/plain; charset=utf-8"
        )
    page = get_object_or_404(Page.objects.live().public(), pk=form.cleaned_data["page"])
    result = THANKS
    if ratelimits.hit(request, "portal.feedback", getattr(settings, "PAGE_FEEDBACK_RATE", "10/h")):
        result = LIMITED
    else:
        PageFeedback.objects.create(
            page=page,
            useful=form.cleaned_data["useful"],
            comment=form.cleaned_data["comment"],
            ip_hash=ratelimits.ip_hash(request),
        )
    return HttpResponseRedirect(f"{page.url}?phan-hoi={result}#phan-hoi", status=303)
