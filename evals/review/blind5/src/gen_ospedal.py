import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import new_doc, table, paras
OUT = os.path.join(os.path.dirname(__file__), "..", "ospedal-kompetanseplan-2025-2028.docx")

d = new_doc()
d.add_heading("Ospedal kommune", 0)
d.add_heading("Strategisk kompetanseplan 2025–2028", 1)
paras(d, """
Vedtatt av kommunestyret 12. desember 2024, sak 88/24. Saksbehandler: HR- og organisasjonsavdelingen.
""")

d.add_heading("1 Innledning", 1)
paras(d, """
Ospedal kommune har om lag 11 400 innbyggere og 960 ansatte fordelt på rundt 780 årsverk. Kommunen
leverer tjenester innen oppvekst, helse og omsorg, tekniske tjenester og samfunnsutvikling. Tjenestene
skal gis av medarbeidere med riktig kompetanse, og vi ser allerede i dag at det blir vanskeligere å
rekruttere sykepleiere, spesialpedagoger og ingeniører.

Denne planen er kommunens overordnede plan for hvordan vi skal skaffe, utvikle, beholde og ta i bruk
kompetanse i perioden 2025–2028. Den gjelder for hele kommuneorganisasjonen og er grunnlaget for
tjenesteområdenes egne planer.
""")

d.add_heading("2 Forankring og ambisjon", 1)
paras(d, """
Kompetanseplanen er en tematisk plan under kommuneplanens samfunnsdel 2023–2035 og er vedtatt av
kommunestyret. Planen er behandlet i administrasjonsutvalget og i arbeidsmiljøutvalget (AMU) før
vedtak. Administrativt eies planen av kommunedirektøren, og HR-sjefen har ansvar for å koordinere
arbeidet.

Tiltakene i planen er innarbeidet i økonomiplanen 2025–2028. Kommunestyret har satt av 2,4 millioner
kroner årlig til sentrale kompetansemidler. I tillegg kommer tjenesteområdenes egne opplæringsbudsjetter
og statlige tilskudd (blant annet Kompetanseløft 2025 og tilskudd til videreutdanning for lærere).
Planen rulleres hvert år i forbindelse med budsjettbehandlingen.

Ambisjonen er høy: Ospedal skal være en kommune som i hovedsak dekker sitt kompetansebehov ved å
utvikle egne ansatte, og som er kjent i regionen som en arbeidsplass der man lærer. Vi vil heller
utdanne egne fagfolk enn konkurrere om de samme få søkerne som nabokommunene.
""")

d.add_heading("3 Slik er planen laget", 1)
paras(d, """
Kommunedirektøren ga i februar 2024 en arbeidsgruppe mandat til å utarbeide forslag til ny
kompetanseplan. Mandatet var å (1) analysere dagens kompetanse og behovet fram mot 2030,
(2) foreslå kompetansemål knyttet til kommuneplanen og (3) foreslå prioriterte tiltak innenfor
økonomiplanens rammer. Arbeidsgruppen leverte sitt forslag 1. oktober 2024.

Arbeidsgruppen har bestått av:
""")
table(d, ["Rolle", "Representant"], [
    ["HR-sjef (leder av gruppen)", "Tone Aaslie"],
    ["Kommunalsjef helse og omsorg", "Kjetil Bræin"],
    ["Kommunalsjef oppvekst", "Ragnhild Sveen"],
    ["Virksomhetsleder Ospedal sykehjem", "Lars Holte"],
    ["Rektor Nordgarden skole", "Mette Vik"],
    ["Avdelingsleder drift, teknisk", "Jan Olav Lunde"],
    ["Hovedtillitsvalgt Fagforbundet", "Siri Nygård"],
    ["Hovedtillitsvalgt Norsk Sykepleierforbund", "Anne Kathrine Moe"],
    ["Hovedtillitsvalgt Utdanningsforbundet", "Per Arne Gjerde"],
    ["Hovedverneombud", "Hilde Brekke"],
    ["HR-rådgiver (sekretær)", "Ingrid Solem"],
])
paras(d, """
Gruppen har hatt ti møter. Underveis er utkast drøftet i kommunedirektørens ledergruppe, i
lederforum for alle virksomhetsledere og i møte med hovedtillitsvalgte. Analysen av
kompetansekartleggingen (kapittel 5) ble gjort som et eget delprosjekt av HR-avdelingen og
økonomiavdelingen, og resultatene ble lagt fram for arbeidsgruppen i mai 2024.
""")

