"""Generate the fictitious Linnesdal kommune competence plan (DOCX -> PDF, 4-6 pages).

Intended labels (see ../labels.json, ../justification.md): an average plan.
"""
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
BUILD = Path(tempfile.mkdtemp(prefix="linnesdal-"))
DOCX = BUILD / "linnesdal-kompetanseplan-2026-2029.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Cambria"
st.font.size = Pt(11)


def h(text, level=1):
    doc.add_heading(text, level=level)


def p(text, italic=False):
    para = doc.add_paragraph()
    para.add_run(text).italic = italic
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, c in enumerate(header):
        t.rows[0].cells[i].text = c
        for r in t.rows[0].cells[i].paragraphs[0].runs:
            r.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    doc.add_paragraph()


t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Linnesdal kommune")
r.font.size = Pt(16)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("KOMPETANSEPLAN 2026–2029")
r.bold = True
r.font.size = Pt(22)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Vedtatt i kommunestyret 18. juni 2026, sak 45/26").italic = True
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

h("Forord")
p("Kompetente og engasjerte medarbeidere er Linnesdal kommunes viktigste ressurs. Innbyggerne "
  "forventer gode tjenester, og vi som arbeidsgiver må sørge for at de ansatte er godt rustet for de "
  "oppgavene de skal løse. Samtidig blir det stadig vanskeligere å rekruttere "
  "fagfolk til en liten kommune som vår.")
p("Med denne planen tar vi et tydelig grep om kompetansearbeidet. Planen viser hva vi skal "
  "prioritere de neste fire årene.")
p("Geir Haugtun\nkommunedirektør")
doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

h("1 Innledning")
p("Linnesdal kommune har om lag 5 300 innbyggere og 520 ansatte. Kommunen har tre sektorer: "
  "oppvekst, helse og omsorg og samfunnsutvikling/teknisk, i tillegg til sentraladministrasjonen.")
p("Formålet med kompetanseplanen er å sikre at Linnesdal kommune har riktig kompetanse til å løse "
  "dagens og morgendagens oppgaver, og å gjøre kommunen til en attraktiv arbeidsplass for fagfolk.")
p("Planen er utarbeidet av HR-rådgiver Tone Reinholt i samarbeid med personalsjef Arve Linnestad.")

h("2 Forankring")
p("Kompetanseplanen er en temaplan under kommuneplanens samfunnsdel 2024–2036 og skal bidra til at "
  "kommunen når målene i samfunnsdelen. Planen ble vedtatt av kommunestyret 18. juni 2026 (sak "
  "45/26). Midler til kompetanseutvikling fastsettes i den årlige budsjettbehandlingen.")
p("Planen bygger også på Hovedtariffavtalen kapittel 3.3, som pålegger arbeidsgiver å kartlegge "
  "kompetansebehovet og å utarbeide planer for kompetanseutvikling.")

h("3 Hva mener vi med kompetanse?")
p("Kompetanse er et vidt begrep som kan forstås på mange måter. I denne planen bruker vi "
  "kompetanse først og fremst om formell kompetanse, det vil si fagbrev, bachelorgrad og "
  "videreutdanning. Det er her behovet er størst, og det er dette vi kan telle og følge med på.")

h("4 Status og utfordringer")
p("Høsten 2025 ble det gjennomført en kompetansekartlegging i alle sektorer. Ansatte registrerte "
  "utdanning og kurs i personalsystemet, og lederne meldte inn hvilke behov de ser for de neste "
  "årene. Sammen med tall fra personalsystemet gir kartleggingen dette bildet:")
table(["Sektor", "Ansatte", "Over 60 år", "Ansatte uten fagutdanning"], [
    ["Oppvekst", "196", "24", "31"],
    ["Helse og omsorg", "238", "41", "58"],
    ["Samfunnsutvikling/teknisk", "52", "13", "9"],
    ["Sentraladministrasjonen", "34", "6", "2"],
    ["Totalt", "520", "84", "100"],
])
p("84 ansatte er over 60 år, og mange av dem vil gå av med pensjon i løpet av planperioden. "
  "Avgangen blir størst i helse og omsorg, der 41 ansatte er over 60 år. Kartleggingen viser "
  "videre at:")
