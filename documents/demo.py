"""Demo document library for ``load_demo``: reference tables and 44 documents with generated Vietnamese PDFs, each
put on the portal a few days after it was issued (26 of them in the first nine months of 2021).

Idempotent: a document is keyed by number and issuing body and created only when missing.
"""

import datetime

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from portal.models import Department
from portal.text import ascii_slug

from .files import make_pdf
from .models import Attachment, DocumentField, DocumentRelation, DocumentType, IssuingBody, LegalDocument
from .tasks import extract_document_text

TYPES = [
    ("Nghị định", "NĐ"),
    ("Nghị quyết", "NQ"),
    ("Quyết định", "QĐ"),
    ("Chỉ thị", "CT"),
    ("Kế hoạch", "KH"),
    ("Thông báo", "TB"),
    ("Hướng dẫn", "HD"),
    ("Công văn", ""),
    ("Báo cáo", "BC"),
    ("Tờ trình", "TTr"),
]
BODIES = [
    ("Chính phủ", "CP"),
    ("Thủ tướng Chính phủ", "TTg"),
    ("Hội đồng nhân dân tỉnh Ninh Bình", "HĐND tỉnh"),
    ("Ủy ban nhân dân tỉnh Ninh Bình", "UBND tỉnh"),
    ("Văn phòng UBND tỉnh Ninh Bình", "VP UBND tỉnh"),
]
FIELDS = [
    "Thông tin và truyền thông",
    "Y tế",
    "Giáo dục và đào tạo",
    "Du lịch",
    "Đất đai",
    "Đầu tư",
    "Nông nghiệp",
    "Giao thông vận tải",
    "Nội vụ",
    "Tài chính",
]