d.add_heading("4 Kommuneplanens mål og hva de betyr for kompetansen", 1)
paras(d, """
Kommuneplanens samfunnsdel 2023–2035 har fire hovedmål. Nedenfor viser vi hvilke mål kompetanseplanen
skal bidra til, og hva de krever av organisasjonen.
""")
table(d, ["Mål i kommuneplanen", "Hva det betyr for kompetansebehovet"], [
    ["Innbyggerne skal kunne bo hjemme lengst mulig med god livskvalitet.",
     "Flere sykepleiere og helsefagarbeidere i hjemmetjenesten, kompetanse i velferdsteknologi, rehabilitering og demens."],
    ["Alle barn og unge skal oppleve mestring og fullføre videregående opplæring.",
     "Lærere med fordypning i norsk, matematikk og engelsk, spesialpedagogisk kompetanse og tverrfaglig arbeid rundt barn og familier."],
    ["Ospedal skal være en digital og effektiv kommune.",
     "Digital kompetanse hos alle ansatte, superbrukere i hver virksomhet og kompetanse i tjenestedesign."],
    ["Kommunen skal være en attraktiv arbeidsgiver med heltidskultur.",
     "God ledelse, flere hele stillinger og systematisk læring i arbeidet."],
])
paras(d, """
I tillegg bygger planen på arbeidsgiverstrategien 2022–2026, der ett av fire innsatsområder er
«Vi lærer hele tiden», og på handlingsplanen for heltidskultur vedtatt i 2023.
""")

d.add_heading("5 Hva mener vi med kompetanse?", 1)
paras(d, """
I Ospedal kommune bruker vi denne definisjonen: Kompetanse er kunnskaper, ferdigheter og holdninger
som gjør det mulig å løse oppgaver og møte krav i arbeidet. Arbeidsgruppen har drøftet om alle delene
er like viktige. Vår konklusjon er at kunnskap og ferdigheter ofte kan dokumenteres gjennom utdanning
og kurs, mens holdninger – for eksempel respekt for brukerens egne ønsker og vilje til å dele kunnskap
med kolleger – er minst like avgjørende for kvaliteten i tjenestene, men vanskeligere å måle. Planen
legger derfor vekt på læring i arbeidet og refleksjon i arbeidsfellesskapet, ikke bare på kurs.

Vi skiller mellom disse formene for kompetanse:

- Faglig kompetanse: den fagkunnskapen og de ferdighetene som kreves i den enkelte stilling, enten den er formell (utdanning, autorisasjon) eller realkompetanse.
- Tverrfaglig kompetanse: evnen til å samarbeide på tvers av fag og tjenester, for eksempel rundt barn som trenger hjelp fra både skole, helsestasjon og barnevern.
- Digital kompetanse: å kunne bruke kommunens systemer trygt og forstå hvordan teknologi kan endre arbeidsmåter.
- Lederkompetanse: å lede mennesker, økonomi og endring, og å legge til rette for læring i egen enhet.
- Endringskompetanse: evnen og viljen til å ta i bruk nye arbeidsmåter.

Kompetanse som ikke blir brukt, har liten verdi for innbyggerne. Derfor handler planen også om
hvordan vi organiserer arbeidet slik at kompetansen kommer til nytte, for eksempel gjennom turnus
og hele stillinger.
""")

