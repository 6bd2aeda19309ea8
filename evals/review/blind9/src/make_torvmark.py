import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from dochelp import *

OUT = '/work/blind-review-9'
d = new_doc()
p(d, 'Torvmark kommune', bold=True, size=12)
p(d, 'Handlingsplan for kompetanseutvikling 2025–2026', bold=True, size=20)
p(d, 'Utarbeidet av: HR og organisasjon | Dato: 14.11.2024 | Versjon 1.2', italic=True)

h(d, 'Bakgrunn', 1)
p(d, 'Torvmark kommune strekker seg fra tettstedet Torvmark ved fjorden og innover til Myrlia og Storåsen. Kommunen har 6 300 innbyggere og om lag 640 ansatte. Vi har de siste årene fått merke at det er krevende å rekruttere fagutdannede til helse og omsorg og til barnehagene, og at mange ansatte jobber i små stillinger.')
p(d, 'Handlingsplanen ble behandlet i administrasjonsutvalget 3. desember 2024 (sak 18/24) og er innarbeidet i budsjett 2025 og økonomiplan 2025–2028. Den skal bidra til å nå målene i kommuneplanens samfunnsdel 2023–2035 og følger opp arbeidsgiverstrategien fra 2022. Handlingsplanen skal gi ledere og ansatte oversikt over hvilke kompetansetiltak kommunen prioriterer de neste to årene.')
p(d, 'Planen er laget av HR-rådgiver sammen med en arbeidsgruppe med enhetsledere fra helse og omsorg og fra oppvekst, etter bestilling fra kommunedirektøren. Tillitsvalgte var ikke med i arbeidsgruppen, men et utkast ble sendt hovedtillitsvalgte til orientering i oktober 2024.')

p(d, 'Hva er kompetanse?', bold=True)
p(d, 'Vi bruker en vid forståelse av kompetanse: de kunnskaper, ferdigheter og holdninger som gjør at en medarbeider kan løse oppgavene sine i tråd med kommunens mål. Kunnskap alene er ikke nok – det er når kunnskapen brukes med gode ferdigheter og med respekt for brukerne at den gir gode tjenester. Vi skiller mellom:')
bullets(d, [
    'Faglig kompetanse – utdanning, autorisasjon og fagkunnskap innen eget fagfelt.',
    'Tverrfaglig kompetanse – evnen til å samarbeide med andre yrkesgrupper og tjenester rundt brukeren, for eksempel i oppfølgingen av barn og unge.',
    'Administrativ og digital kompetanse – kjennskap til regelverk, saksbehandling, fagsystemer og digitale verktøy.',
    'Endringskompetanse – vilje og evne til å ta i bruk nye arbeidsmåter, teknologi og organisering.',
]) 
p(d, 'I denne planperioden er det faglig kompetanse og endringskompetanse som er viktigst for oss, fordi tjenestene skal gjennom store omstillinger. Holdninger – som respekt, åpenhet og vilje til å dele – er like viktige som formell kompetanse, og tas opp i medarbeidersamtalene.')

h(d, 'Status', 1)
p(d, 'Tabellen viser noen nøkkeltall fra personalsystemet per 1. september 2024.')
table(d, ['Sektor', 'Ansatte', 'Andel med fagutdanning', 'Andel over 60 år', 'Gj.sn. stillingsstørrelse'], [
    ['Helse og omsorg', '284', '64 %', '21 %', '63 %'],
    ['Barnehage', '96', '71 %', '12 %', '82 %'],
    ['Skole og SFO', '142', '88 %', '17 %', '86 %'],
    ['Teknisk drift og eiendom', '58', '79 %', '27 %', '95 %'],
    ['Administrasjon', '60', '—', '25 %', '93 %'],
])
p(d, 'Vi ser at helse og omsorg har lavest andel fagutdannede og flest små stillinger. Det er også her vi har flest ubesatte vakter. Tallene sier likevel lite om hvilken kompetanse vi trenger framover. Kommunen vil derfor gjennomføre en full kompetansekartlegging i alle enheter høsten 2025, og resultatene vil bli brukt til å lage en analyse av framtidig behov før planen rulleres.')

h(d, 'Satsingsområder og mål', 1)
p(d, 'Kommuneplanen har som mål at Torvmark skal ha «trygge tjenester nær folk». For å bidra til det har vi valgt fire satsingsområder for 2025–2026:')
p(d, '1. Flere med fagbrev og høyskoleutdanning i helse og omsorg. Vi vil øke andelen fagutdannede, slik at brukerne møter kvalifisert personell.')
p(d, '2. Heltidskultur. Flere skal jobbe i hele stillinger, fordi det gir bedre kontinuitet for brukerne og bedre muligheter for læring.')
p(d, '3. Ledere som leder kompetanseutvikling. Enhetslederne skal kunne planlegge og følge opp kompetansen i egen enhet.')
p(d, '4. Digital kompetanse. Alle ansatte skal mestre de digitale verktøyene de trenger i jobben.')
p(d, 'Måltall for satsingsområdene står i tabellen «Indikatorer» bakerst i planen.')

