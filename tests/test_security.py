"""Security: each header the portal sends, and each refusal — lockout after failed sign-ins, the second factor of
staff, password rules, uploads checked by content and served safely, rate limits answered with a Vietnamese 429.

The browser side of the Content-Security-Policy (no violation on public pages, the admin working under its own
policy) is tests/e2e/test_csp.py.
"""

import io
import re
import time

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from documents.files import make_pdf
from portal import roles
from portal.uploads import check_document_file

PASSWORD = "mật-khẩu-thử-1"  # tests/conftest.py make_user


def totp_code(device, at=None):
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = at or time.time()
    return f"{totp.token():06d}"


def csp_directives(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in (p.strip() for p in header.split(";")) if part}


# --- Headers ------------------------------------------------------------------------------------------------------


def test_public_pages_send_every_security_header(client, make_article):
    article = make_article()
    for path in ["/", article.url, "/van-ban/", "/khong-co-trang-nay/"]:
        response = client.get(path)
        assert response["X-Content-Type-Options"] == "nosniff", path
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin", path
        assert response["X-Frame-Options"] == "DENY", path
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", path
        policy = response["Permissions-Policy"]
        for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"):
            assert feature in policy, (path, feature)
        assert 'fullscreen=(self "https://www.youtube.com"' in policy
        csp = csp_directives(response)
        assert csp["default-src"] == ["'self'"]
        assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]  # no inline script or style
        assert csp["frame-ancestors"] == ["'none'"]
        assert csp["object-src"] == ["'self'"] and csp["base-uri"] == ["'self'"] and csp["form-action"] == ["'self'"]
        # No third-party origin anywhere, except the video player's frame.
        others = {source for key, sources in csp.items() if key != "frame-src" for source in sources}
        assert not {s for s in others if "://" in s or s.endswith(":")}, others
        assert csp["frame-src"] == ["'self'", "https://www.youtube.com", "https://www.youtube-nocookie.com"]


def test_the_admin_has_its_own_policy_still_same_origin(client, home, admin_user):
    client.force_login(admin_user)
    csp = csp_directives(client.get("/admin/"))
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]  # Wagtail's editor runs inline scripts
    assert csp["frame-ancestors"] == ["'self'"]  # the live preview is framed by the editor
    sources = {source for sources in csp.values() for source in sources}
    assert not {s for s in sources if "://" in s and "youtube" not in s}
    assert "'unsafe-eval'" not in sources


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)[^>]*>", re.I)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
INLINE_STYLE = re.compile(r"<style\b|<[a-z][^>]*\sstyle\s*=", re.I)


@pytest.fixture
def section(home):
    from specialpages.models import SpecialSectionIndexPage, SpecialSectionPage

    index = home.add_child(instance=SpecialSectionIndexPage(title="Chuyên trang", slug="chuyen-trang"))
    index.save_revision().publish()
    section = SpecialSectionPage(title="Chuyển đổi số", slug="chuyen-doi-so", accent_colour="#1f6f43")
    index.add_child(instance=section)
    section.save_revision().publish()
    return section


def test_public_html_has_no_inline_script_style_or_handler(client, make_article, section):
    article = make_article(with_image=True)
    for path in [
        "/",
        article.url,
        "/tin-tuc/",
        "/chuyen-trang/",
        section.url,
        "/van-ban/",
        "/du-thao/",
        "/lien-ket/",
        "/tim-kiem/?q=quy+hoach",
        "/khong-co-trang-nay/",
    ]:
        html = client.get(path).content.decode()
        assert not INLINE_SCRIPT.search(html), (path, INLINE_SCRIPT.search(html).group())
        assert not INLINE_HANDLER.search(html), (path, INLINE_HANDLER.search(html).group())
        assert not INLINE_STYLE.search(html), (path, INLINE_STYLE.search(html).group())
    html = client.get(section.url).content.decode()
    assert 'data-accent="#1f6f43"' in html and "js/accent.js" in html


