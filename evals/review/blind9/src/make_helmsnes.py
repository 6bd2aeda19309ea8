import sys, os, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from dochelp import *
from docx.enum.text import WD_BREAK

OUT = '/work/blind-review-9'
d = new_doc()
p(d, 'HELMSNES KOMMUNE', bold=True, center=True, size=14)
p(d, 'Folk som kan – folk som blir', bold=True, center=True, size=24)
p(d, 'Strategi for kompetanse og rekruttering 2025–2028', center=True, size=16)
p(d, 'Vedtatt av kommunestyret 19. juni 2025, sak 41/25', italic=True, center=True)
p(d, 'Arkivsak 24/1187 – Avdeling for organisasjon og HR', italic=True, center=True)
d.add_page_break()

h(d, 'Innhold', 1)
for line in ['1 Hvorfor en kompetansestrategi?', '2 Helmsnes i dag – hva tallene forteller', '3 Hvor kommunen skal – føringer fra kommuneplanen',
             '4 Kompetansebegrepet', '5 Hva vi vil oppnå innen 2028', '6 Strategiske grep og tiltak', '7 Sektorenes egne planer',
             '8 Fra plan til praksis – ansvar og dialog', '9 Slik vet vi om vi lykkes', 'Vedlegg 1 Prosjektorganisering', 'Vedlegg 2 Tallgrunnlag']:
    p(d, line)

h(d, 'Forord', 1)
p(d, 'Helmsnes er en kommune med to ansikter. I ytre del ligger fiskeværene Sørholmen, Kvalnes og Tindvær, med havbruk, fiskemottak og en voksende reiselivsnæring. Innover langs Helmselva ligger jordbruksbygdene, kommunesenteret Helmsnes sentrum og skogsbygdene opp mot Fjellstua. Avstandene er store, og mange av tjenestene våre – skole, barnehage, hjemmetjeneste og legevakt – skal fungere like godt på en øy uten bruforbindelse som i sentrum.')
p(d, 'Det er medarbeiderne som gjør dette mulig. Samtidig ser vi at det blir vanskeligere å rekruttere sykepleiere, spesialpedagoger og ingeniører, og at mange av våre mest erfarne medarbeidere nærmer seg pensjonsalder. Denne strategien er vårt svar. Den er blitt til i et bredt samarbeid mellom ledere, tillitsvalgte, verneombud og medarbeidere, og jeg vil takke alle som har bidratt.')
p(d, 'Ragnhild Opsal\nkommunedirektør', italic=True)

h(d, '1 Hvorfor en kompetansestrategi?', 1)
h(d, '1.1 Forankring', 2)
p(d, 'Strategien er kommunens overordnede plan for kompetanse og rekruttering og gjelder for hele kommuneorganisasjonen, med om lag 1 140 ansatte fordelt på 860 årsverk. Den er utarbeidet på oppdrag fra kommunedirektøren og er vedtatt av kommunestyret som en tematisk kommunedelplan i henhold til planstrategien for 2024–2027. Strategien bygger på kommuneplanens samfunnsdel 2022–2034 og arbeidsgiverpolitisk plattform «Sammen for Helmsnes» (2021).')
p(d, 'Strategien skal ligge til grunn for økonomiplanen. Tiltak som krever økte rammer, legges fram i kommunedirektørens forslag til budsjett og økonomiplan hver høst, og status for strategien rapporteres i årsmeldingen. Strategien er drøftet med hovedtillitsvalgte etter hovedavtalen § 1-4-2 og behandlet i arbeidsmiljøutvalget 3. juni 2025 og i administrasjonsutvalget 10. juni 2025.')
h(d, '1.2 Ambisjon', 2)
p(d, 'Vi har satt oss en høy ambisjon: I 2028 skal Helmsnes være kjent som en kommune der fagfolk ønsker å jobbe, og der innbyggerne får tjenester med riktig faglig kvalitet uansett hvor i kommunen de bor. Vi vil ikke bare dekke hull når de oppstår, men planlegge kompetansen fire år fram og bruke den vi har, bedre. Det betyr at strategien skal styre prioriteringene av kompetansemidler, rekrutteringstiltak og lederutvikling i hele perioden – også når budsjettene er stramme.')
p(d, 'Strategien erstatter «Kompetanseplan for Helmsnes kommune 2018–2021», som ikke ble rullert. Evalueringen av den gamle planen i 2023 viste at mange tiltak ble gjennomført, men at vi manglet mål vi kunne måle oss mot og hadde liten oversikt over hva tiltakene faktisk ga. Det har vi lagt vekt på å rette opp denne gangen.')
h(d, '1.3 Hvordan strategien er laget', 2)
p(d, 'Arbeidet ble gjennomført fra mars 2024 til mai 2025. Sammensetning og mandat for prosjektgruppen går fram av vedlegg 1. Gruppen har hatt ti møter og gjennomført dialogmøter med alle enhetene. I tillegg er det holdt tre arbeidsverksteder for ledere og tillitsvalgte, og et utkast lå ute til innspill på intranettet i fire uker.')

