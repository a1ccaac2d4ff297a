"""“Trang này có hữu ích không?” on articles and sections: a yes/no and an optional comment, per-IP rate limited.

Works without JavaScript: the form posts here and the reader comes back to the page, at the form, with a thank-you.
Editors read the counts per page in the admin's reports (portal.wagtail_hooks.FeedbackReportView).

The form carries no CSRF token, so the articles and sections it sits on can be served from the page cache (a token
belongs to one visitor). It needs none: it acts for nobody (anonymous, no session), and a post from another site is
refused by what the browser says of its origin (``Sec-Fetch-Site``, else ``Origin``); rate limit and honeypot stay.
"""

from django import forms
from django.conf import settings
from django.http import HttpResponseBadRequest, HttpResponseForbidden, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

from . import ratelimits
from .forms import clean_text
from .models import PageFeedback
from .security import too_many_requests

THANKS = "cam-on"


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


def posted_from_this_site(request) -> bool:
    """Whether the browser says the form was sent from one of our own pages (old browsers say nothing: allowed)."""
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site:
        return fetch_site in ("same-origin", "none")
    origin = request.META.get("HTTP_ORIGIN")
    if origin and origin != "null":
        return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS
    return origin is None


@csrf_exempt  # see the module docstring: the origin check below stands in for the token
@require_POST
def page_feedback(request):
    if not posted_from_this_site(request):
        return HttpResponseForbidden(
            "Ý kiến phải được gửi từ trang của Cổng.".encode(), content_type="text/plain; charset=utf-8"
        )
    form = FeedbackForm(request.POST)
    if not form.is_valid() or form.cleaned_data["website"]:
        return HttpResponseBadRequest(
            "Ý kiến chưa hợp lệ. Vui lòng chọn Có hoặc Không.".encode(), content_type="text/plain; charset=utf-8"
        )
    page = get_object_or_404(Page.objects.live().public(), pk=form.cleaned_data["page"])
    if ratelimits.hit(request, "portal.feedback", getattr(settings, "PAGE_FEEDBACK_RATE", "10/h")):
        return too_many_requests(request, back_url=page.url)
    PageFeedback.objects.create(
        page=page,
        useful=form.cleaned_data["useful"],
        comment=form.cleaned_data["comment"],
        ip_hash=ratelimits.ip_hash(request),
    )
    return HttpResponseRedirect(f"{page.url}?phan-hoi={THANKS}#phan-hoi", status=303)