# number, type, body, group, issued, effective, fields, summary
DOCUMENTS = [
    (
        "43/2011/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "vbqppl",
        "2011-06-13",
        "2011-08-01",
        ["Thông tin và truyền thông"],
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng "
        "thông tin điện tử của cơ quan nhà nước",
    ),
    (
        "42/2022/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "vbqppl",
        "2022-06-24",
        "2022-08-01",
        ["Thông tin và truyền thông"],
        "Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    ),
    (
        "09/2017/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "vbqppl",
        "2017-02-09",
        "2017-02-09",
        ["Thông tin và truyền thông"],
        "Quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước",
    ),
    (
        "64/2007/NĐ-CP",
        "Nghị định",
        "Chính phủ",
        "vbqppl",
        "2007-04-10",
        "2007-05-10",
        ["Thông tin và truyền thông"],
        "Về ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước",
    ),
    (
        "16/CT-TTg",
        "Chỉ thị",
        "Thủ tướng Chính phủ",
        "chidao",
        "2020-03-31",
        None,
        ["Y tế"],
        "Về thực hiện các biện pháp cấp bách phòng, chống dịch Covid-19",
    ),
    (
        "749/QĐ-TTg",
        "Quyết định",
        "Thủ tướng Chính phủ",
        "chidao",
        "2020-06-03",
        None,
        ["Thông tin và truyền thông"],
        "Phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
    ),
    (
        "128/NQ-CP",
        "Nghị quyết",
        "Chính phủ",
        "chidao",
        "2021-10-11",
        None,
        ["Y tế"],
        "Ban hành Quy định tạm thời \u201cThích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch Covid-19\u201d",
    ),
    (
        "163/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "chidao",
        "2021-03-02",
        None,
        ["Thông tin và truyền thông"],
        "Ban hành Kế hoạch chuyển đổi số tỉnh Ninh Bình năm 2021",
    ),
    (
        "05/2021/NQ-HĐND",
        "Nghị quyết",
        "Hội đồng nhân dân tỉnh Ninh Bình",
        "vbqppl",
        "2021-07-20",
        "2021-08-01",
        ["Tài chính"],
        "Quy định mức chi hỗ trợ cho người lao động gặp khó khăn do đại dịch Covid-19 trên địa bàn tỉnh",
    ),
    (
        "12/2021/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "vbqppl",
        "2021-04-15",
        "2021-05-01",
        ["Đất đai"],
        "Ban hành Quy định về bảng giá đất điều chỉnh trên địa bàn tỉnh Ninh Bình",
    ),
    (
        "25/2021/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "vbqppl",
        "2021-08-20",
        "2021-09-01",
        ["Đất đai"],
        "Sửa đổi, bổ sung một số điều của Quy định về bảng giá đất ban hành kèm theo Quyết định số 12/2021/QĐ-UBND",
    ),
    (
        "30/2021/QĐ-UBND",
        "Quyết định",
        "Ủy ban nhân dân tỉnh Ninh Bình",
        "vbqppl",
        "2021-09-10",
        "2021-09-25",
        ["Du lịch"],
        "Ban hành Quy chế quản lý hoạt động du lịch tại Quần thể danh thắng Tràng An",
    ),
]
SUBJECTS = [  # type, number suffix, subject, fields, issued: steering documents of the People's Committee
    (
        "Kế hoạch",
        "KH-UBND",
        "Triển khai Năm Du lịch quốc gia 2021 “Hoa Lư – Cố đô ngàn năm”",
        ["Du lịch"],
        "2021-01-11",
    ),
    ("Kế hoạch", "KH-UBND", "Tiêm vắc-xin phòng Covid-19 trên địa bàn tỉnh năm 2021-2022", ["Y tế"], "2021-03-09"),
    (
        "Chỉ thị",
        "CT-UBND",
        "Tăng cường công tác phòng, chống dịch Covid-19 trong tình hình mới",
        ["Y tế"],
        "2021-05-04",
    ),
    ("Công văn", "UBND-VP", "Tổ chức các hoạt động kỷ niệm 30 năm tái lập tỉnh Ninh Bình", ["Nội vụ"], "2021-12-06"),
    ("Thông báo", "TB-UBND", "Kết luận của Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng", ["Nội vụ"], "2021-02-05"),
    (
        "Quyết định",
        "QĐ-UBND",
        "Phê duyệt chủ trương đầu tư dự án khu công nghiệp Khánh Phú mở rộng",
        ["Đầu tư"],
        "2021-03-18",
    ),
    ("Kế hoạch", "KH-UBND", "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2021", ["Nông nghiệp"], "2021-03-25"),
    (
        "Hướng dẫn",
        "HD-UBND",
        "Thực hiện thủ tục hành chính trên Cổng Dịch vụ công tỉnh",
        ["Thông tin và truyền thông"],
        "2021-04-07",
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Công bố danh mục thủ tục hành chính mới ban hành lĩnh vực giáo dục",
        ["Giáo dục và đào tạo"],
        "2021-04-16",
    ),
    (
        "Công văn",
        "UBND-VP",
        "Bảo đảm trật tự an toàn giao thông dịp Tết Nguyên đán",
        ["Giao thông vận tải"],
        "2021-01-27",
    ),
    (
        "Báo cáo",
        "BC-UBND",
        "Tình hình kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ 3 tháng cuối năm 2021",
        ["Tài chính"],
        "2021-10-05",
    ),
    (
        "Kế hoạch",
        "KH-UBND",
        "Xây dựng chính quyền số tỉnh Ninh Bình giai đoạn 2021-2025",
        ["Thông tin và truyền thông"],
        "2021-05-21",
    ),
    ("Chỉ thị", "CT-UBND", "Đẩy mạnh giải ngân vốn đầu tư công năm 2021", ["Đầu tư"], "2021-06-08"),
    (
        "Quyết định",
        "QĐ-UBND",
        "Phê duyệt kế hoạch tuyển sinh lớp 10 trung học phổ thông năm học 2021-2022",
        ["Giáo dục và đào tạo"],
        "2021-03-12",
    ),
    (
        "Tờ trình",
        "TTr-UBND",
        "Đề nghị ban hành Nghị quyết về chính sách hỗ trợ doanh nghiệp nhỏ và vừa",
        ["Đầu tư"],
        "2021-06-22",
    ),
    ("Thông báo", "TB-UBND", "Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh", ["Nội vụ"], "2021-07-02"),
    # Steering documents on subjects the news does not cover, so the library is not a mirror of the news.
    (
        "Quyết định",
        "QĐ-UBND",
        "Ban hành Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021-2026",
        ["Nội vụ"],
        "2021-07-14",
    ),
    ("Kế hoạch", "KH-UBND", "Cải cách hành chính nhà nước tỉnh Ninh Bình năm 2022", ["Nội vụ"], "2021-12-20"),
    ("Chỉ thị", "CT-UBND", "Tăng cường quản lý nhà nước về tài nguyên khoáng sản", ["Đất đai"], "2021-08-03"),
    ("Quyết định", "QĐ-UBND", "Phê duyệt danh mục dự án kêu gọi đầu tư giai đoạn 2021-2025", ["Đầu tư"], "2021-08-17"),
    ("Kế hoạch", "KH-UBND", "Phát triển sản phẩm OCOP tỉnh Ninh Bình năm 2022", ["Nông nghiệp"], "2021-12-24"),
    (
        "Công văn",
        "UBND-VX",
        "Hướng dẫn tổ chức Tết Trung thu cho thiếu nhi năm 2021",
        ["Giáo dục và đào tạo"],
        "2021-09-08",
    ),
    (
        "Quyết định",
        "QĐ-UBND",
        "Phê duyệt đề án hệ thống thông tin báo cáo của tỉnh kết nối Hệ thống thông tin báo cáo Chính phủ",
        ["Thông tin và truyền thông"],
        "2021-09-14",
    ),
    ("Kế hoạch", "KH-UBND", "Bảo vệ môi trường lưu vực sông Đáy giai đoạn 2021-2025", ["Đất đai"], "2021-09-21"),
    (
        "Thông báo",
        "TB-UBND",
        "Thu hồi đất thực hiện dự án mở rộng Quốc lộ 1A đoạn qua thành phố Tam Điệp",
        ["Đất đai"],
        "2021-10-12",
    ),
    ("Chỉ thị", "CT-UBND", "Quản lý, bảo vệ và phát triển rừng bền vững", ["Nông nghiệp"], "2021-10-20"),
    ("Quyết định", "QĐ-UBND", "Ban hành Quy định quản lý cụm công nghiệp trên địa bàn tỉnh", ["Đầu tư"], "2021-10-29"),
    ("Hướng dẫn", "HD-SYT", "Chăm sóc sức khỏe người cao tuổi tại cộng đồng", ["Y tế"], "2021-09-28"),
    ("Báo cáo", "BC-UBND", "Công tác giải quyết khiếu nại, tố cáo năm 2021", ["Nội vụ"], "2021-11-25"),
    ("Kế hoạch", "KH-UBND", "Phát triển giáo dục mầm non giai đoạn 2021-2025", ["Giáo dục và đào tạo"], "2021-11-30"),
    (
        "Quyết định",
        "QĐ-UBND",
        "Quy định giá dịch vụ xe ra, vào bến xe ô tô trên địa bàn tỉnh",
        ["Giao thông vận tải"],
        "2021-12-10",
    ),
    ("Công văn", "UBND-VP", "Quyết toán ngân sách địa phương năm 2020", ["Tài chính"], "2021-08-25"),
]


def _reference_tables():
    types = {}
    for order, (name, code) in enumerate(TYPES):
        types[name], _ = DocumentType.objects.get_or_create(
            slug=ascii_slug(name), defaults={"name": name, "code": code, "sort_order": order}
        )
    bodies = {}
    for order, (name, short) in enumerate(BODIES):
        bodies[name], _ = IssuingBody.objects.get_or_create(
            slug=ascii_slug(short), defaults={"name": name, "short_name": short, "sort_order": order}
        )
    fields = {}
    for name in FIELDS:
        fields[name], _ = DocumentField.objects.get_or_create(slug=ascii_slug(name), defaults={"name": name})
    return types, bodies, fields


def _all_documents():
    yield from DOCUMENTS
    for index, (type_name, suffix, subject, fields, issued) in enumerate(SUBJECTS):
        number = f"{120 + 37 * index}/{suffix}"
        yield (number, type_name, "Ủy ban nhân dân tỉnh Ninh Bình", "chidao", issued, None, fields, subject)


def uploaded_at(number, issue_date):
    """When the document was put on the portal: one to three working days after it was issued (9:00–16:00), never
    after today. The library's figures (stats: documents uploaded in a period) count this date."""
    seed = sum(number.encode())
    day = issue_date + datetime.timedelta(days=1 + seed % 3)
    while day.weekday() >= 5:
        day += datetime.timedelta(days=1)
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(9 + seed % 7, seed % 60)))
    return min(moment, timezone.now())


