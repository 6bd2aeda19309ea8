import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import *

d = new_doc()
title(d, "Granvåg kommune", "Kompetanseplan 2025–2028\n«Rett kompetanse – nær innbyggerne»\nVedtatt av kommunestyret 11. desember 2024, sak 97/24")

h(d, "Forord")
p(d, "Granvåg kommune står foran store endringer i årene som kommer. Vi blir flere eldre, færre i arbeidsfør alder, og kravene til tjenestene øker. Skal vi klare oppdraget vårt, må vi både beholde og utvikle de medarbeiderne vi har, og lykkes med å rekruttere nye.")
p(d, "Planen er utarbeidet av en arbeidsgruppe oppnevnt av kommunedirektøren i mars 2024. Mandatet var å «utarbeide forslag til en overordnet kompetanseplan for hele kommuneorganisasjonen, basert på en kartlegging av dagens kompetanse og framtidige behov, med forslag til mål, tiltak og opplegg for evaluering». Arbeidsgruppen skulle levere sitt forslag til kommunedirektørens ledergruppe innen 1. oktober 2024.")
p(d, "Arbeidsgruppen har bestått av:")
bullets(d, [
    "HR-sjef Ingrid Solheim Aas (leder av gruppen)",
    "Kommunalsjef for helse og velferd Terje Nygård",
    "Rektor ved Granvåg barne- og ungdomsskole Lise Bakken",
    "Enhetsleder hjemmetjenesten Sunniva Hjelle",
    "Styrer Vågsbotn barnehage Ahmed Rahimi",
    "Avdelingsingeniør, teknisk drift, Ole Martin Lie",
    "Hovedtillitsvalgt Fagforbundet Randi Strand",
    "Hovedtillitsvalgt Utdanningsforbundet Kjetil Øvrebø",
    "Hovedtillitsvalgt NSF Hanne Vik",
    "Hovedverneombud Per Arne Dahl",
    "Rådgiver HR Marte Lunde (sekretær)",
])
p(d, "Gruppen har hatt åtte møter og gjennomført to dialogsamlinger med alle enhetsledere. Utkast til plan har vært drøftet i administrasjonsutvalget og i partssammensatt utvalg før politisk behandling.")
p(d, "Granvåg, desember 2024\nKari Mjelde, kommunedirektør")

h(d, "1 Hvorfor en kompetanseplan?")
h(d, "1.1 Planens plass i plansystemet", 2)
p(d, "Kompetanseplanen er en tematisk plan under kommuneplanens samfunnsdel 2023–2035 og er tatt inn i kommunal planstrategi 2024–2027. Planen er vedtatt av kommunestyret og gjelder for hele kommuneorganisasjonen. Tiltakene i planen innarbeides i handlings- og økonomiplanen, og prioriteringene rulleres hvert år i budsjettprosessen.")
p(d, "Kommunestyret har i økonomiplanen 2025–2028 satt av en sentral kompetansepott på 2,4 millioner kroner per år. I tillegg kommer enhetenes egne opplæringsmidler (om lag 0,8 prosent av lønnsbudsjettet) og øremerkede statlige midler, blant annet Kompetanseløft 2025 via Statsforvalteren og midler til videreutdanning for lærere.")
h(d, "1.2 Ambisjon", 2)
p(d, "Ambisjonen er at Granvåg innen 2028 skal ha nok fagfolk med riktig kompetanse i alle tjenester, og at kompetanseutvikling skal skje planmessig og målrettet – ikke tilfeldig. Vi vil være en kommune der det er mulig å utvikle seg faglig gjennom hele yrkeslivet, og der læring skjer i det daglige arbeidet og ikke bare på kurs. Planen er derfor ment som et styringsverktøy for ledere på alle nivåer når de prioriterer kompetansetiltak og søknader.")

h(d, "2 Hva skal kompetansen bidra til?")
p(d, "Kompetansearbeidet skal understøtte målene i kommuneplanens samfunnsdel 2023–2035 og arbeidsgiverstrategien «Sammen om Granvåg» (2023). Følgende mål er særlig viktige for denne planen:")
table(d, ["Styringsdokument", "Mål", "Betydning for kompetansearbeidet"], [
    ["Kommuneplanens samfunnsdel, mål 2.1", "Innbyggerne skal kunne bo trygt hjemme så lenge som mulig.", "Mer kompetanse i hjemmetjenesten på demens, rehabilitering og velferdsteknologi."],
    ["Kommuneplanens samfunnsdel, mål 3.2", "Alle barn og unge skal oppleve mestring og inkludering i barnehage og skole.", "Lærere med godkjent fagkompetanse, spesialpedagogisk kompetanse, flere barnehagelærere."],
    ["Kommuneplanens samfunnsdel, mål 5.1", "Granvåg skal ha en effektiv og digital forvaltning.", "Digital kompetanse hos alle ansatte, særlig i fagsystemer."],
    ["Arbeidsgiverstrategien, mål 1", "Granvåg skal ha en heltidskultur.", "Kompetanseheving kobles til større stillinger."],
    ["Arbeidsgiverstrategien, mål 3", "Ledere skal utøve tydelig og mestringsorientert ledelse.", "Systematisk lederutvikling."],
], widths=[4, 6, 6.5])