d.add_heading("6 Status og utfordringer", 1)
paras(d, """
Høsten 2023 gjennomførte alle virksomheter en kompetansekartlegging i KS Læring. 88 prosent av de
ansatte ble kartlagt. I tillegg har vi brukt data fra lønns- og personalsystemet om alder og stillingsstørrelse,
befolkningsframskrivinger fra SSB og resultater fra medarbeiderundersøkelsen 10-FAKTOR 2023.
De viktigste funnene er:

- Helse og omsorg: 31 prosent av sykepleierne er 55 år eller eldre. Med dagens avgangsmønster vil vi mangle om lag 18 sykepleierårsverk i 2030 dersom vi ikke gjør noe. Antall innbyggere over 80 år øker fra 520 i 2024 til om lag 780 i 2032.
- 22 prosent av dem som arbeider i turnus i helse og omsorg, er ufaglærte. Samtidig oppgir 41 av de ufaglærte i kartleggingen at de ønsker å ta fagbrev.
- Kompetansen i demensomsorg og palliasjon er ujevnt fordelt: på to av fem avdelinger har under halvparten av de ansatte gjennomført Demensomsorgens ABC.
- Oppvekst: 19 av 84 lærere mangler fordypning i fagene de underviser i, og fristen for kompetansekravet er 2025. Kommunen har bare to ansatte med master i spesialpedagogikk.
- Teknisk: Tre av fem byggesaksbehandlere går av med pensjon innen 2028, og vi har de siste to årene ikke fått kvalifiserte søkere til ingeniørstillinger.
- Digital kompetanse: I kartleggingen svarte 37 prosent at de er usikre på å bruke kommunens fagsystemer. Behovet er størst blant ansatte med små stillinger.
- Ledelse: I 10-FAKTOR skårer faktoren «mestringsorientert ledelse» 3,9 av 5, mot 4,1 i landet. Lavest skår finner vi i virksomheter med mange ledere som har over 40 medarbeidere.
- Gjennomsnittlig stillingsstørrelse i helse og omsorg er 64 prosent. Mange små stillinger gjør det vanskelig å få til opplæring og kollegaveiledning.

Vi ser også at noe kompetanse blir mindre etterspurt. Behovet for manuell saksbehandling i
servicetorget går ned etter innføring av digitale søknader, og de ansatte der bør få tilbud om
omskolering.

Analysen oppdateres høsten 2026 med ny kartlegging, slik at den kan brukes ved rullering av planen
for 2027–2028.
""")

d.add_heading("7 Kompetansemål 2025–2028", 1)
paras(d, """
Målene er utledet av kommuneplanens mål i kapittel 4 og funnene i kapittel 6.
""")
table(d, ["Kompetansemål", "Indikator", "Status 2024", "Mål 2028"], [
    ["Flere fagutdannede i helse og omsorg", "Andel årsverk i turnus med fagutdanning", "78 %", "88 %"],
    ["Nok sykepleiere", "Antall ubesatte sykepleierstillinger per 1. oktober", "9", "3 eller færre"],
    ["Alle lærere oppfyller kompetansekravene", "Antall lærere uten fordypning i undervisningsfag", "19", "0 (innen august 2026)"],
    ["Styrket spesialpedagogisk kompetanse", "Ansatte med videreutdanning i spesialpedagogikk", "2", "8"],
    ["Digitalt trygge ansatte", "Andel som svarer at de er trygge på fagsystemene", "63 %", "85 %"],
    ["Bedre ledelse", "10-FAKTOR, mestringsorientert ledelse", "3,9", "4,2"],
    ["Flere hele stillinger", "Gjennomsnittlig stillingsstørrelse i helse og omsorg", "64 %", "75 %"],
])

d.add_heading("8 Satsingsområder og tiltak", 1)
paras(d, """
Vi har valgt fire satsingsområder som gjelder på tvers av tjenestene:

- Utdanne egne ansatte framfor å konkurrere om de få som finnes på arbeidsmarkedet.
- Læring i arbeidet: kollegaveiledning, refleksjonsgrupper og faste læringsmøter i turnus.
- Lederutvikling for alle ledere med personalansvar.
- Strategisk bruk av lønn og stipend i rekruttering til kritiske stillinger.

Før tiltakene ble valgt, vurderte arbeidsgruppen kostnader og forventet nytte av alternativene. For
eksempel koster et stipend til deltidsutdanning i sykepleie om lag 180 000 kroner per person over fire
år, mens innleie av vikarsykepleier koster kommunen rundt 1,1 millioner kroner per årsverk. Derfor
prioriteres egen utdanning.
""")
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvarlig", "Kostnad per år"], [
    ["Fagbrev på jobb (praksiskandidat) med veiledning og lønnet lesetid", "Ufaglærte i helse og omsorg, 12 per år", "2025–2028", "Kommunalsjef helse og omsorg", "450 000"],
    ["Stipend til deltidsutdanning i sykepleie mot bindingstid", "Helsefagarbeidere, 4 per kull", "Oppstart 2025 og 2027", "HR-sjef", "360 000"],
    ["Demensomsorgens ABC og Livets siste dager", "Alle ansatte i avdelinger med under 50 % gjennomføring", "2025–2026", "Virksomhetsledere sykehjem og hjemmetjenesten", "Egne midler"],
    ["Videreutdanning for lærere (Kompetanse for kvalitet)", "19 lærere uten fordypning", "2025–2026", "Kommunalsjef oppvekst", "Statlig tilskudd + 200 000"],
    ["Videreutdanning i spesialpedagogikk", "6 lærere og barnehagelærere", "2025–2028", "Kommunalsjef oppvekst", "240 000"],
    ["Lederprogram «Leder i Ospedal» (6 samlinger)", "Alle ledere med personalansvar, to kull", "Høst 2025 – vår 2027", "HR-sjef", "500 000"],
    ["Superbrukernettverk og digital grunnopplæring", "Alle ansatte, særlig små stillinger", "2025–2026", "Digitaliseringsrådgiver", "150 000"],
    ["Lærlinger innen byggdrift og trainee-ordning for ingeniører", "Unge søkere og nyutdannede", "2025–2028", "Kommunalsjef teknisk", "400 000"],
    ["Faste læringsmøter (30 min) i turnusplanen", "Alle turnusavdelinger", "Fra 1. mars 2025", "Avdelingsledere", "Innenfor ramme"],
    ["Omskolering for ansatte i servicetorget", "5 ansatte", "2025–2026", "Kommunalsjef samfunnsutvikling", "100 000"],
])