def _pdf(number, type_name, body, summary, issued):
    paragraphs = [
        f"{type_name.upper()}",
        summary,
        f"Căn cứ Luật Tổ chức chính quyền địa phương; căn cứ chức năng, nhiệm vụ của {body}.",
        "Điều 1. Ban hành kèm theo văn bản này các nội dung nêu trên; các sở, ban, ngành, Ủy ban nhân dân các "
        "huyện, thành phố có trách nhiệm tổ chức triển khai thực hiện.",
        "Điều 2. Văn bản có hiệu lực kể từ ngày ký. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ "
        "quan, đơn vị phản ánh kịp thời về Văn phòng Ủy ban nhân dân tỉnh để tổng hợp, báo cáo.",
    ]
    header = (body.upper(), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")
    footer = f"Số: {number} — Ninh Bình, ngày {issued:%d/%m/%Y}"
    return make_pdf(f"{type_name} {number}", paragraphs, header_lines=header, footer=footer)


@transaction.atomic
def build_documents():
    """Create the demo library; returns how many documents were added."""
    types, bodies, fields = _reference_tables()
    department = Department.objects.get_or_create(
        slug="van-phong-ubnd-tinh", defaults={"name": "Văn phòng UBND tỉnh", "kind": "agency"}
    )[0]
    added = 0
    by_number = {}
    for number, type_name, body, group, issued, effective, field_names, summary in _all_documents():
        issue_date = datetime.date.fromisoformat(issued)
        document, created = LegalDocument.objects.get_or_create(
            number=number,
            issuing_body=bodies[body],
            defaults={
                "document_type": types[type_name],
                "group": group,
                "issue_date": issue_date,
                "effective_date": datetime.date.fromisoformat(effective) if effective else None,
                "summary": summary,
                "signer": "Phạm Quang Ngọc" if "tỉnh" in body else "",
                "signer_title": "Chủ tịch" if "Ủy ban" in body else "",
                "department": department,
            },
        )
        by_number[number] = document
        if created:
            document.fields.set([fields[name] for name in field_names])
            data = _pdf(number, type_name, body, summary, issue_date)
            attachment = Attachment(
                document=document,
                kind=Attachment.MAIN,
                file=ContentFile(data, name=f"{type_name} {number.replace('/', '-')}.pdf"),
            )
            attachment.full_clean()
            # Demo content is read at once (no worker, and load_demo indexes everything at the end).
            attachment.extract_now = True
            attachment.save()
            extract_document_text(document.pk)
            LegalDocument.objects.filter(pk=document.pk).update(created_at=uploaded_at(number, issue_date))
            added += 1
    relations = [
        ("42/2022/NĐ-CP", "43/2011/NĐ-CP", DocumentRelation.REPLACES),
        ("25/2021/QĐ-UBND", "12/2021/QĐ-UBND", DocumentRelation.AMENDS),
        ("163/QĐ-UBND", "749/QĐ-TTg", DocumentRelation.BASIS),
        ("42/2022/NĐ-CP", "64/2007/NĐ-CP", DocumentRelation.BASIS),
    ]
    for source, target, kind in relations:
        DocumentRelation.objects.get_or_create(source=by_number[source], target=by_number[target], kind=kind)
    return added
