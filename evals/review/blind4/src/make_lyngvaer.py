import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from helpers import *

d = new_doc()
title(d, 'Strategisk kompetanseplan 2025–2028', 'Lyngvær kommune\nVedtatt av kommunestyret 12. desember 2024, sak 87/24\nAnsvarlig: Kommunedirektøren v/ HR- og organisasjonsavdelingen')

h(d, 'Forord')
para(d, """
Lyngvær kommune leverer tjenester til om lag 14 600 innbyggere, og kvaliteten på tjenestene
avhenger av at vi har medarbeidere med riktig kompetanse på rett sted. Vi står foran en
periode med flere eldre innbyggere, færre i yrkesaktiv alder og økende krav til digitale
løsninger. Vi kan ikke rekruttere oss ut av disse utfordringene alene. Vi må bruke og utvikle
den kompetansen vi allerede har, og organisere arbeidet slik at læring skjer i det daglige.

Denne planen er resultatet av et grundig arbeid der ledere, tillitsvalgte og HR har deltatt
sammen. Jeg vil takke arbeidsgruppa for innsatsen, og forventer at planen blir brukt aktivt av
ledere på alle nivåer.

Kari Nesheim, kommunedirektør
""")

h(d, '1 Innledning')
h(d, '1.1 Bakgrunn og formål', 2)
para(d, """
Kommunens forrige kompetanseplan gjaldt for perioden 2019–2022 og var i hovedsak en oversikt
over kurs og opplæringstilbud. Evalueringen av den planen (rapport til administrasjonsutvalget
juni 2023) viste at tiltakene i liten grad var knyttet til kommunens mål, og at det var vanskelig
å si om ressursene ble brukt der behovet var størst. Den nye planen skal derfor være et
styringsverktøy som kobler kompetanseutvikling til kommuneplanen, økonomiplanen og
arbeidsgiverstrategien.

Planen skal:
""")
bullets(d, [
    'gi et felles grunnlag for prioritering av kompetansemidler i hele organisasjonen',
    'beskrive hvilken kompetanse kommunen trenger fram mot 2028 og hvordan vi skal skaffe den',
    'være grunnlag for sektorenes og enhetenes egne planer',
    'sikre at kompetansetiltak følges opp og evalueres',
])

h(d, '1.2 Forankring og ambisjon', 2)
para(d, """
Kompetanseplanen er en tematisk kommunedelplan i kommunal planstrategi 2024–2027 og ble
vedtatt av kommunestyret 12. desember 2024 sammen med budsjett 2025 og økonomiplan 2025–2028.
Planen er drøftet i administrasjonsutvalget og i arbeidsmiljøutvalget (AMU) høsten 2024.
Administrativt eies planen av kommunedirektøren, og HR- og organisasjonsavdelingen har ansvar
for koordinering og rullering.

Økonomiplanen 2025–2028 setter av 2,4 mill. kroner årlig til en sentral kompetansepott. I
tillegg kommer enhetenes egne opplæringsbudsjetter (samlet om lag 5,1 mill. kroner i 2025) og
statlige tilskudd, blant annet fra Kompetanseløftet 2025, desentralisert ordning for
kompetanseutvikling i skole (DEKOMP) og regional ordning for barnehage (REKOMP). Handlingsdelen
rulleres hvert år i forbindelse med budsjettarbeidet.

Ambisjonen er at Lyngvær innen 2028 skal være blant kommunene i regionen med høyest andel
fagutdannede ansatte i helse og oppvekst, og at kompetanse skal være en synlig del av hvordan
kommunestyret og ledelsen styrer tjenestene. Planen omfatter alle ansatte og alle sektorer.
""")

h(d, '1.3 Slik er planen utarbeidet', 2)
para(d, """
Kommunedirektøren ga 14. mars 2024 en arbeidsgruppe mandat til å utarbeide forslag til ny
strategisk kompetanseplan. Mandatet var å (1) beskrive hvilke mål i kommuneplanen kompetansen
skal understøtte, (2) gjennomføre og analysere en kompetansekartlegging, (3) foreslå
kompetansemål, strategier og tiltak for planperioden og (4) foreslå opplegg for oppfølging og
evaluering. Arbeidsgruppa rapporterte til kommunedirektørens ledergruppe, som var styringsgruppe.
""")
table(d, ['Rolle', 'Representant'], [
    ['Leder av arbeidsgruppa', 'HR- og organisasjonssjef'],
    ['Sektorrepresentanter', 'Kommunalsjef helse og omsorg; kommunalsjef oppvekst'],
    ['Enhetsnivå', 'Enhetsleder Lyngvær sykehjem; rektor Nordli skole; enhetsleder teknisk drift'],
    ['Tillitsvalgte', 'Hovedtillitsvalgt Fagforbundet; hovedtillitsvalgt Utdanningsforbundet; hovedtillitsvalgt NSF'],
    ['Verneombud', 'Hovedverneombud'],
    ['Sekretær', 'HR-rådgiver kompetanse'],
], widths=[5, 11])
para(d, """
Arbeidsgruppa hadde sju møter og gjennomførte to arbeidsverksteder med alle enhetsledere
(mai og september 2024). Arbeidet har gitt ledere og tillitsvalgte et felles språk for hva
kompetanse er og hvorfor det må planlegges, noe vi mener er et viktig resultat i seg selv.
""")

