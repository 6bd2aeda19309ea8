import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import new_doc, table, paras
from docx.enum.text import WD_BREAK

OUT = '/work/blind-review-8/brattvoll-strategi-kompetanse-og-rekruttering-2025-2028.docx'
d = new_doc()
d.add_heading('Brattvoll kommune', 0)
d.add_heading('Strategi for kompetanse og rekruttering 2025–2028', 1)
paras(d, """
Vedtatt av kommunestyret 12. desember 2024, sak PS 87/24

Dokumenteier: kommunedirektøren. Saksbehandler: HR- og organisasjonsavdelingen.
""")
d.add_heading('Innhold', 2)
paras(d, """
- Forord
- 1 Hvorfor en egen strategi?
- 2 Utfordringsbildet i Brattvoll
- 3 Kommunens retning – hva kompetansen skal bidra til
- 4 Hvor vil vi være i 2028?
- 5 Et felles språk om kompetanse
- 6 Fire strategiske grep
- 7 Tiltak i perioden
- 8 Planer i tjenesteområdene
- 9 Fra plan til praksis i enhetene
- 10 Slik vet vi om vi lykkes
- Vedlegg 1 Arbeidsgruppe
- Vedlegg 2 Måltabell med indikatorer
- Vedlegg 3 Alders- og stillingsdata
""")
d.add_heading('Forord', 1)
paras(d, """
Brattvoll kommune er inne i en periode der vi får flere eldre innbyggere, færre i yrkesaktiv alder og
stadig høyere forventninger til tjenestene. Vi kan ikke lenger regne med at vi får tak i den kompetansen vi
trenger bare ved å lyse ut stillinger. Vi må i større grad utvikle og holde på de medarbeiderne vi allerede har,
og vi må bli tydeligere på hva vi faktisk trenger.

Strategien er utarbeidet av en bredt sammensatt arbeidsgruppe som jeg ga mandat 15. januar 2024. Mandatet var
å beskrive kommunens samlede kompetanse- og rekrutteringsbehov fram mot 2030, foreslå mål og strategier og
legge fram et forslag som kan innarbeides i handlings- og økonomiplanen. Sammensetningen går fram av vedlegg 1.
Jeg vil takke gruppen for et grundig arbeid, og ikke minst for at arbeidet har gitt mange av oss en bedre
forståelse av hva kompetanse er og hvordan vi kan jobbe med den.

Brattvoll, november 2024
Eirik Sandvold, kommunedirektør
""")

d.add_heading('1 Hvorfor en egen strategi?', 1)
paras(d, """
Brattvoll kommune har om lag 1 150 årsverk fordelt på helse og omsorg, oppvekst, teknisk drift og
sentraladministrasjonen. Kompetansen til de ansatte er den viktigste innsatsfaktoren vi har for å levere
gode tjenester. Samtidig viser tallene i kapittel 2 at vi går inn i et tiår med store pensjonsavganger og
økende konkurranse om de samme fagfolkene.

Strategien er kommunens overordnede plan for kompetanse og rekruttering og gjelder for hele
kommuneorganisasjonen. Den er vedtatt av kommunestyret og inngår i kommunens planstrategi 2024–2027 som
en av de tematiske planene under kommuneplanens samfunnsdel. Tiltakene som har økonomiske konsekvenser,
innarbeides i handlings- og økonomiplanen hvert år, og strategien rulleres som en del av budsjettprosessen
høsten 2026.

Vi har satt oss høye mål. Ambisjonen er at Brattvoll innen 2028 skal være den kommunen i regionen som er best
på å utvikle egne ansatte, og at vi skal klare å bemanne tjenestene med kvalifisert personell uten økt bruk av
vikarbyrå. Det betyr at kompetansearbeidet ikke kan være noe HR gjør alene; det må være en del av ordinær
ledelse på alle nivåer.

Strategien erstatter «Opplæringsplan for Brattvoll kommune 2019–2022», som i hovedsak var en oversikt over kurs.
""")

