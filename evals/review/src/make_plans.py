"""Rebuild the DOCX/PDF/TXT fictitious plans from their sources (run from anywhere; needs soffice)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent


def _load(name: str):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def write_docx(mod, path: Path) -> None:  # type: ignore[no-untyped-def]
    from docx import Document

    doc = Document()
    if getattr(mod, "HEADER", ""):
        doc.sections[0].header.paragraphs[0].text = mod.HEADER
    doc.add_heading(mod.TITLE, level=0)
    for kind, body in mod.BLOCKS:
        if kind == "h":
            doc.add_heading(body, level=1)
        elif kind == "p":
            doc.add_paragraph(body)
        elif kind == "b":
            doc.add_paragraph(body, style="List Bullet")
        elif kind == "t":
            table = doc.add_table(rows=len(body), cols=len(body[0]))
            table.style = "Table Grid"
            for r, row in enumerate(body):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
    doc.save(str(path))


def write_txt(mod, path: Path) -> None:  # type: ignore[no-untyped-def]
    out = [mod.TITLE, ""]
    for kind, body in mod.BLOCKS:
        if kind in ("h", "p"):
            out += [body, ""]
        elif kind == "b":
            out.append(f"- {body}")
        elif kind == "t":
            out += [" | ".join(row) for row in body] + [""]
    path.write_text("\n".join(out).replace("\n\n\n", "\n\n") + "\n", encoding="utf-8")


def to_pdf(docx_path: Path, pdf_path: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx_path)], check=True, capture_output=True, timeout=180)
        (Path(tmp) / (docx_path.stem + ".pdf")).replace(pdf_path)


def main() -> int:
    write_docx(_load("elvdal"), OUT / "elvdal-kompetanse-2025-2027.docx")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "nordstrand-kompetanseutvikling-2026-2028.docx"
        write_docx(_load("nordstrand"), src)
        to_pdf(src, OUT / "nordstrand-kompetanseutvikling-2026-2028.pdf")
    write_txt(_load("bjorkvik"), OUT / "bjorkvik-kompetansestrategi-2027-2030.txt")
    write_docx(_load("fjellheim"), OUT / "fjellheim-kompetanseplan-2026-2029.docx")
    write_docx(_load("havbu"), OUT / "havbu-handlingsplan-kompetanse-2027-2028.docx")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "solvang-kompetanseplan-2026-2030.docx"
        write_docx(_load("solvang"), src)
        to_pdf(src, OUT / "solvang-kompetanseplan-2026-2030.pdf")
    write_txt(_load("austrenes"), OUT / "austrenes-kompetanseplan-2026-2029.txt")
    write_docx(_load("kvernhaug"), OUT / "kvernhaug-kompetansestrategi-2026-2030.docx")
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "bergli-kompetanseplan-2026-2028.docx"
        write_docx(_load("bergli"), src)
        to_pdf(src, OUT / "bergli-kompetanseplan-2026-2028.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
