"""Generate Kvernøy kommune - Kompetanseplan 2026-2029 (thin / uneven; Markdown)."""
import os

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BASE = "kvernoy-kompetanseplan-2026-2029"

TEXT = """# Kvernøy kommune

## Kompetanseplan 2026–2029

### 1. Bakgrunn og forankring

Kvernøy kommune skal gi gode og trygge tjenester til innbyggerne, og det krever at vi har
medarbeidere med riktig kompetanse. Som mange andre kommuner står vi overfor endringer i
oppgavene, nye krav fra staten og økt konkurranse om arbeidskraften.

Planen skal bidra til at kommunen har den kompetansen som trengs for å løse oppgavene i dag og
i årene som kommer, og at ansatte opplever at de får påfyll og utvikling i jobben. Planen skal
også gjøre det enklere å se hvilke kompetansetiltak som finnes i kommunen.

### 2. Kartlegging og analyse

Kommunen har i dag ikke en samlet oversikt over hvilken kompetanse de ansatte har, og hva
behovet vil være framover. Det skal derfor gjennomføres en kompetansekartlegging i alle enheter i løpet av
høsten 2026, med kompetansemodulen i personalsystemet. Resultatene vil bli analysert og brukt til å
prioritere tiltak.

### 3. Mål

Kvernøy kommune har disse målene for kompetanseutviklingen i planperioden:

1. **Innen utgangen av 2028 skal minst 80 prosent av de faste stillingene i helse og omsorg være
   besatt av personell med fagbrev eller høyere utdanning.**
2. Kommunen skal være en lærende organisasjon der ansatte deler kunnskap med hverandre.
3. Ansatte skal oppleve at de har mulighet til å utvikle seg i jobben.

### 4. Tiltak

Følgende tiltak er aktuelle i planperioden:

- Tilrettelegge for at flere kan ta fagbrev gjennom praksiskandidatordningen
- Flere lærlingplasser
- Lederutvikling
- Kurs i velferdsteknologi
- Mer bruk av e-læring
- Hospitering mellom enhetene
- Deltakelse i regionale nettverk og fagdager

#### 4.1 E-læring

Kommunen tok i 2025 i bruk en ny læringsplattform. Plattformen gir tilgang til over 300 kurs,
blant annet i informasjonssikkerhet, personvern, brannvern, legemiddelhåndtering, smittevern,
klart språk og bruk av Office-programmene. Kursene kan tas på jobb eller hjemme, på PC, nettbrett
eller mobil, og det er mulig å ta dem i eget tempo. De fleste kursene har lyd og teksting, og
mange finnes også på engelsk.

Plattformen har også en funksjon for at enhetene selv kan lage korte kurs og opplæringsvideoer,
for eksempel om rutiner som gjelder bare én arbeidsplass. Flere enheter har allerede tatt dette i
bruk. Innlogging skjer med kommunens vanlige brukernavn og passord.

E-læring kan ikke erstatte praktisk opplæring og veiledning, men gjør det enklere å gi alle
ansatte en felles grunnopplæring, også de som jobber helg, kveld og natt.

#### 4.2 Lærlinger

Kvernøy har gode erfaringer med lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget.
Mange av lærlingene har fått fast jobb i kommunen etter fagprøven. Vi ønsker å ta inn flere
lærlinger, også i andre fag.

### 5. Økonomi

Kompetanse koster, men det koster også å ikke ha den kompetansen vi trenger. Det finnes flere
statlige tilskuddsordninger som kommunen kan søke på, se vedlegget.

---

### Vedlegg: Aktuelle tilskuddsordninger

| Ordning | Hvem kan søke | Forvaltes av |
|---|---|---|
| Kompetanse- og innovasjonstilskuddet | Kommuner, for ansatte i helse og omsorg | Statsforvalteren |
| Videreutdanning for lærere | Skoleeier, for lærere | Utdanningsdirektoratet |
| Tilskudd til barnehagelærerutdanning | Barnehageeier, for ansatte i barnehage | Utdanningsdirektoratet |
| Lærlingtilskudd | Lærebedrifter | Fylkeskommunen |
"""

path = os.path.join(OUT, BASE + ".md")
with open(path, "w", encoding="utf-8") as f:
    f.write(TEXT)
print("wrote", path, len(TEXT.split()), "words")
