import sys, os, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from helpers import *

d = new_doc()
title(d, 'Kompetanseplan 2024–2027', 'Tverrå kommune\nHR-avdelingen\nVersjon 1.0 – februar 2024')

h(d, '1 Innledning')
para(d, """
Tverrå kommune har om lag 610 ansatte fordelt på 470 årsverk. Kommunen står overfor de samme
utfordringene som mange andre distriktskommuner: flere eldre, hard konkurranse om
fagarbeidere og økende krav til kvalitet og dokumentasjon i tjenestene. Kompetanseplanen skal
gi en samlet oversikt over hvordan kommunen skal arbeide med kompetanse i perioden 2024–2027.

Planen er utarbeidet av HR-avdelingen med innspill fra tjenesteledere. Utkastet er drøftet med
hovedtillitsvalgte i drøftingsmøte 5. desember 2023.
""")

h(d, '1.1 Forankring', 2)
para(d, """
Kompetanseplanen er en temaplan i kommunal planstrategi 2024–2027 og ble vedtatt av
kommunestyret 1. februar 2024 (sak 4/24). Planen skal legges til grunn for
kompetanseprioriteringer i budsjett og økonomiplan. I økonomiplanen for 2024–2027 er det satt av
900 000 kroner årlig i en sentral kompetansepott, som kommer i tillegg til tjenesteområdenes
egne kursbudsjetter.

Kommunens ambisjon er at Tverrå skal være en lærende organisasjon der alle ansatte får
utvikle seg, og at vi skal lykkes med å dekke de viktigste kompetansebehovene i helse og
oppvekst.
""")

h(d, '1.2 Overordnede føringer', 2)
para(d, """
Planen bygger på kommuneplanens samfunnsdel 2020–2032, arbeidsgiverstrategien og
budsjettdokumentet. I tillegg gir statlige føringer rammer for arbeidet, blant annet
Kompetanseløftet 2025, kompetansekravene for lærere og kravet til pedagogisk bemanning i
barnehagene. Kommunens verdier – åpen, modig og tilstede – skal prege arbeidet med
kompetanse.
""")

h(d, '2 Nåsituasjon og utfordringer')
para(d, """
Våren 2023 kartla tjenesteområdene formell kompetanse og opplevde kompetansebehov hos sine
ansatte. Kartleggingen ble gjort i et felles regneark og sammenstilt av HR med data fra
lønns- og personalsystemet. Hovedfunnene er:
""")
table(d, ['Tjenesteområde', 'Hovedfunn fra kartleggingen 2023'], [
    ['Helse og velferd', '27 % av de ansatte er over 55 år. 6 sykepleierstillinger var ubesatt ved utgangen av 2023, og 4 sykepleiere går av med pensjon innen 2026. 35 % av de som jobber helg, er ufaglærte. Mange melder behov for opplæring i demens og palliasjon.'],
    ['Oppvekst', '42 % av assistentene i barnehagene mangler fagbrev. 18 lærere oppfyller ikke kompetansekravene i minst ett fag. Skolene melder behov for kompetanse i spesialpedagogikk og klasseledelse.'],
    ['Teknisk og plan', 'Kommunen har én byggesaksbehandler og bruker innleie ved fravær. Mangler kompetanse på digitale kartverktøy.'],
    ['Stab og støtte', 'Nye fagsystemer for arkiv og økonomi ble innført i 2023. Mange ansatte oppgir at de har behov for mer opplæring i systemene.'],
    ['Hele kommunen', 'Deltidsandelen er 48 %. Sykefraværet var 9,1 % i 2023. 12 av 34 ledere har formell lederutdanning.'],
], widths=[4, 12])
para(d, """
Kartleggingen viser at kompetanseutfordringene er størst i helse og velferd og i oppvekst.
Samtidig er det sårbart at viktige funksjoner i teknisk og stab er knyttet til én person. Med
en forventet økning i antall innbyggere over 80 år vil behovet for helsepersonell øke i hele
planperioden.
""")

h(d, '3 Mål og strategier')
h(d, '3.1 Hovedmål', 2)
para(d, """
Tverrå kommune skal ha medarbeidere med riktig kompetanse for å gi innbyggerne gode og
trygge tjenester.
""")
h(d, '3.2 Delmål', 2)
bullets(d, [
    'Styrke fagkompetansen i helse og velferd, særlig innen demens, palliasjon og legemiddelhåndtering.',
    'Øke andelen fagarbeidere i barnehagene.',
    'Lærerne skal oppfylle kompetansekravene.',
    'Ledere skal ha god kompetanse i personalledelse og økonomistyring.',
    'Ansatte skal kunne bruke de digitale verktøyene de trenger i jobben.',
    'Redusere sårbarheten i små fagmiljøer.',
])
h(d, '3.3 Strategier', 2)
para(d, """
Kommunen vil arbeide etter tre strategier i planperioden:

Rekruttere: Vi skal være synlige overfor studenter og lærlinger, og bruke lærlingordningen
aktivt for å sikre fagarbeidere.

Utvikle: Vi skal bygge kompetanse hos egne ansatte gjennom fagbrev på jobb, videreutdanning og
intern opplæring.

Beholde: Vi skal legge til rette for større stillinger, god ledelse og et godt arbeidsmiljø, slik
at ansatte ønsker å bli i Tverrå kommune.

Kommunen vil også samarbeide med nabokommunene i regionrådet om felles opplæring og om
interkommunale løsninger der fagmiljøene er små.
""")

