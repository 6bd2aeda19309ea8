"""Generate Tjernli kommune - Kompetanseplan 2026-2029 (average; DOCX)."""
import os
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "tjernli-kompetanseplan-2026-2029"

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def h(text, level=1):
    doc.add_heading(text, level=level)


def p(text, italic=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.italic = italic
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Light Grid Accent 1"
    for i, c in enumerate(header):
        t.rows[0].cells[i].text = c
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    doc.add_paragraph()


t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Tjernli kommune")
r.bold = True
r.font.size = Pt(16)
doc.add_heading("Kompetanseplan 2026–2029", 0)
p("Vedtatt i kommunestyret 27. november 2025, sak 64/25", italic=True)

h("1. Innledning", 1)
p("Tjernli kommune har om lag 600 ansatte og er den største arbeidsplassen i kommunen. For å gi innbyggerne "
  "gode tjenester også i årene framover må vi ha nok medarbeidere med riktig kompetanse. Formålet med "
  "kompetanseplanen er å gi en samlet oversikt over kompetansebehovene i organisasjonen og å prioritere "
  "hvilke tiltak kommunen skal bruke ressurser på i perioden 2026–2029.")
p("Kompetanseplanen ble vedtatt av kommunestyret 27. november 2025 og skal legges til grunn ved prioritering "
  "av kompetansemidler i årsbudsjettet og økonomiplanen. Planen gjelder for alle ansatte i kommunen.")
p("Planen er utarbeidet av HR-rådgiver i samarbeid med personalsjef. Utkastet ble lagt fram for "
  "hovedtillitsvalgte i informasjons- og drøftingsmøte 14. oktober 2025, og innspillene derfra er tatt inn i "
  "planen.")

h("2. Grunnlag for planen", 1)
p("Planen bygger på kommuneplanens samfunnsdel 2023–2035 og kommunens arbeidsgiverpolitikk. "
  "Kompetansetiltakene skal støtte opp om kommunens mål slik de er beskrevet i disse dokumentene. I tillegg "
  "stiller lovverket krav til kompetanse, blant annet opplæringsloven, helsepersonelloven og "
  "barnehageloven.")
p("Med kompetanse mener vi i denne planen i hovedsak formell kompetanse, det vil si utdanning, fagbrev, "
  "autorisasjon og godkjenninger som kreves for å utføre oppgavene.")

h("3. Status – resultater fra kompetansekartleggingen", 1)
p("Høsten 2025 ble det gjennomført en kompetansekartlegging i Visma, der alle enhetsledere registrerte "
  "formell kompetanse for sine ansatte og meldte inn behov for de neste fire årene. Hovedfunnene er:")
table(["Område", "Funn"], [
    ["Ansatte", "612 ansatte fordelt på 451 årsverk. Gjennomsnittsalder 46 år."],
    ["Alder og avgang", "74 ansatte er 60 år eller eldre. Vi regner med at 55–60 går av med pensjon i "
                        "planperioden, flest i helse og omsorg og i skolen."],
    ["Helse og omsorg", "31 % av årsverkene i hjemmetjenesten utføres av ufaglærte. Ved utgangen av 2025 "
                        "var 5 sykepleierstillinger ubesatt eller dekket av vikarbyrå."],
    ["Skole", "11 lærere mangler godkjent fordypning i norsk, engelsk eller matematikk på trinnene de "
              "underviser."],
    ["Barnehage", "Pedagognormen er oppfylt, men 4 av 6 barnehager har dispensasjon for minst én "
                  "pedagogisk leder."],
    ["Teknisk", "Én av to stillinger som byggesaksbehandler har stått ledig i over ett år."],
    ["Ledelse", "9 av 24 ledere med personalansvar har ikke formell lederutdanning."],
], widths=[3.5, 12])
p("Kartleggingen viser at de største utfordringene er knyttet til helse og omsorg, der behovet øker i takt "
  "med at andelen eldre innbyggere stiger. Ifølge SSBs framskrivinger vil antall innbyggere over 80 år i "
  "Tjernli nesten dobles fram mot 2040.")
p("Samtidig ser vi at det blir stadig vanskeligere å rekruttere. I 2025 hadde kommunen i snitt 2,1 kvalifiserte "
  "søkere per utlyste sykepleierstilling, mot 4,6 i 2020. Mange av de ufaglærte i hjemmetjenesten har små "
  "stillinger og jobber i tillegg andre steder. Kommunen kan derfor ikke regne med å løse behovet bare gjennom "
  "rekruttering, men må i større grad utdanne egne ansatte og gjøre det mer attraktivt å jobbe heltid.")
p("Kartleggingen registrerte bare formell kompetanse. Enhetslederne har i tillegg pekt på behov for mer "
  "kunnskap om velferdsteknologi, bedre kompetanse i veiledning av lærlinger og studenter, og mer "
  "kompetanse i arbeid med barn og unge med psykiske vansker. Disse behovene er tatt med i tiltakene nedenfor.")

h("4. Mål og indikatorer", 1)
p("Kommunen har satt seg følgende mål for kompetanseutviklingen i planperioden:")
bullets([
    "Øke andelen ansatte med fagbrev i helse og omsorg.",
    "Redusere bruken av vikarbyrå for sykepleiere.",
    "Styrke lærernes kompetanse i fagene norsk, engelsk og matematikk.",
    "Flere ledere skal ha formell lederutdanning.",
    "Tjernli skal være en attraktiv arbeidsgiver som klarer å rekruttere og beholde fagfolk.",
    "Styrke den digitale kompetansen blant de ansatte.",
])
p("Målene skal følges opp i de årlige budsjettprosessene.")

h("5. Tiltak", 1)
p("Tabellen viser tiltakene i planperioden. Tiltakene finansieres av sentrale kompetansemidler, "
  "statlige tilskudd og enhetenes egne budsjetter.")
table(["Tiltak", "Målgruppe", "Ansvarlig", "Når"], [
    ["Fagbrev som praksiskandidat, med dekning av kurs og eksamensavgift",
     "Ufaglærte assistenter i helse og omsorg", "Enhetsleder hjemmetjeneste / sykehjem", "Oppstart hver høst fra 2026"],
    ["Stipend til videreutdanning i geriatri eller psykisk helse, mot bindingstid",
     "Sykepleiere i fast stilling", "Personalsjef", "2026–2029"],
    ["Videreutdanning for lærere gjennom Kompetanse for kvalitet",
     "Lærere uten godkjent fordypning", "Oppvekstsjef", "Søknad hvert år innen 1. mars"],
    ["Barnehagelærerutdanning (ABLU) for assistenter og fagarbeidere",
     "Ansatte i barnehage med fagbrev", "Styrere", "Fra høsten 2026"],
    ["Lederutdanning i regi av regionalt lederutviklingsprogram",
     "Ledere uten formell lederutdanning", "Kommunedirektør", "Kull 2026 og 2028"],
    ["Lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget",
     "Ungdom og voksne lærlinger", "Lærlingkoordinator", "Minst 8 nye lærlinger per år"],
    ["E-læring i informasjonssikkerhet og nytt fagsystem",
     "Alle ansatte", "IKT-leder", "Innen 30. juni 2026"],
], widths=[5.5, 4, 3.5, 3])

h("6. Gjennomføring i enhetene", 1)
p("Enhetsleder har ansvar for kompetanseutvikling i egen enhet. Kompetanse skal være et fast tema i den "
  "årlige medarbeidersamtalen. Der går leder og medarbeider gjennom hvilke oppgaver medarbeideren har, og "
  "blir enige om hvilke kompetansetiltak medarbeideren skal delta i det kommende året. Avtalen skrives inn "
  "i samtalereferatet, og leder og medarbeider avklarer hva som forventes etter endt tiltak, for eksempel at "
  "medarbeideren deler det hun eller han har lært med kollegene.")
p("Søknader om permisjon og økonomisk støtte til etter- og videreutdanning vurderes opp mot målene i kapittel "
  "4 og enhetens behov slik de kom fram i kartleggingen. Søknader som ikke kan knyttes til målene, prioriteres "
  "etter de andre.")
p("Helse og omsorg har fra før en egen opplæringsplan for obligatorisk opplæring (brannvern, "
  "legemiddelhåndtering og hygiene). Det vurderes om oppvekst og helse og omsorg skal utarbeide egne "
  "delplaner for kompetanse i løpet av 2027.")

h("7. Oppfølging og evaluering", 1)
p("Personalsjef følger opp tiltakene i planen løpende gjennom året. Planen skal evalueres ved utgangen av "
  "planperioden, og erfaringene tas med i arbeidet med ny plan.")
p("Kurs og interne opplæringstiltak evalueres ved at deltakerne fyller ut et kort elektronisk skjema om hvor "
  "fornøyde de var med innholdet, foreleseren og gjennomføringen.")

h("Vedlegg 1: Ansatte per tjenesteområde (kartleggingen 2025)", 1)
table(["Tjenesteområde", "Ansatte", "Årsverk", "60 år og eldre", "Uten relevant formell utdanning"], [
    ["Helse og omsorg", "264", "176", "35", "71"],
    ["Oppvekst (skole og barnehage)", "238", "196", "26", "19"],
    ["Teknisk og eiendom", "58", "43", "9", "6"],
    ["Sentraladministrasjon og NAV (kommunal del)", "52", "36", "4", "2"],
    ["Sum", "612", "451", "74", "98"],
], widths=[6, 2, 2, 2.5, 3.5])

h("Vedlegg 2: Kontaktpersoner", 1)
table(["Område", "Kontakt"], [
    ["Kompetanseplan og stipend", "Personalsjef"],
    ["Fagbrev og lærlinger", "Lærlingkoordinator"],
    ["Videreutdanning for lærere", "Oppvekstsjef"],
    ["E-læring", "IKT-leder"],
], widths=[7, 8])

path = os.path.join(OUT, BASE + ".docx")
doc.save(path)
print("wrote", path)
