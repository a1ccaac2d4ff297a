"""Demo content of the site shell: the home page, intro pages, site settings, demo users, generated pictures.

Every function is idempotent: what exists is kept as it is, only what is missing is created.
"""

import datetime
import hashlib
import io
import random

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils import timezone
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from . import roles
from .models import HomePage, SiteSettings, StandardPage

DEMO_PASSWORD = "ninhbinh-demo-2026"
DEMO_USERS = [
    # username, full name, group (None: superuser)
    ("quantri", "Quản trị hệ thống", None),
    ("bbt", "Trần Thu Hà", roles.EDITORIAL_BOARD),
    ("bientap", "Nguyễn Văn Minh", roles.EDITORS),
    ("congtacvien", "Phạm Thị Lan", roles.COLLABORATORS),
    ("sotttt", "Lê Quang Huy", roles.DEPARTMENT_STAFF),
    ("lanhdao", "Đinh Văn Hùng", roles.LEADERSHIP),
]

PALETTES = [
    ((135, 190, 230), (60, 110, 80), (70, 130, 160)),
    ((250, 200, 150), (90, 90, 70), (120, 150, 170)),
    ((200, 220, 240), (40, 90, 60), (60, 110, 140)),
    ((240, 170, 120), (110, 70, 60), (150, 120, 100)),
    ((180, 210, 200), (60, 100, 90), (40, 90, 110)),
]