def test_video_embeds_render_without_an_inline_style():
    from django.template.loader import render_to_string

    html = render_to_string(
        "wagtailembeds/embed_frontend.html",
        {"embed": type("Embed", (), {"html": '<iframe src="https://www.youtube.com/embed/x"></iframe>'})()},
    )
    assert "style=" not in html and 'class="responsive-object"' in html


def test_only_youtube_can_be_embedded(settings):
    from wagtail.embeds.finders import get_finders

    finders = get_finders()
    assert len(finders) == 1
    assert finders[0].accept("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert not finders[0].accept("https://vimeo.com/76979871")


def test_production_settings(tmp_path):
    from tests.test_settings import PRODUCTION_ENV, _clean_env, _run

    probe = (
        "import django, json; django.setup(); from django.conf import settings as s; print(json.dumps({"
        "'hsts': s.SECURE_HSTS_SECONDS, 'sub': s.SECURE_HSTS_INCLUDE_SUBDOMAINS, 'cookies': [s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_HTTPONLY], 'age': s.SESSION_COOKIE_AGE, '2fa': s.PORTAL_REQUIRE_2FA,"
        " 'cache': s.CACHES[s.RATELIMIT_USE_CACHE]['LOCATION'], 'axes': s.AXES_HANDLER}))"
    )
    import json

    production = _run(["-c", probe], _clean_env(tmp_path, **PRODUCTION_ENV))
    assert production.returncode == 0, production.stderr
    values = json.loads(production.stdout.strip().splitlines()[-1])
    assert values["hsts"] >= 31_536_000 and values["sub"] is True
    assert values["cookies"] == [True, True, True]
    assert values["age"] == 8 * 60 * 60
    assert values["2fa"] is True  # staff must use the second factor in production
    assert values["cache"] == PRODUCTION_ENV["REDIS_URL"]  # rate-limit counters in Redis, shared by every worker
    embedded = _run(["-c", probe], _clean_env(tmp_path))
    assert json.loads(embedded.stdout.strip().splitlines()[-1])["2fa"] is False  # `make run` demo logins work


# --- Sign-in lockout (django-axes) ----------------------------------------------------------------------------------


def _sign_in(client, username, password):
    return client.post("/admin/login/", {"username": username, "password": password})


def test_repeated_failed_sign_ins_lock_out_that_user_from_that_address(home, make_user, settings):
    settings.AXES_FAILURE_LIMIT = 3
    make_user("bientap", roles.EDITORS)
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    statuses = [_sign_in(attacker, "bientap", "sai-mat-khau").status_code for _ in range(3)]
    assert statuses == [200, 200, 429]  # the form again twice, then the lockout page
    locked = _sign_in(attacker, "bientap", PASSWORD)  # even the right password, from there
    assert locked.status_code == 429
    html = locked.content.decode()
    assert "Tạm khóa đăng nhập" in html and "3 lần" in html and "30 phút" in html
    assert int(locked["Retry-After"]) == 30 * 60 and "no-store" in locked["Cache-Control"]
    # The owner, from another address, is not locked out; nor is another account from the attacker's address.
    owner = Client(REMOTE_ADDR="198.51.100.20")
    assert _sign_in(owner, "bientap", PASSWORD).status_code == 302
    make_user("congtac", roles.COLLABORATORS)
    assert _sign_in(attacker, "congtac", PASSWORD).status_code == 302
    # Unlocked by hand (README): the next sign-in from the attacker's address with the password works.
    call_command("axes_reset_username", "bientap", stdout=io.StringIO())
    assert _sign_in(attacker, "bientap", PASSWORD).status_code == 302


# --- Two-factor authentication of staff -----------------------------------------------------------------------------


@pytest.fixture
def editor(home, make_user):
    return make_user("bientap", roles.EDITORS)


def test_staff_without_a_device_must_enrol_before_any_admin_page(client, editor, settings):
    settings.PORTAL_REQUIRE_2FA = True
    assert _sign_in(client, "bientap", PASSWORD).status_code == 302
    for path in ["/admin/", "/admin/pages/", "/admin/documents/", "/admin/2fa/thiet-bi/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/dang-ky/"), path
    enrol = client.get("/admin/2fa/dang-ky/")
    assert enrol.status_code == 200
    html = enrol.content.decode()
    assert "Bật xác thực hai bước" in html and "<svg" in html and "Khóa bí mật" in html
    device = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert client.get("/admin/2fa/dang-ky/").status_code == 200
    assert TOTPDevice.objects.get(user=editor, confirmed=False) == device  # a reload keeps the same secret
    assert client.post("/admin/2fa/dang-ky/", {"code": "000000"}).status_code == 400
    device.refresh_from_db()
    device.throttle_reset()
    confirmed = client.post("/admin/2fa/dang-ky/", {"code": totp_code(device)})
    assert confirmed.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert client.get("/admin/").status_code == 200


def test_staff_with_a_device_must_enter_a_code_after_the_password(client, editor, settings):
    settings.PORTAL_REQUIRE_2FA = False  # a device is used once it exists, whatever the setting
    device = TOTPDevice.objects.create(user=editor, name="Điện thoại", confirmed=True)
    response = _sign_in(client, "bientap", PASSWORD)
    assert response.status_code == 302
    # Half signed in: every page, the public ones included, leads to the code page.
    for path in ["/admin/", "/admin/pages/", "/", "/admin/2fa/dang-ky/"]:
        response = client.get(path)
        assert response.status_code == 302 and response["Location"].startswith("/admin/2fa/?next="), path
    page = client.get("/admin/2fa/")
    assert page.status_code == 200 and "Nhập mã xác thực" in page.content.decode()
    wrong = client.post("/admin/2fa/", {"code": "12345x"})
    assert wrong.status_code == 400 and "6 chữ số" in wrong.content.decode()
    wrong = client.post("/admin/2fa/", {"code": f"{(int(totp_code(device)) + 1) % 1_000_000:06d}"})
    assert wrong.status_code == 400 and "không đúng" in wrong.content.decode()
    throttled = client.post("/admin/2fa/", {"code": totp_code(device)})  # too soon after a wrong one
    assert throttled.status_code == 400 and "chờ" in throttled.content.decode()
    device.refresh_from_db()
    device.throttle_reset()
    verified = client.post("/admin/2fa/", {"code": totp_code(device), "next": "/admin/pages/"})
    assert verified.status_code == 302 and verified["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200
    # An open redirect is not followed.
    other = Client()
    _sign_in(other, "bientap", PASSWORD)
    device.refresh_from_db()
    response = other.post(
        "/admin/2fa/", {"code": totp_code(device, at=time.time() + 30), "next": "https://evil.example/"}
    )
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_the_second_factor_is_optional_in_the_embedded_default(client, editor, settings):
    settings.PORTAL_REQUIRE_2FA = False
    _sign_in(client, "bientap", PASSWORD)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/2fa/thiet-bi/").status_code == 200  # and can be turned on


def test_citizens_and_non_staff_accounts_are_not_asked(client, home, make_user, settings):
    settings.PORTAL_REQUIRE_2FA = True
    client.force_login(make_user("nguoidan"))  # no group: no admin access
    assert client.get("/").status_code == 200
    assert "/admin/2fa/" not in client.get("/admin/")["Location"]  # Wagtail's own refusal, not the second factor


def test_devices_page_and_last_device_kept_when_required(client, editor, settings):
    settings.PORTAL_REQUIRE_2FA = True
    device = TOTPDevice.objects.create(user=editor, name="Điện thoại", confirmed=True)
    _sign_in(client, "bientap", PASSWORD)
    client.post("/admin/2fa/", {"code": totp_code(device)})
    page = client.get("/admin/2fa/thiet-bi/")
    assert page.status_code == 200 and "Điện thoại" in page.content.decode()
    client.post(f"/admin/2fa/thiet-bi/{device.pk}/xoa/")
    assert TOTPDevice.objects.filter(pk=device.pk).exists()  # the only one: refused while 2FA is required
    settings.PORTAL_REQUIRE_2FA = False
    client.post(f"/admin/2fa/thiet-bi/{device.pk}/xoa/")
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_otp_reset_command_for_a_lost_phone(editor, settings):
    TOTPDevice.objects.create(user=editor, name="Điện thoại", confirmed=True)
    out = io.StringIO()
    call_command("otp_reset", "bientap", stdout=out)
    assert not TOTPDevice.objects.filter(user=editor).exists() and "đã xóa 1" in out.getvalue()
    with pytest.raises(Exception, match="Không có tài khoản"):
        call_command("otp_reset", "khong-ai", stdout=io.StringIO())


# --- Passwords ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "password",
    ["ngan-qua-1", "123456789012345", "password1234", "bientap-ninhbinh"],
    ids=["shorter-than-12", "numeric", "common", "like-the-username"],
)
def test_weak_passwords_are_refused(password, db):
    from django.contrib.auth import get_user_model

    user = get_user_model()(username="bientap-ninhbinh", email="bientap@ninhbinh.gov.vn")
    with pytest.raises(ValidationError):
        validate_password(password, user)
    validate_password("Tràng An mùa lúa chín 2026", user)


# --- Uploads ------------------------------------------------------------------------------------------------------

HTML_AS_PDF = b"<!DOCTYPE html><html><script>alert(1)</script></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bao-cao.pdf", HTML_AS_PDF),
        ("bao-cao.docx", SVG),
        ("video.mp4", HTML_AS_PDF),
        ("trang.html", HTML_AS_PDF),
        ("hinh.svg", SVG),
        ("bang.xls", b"PK\x03\x04not-ole"),
    ],
)
def test_wagtail_documents_are_checked_by_content(name, data, settings):
    with pytest.raises(ValidationError):
        check_document_file(SimpleUploadedFile(name, data))


