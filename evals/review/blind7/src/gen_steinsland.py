import sys; sys.path.insert(0, '/work/blind-review-7/src')
from docxlib import build
B = []
a = B.append
a(('title', 'Steinsland kommune – Strategisk kompetanseplan 2025–2028'))
a(('p', 'Vedtatt av kommunestyret 12. desember 2024, sak 87/24. Saksbehandler: HR- og organisasjonsavdelingen.'))
a(('h1', '1 Hvorfor en felles kompetanseplan'))
a(('p', 'Steinsland kommune har om lag 1 140 ansatte fordelt på 780 årsverk. Kommunen står foran store endringer: flere eldre innbyggere, strengere kompetansekrav i skolen, ny digital fagplattform i helse og omsorg og økende konkurranse om fagfolk i regionen. Kommunestyret ba i planstrategien for 2024–2027 om en samlet plan for hvordan organisasjonen skal skaffe, utvikle og beholde den kompetansen tjenestene trenger.'))
a(('p', 'Planen er en del av kommunens plansystem og en temaplan under kommuneplanens samfunnsdel. Den rulleres hvert fjerde år og følges opp årlig gjennom budsjett og økonomiplan. I økonomiplanen 2025–2028 er det satt av 2,4 millioner kroner per år til sentrale kompetansemidler, i tillegg til enhetenes egne opplæringsbudsjetter og øremerkede statlige midler (kompetanseløftet, DEKOMP og videreutdanning for lærere). Kommunedirektøren er ansvarlig for planen, mens hver kommunalsjef har ansvar for at den følges opp i egen sektor.'))
a(('p', 'Ambisjonen er høy: Innen 2028 skal Steinsland ha gått fra tilfeldig kursdeltakelse til systematisk kompetansestyring, der kompetansebehov kartlegges, prioriteres og følges opp på samme måte som økonomi og kvalitet. Vi vil være kjent i regionen som en arbeidsgiver som utdanner egne fagfolk.'))
a(('h1', '2 Slik har vi arbeidet'))
a(('p', 'Kommunedirektøren ga 3. april 2024 en arbeidsgruppe mandat til å utarbeide forslag til plan. Mandatet var å (1) beskrive kompetansebehovet fram mot 2028 med utgangspunkt i kommuneplanen, (2) analysere resultatene fra kompetansekartleggingen våren 2024, (3) foreslå mål, strategier og tiltak med kostnadsanslag og (4) foreslå hvordan tiltakene skal evalueres. Gruppen har hatt sju møter og har lagt fram utkast for kommunedirektørens ledergruppe og for partssammensatt utvalg.'))
a(('table', [
    ['Medlem', 'Rolle i organisasjonen'],
    ['Hilde Aasen (leder)', 'HR-sjef'],
    ['Tor Ivar Bjørnstad', 'Kommunalsjef helse og omsorg'],
    ['Mona Krogh', 'Rektor, Steinsland ungdomsskole'],
    ['Anita Lie', 'Enhetsleder hjemmetjenesten'],
    ['Rune Sandvik', 'Avdelingsleder teknisk drift'],
    ['Kari Fosse', 'Hovedtillitsvalgt Fagforbundet'],
    ['Espen Ruud', 'Hovedtillitsvalgt Norsk Sykepleierforbund'],
    ['Lene Haugland', 'Hovedtillitsvalgt Utdanningsforbundet'],
    ['Ole Martin Vik', 'Hovedverneombud'],
    ['Siri Berg (sekretær)', 'HR-rådgiver'],
]))
a(('p', 'Underveis har alle enhetsledere deltatt på to arbeidsmøter der de drøftet utkast til mål og tiltak med egne ansatte. Dette har i seg selv vært en nyttig læringsprosess for mange ledere.'))
a(('h1', '3 Det kompetansen skal bidra til'))
a(('p', 'Kommuneplanens samfunnsdel 2023–2035 har fire satsingsområder. Kompetanseplanen skal først og fremst støtte følgende mål:'))
a(('bul', [
    'Mål 1.2: «Innbyggerne skal kunne bo trygt hjemme så lenge de ønsker.» Det krever flere sykepleiere og helsefagarbeidere med kompetanse i hjemmebasert omsorg, velferdsteknologi og demens.',
    'Mål 2.1: «Alle barn og unge skal mestre grunnleggende ferdigheter i lesing, skriving og regning.» Det krever lærere som oppfyller kompetansekravene og barnehager med flere fagarbeidere og barnehagelærere.',
    'Mål 3.3: «Kommunen skal levere enkle og digitale tjenester.» Det krever digital kompetanse hos alle ansatte og superbrukere i hver enhet.',
    'Mål 4.1: «Steinsland skal være en attraktiv arbeidsgiver med heltidskultur.» Det krever god ledelse, flere hele stillinger og at vi beholder erfarne medarbeidere.',
]))
a(('p', 'I tillegg bygger planen på arbeidsgiverstrategien 2022–2026, digitaliseringsstrategien og handlingsplanen for heltidskultur.'))
a(('h1', '4 Hva vi mener med kompetanse'))
a(('p', 'I denne planen bruker vi kompetanse om det den enkelte og organisasjonen trenger for å løse oppgavene på en god måte. Vi har valgt ikke å gå nærmere inn på ulike definisjoner, men legger vekt på at kompetanse kan utvikles både gjennom formell utdanning og gjennom arbeid.'))
a(('h1', '5 Hvor står vi i dag – funn fra kartleggingen'))
a(('p', 'Kompetansekartleggingen ble gjennomført i Kompetansebasen i mars–mai 2024. 91 prosent av de ansatte registrerte utdanning og kurs, og alle enhetsledere vurderte kritisk kompetanse i egen enhet. HR har koblet kartleggingen med alders- og stillingsdata fra lønnssystemet, medarbeiderundersøkelsen 10-FAKTOR (2023) og SSBs befolkningsframskrivinger. Analysen ble utført som et eget delprosjekt av HR og økonomiavdelingen. Hovedfunnene er:'))
a(('table', [
    ['Område', 'Funn', 'Konsekvens'],
    ['Sykepleiere', '31 % er 55 år eller eldre. 14 av 52 sykepleiere kan gå av med pensjon innen 2028. Vi hadde 23 utlysninger i 2023, og 9 stillinger ble besatt med vikarbyrå.', 'Kritisk. Behovet øker samtidig som antallet som går av øker.'],
    ['Helsefagarbeidere', '22 % av de ansatte i pleie og omsorg er assistenter uten fagbrev. 38 av dem har over fem års praksis.', 'Stort potensial for fagbrev via praksiskandidatordningen.'],
    ['Skole', '9 lærere på 1.–7. trinn mangler 30 studiepoeng i matematikk eller norsk, som kreves for å undervise i fagene.', 'Lovkrav; må løses innen 2025–2027.'],
    ['Barnehage', 'Andelen barnehagelærere er 41 %, under normen på 43 %. 17 assistenter ønsker fagbrev eller barnehagelærerutdanning.', 'Må lukkes for å oppfylle normen.'],
    ['Ledelse', 'Faktoren «mestringsorientert ledelse» er 3,9 (landssnitt 4,2). 11 av 34 ledere har ingen formell lederutdanning.', 'Lederutvikling prioriteres.'],
    ['Digital kompetanse', '41 % av de ansatte i helse og omsorg svarer at de er usikre på bruk av nytt fagsystem. Bare 6 av 22 enheter har en utpekt superbruker.', 'Nødvendig for mål 3.3 og for velferdsteknologi.'],
    ['Teknisk', 'Ingen ansatte har kompetanse i drift av nytt renseanlegg som tas i bruk i 2026.', 'Behov for spisskompetanse; vurdere innkjøp eller samarbeid.'],
]))
a(('p', 'Framskrivingen viser at antall innbyggere over 80 år øker med 45 % fram mot 2035, mens antall barn 0–5 år går ned med 8 %. Vi vil derfor på sikt trenge noe færre årsverk i barnehage og flere i hjemmetjenesten. Kompetanse i papirbasert saksbehandling og enkelte eldre fagsystemer vil bli mindre viktig. Utdanningskapasiteten for sykepleiere i regionen dekker ikke behovet, og nabokommunene rekrutterer fra samme marked.'))
a(('p', 'Kartleggingen fanger godt opp formell utdanning, men dårligere ferdigheter og holdninger. Dette bør forbedres ved neste kartlegging. Analysen oppdateres hvert annet år; neste oppdatering skjer høsten 2026.'))
a(('h1', '6 Kompetansemål 2025–2028'))
a(('p', 'Målene er knyttet til kommuneplanens mål og skal kunne måles. Utgangspunktet er tall fra 2024.'))
a(('table', [
    ['Mål', 'Knyttet til', 'Indikator', 'Utgangspunkt 2024', 'Målverdi / frist'],
    ['K1 Vi har nok sykepleiere', 'KP 1.2', 'Andel sykepleierstillinger besatt uten vikarbyrå', '83 %', '95 % innen 2027'],
    ['K2 Flere fagarbeidere i helse', 'KP 1.2, 4.1', 'Andel assistenter uten fagbrev', '22 %', 'Under 12 % innen 2028'],
    ['K3 Lærere oppfyller kompetansekrav', 'KP 2.1', 'Antall lærere som mangler krav', '9', '0 innen august 2027'],
    ['K4 Barnehagelærernorm', 'KP 2.1', 'Andel barnehagelærere', '41 %', 'Minst 45 % innen 2026'],
    ['K5 Bedre ledelse', 'KP 4.1', '10-FAKTOR «mestringsorientert ledelse»', '3,9', '4,3 i 2027'],
    ['K6 Digital trygghet', 'KP 3.3', 'Andel som er trygge på fagsystemet; superbruker i enhetene', '59 %; 6 av 22', '85 %; 22 av 22 innen 2026'],
    ['K7 Heltidskultur', 'KP 4.1', 'Andel ansatte i helse og omsorg i hel stilling', '38 %', '55 % innen 2028'],
]))
a(('h1', '7 Strategier'))
a(('p', 'Arbeidsgruppen har vurdert fordeler, ulemper og kostnader for ulike strategier. Hovedvalget er at Steinsland skal utdanne egne ansatte framfor å satse på rekrutteringsbonuser. Beregninger viser at en sykepleier fra vikarbyrå koster om lag 1,1 millioner kroner mer per årsverk enn en fast ansatt, mens desentralisert sykepleierutdanning for en egen helsefagarbeider koster om lag 320 000 kroner (permisjon med lønn og stipend) over fire år. Rekrutteringsbonus ble vurdert, men erfaringer fra nabokommuner viser at effekten er kortvarig.'))
a(('bul', [
    'Utvikle egne: kompetanseheving av egne ansatte gjennom fagbrev, videreutdanning og desentralisert utdanning, med bindingstid.',
    'Lede for læring: lederutvikling for alle ledere og klare krav til lederes ansvar for kompetanse.',
    'Læring i arbeid: kollegaveiledning, refleksjonsgrupper og faste møtepunkter i turnus. Flere hele stillinger gir mer tid til opplæring og bedre kontinuitet.',
    'Strategisk lønn: lønnstillegg ved fullført videreutdanning i prioriterte fag, avtalt i lokal lønnspolitikk.',
    'Samarbeid: kjøpe eller dele spisskompetanse med nabokommuner der vi ikke trenger egne ansatte (for eksempel renseanlegg).',
]))
a(('h1', '8 Tiltaksplan'))
a(('table', [
    ['Tiltak', 'Mål', 'Målgruppe', 'Periode', 'Ansvarlig', 'Kostnad per år'],
    ['Desentralisert sykepleierutdanning, 8 plasser', 'K1', 'Helsefagarbeidere med minst 3 års praksis', 'Høst 2025–vår 2029', 'Kommunalsjef helse og omsorg', '640 000'],
    ['Praksiskandidatordningen – fagbrev', 'K2', 'Assistenter i pleie og omsorg og barnehage', '2025–2028, 15 per år', 'Enhetsledere, HR', '300 000'],
    ['Videreutdanning matematikk/norsk', 'K3', '9 lærere 1.–7. trinn', '2025–2027', 'Kommunalsjef oppvekst, rektorer', 'Statlige midler + 120 000'],
    ['Barnehagelærerutdanning deltid', 'K4', 'Assistenter med fagbrev', '2025–2029', 'Styrere', '200 000'],
    ['Lederprogram «Lede i Steinsland», 5 samlinger', 'K5', 'Alle ledere, først de 11 uten lederutdanning', 'Jan 2025–juni 2026', 'HR-sjef', '450 000'],
    ['Superbrukernettverk og e-læring fagsystem', 'K6', 'Én superbruker per enhet; alle ansatte i helse', 'Mars 2025–des 2026', 'Digitaliseringsleder', '150 000'],
    ['Refleksjonsgrupper og kollegaveiledning i turnus', 'K2, K7', 'Ansatte i hjemmetjeneste og sykehjem', 'Fra 2025, én time hver 14. dag', 'Avdelingsledere', 'Innenfor ramme'],
    ['Heltidsturnus (langvakter, årsturnus)', 'K7', 'Sykehjem og bofellesskap', '2025–2027', 'Enhetsledere, tillitsvalgte', 'Innenfor ramme'],
    ['Avtale med nabokommune om drift av renseanlegg', '–', 'Teknisk drift', 'Fra 2026', 'Kommunalsjef teknikk', '250 000'],
]))
a(('h1', '9 Kompetanse i den enkelte enhet'))
a(('p', 'Kompetanseplanen skal brukes aktivt når ledere og medarbeidere drøfter utvikling. I den årlige medarbeidersamtalen går leder og medarbeider gjennom kompetansebehovet i enheten og medarbeiderens ønsker, og blir enige om hvilke tiltak medarbeideren skal delta i. Avtalen registreres i Kompetansebasen.'))
a(('p', 'Søknader om videreutdanning, permisjon og stipend vurderes opp mot kompetansemålene i kapittel 6 og prioriteringene i tiltaksplanen. Søknader innenfor prioriterte områder (sykepleie, fagbrev, lærerkompetanse, ledelse og digital kompetanse) går foran. Ønsker som ikke henger sammen med enhetens behov kan innvilges dersom det er midler, men gir ikke krav på permisjon med lønn.'))
a(('p', 'Før et tiltak starter avklarer leder og medarbeider forventninger: hva medarbeideren skal lære, hvordan kompetansen skal brukes og deles i enheten etter tiltaket, og eventuell bindingstid. Avklaringen kan være muntlig, men bør noteres i Kompetansebasen.'))
a(('h1', '10 Oppfølging og evaluering'))
a(('p', 'Gjennomføringen følges opp i det ordinære styringssystemet. Enhetene rapporterer antall deltakere og status på tiltak i tertialrapportene, og kommunedirektøren rapporterer på målene K1–K7 i årsmeldingen. Kompetansemålene er lagt inn som styringsindikatorer i kvalitetssystemet.'))
a(('p', 'Større tiltak evalueres på flere nivåer. Evalueringen planlegges før tiltaket starter:'))
a(('table', [
    ['Nivå', 'Spørsmål', 'Metode i Steinsland', 'Tiltak'],
    ['Reaksjon', 'Hvor fornøyde var deltakerne?', 'Digitalt skjema etter hver samling', 'Alle kurs og samlinger'],
    ['Læring', 'Hva har deltakerne lært?', 'Fagprøver, eksamen, praktisk prøve for superbrukere', 'Fagbrev, videreutdanning, superbrukere'],
    ['Anvendelse', 'Brukes kompetansen i praksis?', 'Leders observasjon og samtale 6 måneder etter; avviksstatistikk før og etter', 'Lederprogram, fagsystem, refleksjonsgrupper'],
    ['Nytte', 'Har tiltaket bidratt til kommunens mål?', 'Indikatorene K1–K7, brukerundersøkelser, vikarbruk og sykefravær', 'Alle tiltak samlet'],
]))
a(('p', 'For de tre største tiltakene (desentralisert sykepleierutdanning, fagbrev og lederprogram) gjøres det i 2027 en vurdering av kostnad og nytte: utgifter til tiltaket sammenlignes med sparte kostnader til vikarbyrå, overtid og rekruttering. Evalueringen har en kvantitativ og en kvalitativ del, der også ansatte og tillitsvalgte intervjues.'))
a(('p', 'Hele planen evalueres midtveis høsten 2026, samtidig med ny analyse av kartleggingen, og endelig i 2028 før rullering. Resultatene brukes når ny plan utarbeides.'))
a(('h1', '11 Sektorenes egne planer'))
a(('p', 'Hver sektor skal på sikt utarbeide egne kompetanseplaner som bygger på denne planen. Arbeidet med sektorplanene skal starte i 2026.'))
build(B, '/work/blind-review-7/steinsland-kompetanseplan-2025-2028.docx')