h(d, 'Tiltak 2025–2026', 1)
p(d, 'Tiltakene er fordelt på tre strategier som gjelder for alle sektorer: å rekruttere, å beholde og å utvikle. Kostnadene dekkes av sentral kompetansepott (1,4 mill. kr per år), enhetenes budsjetter og statlige tilskudd (Kompetanseløftet, Kompetanse for kvalitet og regional ordning for barnehage).')
table(d, ['Strategi', 'Tiltak', 'Målgruppe', 'Ansvar', 'Tidspunkt', 'Kostnad'], [
    ['Rekruttere', 'Lønnstillegg kr 25 000 for sykepleiere og vernepleiere med videreutdanning innen prioriterte fagområder', 'Sykepleiere, vernepleiere', 'Kommunedirektør / HR', 'Lokale forhandlinger 2025', 'ca. 0,3 mill. kr'],
    ['Rekruttere', 'Sommerjobb og studentstillinger for helsefagstudenter', 'Studenter', 'Enhetsledere helse', 'Sommer 2025 og 2026', 'Innenfor ramme'],
    ['Rekruttere', 'Øke antall lærlinger fra 10 til 14', 'Ungdom, voksne', 'Lærlingkoordinator', 'Fra aug. 2025', '0,4 mill. kr'],
    ['Beholde', 'Heltidsprosjekt i to pilotenheter: ledige stillinger lyses ut som 100 %, ny turnus med langvakter i helg', 'Helse og omsorg', 'Kommunalsjef helse', '2025–2026', '0,2 mill. kr'],
    ['Beholde', 'Fadderordning og introduksjonsprogram for nytilsatte', 'Nytilsatte', 'Enhetsledere', 'Fra mars 2025', 'Innenfor ramme'],
    ['Utvikle', 'Fagbrev for assistenter (praksiskandidat), 8 plasser per år', 'Assistenter helse og barnehage', 'HR / enhetsledere', '2025–2026', '0,3 mill. kr'],
    ['Utvikle', 'Videreutdanning i demens, psykisk helse og velferdsteknologi', 'Sykepleiere, helsefagarbeidere', 'Enhetsledere', 'Studiestart høst', '0,5 mill. kr'],
    ['Utvikle', 'Refleksjonsgrupper med fast tid i turnus, ledet av ressurspersoner', 'Alle i turnus', 'Avdelingsledere', 'Fra 2025', 'Innenfor ramme'],
    ['Utvikle', 'Lederprogram i kompetanseledelse (4 samlinger)', 'Alle ledere', 'HR', 'Høst 2025', '0,15 mill. kr'],
    ['Utvikle', 'Digitalt grunnkurs og superbrukere i alle enheter', 'Alle ansatte', 'IKT / HR', '2025', '0,1 mill. kr'],
], widths=[2, 5, 2.6, 2.4, 2.2, 2])

h(d, 'Søknader om utdanning og kurs', 1)
p(d, 'Ansatte som ønsker videreutdanning eller kurs, søker til nærmeste leder. Leder vurderer søknaden ut fra satsingsområdene i denne planen og enhetens behov. Søknader som gjelder satsingsområde 1 og 4 prioriteres ved tildeling fra sentral kompetansepott. Søknadsfrist for sentral pott er 15. mars og 15. september. Ansatte som får støtte til videreutdanning over 30 studiepoeng, må binde seg til å jobbe i kommunen i ett år etter fullført utdanning.')

h(d, 'Evaluering og rapportering', 1)
p(d, 'Alle kurs og samlinger som HR arrangerer, evalueres ved at deltakerne fyller ut et elektronisk evalueringsskjema der de vurderer innhold, foredragsholder og nytte på en skala fra 1 til 6. Enhetslederne sender en oversikt over gjennomførte tiltak og antall deltakere til HR innen 15. januar hvert år, og HR sammenstiller dette i årsmeldingen.')
p(d, 'Handlingsplanen rulleres høsten 2026.')

h(d, 'Indikatorer', 1)
table(d, ['Satsingsområde', 'Indikator', 'Utgangspunkt 2024', 'Mål innen 31.12.2026'], [
    ['1 Fagutdanning helse og omsorg', 'Andel årsverk med fagbrev eller høyskoleutdanning', '64 %', '72 %'],
    ['2 Heltidskultur', 'Gjennomsnittlig stillingsstørrelse i helse og omsorg', '63 %', '72 %'],
    ['3 Kompetanseledelse', 'Andel enheter med oppdatert kompetanseoversikt', '20 %', '100 %'],
    ['4 Digital kompetanse', 'Andel ansatte som har gjennomført digitalt grunnkurs', '—', '90 %'],
], widths=[4, 6, 3, 3.5])

fn = os.path.join(OUT, 'torvmark-handlingsplan-kompetanseutvikling-2025-2026.docx')
d.save(fn); print('done')