h(d, "3 Kompetanse – hva mener vi?")
p(d, "I planen bruker vi KS sin definisjon: Kompetanse er de kunnskaper, ferdigheter og holdninger som gjør det mulig å utføre arbeidsoppgavene. Både formell og uformell kompetanse regnes med.")

h(d, "4 Kompetansesituasjonen – funn fra kartleggingen 2024")
p(d, "Høsten 2024 kartla alle enheter kompetansen i KS Læring (kompetansemodulen). Svarprosenten var 87 prosent. Kartleggingen er sett sammen med personaldata fra lønnssystemet (alder, stillingsstørrelse, utdanning), resultatene fra 10-FAKTOR-undersøkelsen 2024, brukerundersøkelser og SSBs befolkningsframskrivinger. Analysen ble gjort som et eget delprosjekt ved HR og økonomiavdelingen og lagt fram for arbeidsgruppen i august 2024.")
h(d, "4.1 Hovedfunn", 2)
bullets(d, [
    "Kommunen har 468 ansatte fordelt på 391 årsverk. Gjennomsnittsalderen er 46,8 år.",
    "Antallet innbyggere over 80 år vil øke fra 410 i 2024 til 760 i 2035 (SSB, hovedalternativet). Antall innbyggere i alderen 20–66 år vil gå ned med om lag 6 prosent i samme periode.",
    "Helse og velferd: 11 av 29 sykepleiere er 58 år eller eldre og kan gå av innen 2030. Bare 6 sykepleiere har videreutdanning i geriatri eller demens. 14 prosent av de som arbeider i turnus har ikke helsefaglig utdanning. Gjennomsnittlig stillingsstørrelse i turnus er 61 prosent.",
    "Skole: 19 lærere underviser i norsk, matematikk eller engelsk uten å oppfylle kompetansekravene. Av disse har 12 fritak til 2025, men 7 må ha studiepoeng på plass innen 1. august 2025.",
    "Barnehage: Andelen barnehagelærere av grunnbemanningen er 41 prosent. To av fire barnehager oppfyller ikke pedagognormen uten dispensasjon.",
    "Teknisk: To av fem ingeniørstillinger har stått ledige i mer enn seks måneder. Det er ingen intern reserve på plan- og byggesak.",
    "Digital kompetanse: 36 prosent av de ansatte svarer at de er usikre på bruk av fagsystemene de trenger i jobben. Usikkerheten er størst i hjemmetjenesten og i barnehagene.",
    "Ledelse: 10-FAKTOR viser 3,9 på «mestringsorientert ledelse» (landssnitt 4,1). Åtte av 27 ledere har formell lederutdanning.",
])
h(d, "4.2 Vurdering", 2)
p(d, "Den mest kritiske kompetansen for Granvåg framover er sykepleiefaglig kompetanse i hjemmetjenesten og på sykehjemmet, spesialpedagogisk kompetanse og ingeniørkompetanse. Her vil vi ikke kunne rekruttere oss ut av utfordringen alene; regionen utdanner for få, og nabokommunene konkurrerer om de samme fagfolkene. Vi må derfor i større grad utdanne egne ansatte. Behovet for manuelle arkivfunksjoner og enkelte kontorstillinger vil gå ned som følge av digitalisering, og her bør kompetansen dreies mot veiledning og digital saksbehandling.")
p(d, "Kartleggingen fanger i liten grad opp ferdigheter og holdninger. Dette følges opp gjennom medarbeidersamtalene og kollegaobservasjon (se kapittel 7). Ny kartlegging og analyse gjennomføres høsten 2026 og danner grunnlag for rullering av planen.")