d.add_heading('2 Utfordringsbildet i Brattvoll', 1)
paras(d, """
Arbeidsgruppen har sett på hvilken kompetanse kommunen har i dag, hva vi vil trenge fram mot 2030, og hvor
gapet er størst. Grunnlaget er personaldata fra lønns- og personalsystemet per 1. mars 2024, kompetansekartleggingen
som ble gjennomført i alle enheter våren 2024, SSBs befolkningsframskrivinger (hovedalternativet), resultatene fra
medarbeiderundersøkelsen 10-FAKTOR 2023, brukerundersøkelser i hjemmetjenesten og barnehagene, og dialog med
Høgskolen i Vestdal om utdanningskapasitet. Detaljerte tall står i vedlegg 3.
""")
d.add_heading('2.1 Befolkning og etterspørsel etter tjenester', 2)
paras(d, """
Antallet innbyggere over 80 år i Brattvoll ventes å øke fra 740 i 2024 til om lag 1 180 i 2035. Samtidig går
antallet innbyggere mellom 20 og 66 år litt ned. Barnetallet er stabilt, men med flere barn med behov for
spesialpedagogisk hjelp enn før. For helse og omsorg betyr dette at behovet for sykepleiere,
helsefagarbeidere og fagfolk med kompetanse på demens, rehabilitering og velferdsteknologi vil øke
betydelig, mens tilgangen på arbeidskraft ikke gjør det.
""")
d.add_heading('2.2 Alder og avgang', 2)
paras(d, """
Gjennomsnittsalderen blant fast ansatte er 46,2 år. I helse og omsorg er 31 prosent av sykepleierne 55 år eller
eldre, og i teknisk drift gjelder det 42 prosent av de ansatte med fagbrev. Dersom vi legger til grunn den
gjennomsnittlige avgangsalderen de siste fem årene (64,1 år), vil vi frem mot 2030 miste om lag 190 årsverk
gjennom pensjonering alene. I tillegg har vi en turnover blant sykepleiere på 14 prosent, som er høyere enn
landsgjennomsnittet.
""")
table(d, [
    ['Yrkesgruppe', 'Årsverk 2024', 'Andel 55 år+', 'Forventet avgang til 2030', 'Vurdering'],
    ['Sykepleiere', '148', '31 %', '41', 'Kritisk'],
    ['Helsefagarbeidere', '212', '27 %', '52', 'Kritisk'],
    ['Barnehagelærere', '96', '18 %', '15', 'Middels'],
    ['Lærere med spesialpedagogikk', '34', '29 %', '9', 'Kritisk'],
    ['Fagarbeidere teknisk drift', '57', '42 %', '22', 'Kritisk'],
    ['Ingeniører/planleggere', '19', '21 %', '4', 'Høy (vanskelig å rekruttere)'],
    ['Kontor- og merkantile stillinger', '63', '38 %', '21', 'Lav – behovet reduseres'],
], widths=[5.0, 2.2, 2.2, 3.0, 4.0])
d.add_heading('2.3 Hva mangler vi, og hva trenger vi mindre av?', 2)
paras(d, """
Kartleggingen viser at den mest kritiske mangelen er sykepleiefaglig kompetanse i hjemmetjenesten og på
sykehjemmet, særlig på kveld og helg. Vi mangler også spesialpedagoger og ingeniører innen vann og avløp, og
vi har for få medarbeidere som kan ta i bruk velferdsteknologi og digitale arbeidsverktøy på en god måte.
Innenfor ledelse ser vi at mange nye ledere på enhets- og avdelingsnivå ikke har formell lederutdanning.

Samtidig er det kompetanse vi vil trenge mindre av. Digitalisering av saksbehandling og arkiv gjør at behovet
for tradisjonelle merkantile stillinger går ned. Når disse stillingene blir ledige, skal de vurderes omgjort før
de lyses ut.
""")
d.add_heading('2.4 Utdanning og rekrutteringsgrunnlag', 2)
paras(d, """
Høgskolen i Vestdal har økt opptaket på sykepleie, men mange av studentene kommer fra andre deler av landet og
flytter etter endt utdanning. Antallet som tar fagbrev i helsearbeiderfaget i Brattvoll, har gått ned fra 22 i
2019 til 13 i 2023. Det er ingen ingeniørutdanning i regionen. Dette tilsier at vi må satse på å utdanne egne
ansatte gjennom desentraliserte og deltidsbaserte utdanninger, og på lærlinger.
""")
d.add_heading('2.5 Begrensninger i datagrunnlaget', 2)
paras(d, """
Kartleggingen fanger godt opp formell utdanning og kurs, men i mindre grad ferdigheter og holdninger i det daglige
arbeidet. Vi vet for eksempel lite om hvor godt ansatte faktisk bruker den velferdsteknologien som er innført.
Arbeidsgruppen anbefaler derfor at den neste kartleggingen også inneholder spørsmål om praksis, og at lederne
supplerer med egne vurderinger i medarbeidersamtalen.

Analysen oppdateres høsten 2026, slik at den kan brukes i rulleringen av strategien. Ansvaret ligger hos
HR- og organisasjonsavdelingen, som organiserer arbeidet som et eget delprosjekt.
""")