d.add_heading("9 Planer for tjenesteområdene", 1)
paras(d, """
Helse og omsorg, oppvekst og tekniske tjenester skal hver ha en egen kompetanseplan som bygger på denne
planen. Delplanene skal vise hvordan tjenesteområdet bidrar til kompetansemålene i kapittel 7, og
inneholde egne tiltak og opplæringsplaner for virksomhetene.

- Kompetanseplan for helse og omsorg 2025–2028 ble vedtatt i januar 2025 og følger opp målene om fagutdanning, sykepleiere og hele stillinger.
- Kompetanseplan for oppvekst 2025–2028 er ferdig i mars 2025 og følger opp målene om lærerkompetanse og spesialpedagogikk.
- Tekniske tjenester lager sin plan innen juni 2025, med vekt på rekruttering av ingeniører og lærlinger.

Virksomhetene lager årlige opplæringsplaner ut fra delplanen for sitt tjenesteområde.
""")

d.add_heading("10 Kompetanseutvikling i hverdagen – roller og ansvar", 1)
paras(d, """
Lederen har ansvar for at kompetansebehovet i egen enhet er kjent og at tiltakene i planen blir brukt.
Medarbeideren har ansvar for å holde seg faglig oppdatert og dele kunnskap med kolleger.

I den årlige medarbeidersamtalen går leder og medarbeider gjennom kompetansebehovet og blir enige om
en individuell utviklingsplan. Der står det hvilke tiltak som er avtalt, hva som forventes av
medarbeideren under og etter tiltaket, og hvordan den nye kompetansen skal tas i bruk i enheten.

Søknader om videreutdanning og permisjon vurderes av nærmeste leder og tjenesteområdet etter disse
kriteriene, i prioritert rekkefølge:

- Bidrar utdanningen til kompetansemålene i kapittel 7 eller til tjenesteområdets delplan?
- Dekker den et kritisk behov som er påvist i kartleggingen?
- Er det budsjettmessig dekning, og kan arbeidet i enheten løses i perioden?

Ved innvilget støtte inngås en skriftlig avtale om permisjon, lesetid, eventuell bindingstid og
hvordan kompetansen skal brukes etterpå.
""")

d.add_heading("11 Oppfølging og rapportering", 1)
paras(d, """
HR-avdelingen har ansvar for å følge opp planen. Etter kurs og samlinger som HR arrangerer, fyller
deltakerne ut et elektronisk evalueringsskjema om hvor fornøyde de var med innhold og gjennomføring.

I årsmeldingen rapporteres det hvilke tiltak som er gjennomført, og hvor mange som har deltatt på
de sentrale tiltakene. Rapporten legges også fram for AMU.

Vi ønsker på sikt å kunne si mer om hva tiltakene faktisk fører til. I løpet av planperioden vil
HR-avdelingen se på hvordan effekten av de største tiltakene kan vurderes.
""")

d.save(OUT)
print(OUT)
