"""Relevance of the site search on the demo content: a judged set of citizen queries and the item each should find.

Every query was chosen by reading the demo texts (news/demo_articles.py, portal/demo.py, documents/demo.py,
drafts/demo.py, specialpages/demo.py, qa/demo.py): it is what a citizen would type when one item is clearly the
answer, most often the item whose title says what was asked, sometimes the one whose lead is about it (a detail only
that story covers). Queries come with and without diacritics, in mixed case, as document numbers and figures, as
phrases of three syllables or more, and as the two or three distinctive words people actually type.

The expected item is named by its URL path (a document by its number, a draft by the start of its title: their URLs
hold ids), so editing a title does not break the judgement. The bar, from the issue: the expected item is first for
at least 90% of the queries and within the top 3 for every one of them.

When the document library, the drafts and the special sections joined the demo, the set was judged again, by the
same rule: a document number now finds the document itself (no longer the story that mentions it); the name of an
event finds its special section; and a few short queries that a story and a document now answer equally ("giải ngân
vốn đầu tư công": the story and the directive; "tuyển sinh lớp 10": the story, the plan and a draft) were made as
specific as a citizen looking for that one item would make them.

Left out on purpose, because no single item is the clear answer:

- "bầu cử đại biểu Quốc hội", "chuyển đổi số", "nhiệm vụ trọng tâm", "cố đô Hoa Lư", "tiêm vắc-xin", "giải ngân vốn
  đầu tư công", "tuyển sinh lớp 10", "trung thu": several titles or leads carry the whole phrase (more specific
  queries for those items are in the set instead).
"""

import io
from urllib.parse import urlparse

from django.core.management import call_command

from documents.models import LegalDocument
from drafts.models import DraftDocument
from portal.text import ascii_slug
from search.analysis import has_diacritics, syllables
from search.service import build_query, search


def news(slug):
    return f"/tin-tuc/{slug}/"


def doc(number):
    """A document of the library, by its number (its URL holds an id known only once the demo is built)."""
    return ("document", number)


def draft(title_start):
    return ("draft", title_start)


def section(slug):
    return f"/chuyen-trang/{slug}/"


def qa(title):
    """A published answer: its page's slug is made from the question's title."""
    return f"/hoi-dap/{ascii_slug(title, max_length=70)}/"


INTRO = "/gioi-thieu/"
CONTACT = "/lien-he/"