h(d, '2 Helmsnes i dag – hva tallene forteller', 1)
p(d, 'Vi har valgt å starte med nå-situasjonen, fordi det var tallene som overbeviste oss om at vi måtte ha en ny strategi. Analysen bygger på personaldata fra Visma per 31.12.2024, kompetansekartleggingen i Kompetansehjulet høsten 2024 (svarprosent 78), medarbeiderundersøkelsen 10-FAKTOR 2024, SSBs befolkningsframskrivinger (hovedalternativet, 2024) og KS’ arbeidskraftsframskrivinger. Fullstendig tallgrunnlag står i vedlegg 2.')
h(d, '2.1 Befolkningsutvikling og tjenestebehov', 2)
p(d, 'Helmsnes har 9 870 innbyggere. SSB anslår at antallet innbyggere over 80 år vil øke fra 610 i 2024 til 1 020 i 2034, mens antallet i yrkesaktiv alder (20–66 år) vil gå ned med om lag 7 prosent. Veksten i eldre skjer særlig i ytre del, der avstanden til sykehjemmet i sentrum er lengst. Antall barn i barnehagealder er ventet å være stabilt, men med en forskyvning fra øyene til sentrum.')
p(d, 'Med dagens måte å organisere tjenestene på ville helse og omsorg trenge om lag 55 flere årsverk i 2034 enn i dag. Vi regner ikke med å kunne rekruttere så mange. Kompetansebehovet må derfor også møtes med ny arbeidsdeling, velferdsteknologi og mer bruk av hele stillinger.')
h(d, '2.2 Alder og avgang', 2)
p(d, 'Tabellen nedenfor viser andelen ansatte som er 60 år eller eldre i noen nøkkelgrupper, og hvor mange vi forventer går av med pensjon fram til 2030, gitt gjennomsnittlig avgangsalder 64,2 år.')
table(d, ['Stillingsgruppe', 'Antall ansatte', 'Andel 60 år +', 'Forventet avgang til 2030', 'Vurdering'], [
    ['Sykepleiere', '96', '24 %', '21', 'Kritisk'],
    ['Helsefagarbeidere', '188', '29 %', '48', 'Kritisk'],
    ['Lærere med spesialpedagogikk', '31', '35 %', '10', 'Kritisk'],
    ['Barnehagelærere', '64', '14 %', '8', 'Moderat'],
    ['Ingeniører (teknisk, plan, VA)', '22', '32 %', '7', 'Kritisk'],
    ['Ledere (alle nivå)', '58', '26 %', '13', 'Moderat'],
    ['Merkantile stillinger', '71', '31 %', '19', 'Lav (behov endres)'],
], widths=[5.5, 2.2, 2.4, 3, 3.2])
p(d, 'Turnover var 11,8 prosent i 2024, men 19 prosent blant sykepleiere og 23 prosent blant nyutdannede i sine to første år. I ytre del er 41 prosent av stillingene i hjemmetjenesten deltid under 50 prosent. Sykepleiervakter på øyene dekkes i dag delvis med innleie fra vikarbyrå; i 2024 kostet dette 6,4 millioner kroner.')
h(d, '2.3 Hva har vi, og hva mangler vi?', 2)
p(d, 'Kompetansekartleggingen viser at kommunen har god formell kompetanse i barnehage og skole, der 97 prosent av lærerne oppfyller kompetansekravene for undervisning i fag. Svakhetene er særlig disse:')
bullets(d, [
    'Kritisk mangel: spesialsykepleiere innen geriatri og psykisk helse (4 av 9 hjemler besatt), spesialpedagoger i PPT og ingeniører innen vann og avløp.',
    'Kompetanse som forsvinner: mye av den praktiske kunnskapen om havne- og kaianlegg og om drift av de små vannverkene på øyene ligger hos tre medarbeidere som går av innen 2027.',
    'Digital kompetanse: 38 prosent av de ansatte i helse og omsorg svarer at de er usikre i bruk av velferdsteknologi og det nye journalsystemet.',
    'Kompetanse vi vil trenge mindre av: manuell saksbehandling og arkivarbeid, etter innføring av digital saksflyt i 2025.',
])
p(d, 'Kartleggingen fanger godt opp formell utdanning, men dårligere ferdigheter og holdninger. Vi har derfor supplert med fokusgrupper i seks enheter og med resultatene på faktoren «Mestringsorientert ledelse» og «Bruk av kompetanse» i medarbeiderundersøkelsen, der Helmsnes skårer 3,9 og 4,0 mot 4,2 i KS’ landssnitt.')
p(d, 'Tilgangen på utdanning er en særlig utfordring for oss. Nærmeste sykepleierutdanning er 140 km unna, og studenter fra Helmsnes som tar utdanning der, kommer i liten grad tilbake. Desentralisert utdanning for helsefagarbeidere og barnehagelærere gjennom Kompetansesenteret i sentrum har derimot gitt gode resultater.')
h(d, '2.4 Oppdatering av analysen', 2)
p(d, 'Analysen oppdateres hvert annet år. Neste oppdatering skjer høsten 2026, i forkant av rullering av strategien, og bygger på ny kompetansekartlegging og medarbeiderundersøkelse samme år. Ansvaret ligger hos HR-avdelingen, som legger fram analysen for kommunedirektørens ledergruppe og arbeidsmiljøutvalget.')

