text = r"""# Kompetanseplan for Kvitsand kommune 2025–2026

Kvitsand kommune – Personal og organisasjon
Dato: 20.01.2025

## 1. Innledning

Kvitsand kommune er en liten kommune med om lag 3 900 innbyggere og rundt 330 ansatte. De fleste ansatte jobber i helse og omsorg og i skole og barnehage. Som liten kommune er vi avhengige av at hver enkelt ansatt har god kompetanse, og at vi klarer å rekruttere og beholde fagfolk.

Kompetanseplanen gir en oversikt over hvilke områder kommunen vil prioritere i 2025 og 2026, og hvilke tiltak som skal gjennomføres. Planen gjelder for alle ansatte i kommunen.

En kompetanseplan skal hjelpe oss å prioritere. Kommunen har begrensede midler, og det er viktig at de brukes på de områdene der behovet er størst. Planen skal også gjøre det lettere for ansatte å se hvilke muligheter de har for å utvikle seg i jobben, og for ledere å planlegge opplæring i egen enhet.

Kompetanseutvikling handler ikke bare om kurs. Mye av læringen skjer i det daglige arbeidet, gjennom erfaring, veiledning fra kolleger og ved at vi deler kunnskap med hverandre. Vi ønsker at ledere og ansatte skal se kompetanse som en naturlig del av jobben.

## 2. Forankring

Planen er forankret i kommunens arbeidsgiverpolitikk og i årsbudsjettet. Midler til kompetansetiltak ligger i hver enhet sitt budsjett.

## 3. Mål

Hovedmålet for planen er:

**Kvitsand kommune skal ha riktig kompetanse til rett tid, slik at innbyggerne får gode tjenester.**

For å nå hovedmålet vil vi

- bli bedre til å rekruttere sykepleiere og lærere
- gi flere ansatte mulighet til å ta fagbrev
- styrke ledernes kompetanse
- sørge for at alle ansatte har den obligatoriske opplæringen de trenger
- ta i bruk digitale verktøy på en god måte

## 4. Utfordringer

Kvitsand har, som mange andre kommuner i distriktet, utfordringer med å rekruttere fagfolk. Det gjelder særlig sykepleiere, men også lærere med godkjent utdanning og fagfolk innen teknisk sektor. Det blir flere eldre innbyggere i årene framover, og dette vil gi økt behov for helse- og omsorgstjenester.

I flere enheter er fagmiljøene små, og kommunen blir sårbar når ansatte slutter eller er syke. Det er også en utfordring at mange ansatte jobber deltid.

Kommunen har ikke hatt en samlet oversikt over de ansattes kompetanse. Det skal derfor gjennomføres en kompetansekartlegging i KS Læring høsten 2025. Resultatene skal brukes når planen rulleres.

## 5. Prioriterte områder

Ut fra utfordringene over er områdene nedenfor de viktigste i planperioden. Områdene er ikke satt opp i prioritert rekkefølge.

### 5.1 Helse og omsorg

Helse og omsorg er kommunens største tjenesteområde. Det er behov for flere helsefagarbeidere og sykepleiere, og for mer kunnskap om demens, rehabilitering og velferdsteknologi. Kommunen vil fortsette ordningen med fagbrev på jobb og vil tilby sommerjobb til sykepleierstudenter.

### 5.2 Oppvekst

Skolene og barnehagene deltar i den regionale ordningen for kompetanseutvikling sammen med nabokommunene. Lærere som ikke oppfyller kompetansekravene, oppfordres til å søke videreutdanning gjennom Utdanningsdirektoratets ordning. I barnehagene vil vi legge til rette for at assistenter kan ta fagbrev i barne- og ungdomsarbeiderfaget.

### 5.3 Ledelse

Lederne har en viktig rolle i arbeidet med kompetanse. Kommunen vil gjennomføre en felles ledersamling hvert år med tema som personalledelse, oppfølging av sykefravær og arbeidsrett.

### 5.4 Obligatorisk opplæring

Alle ansatte skal ha den opplæringen som lov og forskrift krever for deres stilling. Dette gjelder blant annet:

- HMS-opplæring for ledere og verneombud (40 timer)
- brannvern
- førstehjelp og hjerte–lunge-redning i helse og oppvekst
- legemiddelhåndtering for ansatte som deler ut medisiner
- personvern og informasjonssikkerhet
- beredskap for ansatte i kriseledelsen

Hver leder har ansvar for å holde oversikt over hvem i egen enhet som har gjennomført obligatorisk opplæring.

### 5.5 Digital kompetanse

Kommunen har tatt i bruk nye digitale verktøy de siste årene, blant annet nytt sak- og arkivsystem og elektronisk pasientjournal. Vi vil fortsette med opplæring i disse og bruke e-læringskurs i KS Læring der det passer.

### 5.6 Lærlinger

Kvitsand kommune skal være en aktiv lærlingebedrift. Lærlinger er en viktig kilde til rekruttering av fagarbeidere. Kommunen tar inn lærlinger i helsearbeiderfaget, barne- og ungdomsarbeiderfaget og kontor- og administrasjonsfaget.

### 5.7 Heltid og læring i arbeid

Mange ansatte i helse og omsorg jobber i små stillinger. Det gjør det vanskeligere å delta på fagmøter og opplæring, og det gir mindre kontinuitet for brukerne. Kommunen vil i planperioden se på turnusordninger som gir flere store stillinger, og vil prøve ut faste fagdager i turnus på sykehjemmet.

Vi ønsker også å bruke erfarne medarbeidere som veiledere for nyansatte og lærlinger. Ordningen med faddere for nyansatte i helse og omsorg videreføres, og enhetene oppfordres til å bruke personalmøter til faglig refleksjon.

### 5.8 Rekruttering

Kommunen deltar på utdanningsmesser i regionen og samarbeider med videregående skole om lærlinger. Stillinger der det er vanskelig å rekruttere, skal lyses ut bredt, og kommunen vil vurdere rekrutteringstillegg i forbindelse med lokale forhandlinger. Gode introduksjonsprogram for nyansatte er også viktig for at folk skal bli værende.

### 5.9 Samarbeid med andre

Kvitsand samarbeider med nabokommunene i regionrådet om felles kurs, blant annet innen barnevern, legevakt og beredskap. Et felles kurstilbud gjør det mulig å tilby opplæring som kommunen ikke kunne hatt alene, og gir ansatte i små fagmiljøer kontakt med kolleger i andre kommuner. Kommunen vil også bruke tilbudene fra statsforvalteren, KS og utviklingssenteret for sykehjem og hjemmetjenester i fylket.

## 6. Tiltak 2025–2026

Tabellen viser de tiltakene som er planlagt. Enhetene kan i tillegg gjennomføre egne tiltak innenfor sine budsjetter.


| Tiltak | Målgruppe | Tidspunkt | Ansvarlig |
|---|---|---|---|
| Fagbrev på jobb, helsefagarbeider | Assistenter i helse og omsorg | 2025–2026 | Kommunalsjef helse og omsorg |
| Sommerjobb for sykepleierstudenter | Sykepleierstudenter | Sommer 2025 og 2026 | Enhetsleder sykehjem |
| Kurs i demensomsorg | Ansatte i sykehjem og hjemmetjeneste | Høst 2025 | Enhetsleder hjemmetjenesten |
| Videreutdanning for lærere | Lærere uten godkjent fordypning | Søknadsfrist 1. mars | Rektorer |
| Fagbrev barne- og ungdomsarbeider | Assistenter i barnehage | 2025–2026 | Styrere |
| Ledersamling | Alle ledere | Oktober 2025 og oktober 2026 | Personalsjef |
| HMS-kurs 40 timer | Nye ledere og verneombud | Vår 2025 | Personalsjef / bedriftshelsetjenesten |
| Brannvernopplæring | Alle ansatte | Årlig | Enhetsledere |
| E-læring personvern og informasjonssikkerhet | Alle ansatte | Innen 1. juni 2025 | Enhetsledere |
| Kompetansekartlegging i KS Læring | Alle ansatte | Høst 2025 | Personal og organisasjon |
| Lærlinger | Søkere til læreplass | Årlig opptak august | Lærlingkoordinator |

## 7. Ansvar

Kommunedirektøren har det overordnede ansvaret for kompetansearbeidet i kommunen. Personal og organisasjon har ansvar for å koordinere arbeidet, administrere felles kurs og gi råd til ledere.

Enhetslederne har ansvar for kompetanseutviklingen i egen enhet og for at ansatte får nødvendig opplæring.

Ansatte som ønsker kurs eller videreutdanning, tar dette opp med nærmeste leder.

Alle ansatte har et eget ansvar for å holde seg faglig oppdatert og for å dele kunnskap med kollegene sine.

## 8. Økonomi

Tiltakene dekkes innenfor enhetenes budsjetter. For videreutdanning av lærere og for fagbrev på jobb søker kommunen om statlige tilskudd. Kommunen har i dag ikke en egen sentral pott til kompetanseutvikling.

## 9. Oppfølging

Planen følges opp i kommunedirektørens ledermøte to ganger i året. Antall gjennomførte kurs og antall ansatte som har tatt fagbrev, tas med i årsmeldingen.

Etter interne kurs kan deltakerne gi tilbakemelding i et enkelt skjema, slik at vi kan gjøre kursene bedre.

Planen rulleres høsten 2026.
"""
open('/work/blind-review-4/kvitsand-kompetanseplan-2025-2026.md', 'w').write(text)
print(len(text.split()), 'words')