h(d, '2 Overordnede mål og føringer')
para(d, """
Kompetanseplanen skal bidra til å nå målene i kommuneplanens samfunnsdel 2023–2035 «Lyngvær –
sammen om framtida» og i kommunens øvrige styringsdokumenter. De målene som stiller størst krav
til kompetanse, er:
""")
table(d, ['Styringsdokument', 'Mål som planen skal understøtte'], [
    ['Kommuneplanens samfunnsdel, mål 1.2', 'Innbyggerne skal kunne bo trygt i eget hjem så lenge som mulig, med hjelp av velferdsteknologi og forebyggende tjenester.'],
    ['Kommuneplanens samfunnsdel, mål 2.1', 'Alle barn og unge skal oppleve et trygt og inkluderende barnehage- og skolemiljø og få et godt læringsutbytte.'],
    ['Kommuneplanens samfunnsdel, mål 4.3', 'Lyngvær kommune skal ha en effektiv og digital forvaltning der innbyggerne møter én dør inn.'],
    ['Arbeidsgiverstrategi 2023–2027', 'Lyngvær skal være en attraktiv arbeidsgiver med heltidskultur, godt lederskap og lavt sykefravær (mål: under 7,5 %).'],
    ['Digitaliseringsstrategi 2024–2027', 'Alle ansatte skal ha grunnleggende digital kompetanse og bruke kommunens fagsystemer sikkert.'],
], widths=[5, 11])
para(d, """
I tillegg gir nasjonale krav føringer for planen, særlig kompetansekravene for undervisning i
grunnskolen, kravet til pedagogisk bemanning i barnehagen og kravene til forsvarlige helse- og
omsorgstjenester.
""")

h(d, '3 Hva mener vi med kompetanse?')
para(d, """
I planen bruker vi denne definisjonen: Kompetanse er de samlede kunnskaper, ferdigheter,
holdninger og evner som gjør den enkelte i stand til å løse oppgaver og møte krav i jobben.
Arbeidsgruppa brukte mye tid på å drøfte hva definisjonen betyr i praksis.

Kunnskap og ferdigheter er det vi oftest registrerer – utdanning, kurs og sertifiseringer.
Holdninger, som respekt for brukeren, vilje til å dele kunnskap og evne til å ta imot
veiledning, er like viktige for kvaliteten i tjenestene, men vanskeligere å måle. Vi har derfor
valgt å ikke bare se på formell kompetanse, men også på realkompetanse og på hvordan
kompetansen brukes i arbeidet. Kartleggingen (kapittel 4) har spørsmål om både formell
kompetanse og ferdigheter, men arbeidsgruppa erkjenner at holdninger fanges dårlig opp i
kartleggingsverktøyet. Dette må følges opp i medarbeidersamtaler og i lederes observasjon.

Vi skiller mellom disse kompetanseområdene:
""")
bullets(d, [
    'Faglig kompetanse: den profesjons- og fagkunnskapen som kreves for å utføre tjenestene forsvarlig.',
    'Tverrfaglig kompetanse: evnen til å samarbeide på tvers av fag og enheter, for eksempel mellom helse, barnevern og skole.',
    'Administrativ kompetanse og ledelseskompetanse: økonomistyring, personalledelse, saksbehandling og kunnskap om regelverk.',
    'Digital kompetanse: bruk av fagsystemer, velferdsteknologi og informasjonssikkerhet.',
    'Endrings- og omstillingskompetanse: evnen til å ta i bruk nye arbeidsmåter og bidra til utvikling.',
])
para(d, """
Arbeidsgruppa mener at i planperioden er faglig kompetanse i helse og oppvekst, digital
kompetanse og endringskompetanse mest kritisk. Ledelseskompetanse er en forutsetning for de
andre.
""")

