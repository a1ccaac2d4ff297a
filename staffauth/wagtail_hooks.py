"""The 2FA pages under /admin/2fa/ and their entry in the account menu."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import views


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("2fa/", views.verify, name="staffauth_verify"),
        path("2fa/dang-ky/", views.enrol, name="staffauth_enrol"),
        path("2fa/thiet-bi/", views.devices, name="staffauth_devices"),
        path("2fa/thiet-bi/<int:pk>/xoa/", views.remove_device, name="staffauth_remove_device"),
    ]


@hooks.register("register_account_menu_item")
def account_menu_item(request):
    return {
        "url": reverse("staffauth_devices"),
        "label": _("Xác thực hai bước"),
        "help_text": _("Ứng dụng tạo mã xác thực trên điện thoại, dùng mỗi lần đăng nhập."),
    }