d.add_heading('3 Kommunens retning – hva kompetansen skal bidra til', 1)
paras(d, """
Kommuneplanens samfunnsdel 2023–2035 «Brattvoll – trygg, grønn og nær» har fire hovedmål. Tabellen viser hvilke
av målene som stiller særlige krav til kompetanse i organisasjonen. I tillegg bygger strategien på
arbeidsgiverpolitisk plattform (vedtatt 2022) og på «Leve hele livet»-planen for helse og omsorg.
""")
table(d, [
    ['Hovedmål i kommuneplanen', 'Hva målet krever av organisasjonen'],
    ['1. Innbyggerne skal kunne bo trygt hjemme så lenge som mulig',
     'Flere sykepleiere og helsefagarbeidere, kompetanse på rehabilitering, demens og velferdsteknologi'],
    ['2. Alle barn og unge skal få et godt og inkluderende opplæringstilbud',
     'Spesialpedagogisk kompetanse, tidlig innsats, tverrfaglig samarbeid mellom barnehage, skole og helsestasjon'],
    ['3. Brattvoll skal være en klimavennlig kommune med robust infrastruktur',
     'Ingeniører og fagarbeidere innen vann og avløp, klimatilpasning og plan'],
    ['4. Kommunen skal være en effektiv og tilgjengelig tjenesteyter',
     'Digital kompetanse hos alle ansatte, god ledelse og endringskompetanse'],
])

d.add_heading('4 Hvor vil vi være i 2028?', 1)
paras(d, """
Med utgangspunkt i kommuneplanens hovedmål og analysen i kapittel 2 har vi formulert seks kompetansemål for
perioden. Målene gjelder for hele organisasjonen. For hvert mål er det fastsatt indikatorer, utgangsverdi og
målverdi; disse står samlet i vedlegg 2, slik at de kan følges opp år for år.

- Mål A: Tjenestene i helse og omsorg er bemannet med nødvendig sykepleiefaglig kompetanse alle dager i uka (kommuneplanmål 1).
- Mål B: Flere av våre egne ansatte tar fagbrev eller videreutdanning innenfor områder der vi har kritisk mangel (mål 1, 2 og 3).
- Mål C: Barnehager og skoler har den spesialpedagogiske kompetansen som trengs for å gi tidlig hjelp (mål 2).
- Mål D: Alle ledere med personalansvar har gjennomført kommunens lederprogram eller tilsvarende (mål 4).
- Mål E: Alle ansatte har grunnleggende digital kompetanse for de systemene de bruker i jobben (mål 4).
- Mål F: Brattvoll har en heltidskultur, og flere ansatte står lenger i jobb (mål 1 og 4).
""")

d.add_heading('5 Et felles språk om kompetanse', 1)
paras(d, """
I denne strategien bruker vi ordet kompetanse om de kunnskapene og ferdighetene som den enkelte og organisasjonen
trenger for å løse oppgavene. Både formell utdanning og erfaring teller. Vi skiller mellom kompetansebehov
(det vi trenger) og kompetansebeholdning (det vi har).
""")

