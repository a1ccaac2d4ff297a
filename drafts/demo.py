"""Demo consultation for ``load_demo``: drafts in every state (dated around today) with comments in every
moderation state. Idempotent: a draft is keyed by its title and created only when missing."""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from documents.demo import _reference_tables
from documents.files import make_pdf
from portal.models import Department
from portal.text import ascii_slug

from .models import Comment, DraftDocument, DraftFile
from .text import extract_file_text

DEPARTMENTS = [
    ("so-tai-nguyen-va-moi-truong", "Sở Tài nguyên và Môi trường"),
    ("so-giao-duc-va-dao-tao", "Sở Giáo dục và Đào tạo"),
    ("so-ke-hoach-va-dau-tu", "Sở Kế hoạch và Đầu tư"),
    ("so-giao-thong-van-tai", "Sở Giao thông vận tải"),
    ("so-y-te", "Sở Y tế"),
]

# title, type, department slug, opens (days from today), length in days, outcome?, questions, summary
DRAFTS = [
    (
        "Quyết định ban hành quy định bảng giá đất giai đoạn 2025–2029 trên địa bàn tỉnh",
        "Quyết định",
        "so-tai-nguyen-va-moi-truong",
        -18,
        30,
        False,
        ["Mức giá đất ở tại các phường trung tâm có phù hợp với giá thị trường?", "Cách phân vùng giá đất nông nghiệp"],
        "Dự thảo quy định bảng giá các loại đất áp dụng từ năm 2025 đến năm 2029, thay thế bảng giá giai đoạn "
        "2020–2024, phục vụ tính tiền sử dụng đất, thuế và bồi thường khi Nhà nước thu hồi đất.",
    ),
    (
        "Nghị quyết quy định mức thu học phí đối với cơ sở giáo dục công lập năm học 2025–2026",
        "Nghị quyết",
        "so-giao-duc-va-dao-tao",
        -25,
        30,
        False,
        ["Mức học phí mầm non, phổ thông ở vùng nông thôn", "Đối tượng được miễn, giảm học phí"],
        "Dự thảo Nghị quyết của Hội đồng nhân dân tỉnh quy định mức thu học phí đối với các cơ sở giáo dục mầm non, "
        "giáo dục phổ thông công lập trên địa bàn tỉnh năm học 2025–2026.",
    ),
    (
        "Quyết định quy định tiêu chí lựa chọn nhà đầu tư dự án khu đô thị",
        "Quyết định",
        "so-ke-hoach-va-dau-tu",
        -3,
        20,
        False,
        ["Tiêu chí năng lực tài chính của nhà đầu tư", "Yêu cầu về kinh nghiệm thực hiện dự án tương tự"],
        "Dự thảo quy định các tiêu chí lựa chọn nhà đầu tư thực hiện dự án đầu tư xây dựng khu đô thị, khu dân cư "
        "có sử dụng đất trên địa bàn tỉnh.",
    ),
    (
        "Kế hoạch phát triển giao thông nông thôn giai đoạn 2026–2030",
        "Kế hoạch",
        "so-giao-thong-van-tai",
        10,
        30,
        False,
        ["Thứ tự ưu tiên cứng hóa đường trục xã", "Cơ chế huy động nhân dân đóng góp"],
        "Dự thảo kế hoạch cứng hóa, nâng cấp đường giao thông nông thôn, đường trục xã, liên xã và cầu dân sinh "
        "giai đoạn 2026–2030.",
    ),
    (
        "Quyết định quy định chức năng, nhiệm vụ của Trung tâm Kiểm soát bệnh tật tỉnh",
        "Quyết định",
        "so-y-te",
        30,
        30,
        False,
        ["Phân định nhiệm vụ giữa Trung tâm và trạm y tế cấp xã"],
        "Dự thảo quy định vị trí, chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Trung tâm Kiểm soát bệnh tật "
        "tỉnh.",
    ),
    (
        "Nghị quyết quy định chính sách hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo",
        "Nghị quyết",
        "so-ke-hoach-va-dau-tu",
        -75,
        30,
        True,
        ["Mức hỗ trợ thuê mặt bằng, tư vấn", "Điều kiện doanh nghiệp được hỗ trợ"],
        "Dự thảo Nghị quyết quy định nội dung, mức hỗ trợ doanh nghiệp nhỏ và vừa khởi nghiệp sáng tạo, tham gia "
        "cụm liên kết ngành, chuỗi giá trị trên địa bàn tỉnh.",
    ),
    (
        "Quyết định quy định quản lý chất thải rắn sinh hoạt trên địa bàn tỉnh",
        "Quyết định",
        "so-tai-nguyen-va-moi-truong",
        -60,
        30,
        False,
        ["Trách nhiệm phân loại rác tại nguồn của hộ gia đình", "Mức thu giá dịch vụ thu gom"],
        "Dự thảo quy định việc phân loại, thu gom, vận chuyển và xử lý chất thải rắn sinh hoạt; trách nhiệm của cơ "
        "quan, tổ chức, hộ gia đình, cá nhân.",
    ),
    (
        "Quyết định ban hành quy chế tuyển sinh lớp 10 trung học phổ thông",
        "Quyết định",
        "so-giao-duc-va-dao-tao",
        -120,
        20,
        True,
        ["Số môn thi và hệ số điểm", "Chế độ ưu tiên, khuyến khích"],
        "Dự thảo quy chế tuyển sinh vào lớp 10 các trường trung học phổ thông công lập, trong đó có trường chuyên, "
        "trường phổ thông dân tộc nội trú.",
    ),
    (
        "Quyết định quy định mức chi hỗ trợ người có công với cách mạng nhân dịp Tết",
        "Quyết định",
        "so-ke-hoach-va-dau-tu",
        -200,
        30,
        True,
        ["Mức quà tặng của tỉnh theo từng nhóm đối tượng"],
        "Dự thảo quy định mức quà tặng của tỉnh đối với người có công với cách mạng và thân nhân nhân dịp Tết "
        "Nguyên đán.",
    ),
]

