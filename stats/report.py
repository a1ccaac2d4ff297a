"""The period report ("Báo cáo") written from the portal's own figures, as DOCX and PDF.

``build_report()`` lays out the content once — fixed parts of Decree 30/2020/NĐ-CP (national name and motto,
issuing body, number, place and date, title, body, "Nơi nhận", signer), the editable narrative and the sentences
and table of figures with their change against the previous period — and ``render_docx()`` / ``render_pdf()``
print it on A4 with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm). All text is NFC.

DOCX: Times New Roman (Word has it; the file names the font, it does not embed it). PDF: the font is embedded, so it
must have every Vietnamese letter: Liberation Serif 2 (metric-compatible with Times New Roman; Debian package
``fonts-liberation2``) or Times New Roman / Tinos when installed, else the bundled DejaVu Serif, with a note in the log.
"""

import io
import logging
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.conf import settings as django_settings
from django.utils import timezone

from . import narrative
from .figures import PeriodFigures
from .formatting import change, long_date, number

logger = logging.getLogger(__name__)

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
DOCUMENT_KIND = "BÁO CÁO"
NUMBER_GAP = "\u00a0" * 6  # the number is given by the records office when the report is signed


def nfc(text):
    return unicodedata.normalize("NFC", str(text or ""))


@dataclass
class Block:
    kind: str  # "heading" | "paragraph" | "item" | "table" | "note"
    text: str = ""
    rows: list = field(default_factory=list)  # table: the header row, then data rows


@dataclass
class ReportDocument:
    authority: str
    issuer: str
    number: str
    place_date: str
    subject: str
    blocks: list
    recipients: list
    signer_title: str
    signer_name: str
    filename_stem: str = "bao-cao"

    def text(self):
        """Everything the report says, in reading order (tests, previews, search)."""
        lines = [self.authority, self.issuer, NATIONAL_NAME, MOTTO, self.number, self.place_date, DOCUMENT_KIND]
        lines.append(self.subject)
        for block in self.blocks:
            if block.kind == "table":
                lines += [" | ".join(row) for row in block.rows]
            else:
                lines.append(block.text)
        lines += ["Nơi nhận:", *(f"- {line}" for line in self.recipients), self.signer_title, self.signer_name]
        return nfc("\n".join(line for line in lines if line))


# --- content ------------------------------------------------------------------------------------------------------


def placeholder_values(figures: PeriodFigures):
    period, previous = figures.period, figures.previous_period
    values = {
        "ky_bao_cao": period.label,
        "ky_tiep_theo": period.next_label,
        "ky_truoc": previous.label,
        "nam": period.year,
        "tu_ngay": f"{period.start:%d/%m/%Y}",
        "den_ngay": f"{period.end:%d/%m/%Y}",
    }
    names = {
        "luot_truy_cap": "visits",
        "tin_bai": "articles",
        "tin_bai_tu_thuc_hien": "articles_own",
        "tin_bai_suu_tam": "articles_collected",
        "video": "videos",
        "anh": "photos",
        "du_thao": "drafts",
        "cau_hoi": "questions_received",
        "van_ban": "documents",
    }
    values.update({name: number(figures.value(key)) for name, key in names.items()})
    return values


def default_narrative(figures: PeriodFigures, report_settings):
    """The editable parts, from the editors' template with this period's labels and figures filled in."""
    values = placeholder_values(figures)
    return {
        name: narrative.fill(getattr(report_settings, name), values)
        for name in ("introduction", "general_assessment", "next_tasks", "closing")
    }


def _compared(figure):
    text = change(figure.value, figure.previous)
    return f" ({text} so với kỳ trước)" if text else ""


