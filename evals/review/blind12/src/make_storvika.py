"""Generate the fictitious Storvika kommune strategic competence plan (DOCX, 8+ pages).

Intended labels (see ../labels.json, ../justification.md): a good but not perfect plan.
"""
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / "storvika-kompetanseplan-2026-2029.docx"

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)


def h(text, level=1):
    doc.add_heading(text, level=level)


def p(text, bold=False, italic=False):
    para = doc.add_paragraph()
    run = para.add_run(text)
    run.bold = bold
    run.italic = italic
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows, style="Light Grid Accent 1"):
    t = doc.add_table(rows=1, cols=len(header))
    try:
        t.style = style
    except Exception:
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
    return t


def page_break():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------------------------------------------------------- title page
for _ in range(6):
    doc.add_paragraph()
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("STORVIKA KOMMUNE")
r.bold = True
r.font.size = Pt(20)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Strategisk kompetanseplan 2026–2029")
r.bold = True
r.font.size = Pt(26)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("«Rett kompetanse – nær innbyggerne»").italic = True
for _ in range(8):
    doc.add_paragraph()
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Vedtatt av kommunestyret 11. desember 2025, sak 98/25\n"
          "Temaplan under kommuneplanens samfunnsdel 2024–2036")
page_break()

# ---------------------------------------------------------------- forord
h("Forord")
p("Storvika kommune leverer tjenester til innbyggerne hver eneste dag – i barnehagen, i skolen, i "
  "hjemmetjenesten, på sykehjemmet, på byggesakskontoret og på vannverket. Kvaliteten på disse "
  "tjenestene avhenger av at vi har medarbeidere med riktig kompetanse, og at vi bruker og utvikler "
  "kompetansen vi allerede har.")
p("Vi står foran store endringer. Andelen innbyggere over 80 år vil nesten dobles fram mot 2040, "
  "samtidig som mange erfarne medarbeidere går av med pensjon de nærmeste årene. Vi vil ikke kunne "
  "rekruttere oss ut av utfordringene alene. Vi må utvikle medarbeiderne vi har, ta i bruk ny teknologi "
  "og organisere arbeidet slik at læring skjer i det daglige arbeidet.")
p("Denne planen er utarbeidet av en bredt sammensatt arbeidsgruppe der både ledere, fagpersoner og "
  "tillitsvalgte har deltatt. Jeg vil takke alle som har bidratt. Planen gir retning for hvordan vi skal "
  "prioritere kompetansemidlene i perioden, og den skal brukes aktivt av ledere på alle nivå.")
p("Storvika, november 2025")
p("Hanne Strømsvik\nkommunedirektør")
page_break()

# ---------------------------------------------------------------- innhold
h("Innhold")
for line in ["1 Innledning", "2 Kommunens mål og retning", "3 Hva mener vi med kompetanse?",
             "4 Kompetansesituasjonen i Storvika kommune", "5 Kompetansemål for perioden",
             "6 Strategier og tiltak", "7 Delplaner for tjenesteområdene", "8 Roller og ansvar",
             "9 Oppfølging, rapportering og evaluering",
             "Vedlegg 1 Mandat for arbeidsgruppen", "Vedlegg 2 Indikatorer og målverdier",
             "Vedlegg 3 Begreper"]:
    p(line)

# ---------------------------------------------------------------- 1
h("1 Innledning")
h("1.1 Hvorfor en strategisk kompetanseplan?", 2)
p("Formålet med planen er å sikre at Storvika kommune har den kompetansen som trengs for å nå "
  "kommunens mål og gi innbyggerne tjenester med god og forutsigbar kvalitet, både i dag og i årene "
  "som kommer. Planen skal vise hvilke kompetanseområder kommunen prioriterer, og være et "
  "styringsverktøy når kompetansemidler fordeles.")
p("Ambisjonen er at Storvika innen 2029 skal være kjent som en lærende organisasjon der "
  "medarbeiderne får bruke og utvikle kompetansen sin, og der kompetanseutvikling er en naturlig del "
  "av arbeidshverdagen – ikke bare noe som skjer på kurs.")