h(d, '3 Hvor kommunen skal – føringer fra kommuneplanen', 1)
p(d, 'Kommuneplanens samfunnsdel 2022–2034 har fire hovedmål. Strategien skal bidra til dem alle, men særlig mål 2 og 4:')
table(d, ['Hovedmål i kommuneplanen', 'Hva det betyr for kompetansearbeidet'], [
    ['1. Levende bygder fra øy til fjell', 'Vi må kunne rekruttere og beholde fagfolk også i ytre del og i fjellbygdene.'],
    ['2. Trygge og gode tjenester gjennom hele livet', 'Vi trenger nok helsepersonell med riktig kompetanse og må ta i bruk ny teknologi.'],
    ['3. Et grønt og nyskapende næringsliv', 'Plan, byggesak og teknisk drift må ha kapasitet og kompetanse til å betjene havbruk og reiseliv.'],
    ['4. En attraktiv og utviklingsorientert kommuneorganisasjon', 'God ledelse, heltidskultur og læring i arbeidet er forutsetninger.'],
])
p(d, 'I tillegg bygger strategien på økonomiplanen 2025–2028, som forutsetter en årlig effektivisering på 0,5 prosent i tjenestene, helse- og omsorgsplanen «Leve hele livet i Helmsnes» (2023), kvalitetsplanen for oppvekst og arbeidsgiverpolitisk plattform. Den arbeidsgiverpolitiske plattformen slår fast at Helmsnes skal være «en heltidskommune» og at «lederne skal være tydelige, tilgjengelige og utviklingsorienterte».')

