"""Generate the fictitious Kvernstad kommune short action plan (Markdown, 2-3 pages).

Intended labels (see ../labels.json, ../justification.md): a short, uneven handlingsplan.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "kvernstad-handlingsplan-kompetanse-2026-2027.md"

TEXT = """\
# Kvernstad kommune

## Handlingsplan for kompetanseutvikling 2026–2027

*Helse, omsorg og oppvekst*

---

### 1. Innledning

Kvernstad kommune merker, som mange andre kommuner, at det blir vanskeligere å skaffe fagfolk til
hjemmetjenesten, Kvernstad bo- og omsorgssenter og barnehagene.

Formålet med handlingsplanen er å gi flere av våre ansatte mulighet til å ta fagbrev og
videreutdanning, slik at vi kan gi trygge og gode tjenester også når behovet øker. Vi vil heller
satse på dem som allerede jobber hos oss, enn å være avhengige av vikarbyråer.

Handlingsplanen gjelder for to år og omfatter enhetene i helse og omsorg og i oppvekst.

### 2. Mål for 2026–2027

| Nr | Mål | Frist |
|----|-----|-------|
| M1 | Minst 12 assistenter i helse og omsorg har startet fagbrevløp som helsefagarbeider | 31.12.2026 |
| M2 | Minst 8 assistenter har fått fagbrev som helsefagarbeider | 31.12.2027 |
| M3 | Alle ansatte i hjemmetjenesten har gjennomført opplæring i medisinhåndtering | 30.06.2026 |
| M4 | Minst 4 sykepleiere har startet videreutdanning i geriatri, demens eller psykisk helse | 31.08.2026 |
| M5 | Minst 6 fagarbeidere i barnehagene har startet arbeidsplassbasert barnehagelærerutdanning | 15.08.2027 |
| M6 | Alle nyansatte har gjennomført kommunens introduksjonsdag | Løpende, innen 3 mnd. etter tiltredelse |

### 3. Tiltak

| Tiltak | Målgruppe | Ansvar | Tidspunkt | Mål |
|--------|-----------|--------|-----------|-----|
| Fagbrev på jobb i samarbeid med Kvernstad videregående skole | Assistenter i helse og omsorg med minst 5 års praksis | Enhetsleder hjemmetjenesten og enhetsleder bo- og omsorgssenter | Oppstart januar 2026 | M1, M2 |
| Kveldsundervisning og leksehjelp | Fagbrevkandidater | Fagutviklingssykepleier | Vår 2026 – høst 2027 | M2 |
| E-læringskurs i medisinhåndtering | Alle ansatte i hjemmetjenesten | Enhetsleder hjemmetjenesten | Innen 30.06.2026 | M3 |
| Permisjon med lønn på samlingsdager og dekning av studieavgift | Sykepleiere som tar videreutdanning | Kommunalsjef helse og omsorg | Studieåret 2026/27 | M4 |
| Arbeidsplassbasert barnehagelærerutdanning (ABLU) | Fagarbeidere i barnehage | Styrerne | Søknadsfrist 1. mars 2027 | M5 |
| Introduksjonsdag for nyansatte, to ganger i året | Alle nyansatte | HR | Mars og oktober | M6 |
| Fagdag om velferdsteknologi | Ansatte i hjemmetjenesten | Enhetsleder hjemmetjenesten | Høst 2026 | – |

### 4. Slik søker du om kurs og videreutdanning

Ønsker om kurs, fagbrev og videreutdanning tas opp i den årlige medarbeidersamtalen. Leder og
medarbeider blir der enige om hvilke tiltak som er aktuelle, og hva som forventes av begge parter
under og etter utdanningen – for eksempel hvordan medarbeideren skal få tid til å studere, og hvordan
den nye kunnskapen skal deles med kollegene på personalmøter.

Søknader om videreutdanning og permisjon sendes nærmeste leder innen 1. mars. Enhetsleder vurderer
søknadene opp mot målene i punkt 2. Søknader som bidrar til å nå målene M1–M5, prioriteres.
Medarbeidere som får dekket studieavgift, forplikter seg til å arbeide i kommunen i minst to år
etter fullført utdanning.

### 5. Permisjon og dekning av utgifter

For utdanning som inngår i tiltakene i punkt 3, gjelder dette:

- Kommunen dekker studieavgift, pensum inntil kr 3 000 per semester og reise til samlinger etter
  statens satser.
- Det gis permisjon med lønn på samlingsdager og eksamensdager, og to lesedager før hver eksamen.
- Fagbrevkandidater får fri med lønn til kveldsundervisningen når den kolliderer med vakt.
  Enheten setter inn vikar ved behov.
- Studier som ikke inngår i punkt 3, kan innvilges permisjon uten lønn etter arbeidsmiljøloven
  § 12-11.
- Bindingstid: to år for utdanning over 30 studiepoeng, ett år for kortere utdanning. Slutter
  medarbeideren før bindingstiden er ute, betales en forholdsmessig del av studieavgiften tilbake.

### 6. Introduksjonsdagen

Introduksjonsdagen holdes i kommunestyresalen i mars og oktober. Programmet er:

- velkommen ved kommunedirektøren
- Kvernstad kommune som organisasjon og arbeidsplass
- taushetsplikt, informasjonssikkerhet og avvikshåndtering
- HMS, brannvern og varsling
- lønn, arbeidstid og turnus – informasjon fra HR og hovedtillitsvalgte
- omvisning på rådhuset og lunsj

Alle nyansatte melder seg på via intranettet. Nærmeste leder sørger for at den nyansatte får fri
til å delta.

### 7. Kartlegging

Kommunen skal høsten 2026 gjennomføre en kompetansekartlegging i alle enheter i helse og omsorg og
oppvekst ved hjelp av KS Læring. Resultatene vil bli brukt når neste handlingsplan skal lages.

### 8. Kontakt

Spørsmål om handlingsplanen kan rettes til nærmeste leder.
"""

OUT.write_text(TEXT, encoding="utf-8")
print(OUT)