h("1.2 Forankring", 2)
p("Planen er en temaplan under kommuneplanens samfunnsdel 2024–2036 og ble vedtatt av kommunestyret "
  "11. desember 2025 (sak 98/25). Tiltak som krever midler, innarbeides i økonomiplanen og "
  "årsbudsjettet, og planen rulleres hvert fjerde år i forbindelse med den kommunale planstrategien.")
p("Planen bygger dessuten på:")
bullets([
    "Arbeidsgiverstrategi for Storvika kommune 2023–2027",
    "Hovedtariffavtalen kapittel 3 punkt 3.3 om kompetanseutvikling og Hovedavtalen del B § 7",
    "Kvalitetsmeldingen for oppvekst og kvalitetsmeldingen for helse og mestring (2025)",
    "Nasjonale føringer, bl.a. Kompetanseløft 2025 og Kompetanse for kvalitet",
])
h("1.3 Slik har vi arbeidet", 2)
p("Kommunedirektøren ga i februar 2025 en arbeidsgruppe i mandat å utarbeide forslag til ny "
  "strategisk kompetanseplan (se vedlegg 1). Arbeidsgruppen har hatt ni møter og har vært sammensatt "
  "slik at alle nivå i organisasjonen og de største arbeidstakerorganisasjonene er representert:")
table(["Navn", "Rolle i organisasjonen", "Rolle i arbeidsgruppen"], [
    ["Torild Aasen", "HR-sjef", "Leder"],
    ["Jon Erik Bakkevold", "Kommunalsjef helse og mestring", "Medlem"],
    ["Sunniva Hetland", "Kommunalsjef oppvekst", "Medlem"],
    ["Ragnar Lie", "Enhetsleder teknisk drift", "Medlem"],
    ["Kari Myrvoll", "Enhetsleder Storvika sykehjem", "Medlem"],
    ["Ida Nygård", "Avdelingsleder, Vikane barnehage", "Medlem"],
    ["Øystein Fjære", "Hovedtillitsvalgt, Fagforbundet", "Medlem"],
    ["Line Tveit", "Hovedtillitsvalgt, Utdanningsforbundet", "Medlem"],
    ["Marte Kolstad", "Foretakstillitsvalgt, Norsk Sykepleierforbund", "Medlem"],
    ["Per Andre Sund", "Hovedverneombud", "Medlem"],
    ["Amina Rahimi", "HR-rådgiver", "Sekretær"],
])
p("Utkast til plan ble lagt fram for enhetslederne på ledersamling i juni 2025, sendt på høring til "
  "alle enheter og drøftet med de hovedtillitsvalgte. Administrasjonsutvalget behandlet planen 20. "
  "november 2025 før den ble sendt kommunestyret.")

# ---------------------------------------------------------------- 2
h("2 Kommunens mål og retning")
p("Kommuneplanens samfunnsdel 2024–2036 har visjonen «Storvika – der havet gir muligheter». "
  "Kompetanseplanen skal særlig bidra til å nå disse målene i samfunnsdelen:")
bullets([
    "Mål 1.2: Flere eldre skal kunne bo trygt hjemme lenger, med hjelp av velferdsteknologi og "
    "forebyggende tjenester.",
    "Mål 2.1: Alle barn og unge skal ha et trygt og inkluderende barnehage- og skolemiljø, og "
    "læringsresultatene i grunnskolen skal minst ligge på landsgjennomsnittet.",
    "Mål 2.3: Innsatsen for barn og unge skal settes inn tidlig og på tvers av tjenestene.",
    "Mål 4.1: Storvika kommune skal være en attraktiv arbeidsgiver med en tydelig heltidskultur.",
    "Mål 4.3: Kommunen skal ta i bruk digitale løsninger som gir bedre tjenester og mer effektiv drift.",
])
p("Arbeidsgiverstrategien 2023–2027 har i tillegg tre innsatsområder som planen bygger på: "
  "«rekruttere og beholde», «helsefremmende arbeidsplasser» og «ledelse som utvikler». Økonomiplanen "
  "2026–2029 forutsetter en årlig effektivisering på 0,8 prosent i driften, noe som gjør det nødvendig "
  "å tenke nytt om hvordan tjenestene organiseres.")