d.add_heading('6 Fire strategiske grep', 1)
paras(d, """
Strategiene gjelder på tvers av tjenesteområdene. De er valgt ut fra analysen i kapittel 2, og fordi vi ser at vi
ikke kan rekruttere oss ut av utfordringene alene.
""")
d.add_heading('6.1 Utvikle egne medarbeidere før vi rekrutterer eksternt', 2)
paras(d, """
Der det er mulig, skal vi løfte kompetansen til ansatte som allerede jobber hos oss. Det gjelder særlig
ufaglærte i helse og omsorg som kan ta fagbrev, helsefagarbeidere som kan ta sykepleierutdanning på deltid, og
assistenter i barnehage og skole. Kommunen dekker studieavgift og gir permisjon med lønn til eksamen og
praksisperioder etter reglementet for utdanningsstøtte. Mot støtte inngås avtale om bindingstid.
""")
d.add_heading('6.2 Målrettet rekruttering og strategisk bruk av lønn', 2)
paras(d, """
For stillingsgrupper med kritisk mangel bruker vi rekrutteringstillegg, studiestipend til sykepleierstudenter
med bindingstid og tidlig kontakt med studenter gjennom praksisplasser. Lokale lønnsforhandlinger skal prioritere
grupper med dokumentert rekrutteringsproblem og ansatte som har tatt videreutdanning kommunen har behov for.
Vi skal øke antallet lærlinger fra 24 til 35.
""")
d.add_heading('6.3 Ledere som utvikler andre', 2)
paras(d, """
Lederne er nøkkelen til at kompetansen faktisk blir brukt. Alle nye ledere skal gjennom introduksjonsprogrammet
«Ny som leder i Brattvoll», og alle ledere med personalansvar skal gjennomføre lederprogrammet «Lede i
Brattvoll» (30 studiepoeng, i samarbeid med Høgskolen i Vestdal). Lederne skal ha tid til å lede: fra 2025
settes det et tak på 25 medarbeidere per leder i helse og omsorg.
""")
d.add_heading('6.4 Læring i det daglige arbeidet', 2)
paras(d, """
Det meste av læringen skjer i jobben. Vi vil derfor legge til rette for kollegaveiledning, refleksjonsgrupper
og faste fagmøter i arbeidstiden. I turnusplanleggingen skal det settes av tid til fagmøter minst hver sjette uke,
og overlappingstid mellom vakter skal brukes til faglig oppdatering. Flere hele stillinger er også et
kompetansetiltak: ansatte i store stillinger er mer til stede, lærer mer og deler mer. Arbeidet med heltidskultur
følger modellen fra ABC-prosjektet, som ble prøvd ut på Brattheimen sykehjem i 2023.
""")
d.add_heading('6.5 Organisatoriske tiltak', 2)
paras(d, """
Ikke alle kompetanseproblemer løses med kurs. Vi skal vurdere oppgavedeling mellom sykepleiere og
helsefagarbeidere, samlokalisering av PPT og helsestasjon og interkommunalt samarbeid om ingeniørkompetanse
med nabokommunene. Større tiltak skal ha en enkel vurdering av kostnad og forventet nytte før de vedtas.
""")

d.add_heading('7 Tiltak i perioden', 1)
paras(d, """
Tabellen viser de tiltakene som gjelder hele organisasjonen. Bokstaven i kolonnen «Mål» viser til
kompetansemålene i kapittel 4. Kostnadene er innarbeidet i handlings- og økonomiplanen 2025–2028.
""")
table(d, [
    ['Tiltak', 'Mål', 'Målgruppe', 'Ansvar', 'Tidsrom', 'Kostnad per år'],
    ['Utdanningsstøtte til sykepleie på deltid', 'A, B', 'Helsefagarbeidere', 'Kommunalsjef helse og omsorg', '2025–2028', 'kr 900 000'],
    ['Fagbrev på jobb (praksiskandidatordning)', 'B', 'Ufaglærte i helse og teknisk', 'HR / enhetsledere', 'Løpende', 'kr 350 000'],
    ['Studiestipend med bindingstid', 'A', 'Sykepleierstudenter', 'HR', 'Fra høst 2025', 'kr 480 000'],
    ['Videreutdanning i spesialpedagogikk', 'C', 'Lærere og barnehagelærere', 'Kommunalsjef oppvekst', '2025–2027', 'kr 600 000 (delvis statlig)'],
    ['Lederprogrammet «Lede i Brattvoll»', 'D', 'Alle ledere med personalansvar', 'HR', 'Kull 1 2025, kull 2 2026', 'kr 750 000'],
    ['Introduksjon «Ny som leder»', 'D', 'Nytilsatte ledere', 'HR', 'To ganger i året', 'kr 60 000'],
    ['Digitalt grunnkurs og superbrukernettverk', 'E', 'Alle ansatte', 'Digitaliseringsleder', '2025–2026', 'kr 200 000'],
    ['Heltidskultur etter ABC-modellen', 'F', 'Helse og omsorg', 'Kommunalsjef helse og omsorg / HTV', '2025–2028', 'kr 150 000'],
    ['Seniorsamtaler og seniortiltak', 'F', 'Ansatte 60 år+', 'Enhetsledere', 'Årlig', 'Innenfor rammen'],
    ['Flere lærlingplasser (24 til 35)', 'B', 'Lærlinger', 'Lærlingkoordinator', '2025–2028', 'kr 1 100 000'],
], widths=[4.0, 1.3, 3.3, 3.1, 2.4, 2.4])

