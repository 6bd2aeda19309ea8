TEXT = """# Nesbukt kommune
## Kompetanseplan 2025

Godkjent av kommunedirektøren 14.01.2025.

## 1. Om planen

Nesbukt kommune er en liten kommune med omtrent 240 ansatte. Vi har ansvar for mange ulike tjenester, fra barnehage og skole til helse, omsorg, vann og vei. Alle ansatte trenger å holde seg faglig oppdatert, og kommunen ønsker å legge til rette for at medarbeiderne får den opplæringen som trengs i jobben.

Denne planen gir en oversikt over hvilke kurs og opplæringstiltak kommunen tilbyr i 2025, og hvilke regler som gjelder for permisjon, stipend og dekning av utgifter. Planen gjelder for alle ansatte i kommunen.

## 2. Forankring og mål

Kompetanse er viktig for at Nesbukt kommune skal kunne gi gode tjenester. Kommunen har som mål at:

- ansatte skal ha riktig kompetanse for oppgavene sine
- nyansatte skal få en god start
- ansatte skal oppleve at kommunen satser på dem
- vi skal følge lovpålagte krav til opplæring

## 3. Utfordringer

Som mange andre små kommuner merker Nesbukt at det er vanskelig å rekruttere fagfolk, særlig sykepleiere og lærere. Flere ansatte nærmer seg pensjonsalder. Kommunen har ikke en samlet oversikt over kompetansen til de ansatte. En kartlegging av kompetansen i alle enheter skal gjennomføres i løpet av 2025.

## 4. Opplæringstiltak 2025

Tabellen viser de felles tiltakene kommunen tilbyr i 2025. I tillegg har enhetene egne kurs og fagdager.

| Tiltak | Målgruppe |
|---|---|
| Førstehjelpskurs | Alle ansatte i oppvekst og helse |
| HMS-kurs for ledere (40 timer) | Nye ledere |
| Verneombudskurs | Nye verneombud |
| Brannvernopplæring | Alle ansatte |
| E-læring i personvern og informasjonssikkerhet | Alle ansatte |
| Kurs i dokumentasjon i fagsystemet | Ansatte i helse og omsorg |
| Legemiddelhåndtering | Helsefagarbeidere og sykepleiere |
| Fagdag for barnehagene | Ansatte i barnehage |
| Videreutdanning for lærere etter statlig ordning | Lærere |
| Kurs i saksbehandling og forvaltningsloven | Saksbehandlere |

Påmelding til kursene skjer gjennom kursoversikten på intranettet. Kurs som er lovpålagte skal prioriteres.

### Lovpålagt opplæring

Noen former for opplæring er pålagt i lov eller forskrift. Dette gjelder blant annet:

- opplæring av verneombud og medlemmer av arbeidsmiljøutvalget (arbeidsmiljøloven § 6-5 og § 7-4)
- HMS-opplæring for ledere (arbeidsmiljøloven § 3-5)
- opplæring i legemiddelhåndtering for ansatte som deler ut legemidler
- brannvernopplæring for ansatte i institusjoner og skoler
- opplæring i bruk av tvang etter helse- og omsorgstjenesteloven kapittel 9, for ansatte som arbeider med personer med utviklingshemming

Leder har ansvar for at egne ansatte har gjennomført lovpålagt opplæring, og skal føre oversikt over dette.

### Kurs i regi av andre

Ansatte kan også delta på kurs og konferanser som arrangeres av KS, Statsforvalteren, fagforbundene og andre. Slike kurs dekkes av enhetens eget budsjett. Ansatte som deltar på eksterne kurs, oppfordres til å dele det de har lært med kollegene sine på neste personalmøte.

## 5. Nyansatte

Alle nyansatte skal få en introduksjon til kommunen og arbeidsplassen. Nærmeste leder har ansvar for at den nyansatte får opplæring i rutiner, HMS, taushetsplikt og fagsystemer. Sjekkliste for nyansatte finnes i personalhåndboka. Kommunen arrangerer en felles introduksjonsdag for nyansatte om høsten.

## 6. Søknad om utdanning og kurs

Ansatte som ønsker å ta kurs eller utdanning utover de felles tiltakene, sender søknad til nærmeste leder. Leder avgjør søknaden ut fra enhetens budsjett og bemanning. Søknader om videreutdanning som varer mer enn ett semester sendes til personalavdelingen innen 1. mai for studier som starter til høsten, og innen 1. november for studier som starter på våren.

## 7. Permisjon og dekning av utgifter

### 7.1 Permisjon med lønn

Ansatte som tar utdanning som kommunen har godkjent, kan få permisjon med lønn til:

- eksamensdager, inntil to dager per eksamen
- obligatoriske samlinger
- nødvendig reisetid

### 7.2 Permisjon uten lønn

Ansatte kan søke om permisjon uten lønn i inntil ett år for å ta utdanning. Permisjon innvilges dersom tjenesten tillater det.

### 7.3 Utgifter

Kommunen kan dekke kursavgift, studieavgift, pensum og reiseutgifter for godkjent utdanning. Reiseutgifter dekkes etter statens satser.

### 7.4 Bindingstid

Dersom kommunen dekker utgifter til utdanning på mer enn 30 000 kroner, gjelder en bindingstid på ett år etter fullført utdanning. Slutter den ansatte før bindingstiden er ute, skal en forholdsmessig del av utgiftene betales tilbake. Avtale om bindingstid skrives før utdanningen starter.

## 8. Stipend

Kommunen deler ut inntil fem stipend á 20 000 kroner per år til ansatte som tar utdanning innenfor helse, oppvekst eller teknisk drift. Stipendet lyses ut internt i mars. Søknad sendes personalavdelingen.

## 9. Lærlinger

Nesbukt kommune tar inn lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget. Kommunen ønsker å ta inn lærlinger når det er plass i enhetene. Lærlingene følges opp av faglig leder og instruktør på arbeidsplassen.

## 10. Kontaktpersoner

Spørsmål om planen kan rettes til personalavdelingen, tlf. 71 00 00 00, eller e-post postmottak@nesbukt.kommune.no.
"""
open('/work/blind-review-7/nesbukt-kompetanseplan-2025.md', 'w').write(TEXT)
