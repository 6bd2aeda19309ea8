import sys, os, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import new_doc, table, paras
BASE = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
TMP = os.path.join(BASE, "out")
os.makedirs(TMP, exist_ok=True)
DOCX = os.path.join(TMP, "brattvang-kompetanseplan-2024-2027.docx")

d = new_doc()
d.add_heading("Kompetanseplan for Brattvang kommune 2024–2027", 0)
paras(d, """
Vedtatt i kommunestyret 20. juni 2024, sak 45/24
""")

d.add_heading("1. Innledning", 1)
paras(d, """
Brattvang kommune har 6 200 innbyggere og om lag 540 ansatte. Som mange andre distriktskommuner
merker vi at det blir flere eldre og færre i yrkesaktiv alder, og at det er krevende å rekruttere
fagfolk. Kompetanseplanen skal gi retning for hvordan kommunen arbeider med kompetanse de neste fire
årene.

Planen er utarbeidet av HR-avdelingen i samarbeid med kommunalsjef for helse og velferd og
kommunalsjef for oppvekst og kultur.
""")

d.add_heading("2. Forankring og ambisjoner", 1)
paras(d, """
Kompetanseplanen er vedtatt av kommunestyret og inngår i kommunens planverk som en temaplan under
kommuneplanen. Kommunedirektøren har det overordnede ansvaret for at planen følges opp, og HR-sjefen
koordinerer arbeidet.

Tiltakene finansieres gjennom økonomiplanen 2024–2027. Det er avsatt 1,8 millioner kroner årlig til
sentrale kompetansemidler, som fordeles av HR etter prioriteringene i denne planen. Kommunen søker i
tillegg statlige tilskuddsmidler der det er mulig.

Vår ambisjon er at Brattvang skal være en kommune der ansatte kan utvikle seg gjennom hele
arbeidslivet, og der vi i større grad enn i dag sikrer kompetansen ved å utdanne egne ansatte.
""")

d.add_heading("3. Overordnede mål", 1)
paras(d, """
Kompetanseplanen skal bidra til å nå målene i kommuneplanens samfunnsdel 2021–2033 og i kommunens
arbeidsgiverstrategi. Planen skal også støtte opp om arbeidet med heltidskultur og med å ta i bruk
velferdsteknologi.
""")

d.add_heading("4. Kompetansebegrepet", 1)
paras(d, """
Med kompetanse mener vi i denne planen den kunnskapen og de ferdighetene som den enkelte trenger for
å løse arbeidsoppgavene sine.
""")

d.add_heading("5. Kompetansemål", 1)
paras(d, """
Brattvang kommune har disse kompetansemålene for planperioden:

- Kommunen skal ha tilstrekkelig fagkompetanse i helse og omsorg.
- Flere ufaglærte skal ta fagbrev som helsefagarbeider eller barne- og ungdomsarbeider.
- Ansatte i helse og omsorg skal være trygge i legemiddelhåndtering.
- Velferdsteknologi skal være en naturlig del av tjenestene.
- Lederne skal ha god kompetanse i personalledelse.
""")

d.add_heading("6. Kartlegging og analyse", 1)
paras(d, """
Våren 2023 gjennomførte alle enheter en kompetansekartlegging i KS Læring. 462 av 540 ansatte svarte
(86 prosent). Resultatene er sammenstilt med data fra personalsystemet om alder, stillingsstørrelse og
utdanning. Hovedfunnene er:

- I hjemmetjenesten er 38 prosent av de fast ansatte ufaglærte. På Brattvang omsorgssenter er andelen 29 prosent.
- 11 av kommunens 26 sykepleiere er over 55 år. Fram mot 2030 vil vi måtte erstatte minst sju sykepleiere på grunn av pensjonering.
- I barnehagene mangler 5 av 21 pedagogiske ledere barnehagelærerutdanning og arbeider på dispensasjon.
- Legemiddelhåndtering: 27 prosent av de ansatte som deler ut legemidler, har ikke gjennomført legemiddelkurs de siste tre årene. Det ble meldt 64 avvik på legemiddelområdet i 2023.
- Velferdsteknologi: Bare 4 av 10 i hjemmetjenesten sier at de kan bruke den digitale tilsynsløsningen uten hjelp.
- Lederne: 9 av 23 ledere med personalansvar har ikke formell lederutdanning. Flere ledere sier i kartleggingen at de er usikre i oppfølging av sykefravær.
- SSBs framskrivinger viser at antall innbyggere over 80 år vil øke med rundt 60 prosent fram mot 2035.

Kartleggingen skal gjentas våren 2026.
""")