h(d, '4 Nåsituasjon og framtidig behov')
h(d, '4.1 Kartleggingen', 2)
para(d, """
Høsten 2024 gjennomførte kommunen en kompetansekartlegging i KS Læring sitt
kartleggingsverktøy. 981 av 1 140 ansatte svarte (86 %). Data ble sammenstilt med
personaldata fra lønnssystemet (alder, stillingsstørrelse, utdanning), sykefraværsstatistikk,
medarbeiderundersøkelsen 10-FAKTOR 2023, brukerundersøkelser i hjemmetjenesten og SSBs
befolkningsframskrivinger. Analysen ble gjort som et eget delprosjekt ledet av HR, og
resultatene ble lagt fram for arbeidsgruppa i august 2024.
""")
h(d, '4.2 Hovedfunn', 2)
table(d, ['Område', 'Funn', 'Konsekvens'], [
    ['Demografi', 'Antall innbyggere over 80 år øker fra 720 i 2024 til om lag 1 150 i 2035 (SSB, hovedalternativet).', 'Behovet for helse- og omsorgstjenester øker med anslagsvis 45 årsverk til 2035.'],
    ['Sykepleiere', '22 % av sykepleierne er over 60 år; 14 sykepleiere når pensjonsalder i 2025–2030. 7,5 årsverk er i dag ubesatt eller dekket av vikar.', 'Kritisk mangel. Rekruttering alene er ikke nok.'],
    ['Helsefagarbeidere', '31 % av ansatte i turnus i hjemmetjenesten og på sykehjem har ikke fagbrev. Gjennomsnittlig stillingsstørrelse er 62 %.', 'Stort potensial for å utvikle egne ansatte og øke stillingsstørrelser.'],
    ['Barnehage', '19 % av assistentene mangler fagbrev i barne- og ungdomsarbeiderfaget. Pedagognormen er oppfylt i 6 av 8 barnehager.', 'Behov for fagbrev og barnehagelærerutdanning for ansatte.'],
    ['Skole', '11 av 142 lærere oppfyller ikke kompetansekravene i norsk, matematikk eller engelsk (frist 1.8.2025 / 2030).', 'Videreutdanning må prioriteres.'],
    ['Digital kompetanse', '41 % svarte at de er usikre på bruk av fagsystemene; 28 % hadde ikke gjennomført e-læring i informasjonssikkerhet.', 'Grunnopplæring og superbrukere må styrkes.'],
    ['Ledelse', '38 % av lederne har ingen formell lederutdanning. Spørsmålet om «nærmeste leder gir meg tilbakemelding» skåret 3,9 av 5.', 'Lederutvikling prioriteres.'],
    ['Teknisk', 'Kommunen har 2 byggesaksbehandlere og 1 VA-ingeniør; 2 av 3 går av med pensjon innen 2028.', 'Sårbar kompetanse; behov for rekruttering og samarbeid med nabokommuner.'],
], widths=[3, 7.5, 5.5])
para(d, """
Analysen viser også at noe kompetanse blir mindre etterspurt. Manuell arkiv- og
registreringskompetanse i sentraladministrasjonen erstattes gradvis av digitale løsninger, og
ansatte i disse stillingene bør få tilbud om omskolering.

Kartleggingen og analysen skal oppdateres høsten 2026, slik at resultatene kan brukes i
rulleringen av handlingsdelen for 2027–2028. En ny full analyse gjennomføres i 2028 som
grunnlag for neste planperiode.
""")

h(d, '5 Kompetansemål')
para(d, """
Kompetansemålene er utledet av de overordnede målene i kapittel 2 og funnene i kapittel 4.
Hvert mål har en indikator og en målverdi slik at vi kan vurdere måloppnåelsen ved
rulleringen og ved planperiodens slutt.
""")
table(d, ['Kompetansemål', 'Kobling', 'Indikator', 'Status 2024', 'Mål 2028'], [
    ['K1 Flere ansatte i helse og omsorg har fagutdanning', 'KP 1.2', 'Andel ansatte i turnus med fagbrev eller høyere utdanning', '69 %', '80 %'],
    ['K2 Kommunen beholder og rekrutterer sykepleiere', 'KP 1.2, AGS', 'Ubesatte sykepleierårsverk', '7,5', 'Under 2'],
    ['K3 Alle lærere oppfyller kompetansekravene', 'KP 2.1', 'Antall lærere uten godkjent fordypning', '11', '0 innen 2030, høyst 4 i 2028'],
    ['K4 Barnehagene har faglært bemanning', 'KP 2.1', 'Andel assistenter med fagbrev', '81 %', '90 %'],
    ['K5 Ansatte behersker digitale verktøy og informasjonssikkerhet', 'KP 4.3, DS', 'Andel som har fullført e-læring i informasjonssikkerhet', '72 %', '100 % årlig'],
    ['K6 Alle ledere har grunnleggende lederkompetanse', 'AGS', 'Andel ledere som har fullført kommunens lederprogram', '44 %', '90 %'],
    ['K7 Økt heltid gir mer læring i arbeid', 'AGS', 'Gjennomsnittlig stillingsstørrelse i turnus', '62 %', '75 %'],
], widths=[5, 1.8, 4.5, 2, 2.7])
para(d, 'KP = kommuneplanens samfunnsdel, AGS = arbeidsgiverstrategien, DS = digitaliseringsstrategien.')

