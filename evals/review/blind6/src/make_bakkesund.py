text = """# Bakkesund kommune

## Kompetanseplan 2025–2026

Personalkontoret, januar 2025

---

### 1. Innledning

Bakkesund kommune har om lag 3 900 innbyggere og 380 ansatte fordelt på helse og omsorg, oppvekst, teknisk drift og administrasjon. Kommunen leverer et bredt spekter av tjenester, og mange av tjenestene er regulert av lover og forskrifter som stiller krav til de ansattes kompetanse.

Samfunnet endrer seg, og det samme gjør oppgavene våre. Nye digitale løsninger, nye krav fra staten og endringer i befolkningen gjør at de ansatte må lære nye ting gjennom hele arbeidslivet. God opplæring er viktig både for kvaliteten på tjenestene og for at de ansatte skal trives og mestre jobben sin.

### 1.1 Formål

Kompetanseplanen skal gi en oversikt over kommunens arbeid med opplæring og kompetanseutvikling for ansatte. Planen gjelder for alle ansatte i Bakkesund kommune og skal være et hjelpemiddel for ledere og ansatte når det gjelder opplæring.

Planen er utarbeidet av personalkontoret og godkjent av kommunedirektøren. Den gjelder for to år og skal deretter revideres.

### 2. Hva er kompetanse?

Med kompetanse mener vi kunnskaper, ferdigheter og holdninger som den ansatte trenger for å utføre jobben sin på en god måte.

### 3. Lovverk og avtaler

Kommunen har plikt til å sørge for at de ansatte har den opplæringen de trenger. Dette følger blant annet av:

- Hovedavtalen del B § 7 om kompetanseutvikling
- Hovedtariffavtalen kapittel 3 punkt 3.4 om etter- og videreutdanning
- Arbeidsmiljøloven, blant annet om opplæring av verneombud (§ 6-5) og ledere (§ 3-5)
- Helsepersonelloven § 4 om forsvarlighet
- Opplæringslova med forskrift om kompetansekrav for lærere
- Barnehageloven om pedagogisk bemanning

Kommunen skal i tillegg følge de krav som stilles i særlover og forskrifter for de ulike tjenestene.

### 4. Mål

Bakkesund kommune har følgende mål for kompetansearbeidet:

- Ansatte skal ha nødvendig kompetanse for å gi gode tjenester til innbyggerne.
- Kommunen skal være en lærende organisasjon.
- Kommunen skal legge til rette for at ansatte kan utvikle seg i jobben.
- Kommunen skal ha gode ledere.

### 5. Ansvar

**Kommunedirektøren** har det overordnede ansvaret for kompetanseutvikling i kommunen.

**Personalkontoret** har ansvar for felles kurs, for å holde planen oppdatert og for å gi råd til lederne.

**Enhetsleder** har ansvar for at ansatte i egen enhet får nødvendig opplæring, og for at opplæringsbehov blir meldt inn til budsjettet.

**Den ansatte** har selv et ansvar for å holde seg faglig oppdatert og for å ta opp behov for opplæring med sin leder.

### 6. Kartlegging

Det er ikke gjennomført noen samlet kartlegging av kompetansen i kommunen. Kartlegging av kompetanse vil bli gjennomført i løpet av planperioden, og resultatene vil bli brukt ved neste revisjon av planen.

### 7. Satsingsområder

I planperioden vil kommunen særlig satse på:

- Ledelse
- Digitalisering
- Helse og omsorg
- Skole og barnehage
- Helse, miljø og sikkerhet

### 8. Tiltak

| Tiltak | Målgruppe |
|---|---|
| Lederkurs | Ledere |
| Kurs i Visma og nytt arkivsystem | Saksbehandlere |
| Fagbrev helsearbeider | Assistenter i helse og omsorg |
| Videreutdanning for lærere | Lærere |
| Kurs i førstehjelp | Alle ansatte |
| HMS-kurs | Ledere og verneombud |
| Brannvernopplæring | Alle ansatte |
| Kurs i dokumentasjon | Ansatte i helse og omsorg |
| Opplæring i personvern (GDPR) | Alle ansatte |

Enhetene kan i tillegg ha egne tiltak som dekkes innenfor enhetens budsjett. Det er ikke avsatt egne sentrale midler til kompetanseutvikling utover felles kurs.

### 9. Etter- og videreutdanning

Ansatte som ønsker å ta etter- eller videreutdanning, sender søknad til nærmeste leder. Leder vurderer søknaden ut fra enhetens budsjett og behovet i tjenesten.

Kommunen kan gi permisjon med eller uten lønn etter kommunens permisjonsreglement. Ved utdanning som kommunen dekker, kan det inngås avtale om bindingstid. Utgifter til reise og opphold dekkes etter avtale med leder.

Det gis ikke lønnstillegg for videreutdanning utover det som følger av Hovedtariffavtalen og lokale lønnsforhandlinger.

### 10. Lærlinger

Bakkesund kommune tar inn lærlinger i helsearbeiderfaget, barne- og ungdomsarbeiderfaget og IKT-servicefaget. Antall lærlinger avgjøres i budsjettet for hvert år. Lærlingene følges opp av en faglig leder på arbeidsstedet.

### 11. Nyansatte

Alle nyansatte skal få en introduksjon på arbeidsstedet. Leder har ansvar for at nyansatte får nødvendig opplæring i rutiner, fagsystemer og HMS. Sjekkliste for mottak av nyansatte finnes i kvalitetssystemet.

### 12. Kompetanseutvikling i hverdagen

Mye av læringen skjer i det daglige arbeidet, gjennom samarbeid med kolleger, personalmøter og fagmøter. Kommunen ønsker at enhetene bruker personalmøtene til faglige tema der det er mulig. Ansatte som har vært på kurs, oppfordres til å dele det de har lært med kollegene sine.

Kommunen deltar i regionale nettverk og samarbeid med nabokommunene der dette er hensiktsmessig, blant annet innen helse og omsorg og skole.

### 13. Praktiske rutiner

- Påmelding til felles kurs skjer via kommunens intranett.
- Kursbevis og dokumentasjon på fullført utdanning leveres til personalkontoret og registreres i personalsystemet.
- Ansatte som ikke kan møte på kurs de er påmeldt, skal melde fra til leder og kursansvarlig så snart som mulig.
- Kurs som holdes i arbeidstiden, regnes som arbeidstid. For kurs utenfor arbeidstiden gjelder reglene i Hovedtariffavtalen.
- Utgifter til kurs belastes enhetens budsjett dersom ikke annet er avtalt.

### 14. Evaluering

Enhetsleder er ansvarlig for at ansatte får den opplæringen som er nødvendig. Personalkontoret har ansvar for å sette opp og annonsere felles kurs.
"""
open("/work/blind-review-6/bakkesund-kompetanseplan-2025-2026.md", "w").write(text)
print(len(text.split()))