# (what the citizen types, the URL path of the item that should come first)
JUDGED = [
    # Phrases from a title, typed without diacritics -----------------------------------------------------------
    # The special section is the hub of the event: its page is what someone typing the event's name wants.
    ("nam du lich quoc gia", section("du-lich-2021")),
    ("hoa lu co do ngan nam", section("du-lich-2021")),
    (
        "ninh binh san sang cho nam du lich",
        news("ninh-binh-san-sang-cho-nam-du-lich-quoc-gia-2021-hoa-lu-co-do-ngan-nam"),
    ),
    ("di bau cu dai bieu quoc hoi", news("cu-tri-ninh-binh-no-nuc-di-bau-cu-dai-bieu-quoc-hoi-va-hdnd-cac-cap")),
    (
        "tong ket bau cu dai bieu quoc hoi",
        news("tong-ket-cuoc-bau-cu-dai-bieu-quoc-hoi-khoa-xv-va-hdnd-cac-cap-tai-ninh-binh"),
    ),
    ("ke hoach chuyen doi so", doc("163/QĐ-UBND")),  # the plan itself, not the story of its adoption
    ("ban hanh ke hoach chuyen doi so nam 2021", news("ban-hanh-ke-hoach-chuyen-doi-so-tinh-ninh-binh-nam-2021")),
    ("tap huan chuyen doi so", news("tap-huan-ky-nang-chuyen-doi-so-cho-can-bo-cong-chuc-cap-xa")),
    ("giai phong mat bang cao toc", news("day-nhanh-giai-phong-mat-bang-du-an-cao-toc-bac-nam-doan-qua-ninh-binh")),
    ("tiem vac xin dot dau tien", news("tiem-vac-xin-phong-covid-19-dot-dau-tien-cho-luc-luong-tuyen-dau-chong-dich")),
    ("tiem vac xin cho nguoi dan", news("ninh-binh-day-nhanh-tien-do-tiem-vac-xin-phong-covid-19-cho-nguoi-dan")),
    ("nuoi trong thuy san", news("kim-son-phat-trien-nuoi-trong-thuy-san-vung-bai-boi-ven-bien")),
    ("thi tot nghiep thpt", news("thi-tot-nghiep-thpt-nam-2021-dien-ra-an-toan-nghiem-tuc")),
    ("hiep thuong lan thu nhat", news("hoi-nghi-hiep-thuong-lan-thu-nhat-thoa-thuan-co-cau-thanh-phan-nguoi-ung-cu")),
    ("ma qr khai bao y te", news("trien-khai-quet-ma-qr-khai-bao-y-te-tai-cac-dia-diem-cong-cong")),
    ("chua chay cuu nan cuu ho", news("dien-tap-phuong-an-chua-chay-va-cuu-nan-cuu-ho-tai-khu-dan-cu")),
    ("day nhanh tien do giai ngan", news("ninh-binh-tap-trung-day-nhanh-tien-do-giai-ngan-von-dau-tu-cong")),
    (
        "khai thac hai san bat hop phap",
        news("bo-doi-bien-phong-tinh-tuyen-truyen-chong-khai-thac-hai-san-bat-hop-phap"),
    ),
    ("nong thon moi kieu mau", news("xa-ninh-hai-dat-chuan-nong-thon-moi-kieu-mau-gan-voi-phat-trien-du-lich")),
    (
        "trien khai thich ung an toan linh hoat",
        news("ninh-binh-trien-khai-thich-ung-an-toan-linh-hoat-kiem-soat-hieu-qua-dich-covid"),
    ),
    ("dien tap chien dau phong thu", news("dien-tap-chien-dau-phong-thu-xa-nam-2021-tai-huyen-nho-quan")),
    ("ky hop thu nhat hdnd", news("ky-hop-thu-nhat-hdnd-tinh-khoa-xv-bau-cac-chuc-danh-chu-chot-nhiem-ky-2021-2026")),
    ("ky hop thu 3", news("ky-hop-thu-3-hdnd-tinh-khoa-xv-thong-qua-nhieu-nghi-quyet-quan-trong")),
    ("van dong bau cu", news("nguoi-ung-cu-dai-bieu-quoc-hoi-tiep-xuc-cu-tri-van-dong-bau-cu")),
    ("mo cua don khach tro lai", news("cac-khu-diem-du-lich-ninh-binh-mo-cua-don-khach-tro-lai")),
    ("don khach du lich noi dia", news("ninh-binh-mo-cua-don-khach-du-lich-noi-dia-da-tiem-du-lieu-vac-xin")),
    ("nhiem vu trong tam 3 thang cuoi nam", news("ubnd-tinh-trien-khai-nhiem-vu-trong-tam-3-thang-cuoi-nam-2021")),
    ("kich ban phuc hoi du lich", news("xay-dung-kich-ban-phuc-hoi-hoat-dong-du-lich-ninh-binh-sau-dich-covid-19")),
    (
        "thanh toan truc tuyen phi le phi",
        news("thanh-toan-truc-tuyen-phi-le-phi-thu-tuc-hanh-chinh-qua-cong-dich-vu-cong-quoc"),
    ),
    # Partial typing: only the two or three distinctive words, without diacritics ----------------------------------
    ("nhap ngu", news("1-350-thanh-nien-ninh-binh-len-duong-nhap-ngu-nam-2021")),
    ("trung thu tre em hoan canh kho khan", news("mang-tet-trung-thu-den-voi-tre-em-co-hoan-canh-kho-khan")),
    ("quy vac xin", news("cac-tang-lop-nhan-dan-tich-cuc-ung-ho-quy-vac-xin-phong-chong-covid-19")),
    ("lua chin tam coc", news("ngam-mua-lua-chin-tam-coc-qua-chuong-trinh-quang-ba-truc-tuyen")),
    ("gian cach xa hoi", news("ap-dung-gian-cach-xa-hoi-theo-chi-thi-16-ct-ttg-tai-mot-so-khu-dan-cu-co-ca-benh")),
    ("linh kien dien tu", news("khoi-cong-nha-may-san-xuat-linh-kien-dien-tu-tai-khu-cong-nghiep-khanh-phu")),
    ("cao toc Bac Nam", news("day-nhanh-giai-phong-mat-bang-du-an-cao-toc-bac-nam-doan-qua-ninh-binh")),
    ("xa ninh hai", news("xa-ninh-hai-dat-chuan-nong-thon-moi-kieu-mau-gan-voi-phat-trien-du-lich")),
    ("mua mua bao", news("kiem-tra-cong-tac-phong-chong-thien-tai-truoc-mua-mua-bao-nam-2021")),
    ("gioi thieu", INTRO),
    ("lien he", CONTACT),
    # With diacritics -------------------------------------------------------------------------------------------
    ("Năm Du lịch quốc gia", section("du-lich-2021")),
    ("lễ hội Hoa Lư", news("le-hoi-hoa-lu-nam-2021-chi-to-chuc-phan-le-de-phong-chong-dich")),
    ("Tết trồng cây", news("ninh-binh-phat-dong-tet-trong-cay-doi-doi-nho-on-bac-ho-xuan-tan-suu-2021")),
    ("Đời đời nhớ ơn Bác Hồ", news("ninh-binh-phat-dong-tet-trong-cay-doi-doi-nho-on-bac-ho-xuan-tan-suu-2021")),
    ("danh sách cử tri", news("niem-yet-danh-sach-cu-tri-tai-gan-1-400-khu-vuc-bo-phieu")),
    ("năng suất lúa xuân", news("nang-suat-lua-xuan-nam-2021-dat-cao-nhat-tu-truoc-den-nay")),
    ("gieo cấy lúa xuân", news("nong-dan-ninh-binh-hoan-thanh-gieo-cay-tren-37-000-ha-lua-xuan")),
    (
        "du lịch sinh thái Vân Long",
        news("phat-trien-du-lich-sinh-thai-gan-voi-bao-ton-tai-khu-bao-ton-thien-nhien-dat"),
    ),
    ("Tràng An di sản thế giới", news("trang-an-7-nam-di-san-the-gioi-bao-ton-gan-voi-phat-trien-du-lich-ben-vung")),
    ("Ban Chấp hành Đảng bộ tỉnh", news("ban-chap-hanh-dang-bo-tinh-trien-khai-nhiem-vu-trong-tam-nam-2021")),
    (
        "quán triệt Nghị quyết Đại hội XIII",
        news("hoc-tap-quan-triet-nghi-quyet-dai-hoi-dai-bieu-toan-quoc-lan-thu-xiii-cua-dang"),
    ),
    ("Chính phủ số", news("day-manh-chuyen-doi-so-xay-dung-chinh-phu-so-phuc-vu-nguoi-dan-va-doanh-nghiep")),
    (
        "chuyên trang hỗ trợ doanh nghiệp",
        news("ra-mat-chuyen-trang-ho-tro-doanh-nghiep-tren-cong-thong-tin-dien-tu-tinh"),
    ),
    ("chuyên mục chuyển đổi số", news("cong-thong-tin-dien-tu-tinh-ra-mat-chuyen-muc-chuyen-doi-so-tinh-ninh-binh")),
    ("chuyển đổi số doanh nghiệp nhỏ và vừa", news("ho-tro-doanh-nghiep-nho-va-vua-chuyen-doi-so-de-vuot-kho")),
    (
        "đối thoại tháo gỡ khó khăn doanh nghiệp",
        news("doi-thoai-thao-go-kho-khan-cho-doanh-nghiep-bi-anh-huong-boi-dich-covid-19"),
    ),
    ("quà Tết người có công", news("trao-hon-100-000-suat-qua-tet-cho-nguoi-co-cong-va-ho-ngheo")),
    (
        "về quê đón Tết khai báo y tế",
        news("huong-dan-nguoi-ve-que-don-tet-nguyen-dan-tan-suu-thuc-hien-khai-bao-y-te"),
    ),
    (
        "khẩn trương triển khai biện pháp cấp bách",
        news("ninh-binh-khan-truong-trien-khai-cac-bien-phap-cap-bach-phong-chong-dich-covid"),
    ),
    (
        "tạm dừng dịch vụ không thiết yếu",
        news("ninh-binh-tam-dung-mot-so-dich-vu-khong-thiet-yeu-de-phong-chong-dich"),
    ),
    ("kích cầu du lịch", news("ninh-binh-tham-gia-chuong-trinh-kich-cau-nguoi-viet-nam-di-du-lich-viet-nam")),
    ("phòng, chống thiên tai mùa mưa bão", news("kiem-tra-cong-tac-phong-chong-thien-tai-truoc-mua-mua-bao-nam-2021")),
    ("công bố kết quả bầu cử", news("cong-bo-ket-qua-bau-cu-dai-bieu-hoi-dong-nhan-dan-tinh-khoa-xv")),
    ("thành lập Ủy ban bầu cử", news("thanh-lap-uy-ban-bau-cu-tinh-ninh-binh-nhiem-ky-2021-2026")),
    (
        "Công an ra quân bảo đảm an ninh bầu cử",
        news("cong-an-tinh-ra-quan-bao-dam-an-ninh-trat-tu-phuc-vu-cuoc-bau-cu"),
    ),
    (
        "tiếp xúc cử tri trước kỳ họp thứ 2",
        news("dai-bieu-quoc-hoi-tinh-tiep-xuc-cu-tri-truoc-ky-hop-thu-2-quoc-hoi-khoa-xv"),
    ),
    (
        "ngày hội toàn dân bảo vệ an ninh Tổ quốc",
        news("ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc-duoc-to-chuc-an-toan-thiet-thuc"),
    ),
    (
        "đón công dân từ Thành phố Hồ Chí Minh",
        news("don-cong-dan-ninh-binh-tu-thanh-pho-ho-chi-minh-binh-duong-dong-nai-tro-ve-que"),
    ),
    (
        "Quy hoạch tỉnh thời kỳ 2021 - 2030",
        news("ban-thuong-vu-tinh-uy-cho-y-kien-ve-nhiem-vu-lap-quy-hoach-tinh-thoi-ky-2021"),
    ),
    (
        "tình hình kinh tế - xã hội quý I",
        news("ubnd-tinh-hop-phien-thuong-ky-danh-gia-tinh-hinh-kinh-te-xa-hoi-quy-i-nam-2021"),
    ),
    (
        "Trung tâm Phục vụ hành chính công",
        news("trung-tam-phuc-vu-hanh-chinh-cong-tinh-nang-cao-ty-le-ho-so-truc-tuyen"),
    ),
    # The intro pages: "Giới thiệu" is "Khái quát về tỉnh Ninh Bình: vị trí, lịch sử, con người"; "Liên hệ" holds
    # the editorial board's address and telephone (one vaccination story also says "số điện thoại liên hệ").
    ("giới thiệu Ninh Bình", INTRO),
    ("lịch sử tỉnh Ninh Bình", INTRO),
    ("liên hệ Ban Biên tập", CONTACT),
    ("số điện thoại liên hệ", CONTACT),
    # What only one story's lead is about ---------------------------------------------------------------------
    ("vooc mong trang", news("phat-trien-du-lich-sinh-thai-gan-voi-bao-ton-tai-khu-bao-ton-thien-nhien-dat")),
    ("karaoke", news("ninh-binh-tam-dung-mot-so-dich-vu-khong-thiet-yeu-de-phong-chong-dich")),
    ("giao nhan quan", news("1-350-thanh-nien-ninh-binh-len-duong-nhap-ngu-nam-2021")),
    ("lễ khai giảng năm học", news("gan-240-000-hoc-sinh-ninh-binh-buoc-vao-nam-hoc-moi-2021-2022")),
    ("thẻ vàng thủy sản", news("bo-doi-bien-phong-tinh-tuyen-truyen-chong-khai-thac-hai-san-bat-hop-phap")),
    ("Sắc vàng Tam Cốc", news("ngam-mua-lua-chin-tam-coc-qua-chuong-trinh-quang-ba-truc-tuyen")),
    # "HĐND" is how everyone writes "Hội đồng nhân dân"; this story spells it out ("50 người trúng cử đại biểu Hội
    # đồng nhân dân tỉnh khóa XV").
    ("người trúng cử HĐND tỉnh", news("cong-bo-ket-qua-bau-cu-dai-bieu-hoi-dong-nhan-dan-tinh-khoa-xv")),
    # Mixed and upper case ------------------------------------------------------------------------------------
    ("LỄ HỘI HOA LƯ", news("le-hoi-hoa-lu-nam-2021-chi-to-chuc-phan-le-de-phong-chong-dich")),
    ("Ngày Doanh Nhân Việt Nam", news("lanh-dao-tinh-gap-mat-doanh-nhan-nhan-ngay-doanh-nhan-viet-nam-13-10")),
    ("Phuong An 3 Tai Cho", news("doanh-nghiep-duy-tri-san-xuat-an-toan-theo-phuong-an-3-tai-cho")),
    ("NHA MAY linh kien Khanh Phu", news("khoi-cong-nha-may-san-xuat-linh-kien-dien-tu-tai-khu-cong-nghiep-khanh-phu")),
    ("Thuong Binh Liet Si", news("tri-an-cac-anh-hung-liet-si-nhan-ky-niem-74-nam-ngay-thuong-binh-liet-si")),
    # Document numbers: in the title or lead of one item, or (21/NQ-CP, 105/NQ-CP) in one item only ------------------
    # A document number finds the document itself, in every spelling.
    ("163/QĐ-UBND", doc("163/QĐ-UBND")),
    ("163/QD-UBND", doc("163/QĐ-UBND")),
    ("Quyết định 163", doc("163/QĐ-UBND")),
    ("43/2011/NĐ-CP", doc("43/2011/NĐ-CP")),
    ("43/2011/ND-CP", doc("43/2011/NĐ-CP")),
    ("nd-cp 43", doc("43/2011/NĐ-CP")),
    ("43/2011", doc("43/2011/NĐ-CP")),
    ("Nghị định 42/2022", doc("42/2022/NĐ-CP")),
    ("16/CT-TTg", news("ap-dung-gian-cach-xa-hoi-theo-chi-thi-16-ct-ttg-tai-mot-so-khu-dan-cu-co-ca-benh")),
    ("Chỉ thị 16/CT-TTg", news("ap-dung-gian-cach-xa-hoi-theo-chi-thi-16-ct-ttg-tai-mot-so-khu-dan-cu-co-ca-benh")),
    ("chi thi 16", news("ap-dung-gian-cach-xa-hoi-theo-chi-thi-16-ct-ttg-tai-mot-so-khu-dan-cu-co-ca-benh")),
    ("68/NQ-CP", news("trien-khai-chinh-sach-ho-tro-nguoi-lao-dong-va-nguoi-su-dung-lao-dong-theo-nghi")),
    ("Nghị quyết 68", news("trien-khai-chinh-sach-ho-tro-nguoi-lao-dong-va-nguoi-su-dung-lao-dong-theo-nghi")),
    ("23/2021/QĐ-TTg", news("trien-khai-chinh-sach-ho-tro-nguoi-lao-dong-va-nguoi-su-dung-lao-dong-theo-nghi")),
    ("128/NQ-CP", doc("128/NQ-CP")),
    ("749/QĐ-TTg", doc("749/QĐ-TTg")),
    # What only the document library, the drafts and the sections hold.
    ("san pham OCOP", doc("860/KH-UBND")),
    ("quy chế làm việc của UBND tỉnh", doc("712/QĐ-UBND")),
    ("quan ly tai nguyen khoang san", doc("786/CT-UBND")),
    ("môi trường lưu vực sông Đáy", doc("971/KH-UBND")),
    ("giao duc mam non giai doan 2021-2025", doc("1193/KH-UBND")),
    ("Tết Trung thu cho thiếu nhi", doc("897/UBND-VX")),
    ("du thao hoc phi", draft("Nghị quyết quy định mức thu học phí")),
    ("quản lý chất thải rắn sinh hoạt", draft("Quyết định quy định quản lý chất thải rắn")),
    ("tieu chi lua chon nha dau tu khu do thi", draft("Quyết định quy định tiêu chí lựa chọn nhà đầu tư")),
    ("lay y kien giao thong nong thon 2026-2030", draft("Kế hoạch phát triển giao thông nông thôn")),
    ("tach thua dat o cho con", qa("Tách thửa đất ở cho con")),
    ("hưởng trợ cấp thất nghiệp", qa("Hưởng trợ cấp thất nghiệp")),
    ("doi giay phep lai xe sang the PET", qa("Đổi giấy phép lái xe sang thẻ PET")),
    ("khám chữa bệnh bảo hiểm y tế trái tuyến", qa("Khám chữa bệnh bảo hiểm y tế trái tuyến")),
    ("truong chuyen Luong Van Tuy", qa("Tuyển sinh vào lớp 10 trường chuyên Lương Văn Tụy")),
    ("21/NQ-CP", news("tiem-vac-xin-phong-covid-19-dot-dau-tien-cho-luc-luong-tuyen-dau-chong-dich")),
    ("105/NQ-CP", news("lanh-dao-tinh-gap-mat-doanh-nhan-nhan-ngay-doanh-nhan-viet-nam-13-10")),
    # Figures and dates from titles and leads --------------------------------------------------------------------
    ("37.000 ha lúa", news("nong-dan-ninh-binh-hoan-thanh-gieo-cay-tren-37-000-ha-lua-xuan")),
    ("1.350 thanh niên", news("1-350-thanh-nien-ninh-binh-len-duong-nhap-ngu-nam-2021")),
    ("240.000 hoc sinh", news("gan-240-000-hoc-sinh-ninh-binh-buoc-vao-nam-hoc-moi-2021-2022")),
    ("12.000 thí sinh lớp 10", news("hon-12-000-thi-sinh-du-ky-thi-tuyen-sinh-vao-lop-10-thpt-nam-hoc-2021-2022")),
    ("91 năm thành lập Đảng", news("lanh-dao-tinh-dang-huong-ky-niem-91-nam-ngay-thanh-lap-dang-cong-san-viet-nam")),
    ("77 nam quan doi nhan dan", news("ky-niem-77-nam-ngay-thanh-lap-quan-doi-nhan-dan-viet-nam")),
    ("2 trieu luot truy cap", news("cong-thong-tin-dien-tu-tinh-dat-tren-2-trieu-luot-truy-cap-trong-9-thang-dau-nam")),
    ("chủ trương đầu tư 12 dự án", news("trao-quyet-dinh-chu-truong-dau-tu-cho-12-du-an-dau-nam-2021")),
    ("Ngày Doanh nhân 13/10", news("lanh-dao-tinh-gap-mat-doanh-nhan-nhan-ngay-doanh-nhan-viet-nam-13-10")),
    ("thương binh liệt sĩ 27/7", news("tri-an-cac-anh-hung-liet-si-nhan-ky-niem-74-nam-ngay-thuong-binh-liet-si")),
    ("1.400 khu vực bỏ phiếu", news("niem-yet-danh-sach-cu-tri-tai-gan-1-400-khu-vuc-bo-phieu")),
]