h(d, '6 Strategier')
para(d, """
For å nå målene har arbeidsgruppa valgt fire strategier som gjelder på tvers av sektorene:

Strategi 1 – Utvikle egne ansatte. Kommunen skal prioritere å gi egne ansatte fagbrev,
videreutdanning og omskolering framfor å basere seg på rekruttering alene. Dette gjelder særlig
assistenter og ufaglærte i helse og barnehage.

Strategi 2 – Målrettet rekruttering og bruk av lønn. Kommunen skal bruke lønn strategisk i de
gruppene der mangelen er kritisk (sykepleiere, lærere med fordypning, ingeniører), blant annet
gjennom rekrutteringstillegg og stipend mot bindingstid. Dette avtales i lokale forhandlinger.

Strategi 3 – Godt lederskap. Ledere er nøkkelen til at kompetanse brukes og utvikles.
Lederutvikling er derfor et felles tiltak for hele kommunen.

Strategi 4 – Læring i arbeid. Mesteparten av læringen skjer på arbeidsplassen. Enhetene skal
legge til rette for kollegaveiledning, refleksjon og hospitering, og turnuser skal planlegges
slik at det blir tid til fagmøter. Arbeidet med heltidskultur er en del av denne strategien.

Før større tiltak settes i gang, skal det gjøres en enkel nytte-/kostnadsvurdering der
alternative tiltak sammenlignes, for eksempel kjøp av kurs mot intern opplæring med egne
ressurspersoner.
""")

h(d, '7 Handlingsplan 2025–2026')
para(d, """
Tabellen viser de tverrgående tiltakene som finansieres av den sentrale kompetansepotten eller
statlige midler. Tiltak som bare gjelder én enhet, tas inn i enhetenes opplæringsplaner.
""")
table(d, ['Tiltak', 'Mål', 'Målgruppe', 'Periode', 'Ansvarlig', 'Kostnad'], [
    ['Fagbrev på jobb (helsefagarbeider) – praksiskandidatordning', 'K1', 'Assistenter i helse og omsorg, minst 12 per år', '2025–2028', 'Kommunalsjef helse og omsorg', '450 000 per år'],
    ['Videreutdanning i geriatri og demens for sykepleiere, med stipend og 2 års bindingstid', 'K2', 'Sykepleiere, 4 per år', 'Studiestart aug. 2025 og aug. 2026', 'Enhetsleder sykehjem / HR', '320 000 per år'],
    ['Sommerjobb og studentstillinger for sykepleierstudenter', 'K2', 'Sykepleierstudenter 2. og 3. år', 'Hvert år fra 2025', 'HR-rådgiver rekruttering', 'Innenfor ramme'],
    ['Videreutdanning for lærere (Kompetanse for kvalitet)', 'K3', '11 lærere uten godkjent fordypning', '2025–2029', 'Kommunalsjef oppvekst', 'Statlige midler + vikar'],
    ['Fagbrev barne- og ungdomsarbeider', 'K4', 'Assistenter i barnehage uten fagbrev', '2025–2027', 'Styrere / oppvekstkontoret', '200 000 per år'],
    ['E-læring informasjonssikkerhet og personvern (obligatorisk)', 'K5', 'Alle ansatte', 'Årlig innen 1. mai', 'Enhetsledere / IKT', 'Lisens i KS Læring'],
    ['Superbrukernettverk for fagsystemer og velferdsteknologi', 'K5', 'To superbrukere per enhet', 'Oppstart feb. 2025', 'Digitaliseringsrådgiver', '150 000'],
    ['Lyngvær lederprogram (6 samlinger á 2 dager)', 'K6', 'Alle ledere med personalansvar uten formell lederutdanning', 'Kull 1 2025, kull 2 2026', 'HR- og organisasjonssjef', '600 000 per kull'],
    ['Heltidsprosjekt: nye turnusmodeller med fast fagtid', 'K7', 'Turnusansatte i helse og omsorg', '2025–2026', 'Kommunalsjef helse og omsorg / HTV', 'Prosjektmidler 300 000'],
    ['Omskolering fra arkiv/registrering til digital saksbehandling', 'K5', 'Ansatte i servicetorg og arkiv', '2026', 'Leder fellestjenester', '100 000'],
], widths=[4.2, 1.1, 3.5, 2.3, 2.7, 2.2])

