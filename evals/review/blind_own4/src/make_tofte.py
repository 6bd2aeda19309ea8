"""Builds tofte-kompetanseplan-2026-2029.pdf (via DOCX and LibreOffice; written by engineer REVIEW, session 21)."""
import subprocess
import tempfile
from pathlib import Path

import docx

d = docx.Document()
d.add_heading("Tofte kommune – Kompetanseplan 2026–2029", 0)
d.add_heading("1 Om planen", 1)
d.add_paragraph("Kommunens kompetanseråd, der hovedtillitsvalgte, hovedverneombudet, kommunalsjefene og to virksomhetsledere sitter, har utarbeidet planen på oppdrag fra kommunedirektøren. Planen ble lagt fram for kommunestyret, som vedtok den 20. mars 2026.")
d.add_heading("2 Arbeidsgiverpolitikken", 1)
d.add_paragraph("Kompetanseplanen skal bidra til å nå de tre målene i arbeidsgiverpolitikken: å beholde, utvikle og rekruttere medarbeidere med rett kompetanse.")
d.add_heading("3 Situasjonen", 1)
d.add_paragraph("Medarbeiderundersøkelsen 2025 ga en skår på 3,8 for «læring og utvikling», mot 4,4 på landsbasis. Ni av ti ledere oppgir at de mangler tid til opplæring av nyansatte.")
d.add_heading("4 Mål", 1)
for t in ["Vi skal redusere bruken av vikarbyrå med 30 prosent innen 2028.", "Flere ansatte i hele stillinger.", "God ledelse i alle enheter."]:
    d.add_paragraph(t, style="List Bullet")
d.add_heading("5 Tiltak", 1)
t = d.add_table(rows=1, cols=3)
for i, h in enumerate(["Tiltak", "For hvem", "Tidsrom"]):
    t.rows[0].cells[i].text = h
for row in [("Heltidsprosjekt med opplæring i turnus", "Deltidsansatte i helse", "2026–2027"), ("Lederprogram i tre samlinger", "Nye ledere", "Høsten 2026"), ("Fagbrev på jobb", "Assistenter", "2026–2029")]:
    r = t.add_row().cells
    for i, v in enumerate(row):
        r[i].text = v
d.add_heading("6 Planer i sektorene", 1)
d.add_paragraph("Helse og omsorg og oppvekst har laget egne planer for kompetanseheving, som bygger på denne planen.")
d.add_heading("7 Søknader og oppfølging", 1)
d.add_paragraph("Søknader om utdanning prioriteres etter kompetansebehovet i enheten og planens satsingsområder. Kommunedirektøren rapporterer på målene i årsmeldingen.")
out = Path(__file__).resolve().parent.parent
with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp) / "tofte-kompetanseplan-2026-2029.docx"
    d.save(src)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(src)], check=True, capture_output=True)
