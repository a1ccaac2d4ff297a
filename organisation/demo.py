"""Demo organisation of the province: departments' contacts, leaders, the /gioi-thieu/ pages and their English
translations under /en/ (Decree 42/2022 Art. 7.2). Names of people are invented; run again, it changes nothing."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from portal.models import Department, SiteSettings, StandardPage

from .models import DepartmentDirectoryPage, Leader, LeadersPage, OrganisationChartPage

# slug, name, English name, short name, kind, contact person
DEPARTMENTS = [
    ("van-phong-ubnd-tinh", "Văn phòng UBND tỉnh", "Office of the Provincial People's Committee", "VP UBND", "agency"),
    ("so-noi-vu", "Sở Nội vụ", "Department of Home Affairs", "Sở Nội vụ", "department"),
    ("so-tu-phap", "Sở Tư pháp", "Department of Justice", "Sở Tư pháp", "department"),
    (
        "so-ke-hoach-va-dau-tu",
        "Sở Kế hoạch và Đầu tư",
        "Department of Planning and Investment",
        "Sở KH&ĐT",
        "department",
    ),
    ("so-tai-chinh", "Sở Tài chính", "Department of Finance", "Sở Tài chính", "department"),
    ("so-cong-thuong", "Sở Công Thương", "Department of Industry and Trade", "Sở Công Thương", "department"),
    (
        "so-nong-nghiep-va-phat-trien-nong-thon",
        "Sở Nông nghiệp và Phát triển nông thôn",
        "Department of Agriculture and Rural Development",
        "Sở NN&PTNT",
        "department",
    ),
    ("so-giao-thong-van-tai", "Sở Giao thông vận tải", "Department of Transport", "Sở GTVT", "department"),
    ("so-xay-dung", "Sở Xây dựng", "Department of Construction", "Sở Xây dựng", "department"),
    (
        "so-tai-nguyen-va-moi-truong",
        "Sở Tài nguyên và Môi trường",
        "Department of Natural Resources and Environment",
        "Sở TN&MT",
        "department",
    ),
    (
        "so-thong-tin-va-truyen-thong",
        "Sở Thông tin và Truyền thông",
        "Department of Information and Communications",
        "Sở TT&TT",
        "department",
    ),
    (
        "so-lao-dong-thuong-binh-va-xa-hoi",
        "Sở Lao động - Thương binh và Xã hội",
        "Department of Labour, Invalids and Social Affairs",
        "Sở LĐ-TB&XH",
        "department",
    ),
    ("so-van-hoa-va-the-thao", "Sở Văn hóa và Thể thao", "Department of Culture and Sports", "Sở VH&TT", "department"),
    ("so-du-lich", "Sở Du lịch", "Department of Tourism", "Sở Du lịch", "department"),
    (
        "so-khoa-hoc-va-cong-nghe",
        "Sở Khoa học và Công nghệ",
        "Department of Science and Technology",
        "Sở KH&CN",
        "department",
    ),
    (
        "so-giao-duc-va-dao-tao",
        "Sở Giáo dục và Đào tạo",
        "Department of Education and Training",
        "Sở GD&ĐT",
        "department",
    ),
    ("so-y-te", "Sở Y tế", "Department of Health", "Sở Y tế", "department"),
    ("thanh-tra-tinh", "Thanh tra tỉnh", "Provincial Inspectorate", "Thanh tra tỉnh", "department"),
    ("ban-dan-toc", "Ban Dân tộc", "Ethnic Minorities Committee", "Ban Dân tộc", "department"),
    ("tp-ninh-binh", "UBND thành phố Ninh Bình", "People's Committee of Ninh Binh City", "TP Ninh Bình", "district"),
    ("tp-tam-diep", "UBND thành phố Tam Điệp", "People's Committee of Tam Diep City", "TP Tam Điệp", "district"),
    ("huyen-hoa-lu", "UBND huyện Hoa Lư", "People's Committee of Hoa Lu District", "Hoa Lư", "district"),
    ("huyen-gia-vien", "UBND huyện Gia Viễn", "People's Committee of Gia Vien District", "Gia Viễn", "district"),
    ("huyen-nho-quan", "UBND huyện Nho Quan", "People's Committee of Nho Quan District", "Nho Quan", "district"),
    ("huyen-yen-khanh", "UBND huyện Yên Khánh", "People's Committee of Yen Khanh District", "Yên Khánh", "district"),
    ("huyen-yen-mo", "UBND huyện Yên Mô", "People's Committee of Yen Mo District", "Yên Mô", "district"),
    ("huyen-kim-son", "UBND huyện Kim Sơn", "People's Committee of Kim Son District", "Kim Sơn", "district"),
    (
        "ban-quan-ly-cac-khu-cong-nghiep",
        "Ban Quản lý các khu công nghiệp tỉnh",
        "Management Board of Industrial Zones",
        "BQL KCN",
        "agency",
    ),
]

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đinh", "Bùi", "Đỗ", "Ngô"]
MIDDLE = ["Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Hữu", "Thu"]
GIVEN = ["An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hương", "Khánh", "Lan", "Long", "Mai", "Nam", "Phương"]

# name, rank, position, English position, duties (vi, en), slugs of the departments overseen
LEADERS = [
    (
        "Đinh Văn Hùng",
        Leader.Rank.CHAIR,
        "Chủ tịch Ủy ban nhân dân tỉnh",
        "Chairman of the Provincial People's Committee",
        "Lãnh đạo, điều hành toàn diện hoạt động của Ủy ban nhân dân tỉnh; trực tiếp phụ trách công tác tổ chức bộ "
        "máy, cán bộ, quốc phòng, an ninh, thanh tra, cải cách hành chính và chuyển đổi số.",
        "Leads and directs all work of the Provincial People's Committee; in direct charge of organisation and "
        "personnel, defence and security, inspection, administrative reform and digital transformation.",
        ["van-phong-ubnd-tinh", "so-noi-vu", "thanh-tra-tinh", "so-thong-tin-va-truyen-thong"],
    ),
    (
        "Trần Minh Tuấn",
        Leader.Rank.VICE_CHAIR,
        "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh",
        "Standing Vice Chairman of the Provincial People's Committee",
        "Giúp Chủ tịch chỉ đạo các lĩnh vực kế hoạch, đầu tư, tài chính, ngân sách, công thương, tư pháp và các khu "
        "công nghiệp; thay mặt Chủ tịch điều hành khi Chủ tịch vắng mặt.",
        "Assists the Chairman in planning, investment, finance and budget, industry and trade, justice and the "
        "industrial zones; acts for the Chairman in his absence.",
        ["so-ke-hoach-va-dau-tu", "so-tai-chinh", "so-cong-thuong", "so-tu-phap", "ban-quan-ly-cac-khu-cong-nghiep"],
    ),
    (
        "Lê Quang Huy",
        Leader.Rank.VICE_CHAIR,
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Vice Chairman of the Provincial People's Committee",
        "Phụ trách các lĩnh vực nông nghiệp, tài nguyên và môi trường, xây dựng, giao thông vận tải; theo dõi thành "
        "phố Tam Điệp và các huyện Nho Quan, Gia Viễn, Kim Sơn.",
        "In charge of agriculture, natural resources and environment, construction and transport; follows Tam Diep "
        "City and the Nho Quan, Gia Vien and Kim Son districts.",
        [
            "so-nong-nghiep-va-phat-trien-nong-thon",
            "so-tai-nguyen-va-moi-truong",
            "so-xay-dung",
            "so-giao-thong-van-tai",
            "tp-tam-diep",
            "huyen-nho-quan",
            "huyen-gia-vien",
            "huyen-kim-son",
        ],
    ),
    (
        "Phạm Thị Hương",
        Leader.Rank.VICE_CHAIR,
        "Phó Chủ tịch Ủy ban nhân dân tỉnh",
        "Vice Chairwoman of the Provincial People's Committee",
        "Phụ trách các lĩnh vực văn hóa, thể thao, du lịch, giáo dục và đào tạo, y tế, lao động, chính sách xã hội, "
        "khoa học và công nghệ, dân tộc; theo dõi thành phố Ninh Bình và các huyện Hoa Lư, Yên Khánh, Yên Mô.",
        "In charge of culture, sports and tourism, education and training, health, labour and social policy, "
        "science and technology and ethnic affairs; follows Ninh Binh City and the Hoa Lu, Yen Khanh and Yen Mo "
        "districts.",
        [
            "so-van-hoa-va-the-thao",
            "so-du-lich",
            "so-giao-duc-va-dao-tao",
            "so-y-te",
            "so-lao-dong-thuong-binh-va-xa-hoi",
            "so-khoa-hoc-va-cong-nghe",
            "ban-dan-toc",
            "tp-ninh-binh",
            "huyen-hoa-lu",
            "huyen-yen-khanh",
            "huyen-yen-mo",
        ],
    ),
]

FUNCTIONS_VI = [
    "Ủy ban nhân dân tỉnh do Hội đồng nhân dân tỉnh bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành "
    "chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân tỉnh và cơ quan hành "
    "chính nhà nước cấp trên (Luật Tổ chức chính quyền địa phương năm 2015).",
    "Xây dựng, trình Hội đồng nhân dân tỉnh quyết định các nội dung thuộc thẩm quyền; tổ chức thực hiện nghị quyết "
    "của Hội đồng nhân dân tỉnh; quy định tổ chức bộ máy và nhiệm vụ, quyền hạn cụ thể của các cơ quan chuyên môn.",
    "Tổ chức thi hành Hiến pháp và pháp luật, xây dựng chính quyền và địa giới hành chính, giáo dục, đào tạo, khoa "
    "học, công nghệ, văn hóa, thông tin, thể dục thể thao, y tế, lao động, chính sách xã hội, dân tộc, tôn giáo, "
    "quốc phòng, an ninh, trật tự, an toàn xã hội, tư pháp, bổ trợ tư pháp và các nhiệm vụ, quyền hạn khác do cơ "
    "quan nhà nước cấp trên phân cấp, ủy quyền.",
    "Phân cấp, ủy quyền cho Ủy ban nhân dân cấp huyện, cơ quan, tổ chức khác thực hiện các nhiệm vụ, quyền hạn của "
    "Ủy ban nhân dân tỉnh.",
]
FUNCTIONS_EN = [
    "The Provincial People's Committee is elected by the Provincial People's Council. It is the executive body of "
    "the Council and the local state administrative body, accountable to the local people, the Provincial People's "
    "Council and the state administrative bodies at higher level (Law on the Organisation of Local Government, 2015).",
    "It drafts and submits to the Provincial People's Council the matters within the Council's competence, carries "
    "out the Council's resolutions, and sets the organisation, tasks and powers of its specialised departments.",
    "It enforces the Constitution and the law in the province: government building and administrative boundaries, "
    "education, training, science, technology, culture, information, sports, health, labour, social policy, ethnic "
    "and religious affairs, defence, security, public order, justice, and other tasks delegated by higher authorities.",
    "It delegates tasks and powers to the district-level People's Committees and other agencies and organisations.",
]
ABOUT_EN = [
    "Ninh Binh lies at the southern tip of the Red River Delta, about 90 km south of Hanoi. The province was "
    "re-established on 1 April 1992 and comprises Ninh Binh City, Tam Diep City and six districts.",
    "Ninh Binh is the land of the ancient capital Hoa Lu, seat of the Dinh, Early Le and early Ly dynasties. The "
    "Trang An Landscape Complex was inscribed by UNESCO as a World Cultural and Natural Heritage site in 2014.",
    "The Provincial Web Portal is the official online channel of the Provincial People's Committee, for two-way "
    "communication between state agencies, citizens and businesses.",
]
CONTACT_EN = [
    "Editorial Board of the Ninh Binh Provincial Web Portal — Office of the Provincial People's Committee.",
    "Address: No. 2 Le Hong Phong Street, Van Giang Ward, Ninh Binh City. Phone: +84 229 3871 181. "
    "E-mail: bbt@ninhbinh.gov.vn.",
]


def portrait(seed, width=320, height=400):
    """A neutral head-and-shoulders silhouette (no real person's photo in the demo)."""
    rng = random.Random(seed)
    background = (rng.randint(200, 230), rng.randint(205, 230), rng.randint(210, 235))
    picture = PILImage.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(picture)
    suit = (40 + rng.randint(0, 30), 45 + rng.randint(0, 30), 70 + rng.randint(0, 30))
    draw.ellipse([width * 0.1, height * 0.62, width * 0.9, height * 1.3], fill=suit)
    draw.polygon(
        [(width * 0.42, height * 0.62), (width * 0.58, height * 0.62), (width * 0.5, height * 0.8)], fill="white"
    )
    draw.ellipse([width * 0.3, height * 0.18, width * 0.7, height * 0.62], fill=(222, 190, 160))
    draw.chord([width * 0.29, height * 0.14, width * 0.71, height * 0.5], 180, 360, fill=(30, 30, 35))
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


def _portrait_image(title, seed):
    Image = get_image_model()
    existing = Image.objects.filter(title=title).first()
    if existing:
        return existing
    name = "lanh-dao-" + hashlib.sha1(title.encode()).hexdigest()[:10] + ".jpg"
    image = Image(title=title, file=ImageFile(io.BytesIO(portrait(seed)), name=name))
    image.save()
    return image


def build_departments():
    """Every department, district and agency with its contacts; fills in the rows other demos created."""
    rng = random.Random(42)
    departments = {}
    for order, (slug, name, name_en, short_name, kind) in enumerate(DEPARTMENTS):
        department = Department.objects.filter(slug=slug).first() or Department.objects.filter(name=name).first()
        if department is None:
            department = Department(slug=slug, name=name)
        person = f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        role = "Chánh Văn phòng" if kind != "district" else "Chánh Văn phòng HĐND và UBND"
        defaults = {
            "name_en": name_en,
            "short_name": short_name,
            "kind": kind,
            "sort_order": order,
            "contact_person": f"{person} – {role}",
            "phone": f"0229 3{rng.randint(600, 899)} {rng.randint(100, 999)}",
            "email": f"{slug.replace('-', '')[:24]}@ninhbinh.gov.vn",
            "address": "Thành phố Ninh Bình, tỉnh Ninh Bình",
            "website": f"https://{slug.replace('-', '')[:20]}.ninhbinh.gov.vn/",
        }
        for field, value in defaults.items():
            if not getattr(department, field) or field in ("sort_order", "kind"):
                setattr(department, field, value)
        department.save()
        departments[slug] = department
    return departments


def build_leaders(departments, english):
    if Leader.objects.exists():
        return
    default = Locale.get_default()
    for order, (name, rank, position, position_en, duties, duties_en, overseen) in enumerate(LEADERS):
        leader = Leader.objects.create(
            locale=default,
            name=name,
            rank=rank,
            position=position,
            duties=f"<p>{duties}</p>",
            photo=_portrait_image(f"Ảnh chân dung {name}", order),
            phone=f"0229 3871 {100 + order * 11}",
            email=f"lanhdao{order + 1}@ninhbinh.gov.vn",
            sort_order=order,
        )
        leader.departments.set([departments[slug] for slug in overseen])
        translated = leader.copy_for_translation(english)
        translated.position = position_en
        translated.duties = f"<p>{duties_en}</p>"
        translated.save()


def _publish_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _translate(page, locale, **fields):
    """The page's translation in ``locale`` (created and published once) with ``fields`` set."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translated = page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated


@transaction.atomic
def build_organisation(home):
    """The organisation pages under /gioi-thieu/ and their English version under /en/."""
    english, _ = Locale.objects.get_or_create(language_code="en")
    departments = build_departments()
    build_leaders(departments, english)
    about = StandardPage.objects.get(slug="gioi-thieu", locale=home.locale)
    contact = StandardPage.objects.filter(slug="lien-he", locale=home.locale).first()
    children = {child.slug: child for child in about.get_children()}
    pages = [
        children.get("chuc-nang-nhiem-vu")
        or _publish_child(
            about,
            StandardPage(
                title="Chức năng, nhiệm vụ",
                slug="chuc-nang-nhiem-vu",
                intro="Chức năng, nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh Ninh Bình.",
                body=[("paragraph", f"<p>{text}</p>") for text in FUNCTIONS_VI],
            ),
        ),
        children.get("so-do-to-chuc")
        or _publish_child(
            about,
            OrganisationChartPage(
                title="Sơ đồ tổ chức",
                slug="so-do-to-chuc",
                intro="<p>Lãnh đạo Ủy ban nhân dân tỉnh, các sở, ban, ngành và Ủy ban nhân dân các huyện, thành "
                "phố.</p>",
            ),
        ),
        children.get("lanh-dao-tinh")
        or _publish_child(
            about,
            LeadersPage(
                title="Lãnh đạo tỉnh",
                slug="lanh-dao-tinh",
                intro="<p>Thường trực Ủy ban nhân dân tỉnh nhiệm kỳ 2021–2026 và phân công nhiệm vụ.</p>",
            ),
        ),
        children.get("co-quan-don-vi")
        or _publish_child(
            about,
            DepartmentDirectoryPage(
                title="Cơ quan, đơn vị",
                slug="co-quan-don-vi",
                intro="<p>Địa chỉ, điện thoại, thư điện tử và người liên hệ của các cơ quan, đơn vị trong tỉnh.</p>",
            ),
        ),
    ]
    _translate_site(home, about, contact, pages, english)


def _translate_site(home, about, contact, pages, english):
    _translate(
        home,
        english,
        title="Ninh Binh Provincial Web Portal",
        intro="The official web portal of the People's Committee of Ninh Binh Province, Viet Nam.",
    )
    _translate(
        about,
        english,
        title="About Ninh Binh",
        slug="about",
        intro="Ninh Binh at a glance.",
        body=[("paragraph", f"<p>{text}</p>") for text in ABOUT_EN],
    )
    functions, chart, leaders, directory = pages
    _translate(
        functions,
        english,
        title="Functions and duties",
        slug="functions-and-duties",
        intro="Functions, duties and powers of the Ninh Binh Provincial People's Committee.",
        body=[("paragraph", f"<p>{text}</p>") for text in FUNCTIONS_EN],
    )
    _translate(
        chart,
        english,
        title="Organisation chart",
        slug="organisation-chart",
        intro="<p>The leaders of the Provincial People's Committee, the departments and the districts.</p>",
    )
    _translate(
        leaders,
        english,
        title="Provincial leaders",
        slug="leaders",
        intro="<p>The standing members of the Provincial People's Committee, 2021–2026, and their duties.</p>",
    )
    _translate(
        directory,
        english,
        title="Departments and contacts",
        slug="departments",
        intro="<p>Address, phone, e-mail and contact person of every department, district and agency.</p>",
    )
    if contact is not None:
        _translate(
            contact,
            english,
            title="Contact",
            slug="contact",
            intro="Contact the editorial board.",
            body=[("paragraph", f"<p>{text}</p>") for text in CONTACT_EN],
        )
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        values = SiteSettings.for_site(site)
        values.portal_name_en = values.portal_name_en or "Ninh Binh Provincial Web Portal"
        values.owner_name_en = values.owner_name_en or "People's Committee of Ninh Binh Province"
        values.address_en = values.address_en or "No. 2 Le Hong Phong Street, Van Giang Ward, Ninh Binh City"
        values.save()
    Page.objects.filter(locale=english, depth=2).update(show_in_menus=False)