h(d, '8 Gjennomføring')
para(d, """
Ledere på alle nivåer har ansvar for å gjøre kompetanseplanen kjent og for at tiltakene i
handlingsplanen blir gjennomført i egen enhet. HR bistår med rådgivning, søknader om
tilskudd og administrasjon av kurs.

Den enkelte ansatte kan ta opp ønsker om kurs og videreutdanning i den årlige
medarbeidersamtalen. Søknader om videreutdanning og stipend sendes via kommunens
søknadsportal innen 1. mars hvert år.
""")

h(d, '9 Oppfølging og evaluering')
h(d, '9.1 Løpende oppfølging', 2)
para(d, """
Gjennomføringen av handlingsplanen rapporteres i tertialrapportene og i årsmeldingen. HR
rapporterer antall deltakere per tiltak, forbruk av kompetansepotten og status for
indikatorene i kapittel 5. Rapporteringen inngår i kommunens ordinære styringssystem og i
kvalitetssystemet, der kompetanse er et eget tema i internkontrollen.
""")
h(d, '9.2 Retningslinje for evaluering av tiltak', 2)
para(d, """
Evalueringen skal ta utgangspunkt i kompetansemålene. For hvert tiltak i handlingsplanen
fastsettes det ved oppstart på hvilket nivå tiltaket skal evalueres. Vi bruker fire nivåer:
""")
table(d, ['Nivå', 'Spørsmål', 'Metode i Lyngvær', 'Brukes for'], [
    ['Reaksjon', 'Hvor fornøyde var deltakerne?', 'Digitalt evalueringsskjema etter kurs og samlinger', 'Alle kurs og samlinger'],
    ['Læring', 'Hva har deltakerne lært?', 'Beståtte fagprøver og eksamener; test etter e-læring', 'K1, K3, K4, K5'],
    ['Anvendelse', 'Brukes kompetansen i praksis?', 'Før- og etter-måling i enhetene, f.eks. bruk av velferdsteknologi og avvik i legemiddelhåndtering; 360-graders tilbakemelding i lederprogrammet', 'K5, K6, K7'],
    ['Nytte', 'Har tiltaket bidratt til kommunens mål?', 'Indikatorene i kap. 5, brukerundersøkelser, 10-FAKTOR og sykefravær', 'Alle kompetansemål'],
], widths=[2.3, 3.8, 6.4, 3.5])
para(d, """
Lederprogrammet og heltidsprosjektet er de største satsingene og skal evalueres særskilt.
Lederprogrammet evalueres av et eksternt fagmiljø etter kull 2 (høsten 2027), med vekt på
anvendelse og nytte. Evalueringen av heltidsprosjektet skal inneholde en vurdering av
kostnader (overtid, vikarbruk, prosjektmidler) sammenlignet med gevinster i stillingsstørrelse,
stabilitet og fagtid.

Alle evalueringer skal ha både en kvantitativ del (indikatorer, deltakertall, kostnader) og en
kvalitativ del (intervjuer eller fokusgrupper med ledere og ansatte). Erfaringene, også om
tiltak som ikke virket som forventet, oppsummeres av HR hvert år i september og brukes i
rulleringen av handlingsdelen.
""")
h(d, '9.3 Rullering', 2)
para(d, """
Handlingsplanen rulleres årlig og legges fram for kommunestyret sammen med budsjettet. Hele
planen revideres i 2028 på grunnlag av ny kartlegging og sluttevaluering av kompetansemålene.
""")

h(d, '10 Delplaner for sektorene')
para(d, """
Sektorene helse og omsorg, oppvekst, teknisk og samfunnsutvikling skal innen 1. juni 2026
utarbeide delkompetanseplaner som bygger på denne planen. Delplanene skal vise hvordan sektoren
bidrar til kompetansemålene i kapittel 5 og hvilke tiltak som gjennomføres i egen sektor. Mal
for delplan er lagt ved (vedlegg 2).
""")

h(d, 'Vedlegg')
bullets(d, [
    'Vedlegg 1: Mandat for arbeidsgruppa, datert 14.3.2024',
    'Vedlegg 2: Mal for delkompetanseplan',
    'Vedlegg 3: Rapport fra kompetansekartleggingen 2024',
])

out = '/work/blind-review-4/lyngvaer-strategisk-kompetanseplan-2025-2028.docx'
d.save(out); print(out)