# ---------------------------------------------------------------- 3
h("3 Hva mener vi med kompetanse?")
p("I Storvika kommune bruker vi denne definisjonen:")
p("Kompetanse er de samlede kunnskaper, ferdigheter, holdninger og evner som gjør den enkelte og "
  "organisasjonen i stand til å løse oppgavene i tråd med de krav og mål som er satt.", italic=True)
p("Alle delene av begrepet er like viktige. En sykepleier trenger oppdatert fagkunnskap, men også "
  "ferdigheter i å bruke nye digitale verktøy og holdninger som gjør at brukeren møtes med respekt. "
  "Vi legger vekt på både formell kompetanse (utdanning, fagbrev, autorisasjon) og realkompetanse "
  "(det medarbeideren kan gjennom erfaring og uformell læring).")
table(["Komponent", "Hva det betyr hos oss", "Eksempel"], [
    ["Kunnskap", "Det vi vet – teori, fakta, regelverk", "Kjenner helse- og omsorgstjenesteloven"],
    ["Ferdigheter", "Det vi kan gjøre i praksis", "Bruker digitalt tilsyn og elektronisk medisineringsstøtte"],
    ["Holdninger", "Verdier og måten vi møter andre på", "Ser brukeren som ressurs, er åpen for endring"],
    ["Evner", "Personlige forutsetninger for å lære og mestre", "Samarbeidsevne, evne til refleksjon"],
])
p("Vi skiller videre mellom fire typer kompetanse som alle enheter må vurdere:")
bullets([
    "Faglig kompetanse – kompetansen som trengs for å utføre kjerneoppgavene i tjenesten.",
    "Tverrfaglig kompetanse og samhandlingskompetanse – evnen til å arbeide på tvers av fag og enheter.",
    "Ledelseskompetanse – kompetanse i å lede mennesker, drift og endring.",
    "Endrings- og digital kompetanse – evnen til å ta i bruk nye arbeidsformer og teknologi.",
])

# ---------------------------------------------------------------- 4
h("4 Kompetansesituasjonen i Storvika kommune")
p("HR-avdelingen gjennomførte våren 2025 en kompetansekartlegging i KS Læring for alle enheter. "
  "Svarprosenten var 78. Kartleggingen er sammenholdt med tall fra personalsystemet, SSBs "
  "befolkningsframskrivinger og medarbeiderundersøkelsen 10-FAKTOR 2024. Hovedfunnene er:")
h("4.1 Ansatte og alder", 2)
p("Per 1. mars 2025 hadde kommunen 1 482 ansatte fordelt på 1 121 årsverk. Gjennomsnittsalderen er "
  "46,3 år. 214 ansatte er 60 år eller eldre. Med dagens avgangsmønster regner vi med at om lag 170 "
  "medarbeidere går av med pensjon i planperioden.")
table(["Tjenesteområde", "Ansatte", "Andel 60 år +", "Forventet avgang 2026–2029"], [
    ["Helse og mestring", "612", "16 %", "78"],
    ["Oppvekst", "541", "13 %", "58"],
    ["Samfunn og teknisk", "188", "19 %", "25"],
    ["Stab og støtte", "141", "12 %", "9"],
    ["Sum", "1 482", "14 %", "170"],
])
h("4.2 Kompetansegap", 2)
bullets([
    "Helse og mestring har 11 ubesatte sykepleierstillinger, og 27 prosent av vaktene i "
    "hjemmetjenesten dekkes av ufaglærte. 64 assistenter mangler fagbrev.",
    "Kun 9 av 46 sykepleiere har videreutdanning i geriatri eller demens, og ingen har "
    "videreutdanning i velferdsteknologi.",
    "I oppvekst oppfyller 14 lærere ikke kompetansekravene for undervisning i norsk, matematikk og "
    "engelsk. Andelen barnehagelærere er 41 prosent mot normkravet på 43 prosent.",
    "Samfunn og teknisk har vansker med å rekruttere ingeniører innen vann og avløp og "
    "byggesaksbehandlere; to stillinger har stått ledige i over ett år.",
    "36 prosent av lederne svarer i kartleggingen at de mangler opplæring i budsjett og "
    "personalarbeid.",
])
h("4.3 Framtidig behov", 2)
p("Ifølge SSBs framskriving øker antall innbyggere over 80 år fra 610 i 2025 til 1 150 i 2040. Med "
  "dagens organisering vil dette kreve rundt 90 nye årsverk i helse og mestring, noe som ikke er "
  "realistisk å rekruttere. Behovet må derfor delvis dekkes gjennom velferdsteknologi, "
  "hverdagsrehabilitering og bedre bruk av kompetansen vi har. Innenfor oppvekst går barnetallet svakt "
  "ned, og vi forventer et noe mindre behov for nye lærerstillinger, men et økt behov for "
  "spesialpedagogisk kompetanse. Medarbeiderundersøkelsen viser at faktoren «mestringsorientert "
  "ledelse» ligger på 3,9, mot 4,2 i landet for øvrig.")