h(d, '4 Kompetansebegrepet', 1)
p(d, 'I denne strategien bruker vi kompetanse om den formelle utdanningen, autorisasjonen og sertifiseringen som kreves for å utføre arbeidet i stillingen. Dette er den kompetansen vi registrerer i Kompetansehjulet, og som stillingsbeskrivelsene stiller krav om. For lærere gjelder i tillegg kompetansekravene i opplæringsloven.')
p(d, 'Arbeidsgruppen drøftet om strategien også skulle omfatte personlig egnethet og realkompetanse, men valgte å holde dette utenfor denne perioden fordi vi ikke har gode nok verktøy for å kartlegge det. Begrepet vil bli tatt opp igjen ved rulleringen i 2026.')

h(d, '5 Hva vi vil oppnå innen 2028', 1)
p(d, 'Arbeidsgruppen har formulert fem kompetansemål. Hvert mål er knyttet til ett eller flere hovedmål i kommuneplanen, og har indikatorer med utgangsverdi og målverdi slik at vi kan se om vi kommer dit vi vil.')
table(d, ['Kompetansemål', 'KP-mål', 'Indikator', 'Status 2024', 'Mål 2028'], [
    ['K1 Vi har nok sykepleiere og helsefagarbeidere til å gi trygge tjenester i hele kommunen', '1, 2', 'Andel ubesatte sykepleierhjemler per 1.10.\nUtgifter til vikarbyrå', '12 %\n6,4 mill. kr', 'Under 4 %\nUnder 1,5 mill. kr'],
    ['K2 Flere medarbeidere har hel stilling', '1, 4', 'Gjennomsnittlig stillingsstørrelse i helse og omsorg', '68 %', '80 %'],
    ['K3 Alle ledere har gjennomført lederutviklingsprogrammet og utøver mestringsorientert ledelse', '4', 'Andel ledere gjennomført program.\n10-FAKTOR «Mestringsorientert ledelse»', '35 %\n3,9', '100 %\n4,3'],
    ['K4 Medarbeiderne bruker velferdsteknologi og digitale verktøy trygt i det daglige', '2, 3', 'Andel i helse og omsorg som oppgir å være trygge i bruk av velferdsteknologi (egen måling)', '62 %', '90 %'],
    ['K5 Vi beholder nyutdannede og fagfolk i kritiske stillinger', '1, 2, 4', 'Turnover blant nyutdannede første to år.\nAndel kritiske stillinger med lang vakanse (> 6 mnd)', '23 %\n9 stillinger', 'Under 12 %\nHøyst 2'],
], widths=[5.2, 1.6, 5.2, 2.2, 2.2])
p(d, 'Målene er felles for hele organisasjonen. Sektorene kan legge til egne mål i sine planer, men skal vise hvordan de henger sammen med K1–K5.')