bullets([
    "kommunen har per i dag 6 ubesatte sykepleierstillinger, og det er særlig vanskelig å få "
    "søkere til natt og helg,",
    "58 ansatte i helse og omsorg ikke har fagutdanning, de fleste i små deltidsstillinger,",
    "skolene mangler kompetanse i spesialpedagogikk; bare 3 av 61 lærere har "
    "videreutdanning i spesialpedagogikk,",
    "kommunen har bare én person med kompetanse på GIS og kartforvaltning, og denne går av "
    "med pensjon i 2027,",
    "lederne selv etterspør mer opplæring i arbeidsrett og oppfølging av sykefravær.",
])
p("Antall eldre over 80 år i kommunen vil ifølge SSB øke med nesten 60 prosent fram mot 2035. "
  "Behovet for helsepersonell vil derfor øke i årene som kommer.")

h("5 Kompetansemål")
p("Linnesdal kommune har disse målene for kompetansearbeidet:")
bullets([
    "Linnesdal kommune skal være en attraktiv arbeidsgiver som beholder og rekrutterer fagfolk.",
    "Flere ansatte i helse og omsorg skal ha fagbrev eller høyere utdanning.",
    "Skolene skal ha god spesialpedagogisk kompetanse.",
    "Ledere skal ha god kompetanse i personalledelse.",
    "Kommunen skal sikre videre drift av kritiske fagområder innen teknisk.",
])

h("6 Satsingsområder og tiltak")
p("For å nå målene vil kommunen prioritere fire satsingsområder i planperioden. Under hvert område "
  "er aktuelle tiltak listet opp. Ansvar, målgruppe og tidsplan for det enkelte tiltak fastsettes i "
  "sektorenes handlingsplaner (se kapittel 7).")
h("6.1 Rekruttere og beholde", 2)
bullets([
    "Videreføre og utvide lærlingordningen.",
    "Tilby utdanningsstipend mot bindingstid.",
    "Arbeide for flere heltidsstillinger.",
])
h("6.2 Fagutdanning", 2)
bullets([
    "Fagbrev på jobb.",
    "Tilrettelegge for videreutdanning, blant annet i spesialpedagogikk.",
])
h("6.3 Ledelse", 2)
bullets([
    "Lederopplæring i arbeidsrett, sykefraværsoppfølging og personalledelse.",
    "Nettverk for ledere på tvers av sektorene.",
])
h("6.4 Kritisk kompetanse", 2)
bullets([
    "Sikre overføring av kunnskap før nøkkelpersoner slutter.",
    "Vurdere interkommunalt samarbeid om GIS og byggesak.",
])

h("7 Sektorvise handlingsplaner")
p("Hver sektor utarbeider en årlig handlingsplan for kompetanse med utgangspunkt i denne planen. "
  "Handlingsplanen viser hvilke tiltak sektoren prioriterer det kommende året, hvem tiltakene "
  "gjelder, hvem som er ansvarlig og når de skal gjennomføres. Kommunalsjefen godkjenner sektorens "
  "handlingsplan innen 1. desember, slik at den kan ses i sammenheng med budsjettet. Gjeldende "
  "handlingsplaner for oppvekst, helse og omsorg og samfunnsutvikling/teknisk ligger på "
  "intranettet.")

h("8 Evaluering og rullering")
p("Etter hvert kurs, hver fagdag og hver samling i lederopplæringen gjennomføres en digital "
  "deltakerevaluering i Questback. Deltakerne svarer på hvor fornøyde de er med innholdet, "
  "foreleseren og det praktiske opplegget. HR oppsummerer svarene i en årlig rapport til "
  "kommunedirektørens ledergruppe, sammen med en oversikt over hvor mange som har deltatt på "
  "kurs og hvor mange som har fått støtte til videreutdanning.")
p("Planen rulleres i 2029.")

doc.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(ROOT), str(DOCX)],
               check=True, stdout=subprocess.DEVNULL)
print(ROOT / "linnesdal-kompetanseplan-2026-2029.pdf")
