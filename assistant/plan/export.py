"""A draft as Markdown or as a Word document (python-docx).

Markdown: ``#`` per section, ``##`` per subheading, the tiltak table as one pipe table, the sources
under ``# Kilder`` as ``[n] dokument (år), seksjon, s. side``. DOCX: a title page (kommune,
periode, date, "Utkast"), Word's own Heading styles and a table-of-contents field (Word fills it
on opening; LibreOffice via Verktøy > Oppdater), Word tables, placeholders highlighted yellow,
figures embedded where the kartlegging analysis gave them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from assistant.plan.draft import PLACEHOLDER_RE, Block, Draft

TOC_HINT = "Høyreklikk og velg «Oppdater felt» for å vise innholdsfortegnelsen."


# ---- Markdown ------------------------------------------------------------------------------------
def _cell(text: str) -> str:
    return " ".join(text.replace("|", "\\|").split())


def _md_block(block: Block) -> list[str]:
    if block.kind == "h3":
        return [f"## {block.text}", ""]
    if block.kind == "bullets":
        return [*(f"- {item}" for item in block.items), ""]
    if block.kind == "table":
        lines = ["| " + " | ".join(block.header) + " |", "|" + "---|" * len(block.header)]
        lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in block.rows]
        return [*lines, ""]
    if block.kind == "figure":
        return [f"![Figur]({block.text})", ""]
    return [block.text, ""]


def to_markdown(draft: Draft) -> str:
    """The draft as Markdown (see the module docstring for its shape)."""
    lines = [f"# {draft.title}", "", f"Utkast, {draft.date}. Tekst i [fyll inn: …] må fylles inn av kommunen.", ""]
    for section in draft.sections:
        lines += [f"# {section.title}", ""]
        for block in section.blocks:
            lines += _md_block(block)
    lines += ["# Kilder", ""]
    lines += [f"[{r.n}] {r.label()}  " for r in draft.references]
    return "\n".join(lines).rstrip() + "\n"


def write_markdown(draft: Draft, path: str | Path) -> Path:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(to_markdown(draft), encoding="utf-8")
    return p


# ---- DOCX ------------------------------------------------------------------------------------------
def _runs(paragraph: Any, text: str, bold: bool = False) -> None:
    """Add ``text`` to a paragraph with every placeholder highlighted yellow."""
    from docx.enum.text import WD_COLOR_INDEX

    pos = 0
    for m in PLACEHOLDER_RE.finditer(text):
        if m.start() > pos:
            paragraph.add_run(text[pos : m.start()]).bold = bold
        run = paragraph.add_run(m.group())
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW
        run.bold = bold
        pos = m.end()
    if pos < len(text):
        paragraph.add_run(text[pos:]).bold = bold


def _field_char(kind: str) -> Any:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), kind)
    return el


def _toc(doc: Any, entries: Sequence[tuple[int, str]]) -> None:
    """A TOC field whose shown result already lists the headings (page numbers come when Word updates it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    doc.add_heading("Innhold", 1)
    paragraphs = []
    for level, text in entries or [(1, TOC_HINT)]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8 * (level - 1))
        p.paragraph_format.space_after = Cm(0.05)
        paragraphs.append((p, text))
    first, last = paragraphs[0][0], paragraphs[-1][0]
    run = first.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    for el in (_field_char("begin"), instr, _field_char("separate")):
        run._r.append(el)
    for p, text in paragraphs:
        p.add_run(text)
    last.add_run()._r.append(_field_char("end"))
    # Ask Word to update fields (the TOC's page numbers) when the document is opened.
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    doc.settings.element.append(update)


# Column widths (cm) of the tables a draft has; the tiltak table sits on a landscape page.
WIDTHS = {7: (3.6, 6.4, 3.0, 3.8, 2.5, 2.8, 2.5), 5: (4.4, 2.6, 2.8, 2.6, 3.6), 4: (2.4, 5.2, 4.4, 4.0)}


def _table(doc: Any, header: Iterable[str], rows: Iterable[Iterable[str]]) -> None:
    from docx.shared import Cm, Pt

    header = list(header)
    table = doc.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.autofit = False
    widths = WIDTHS.get(len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.paragraphs[0].text = ""
        _runs(cell.paragraphs[0], text, bold=True)
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            _runs(cell.paragraphs[0], text)
    if widths:  # LibreOffice reads the grid's column widths, Word the cells'
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if widths:
                cell.width = Cm(widths[i])
            for p in cell.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)
    doc.add_paragraph()


def _landscape(doc: Any, on: bool) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    width, height = section.page_width, section.page_height
    if on != (width > height):
        section.orientation = WD_ORIENT.LANDSCAPE if on else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = height, width


def _toc_entries(draft: Draft) -> list[tuple[int, str]]:
    """Section titles and their subheadings."""
    entries: list[tuple[int, str]] = []
    for section in draft.sections:
        entries.append((1, section.title))
        entries += [(2, b.text) for b in section.blocks if b.kind == "h3"]
    return [*entries, (1, "Kilder")]


def write_docx(draft: Draft, path: str | Path, figures: Iterable[str | Path] = ()) -> Path:
    """Write the draft as DOCX; ``figures`` (PNG paths) are added to the kartlegging section too."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt

    doc = Document()
    doc.core_properties.title = draft.title
    doc.core_properties.language = "nb-NO"
    # Title page.
    for _ in range(6):
        doc.add_paragraph()
    title = doc.add_paragraph(style="Title")
    _runs(title, "Kompetanseplan")
    for text, size in ((draft.kommune, 20), (draft.periode, 16), ("Utkast", 16), (draft.date, 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _runs(p, text)
        for run in p.runs:
            run.font.size = Pt(size)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _toc(doc, _toc_entries(draft))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    extra = [Path(f) for f in figures if Path(f).is_file() and str(f) not in draft.figures]
    for section in draft.sections:
        wide = section.key == "tiltak"
        if wide:
            _landscape(doc, True)
        doc.add_heading(section.title, 1)
        for block in section.blocks:
            if block.kind == "h3":
                doc.add_heading(block.text, 2)
            elif block.kind == "bullets":
                for item in block.items:
                    _runs(doc.add_paragraph(style="List Bullet"), item)
            elif block.kind == "table":
                _table(doc, block.header, block.rows)
            elif block.kind == "figure":
                doc.add_picture(block.text, width=Cm(15))
            else:
                _runs(doc.add_paragraph(), block.text)
        if section.key == "kartlegging":
            for fig in extra:
                doc.add_picture(str(fig), width=Cm(15))
        if wide:
            _landscape(doc, False)
    doc.add_heading("Kilder", 1)
    for ref in draft.references:
        doc.add_paragraph(f"[{ref.n}] {ref.label()}")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(target))
    return target


def write(draft: Draft, path: str | Path, fmt: str | None = None, figures: Iterable[str | Path] = ()) -> Path:
    """Write as ``fmt`` ("docx" | "md"), by default from the suffix of ``path``."""
    fmt = fmt or format_for(path)
    if fmt == "docx":
        return write_docx(draft, path, figures)
    return write_markdown(draft, path)


def format_for(path: str | Path) -> str:
    """"docx" or "md" from a file name; ValueError naming the suffix otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        return "docx"
    if suffix in (".md", ".markdown"):
        return "md"
    raise ValueError(f"{path}: cannot tell the format from the suffix {suffix or '(none)'}: use .docx or .md, or --format")
