"""Plan B (weak/vague, but strong on steps 3 and 6): Ramnefjord kommune – Kompetanseplan 2024–2027 (Markdown)."""
import sys

TEXT = r"""# Kompetanseplan for Ramnefjord kommune 2024–2027

*Ramnefjord kommune – Personalavdelingen, januar 2024*

## 1. Innledning

Ramnefjord kommune skal være en god og utviklende arbeidsplass. Våre medarbeidere er den viktigste ressursen vi har, og det er gjennom dem at innbyggerne møter kommunen hver eneste dag – i barnehagen, på skolen, i hjemmetjenesten, på sykehjemmet og på servicetorget.

Samfunnet endrer seg raskt, og det stiller nye krav til oss som arbeidsgiver. Vi må ha medarbeidere som er oppdaterte, motiverte og trygge i jobben sin. Denne planen skal vise retningen for kompetansearbeidet de neste fire årene.

Planen er utarbeidet av personalavdelingen og har vært drøftet med de hovedtillitsvalgte. Den er en oppfølging av kommunens arbeidsgiverpolitiske plattform fra 2022 og gjelder for perioden 2024–2027.

Kompetanseplanen gjelder for alle ansatte i Ramnefjord kommune.

### 1.1 Om Ramnefjord kommune som organisasjon

Ramnefjord kommune har om lag 5 200 innbyggere. Kommunen er organisert i en tonivåmodell med kommunedirektør og ledergruppe på øverste nivå og 14 virksomheter under. De største virksomhetene er Ramnefjord helse- og omsorgssenter, hjemmetjenesten, tre skoler, fire barnehager og teknisk drift. I tillegg kommer stab og støtte med personal, økonomi, IKT og servicetorg.

Mange av våre ansatte har lang fartstid i kommunen, og vi har et godt omdømme som arbeidsgiver blant dem som allerede jobber her. Samtidig ser vi at det er krevende å få nye fagfolk til å flytte til kommunen.

### 1.2 Lov- og avtaleverk

Arbeidsgivers ansvar for kompetanseutvikling er regulert i Hovedavtalen og i hovedtariffavtalen kapittel 3.3. Her går det fram at arbeidsgiver skal kartlegge kompetansebehovet, og at de ansatte skal gis mulighet til faglig utvikling. I tillegg stiller særlovgivningen egne krav, blant annet kompetansekravene for lærere i opplæringsloven og kravene til pedagogisk bemanning i barnehageloven. Helsepersonelloven krever at helsepersonell utøver sitt arbeid faglig forsvarlig.

### 1.3 Verdier

Kommunens verdier er **nær, ærlig og framtidsrettet**. Verdiene skal være synlige i alt vi gjør, også i arbeidet med kompetanse. Å være nær betyr at vi kjenner innbyggerne og hverandre. Å være ærlig betyr at vi sier fra når noe ikke fungerer. Å være framtidsrettet betyr at vi tør å prøve nye løsninger.

## 2. Kommunens mål

Kommuneplanens samfunnsdel 2021–2033, «Ramnefjord – lag på lag», har fire hovedmål. Disse er utgangspunktet for hva slags kompetanse kommunen trenger:

1. **Gode oppvekstvilkår.** Barn og unge i Ramnefjord skal ha en trygg oppvekst med tidlig innsats når det trengs. Andelen elever som fullfører videregående skole, skal økes fra 74 til 85 prosent innen 2030.
2. **Helse og mestring gjennom hele livet.** Innbyggerne skal få hjelp til å klare seg selv lengst mulig. Hjemmebaserte tjenester og velferdsteknologi skal være førstevalget framfor institusjonsplass.
3. **Bolyst og tilflytting.** Ramnefjord skal ha befolkningsvekst, og særlig flere unge voksne skal velge å bosette seg i kommunen.
4. **En effektiv og framtidsrettet kommune.** Kommunen skal bruke digitale løsninger for å frigjøre tid til direkte tjenesteyting og gi innbyggerne enkel tilgang til tjenester.

Handlingsprogrammet 2024–2027 følger opp hovedmålene med tre prioriterte områder: omlegging fra institusjon til hjemmebaserte tjenester, tidlig innsats i barnehage og skole, og digitalisering av saksbehandlingen i plan, bygg og oppmåling.

For kompetansearbeidet betyr dette at vi særlig trenger kompetanse på rehabilitering og velferdsteknologi i helse og omsorg, spesialpedagogisk kompetanse og tverrfaglig samarbeid rundt barn og unge, og digital kompetanse i alle deler av organisasjonen. Hovedmål 3 handler også om kommunen som arbeidsplass: gode fagmiljøer gjør det lettere å rekruttere unge voksne.

## 3. Hva er kompetanse?

Kompetanse er ferskvare. Det som var god praksis for ti år siden, er ikke nødvendigvis det i dag. Derfor er det viktig at alle ansatte får mulighet til å lære hele livet, og at vi som organisasjon er åpne for nye ideer og nye måter å jobbe på.

I Ramnefjord kommune ønsker vi at alle skal ta ansvar for egen læring. Samtidig har arbeidsgiver et ansvar for å legge til rette. Kompetanse handler om å gi innbyggerne gode tjenester, og om at hver enkelt medarbeider skal oppleve mestring og trivsel i jobben.

Vi vet at de fleste lærer mest gjennom det de gjør i hverdagen, i møte med brukere og kolleger. Kurs og utdanning er viktig, men det er ikke alt. En god arbeidsplass er en arbeidsplass der man kan spørre, prøve og feile, og der erfaringer deles. Slik ønsker vi at det skal være i alle virksomhetene i Ramnefjord kommune.

Kompetanse er også viktig for omdømmet vårt. Når innbyggerne opplever at de blir møtt av dyktige og engasjerte medarbeidere, får de tillit til kommunen. Når søkere opplever at kommunen satser på faglig utvikling, blir det lettere å rekruttere.

## 4. Hvor står vi i dag?

Kommunen gjennomførte en kompetansekartlegging i KS Læring i november 2023. 71 prosent av de ansatte svarte. I tillegg har vi brukt opplysninger fra lønns- og personalsystemet, SSBs befolkningsframskrivinger og medarbeiderundersøkelsen 10-FAKTOR. Vi har også brukt innspill fra medarbeidersamtalene.

### 4.1 Alderssammensetning og avgang

Kommunen har 612 ansatte (481 årsverk). 24 prosent er 55 år eller eldre. Regner vi med en gjennomsnittlig avgangsalder på 64 år, vil om lag 150 ansatte gå av med pensjon innen 2033. Avgangen er skjevt fordelt:

| Tjenesteområde | Ansatte | Andel 55 år+ | Forventet pensjonsavgang innen 2033 |
|---|---|---|---|
| Helse og omsorg | 238 | 27 % | 68 |
| Oppvekst (skole og barnehage) | 214 | 21 % | 44 |
| Teknisk og plan | 46 | 35 % | 17 |
| Administrasjon og støtte | 114 | 19 % | 21 |

### 4.2 Hva kartleggingen viser

- **Helse og omsorg:** 29 prosent av stillingene i hjemmetjenesten og på sykehjemmet er besatt av personer uten helsefaglig utdanning. Elleve av kommunens 41 sykepleiere er over 60 år. Ved de tre siste utlysningene av sykepleierstillinger fikk vi mellom null og to kvalifiserte søkere.
- **Eldre innbyggere:** SSBs hovedalternativ viser at antallet innbyggere over 80 år vil øke fra 410 i 2024 til 640 i 2035. Omleggingen til hjemmebaserte tjenester betyr at det er i hjemmetjenesten behovet vil vokse mest. Få av de ansatte har i dag opplæring i velferdsteknologi (17 prosent), og bare to har videreutdanning i rehabilitering.
- **Skole:** 14 av 52 lærere mangler fordypning i norsk, matematikk eller engelsk som kreves for å undervise i disse fagene. Elevtallet er stabilt fram mot 2030.
- **Barnehage:** Kommunen har seks dispensasjoner fra utdanningskravet for pedagogiske ledere. Ingen i barnehagene har videreutdanning i spesialpedagogikk.
- **Teknisk og plan:** Kommunen har én ansatt med fullført utdanning innen byggesaksbehandling, og vedkommende er 63 år. Dette er den mest sårbare kompetansen i hele organisasjonen.
- **Digital kompetanse:** Etter innføringen av nytt journalsystem i 2023 svarer bare 40 prosent av de ansatte i helse og omsorg at de føler seg trygge i bruken.
- **Kompetanse vi trenger mindre av:** Når Nordre og Søndre oppvekstsenter slås sammen i 2025, vil behovet for egne kontorstillinger og vaktmesterressurs på hvert sted bli mindre.

Det er også verdt å merke seg at høgskolen i regionen bare har 30 studieplasser i sykepleie, og at de fleste studentene kommer fra byen. Vi kan derfor ikke regne med at rekruttering alene løser behovet.

Kartleggingen gir et godt bilde av formell utdanning, men fanger i liten grad opp ferdigheter og erfaring. Kartleggingen skal gjentas høsten 2026, og personalavdelingen oppdaterer aldersoversikten hvert år.

## 5. Mål

Målene under er konkrete og målbare, og de skal gjelde for hele planperioden:

- Økt andel fagutdannede i helse og omsorg.
- Flere lærere skal ta videreutdanning.
- Bedre digital kompetanse blant alle ansatte.
- Gode og tydelige ledere på alle nivåer.
- Redusert sykefravær gjennom god kompetanse og trivsel.
- Ramnefjord kommune skal oppleves som en attraktiv arbeidsgiver.

## 6. Tiltak

For å nå målene vil kommunen i planperioden blant annet:

- legge til rette for at flere ansatte kan ta fagbrev,
- oppfordre lærere til å søke videreutdanning gjennom den statlige ordningen,
- vurdere å innføre et rekrutteringstillegg for sykepleiere,
- tilby e-læringskurs i KS Læring til alle ansatte,
- arrangere lederforum fire ganger i året,
- delta i regionale nettverk og kompetansesamarbeid der det er aktuelt,
- ha fokus på heltidskultur.

Tiltakene gjennomføres innenfor de økonomiske rammene som vedtas i budsjettet hvert år.

### 6.1 Lærlinger

Lærlinger er en viktig rekrutteringsvei for kommunen. Ramnefjord kommune har i dag sju lærlinger, de fleste i helsearbeiderfaget og barne- og ungdomsarbeiderfaget. Vi ønsker å ta inn flere lærlinger i årene som kommer, og vil samarbeide med den videregående skolen om dette. Det er viktig at lærlingene blir godt tatt imot, og at de får gode veiledere.

### 6.2 Seniorer

Seniorene har mye erfaring og kompetanse som kommunen trenger. Vi ønsker at flere skal stå lenger i jobb, og at kunnskapen deres blir delt med yngre kolleger. Seniorpolitikken er nærmere omtalt i arbeidsgiverpolitisk plattform.

### 6.3 Samarbeid med andre

Ramnefjord kommune er med i det interkommunale samarbeidet om kompetanse i regionen. Gjennom samarbeidet får de ansatte tilgang til kurs og fagdager som kommunen ikke kunne ha arrangert alene. Vi vil fortsette å bruke disse tilbudene og se på muligheten for felles lederopplæring.

## 7. Evaluering

Alle kurs og samlinger evalueres av deltakerne gjennom et enkelt evalueringsskjema. Personalavdelingen tar med en oversikt over hvilke kurs som er gjennomført og hvor mange som har deltatt, i årsmeldingen. Planen skal evalueres før den rulleres i 2027.

## 8. Avslutning

Kompetanse angår alle som jobber i kommunen, uansett stilling og fagområde. De neste årene vil by på store endringer, både i hvordan tjenestene organiseres og i hvilke verktøy vi bruker.

Med denne planen ønsker vi å sette kompetanse på dagsordenen i hele organisasjonen, slik at Ramnefjord kommune også i framtiden kan levere gode tjenester til innbyggerne.
"""

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "ramnefjord-kompetanseplan-2024-2027.md"
    with open(out, "w", encoding="utf-8") as f:
        f.write(TEXT)
    print("wrote", out)
