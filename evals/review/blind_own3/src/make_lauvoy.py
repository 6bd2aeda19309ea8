"""Builds lauvoy-kompetanseplan-2026-2030.docx (written by engineer REVIEW, session 21)."""
from pathlib import Path
import docx

d = docx.Document()
d.add_heading("Lauvøy kommune – Strategisk kompetanseplan 2026–2030", 0)
d.add_paragraph("Bystyret sluttet seg til planen i møte 2. desember 2025.")
d.add_heading("1 Plassering og ambisjon", 1)
d.add_paragraph("Planen er en del av kommunens planstrategi og følges opp hvert år i økonomiplanen. Lauvøy skal bli regionens mest attraktive arbeidsgiver innen 2030, og planen er vårt viktigste verktøy for å komme dit.")
d.add_heading("2 Organisering", 1)
d.add_paragraph("Arbeidet ble organisert som et prosjekt. Kommunedirektørens ledergruppe var styringsgruppe, og selve planen ble skrevet av en prosjektgruppe med folk fra alle tjenesteområdene.")
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Medlem", "Funksjon"
for a, b in [("Hanne Ek", "Organisasjonssjef (prosjektleder)"), ("Bjørn Lid", "Virksomhetsleder barnehage"), ("Tone Rø", "Avdelingsleder sykehjem"), ("Arne Sæ", "Hovedtillitsvalgt, Fagforbundet")]:
    r = t.add_row().cells
    r[0].text, r[1].text = a, b
d.add_heading("3 Kommuneplanen og kompetansen", 1)
t = d.add_table(rows=1, cols=2)
t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Mål i kommuneplanen", "Hva det betyr for kompetansen"
for a, b in [("Innbyggerne mottar helsetjenester i eget hjem så lenge det er forsvarlig", "Flere sykepleiere og helsefagarbeidere i hjemmetjenesten"), ("Alle barn får et godt språkmiljø i barnehagen", "Flere barnehagelærere og språkkompetanse hos assistentene")]:
    r = t.add_row().cells
    r[0].text, r[1].text = a, b
d.add_heading("4 Begrepet kompetanse", 1)
d.add_paragraph("Kompetanse handler om hva den enkelte kan (kunnskap), hva hun får til (ferdigheter) og hvordan hun møter brukerne (holdninger). Faglig kompetanse er det fagområdet krever; tverrfaglig kompetanse er evnen til å samarbeide på tvers av fag.")
d.add_heading("5 Hvor står vi", 1)
d.add_paragraph("Tre av ti ansatte i helse er over 55 år. Aldersprofilen viser at 41 medarbeidere går av med pensjon før 2030. I barnehagene mangler 14 assistenter fagbrev.")
d.add_heading("6 Mål", 1)
d.add_paragraph("Innen utgangen av 2028 skal halvparten av assistentene i hjemmetjenesten ha fagbrev. Sykefraværet skal ned til 7 prosent i 2029. Alle ledere skal ha fullført lederprogrammet innen 2027.")
d.add_heading("7 Tiltak", 1)
t = d.add_table(rows=1, cols=4)
for i, h in enumerate(["Tiltak", "Målgruppe", "Når", "Ansvar"]):
    t.rows[0].cells[i].text = h
for row in [("Fagbrev på arbeidsplassen", "Assistenter i hjemmetjenesten", "2026–2028", "Kommunalsjef helse"), ("Lederprogram", "Alle ledere", "2026–2027", "Organisasjonssjef"), ("Barnehagelærerutdanning", "Assistenter med fagbrev", "Fra 2026", "Virksomhetsleder barnehage")]:
    r = t.add_row().cells
    for i, v in enumerate(row):
        r[i].text = v
d.add_heading("8 Oppfølging", 1)
d.add_paragraph("Hvert tertial rapporterer virksomhetslederne på måloppnåelse. Effekten av lederprogrammet måles med en medarbeiderundersøkelse før og etter programmet.")
d.add_heading("9 Sektorplaner", 1)
d.add_paragraph("Tjenesteområdene har ikke egne kompetanseplaner i dag. I 2027 skal helse og omsorg som første sektor lage en delplan med utgangspunkt i denne planen.")
d.add_heading("10 Den enkelte medarbeider", 1)
d.add_paragraph("Leder og medarbeider lager sammen en individuell utviklingsplan i medarbeidersamtalen, der det står hva medarbeideren forventes å bidra med etter kurset.")
d.save(Path(__file__).resolve().parent.parent / "lauvoy-kompetanseplan-2026-2030.docx")
