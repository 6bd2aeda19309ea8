from docx import Document
from docx.shared import Pt

def new_doc():
    d = Document()
    st = d.styles['Normal']; st.font.name = 'Calibri'; st.font.size = Pt(11)
    return d

def table(d, rows, header=True, style='Table Grid', widths=None):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, c in enumerate(r):
            cell = t.cell(i, j); cell.text = c
            for p in cell.paragraphs:
                for run in p.runs: run.font.size = Pt(9)
            if header and i == 0:
                for p in cell.paragraphs:
                    for run in p.runs: run.bold = True
    if widths:
        from docx.shared import Cm
        t.autofit = False
        for j, w in enumerate(widths):
            t.columns[j].width = Cm(w)
        for row in t.rows:
            for j, w in enumerate(widths):
                row.cells[j].width = Cm(w)
    d.add_paragraph()
    return t

def paras(d, text):
    for block in text.strip().split('\n\n'):
        block = block.strip()
        if block.startswith('- '):
            for line in block.split('\n'):
                d.add_paragraph(line[2:].strip(), style='List Bullet')
        else:
            d.add_paragraph(' '.join(l.strip() for l in block.split('\n')))