def test_wagtail_document_upload_in_the_admin(client, home, admin_user):
    client.force_login(admin_user)
    from wagtail.documents.models import Document

    refused = client.post(
        "/admin/documents/add/", {"title": "Giả PDF", "file": SimpleUploadedFile("gia.pdf", HTML_AS_PDF)}
    )
    assert refused.status_code == 200 and not Document.objects.exists()
    pdf = make_pdf("Kế hoạch", ["Nội dung kế hoạch."])
    accepted = client.post(
        "/admin/documents/add/", {"title": "Kế hoạch", "file": SimpleUploadedFile("ke-hoach.pdf", pdf)}
    )
    assert accepted.status_code == 302 and Document.objects.count() == 1


def test_images_refuse_svg_and_disguised_files(client, home, admin_user):
    client.force_login(admin_user)
    from wagtail.images.models import Image

    for name, data in [("logo.svg", SVG), ("anh.png", HTML_AS_PDF)]:
        client.post("/admin/images/add/", {"title": name, "file": SimpleUploadedFile(name, data)})
    assert not Image.objects.exists()


def test_documents_are_served_as_downloads_with_nosniff(client, home):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    docx = Document.objects.create(title="Biểu mẫu", file=ContentFile(b"PK\x03\x04x", name="bieu-mau.docx"))
    pdf = Document.objects.create(title="Kế hoạch", file=ContentFile(make_pdf("KH", ["x"]), name="ke-hoach.pdf"))
    response = client.get(docx.url)
    assert response["Content-Disposition"].startswith("attachment")
    assert (
        response["X-Content-Type-Options"] == "nosniff" and response["Content-Security-Policy"] == "default-src 'none'"
    )
    response = client.get(pdf.url)
    assert response["Content-Disposition"].startswith("inline") and response["Content-Type"] == "application/pdf"