def make_picture(seed, width=1200, height=675):
    """A landscape of karst hills over water, like Tràng An, drawn from a seed: same seed, same picture."""
    rng = random.Random(seed)
    sky, hill, water = PALETTES[rng.randrange(len(PALETTES))]
    picture = PILImage.new("RGB", (width, height), sky)
    draw = ImageDraw.Draw(picture)
    horizon = int(height * rng.uniform(0.55, 0.7))
    for y in range(horizon):
        shade = 1 - 0.35 * y / horizon
        draw.line([(0, y), (width, y)], fill=tuple(int(c * shade + 255 * (1 - shade) * 0.3) for c in sky))
    for layer in range(3):
        colour = tuple(max(0, c - 25 * layer) for c in hill)
        x = -100
        while x < width:
            peak_w = rng.randint(120, 320)
            peak_h = rng.randint(int(height * 0.15), int(height * 0.45)) - layer * 30
            draw.ellipse([x, horizon - peak_h, x + peak_w, horizon + peak_h // 3], fill=colour)
            x += rng.randint(80, 220)
    draw.rectangle([0, horizon, width, height], fill=water)
    for _ in range(40):
        y = rng.randint(horizon + 5, height - 5)
        x = rng.randint(0, width)
        draw.line([(x, y), (x + rng.randint(20, 120), y)], fill=tuple(min(255, c + 40) for c in water), width=2)
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82)
    return buffer.getvalue()


def demo_image(title, seed):
    """A Wagtail image titled ``title``, created once from a generated picture."""
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    data = make_picture(seed)
    name = hashlib.sha1(title.encode()).hexdigest()[:12] + ".jpg"
    image = Image(title=title, file=ImageFile(io.BytesIO(data), name=name))
    image.save()
    return image


@transaction.atomic
def build_site():
    """Home page as the default site's root, and the site settings. Returns the home page."""
    home = HomePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    root = Page.get_first_root_node()
    if home is None:
        # Wagtail's installer leaves a "Welcome" page at the root; our home page takes its place.
        for stock in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
            Site.objects.filter(root_page=stock).delete()
            stock.delete()
        root.refresh_from_db()
        home = root.add_child(
            instance=HomePage(
                title="Trang chủ",
                slug="trang-chu",
                seo_title="Cổng Thông tin điện tử tỉnh Ninh Bình",
                intro="Kênh thông tin chính thống của Ủy ban nhân dân tỉnh Ninh Bình trên mạng Internet.",
            )
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Cổng Thông tin điện tử tỉnh Ninh Bình",
        )
    elif site.root_page_id != home.pk:
        site.root_page = home
        site.site_name = "Cổng Thông tin điện tử tỉnh Ninh Bình"
        site.save()
    site = Site.objects.get(is_default_site=True)

    values = SiteSettings.for_site(site)
    if not values.address:
        values.address = "Số 2 đường Lê Hồng Phong, phường Vân Giang, thành phố Ninh Bình, tỉnh Ninh Bình"
        values.phone = "0229 3871 181"
        values.email = "bbt@ninhbinh.gov.vn"
        values.licence_line = "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Ninh Bình cấp"
        values.responsible_person = "Chánh Văn phòng UBND tỉnh"
        values.save()
    return home


@transaction.atomic
def build_intro_pages(home):
    """/gioi-thieu/ and /lien-he/ (built after the content sections, so they come last in the main menu)."""
    _standard_page(
        home,
        "gioi-thieu",
        "Giới thiệu",
        "Khái quát về tỉnh Ninh Bình: vị trí, lịch sử, con người.",
        [
            "Ninh Bình là tỉnh nằm ở cực nam đồng bằng sông Hồng, cách Thủ đô Hà Nội khoảng 90 km. Tỉnh được tái lập "
            "ngày 01/4/1992, gồm thành phố Ninh Bình, thành phố Tam Điệp và sáu huyện.",
            "Ninh Bình là vùng đất cố đô Hoa Lư, kinh đô của nhà Đinh, Tiền Lê và những năm đầu nhà Lý. Quần thể danh "
            "thắng Tràng An được UNESCO công nhận là Di sản Văn hóa và Thiên nhiên thế giới năm 2014.",
            "Cổng Thông tin điện tử tỉnh là kênh thông tin chính thống của Ủy ban nhân dân tỉnh trên mạng Internet, "
            "nơi trao đổi thông tin hai chiều giữa các cơ quan nhà nước với người dân và doanh nghiệp.",
        ],
    )
    _standard_page(
        home,
        "lien-he",
        "Liên hệ",
        "Thông tin liên hệ Ban Biên tập Cổng Thông tin điện tử tỉnh.",
        [
            "Ban Biên tập Cổng Thông tin điện tử tỉnh Ninh Bình — Văn phòng Ủy ban nhân dân tỉnh Ninh Bình.",
            "Địa chỉ: Số 2 đường Lê Hồng Phong, phường Vân Giang, thành phố Ninh Bình. Điện thoại: 0229 3871 181. "
            "Thư điện tử: bbt@ninhbinh.gov.vn.",
            "Bạn đọc gửi tin, bài, ảnh cộng tác xin ghi rõ họ tên, địa chỉ, số điện thoại liên hệ.",
        ],
    )


def _standard_page(parent, slug, title, intro, paragraphs):
    if StandardPage.objects.filter(slug=slug, locale__language_code=settings.LANGUAGE_CODE).exists():
        return
    page = StandardPage(
        title=title,
        slug=slug,
        intro=intro,
        show_in_menus=True,
        body=[("paragraph", f"<p>{text}</p>") for text in paragraphs],
    )
    parent.add_child(instance=page)
    page.save_revision().publish()


def build_users():
    """One demo user per role; returns [(username, role label)] for the start-up message."""
    User = get_user_model()
    created = []
    for username, full_name, group_name in DEMO_USERS:
        user, is_new = User.objects.get_or_create(
            username=username,
            defaults={
                # Vietnamese names do not split into Western first/last names: the whole name, in its order,
                # is what the admin shows as both the short and the full name.
                "first_name": full_name,
                "last_name": "",
                "email": f"{username}@demo.ninhbinh.gov.vn",
                "is_staff": group_name is None,
                "is_superuser": group_name is None,
            },
        )
        if is_new:
            user.set_password(DEMO_PASSWORD)
            user.save()
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        created.append((username, group_name or "Quản trị hệ thống"))
    return created


WEB_LINKS = [
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/", "central"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "central"),
    ("Cơ sở dữ liệu quốc gia về văn bản pháp luật", "https://vbpl.vn/", "central"),
    ("Sở Thông tin và Truyền thông", "https://stttt.ninhbinh.gov.vn/", "department"),
    ("Sở Tài nguyên và Môi trường", "https://stnmt.ninhbinh.gov.vn/", "department"),
    ("Sở Giáo dục và Đào tạo", "https://sgddt.ninhbinh.gov.vn/", "department"),
    ("Sở Y tế", "https://syt.ninhbinh.gov.vn/", "department"),
    ("Sở Du lịch", "https://sdl.ninhbinh.gov.vn/", "department"),
    ("UBND thành phố Hoa Lư", "https://hoalu.ninhbinh.gov.vn/", "district"),
    ("UBND thành phố Tam Điệp", "https://tamdiep.ninhbinh.gov.vn/", "district"),
    ("UBND huyện Kim Sơn", "https://kimson.ninhbinh.gov.vn/", "district"),
    ("UBND huyện Nho Quan", "https://nhoquan.ninhbinh.gov.vn/", "district"),
    ("Báo Ninh Bình", "https://baoninhbinh.org.vn/", "agency"),
]


def build_web_links():
    """The links directory; idempotent (keyed by URL). Returns how many were added."""
    from .models import WebLink

    added = 0
    for order, (title, url, kind) in enumerate(WEB_LINKS):
        _link, created = WebLink.objects.get_or_create(
            url=url, defaults={"title": title, "kind": kind, "sort_order": order}
        )
        added += created
    return added


SERVICE_LINKS = [
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cổng Dịch vụ công tỉnh Ninh Bình", "https://dichvucong.ninhbinh.gov.vn/"),
    ("Tra cứu hồ sơ thủ tục hành chính", "https://dichvucong.ninhbinh.gov.vn/tra-cuu"),
]


def build_service_links(home):
    """The home page's links to online public services, set once."""
    home = HomePage.objects.get(pk=home.pk)
    if home.service_links:
        return False
    home.service_links = [("link", {"title": title, "url": url}) for title, url in SERVICE_LINKS]
    home.save_revision().publish()
    return True


SCHEDULE = [  # weekday (0 = Monday), time, leader, content, location, preparing unit
    (
        0,
        "08:00",
        "Chủ tịch UBND tỉnh",
        "Giao ban lãnh đạo UBND tỉnh đầu tuần",
        "Phòng họp số 1, UBND tỉnh",
        "Văn phòng UBND tỉnh",
    ),
    (
        0,
        "14:00",
        "Phó Chủ tịch UBND tỉnh",
        "Làm việc với Sở Tài nguyên và Môi trường về bảng giá đất",
        "Sở Tài nguyên và Môi trường",
        "Sở Tài nguyên và Môi trường",
    ),
    (1, "08:00", "Chủ tịch UBND tỉnh", "Tiếp công dân định kỳ", "Trụ sở Tiếp công dân tỉnh", "Ban Tiếp công dân tỉnh"),
    (
        2,
        "08:30",
        "Phó Chủ tịch UBND tỉnh",
        "Kiểm tra tiến độ giải phóng mặt bằng dự án đường bộ cao tốc",
        "Huyện Yên Mô",
        "Sở Giao thông vận tải",
    ),
    (
        3,
        "14:00",
        "Chủ tịch UBND tỉnh",
        "Hội nghị trực tuyến với Chính phủ về chuyển đổi số",
        "Điểm cầu UBND tỉnh",
        "Sở Thông tin và Truyền thông",
    ),
    (
        4,
        "08:00",
        "Các Phó Chủ tịch UBND tỉnh",
        "Phiên họp thường kỳ UBND tỉnh",
        "Phòng họp số 1, UBND tỉnh",
        "Văn phòng UBND tỉnh",
    ),
]


def build_schedule(today=None):
    """This week's and next week's schedule (dated from today, so the demo always has one). Idempotent."""
    from .models import ScheduleEntry

    today = today or timezone.localdate()
    monday = today - datetime.timedelta(days=today.weekday())
    added = 0
    for week in (0, 7):
        for weekday, at, leader, content, location, unit in SCHEDULE:
            day = monday + datetime.timedelta(days=week + weekday)
            _entry, created = ScheduleEntry.objects.get_or_create(
                day=day,
                time=datetime.time.fromisoformat(at),
                leader=leader,
                defaults={"content": content, "location": location, "preparing_unit": unit},
            )
            added += created
    return added