d.add_heading("7. Strategier og tiltak", 1)
paras(d, """
Hovedstrategien er å utvikle egne ansatte. I tillegg satser vi på lederutvikling og på målrettet
rekruttering til sykepleie- og barnehagelærerstillinger.
""")
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvarlig"], [
    ["Fagbrev på jobb, helsefagarbeider", "Ufaglærte i hjemmetjenesten og omsorgssenteret (8 per år)", "2024–2027", "Kommunalsjef helse og velferd"],
    ["Fagbrev barne- og ungdomsarbeider", "Assistenter i barnehage og SFO (4 per år)", "2025–2027", "Kommunalsjef oppvekst og kultur"],
    ["Barnehagelærerutdanning deltid (ABLU)", "Pedagogiske ledere på dispensasjon (5)", "Høst 2024 – vår 2028", "Kommunalsjef oppvekst og kultur"],
    ["Legemiddelkurs med test", "Alle som deler ut legemidler", "Hvert år, oppfrisking hvert 3. år", "Enhetsledere helse"],
    ["Opplæring i velferdsteknologi og superbrukere", "Ansatte i hjemmetjenesten", "2024–2025", "Prosjektleder velferdsteknologi"],
    ["Lederutdanning (30 studiepoeng) i samarbeid med høgskolen", "Ledere uten lederutdanning (9)", "2025–2026", "HR-sjef"],
    ["Kurs i sykefraværsoppfølging", "Alle ledere med personalansvar", "Høst 2024", "HR-rådgiver"],
    ["Rekrutteringstillegg for sykepleiere", "Nyansatte sykepleiere", "2024–2027", "HR-sjef"],
])

d.add_heading("8. Oppfølging og evaluering", 1)
paras(d, """
Tiltakene i planen skal evalueres slik at vi vet om de virker, og slik at erfaringene brukes når planen
rulleres. Vi bruker fire nivåer i evalueringen: hvordan deltakerne opplevde tiltaket (reaksjon), hva de
har lært (læring), om den nye kompetansen blir brukt i arbeidet (anvendelse) og hvilken nytte
tjenestene og innbyggerne har hatt av tiltaket (nytte). Deltakernes egen vurdering er ikke nok alene.
Evalueringen av de største tiltakene er lagt inn allerede nå:
""")
table(d, ["Tiltak", "Hva evalueres", "Metode", "Når"], [
    ["Legemiddelkurs", "Læring og anvendelse", "Skriftlig test etter kurset (krav om bestått). Gjennomgang av legemiddelavvik i kvalitetssystemet før og etter kurs.", "Årlig, i desember"],
    ["Fagbrev på jobb", "Læring og nytte", "Antall beståtte fagprøver. Sammenligning av utgifter til innleie og overtid før og etter at kandidatene er ferdige.", "Hvert år i årsmeldingen; samlet vurdering 2027"],
    ["Velferdsteknologi", "Anvendelse", "Enhetsleder og superbruker observerer bruken i praksis før opplæringen og seks måneder etter. Systemlogg over bruk.", "Vår 2025 og høst 2025"],
    ["Lederutdanning", "Anvendelse og nytte", "Resultater på ledelse i medarbeiderundersøkelsen før og etter. Utvikling i sykefravær i lederens enhet.", "2027"],
])
paras(d, """
Evalueringen knyttes til kommunens kvalitetssystem, slik at avvik og forbedringsforslag brukes som
kilde. For hvert av de store tiltakene skal HR også vurdere om kostnadene står i forhold til nytten,
for eksempel ved å sammenligne kostnaden ved fagbrev på jobb med kostnaden ved innleie. Resultatene
legges fram for kommunestyret i årsmeldingen, og samlet evaluering av planen danner grunnlag for ny
plan fra 2028.
""")

d.add_heading("9. Gjennomføring", 1)
paras(d, """
Tiltakene gjennomføres i enhetene. Kompetansebehov skal tas opp i den årlige medarbeidersamtalen.
HR-avdelingen gir råd og støtte til enhetslederne.
""")

d.save(DOCX)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", BASE, DOCX], check=True)
print("ok")