h(d, "5 Kompetansemål 2025–2028")
p(d, "Målene er utledet av de overordnede målene i kapittel 2 og funnene i kapittel 4. Hvert mål har en indikator slik at vi kan følge med på om vi når det.")
table(d, ["Nr.", "Kompetansemål", "Indikator", "Status 2024", "Mål 2028", "Knyttet til"], [
    ["K1", "Flere faglærte i helse og velferd", "Andel ansatte i turnus uten helsefaglig utdanning", "14 %", "7 %", "KP 2.1"],
    ["K2", "Styrket kompetanse på demens og geriatri", "Antall sykepleiere med videreutdanning", "6", "12", "KP 2.1"],
    ["K3", "Alle lærere oppfyller kompetansekravene", "Antall lærere uten krav oppfylt", "19", "0 (innen 1.8.2027)", "KP 3.2"],
    ["K4", "Flere barnehagelærere", "Andel barnehagelærere av grunnbemanning", "41 %", "46 %", "KP 3.2"],
    ["K5", "Trygg bruk av digitale verktøy", "Andel som er usikre på fagsystem", "36 %", "15 %", "KP 5.1"],
    ["K6", "Mestringsorientert ledelse", "10-FAKTOR, faktor 6", "3,9", "4,2", "AGS 3"],
    ["K7", "Heltidskultur", "Gjennomsnittlig stillingsstørrelse i turnus", "61 %", "75 %", "AGS 1"],
], widths=[1.1, 4, 4.2, 2, 2.3, 1.8])

h(d, "6 Strategier og tiltak")
h(d, "6.1 Strategiske valg", 2)
bullets(d, [
    "Utdanne egne før vi rekrutterer utenfra: Ansatte som tar fagbrev, videreutdanning eller bachelor i sykepleie/ingeniørfag prioriteres, og det gis stipend med bindingstid.",
    "Bruke lønn strategisk: Fullført videreutdanning som kommunen har etterspurt gir lønnstillegg etter lokal lønnspolitikk.",
    "Læring i arbeid: Alle turnusenheter skal ha faste refleksjonsmøter i arbeidstiden, og skolene bruker kollegaveiledning. Turnusene legges opp slik at nyansatte går sammen med erfaren veileder de første vaktene.",
    "Heltid og kompetanse henger sammen: Ledige stillingsbrøker brukes først til å øke stillingene til ansatte som er i gang med kompetanseheving.",
    "Lederutvikling for alle ledere med personalansvar.",
    "Nytte og kostnad: Før tiltak over 100 000 kroner vedtas, gjør HR og aktuell kommunalsjef en enkel vurdering av kostnad per deltaker mot forventet bidrag til målene i kapittel 5. Der flere tiltak konkurrerer om de samme midlene, velges det tiltaket som gir mest måloppnåelse per krone.",
])
h(d, "6.2 Tiltaksplan", 2)
table(d, ["Tiltak", "Mål", "Målgruppe", "Periode", "Ansvarlig", "Kostnad/finansiering"], [
    ["Fagbrev på jobb (helsefagarbeider), 10 plasser per år", "K1", "Ufaglærte i turnus", "2025–2028", "Kommunalsjef helse og velferd", "Kompetansepott 400 000/år + Kompetanseløft"],
    ["Videreutdanning demensomsorg og geriatri, 2 plasser per år", "K2", "Sykepleiere", "Oppstart høst 2025, 2026, 2027", "Enhetsledere hjemmetjenesten/sykehjem", "Kompetanseløft, vikarmidler 300 000/år"],
    ["Demensomsorgens ABC, studiegrupper", "K2", "Alle ansatte i helse og velferd", "2025–2026", "Fagutviklingssykepleier", "Egne rammer"],
    ["Videreutdanning for lærere (Kompetanse for kvalitet)", "K3", "19 lærere uten godkjent kompetanse", "2025–2027", "Kommunalsjef oppvekst / rektorer", "Statlige midler + egenandel 250 000/år"],
    ["Barnehagelærerutdanning arbeidsplassbasert (ABLU)", "K4", "Barnehageassistenter med fagbrev", "Oppstart høst 2025", "Styrere", "Statsforvalteren + stipend 150 000/år"],
    ["Superbrukerordning og e-læring i fagsystemer", "K5", "Alle ansatte; superbrukere i hver enhet", "2025–2026", "IKT-leder", "Kompetansepott 200 000"],
    ["Lederprogram «Leder i Granvåg», 4 samlinger", "K6", "Alle ledere med personalansvar", "Høst 2025–vår 2026, nytt kull 2027", "HR-sjef", "Kompetansepott 450 000"],
    ["Heltidsprosjekt med kompetansepakke", "K7", "Deltidsansatte i turnus", "2025–2028", "Kommunalsjef helse og velferd og HTV", "Innenfor rammer"],
    ["Stipend ingeniørutdanning (Y-vei) med bindingstid", "Rekruttering", "Ansatte med fagbrev i teknisk drift", "Fra 2025", "Kommunalsjef samfunnsutvikling", "100 000/år"],
], widths=[4.2, 1.3, 3.2, 2.4, 2.8, 3.2])