h(d, '4 Handlingsplan')
para(d, """
Tabellen viser tiltakene i planperioden. Tiltakene prioriteres innenfor tilgjengelige rammer, og
handlingsplanen oppdateres årlig ved behov.
""")
table(d, ['Tiltak', 'Målgruppe', 'Tidsperiode', 'Ansvar'], [
    ['Fagbrev på jobb – helsefagarbeider', 'Ufaglærte i helse og velferd', '2024–2026', 'Kommunalsjef helse og velferd'],
    ['Kurs i demensomsorg (ABC-opplæring)', 'Ansatte i sykehjem og hjemmetjeneste', 'Oppstart høst 2024', 'Enhetsleder sykehjem'],
    ['Videreutdanning i palliasjon', 'Sykepleiere, 2 per år', '2024–2027', 'Enhetsleder hjemmetjenesten'],
    ['Fagbrev barne- og ungdomsarbeider', 'Assistenter i barnehage', '2024–2026', 'Barnehagesjef'],
    ['Videreutdanning for lærere', 'Lærere som ikke oppfyller kompetansekravene', 'Søknad årlig innen 1. mars', 'Skolesjef / rektorer'],
    ['Regional kompetanseutvikling i skole og barnehage (DEKOMP/REKOMP)', 'Alle skoler og barnehager', '2024–2027', 'Kommunalsjef oppvekst'],
    ['Lederopplæring i personalledelse, arbeidsrett og økonomi', 'Alle ledere med personalansvar', 'Høst 2024 og høst 2025', 'HR-leder'],
    ['Opplæring i nye fagsystemer (arkiv og økonomi)', 'Saksbehandlere og ledere', 'Våren 2024', 'Leder stab / IKT'],
    ['Lærlinger i helsearbeiderfaget og barne- og ungdomsarbeiderfaget', 'Ungdom og voksne søkere', 'Årlig', 'Lærlingansvarlig HR'],
    ['Samarbeid med nabokommuner om byggesak og kart', 'Teknisk og plan', '2025', 'Kommunalsjef teknisk'],
], widths=[5.5, 4.5, 3, 3])

h(d, '5 Gjennomføring og ansvar')
para(d, """
Kommunedirektøren har det overordnede ansvaret for kompetanseplanen. Kommunalsjefene har ansvar
for at tiltakene i eget tjenesteområde gjennomføres, og HR-avdelingen koordinerer arbeidet og
forvalter den sentrale kompetansepotten.

Enhetene skal utarbeide egne opplæringsplaner innen 1. mars hvert år, med utgangspunkt i denne
planen.

Nærmeste leder har ansvar for å følge opp den enkelte ansattes kompetanseutvikling. I den
årlige medarbeidersamtalen går leder og medarbeider gjennom kompetansebehovet og blir enige om
hvilke tiltak medarbeideren skal delta i det kommende året. Ønsker om kurs og videreutdanning
vurderes opp mot delmålene i denne planen og enhetens budsjett. Før en medarbeider starter på
videreutdanning, avklarer leder og medarbeider hvordan den nye kompetansen skal brukes i
enheten etterpå. Avtalen dokumenteres i medarbeidersamtaleskjemaet.

Søknader om midler fra den sentrale kompetansepotten sendes HR innen 1. mars og 1. oktober.
Søknader som bidrar til delmålene i kapittel 3 prioriteres.
""")

h(d, '6 Oppfølging og evaluering')
para(d, """
Deltakerne på interne kurs og samlinger fyller ut et evalueringsskjema etter gjennomføringen.
HR sammenstiller evalueringene og rapporterer antall deltakere og forbruk av kompetansepotten i
årsmeldingen.

Kompetanseplanen skal evalueres i sin helhet høsten 2027, før ny plan utarbeides.
""")

h(d, 'Vedlegg')
bullets(d, [
    'Vedlegg 1: Oversikt over obligatorisk opplæring (HMS, brannvern, personvern)',
    'Vedlegg 2: Søknadsskjema for kompetansepotten',
])

out = '/work/blind-review-4/tverraa-kompetanseplan-2024-2027.docx'
d.save(out)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/work/blind-review-4', out], check=True)
os.remove(out)
print('done')