def test_media_files_are_served_safely(settings, tmp_path):
    from django.test import RequestFactory

    from portal.security import serve_media  # /media/ when the app serves it (SERVE_MEDIA, embedded default)

    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "trang.html").write_bytes(HTML_AS_PDF)
    (tmp_path / "documents" / "ke-hoach.pdf").write_bytes(make_pdf("KH", ["x"]))
    factory = RequestFactory()
    response = serve_media(factory.get("/media/documents/trang.html"), "documents/trang.html")
    assert response["Content-Type"] == "application/octet-stream" and response["Content-Disposition"] == "attachment"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; frame-ancestors 'self'"
    response = serve_media(factory.get("/media/documents/ke-hoach.pdf"), "documents/ke-hoach.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert not response.get("Content-Disposition", "").startswith("attachment")  # shown in the page's PDF viewer
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # the document page's PDF viewer frames it


@pytest.mark.parametrize("data", [HTML_AS_PDF, SVG], ids=["html", "svg"])
def test_citizens_attachments_refuse_html_and_svg(data):
    from documents import files

    for name in ("y-kien.pdf", "y-kien.docx", "y-kien.svg", "y-kien.html"):
        with pytest.raises(ValidationError):
            files.inspect_upload(SimpleUploadedFile(name, data), allowed_kinds=files.COMMENT_ATTACHMENT_KINDS)


# --- Rate limits --------------------------------------------------------------------------------------------------


def test_every_429_says_when_to_retry_and_is_not_cached(client, home, settings):
    settings.DRAFTS_LOOKUP_MISS_RATE = "1/h"
    assert client.get("/du-thao/tra-cuu/", {"ma": "KHONG-CO-MA"}).status_code == 404
    limited = client.get("/du-thao/tra-cuu/", {"ma": "KHONG-CO-MA"})
    assert limited.status_code == 429
    assert 0 < int(limited["Retry-After"]) <= 3600
    assert "no-store" in limited["Cache-Control"]


def test_search_is_limited_per_address(client, home, settings):
    settings.SEARCH_RATE = "2/m"
    assert [client.get("/tim-kiem/", {"q": f"quy hoạch {n}"}).status_code for n in range(2)] == [200, 200]
    page = client.get("/tim-kiem/", {"q": "quy hoạch 3"})
    assert page.status_code == 429 and "quá nhiều yêu cầu" in page.content.decode()
    assert 0 < int(page["Retry-After"]) <= 60
    api = client.get("/api/v2/search/", {"q": "quy hoạch"})
    assert api.status_code == 429 and "Quá nhiều yêu cầu" in api.json()["error"]
    assert client.get("/tim-kiem/").status_code == 200  # the empty search form is not counted
    assert Client(REMOTE_ADDR="198.51.100.7").get("/tim-kiem/", {"q": "quy hoạch"}).status_code == 200


def test_feedback_refused_wholesale_gets_the_429_page(client, make_article, settings):
    settings.PAGE_FEEDBACK_RATE = "1/h"
    article = make_article()
    assert client.post("/phan-hoi/", {"page": article.pk, "useful": "yes"}).status_code == 303
    limited = client.post("/phan-hoi/", {"page": article.pk, "useful": "no"})
    assert limited.status_code == 429 and int(limited["Retry-After"]) > 0
    html = limited.content.decode()
    assert "Bạn đã gửi quá nhiều yêu cầu" in html and f'href="{article.url}"' in html


def test_sign_in_without_a_readable_client_address(home, make_user, settings):
    """A proxy header that is not an address must not break the sign-in (the lockout stores addresses in an IP
    column: PostgreSQL refuses anything else)."""
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    make_user("bientap", roles.EDITORS)
    client = Client(HTTP_X_FORWARDED_FOR="not-an-address", REMOTE_ADDR="")
    assert _sign_in(client, "bientap", "sai-mat-khau").status_code == 200
    assert _sign_in(client, "bientap", PASSWORD).status_code == 302