h(d, '6 Strategiske grep og tiltak', 1)
p(d, 'For å nå målene bruker vi fire strategiske grep som gjelder på tvers av sektorene. Under hvert grep beskrives de viktigste tiltakene for perioden. Tiltak med kostnader er innarbeidet i økonomiplanen 2025–2028. Før nye tiltak settes i gang, skal det gjøres en enkel vurdering av kostnad og forventet nytte; mal for dette ligger på intranettet.')
h(d, '6.1 Grep 1: Rekruttere målrettet', 2)
bullets(d, [
    'Stipendordning for sykepleier-, vernepleier- og ingeniørstudenter: inntil 60 000 kroner per år mot bindingstid, 8 stipend per år (1,2 mill. kr årlig).',
    'Lønnsstrategi for kritiske stillinger: ved lokale forhandlinger prioriteres sykepleiere med videreutdanning, spesialpedagoger og ingeniører. Rekrutteringstillegg kan gis etter kommunedirektørens retningslinjer.',
    '«Bo og jobb i Helmsnes»: samarbeid med næringsavdelingen om bolig, jobb til partner og barnehageplass for tilflyttere.',
    'Lærlingplasser økes fra 18 til 26, med hovedvekt på helsearbeiderfag og barne- og ungdomsarbeiderfag.',
])
h(d, '6.2 Grep 2: Utvikle den kompetansen vi har', 2)
p(d, 'Vi skal ikke bare rekruttere oss ut av utfordringene. Det er ofte både billigere og bedre å utvikle egne medarbeidere. Prioriterte områder for etter- og videreutdanning i perioden er geriatri, psykisk helse og rus, spesialpedagogikk, velferdsteknologi og vann og avløp. Kommunen dekker studieavgift og reise og gir permisjon med lønn til samlinger for videreutdanning innen disse områdene. Assistenter i helse og omsorg og i barnehage får tilbud om fagbrev etter praksiskandidatordningen, med 20 plasser per år.')
h(d, '6.3 Grep 3: Lære i arbeidet', 2)
p(d, 'Det meste av læringen skjer i det daglige arbeidet. Vi vil derfor organisere arbeidet slik at det blir tid til faglig refleksjon og kollegaveiledning:')
bullets(d, [
    'Alle turnusenheter setter av minst én time hver fjortende dag til faglig refleksjon i arbeidstiden. Dette legges inn i turnusen fra 2026.',
    'Nyutdannede sykepleiere og lærere får mentor det første året, og ressurssykepleiere får redusert pasientansvar for å veilede.',
    'Overlappende vakter («lange vakter» forsøksvis i to enheter) gir rom for opplæring ved vaktskifte.',
    'Heltidskultur: ledige stillinger lyses ut som hele stillinger; deltidsansatte får tilbud om økt stilling før eksterne. Hele stillinger gir mer kontinuitet og mer læring.',
    'Erfarne medarbeidere som nærmer seg pensjon, får i oppdrag å dokumentere og overføre kunnskap, blant annet om havneanlegg og småvannverk.',
])
h(d, '6.4 Grep 4: God ledelse', 2)
p(d, 'Lederutviklingsprogrammet «Lede i Helmsnes» består av seks samlinger over ett år og er obligatorisk for alle ledere med personalansvar. Program for nye ledere gjennomføres to ganger i året. I tillegg etableres lederveiledningsgrupper på tvers av sektorene. Lederne skal ha verktøy for å lage enkle kompetanseoversikter for sin enhet, og HR tilbyr opplæring i dette.')
h(d, '6.5 Tiltaksoversikt', 2)
table(d, ['Tiltak', 'Mål', 'Ansvar', 'Tid', 'Kostnad per år'], [
    ['Stipendordning', 'K1, K5', 'HR', '2025–2028', '1,2 mill. kr'],
    ['Praksiskandidater fagbrev', 'K1', 'Kommunalsjef helse', 'Årlig fra høst 2025', '0,6 mill. kr'],
    ['Videreutdanning prioriterte områder', 'K1, K4, K5', 'Enhetsledere / HR', '2025–2028', '1,8 mill. kr'],
    ['Heltidsprosjekt', 'K2', 'Kommunalsjef helse / HTV', '2025–2027', '0,4 mill. kr'],
    ['Lederprogram «Lede i Helmsnes»', 'K3', 'HR', 'Oppstart jan. 2026', '0,7 mill. kr'],
    ['Velferdsteknologi – opplæring og superbrukere', 'K4', 'Digitaliseringsleder', '2025–2026', '0,5 mill. kr'],
    ['Mentorordning nyutdannede', 'K5', 'Enhetsledere', 'Fra aug. 2025', 'Innenfor ramme'],
])

h(d, '7 Sektorenes egne planer', 1)
p(d, 'Denne strategien gir retning for hele kommunen, men må følges opp med mer detaljerte planer i sektorene. Sektorplanene skal bygge på kompetansemålene i kapittel 5 og vise tiltak, ansvar og budsjett for sektoren.')
bullets(d, [
    'Oppvekst: «Kompetanseplan for barnehage og skole 2025–2028» ble vedtatt av hovedutvalg for oppvekst 2. april 2025 og bygger på denne strategien. Planen omfatter også de regionale ordningene for kompetanseutvikling i barnehage og skole.',
    'Helse og omsorg: Det vil bli utarbeidet en egen kompetanseplan for helse og omsorg innen juni 2026.',
    'Teknisk og samfunnsutvikling: Behovet for egen plan vurderes ved rulleringen i 2026.',
])
p(d, 'Fram til sektorplanene foreligger, gjelder tiltaksoversikten i kapittel 6.5.')