h(d, "7 Slik bruker vi planen i enhetene")
h(d, "7.1 Medarbeidersamtalen og søknader", 2)
p(d, "Kompetanseønsker tas opp i den årlige medarbeidersamtalen. Leder vurderer ønsker og søknader om etter- og videreutdanning opp mot kompetansemålene i kapittel 5, enhetens behov og tilgjengelige midler. Søknader som bidrar til målene K1–K7 prioriteres. Søknader som ikke kan innvilges, skal begrunnes.")
h(d, "7.2 Forventningsavklaring", 2)
p(d, "Før en medarbeider starter på videreutdanning eller et lengre kurs, skal leder og medarbeider ha en samtale der de avklarer hva kommunen bidrar med (permisjon, vikar, reiseutgifter), hva medarbeideren forplikter seg til, og hvordan den nye kompetansen skal brukes når utdanningen er fullført – for eksempel som ressursperson eller veileder for kolleger. Avtalen skrives ned på fast skjema i personalmappen.")
h(d, "7.3 Delplaner", 2)
p(d, "Kommunalområdene helse og velferd, oppvekst og samfunnsutvikling skal utarbeide egne delplaner for kompetanse med utgangspunkt i denne planen. HR utarbeider en felles mal i løpet av 2025.")

h(d, "8 Oppfølging og evaluering")
h(d, "8.1 Løpende oppfølging", 2)
p(d, "Gjennomførte tiltak, antall deltakere og bruk av midler rapporteres i tertialrapportene og årsmeldingen. Indikatorene i kapittel 5 rapporteres hvert år i årsmeldingen og inngår i kommunens kvalitetssystem, slik at kompetanse ses i sammenheng med avviksmeldinger, brukerundersøkelser og tilsyn.")
h(d, "8.2 Evaluering av tiltakene", 2)
p(d, "Større tiltak evalueres på flere nivåer. Evalueringsopplegget bestemmes når tiltaket planlegges:")
table(d, ["Nivå", "Hva vi spør om", "Slik gjør vi det i Granvåg"], [
    ["Reaksjon", "Hvor fornøyde var deltakerne?", "Digitalt evalueringsskjema etter alle kurs og samlinger."],
    ["Læring", "Hva har deltakerne lært?", "Eksamen/studiepoeng for videreutdanning; praktisk prøve i legemiddelhåndtering etter kurs; fagprøve for fagbrev."],
    ["Anvendelse", "Brukes kompetansen i praksis?", "Kollegaobservasjon i skole før og etter videreutdanning; antall avvik i legemiddelhåndtering før og etter opplæring; leders oppfølging i medarbeidersamtalen seks måneder etter."],
    ["Nytte", "Har tiltaket bidratt til kommunens mål?", "Utvikling i indikatorene K1–K7, brukerundersøkelser i hjemmetjenesten, elevundersøkelsen og 10-FAKTOR."],
], widths=[2.5, 5, 9])
p(d, "Lederprogrammet evalueres i tillegg med en vurdering av kostnad mot nytte: samlet kostnad per deltaker sammenholdes med endringen i 10-FAKTOR og sykefravær i enhetene til deltakerne. Evalueringen har en kvantitativ del (indikatorer) og en kvalitativ del (fokusgruppeintervju med deltakere og deres ansatte).")
h(d, "8.3 Evaluering av planen", 2)
p(d, "Planen som helhet evalueres høsten 2027 av arbeidsgruppen. Evalueringen skal vise om målene er nådd, hvilke tiltak som virket og hvilke som ikke ga forventet resultat, og hvorfor. Resultatet legges fram for kommunestyret sammen med forslag til ny plan for 2029–2032.")
h(d, "8.4 Årshjul", 2)
table(d, ["Tidspunkt", "Aktivitet", "Ansvar"], [
    ["Januar–februar", "Medarbeidersamtaler med kompetanseønsker", "Alle ledere"],
    ["Mars", "Rapport på indikatorer i årsmeldingen", "HR"],
    ["Mai", "Tertialrapport: gjennomførte tiltak og forbruk", "HR/økonomi"],
    ["September", "Prioritering av tiltak neste år, innspill til budsjett", "Kommunedirektørens ledergruppe"],
    ["Oktober", "Drøfting med hovedtillitsvalgte", "HR-sjef"],
    ["Desember", "Vedtak budsjett og kompetansepott", "Kommunestyret"],
], widths=[3, 9, 4.5])

out = sys.argv[1] if len(sys.argv) > 1 else "/work/blind-review-6/granvag-kompetanseplan-2025-2028.docx"
d.save(out)
print(out)
