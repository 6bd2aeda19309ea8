"""Small helper: build a DOCX from a list of blocks.
Blocks: ("title", str), ("subtitle", str), ("h1", str), ("h2", str), ("h3", str),
("p", str), ("bullets", [str]), ("numbered", [str]), ("table", [header, row, ...]),
("pagebreak", None), ("small", str)
"""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement


def _shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def build(blocks, path, font="Calibri", header_fill="D9E2F3", table_font=9.5):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(11)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for b in blocks:
        kind, val = b[0], b[1]
        if kind == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.bold = True
            r.font.size = Pt(24)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(val)
            r.font.size = Pt(13)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            header, rows = val[0], val[1:]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                c = t.rows[0].cells[i]
                c.text = ""
                r = c.paragraphs[0].add_run(h)
                r.bold = True
                r.font.size = Pt(table_font)
                _shade(c, header_fill)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = ""
                    r = cells[i].paragraphs[0].add_run(v)
                    r.font.size = Pt(table_font)
            widths = b[2] if len(b) > 2 else None
            if widths:
                t.autofit = False
                for i, w in enumerate(widths):
                    t.columns[i].width = Cm(w)
                for row in t.rows:
                    for i, w in enumerate(widths):
                        row.cells[i].width = Cm(w)
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(path)