d.add_heading('8 Planer i tjenesteområdene', 1)
paras(d, """
Den overordnede strategien skal følges opp med egne kompetanseplaner i de store tjenesteområdene, slik at
tiltakene blir konkrete for den enkelte enhet.

Helse og omsorg har en kompetanseplan for 2024–2027, vedtatt i hovedutvalg for helse og omsorg i juni 2024. Den
bygger på de samme analysene som denne strategien og skal justeres når strategien rulleres.

Oppvekst skal utarbeide en egen kompetanseplan for barnehage, skole og PPT innen juni 2026. Inntil da gjelder
de statlige ordningene for kompetanseutvikling (Kompetanse for kvalitet, regional ordning og
kompetanseløftet for spesialpedagogikk).

For teknisk drift og sentraladministrasjonen vil behovet for egne planer bli vurdert i forbindelse med
rulleringen i 2026.
""")

d.add_heading('9 Fra plan til praksis i enhetene', 1)
paras(d, """
Enhetslederne har ansvar for å gjennomføre tiltakene i egen enhet og for at kompetansebehov tas opp i de
årlige medarbeidersamtalene. Søknader om videreutdanning og lengre kurs prioriteres ut fra kompetansemålene i
kapittel 4 og de budsjettrammene enheten har. Søknadsfristen for utdanningsstøtte er 1. mars hvert år.
""")

d.add_heading('10 Slik vet vi om vi lykkes', 1)
d.add_heading('10.1 Løpende oppfølging', 2)
paras(d, """
Oppfølgingen av strategien skjer gjennom kommunens ordinære styrings- og rapporteringssystem. Hver enhet
rapporterer på gjennomførte tiltak, antall deltakere og brukte midler i tertialrapportene. HR sammenstiller
rapportene, og status for hvert av målene A–F, målt mot indikatorene i vedlegg 2, legges fram i årsmeldingen.
Kompetansearbeidet er en del av kommunens kvalitetssystem: avvik som skyldes manglende kompetanse, registreres i
kvalitetssystemet og brukes som grunnlag når enhetene planlegger neste års tiltak. Resultatene fra oppfølgingen
og evalueringene tas med inn i rulleringen av strategien og i budsjettarbeidet.
""")
d.add_heading('10.2 Evaluering av de største tiltakene', 2)
paras(d, """
De tre største satsingene – utdanningsstøtte til sykepleie, lederprogrammet og heltidsarbeidet – skal
evalueres mer grundig. Evalueringsopplegget er bestemt allerede nå, slik at vi kan samle inn data før tiltakene
starter. Vi evaluerer på fire nivåer, fordi deltakernes egen vurdering av et kurs sier lite om hvorvidt kommunen
faktisk har fått bedre tjenester.
""")
table(d, [
    ['Nivå', 'Spørsmål vi stiller', 'Hvordan vi måler'],
    ['Reaksjon', 'Hvor fornøyde var deltakerne?', 'Kort deltakerundersøkelse etter hver samling'],
    ['Læring', 'Hva har deltakerne lært?', 'Eksamen og studiepoeng, refleksjonsoppgaver i lederprogrammet'],
    ['Anvendelse', 'Brukes kompetansen i arbeidet?', 'Leders vurdering før og etter, 10-FAKTOR-resultater på «mestringsorientert ledelse» før og etter programmet, andel vakter med sykepleier'],
    ['Nytte', 'Har tiltaket bidratt til kommuneplanens mål?', 'Brukerundersøkelse i hjemmetjenesten, sykefravær, turnover, bruk av vikarbyrå'],
])
paras(d, """
Hver evaluering skal ha en kvantitativ del (indikatorer, kostnader per deltaker og per fullført utdanning) og
en kvalitativ del (intervjuer med deltakere og ledere). Evalueringen skal også vurdere om ressursbruken står i
forhold til resultatene. Evalueringen av lederprogrammet gjennomføres etter kull 1 høsten 2026, og
evalueringen av utdanningsstøtten og heltidsarbeidet våren 2028.
""")