FIRST_TARGET = 0.90
TOP3_TARGET = 1.00
DEPTH = 20  # how far down the results a missed item is looked for, to report its rank


def _categories(text):
    names = ["with diacritics" if has_diacritics(text) else "without diacritics"]
    if any(ch.isdigit() for ch in text):
        names.append("document number / figure")
    if sum(1 for word in syllables(text) if not word.isdigit()) >= 3:
        names.append("phrase of 3+ syllables")
    if text != text.lower():
        names.append("with capital letters")
    return names


def _category_counts():
    counts = {}
    for text, _expected in JUDGED:
        for name in _categories(text):
            counts[name] = counts.get(name, 0) + 1
    return counts


def _path(expected):
    """The URL path of an expected item: given as such, or found from a document's number or a draft's title."""
    if isinstance(expected, str):
        return expected
    kind, key = expected
    if kind == "document":
        return LegalDocument.objects.get(number=key).get_absolute_url()
    return DraftDocument.objects.get(title__startswith=key).get_absolute_url()


def _rank(text, expected):
    """(1-based rank of the expected item, None beyond DEPTH; the hits)."""
    expected = _path(expected)
    hits = search(build_query({"q": text}, per_page=DEPTH)).hits
    paths = [urlparse(hit["url"]).path for hit in hits]
    return (paths.index(expected) + 1 if expected in paths else None), hits


