import os
OUT = os.path.join(os.path.dirname(__file__), "..", "tjornelv-kompetanseplan-2025-2026.md")
TEXT = """# Tjørnelv kommune – Kompetanseplan 2025–2026

*Behandlet i administrasjonsutvalget 11. mars 2025, sak 6/25*

## Innledning

Tjørnelv kommune er en liten kommune med 2 900 innbyggere og om lag 260 ansatte. Vi er avhengige av
at de ansatte vi har, får påfyll og blir i kommunen. Denne planen samler kurs og opplæring som skal
prioriteres i 2025 og 2026, og beskriver hvordan ansatte kan søke om støtte til videreutdanning.

Planen er behandlet i administrasjonsutvalget. I budsjettet for 2025 er det satt av 250 000 kroner
til felles kompetansetiltak. Utgifter til kurs som bare gjelder én enhet, dekkes av enhetens eget
budsjett.

## Mål

Målet med planen er at innbyggerne skal få gode tjenester, og at de ansatte har den kompetansen som
trengs for å gi slike tjenester. Vi ønsker også at flere assistenter og ufaglærte tar fagbrev, og
at kommunen blir en mer attraktiv arbeidsplass.

## Behov

Enhetslederne har i ledermøtet i januar 2025 meldt inn hva de mener er de største behovene i sine
enheter. Det som går igjen, er:

- opplæring i det nye journalsystemet i helse og omsorg
- kurs i legemiddelhåndtering og førstehjelp
- kompetanse på barn med særskilte behov i skole og barnehage
- oppfølging av sykefravær for ledere
- grunnleggende opplæring i informasjonssikkerhet for alle ansatte

Det er i dag vanskelig å få tak i sykepleiere, og flere av lederne peker på at det vil bli et større
problem framover. Kommunen har ikke gjort en samlet kartlegging av kompetansen til de ansatte. Vi
tar sikte på å gjennomføre en kompetansekartlegging i KS Læring høsten 2025.

## Tiltak 2025–2026

| Tiltak | Hvem | Når | Ansvar |
|---|---|---|---|
| Opplæring i nytt journalsystem | Alle ansatte i helse og omsorg | Februar–april 2025 | Enhetsleder helse og omsorg |
| Legemiddelkurs (e-læring og fagdag) | Ansatte som deler ut legemidler | Mai 2025 og mai 2026 | Fagsykepleier |
| Førstehjelpskurs | Ansatte i skole, barnehage og hjemmetjeneste | Høst 2025 | Verneombud og HR |
| Kurs om barn med særskilte behov (med PPT) | Lærere, barnehagelærere og assistenter | Planleggingsdager august 2025 | Rektor og styrer |
| Sykefraværsoppfølging | Alle ledere med personalansvar | Oktober 2025 | HR-rådgiver |
| Informasjonssikkerhet (e-læring KS Læring) | Alle ansatte | Innen 31. desember 2025 | Den enkelte leder |
| Fagbrev på jobb | Assistenter og ufaglærte som ønsker det | 2025–2026 | HR-rådgiver i samarbeid med enhetsleder |

Tabellen viser de felles tiltakene. Enhetene kan i tillegg sette i gang egne kurs innenfor sitt
budsjett, men bør da sjekke med HR om tilsvarende tilbud allerede finnes, for eksempel gjennom
Vestlandets interkommunale kurssamarbeid eller KS Læring.

## Lovpålagt opplæring

En del opplæring er vi pålagt å gi etter lov og forskrift. Denne opplæringen går foran andre tiltak
og skal gjennomføres uavhengig av budsjettsituasjonen:

- HMS-opplæring for ledere (arbeidsmiljøloven § 3-5). Nye ledere skal ha gjennomført kurset innen seks måneder etter tiltredelse.
- Opplæring av verneombud og medlemmer i AMU (40 timer).
- Opplæring i legemiddelhåndtering for alle som deler ut legemidler (legemiddelforskriften).
- Brannvernopplæring og brannøvelser i institusjoner, skoler og barnehager.
- Opplæring i bruk av tvang og makt for ansatte som yter tjenester til personer med utviklingshemming.
- Personvern og taushetsplikt for alle nyansatte.

Enhetslederen har ansvar for at ansatte i enheten får den lovpålagte opplæringen de trenger.

## Nyansatte og lærlinger

Alle nyansatte skal få en fadder i sin enhet de første ukene, og de skal gjennomføre e-læringskursene
i personvern og informasjonssikkerhet i løpet av den første måneden. HR arrangerer en felles
velkomstdag for nyansatte hver høst.

Kommunen tar inn to lærlinger i helsearbeiderfaget og én lærling i barne- og ungdomsarbeiderfaget
hvert år. Lærlingene følges opp av egne instruktører i enhetene, og instruktørene får tilbud om
instruktørkurs gjennom opplæringskontoret.

## Praktiske forhold

Kurs og opplæring som kommunen pålegger, gjennomføres i arbeidstiden. For ansatte i turnus legges
kursdagene inn i turnusplanen så langt det er mulig. Hvis det ikke er mulig, gis det fri eller
overtidsbetaling etter avtaleverket.

Påmelding til felles tiltak skjer via nærmeste leder. HR sender ut informasjon om kurs med frister på
intranettet og på e-post. Ved avlysning kort tid før kurset kan enheten bli belastet for
kursavgiften.

Reiser i forbindelse med kurs dekkes etter kommunens reiseregulativ. Vi oppfordrer til samkjøring og
til å bruke digitale kurs der det er likeverdig.

## Videreutdanning – søknad og avtale

Ansatte som ønsker videreutdanning eller etterutdanning med støtte fra kommunen, søker på eget skjema
innen 1. mai for påfølgende studieår. Søknaden skal først drøftes med nærmeste leder, gjerne i
medarbeidersamtalen.

Nærmeste leder og HR vurderer søknadene opp mot de prioriterte behovene og målene i denne planen.
Utdanning som dekker behovene i helse og omsorg og i oppvekst, går foran. Det legges også vekt på om
utdanningen kan brukes direkte i stillingen, og om enheten kan løse oppgavene mens den ansatte
studerer.

Når søknaden innvilges, inngår leder og ansatt en skriftlig avtale. Avtalen beskriver hva kommunen
dekker (for eksempel studieavgift, reise og permisjon med lønn til eksamen), eventuell bindingstid,
og hva leder og ansatt forventer av hverandre underveis og etter at utdanningen er fullført – blant
annet hvordan den ansatte skal dele ny kunnskap med kollegene.

## Helse og omsorg

Enhet for helse og omsorg skal lage en egen opplæringsplan for obligatorisk opplæring (blant annet
legemidler, smittevern og forflytning) innen 1. juni 2025.

## Kontakt

Spørsmål om planen kan rettes til HR-rådgiver i Tjørnelv kommune.
"""
open(OUT, "w", encoding="utf-8").write(TEXT)
print(OUT)
