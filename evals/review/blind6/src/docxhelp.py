from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

def new_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.3); s.top_margin = s.bottom_margin = Cm(2.2)
    return d

def title(d, t, sub=None):
    p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(t); r.bold = True; r.font.size = Pt(20)
    if sub:
        p = d.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(sub); r.font.size = Pt(12)

def h(d, t, lvl=1): d.add_heading(t, level=lvl)
def p(d, t): d.add_paragraph(t)
def bullets(d, items):
    for i in items: d.add_paragraph(i, style='List Bullet')

def table(d, header, rows, widths=None):
    t = d.add_table(rows=1, cols=len(header)); t.style = 'Table Grid'
    for i, c in enumerate(header):
        cell = t.rows[0].cells[i]; cell.text = ''
        r = cell.paragraphs[0].add_run(c); r.bold = True; r.font.size = Pt(10)
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = ''
            r = cells[i].paragraphs[0].add_run(c); r.font.size = Pt(10)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths): row.cells[i].width = Cm(w)
    d.add_paragraph()
    return t
