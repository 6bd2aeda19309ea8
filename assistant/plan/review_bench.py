"""``planvis bench``: time the review of a 30-page PDF plan (extractive: no model is loaded).

The plan is generated once (python-docx, then LibreOffice headless to PDF) and cached under
``<data dir>/bench/``; it has a running header on every page and a measures table per sector,
the two things the PDF reader must handle.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

MIN_PAGES = 30
SECTORS = ("Barnehage", "Grunnskole", "Helse og omsorg", "Hjemmetjenesten", "Sykehjem", "NAV og sosial", "Teknisk drift", "Kultur", "Sentraladministrasjonen", "Barnevern", "Plan og bygg", "Eiendom")
HEADER = "Kompetanseplan for Testvik kommune 2026–2029"


def _docx(path: Path, sectors: int) -> None:
    from docx import Document

    doc = Document()
    doc.sections[0].header.paragraphs[0].text = HEADER
    doc.add_heading(HEADER, level=0)
    doc.add_heading("Innledning", level=1)
    doc.add_paragraph("Planen er utarbeidet av en arbeidsgruppe med mandat fra kommunedirektøren, der personalsjefen, tre virksomhetsledere og hovedtillitsvalgte deltok. Planen er vedtatt av kommunestyret og knyttes til økonomiplanen. Ambisjonen er at tjenestene til enhver tid har den kompetansen de trenger.")
    doc.add_paragraph("Kommuneplanens samfunnsdel slår fast at innbyggerne skal få trygge tjenester, og at kommunen skal være en attraktiv arbeidsgiver. Med kompetanse mener vi kunnskaper, ferdigheter og holdninger som trengs i arbeidet.")
    for n, name in enumerate((SECTORS * 3)[:sectors], start=1):
        doc.add_heading(f"{n} {name}", level=1)
        for k in range(6):
            doc.add_paragraph(
                f"Tjenesteområdet {name.lower()} har i dag om lag {120 + 7 * n + k} ansatte. Kartleggingen viser at {12 + k} prosent mangler formell kompetanse, "
                f"og at {5 + k} medarbeidere går av med pensjon før 2030. Behovet for kompetanse i digitale verktøy vil øke i planperioden, "
                "og enhetene må samarbeide tettere med utdanningsinstitusjonene i regionen for å rekruttere og beholde fagfolk."
            )
        doc.add_heading(f"{n}.1 Mål", level=2)
        doc.add_paragraph(f"Andelen med fagbrev i {name.lower()} skal øke fra {50 + n} prosent til {70 + n} prosent innen utgangen av 2028.", style="List Bullet")
        doc.add_paragraph("Alle ledere skal ha gjennomført lederprogrammet innen juni 2027.", style="List Bullet")
        doc.add_heading(f"{n}.2 Tiltak", level=2)
        table = doc.add_table(rows=1, cols=4)
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, ("Tiltak", "Målgruppe", "Tidsrom", "Ansvarlig"), strict=True):
            cell.text = text
        for r in range(10):
            row = table.add_row().cells
            row[0].text, row[1].text, row[2].text, row[3].text = f"Kurs {r + 1} for {name.lower()}", "Ansatte uten fagbrev", f"Våren {2026 + r % 3}", f"Virksomhetsleder {name.lower()}"
        doc.add_paragraph(f"Leder og medarbeider avtaler i medarbeidersamtalen hvilke tiltak som er aktuelle i {name.lower()}. Hver virksomhet utarbeider en egen opplæringsplan som bygger på denne planen.")
        doc.add_paragraph("Tiltakene evalueres ved at leder vurderer om de ansatte bruker den nye kompetansen i praksis, og resultatene rapporteres i årsrapporten.")
    doc.save(str(path))


def _pages(pdf: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(pdf)).pages)


def bench_pdf(data_dir: Path) -> Path:
    """The cached 30-page bench plan; generated with LibreOffice the first time."""
    target = data_dir / "bench" / "review-plan-30p.pdf"
    if target.exists() and _pages(target) >= MIN_PAGES:
        return target
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("soffice (LibreOffice) is needed once to make the 30-page bench plan")
    target.parent.mkdir(parents=True, exist_ok=True)
    sectors = 10
    with tempfile.TemporaryDirectory() as tmp:
        while True:
            src = Path(tmp) / "review-plan-30p.docx"
            _docx(src, sectors)
            subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
            pdf = Path(tmp) / "review-plan-30p.pdf"
            if _pages(pdf) >= MIN_PAGES or sectors > 30:
                shutil.move(str(pdf), target)
                return target
            sectors += 4


def bench_review(settings: Any, index: Any) -> dict[str, Any]:
    """Seconds to review the 30-page PDF, reading included: the first review in the process (which also
    reads the three corpus plans for examples) and a second one."""
    from assistant.answer import Assistant
    from assistant.plan.review import review_file

    pdf = bench_pdf(Path(settings.data_dir))
    assistant = Assistant(settings, index)
    started = time.perf_counter()
    review_file(pdf, assistant)
    cold = time.perf_counter() - started
    started, cpu = time.perf_counter(), time.process_time()
    review = review_file(pdf, assistant)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    # cpu_s is this process's CPU time for the second review: the wall time on a busy machine is an upper bound.
    return {"plan": str(pdf), "pages": _pages(pdf), "first_s": round(cold, 2), "seconds": round(seconds, 2), "cpu_s": round(cpu, 2), "statuses": {s.step: s.status for s in review.steps}}
