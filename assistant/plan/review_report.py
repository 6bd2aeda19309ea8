"""The review as a report a rådmann can read: a one-page overview, then one section per step.

Markdown for the CLI and the download; Word with the status cells shaded (and the status written
out, so it does not rest on colour alone).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.plan.review import Review, ReviewCitation, StepReview

STATUS_NO = {"covered": "Dekket", "partial": "Delvis", "missing": "Mangler"}
SHADE = {"covered": "C6EFCE", "partial": "FFEB9C", "missing": "FFC7CE"}


def _page(page: int | None) -> str:
    return f" (s. {page})" if page else ""


def _source(c: ReviewCitation) -> str:
    bits = [c.title]
    if c.section:
        bits.append(c.section)
    if c.page:
        bits.append(f"s. {c.page}")
    if c.year:
        bits.append(str(c.year))
    return ", ".join(bits)


def _evidence_lines(s: StepReview) -> list[str]:
    """One line per quote; the cells of one table row side by side, each quoted on its own."""
    lines: list[str] = []
    last_row = None
    for e in s.evidence:
        text = f"«{e.quote}»"
        if e.row is not None and e.row == last_row:
            lines[-1] = lines[-1].removesuffix(_page(e.page)) + f" | {text}{_page(e.page)}"
        else:
            lines.append(f"{text}{_page(e.page)}")
        last_row = e.row
    return lines


def _step_label(s: StepReview) -> str:
    return f"Steg {s.step}" if s.step.isdigit() else f"Kap. {s.step}"


def markdown(review: Review) -> str:
    out = [f"# Plansjekk: {review.plan}", "", review.summary, "", "## Oversikt", "", "| Steg | Innhold | Status |", "|---|---|---|"]
    for s in review.steps:
        out.append(f"| {s.step} | {s.title} | {STATUS_NO[s.status]} |")
    out += ["", "### Kontrollpunkter", "", "| Kontroll | Resultat |", "|---|---|"]
    for f in review.findings:
        out.append(f"| {f.check} | {'Ja' if f.ok else 'Nei'} |")
    for s in review.steps:
        out += ["", f"## {_step_label(s)}: {s.title}", "", f"**Status:** {STATUS_NO[s.status]}", ""]
        if s.evidence:
            out.append("Fra planen:" if s.status != "missing" else "Nærmeste tekst i planen:")
            out.append("")
            out += [f"> {line}" for line in _evidence_lines(s)]
            out.append("")
        if s.lacking:
            out += [f"**Hva mangler:** {s.lacking}", ""]
        if s.advice:
            out += [f"**Råd:** {s.advice}", ""]
        if s.citations:
            out += ["Kilder:", ""] + [f"[{c.n}] {_source(c)}" for c in s.citations] + [""]
    findings = [f for f in review.findings if f.quote]
    if findings:
        out += ["", "## Kontrollpunktene med tekst fra planen", ""]
        for f in findings:
            out += [f"- **{f.check}: {'Ja' if f.ok else 'Nei'}.** «{f.quote}»{_page(f.page)}"]
    return "\n".join(out).rstrip() + "\n"


def write_markdown(review: Review, path: Path) -> None:
    Path(path).write_text(markdown(review), encoding="utf-8")


def _shade(cell: object, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour)
    tc_pr.append(shd)


def _table(doc: object, header: tuple[str, ...], rows: list[tuple[str, ...]], widths: tuple[object, ...], shades: list[str]) -> None:
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(header))  # type: ignore[attr-defined]
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid widths: what LibreOffice and Word lay out by
    for r, values in enumerate([header, *rows]):
        cells = table.rows[0].cells if r == 0 else table.add_row().cells
        for c, (cell, text) in enumerate(zip(cells, values, strict=True)):
            cell.width = widths[c]
            cell.text = text
            run = cell.paragraphs[0].runs[0]
            run.font.size = Pt(9)
            run.bold = r == 0 or c == len(header) - 1
        if r > 0:
            _shade(cells[-1], shades[r - 1])


def write_docx(review: Review, path: Path) -> None:
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.size = Pt(10.5)  # type: ignore[attr-defined]
    doc.add_heading("Plansjekk av kompetanseplanen", level=0)
    doc.add_paragraph(review.plan).runs[0].italic = True
    doc.add_paragraph(review.summary)
    doc.add_heading("Oversikt", level=1)
    # The overview fits one page: narrow step and status columns, a wide title column, 9 pt.
    _table(doc, ("Steg", "Innhold", "Status"), [(s.step, s.title, STATUS_NO[s.status]) for s in review.steps], (Cm(1.4), Cm(11.6), Cm(3.0)), [SHADE[s.status] for s in review.steps])
    doc.add_heading("Kontrollpunkter", level=2)
    _table(doc, ("Kontroll", "Resultat"), [(f.check, "Ja" if f.ok else "Nei") for f in review.findings], (Cm(13.0), Cm(3.0)), [SHADE["covered" if f.ok else "missing"] for f in review.findings])
    doc.add_page_break()
    for s in review.steps:
        doc.add_heading(f"{_step_label(s)}: {s.title}", level=1)
        p = doc.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(STATUS_NO[s.status])
        if s.evidence:
            doc.add_paragraph("Fra planen:" if s.status != "missing" else "Nærmeste tekst i planen:")
            for line in _evidence_lines(s):
                q = doc.add_paragraph(line, style="Quote")
                q.paragraph_format.space_after = Pt(2)
        if s.lacking:
            p = doc.add_paragraph()
            p.add_run("Hva mangler: ").bold = True
            p.add_run(s.lacking)
        if s.advice:
            p = doc.add_paragraph()
            p.add_run("Råd: ").bold = True
            p.add_run(s.advice)
        for c in s.citations:
            doc.add_paragraph(f"[{c.n}] {_source(c)}", style="List Bullet")
    doc.save(str(path))