d.add_page_break()
d.add_heading('Vedlegg 1 Arbeidsgruppe', 1)
table(d, [
    ['Navn', 'Rolle i gruppa', 'Stilling / representerer'],
    ['Kari Holm Ness', 'Leder', 'HR- og organisasjonssjef'],
    ['Arvid Strand', 'Medlem', 'Kommunalsjef helse og omsorg'],
    ['Mette Lien', 'Medlem', 'Kommunalsjef oppvekst'],
    ['Tor Ivar Bakke', 'Medlem', 'Enhetsleder hjemmetjenesten'],
    ['Sunniva Aas', 'Medlem', 'Rektor, Brattvoll ungdomsskole'],
    ['Henrik Dahl', 'Medlem', 'Avdelingsleder vann og avløp'],
    ['Line Moe', 'Medlem', 'Hovedtillitsvalgt Fagforbundet'],
    ['Rune Eide', 'Medlem', 'Hovedtillitsvalgt NSF'],
    ['Hilde Tangen', 'Medlem', 'Hovedtillitsvalgt Utdanningsforbundet'],
    ['Ola Sørvik', 'Medlem', 'Hovedverneombud'],
    ['Ingrid Fjell', 'Sekretær', 'HR-rådgiver'],
])
paras(d, """
Gruppen hadde ni møter i perioden februar–oktober 2024. Utkast til strategi ble drøftet i
administrasjonsutvalget og i partssammensatt utvalg før politisk behandling.
""")

d.add_heading('Vedlegg 2 Måltabell med indikatorer', 1)
table(d, [
    ['Mål', 'Indikator', 'Utgangsverdi 2024', 'Målverdi 2028', 'Kilde'],
    ['A', 'Andel vakter i hjemmetjeneste og sykehjem med sykepleier til stede', '86 %', '98 %', 'Turnussystemet'],
    ['A', 'Utgifter til vikarbyrå (sykepleie)', 'kr 6,2 mill.', 'under kr 2 mill.', 'Regnskap'],
    ['B', 'Antall ansatte som har fullført fagbrev eller videreutdanning i kritiske fag', '–', '60 i perioden', 'Personalsystemet'],
    ['C', 'Andel barnehager og skoler med minst én spesialpedagog', '55 %', '100 %', 'Kompetanseregister'],
    ['D', 'Andel ledere med personalansvar som har fullført lederprogram', '38 %', '90 %', 'HR'],
    ['E', 'Andel ansatte som har fullført digitalt grunnkurs', '41 %', '95 % innen 2026', 'Læringsportalen'],
    ['F', 'Gjennomsnittlig stillingsstørrelse i helse og omsorg', '68 %', '80 %', 'Personalsystemet'],
    ['F', 'Gjennomsnittlig avgangsalder', '64,1 år', '65,5 år', 'KLP / personalsystemet'],
], widths=[1.2, 6.3, 2.7, 2.7, 3.6])

d.add_heading('Vedlegg 3 Alders- og stillingsdata', 1)
table(d, [
    ['Tjenesteområde', 'Ansatte', 'Under 30', '30–44', '45–54', '55–61', '62+'],
    ['Helse og omsorg', '684', '14 %', '30 %', '26 %', '19 %', '11 %'],
    ['Oppvekst', '452', '9 %', '36 %', '31 %', '16 %', '8 %'],
    ['Teknisk drift', '98', '7 %', '23 %', '28 %', '26 %', '16 %'],
    ['Sentraladministrasjonen', '87', '6 %', '28 %', '29 %', '23 %', '14 %'],
    ['Totalt', '1 321', '11 %', '32 %', '28 %', '19 %', '10 %'],
], widths=[4.5, 2.0, 2.0, 2.0, 2.0, 2.0, 2.0])
paras(d, "Kilde: lønns- og personalsystemet per 1. mars 2024. Tallene gjelder fast ansatte.")
d.save(OUT)
print(OUT)
