"""Generate Brennvik kommune - Strategisk kompetanseplan 2026-2029 (strong, long; DOCX -> PDF)."""
import os
import subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "brennvik-kompetanseplan-2026-2029"

doc = Document()
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2.5)
    s.top_margin = s.bottom_margin = Cm(2.5)
st = doc.styles["Normal"]
st.font.name = "Liberation Sans"
st.font.size = Pt(11)


def h(text, level=1):
    doc.add_heading(text, level=level)


def p(text, bold=False, italic=False):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = bold
    r.italic = italic
    return para


def bullets(items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


def table(header, rows, widths=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, c in enumerate(header):
        cell = t.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(c)
        run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = c
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    for row in t.rows:
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = Pt(9.5)
    doc.add_paragraph()
    return t


def pagebreak():
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


# ---------------- Forside ----------------
for _ in range(6):
    doc.add_paragraph()
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("BRENNVIK KOMMUNE")
r.bold = True
r.font.size = Pt(20)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("Strategisk kompetanseplan 2026–2029")
r.font.size = Pt(26)
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = t.add_run("«Rett kompetanse – nær innbyggerne»")
r.italic = True
r.font.size = Pt(14)
for _ in range(8):
    doc.add_paragraph()
t = doc.add_paragraph()
t.alignment = WD_ALIGN_PARAGRAPH.CENTER
t.add_run("Vedtatt av kommunestyret 11. desember 2025, sak 87/25\n"
          "Saksnr. 2025/1184 – Kommunedirektørens stab, HR og organisasjon")
pagebreak()

# ---------------- Dokumentinformasjon og innhold ----------------
h("Dokumentinformasjon", 1)
table(["Behandlet i", "Dato", "Sak"], [
    ["Arbeidsgruppen (endelig utkast)", "02.10.2025", "–"],
    ["Kommunedirektørens ledermøte", "14.10.2025", "–"],
    ["Administrasjonsutvalget", "20.11.2025", "ADM 14/25"],
    ["Arbeidsmiljøutvalget", "25.11.2025", "AMU 22/25"],
    ["Kommunestyret", "11.12.2025", "KS 87/25"],
], widths=[8, 3, 4])
h("Innhold", 1)
for line in [
    "Forord",
    "1  Innledning",
    "   1.1  Hvorfor en strategisk kompetanseplan",
    "   1.2  Forankring",
    "   1.3  Slik ble planen til",
    "2  Kommuneplanens mål – hva krever de av kompetanse?",
    "3  Hva vi mener med kompetanse",
    "4  Hvor står vi – og hvor går vi?",
    "5  Kompetansemål for planperioden",
    "6  Strategier",
    "7  Tiltaksplan 2026–2029",
    "8  Ansvar og gjennomføring",
    "9  Delplaner i kommunalområdene",
    "10 Oppfølging og evaluering",
    "Vedlegg 1  Mandat for arbeidsgruppen",
    "Vedlegg 2  Indikatorer og målverdier",
    "Vedlegg 3  Mal for delplan",
    "Vedlegg 4  Aldersfordeling per kommunalområde",
]:
    doc.add_paragraph(line)
pagebreak()

# ---------------- Forord ----------------
h("Forord", 1)
p("Brennvik kommune leverer tjenester til nær 14 000 innbyggere hver eneste dag. Barnehagene, skolene, "
  "hjemmetjenesten, sykehjemmene, NAV, byggesak og vann og avløp er alle avhengige av én ting: at vi har "
  "medarbeidere med rett kompetanse på rett sted. Samtidig vet vi at det blir flere eldre innbyggere og færre "
  "i yrkesaktiv alder, at konkurransen om fagfolk øker, og at digitale løsninger endrer måten vi jobber på.")
p("Denne planen er kommunens svar på de utfordringene. Den bygger på kommuneplanens samfunnsdel, på "
  "kompetansekartleggingen vi gjennomførte våren 2025 og på mange gode innspill fra ledere, tillitsvalgte og "
  "verneombud. Planen er ikke en kurskatalog. Den skal gi retning for hvordan vi rekrutterer, utvikler og "
  "beholder medarbeidere de neste fire årene, og den skal kunne etterprøves.")
p("Jeg vil takke arbeidsgruppen for et grundig arbeid, og alle som har bidratt underveis.")
p("Brennvik, oktober 2025")
p("Hilde Marie Strøm\nkommunedirektør")
pagebreak()

# ---------------- 1 Innledning ----------------
h("1 Innledning", 1)
h("1.1 Hvorfor en strategisk kompetanseplan", 2)
p("Kompetanse er den viktigste innsatsfaktoren i kommunens tjenesteproduksjon. Om lag 70 prosent av "
  "driftsbudsjettet går til lønn, og kvaliteten på tjenestene avgjøres i møtet mellom medarbeideren og "
  "innbyggeren. Formålet med planen er å sikre at Brennvik kommune har den kompetansen som trengs for å nå "
  "målene i kommuneplanen, både i dag og fram mot 2035.")
p("Planen skal")
bullets([
    "gi et felles bilde av hvilken kompetanse kommunen har, og hvilken vi mangler eller vil mangle",
    "sette mål for kompetanseutviklingen som kan følges opp og måles",
    "prioritere bruken av kompetansemidlene i budsjett og økonomiplan",
    "være grunnlag for delplanene i kommunalområdene",
    "bidra til at Brennvik oppfattes som en attraktiv arbeidsgiver med gode muligheter for faglig utvikling",
])
p("Ambisjonsnivået er høyt, men realistisk: Innen 2029 skal vi ha redusert andelen ufaglærte i helse og omsorg "
  "vesentlig, ha stabil rekruttering til de mest kritiske stillingsgruppene, og ha etablert en kultur der "
  "læring i det daglige arbeidet er like naturlig som kurs og videreutdanning.")

h("1.2 Forankring", 2)
p("Planen er vedtatt av kommunestyret 11. desember 2025 (sak 87/25) og inngår i kommunens plansystem som en "
  "tematisk plan under kommuneplanens samfunnsdel 2024–2036. Den rulleres hvert fjerde år, i takt med "
  "kommunal planstrategi. Tiltakene i planen innarbeides i økonomiplan 2026–2029 og prioriteres i de årlige "
  "budsjettene. For 2026 er det avsatt 3,2 mill. kroner til sentrale kompetansetiltak, i tillegg til "
  "tilskudd fra Statsforvalteren og Utdanningsdirektoratet.")
p("Administrativt er planen forankret i kommunens arbeidsgiverstrategi «Sammen for Brennvik» (2023), i "
  "hovedavtalens bestemmelser om medbestemmelse og i hovedtariffavtalens kapittel 3 om kompetanseutvikling.")

h("1.3 Slik ble planen til", 2)
p("Kommunedirektøren oppnevnte i januar 2025 en arbeidsgruppe med mandat om å utarbeide et forslag til "
  "strategisk kompetanseplan for hele kommuneorganisasjonen. Mandatet er gjengitt i vedlegg 1. Gruppen har "
  "hatt ti møter, arrangert to workshoper med enhetsledere og gjennomført dialogmøter med hvert av "
  "kommunalområdenes ledergrupper. Utkastet har vært på intern høring i alle enheter.")
p("Arbeidsgruppen har hatt denne sammensetningen:")
table(["Navn", "Rolle", "Representerer"], [
    ["Torunn Aasen (leder)", "HR-sjef", "Kommunedirektørens stab"],
    ["Eirik Vassbotn", "Kommunalsjef", "Helse og omsorg"],
    ["Lene Haugstad", "Kommunalsjef", "Oppvekst og kultur"],
    ["Arild Brekke", "Enhetsleder, Brennvik sykehjem", "Enhetsledernivå"],
    ["Sunniva Lid", "Rektor, Nordstrand skole", "Enhetsledernivå"],
    ["Kjetil Moe", "Avdelingsleder, vann og avløp", "Teknisk, avdelingsnivå"],
    ["Grete Solheim", "Hovedtillitsvalgt", "Fagforbundet"],
    ["Marte Nilsen", "Hovedtillitsvalgt", "Norsk Sykepleierforbund"],
    ["Ola Tveit", "Hovedtillitsvalgt", "Utdanningsforbundet"],
    ["Randi Fosse", "Hovedverneombud", "Verneorganisasjonen"],
    ["Jonas Eide (sekretær)", "HR-rådgiver", "HR og organisasjon"],
], widths=[4.5, 5.5, 5])
p("Arbeidet har i seg selv vært kompetanseutvikling: Mange ledere har for første gang sett sin egen enhets "
  "kompetansebehov i sammenheng med resten av organisasjonen.")
pagebreak()

# ---------------- 2 Kommuneplanens mål ----------------
h("2 Kommuneplanens mål – hva krever de av kompetanse?", 1)
p("Kommuneplanens samfunnsdel 2024–2036 har fire satsingsområder. Tabellen nedenfor gjengir hovedmålene "
  "slik de er vedtatt, og viser hvilke kompetansebehov arbeidsgruppen mener følger av dem.")
table(["Satsingsområde", "Mål i kommuneplanens samfunnsdel", "Hva det krever av kompetanse"], [
    ["Gode oppvekstvilkår",
     "Alle barn og unge i Brennvik skal oppleve mestring og trygghet i barnehage og skole. "
     "Flere elever skal fullføre videregående opplæring.",
     "Spesialpedagogikk, tidlig innsats, tverrfaglig samarbeid, kompetanse i fag etter opplæringsloven"],
    ["Aktive og trygge liv hele livet",
     "Innbyggerne skal kunne bo lengst mulig i eget hjem. Tjenestene skal være helhetlige og bygge på "
     "hva som er viktig for den enkelte.",
     "Fagbrev og høyere utdanning i helse, demens, rehabilitering, velferdsteknologi, pårørendesamarbeid"],
    ["Et grønt og levende Brennvik",
     "Brennvik skal redusere klimagassutslippene med 50 prosent innen 2030 sammenlignet med 2019.",
     "Klima- og miljøkompetanse i planlegging, innkjøp og byggesak; ingeniørkompetanse"],
    ["En moderne og tilgjengelig kommune",
     "Innbyggerne skal møte en kommune som er digital først, men som ivaretar dem som ikke kan bruke "
     "digitale løsninger.",
     "Digital kompetanse hos alle ansatte, informasjonssikkerhet, tjenestedesign, klart språk"],
], widths=[3.5, 6.5, 5.5])
p("I tillegg har arbeidsgiverstrategien «Sammen for Brennvik» tre mål som planen skal bygge opp under: "
  "flere heltidsstillinger, lavere sykefravær og en ledelse som er tydelig og nær.")
pagebreak()

# ---------------- 3 Kompetansebegrepet ----------------
h("3 Hva vi mener med kompetanse", 1)
p("I denne planen bruker vi en bred forståelse av kompetanse: Kompetanse er de samlede kunnskaper, "
  "ferdigheter, evner og holdninger som gjør det mulig for en medarbeider å utføre oppgavene sine i tråd med "
  "de krav og mål kommunen har satt.")
table(["Komponent", "Hva vi legger i det", "Eksempel fra Brennvik"], [
    ["Kunnskap", "Teoretisk og faglig innsikt, ofte tilegnet gjennom utdanning", "Kunnskap om demenssykdommer"],
    ["Ferdigheter", "Evnen til å bruke kunnskapen i praksis", "Å gjennomføre en strukturert kartleggingssamtale"],
    ["Evner", "Personlige forutsetninger som samarbeidsevne og vurderingsevne", "Å lese en krevende situasjon i et hjem"],
    ["Holdninger", "Verdier og innstilling til oppgaven, brukeren og kollegene", "Respekt for brukerens egne valg"],
], widths=[3, 6.5, 6])
p("Vi skiller mellom formell kompetanse (utdanning, fagbrev, autorisasjon og sertifikater) og realkompetanse "
  "(det medarbeideren faktisk kan, uansett hvor det er lært). Begge deler er viktige. Mye av den kompetansen "
  "kommunen trenger, utvikles gjennom erfaring og læring i arbeidet, ikke på kurs.")
p("Planen omfatter fire kompetanseområder:")
bullets([
    "Faglig kompetanse – det som trengs for å løse kjerneoppgavene innenfor hvert fag.",
    "Tverrfaglig kompetanse – evnen til å samarbeide på tvers av fag, enheter og forvaltningsnivåer.",
    "Ledelses- og administrativ kompetanse – personalledelse, økonomistyring, saksbehandling og forvaltning.",
    "Endrings- og digital kompetanse – evnen til å ta i bruk ny teknologi og nye arbeidsformer, og til å "
    "delta i omstilling.",
])
p("Arbeidsgruppen har diskutert om alle deler av kompetansebegrepet er like viktige. Konklusjonen er at "
  "holdninger og evner får for lite oppmerksomhet når kompetanse kartlegges, fordi de er vanskelige å "
  "registrere. Planen legger derfor vekt på refleksjon og veiledning i arbeidet, der nettopp holdninger og "
  "vurderingsevne utvikles.")
pagebreak()

# ---------------- 4 Nå-situasjon ----------------
h("4 Hvor står vi – og hvor går vi?", 1)
h("4.1 Kompetansekartleggingen 2025", 2)
p("I mars–april 2025 registrerte alle enheter medarbeidernes formelle kompetanse i personalsystemet, og "
  "enhetslederne vurderte kompetansebehovet fram mot 2030 i et eget skjema. Svarprosenten blant enhetene var "
  "100. Tallene nedenfor er hentet fra kartleggingen, personalsystemet per 1. mai 2025 og SSBs "
  "befolkningsframskrivinger.")
table(["Nøkkeltall (per 1. mai 2025)", "Antall / andel"], [
    ["Ansatte totalt (faste og midlertidige)", "1 412"],
    ["Årsverk", "1 096"],
    ["Gjennomsnittsalder", "45,3 år"],
    ["Ansatte 60 år og eldre", "231 (16,4 %)"],
    ["Gjennomsnittlig stillingsstørrelse, helse og omsorg", "71 %"],
    ["Andel ufaglærte i helse og omsorg (årsverk)", "27 %"],
    ["Turnover 2024 (frivillig avgang)", "9,8 %"],
    ["Ubesatte sykepleierstillinger ved utgangen av 2024", "14"],
], widths=[10, 5])
h("4.2 Aldersavgang", 2)
p("Med dagens pensjoneringsmønster (gjennomsnittlig avgangsalder 64 år) vil om lag 190 medarbeidere gå av med "
  "pensjon i planperioden. Avgangen er størst blant helsefagarbeidere og hjelpepleiere (52), lærere (31), "
  "barnehagelærere (18) og ledere (17). I teknisk sektor er fire av sju ingeniører i byggesak og plan over 58 "
  "år. Vedlegg 4 viser aldersfordelingen per kommunalområde.")
h("4.3 Framtidig behov", 2)
p("Antall innbyggere over 80 år i Brennvik ventes å øke fra 690 i 2025 til 1 040 i 2035. Uten endringer i "
  "arbeidsform vil det kreve om lag 85 nye årsverk i helse og omsorg. Dette lar seg ikke rekruttere; vi må "
  "derfor både utdanne egne ansatte, ta i bruk velferdsteknologi og organisere arbeidet annerledes. "
  "Barnetallet er ventet å være stabilt, men andelen barn med behov for spesialpedagogisk hjelp har økt fra "
  "6,1 til 8,4 prosent på fem år.")
h("4.4 Kritiske kompetansegap", 2)
p("Analysen peker ut disse områdene som kritiske – der vi mangler kompetanse i dag, eller vil miste den:")
bullets([
    "Sykepleiere, særlig med videreutdanning i geriatri og psykisk helse",
    "Helsefagarbeidere – for mange ufaglærte og for mange små stillinger",
    "Spesialpedagoger i barnehage og skole; 23 lærere mangler fordypning i fag de underviser i",
    "Ingeniører i plan, byggesak og vann og avløp",
    "Digital kompetanse: 38 prosent av de ansatte i helse og omsorg oppgir at de er usikre på bruk av "
    "fagsystem og velferdsteknologi",
    "Ledelse: 41 prosent av enhetslederne har mindre enn tre års ledererfaring",
])
p("Kartleggingen viste også at noe kompetanse blir mindre etterspurt, blant annet manuell arkivering og "
  "enkelte kontorfunksjoner som digitaliseres. Berørte medarbeidere skal tilbys omstilling og kompetanseheving.")
p("Kartleggingen fanger i første rekke opp formell kompetanse. Holdninger og ferdigheter er vurdert indirekte "
  "gjennom medarbeiderundersøkelsen (10-FAKTOR) og brukerundersøkelser. Ny kartlegging gjennomføres våren "
  "2028, slik at resultatene kan brukes ved rulleringen av planen.")
pagebreak()

# ---------------- 5 Kompetansemål ----------------
h("5 Kompetansemål for planperioden", 1)
p("Kompetansemålene er utledet av kommuneplanens mål (kapittel 2) og analysen i kapittel 4. Hvert mål viser "
  "til satsingsområdet det skal bidra til. Indikatorer, utgangsverdier og målverdier for hvert mål står i "
  "vedlegg 2, og det er disse som legges til grunn i den årlige rapporteringen.")
table(["Nr.", "Kompetansemål", "Knyttet til"], [
    ["K1", "Flere ansatte i helse og omsorg har fagbrev eller høyere utdanning.", "Aktive og trygge liv"],
    ["K2", "Kommunen har stabil tilgang på sykepleiere.", "Aktive og trygge liv"],
    ["K3", "Lærere oppfyller kompetansekravene i fagene de underviser i, og barnehager og skoler har "
           "tilstrekkelig spesialpedagogisk kompetanse.", "Gode oppvekstvilkår"],
    ["K4", "Alle ansatte har digital kompetanse til å bruke kommunens fagsystemer og velferdsteknologi.",
     "En moderne og tilgjengelig kommune"],
    ["K5", "Alle ledere har gjennomført kommunens lederprogram.", "Arbeidsgiverstrategien"],
    ["K6", "Kommunen har nok ingeniørkompetanse til å nå klimamålene og løse oppgavene i plan og byggesak.",
     "Et grønt og levende Brennvik"],
], widths=[1.2, 10, 4])
pagebreak()

# ---------------- 6 Strategier ----------------
h("6 Strategier", 1)
p("For å nå målene vil kommunen arbeide langs fire strategier. Strategiene gjelder for hele "
  "organisasjonen og ligger til grunn for tiltaksplanen i kapittel 7.")
h("6.1 Utvikle og beholde egne medarbeidere", 2)
p("Det er ofte billigere og mer bærekraftig å utvikle egne ansatte enn å rekruttere. Kommunen vil satse på "
  "fagbrev for ufaglærte gjennom praksiskandidatordningen, på videreutdanning for sykepleiere og lærere og på "
  "seniortiltak som gjør det mulig å stå lenger i arbeid.")
h("6.2 Målrettet rekruttering", 2)
p("For stillinger der vi ikke kan utdanne selv, vil vi bruke stipend mot bindingstid, samarbeid med "
  "Universitetet og høgskolene i regionen om praksisplasser og et bevisst omdømmearbeid. Lønn brukes "
  "strategisk i de lokale forhandlingene for kritiske stillingsgrupper.")
h("6.3 Læring i arbeid", 2)
p("Mest læring skjer i det daglige arbeidet. Enhetene skal legge til rette for kollegaveiledning, "
  "refleksjonsgrupper og hospitering, og turnus og arbeidstid skal planlegges slik at det blir tid til dette. "
  "Arbeidet med heltidskultur er også et kompetansetiltak: større stillinger gir mer kontinuitet og bedre "
  "vilkår for læring.")
h("6.4 Ledelse som bærer kompetanseutviklingen", 2)
p("Ledere på alle nivåer skal være pådrivere for læring. Et felles lederprogram skal gi nye og erfarne ledere "
  "et felles grunnlag i personalledelse, økonomi og strategisk kompetansestyring.")
pagebreak()

# ---------------- 7 Tiltaksplan ----------------
h("7 Tiltaksplan 2026–2029", 1)
p("Tabellen viser de sentrale tiltakene. Kostnadene er innarbeidet i økonomiplanen. Tiltak som bare gjelder én "
  "enhet eller ett fagmiljø, tas inn i delplanene (kapittel 9).")
table(["Tiltak", "Mål", "Målgruppe", "Ansvarlig", "Tidsrom"], [
    ["Fagbrev gjennom praksiskandidatordningen, med lønnet studietid 4 t/uke",
     "K1", "Ufaglærte i helse og omsorg, minst 20 % stilling", "Kommunalsjef helse og omsorg", "Oppstart årlig i august, 2026–2029"],
    ["Videreutdanningsstipend (inntil 60 000 kr) med 2 års bindingstid",
     "K2", "Sykepleiere i fast stilling", "HR-sjef", "Søknad innen 1. april hvert år"],
    ["Sommerjobb og praksisplass for sykepleierstudenter", "K2",
     "Sykepleierstudenter 2. og 3. år", "Enhetsledere sykehjem og hjemmetjeneste", "Fra sommeren 2026"],
    ["Videreutdanning for lærere (Kompetanse for kvalitet) og barnehagelærere", "K3",
     "Lærere uten fordypning i undervisningsfag; barnehagelærere", "Kommunalsjef oppvekst og kultur",
     "2026–2029, ca. 8 lærere per år"],
    ["Regionalt nettverk for spesialpedagogikk (desentralisert ordning)", "K3",
     "Pedagogisk personale", "Leder PPT", "Fra høsten 2026"],
    ["Digitale ressurspersoner («superbrukere») i hver enhet, med e-læring og månedlig opplæring", "K4",
     "Alle ansatte; to ressurspersoner per enhet", "Digitaliseringssjef", "Etablert innen 1. mars 2026"],
    ["Brennvik lederprogram, 6 samlinger over ett år", "K5",
     "Alle ledere med personalansvar; nye ledere første år", "HR-sjef", "Kull 1 høsten 2026, kull 2–3 2027–2028"],
    ["Lærlingplasser i kommunalteknikk og stipend for ingeniørstudenter", "K6",
     "Lærlinger; ingeniørstudenter med tilknytning til Brennvik", "Kommunalsjef teknisk", "2026–2029"],
    ["Refleksjonsgrupper og kollegaveiledning i alle turnusenheter", "K1, K4",
     "Ansatte i turnus", "Enhetsledere", "Innført i alle enheter innen 31.12.2026"],
    ["Seniortiltak: inntil 10 ekstra fridager per år fra fylte 62 år", "K1, K2",
     "Ansatte 62+ i helse og omsorg", "HR-sjef", "Fra 1.1.2026"],
], widths=[4.6, 1.2, 3.6, 3, 3])
pagebreak()

# ---------------- 8 Ansvar og gjennomføring ----------------
h("8 Ansvar og gjennomføring", 1)
p("En plan blir ikke bedre enn gjennomføringen. Ansvaret for kompetanseutvikling er fordelt slik:")
bullets([
    "Kommunedirektøren har det overordnede ansvaret for at planen følges opp, og for at den sees i "
    "sammenheng med budsjett og økonomiplan.",
    "Kommunalsjefene har ansvar for at tiltakene i eget kommunalområde gjennomføres, og for delplanene.",
    "Enhetslederne har ansvar for kompetanseutviklingen i egen enhet.",
    "HR og organisasjon har ansvar for de sentrale tiltakene, for rådgivning og for rapporteringen.",
    "Den enkelte medarbeider har ansvar for å holde seg faglig oppdatert og for å bidra til læring på "
    "arbeidsplassen.",
    "Tillitsvalgte og verneombud medvirker etter hovedavtalen og arbeidsmiljøloven.",
])
p("Kompetanseutvikling er et felles ansvar, og alle ledere forventes å gå foran som gode eksempler.")
pagebreak()

# ---------------- 9 Delplaner ----------------
h("9 Delplaner i kommunalområdene", 1)
p("Denne planen er overordnet. Hvert kommunalområde – helse og omsorg, oppvekst og kultur, teknisk og "
  "samfunnsutvikling og kommunedirektørens stab – skal utarbeide en egen kompetanseplan som bygger på målene "
  "K1–K6 og analysen i kapittel 4. Delplanene skal vise hvilke av de overordnede målene kommunalområdet "
  "bidrar til, hvilke tiltak som settes i verk i egne enheter, og hvordan de finansieres innenfor egen ramme.")
p("Delplanene utarbeides etter malen i vedlegg 3, og skal være ferdige innen 1. juni 2026. De legges fram for "
  "kommunedirektørens ledermøte og drøftes med hovedtillitsvalgte. Delplanene rulleres hvert år i forbindelse "
  "med budsjettarbeidet, mens den overordnede planen rulleres hvert fjerde år. Større enheter, som "
  "sykehjemmet og skolene, kan i tillegg lage egne enhetsplaner under delplanen.")
pagebreak()

# ---------------- 10 Oppfølging og evaluering ----------------
h("10 Oppfølging og evaluering", 1)
h("10.1 Årlig rapportering", 2)
p("HR og organisasjon rapporterer hvert år i årsmeldingen til kommunestyret på måloppnåelse for K1–K6, målt "
  "mot indikatorene og målverdiene i vedlegg 2. Rapporteringen viser også hvilke tiltak som er gjennomført, "
  "antall deltakere og forbruk av midler. Kommunalområdene rapporterer på delplanene i tertialrapportene. "
  "Indikatorene er lagt inn i kommunens styringssystem, slik at oppfølgingen skjer i samme linje som "
  "den øvrige virksomhetsstyringen og kvalitetsarbeidet.")
h("10.2 Evaluering av tiltakene", 2)
p("Vi skiller mellom fire nivåer når vi evaluerer kompetansetiltak:")
table(["Nivå", "Spørsmål", "Metode i Brennvik"], [
    ["Reaksjon", "Hvor fornøyde var deltakerne?", "Deltakerskjema etter kurs og samlinger"],
    ["Læring", "Hva har deltakerne lært?", "Eksamen, fagprøve, praktiske oppgaver i lederprogrammet"],
    ["Anvendelse", "Brukes det de har lært, i praksis?",
     "Leders vurdering av praksis 6 måneder etter tiltaket; måling av praksis før og etter (f.eks. "
     "bruk av velferdsteknologi)"],
    ["Nytte", "Har tiltaket bidratt til kommunens mål?",
     "Indikatorene i vedlegg 2; bruker- og pårørendeundersøkelser; sykefravær og turnover"],
], widths=[2.5, 5, 8])
p("Alle tiltak evalueres på reaksjonsnivå. Lederprogrammet, fagbrevsatsingen og satsingen på digitale "
  "ressurspersoner evalueres i tillegg på lærings- og anvendelsesnivå, og opplegget for dette lages før "
  "tiltakene starter. For tiltak med en samlet kostnad over 200 000 kroner skal det gjøres en vurdering av "
  "kostnad opp mot nytte, med både tallgrunnlag og kvalitative vurderinger fra ledere og deltakere.")
h("10.3 Midtveisevaluering og rullering", 2)
p("Våren 2028 gjennomføres en midtveisevaluering av planen, basert på ny kompetansekartlegging og "
  "resultatene så langt. Evalueringen legges fram for administrasjonsutvalget og danner grunnlaget for neste "
  "plan. Erfaringene – også fra tiltak som ikke ga ønsket effekt – skal systematiseres og brukes i neste "
  "planperiode.")
pagebreak()

# ---------------- Vedlegg ----------------
h("Vedlegg 1 Mandat for arbeidsgruppen", 1)
p("Fastsatt av kommunedirektøren 15. januar 2025.", italic=True)
p("Arbeidsgruppen skal utarbeide forslag til strategisk kompetanseplan for Brennvik kommune 2026–2029. "
  "Planen skal omfatte hele kommuneorganisasjonen og skal:")
bullets([
    "bygge på kommuneplanens samfunnsdel 2024–2036 og arbeidsgiverstrategien",
    "gjennomføre og analysere en kompetansekartlegging i alle enheter",
    "foreslå evaluerbare kompetansemål, strategier og tiltak",
    "foreslå hvordan planen skal følges opp, evalueres og brytes ned i delplaner",
])
p("Gruppen skal ha representanter for kommunalsjefer, enhetsledere, hovedtillitsvalgte og "
  "verneorganisasjonen. Forslaget leveres kommunedirektøren innen 1. oktober 2025. Gruppen kan bruke inntil "
  "300 timer sekretærressurs fra HR.")

h("Vedlegg 2 Indikatorer og målverdier", 1)
p("Tabellen hører til kompetansemålene i kapittel 5. Utgangsverdiene er hentet fra kartleggingen 2025.")
table(["Mål", "Indikator", "Utgangsverdi 2025", "Målverdi 2029", "Kilde"], [
    ["K1", "Andel årsverk i helse og omsorg med fagbrev eller høyere utdanning", "73 %", "85 %", "Personalsystemet"],
    ["K2", "Antall ubesatte sykepleierstillinger per 31.12.", "14", "Maks 4", "Rekrutteringssystemet"],
    ["K3", "Antall lærere uten fordypning i undervisningsfag", "23", "0 innen 2028", "Skoleeier/GSI"],
    ["K3", "Andel barnehager og skoler med spesialpedagog i egen stab", "55 %", "100 %", "Oppvekst"],
    ["K4", "Andel ansatte som har fullført grunnkurs i digital kompetanse", "41 %", "95 %", "Læringsportalen"],
    ["K4", "Andel ansatte i helse og omsorg som oppgir at de er usikre på fagsystem", "38 %", "Under 10 %", "Egen undersøkelse"],
    ["K5", "Andel ledere med personalansvar som har fullført lederprogrammet", "0 %", "90 % innen 2028", "HR"],
    ["K6", "Antall ubesatte ingeniørstillinger", "3", "0", "Rekrutteringssystemet"],
], widths=[1.2, 6, 2.5, 2.5, 3])

h("Vedlegg 3 Mal for delplan", 1)
p("Delplanen for kommunalområdet skal inneholde:")
bullets([
    "1. Kort beskrivelse av kommunalområdet og utfordringene framover",
    "2. Hvilke av målene K1–K6 kommunalområdet bidrar til, og eventuelle egne delmål med indikator",
    "3. Resultater fra kartleggingen for eget område (nøkkeltall, alder, kritiske gap)",
    "4. Tiltak med målgruppe, ansvarlig, tidsrom og kostnad",
    "5. Hvordan tiltakene følges opp og rapporteres i tertialrapportene",
])

h("Vedlegg 4 Aldersfordeling per kommunalområde", 1)
table(["Kommunalområde", "Under 30", "30–44", "45–59", "60+", "Totalt"], [
    ["Helse og omsorg", "118", "196", "229", "112", "655"],
    ["Oppvekst og kultur", "61", "187", "166", "76", "490"],
    ["Teknisk og samfunnsutvikling", "14", "41", "62", "27", "144"],
    ["Kommunedirektørens stab", "9", "38", "60", "16", "123"],
    ["Sum", "202", "462", "517", "231", "1 412"],
], widths=[5, 2, 2, 2, 2, 2])

docx_path = os.path.join(OUT, "src", BASE + ".docx")
doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx_path], check=True)
print("wrote", os.path.join(OUT, BASE + ".pdf"))