p("Kartleggingen skal gjentas høsten 2027, slik at resultatene kan brukes i rulleringen av planen.")

# ---------------------------------------------------------------- 5
h("5 Kompetansemål for perioden")
p("Med utgangspunkt i målene i kapittel 2 og kartleggingen i kapittel 4 har arbeidsgruppen "
  "formulert seks kompetansemål. Hvilket mål i samfunnsdelen kompetansemålet støtter, står i parentes. "
  "Indikatorer, utgangsverdier og målverdier for hvert mål står i vedlegg 2.")
bullets([
    "K1 Storvika kommune skal ha nok sykepleiere og helsefagarbeidere til å gi forsvarlige tjenester "
    "(mål 1.2 og 4.1).",
    "K2 Medarbeiderne i helse og mestring skal ha kompetanse i velferdsteknologi og "
    "hverdagsrehabilitering (mål 1.2 og 4.3).",
    "K3 Alle lærere skal oppfylle kompetansekravene, og barnehagene skal oppfylle normen for "
    "barnehagelærere (mål 2.1).",
    "K4 Ansatte i barnehage, skole og helsestasjon skal ha felles kompetanse i tidlig innsats og "
    "tverrfaglig samarbeid (mål 2.3).",
    "K5 Lederne skal ha kompetanse i personalledelse, økonomistyring og endringsledelse (mål 4.1).",
    "K6 Flere ansatte skal ha fagbrev og hele stillinger (mål 4.1).",
])

# ---------------------------------------------------------------- 6
h("6 Strategier og tiltak")
h("6.1 Overordnede strategier", 2)
p("Kommunen vil arbeide langs fire spor, som gjelder for alle tjenesteområder:")
bullets([
    "Utvikle – vi prioriterer å utvikle medarbeiderne vi har, gjennom fagbrev, videreutdanning og "
    "læring i arbeidet.",
    "Rekruttere – vi bruker lærlingordningen, stipend og målrettet markedsføring for å rekruttere "
    "til stillinger der vi har størst mangel.",
    "Beholde – vi styrker heltidskulturen og bruker lønn strategisk for å beholde nøkkelkompetanse, "
    "i tråd med lønnspolitisk plan.",
    "Omstille – vi tar i bruk ny teknologi og nye arbeidsformer, og gir medarbeidere som får endrede "
    "oppgaver opplæring i god tid.",
])
p("Det meste av læringen skjer i det daglige arbeidet. Enhetene skal derfor legge til rette for "
  "kollegaveiledning, refleksjonsgrupper og bruk av ressurspersoner, og vurdere turnus og "
  "arbeidstidsordninger slik at det blir tid til faglig oppdatering. Før større tiltak settes i gang, "
  "skal det gjøres en vurdering av kostnad og forventet nytte.")
