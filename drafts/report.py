"""The DOCX table that gives a drafting department a head start on its consultation report (báo cáo tổng hợp,
tiếp thu, giải trình ý kiến): who commented, on what, what they said, and the department's response so far."""

import io

from django.utils import timezone
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.shared import Cm, Pt

from .models import Comment

HEADINGS = ("STT", "Tổ chức, cá nhân góp ý", "Điều, khoản", "Nội dung góp ý", "Tiếp thu, giải trình")
WIDTHS = (Cm(1.2), Cm(4.5), Cm(2.8), Cm(9.0), Cm(7.5))


def comments_docx(draft) -> bytes:
    comments = draft.comments.exclude(state=Comment.State.REJECTED).order_by("created_at", "pk")
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(12)

    title = document.add_paragraph()
    title.alignment = 1
    run = title.add_run("BẢNG TỔNG HỢP, TIẾP THU, GIẢI TRÌNH Ý KIẾN GÓP Ý")
    run.bold = True
    subtitle = document.add_paragraph()
    subtitle.alignment = 1
    subtitle.add_run(f"Dự thảo: {draft.title}").italic = True
    document.add_paragraph(
        f"Cơ quan chủ trì soạn thảo: {draft.department.name}. Thời gian lấy ý kiến trên Cổng Thông tin điện tử: "
        f"{draft.opens_on:%d/%m/%Y} – {draft.closes_on:%d/%m/%Y}. Số ý kiến: {comments.count()}."
    )

    table = document.add_table(rows=1, cols=len(HEADINGS))
    table.style = "Table Grid"
    for cell, heading, width in zip(table.rows[0].cells, HEADINGS, WIDTHS, strict=True):
        cell.width = width
        cell.paragraphs[0].add_run(heading).bold = True
    for number, comment in enumerate(comments, start=1):
        who = comment.display_name + (f" – {comment.organisation}" if comment.organisation else "")
        values = (str(number), who, comment.section, comment.body, comment.response)
        for cell, value, width in zip(table.add_row().cells, values, WIDTHS, strict=True):
            cell.width = width
            cell.text = value
    document.add_paragraph(f"Tạo từ Cổng Thông tin điện tử ngày {timezone.localdate():%d/%m/%Y}.")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()