def _lines(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _results_blocks(f: PeriodFigures):
    label = f.period.label
    blocks = [Block("heading", "2.1. Kết quả xây dựng, phát triển chuyên trang, chuyên mục:")]
    if f.section_titles is None:
        blocks.append(Block("paragraph", "Hệ thống chưa theo dõi số liệu chuyên trang, chuyên mục."))
    elif not f.section_titles:
        blocks.append(Block("paragraph", f"Trong {label}, không xây dựng mới chuyên trang, chuyên mục."))
    else:
        blocks.append(
            Block("paragraph", f"Trong {label}, xây dựng mới {len(f.section_titles):02d} chuyên trang, chuyên mục:")
        )
        blocks += [
            Block("item", f"- “{title}”{';' if i < len(f.section_titles) - 1 else '.'}")
            for i, title in enumerate(f.section_titles)
        ]
    blocks.append(
        Block(
            "heading",
            "2.2. Kết quả thu thập, biên tập, cập nhật tin, bài, ảnh và văn bản lên Cổng Thông tin điện tử tỉnh:",
        )
    )
    articles = (
        f"- Trong {label}, Cổng Thông tin điện tử tỉnh đã đăng tải {number(f.value('articles'))} tin, bài"
        f"{_compared(f['articles'])}, trong đó {number(f.value('articles_own'))} tin, bài do phóng viên, biên tập "
        f"viên và cộng tác viên của Cổng TTĐT tỉnh trực tiếp thực hiện và {number(f.value('articles_collected'))} "
        f"tin, bài sưu tầm; {number(f.value('photos'))} ảnh; {number(f.value('videos'))} video tư liệu. "
        f"{number(f.value('articles_above'))} tin, bài có lượt độc giả truy cập từ {number(f.threshold)} lượt "
        "trở lên."
    )
    drafts = (
        f"- Phối hợp với các sở, ban, ngành, UBND các huyện, thành phố đăng tải {number(f.value('drafts'))} dự thảo "
        "văn bản trên mục “Lấy ý kiến đóng góp vào Dự thảo văn bản” để xin ý kiến góp ý của các tổ chức, cá nhân; "
        f"tiếp nhận {number(f.value('comments'))} ý kiến góp ý."
    )
    questions = (
        f"- Tiếp nhận {number(f.value('questions_received'))} câu hỏi của độc giả qua chuyên mục Hỏi - Đáp; đã trả "
        f"lời {number(f.value('questions_answered'))} câu hỏi"
    )
    if f.value("answer_days") is not None:
        questions += f", thời gian trả lời trung bình {number(f.value('answer_days'))} ngày"
    questions += f"; {number(f.value('questions_overdue'))} câu hỏi quá hạn trả lời."
    groups = [
        f"{number(f.value(f'documents_{key}'))} {label_text[:1].lower()}{label_text[1:]}"
        for key, label_text in f.document_groups
    ]
    documents = f"cập nhật {number(f.value('documents'))} văn bản dưới dạng tệp PDF lên Cổng Thông tin điện tử tỉnh"
    if groups:
        documents += f" ({'; '.join(groups)})"
    if f.value("banners") is not None:
        documents = f"- Thiết kế {number(f.value('banners'))} banner; {documents}."
    else:
        documents = f"- {documents[:1].upper()}{documents[1:]}."
    blocks += [Block("item", articles), Block("item", drafts), Block("item", questions), Block("item", documents)]
    blocks.append(Block("heading", "2.3. Lượt truy cập:"))
    blocks.append(
        Block(
            "paragraph",
            f"Số lượt độc giả truy cập Cổng Thông tin điện tử tỉnh {label} đạt {number(f.value('visits'))} lượt"
            f"{_compared(f['visits'])}, trung bình {number(f.value('visits_per_day'))} lượt mỗi ngày.",
        )
    )
    blocks.append(Block("heading", "2.4. Tổng hợp số liệu:"))
    rows = [["STT", "Chỉ tiêu", "Kỳ báo cáo", "Kỳ trước", "Tăng, giảm"]]
    for index, figure in enumerate((fig for fig in f.rows() if fig.tracked), start=1):
        unit = f" ({figure.unit})" if figure.unit in ("ngày",) else ""
        rows.append([str(index), figure.label + unit, figure.value_text, figure.previous_text, figure.change or "—"])
    blocks.append(Block("table", rows=rows))
    blocks.append(
        Block(
            "note",
            f"Kỳ báo cáo: {label} (từ ngày {f.period.start:%d/%m/%Y} đến ngày {f.period.end:%d/%m/%Y}); kỳ trước: "
            f"từ ngày {f.previous_period.start:%d/%m/%Y} đến ngày {f.previous_period.end:%d/%m/%Y}. Số liệu do Cổng "
            "Thông tin điện tử tỉnh tự tổng hợp.",
        )
    )
    return blocks


def build_report(figures: PeriodFigures, report_settings, issue_date=None, texts=None) -> ReportDocument:
    """The report of ``figures``' period; ``texts`` overrides the narrative (keys of ``default_narrative``)."""
    issue_date = issue_date or timezone.localdate()
    texts = {**default_narrative(figures, report_settings), **(texts or {})}
    values = placeholder_values(figures)
    period = figures.period
    blocks = [Block("paragraph", line) for line in _lines(texts["introduction"])]
    blocks.append(Block("heading", f"I. KẾT QUẢ HOẠT ĐỘNG {period.label.upper()}"))
    blocks.append(Block("heading", "1. Đánh giá chung:"))
    blocks += [Block("paragraph", line) for line in _lines(texts["general_assessment"])]
    blocks.append(Block("heading", "2. Kết quả cụ thể:"))
    blocks += _results_blocks(figures)
    blocks.append(Block("heading", f"II. NHIỆM VỤ TRỌNG TÂM {period.next_label.upper()}"))
    blocks += [Block("paragraph", line) for line in _lines(texts["next_tasks"])]
    blocks += [Block("paragraph", line) for line in _lines(texts["closing"])]
    for block in blocks:
        block.text = nfc(block.text)
        block.rows = [[nfc(cell) for cell in row] for row in block.rows]
    return ReportDocument(
        authority=nfc(report_settings.authority_name).upper(),
        issuer=nfc(report_settings.issuer_name).upper(),
        number=nfc(f"Số:{NUMBER_GAP}{report_settings.number_suffix}"),
        place_date=nfc(long_date(report_settings.place, issue_date)),
        subject=nfc(narrative.fill(report_settings.subject, values)),
        blocks=blocks,
        recipients=[nfc(line) for line in report_settings.recipient_lines()],
        signer_title=nfc(report_settings.signer_title).upper(),
        signer_name=nfc(report_settings.signer_name),
        filename_stem=f"bao-cao-{period.start:%Y%m%d}-{period.end:%Y%m%d}",
    )


# --- DOCX ------------------------------------------------------------------------------------------------------------


def render_docx(report: ReportDocument) -> bytes:
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Mm, Pt

    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)

    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), "Times New Roman")
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0
    document.settings.element.append(_language_setting(OxmlElement, qn))

    core = document.core_properties
    core.title = report.subject
    core.subject = DOCUMENT_KIND
    core.author = f"{report.issuer} – {report.authority}"
    core.language = "vi-VN"

    def write(container, text, size=14, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER, after=0):
        paragraph = container.add_paragraph()
        paragraph.alignment = align
        paragraph.paragraph_format.space_after = Pt(after)
        run = paragraph.add_run(text)
        run.font.size, run.bold, run.italic = Pt(size), bold, italic
        return paragraph

    def rule(container, left, right):
        """A short horizontal line under a heading line (Decree 30: under the issuer and the motto)."""
        paragraph = container.add_paragraph()
        paragraph.paragraph_format.left_indent, paragraph.paragraph_format.right_indent = left, right
        paragraph.paragraph_format.space_after = Pt(0)
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
            bottom.set(qn(name), value)
        borders.append(bottom)
        paragraph._p.get_or_add_pPr().append(borders)
        run = paragraph.add_run()
        run.font.size = Pt(2)

    # Heading block: issuing body on the left, national name and motto on the right; number and place-date below.
    heading = document.add_table(rows=2, cols=2)
    heading.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_widths(heading, HEADER_WIDTHS_MM, Mm)
    for row in heading.rows:
        for cell in row.cells:
            cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    left, right = heading.cell(0, 0), heading.cell(0, 1)
    write(left, report.authority, size=12)
    write(left, report.issuer, size=13, bold=True)
    rule(left, Mm(20), Mm(20))
    write(right, NATIONAL_NAME, size=12, bold=True)
    write(right, MOTTO, size=13, bold=True)
    rule(right, Mm(21), Mm(21))
    write(heading.cell(1, 0), report.number, size=13)
    write(heading.cell(1, 1), report.place_date, size=14, italic=True)
    for cell in heading.rows[1].cells:
        cell.paragraphs[0].paragraph_format.space_before = Pt(6)

    write(document, DOCUMENT_KIND, size=14, bold=True, after=0).paragraph_format.space_before = Pt(18)
    write(document, report.subject, size=14, bold=True)
    rule(document, Mm(65), Mm(65))
    document.add_paragraph().paragraph_format.space_after = Pt(6)

    for block in report.blocks:
        if block.kind == "table":
            _docx_table(document, block.rows, Pt, Mm, WD_ALIGN_PARAGRAPH)
            continue
        paragraph = document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph_format = paragraph.paragraph_format
        paragraph_format.first_line_indent = Cm(1.27)
        paragraph_format.space_after = Pt(6)
        paragraph_format.line_spacing = 1.15
        run = paragraph.add_run(block.text)
        run.bold = block.kind == "heading"
        if block.kind == "note":
            run.italic = True
            run.font.size = Pt(12)

    # Recipients on the left, signer on the right.
    closing = document.add_table(rows=1, cols=2)
    closing.alignment = WD_TABLE_ALIGNMENT.CENTER
    _set_widths(closing, (85, 80), Mm)
    left, right = closing.rows[0].cells
    for cell in (left, right):
        cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    title = write(left, "Nơi nhận:", size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    title.paragraph_format.space_before = Pt(12)
    for line in report.recipients:
        write(left, f"- {line}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    write(right, report.signer_title, size=14, bold=True).paragraph_format.space_before = Pt(12)
    for _blank in range(4):
        write(right, "", size=14)
    write(right, report.signer_name, size=14, bold=True)

    # Page numbers: centred in the header, from the second page on.
    section.different_first_page_header_footer = True
    number_paragraph = section.header.paragraphs[0]
    number_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field = OxmlElement("w:fldSimple")
    page_field.set(qn("w:instr"), "PAGE")
    number_paragraph._p.append(page_field)

    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _language_setting(OxmlElement, qn):
    theme_fonts = OxmlElement("w:themeFontLang")
    theme_fonts.set(qn("w:val"), "vi-VN")
    return theme_fonts


HEADER_WIDTHS_MM = (65, 100)
TABLE_WIDTHS_MM = (12, 68, 28, 28, 29)


def _set_widths(table, widths_mm, Mm):
    """Fixed column widths: in the grid (LibreOffice reads it) and in every cell (Word reads those)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _docx_table(document, rows, Pt, Mm, WD_ALIGN_PARAGRAPH):
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    _set_widths(table, TABLE_WIDTHS_MM, Mm)
    for row_index, row in enumerate(rows):
        for column, (cell, value) in enumerate(zip(table.rows[row_index].cells, row, strict=True)):
            paragraph = cell.paragraphs[0]
            paragraph.alignment = (
                WD_ALIGN_PARAGRAPH.CENTER
                if row_index == 0 or column == 0
                else WD_ALIGN_PARAGRAPH.LEFT
                if column == 1
                else WD_ALIGN_PARAGRAPH.RIGHT
            )
            run = paragraph.add_run(value)
            run.font.size = Pt(12)
            run.bold = row_index == 0
    spacer = document.add_paragraph()
    spacer.paragraph_format.space_after = Pt(6)


# --- PDF -------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportFonts:
    name: str
    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    times_compatible: bool


# (family, regular, bold, italic, bold italic) — Times New Roman and its metric-compatible clones first.
SERIF_FAMILIES = (
    ("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
     "LiberationSerif-BoldItalic.ttf"),
    ("Times New Roman", "times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
    ("Times New Roman", "Times New Roman.ttf", "Times New Roman Bold.ttf", "Times New Roman Italic.ttf",
     "Times New Roman Bold Italic.ttf"),
    ("Tinos", "Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"),
)  # fmt: skip


def _covers_vietnamese(path):
    from fontTools.ttLib import TTFont

    from documents.files import VIETNAMESE_LETTERS

    try:
        with TTFont(path, lazy=True) as font:
            cmap = font.getBestCmap() or {}
    except Exception:  # noqa: BLE001 — an unreadable font file is skipped
        return False
    return all(ord(letter) in cmap for letter in VIETNAMESE_LETTERS)


def _font_files():
    """Every .ttf under the font folders, by lower-case file name — all copies (Debian has Liberation 1 and 2,
    with the same names; only version 2 has the Vietnamese letters)."""
    from documents.files import FONT_DIRS

    folders = [Path(folder) for folder in getattr(django_settings, "STATS_REPORT_FONT_DIRS", ())] + list(FONT_DIRS)
    found = {}
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.rglob("*.[tT][tT][fF]")):
                found.setdefault(path.name.lower(), []).append(path)
    return found


@lru_cache(maxsize=1)
def find_report_fonts() -> ReportFonts:
    files = _font_files()
    for family, *names in SERIF_FAMILIES:
        chosen = []
        for name in names:
            path = next((p for p in files.get(name.lower(), []) if _covers_vietnamese(p)), None)
            if path is None:
                break
            chosen.append(path)
        else:
            return ReportFonts(family, *chosen, times_compatible=True)
    from documents.files import find_fonts

    fallback = find_fonts()
    logger.info(
        "No Times-compatible font with Vietnamese letters found (Debian: apt-get install fonts-liberation2); "
        "report PDFs use %s",
        fallback.regular.name,
    )
    bold = fallback.bold or fallback.regular
    return ReportFonts(fallback.regular.stem, fallback.regular, bold, fallback.regular, bold, times_compatible=False)


def render_pdf(report: ReportDocument) -> bytes:
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    fonts = find_report_fonts()
    fonttools_logger = logging.getLogger("fontTools")
    if fonttools_logger.level == logging.NOTSET:
        fonttools_logger.setLevel(logging.WARNING)

    class _Pdf(FPDF):
        def header(self):
            if self.page_no() > 1:  # page numbers from the second page, centred at the top
                self.set_y(10)
                self.set_font("serif", "", 13)
                self.cell(0, 6, str(self.page_no()), align="C")
                self.set_y(self.t_margin)

    pdf = _Pdf(format="A4", unit="mm")
    pdf.add_font("serif", "", str(fonts.regular))
    pdf.add_font("serif", "B", str(fonts.bold))
    pdf.add_font("serif", "I", str(fonts.italic))
    pdf.add_font("serif", "BI", str(fonts.bold_italic))
    pdf.set_margins(left=30, top=20, right=15)
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_title(report.subject)
    pdf.set_subject(DOCUMENT_KIND)
    pdf.set_author(f"{report.issuer} – {report.authority}")
    pdf.set_lang("vi")
    pdf.set_creator("Cổng Thông tin điện tử")
    pdf.add_page()

    def centred(x, width, text, style="", size=13, height=6.2, shrink=False):
        pdf.set_xy(x, pdf.get_y())
        pdf.set_font("serif", style, size)
        while shrink and size > 10 and pdf.get_string_width(text) > width - 2 * pdf.c_margin:
            size -= 0.5  # a wider fallback font: keep the heading line on one line
            pdf.set_font("serif", style, size)
        pdf.multi_cell(width, height, text, align="C", new_x=XPos.LEFT, new_y=YPos.NEXT)

    def rule_under(x, width, length):
        y = pdf.get_y() + 0.8
        pdf.set_line_width(0.3)
        pdf.line(x + (width - length) / 2, y, x + (width + length) / 2, y)

    (left_w, right_w), left_x = HEADER_WIDTHS_MM, 30
    right_x = left_x + left_w
    top = pdf.get_y()
    centred(left_x, left_w, report.authority, size=12)
    centred(left_x, left_w, report.issuer, "B")
    rule_under(left_x, left_w, min(left_w / 3, pdf.get_string_width(report.issuer)))
    left_bottom = pdf.get_y()
    pdf.set_y(top)
    centred(right_x, right_w, NATIONAL_NAME, "B", size=12, shrink=True)
    centred(right_x, right_w, MOTTO, "B", size=13, shrink=True)
    rule_under(right_x, right_w, pdf.get_string_width(MOTTO))
    pdf.set_y(max(left_bottom, pdf.get_y()) + 3)
    row = pdf.get_y()
    centred(left_x, left_w, report.number)
    pdf.set_y(row)
    centred(right_x, right_w, report.place_date, "I", size=14)

    pdf.set_y(pdf.get_y() + 8)
    centred(30, 165, DOCUMENT_KIND, "B", size=14)
    centred(30, 165, report.subject, "B", size=14)
    rule_under(30, 165, 35)
    pdf.set_y(pdf.get_y() + 6)

    line_height = 6.4
    for block in report.blocks:
        if block.kind == "table":
            _pdf_table(pdf, block.rows)
            continue
        style = "B" if block.kind == "heading" else "I" if block.kind == "note" else ""
        size = 12 if block.kind == "note" else 14
        pdf.set_font("serif", style, size)
        columns = pdf.text_columns(text_align="J", line_height=1.15, l_margin=30, r_margin=15)
        with columns, columns.paragraph(first_line_indent=12.7, bottom_margin=2) as paragraph:
            paragraph.write(block.text)
        pdf.set_x(30)

    # Recipients (left) and signer (right), kept together on one page.
    needed = 8 + 5 * len(report.recipients)
    if pdf.get_y() + max(needed, 45) > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.set_y(pdf.get_y() + 4)
    top = pdf.get_y()
    pdf.set_xy(30, top)
    pdf.set_font("serif", "BI", 12)
    pdf.cell(85, 6, "Nơi nhận:", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_font("serif", "", 11)
    for line in report.recipients:
        pdf.set_x(30)
        pdf.multi_cell(85, 5, f"- {line}", align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    recipients_bottom = pdf.get_y()
    pdf.set_y(top)
    centred(115, 80, report.signer_title, "B", size=14)
    pdf.set_y(pdf.get_y() + 4 * line_height)
    if report.signer_name:
        centred(115, 80, report.signer_name, "B", size=14)
    pdf.set_y(max(recipients_bottom, pdf.get_y()))
    return bytes(pdf.output())


def _pdf_table(pdf, rows):
    from fpdf.fonts import FontFace

    pdf.set_font("serif", "", 12)
    pdf.set_x(30)
    with pdf.table(
        col_widths=TABLE_WIDTHS_MM,
        text_align=("CENTER", "LEFT", "RIGHT", "RIGHT", "RIGHT"),
        headings_style=FontFace(emphasis="BOLD"),
        line_height=6,
        width=165,
        align="LEFT",
    ) as table:
        for row in rows:
            cells = table.row()
            for value in row:
                cells.cell(value)
    pdf.set_y(pdf.get_y() + 3)


def render(report: ReportDocument, kind: str) -> bytes:
    if kind == "docx":
        return render_docx(report)
    if kind == "pdf":
        return render_pdf(report)
    raise ValueError(f"Định dạng không hỗ trợ: {kind}")


CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pdf": "application/pdf",
}


def report_for(period, fmt, site=None, issue_date=None, texts=None, threshold=None):
    """(filename, content type, bytes) of the report of ``period`` — what the admin and make_report call."""
    from wagtail.models import Site

    from .figures import period_figures
    from .models import ReportSettings

    site = site or Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    report_settings = ReportSettings.for_site(site) if site else ReportSettings()
    threshold = report_settings.read_threshold if threshold is None else threshold
    figures = period_figures(period, threshold)
    report = build_report(figures, report_settings, issue_date=issue_date, texts=texts)
    return f"{report.filename_stem}.{fmt}", CONTENT_TYPES[fmt], render(report, fmt)
