import os
OUT = '/work/blind-review-9'
text = r'''# Lauvsand kommune – Overordnet kompetanseplan 2025–2027

*Personalavdelingen, februar 2025*

## Innledning

Lauvsand kommune har ca. 4 100 innbyggere fordelt på kystbygdene rundt Lauvsandfjorden og innlandsbygdene i Grønlia og Bjørkåsen. Kommunen har 390 ansatte.

Kompetanseplanen ble vedtatt av kommunestyret 12. desember 2024 (sak 77/24) sammen med budsjett 2025 og økonomiplan 2025–2028, og inngår i kommunens planstrategi. Den gjelder for hele kommuneorganisasjonen og er rammen for sektorenes kompetanseplaner. Ambisjonen er at Lauvsand i hele planperioden skal ha nok fagfolk til å drive lovpålagte tjenester uten å måtte redusere tilbudet i noen av bygdene, og at kommunen skal være best i regionen på å utdanne egne fagarbeidere.

Planen er skrevet av personalsjefen i samarbeid med hovedtillitsvalgte for Fagforbundet og Utdanningsforbundet.

## Hva vi vet om kompetansen i kommunen

Grunnlaget er kompetansekartleggingen som alle enheter gjennomførte i Kompetansehjulet i september–oktober 2024 (svarprosent 84), personaldata per 31.12.2024 og SSBs befolkningsframskriving fra 2024.

**Beholdning og avgang**

| Gruppe | Årsverk i dag | Ansatte 62 år + | Forventet avgang 2025–2030 | Behov 2030 (anslag) | Gap 2030 |
|---|---|---|---|---|---|
| Sykepleiere | 31 | 8 | 9 | 36 | –14 |
| Helsefagarbeidere | 58 | 15 | 17 | 64 | –23 |
| Barnehagelærere | 22 | 3 | 4 | 21 | –3 |
| Lærere | 54 | 9 | 11 | 50 | –7 |
| Ingeniør/tekniker | 9 | 4 | 4 | 10 | –5 |
| Ufaglærte assistenter | 47 | 6 | 7 | 35 | +5 |

*Behov 2030 er beregnet ut fra SSBs framskriving av antall innbyggere over 80 år (fra 240 til 355) og barn 0–15 år (fra 610 til 540), med dagens bemanningsnormer.*

Analysen viser at:

- Sykepleiere og helsefagarbeidere er den mest kritiske mangelen. Uten tiltak vil vi i 2030 mangle om lag 14 sykepleiere og 23 helsefagarbeidere, særlig i kystbygdene der hjemmetjenesten har lange kjøreavstander.
- I teknisk sektor går nesten halvparten av de ansatte av innen 2030. Kompetanse på vann, avløp og kommunale kaier er knyttet til få personer og står i fare for å forsvinne.
- Nedgangen i barnetall gjør at behovet for lærere går noe ned, men vi mangler fortsatt lærere med fordypning i norsk, matematikk og engelsk for å oppfylle kompetansekravene innen 2025-fristen (12 lærere mangler).
- Vi vil trenge færre ufaglærte assistenter. Mange av dem er aktuelle for fagbrev, og kartleggingen viser at 19 av 47 ønsker å ta fagbrev.
- Kartleggingen sier lite om holdninger og samarbeidsferdigheter. Medarbeiderundersøkelsen viser at 31 % av de ansatte i helse og omsorg opplever at de ikke får brukt kompetansen sin.

Kartleggingen gjentas hvert annet år, neste gang høsten 2026, og analysen oppdateres da før planen rulleres.

## Hva vi vil

- Vi skal rekruttere og beholde flere sykepleiere og helsefagarbeidere.
- Flere assistenter skal ta fagbrev.
- Kompetansen i teknisk sektor skal sikres før erfarne medarbeidere går av.
- Flere lærere skal ha fordypning i fagene de underviser i.

Konkrete måltall for hvert mål vil bli fastsatt i sektorplanene innen utgangen av 2025.

## Tiltak

- Fagbrev for assistenter gjennom praksiskandidatordningen.
- Videreutdanning for sykepleiere innen geriatri, etter søknad.
- Vi vil vurdere å innføre rekrutteringsstipend for sykepleierstudenter fra 2026.
- Hospitering og overlapping for å overføre kompetanse i teknisk sektor.
- Deltakelse i Kompetanse for kvalitet og den regionale ordningen for skole.

## Sektorenes kompetanseplaner

Hver sektor har egen kompetanseplan som bygger på denne overordnede planen og viser hvordan sektoren følger opp analysen ovenfor. Sektorplanene revideres årlig av kommunalsjefen i forbindelse med budsjettet.

| Sektor | Plan | Vedtatt |
|---|---|---|
| Helse og omsorg | Kompetanse- og rekrutteringsplan helse og omsorg 2025–2027 | Kommunalsjef, 20.01.2025 |
| Oppvekst (skole og barnehage) | Kompetanseplan oppvekst 2025–2027 | Hovedutvalg oppvekst, 15.01.2025 |
| Teknisk og miljø | Kompetanseplan teknisk 2025–2027 | Kommunalsjef, 28.01.2025 |
| Stab og administrasjon | Opplæringsplan stab 2025 | Personalsjef, 03.02.2025 |

## Oppfølging og evaluering

Tiltakene finansieres innenfor enhetenes rammer og gjennom statlige tilskudd. Sentral kompetansepott er på 400 000 kroner i 2025. Personalsjefen har ansvar for å holde planen oppdatert og for å informere enhetslederne om den.
'''
fn = os.path.join(OUT, 'lauvsand-overordnet-kompetanseplan-2025-2027.md')
open(fn, 'w', encoding='utf-8').write(text)
print('done')
