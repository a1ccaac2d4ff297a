"""The editable wording of the period report: defaults of ReportSettings, and the {placeholders} they may contain.

Editors change the texts in the admin (Cài đặt → Mẫu báo cáo định kỳ); ``fill()`` puts the period's labels and
figures into them. Only ``{name}`` with a known lower-case name is replaced: anything else stays as typed.
"""

import re

PLACEHOLDERS = {
    "ky_bao_cao": "kỳ báo cáo, ví dụ “9 tháng đầu năm 2021”",
    "ky_tiep_theo": "kỳ tiếp theo, ví dụ “3 tháng cuối năm 2021”",
    "ky_truoc": "kỳ trước có cùng độ dài",
    "nam": "năm của ngày cuối kỳ",
    "tu_ngay": "ngày đầu kỳ (dd/mm/yyyy)",
    "den_ngay": "ngày cuối kỳ (dd/mm/yyyy)",
    "luot_truy_cap": "số lượt truy cập trong kỳ",
    "tin_bai": "số tin bài đăng trong kỳ",
    "tin_bai_tu_thuc_hien": "số tin bài tự thực hiện",
    "tin_bai_suu_tam": "số tin bài sưu tầm",
    "video": "số video",
    "anh": "số ảnh",
    "du_thao": "số dự thảo đăng lấy ý kiến",
    "cau_hoi": "số câu hỏi tiếp nhận",
    "van_ban": "số văn bản cập nhật",
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(text: str, values: dict) -> str:
    """``text`` with each known ``{placeholder}`` replaced by its value (no format-string evaluation)."""
    return _PLACEHOLDER.sub(lambda m: str(values[m.group(1)]) if m.group(1) in values else m.group(0), text or "")


def placeholders_help() -> str:
    return "Có thể dùng: " + "; ".join(f"{{{name}}} – {meaning}" for name, meaning in PLACEHOLDERS.items()) + "."


# Defaults: the report of October 2021 (shared/seed), with its fixed period replaced by placeholders.
# Decree 30/2020/NĐ-CP allows the usual abbreviations in the managing body's name (UBND, HĐND).
AUTHORITY = "UBND TỈNH NINH BÌNH"
ISSUER = "VĂN PHÒNG"
NUMBER_SUFFIX = "/BC-VPUBND"
PLACE = "Ninh Bình"
SUBJECT = "Kết quả hoạt động {ky_bao_cao}, nhiệm vụ trọng tâm {ky_tiep_theo} của Cổng Thông tin điện tử tỉnh Ninh Bình"
SIGNER_TITLE = "CHÁNH VĂN PHÒNG"


def introduction():
    return (
        "Thực hiện chương trình công tác năm {nam}, Văn phòng Ủy ban nhân dân tỉnh báo cáo kết quả hoạt động "
        "{ky_bao_cao}, nhiệm vụ trọng tâm {ky_tiep_theo} của Cổng Thông tin điện tử tỉnh Ninh Bình như sau:"
    )


def general_assessment():
    return (
        "Trong {ky_bao_cao}, Cổng Thông tin điện tử tỉnh Ninh Bình đã thực hiện tốt chức năng, nhiệm vụ là kênh "
        "thông tin chính thống của Ủy ban nhân dân tỉnh trên mạng Internet; là nơi trao đổi thông tin hai chiều giữa "
        "các cơ quan nhà nước với nhân dân; tập hợp và truyền tải thông tin trên các lĩnh vực, phục vụ công tác chỉ "
        "đạo của các cấp chính quyền; cập nhật thường xuyên các hoạt động của Tỉnh ủy, Hội đồng nhân dân, Ủy ban "
        "nhân dân tỉnh; thông tin kinh tế - xã hội, chính sách thu hút đầu tư của tỉnh; văn bản quy phạm pháp luật "
        "và văn bản chỉ đạo, điều hành của Ủy ban nhân dân tỉnh.\n"
        "Cổng Thông tin điện tử tỉnh đã tập trung tuyên truyền đường lối, chủ trương của Đảng, chính sách pháp luật "
        "của Nhà nước; các sự kiện chính trị nổi bật trong tỉnh; các chủ trương, giải pháp trong chỉ đạo điều hành "
        "của tỉnh; tăng cường thông tin đối ngoại, quảng bá những giá trị văn hóa, tiềm năng, thế mạnh của tỉnh, đáp "
        "ứng nhu cầu tìm hiểu, khai thác thông tin của độc giả."
    )


def next_tasks():
    return (
        "1. Tuyên truyền, phản ánh kịp thời công tác lãnh đạo, chỉ đạo của Tỉnh ủy, Hội đồng nhân dân, Ủy ban nhân "
        "dân tỉnh; các sở, ban, ngành, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội, các huyện, thành phố.\n"
        "2. Phản ánh kịp thời kết quả hoạt động sản xuất, kinh doanh; công tác thi công các công trình, dự án; phong "
        "trào xây dựng nông thôn mới; công tác đảm bảo quốc phòng, an ninh, trật tự an toàn xã hội.\n"
        "3. Tiếp tục tuyên truyền, quảng bá tiềm năng, thế mạnh, chính sách thu hút đầu tư của tỉnh và công tác "
        "thông tin đối ngoại.\n"
        "4. Cung cấp kịp thời, đầy đủ các dịch vụ công trực tuyến theo quy định.\n"
        "5. Thiết kế banner, cập nhật thông tin tuyên truyền các sự kiện quan trọng, các ngày kỷ niệm lớn của đất "
        "nước và của tỉnh.\n"
        "6. Đôn đốc đội ngũ cộng tác viên cung cấp tin, bài, ảnh để Ban Biên tập biên tập, đăng tải kịp thời, "
        "chính xác.\n"
        "7. Phối hợp với nhà cung cấp dịch vụ nâng cấp tính năng của Cổng trên giao diện máy tính và thiết bị di "
        "động, đáp ứng yêu cầu Nghị định số 42/2022/NĐ-CP."
    )


def closing():
    return (
        "Trên đây là báo cáo kết quả hoạt động {ky_bao_cao}, nhiệm vụ trọng tâm {ky_tiep_theo} của Cổng Thông tin "
        "điện tử tỉnh. Ban Biên tập Cổng Thông tin điện tử tỉnh trân trọng báo cáo./."
    )


def recipients():
    return (
        "Như trên;\n"
        "Lãnh đạo UBND tỉnh (để báo cáo);\n"
        "Ban Tuyên giáo Tỉnh ủy;\n"
        "Các Sở, Ban, ngành;\n"
        "Lãnh đạo Văn phòng UBND tỉnh;\n"
        "BBT Cổng TTĐT tỉnh;\n"
        "Lưu: VT, THCB."
    )
