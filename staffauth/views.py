"""The 2FA pages of the admin: the code asked after the password, enrolment of an authenticator app, and the list
of one's own devices (remove one; enrolling another needs a verified session)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import otp
from .forms import CodeForm


def _next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if safe else reverse("wagtailadmin_home")


@never_cache
@sensitive_post_parameters("code")
def verify(request):
    """After the password: the code from the app. Wrong codes slow down (django-otp throttling, 1, 2, 4… s)."""
    if not otp.has_device(request.user):
        return redirect(f"{reverse('staffauth_enrol')}?{urlencode({'next': _next_url(request)})}")
    if request.user.is_verified():
        return redirect(_next_url(request))
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        wait = otp.throttled_seconds(request.user)
        if wait:
            form.add_error(
                "code", _("Bạn đã nhập sai nhiều lần. Vui lòng chờ %(seconds)s giây rồi thử lại.") % {"seconds": wait}
            )
        elif otp.verify(request, form.cleaned_data["code"]):
            return redirect(_next_url(request))
        else:
            form.add_error("code", _("Mã xác thực không đúng hoặc đã hết hạn."))
    if form.errors:
        status = 400
    context = {"form": form, "next": _next_url(request)}
    return render(request, "staffauth/verify.html", context, status=status)


@never_cache
@sensitive_post_parameters("code")
def enrol(request):
    """Scan the QR code (or type the secret), then confirm with the first code the app shows."""
    if otp.has_device(request.user) and not request.user.is_verified():
        # Adding a device is itself protected by the second factor.
        return redirect(f"{reverse('staffauth_verify')}?{urlencode({'next': request.get_full_path()})}")
    device = otp.pending_device(request.user)
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if otp.confirm_device(request, device, form.cleaned_data["code"]):
            messages.success(request, _("Đã bật xác thực hai bước cho tài khoản của bạn."))
            return redirect(_next_url(request) if request.POST.get("next") else reverse("staffauth_devices"))
        form.add_error("code", _("Mã xác thực không đúng. Kiểm tra giờ trên điện thoại rồi nhập mã mới nhất."))
    if form.errors:
        status = 400
    context = {
        "form": form,
        "qr_svg": otp.qr_svg(device),
        "secret": otp.secret_for_typing(device),
        "next": request.POST.get("next") or request.GET.get("next") or "",
        "required": not otp.has_device(request.user),
    }
    return render(request, "staffauth/enrol.html", context, status=status)


@never_cache
def devices(request):
    context = {"devices": TOTPDevice.objects.filter(user=request.user, confirmed=True).order_by("pk")}
    return render(request, "staffauth/devices.html", context)


@require_POST
def remove_device(request, pk):
    device = get_object_or_404(TOTPDevice, pk=pk, user=request.user, confirmed=True)
    if not request.user.is_verified():
        raise PermissionDenied
    if otp.requires_removal_refused(request.user):
        messages.error(request, _("Cán bộ phải có ít nhất một ứng dụng xác thực: hãy thêm ứng dụng mới trước khi xóa."))
    else:
        device.delete()
        messages.success(request, _("Đã xóa ứng dụng xác thực."))
    return redirect("staffauth_devices")