h(d, '8 Fra plan til praksis – ansvar og dialog', 1)
p(d, 'Strategien skal brukes i de daglige valgene. Lederne på alle nivå har ansvar for at kompetanseutviklingen i egen enhet er i tråd med strategien, og medarbeiderne har ansvar for å bruke og dele det de har lært.')
h(d, '8.1 Prioritering av søknader', 2)
p(d, 'Søknader om etter- og videreutdanning, kurs og permisjon vurderes av nærmeste leder mot kompetansemålene K1–K5, enhetens kompetanseoversikt og tilgjengelige midler. Søknader innenfor de prioriterte områdene i kapittel 6.2 går foran. HR samordner tildelingen av sentrale kompetansemidler to ganger i året (frist 1. mars og 1. oktober), slik at midlene fordeles etter kommunens behov og ikke etter hvem som søker først.')
h(d, '8.2 Forventningsavklaring', 2)
p(d, 'Før en medarbeider starter på et kompetansetiltak av noe omfang, skal leder og medarbeider avtale hva tiltaket skal brukes til etter endt utdanning, hvordan kompetansen skal tas i bruk i enheten, og hvilken oppfølging medarbeideren kan vente seg. For videreutdanning med kommunal støtte skrives en kort avtale; for kortere kurs er det tilstrekkelig at dette avklares muntlig i medarbeidersamtalen. Oppfølgingen tas opp igjen i neste medarbeidersamtale.')
h(d, '8.3 Roller', 2)
table(d, ['Hvem', 'Ansvar'], [
    ['Kommunedirektøren', 'Eier strategien, rapporterer til kommunestyret, prioriterer i budsjett.'],
    ['Kommunalsjefer', 'Sørger for sektorplaner og at sektorens tiltak gjennomføres.'],
    ['Enhetsledere', 'Kompetanseoversikt for enheten, medarbeidersamtaler, prioritering av søknader, tilrettelegging for læring i arbeid.'],
    ['HR-avdelingen', 'Koordinering, analyse, sentrale kompetansemidler, lederprogram, rapportering.'],
    ['Tillitsvalgte og verneombud', 'Drøftinger etter hovedavtalen, deltakelse i evaluering og rullering.'],
    ['Medarbeiderne', 'Ta ansvar for egen utvikling, dele kunnskap.'],
])

h(d, '9 Slik vet vi om vi lykkes', 1)
p(d, 'Evalueringen tar utgangspunkt i kompetansemålene og indikatorene i kapittel 5. Den er bygd inn i kommunens kvalitetssystem og styringssystem, slik at resultatene brukes når strategien rulleres i 2026 og når ny strategi lages for 2029–2032.')
h(d, '9.1 Løpende oppfølging', 2)
p(d, 'Enhetene rapporterer antall deltakere, studiepoeng og kostnader for kompetansetiltak i tertialrapportene. Indikatorene for K1–K5 inngår i kommunens styringskort og rapporteres i årsmeldingen. Avvik fra målverdiene følges opp i kvalitetssystemet på samme måte som andre avvik fra tjenestemål.')
h(d, '9.2 Evaluering av større tiltak', 2)
p(d, 'Større tiltak evalueres på flere nivåer. Evalueringsopplegget lages når tiltaket planlegges, ikke etterpå. Tabellen viser hvordan vi vil gjøre det.')
table(d, ['Nivå', 'Spørsmål', 'Metode', 'Eksempel'], [
    ['Reaksjon', 'Hvor fornøyde var deltakerne?', 'Deltakerskjema, medarbeidersamtale', 'Samlingene i lederprogrammet'],
    ['Læring', 'Hva har deltakerne lært?', 'Praktiske oppgaver, eksamen, ferdighetstest', 'Ferdighetstest i velferdsteknologi før og etter opplæring'],
    ['Anvendelse', 'Brukes kompetansen i praksis?', 'Observasjon og måling av praksis før og etter, leders vurdering etter 6 måneder', 'Bruk av digitalt tilsyn i hjemmetjenesten'],
    ['Nytte', 'Har tiltaket bidratt til kommunens mål?', 'Indikatorene i kap. 5, brukerundersøkelser, kostnader til innleie', 'Stipendordningen målt mot vakanse og vikarutgifter'],
])
p(d, 'Hver evaluering skal inneholde både en kvantitativ del (indikatorer, kostnader) og en kvalitativ del (intervjuer eller fokusgrupper med deltakere og ledere). Den skal vurdere både måloppnåelse og om nytten står i forhold til kostnaden. Stipendordningen og lederprogrammet evalueres eksternt i 2027.')
h(d, '9.3 Rullering', 2)
p(d, 'Strategien rulleres høsten 2026 på grunnlag av oppdatert analyse og evaluering. Rulleringen drøftes med hovedtillitsvalgte og legges fram for kommunestyret sammen med økonomiplanen 2027–2030.')