h("6.2 Tiltak 2026–2029", 2)
table(["Nr", "Tiltak", "Målgruppe", "Ansvarlig", "Frist / periode", "Mål"], [
    ["1", "Fagbrev på jobb og praksiskandidatordning", "Assistenter i helse og mestring og i barnehage",
     "Kommunalsjefer", "Oppstart høst 2026, årlig inntak", "K6"],
    ["2", "Stipend (inntil kr 60 000) mot bindingstid for videreutdanning i geriatri og demens",
     "Sykepleiere", "Kommunalsjef helse og mestring", "2026–2028", "K1, K2"],
    ["3", "Opplæringsprogram i velferdsteknologi (VelferdsteknologiABC)",
     "Alle ansatte i hjemmetjenesten", "Enhetsleder hjemmetjenesten", "31.12.2027", "K2"],
    ["4", "Videreutdanning for lærere (Kompetanse for kvalitet)", "Lærere uten godkjent fordypning",
     "Kommunalsjef oppvekst", "Innen 01.08.2029", "K3"],
    ["5", "Barnehagelærerutdanning, deltid (ABLU)", "Fagarbeidere i barnehage",
     "Kommunalsjef oppvekst", "2026–2029", "K3"],
    ["6", "Felles fagdager om tidlig innsats og BTI-modellen",
     "Ansatte i barnehage, skole, helsestasjon og PPT", "Oppvekstsjef og kommuneoverlege",
     "To fagdager per år", "K4"],
    ["7", "Lederprogram «Ledelse som utvikler» (fire samlinger)", "Alle enhets- og avdelingsledere",
     "HR-sjef", "Oppstart februar 2026", "K5"],
    ["8", "Introduksjonsprogram for nye ledere", "Ledere i sin første stilling",
     "HR-avdelingen", "Løpende, innen 6 mnd. etter tiltredelse", "K5"],
    ["9", "Heltidsprosjekt med alternative turnusordninger",
     "Sykehjem og hjemmetjenesten", "Kommunalsjef helse og mestring og hovedtillitsvalgte",
     "2026–2027", "K6"],
    ["10", "Lærlingplasser: minst 2 per 1 000 innbyggere", "Ungdom og voksne lærekandidater",
     "HR-avdelingen", "Årlig", "K1, K6"],
])

# ---------------------------------------------------------------- 7
h("7 Delplaner for tjenesteområdene")
p("Tjenesteområdene har ulike behov, og det kan være hensiktsmessig med egne planer som utdyper "
  "denne planen. Kommunedirektøren vil i løpet av 2026 ta stilling til om det skal utarbeides egne "
  "delplaner for helse og mestring og for oppvekst. Inntil videre ivaretas tjenesteområdenes behov "
  "gjennom tiltakene i kapittel 6.")

# ---------------------------------------------------------------- 8
h("8 Roller og ansvar")
p("Kommunedirektøren har det overordnede ansvaret for at kommunen har nødvendig kompetanse, og for "
  "at planen følges opp.")
p("Kommunalsjefene har ansvar for tiltakene innenfor eget tjenesteområde.")
p("Ledere på alle nivå har ansvar for kompetanseutviklingen i egen enhet og for at medarbeiderne "
  "får den opplæringen de trenger. Aktuelle verktøy er blant annet medarbeidersamtaler, KS Læring og "
  "kompetansemidlene fra Statsforvalteren.")
p("Medarbeiderne har selv et ansvar for å holde seg faglig oppdatert og for å dele kunnskap med "
  "kolleger.")
p("HR-avdelingen har ansvar for å koordinere arbeidet, drifte kartleggingsverktøyet og gi "
  "lederne råd og støtte.")

# ---------------------------------------------------------------- 9
h("9 Oppfølging, rapportering og evaluering")
h("9.1 Løpende oppfølging", 2)
p("Planen følges opp gjennom kommunens ordinære styringssystem. Kommunalsjefene rapporterer status "
  "for tiltakene i kapittel 6 i tertialrapportene. I årsmeldingen rapporterer kommunedirektøren "
  "måloppnåelse for hvert kompetansemål (K1–K6) målt mot indikatorene og målverdiene i vedlegg 2. "
  "Der målverdiene ikke nås, skal årsmeldingen forklare hvorfor og foreslå justeringer.")
p("Indikatorene inngår i kommunens kvalitetssystem, slik at avvik følges opp på samme måte som "
  "andre kvalitetsindikatorer.")
h("9.2 Evaluering av tiltak", 2)
p("Større tiltak (tiltak 2, 3, 7 og 9) evalueres på flere nivå. Evalueringen planlegges før tiltaket "
  "starter:")
