from docx import Document
from docx.shared import Pt

def new_doc():
    d = Document()
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    return d

def table(d, header, rows, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header)); t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]; c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    d.add_paragraph("")
    return t

def paras(d, text):
    for p in text.strip().split("\n\n"):
        p = p.strip()
        if p.startswith("- "):
            for line in p.split("\n"):
                d.add_paragraph(line.strip()[2:], style="List Bullet")
        else:
            d.add_paragraph(" ".join(l.strip() for l in p.split("\n")))