COMMENTS = [
    (
        "Nguyễn Văn Hùng",
        "",
        "Điều 3",
        "Đề nghị cơ quan soạn thảo công bố rõ căn cứ xác định giá tại từng tuyến đường, để người dân so sánh với "
        "giá giao dịch thực tế.",
        Comment.State.PUBLISHED,
        "Tiếp thu: bổ sung phụ lục thuyết minh phương pháp định giá từng tuyến đường.",
    ),
    (
        "",
        "",
        "",
        "Tôi đồng ý với dự thảo, nhưng đề nghị có lộ trình điều chỉnh để tránh tăng đột ngột gánh nặng tài chính "
        "của hộ gia đình.",
        Comment.State.PUBLISHED,
        "",
    ),
    (
        "Trần Thị Mai",
        "Hiệp hội Doanh nghiệp tỉnh",
        "Điều 5, khoản 2",
        "Thủ tục hồ sơ còn phức tạp; đề nghị cho phép nộp hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công.",
        Comment.State.PENDING,
        "",
    ),
    ("Khách", "", "", "Mua bán đất giá rẻ, liên hệ ngay!!!", Comment.State.REJECTED, ""),
    (
        "Lê Minh Tuấn",
        "",
        "Điều 2",
        "Phạm vi điều chỉnh cần nêu rõ có áp dụng cho khu vực đã có quy hoạch chi tiết được duyệt hay không.",
        Comment.State.PUBLISHED,
        "Giải trình: quy định áp dụng cho toàn tỉnh, kể cả khu vực đã có quy hoạch chi tiết.",
    ),
]


