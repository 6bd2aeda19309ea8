"""Builds skogvoll-kompetanseplan-2026-2029.docx (written by engineer REVIEW, session 21)."""
from pathlib import Path

import docx

d = docx.Document()


def table(header, rows):
    t = d.add_table(rows=1, cols=len(header))
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v


d.add_heading("Skogvoll kommune – Kompetanseplan 2026–2029", 0)
d.add_heading("1 Prosjektorganisering", 1)
d.add_paragraph("Planen er utarbeidet som et prosjekt med denne organiseringen:")
table(["Rolle", "Representant"], [("Prosjekteier", "Kommunedirektør"), ("Prosjektleder", "HR-sjef"), ("Medlem", "Enhetsleder hjemmetjenesten"), ("Medlem", "Hovedtillitsvalgt Fagforbundet")])
d.add_heading("2 Forankring", 1)
d.add_paragraph("Planen ble vedtatt av kommunestyret 5. mars 2026 og er knyttet til økonomiplanen. Målet med planen er å sikre at kommunen har fagfolk nok til å gi gode tjenester også i 2030.")
d.add_heading("3 Kommuneplanen", 1)
table(["Kommuneplanens mål", "Betydning for kompetanse"], [("Eldre skal kunne bo hjemme lenger", "Flere sykepleiere i hjemmetjenesten"), ("Alle elever skal mestre lesing", "Lærere med fordypning i norsk")])
d.add_heading("4 Kompetanse", 1)
d.add_paragraph("Kompetanse forstås her som kunnskaper, ferdigheter og holdninger. Vi legger særlig vekt på holdninger i møte med brukerne.")
d.add_heading("5 Kompetansemål", 1)
table(["Kompetansemål", "Indikator", "Frist"], [("Flere sykepleiere", "Antall sykepleierårsverk fra 40 til 48", "2028"), ("Lærere med fordypning", "Alle lærere i norsk har 30 studiepoeng", "2027")])
d.add_heading("6 Hva kartleggingen viste", 1)
table(["Område", "Funn"], [("Sykepleie", "9 av 25 sykepleiere er over 60 år"), ("Skole", "6 lærere mangler fordypning i norsk")])
d.add_heading("7 Tiltak", 1)
table(["Tiltak", "Målgruppe", "Periode", "Ansvarlig"], [("Desentralisert sykepleierutdanning", "Helsefagarbeidere", "2026–2029", "Kommunalsjef helse"), ("Videreutdanning i norsk", "Lærere uten fordypning", "2026–2027", "Rektorene")])
d.add_heading("8 Evaluering", 1)
d.add_paragraph("Evalueringen skjer på to nivåer: deltakerne svarer på et skjema etter hvert kurs, og lederne vurderer etter seks måneder om kompetansen brukes i praksis. Resultatene rapporteres i årsmeldingen.")
d.add_heading("9 Sektorplaner", 1)
d.add_paragraph("Hver sektor har en egen kompetanseplan som konkretiserer denne planen.")
d.add_heading("10 Søknader", 1)
d.add_paragraph("Søknader om videreutdanning vurderes opp mot kompetansemålene.")
d.save(Path(__file__).resolve().parent.parent / "skogvoll-kompetanseplan-2026-2029.docx")