h(d, 'Vedlegg 1 Prosjektorganisering', 1)
p(d, 'Mandat: Kommunedirektøren ga i ledermøte 12. februar 2024 følgende mandat: «Prosjektgruppen skal utarbeide forslag til overordnet strategi for kompetanse og rekruttering for hele kommuneorganisasjonen, med mål, analyse av kompetansebehov, tiltak og opplegg for evaluering. Forslaget legges fram for kommunedirektørens ledergruppe innen 1. mai 2025.» Styringsgruppe var kommunedirektørens ledergruppe, utvidet med hovedtillitsvalgt for Fagforbundet.')
table(d, ['Navn', 'Rolle i prosjektet', 'Stilling'], [
    ['Siri Brennhaug', 'Prosjektleder', 'HR-sjef'],
    ['Kjetil Vassbotn', 'Medlem', 'Kommunalsjef helse og omsorg'],
    ['Mona Eidsnes', 'Medlem', 'Kommunalsjef oppvekst'],
    ['Arnfinn Rørvik', 'Medlem', 'Enhetsleder teknisk drift'],
    ['Line Tindvær', 'Medlem', 'Enhetsleder hjemmetjenesten ytre'],
    ['Grethe Moen', 'Medlem', 'Avdelingsleder, Helmsnes sjukeheim'],
    ['Tor Helge Nilsen', 'Medlem', 'Rektor, Kvalnes oppvekstsenter'],
    ['Hanne Lyngmo', 'Medlem', 'Hovedtillitsvalgt, Fagforbundet'],
    ['Øystein Sand', 'Medlem', 'Hovedtillitsvalgt, Utdanningsforbundet'],
    ['Marit Kråkenes', 'Medlem', 'Hovedtillitsvalgt, NSF'],
    ['Jon Erik Paulsen', 'Medlem', 'Hovedverneombud'],
    ['Ida Hamnvik', 'Sekretær', 'HR-rådgiver'],
])
h(d, 'Vedlegg 2 Tallgrunnlag', 1)
p(d, 'Årsverk og ansatte per sektor per 31.12.2024:')
table(d, ['Sektor', 'Ansatte', 'Årsverk', 'Gj.sn. alder', 'Andel deltid'], [
    ['Helse og omsorg', '512', '356', '46,1', '61 %'],
    ['Oppvekst', '401', '331', '44,3', '28 %'],
    ['Teknisk og samfunnsutvikling', '98', '91', '49,8', '9 %'],
    ['Stab og støtte', '129', '82', '50,2', '21 %'],
    ['Sum', '1 140', '860', '46,2', '39 %'],
])
p(d, 'Befolkningsframskriving (SSB, hovedalternativ MMMM, 2024):')
table(d, ['Aldersgruppe', '2024', '2030', '2034'], [
    ['0–5 år', '540', '520', '530'],
    ['6–15 år', '1 090', '1 010', '980'],
    ['20–66 år', '5 610', '5 390', '5 220'],
    ['67–79 år', '1 320', '1 450', '1 480'],
    ['80 år +', '610', '830', '1 020'],
])

fn = os.path.join(OUT, 'helmsnes-strategi-kompetanse-rekruttering-2025-2028.docx')
d.save(fn)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', OUT, fn], check=True)
os.remove(fn)
print('done')