def _pdf(title, kind, department):
    paragraphs = [
        kind.upper(),
        title,
        f"Cơ quan chủ trì soạn thảo: {department}.",
        "Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng. Văn bản này quy định các nội dung nêu tại tên văn bản, "
        "áp dụng đối với cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan trên địa bàn tỉnh.",
        "Điều 2. Tổ chức thực hiện. Các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố có trách nhiệm triển "
        "khai thực hiện; trong quá trình thực hiện nếu có vướng mắc, phản ánh về cơ quan soạn thảo để tổng hợp.",
    ]
    return make_pdf(f"{kind} – {title}", paragraphs, header_lines=("DỰ THẢO", "Lấy ý kiến nhân dân"))


def _add_file(draft, kind, label, department_name, order):
    data = _pdf(draft.title, label, department_name)
    draft_file = DraftFile(
        draft=draft,
        kind=kind,
        sort_order=order,
        file=ContentFile(data, name=f"{ascii_slug(label)}-{ascii_slug(draft.title, 40)}.pdf"),
    )
    draft_file.full_clean(exclude=["draft"])
    draft_file.extract_now = True  # read below, at once: load_demo indexes everything at the end
    draft_file.save()
    extract_file_text(draft_file.pk)


@transaction.atomic
def build_drafts():
    """Create the demo drafts and comments; returns how many drafts were added."""
    types, _bodies, _fields = _reference_tables()
    departments = {
        slug: Department.objects.get_or_create(slug=slug, defaults={"name": name})[0] for slug, name in DEPARTMENTS
    }
    today = timezone.localdate()
    added = 0
    for index, (title, type_name, slug, opens, length, concluded, questions, summary) in enumerate(DRAFTS):
        if DraftDocument.objects.filter(title=title).exists():
            continue
        department = departments[slug]
        opens_on = today + datetime.timedelta(days=opens)
        draft = DraftDocument(
            title=title,
            document_type=types[type_name],
            department=department,
            summary=summary,
            questions="\n".join(questions),
            opens_on=opens_on,
            closes_on=opens_on + datetime.timedelta(days=length - 1),
            short_window_reason="Văn bản cần ban hành kịp thời trước kỳ họp." if length < 30 else "",
            contact_unit=department.name,
            contact_address="Số 1 đường Lê Hồng Phong, thành phố Ninh Bình",
            contact_email=f"{slug}@ninhbinh.gov.vn",
            outcome_text=(
                "Cơ quan soạn thảo đã nhận các ý kiến góp ý; đã tiếp thu ý kiến về lộ trình áp dụng và thủ tục trực "
                "tuyến, giải trình các ý kiến về phạm vi điều chỉnh. Chi tiết trong báo cáo kèm theo."
                if concluded
                else ""
            ),
        )
        draft.full_clean()
        draft.save()
        _add_file(draft, DraftFile.DRAFT, "Dự thảo", department.name, 0)
        _add_file(draft, DraftFile.SUBMISSION, "Tờ trình", department.name, 1)
        if concluded:
            _add_file(draft, DraftFile.REPORT, "Báo cáo tổng hợp, tiếp thu, giải trình", department.name, 2)
        if opens <= 0:  # comments only where the window has opened
            created = timezone.now() - datetime.timedelta(days=max(1, -opens - 1))
            for number, (name, organisation, section, body, state, response) in enumerate(COMMENTS):
                if index % 2 and number == 3:
                    continue  # not every draft gets spam
                Comment.objects.create(
                    draft=draft,
                    name=name,
                    organisation=organisation,
                    email=f"nguoi-gop-y-{index}-{number}@example.vn",
                    phone="0912 345 678" if number % 2 else "",
                    section=section,
                    body=body,
                    state=state,
                    reject_reason="Nội dung quảng cáo, không liên quan đến dự thảo." if state == "rejected" else "",
                    response=response,
                    created_at=created + datetime.timedelta(hours=number),
                    receipt_sent_at=created,
                    digested_at=created,
                )
        added += 1
    return added
