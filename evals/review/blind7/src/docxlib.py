from docx import Document
from docx.shared import Pt

def build(blocks, path):
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == 'title':
            d.add_heading(val, 0)
        elif kind in ('h1', 'h2'):
            d.add_heading(val, 1 if kind == 'h1' else 2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'bul':
            for b in val:
                d.add_paragraph(b, style='List Bullet')
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    cell = t.cell(i, j); cell.text = c
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph('')
    d.save(path)