def _short(text, width=38):
    return text if len(text) <= width else text[: width - 1] + "…"


def test_judged_set_is_large_and_varied():
    queries = [text for text, _expected in JUDGED]
    assert len(queries) == len(set(queries)), "a query is judged twice"
    paths = [expected for _text, expected in JUDGED if isinstance(expected, str)]
    assert all(path.startswith("/") and path.endswith("/") for path in paths)
    kinds = {expected[0] if isinstance(expected, tuple) else expected.split("/")[1] for _text, expected in JUDGED}
    assert {"tin-tuc", "chuyen-trang", "document", "draft", "hoi-dap"} <= kinds  # every kind of content is judged
    counts = _category_counts()
    assert len(JUDGED) >= 40
    assert counts.get("without diacritics", 0) >= 15
    assert counts.get("with diacritics", 0) >= 15
    assert counts.get("document number / figure", 0) >= 5
    assert counts.get("phrase of 3+ syllables", 0) >= 10
    assert counts.get("with capital letters", 0) >= 5


def test_expected_item_ranks_first_in_90_percent_and_top_3_always(search_index):
    call_command("load_demo", stdout=io.StringIO())  # builds the demo site and runs update_index at the end

    rows = []
    for text, expected in JUDGED:
        rank, hits = _rank(text, expected)
        rows.append((text, expected, rank, [hit["title"] for hit in hits[:3]]))

    total = len(rows)
    first = sum(1 for _text, _expected, rank, _top in rows if rank == 1)
    top3 = sum(1 for _text, _expected, rank, _top in rows if rank is not None and rank <= 3)
    summary = f"first: {first}/{total} = {first / total:.1%}; top 3: {top3}/{total} = {top3 / total:.1%}"

    counts = ", ".join(f"{name} {n}" for name, n in sorted(_category_counts().items()))
    print(f"\n{total} judged queries: {counts}")
    print(f" {'query':<41} {'rank':>4}  {'expected':<40} top 3")
    for text, expected, rank, titles in rows:
        marker = " " if rank == 1 else ("~" if rank is not None and rank <= 3 else "✗")
        slug = expected.removeprefix("/tin-tuc/").strip("/") if isinstance(expected, str) else " ".join(expected)
        top = " | ".join(_short(title) for title in titles)
        print(f"{marker}{text:<41} {rank or '-':>4}  {_short(slug, 40):<40} {top}")
    print(summary)

    misses = "\n".join(
        f"  {text!r}: expected {expected} at rank {rank or f'>{DEPTH}'}; first is {titles[0] if titles else None!r}"
        for text, expected, rank, titles in rows
        if rank != 1
    )
    assert first / total >= FIRST_TARGET and top3 / total >= TOP3_TARGET, (
        f"{summary} (targets: first ≥ {FIRST_TARGET:.0%}, top 3 = {TOP3_TARGET:.0%}); misses:\n{misses}"
    )