table(["Nivå", "Spørsmål", "Metode"], [
    ["Reaksjon", "Hvor fornøyde var deltakerne?", "Digitalt evalueringsskjema etter hver samling"],
    ["Læring", "Hva har deltakerne lært?", "Praktisk prøve / refleksjonsoppgave ved avslutning"],
    ["Anvendelse", "Brukes ny kompetanse i arbeidet?",
     "Leders og deltakers vurdering seks måneder etter; registrering av praksis før og etter"],
    ["Nytte", "Har tiltaket bidratt til kommunens mål?",
     "Brukerundersøkelser, sykefravær, turnover, bruk av velferdsteknologi"],
])
p("For hvert større tiltak skal det også vurderes om kostnadene står i forhold til nytten, blant annet "
  "ved å beregne kostnad per deltaker og sammenholde den med resultatene på anvendelses- og "
  "nyttenivå. Evalueringen skal ha en kvantitativ og en kvalitativ del.")
h("9.3 Rullering", 2)
p("Arbeidsgruppen gjennomfører en samlet evaluering av planen våren 2029. Evalueringen, sammen med "
  "ny kartlegging høsten 2027, danner grunnlaget for neste plan.")

# ---------------------------------------------------------------- vedlegg
page_break()
h("Vedlegg 1 Mandat for arbeidsgruppen")
p("Kommunedirektøren oppnevner en arbeidsgruppe som skal utarbeide forslag til strategisk "
  "kompetanseplan 2026–2029. Arbeidsgruppen skal:")
bullets([
    "analysere resultatene fra kompetansekartleggingen 2025 og framtidige kompetansebehov,",
    "foreslå kompetansemål som bygger på kommuneplanens samfunnsdel og arbeidsgiverstrategien,",
    "foreslå strategier og tiltak med ansvar og tidsplan,",
    "foreslå hvordan planen skal følges opp og evalueres.",
])
p("Arbeidsgruppen ledes av HR-sjefen. Forslaget skal legges fram for kommunedirektøren innen 1. "
  "oktober 2025. Arbeidsgruppen skal involvere enhetslederne og drøfte forslaget med de "
  "hovedtillitsvalgte.")

h("Vedlegg 2 Indikatorer og målverdier")
table(["Mål", "Indikator", "Utgangsverdi 2025", "Målverdi 2029"], [
    ["K1", "Antall ubesatte sykepleierstillinger per 1. mars", "11", "Maks 3"],
    ["K1", "Andel vakter i hjemmetjenesten dekket av ufaglærte", "27 %", "Under 15 %"],
    ["K2", "Andel ansatte i hjemmetjenesten med gjennomført VelferdsteknologiABC", "8 %", "90 % (innen 31.12.2027)"],
    ["K2", "Antall sykepleiere med videreutdanning i geriatri/demens", "9", "20"],
    ["K3", "Antall lærere som ikke oppfyller kompetansekravene", "14", "0 (innen 01.08.2029)"],
    ["K3", "Andel barnehagelærere i grunnbemanningen", "41 %", "Minst 43 %"],
    ["K4", "Andel ansatte i målgruppen som har deltatt på minst to fagdager om tidlig innsats", "–", "80 %"],
    ["K5", "Faktoren «mestringsorientert ledelse» i 10-FAKTOR", "3,9", "4,2"],
    ["K5", "Andel nye ledere som har gjennomført introduksjonsprogram innen 6 mnd.", "–", "100 %"],
    ["K6", "Antall assistenter uten fagbrev i helse og mestring", "64", "30"],
    ["K6", "Gjennomsnittlig stillingsstørrelse i helse og mestring", "68 %", "80 %"],
])

h("Vedlegg 3 Begreper")
table(["Begrep", "Forklaring"], [
    ["Formell kompetanse", "Dokumentert utdanning, fagbrev, autorisasjon og kurs med bevis."],
    ["Realkompetanse", "Kompetanse ervervet gjennom arbeid, frivillig innsats og uformell læring."],
    ["Kompetansekartlegging", "Systematisk registrering av hvilken kompetanse medarbeiderne har."],
    ["Kompetansegap", "Forskjellen mellom kompetansen kommunen har og kompetansen den trenger."],
    ["BTI", "Bedre tverrfaglig innsats – modell for samhandling rundt barn og unge."],
])

doc.save(OUT)
print(OUT)
