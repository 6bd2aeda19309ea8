import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import new_doc, table, paras

OUT = '/work/blind-review-8/tindeland-handlingsplan-kompetanseutvikling-2025-2026.docx'
d = new_doc()
d.add_heading('Handlingsplan for kompetanseutvikling 2025–2026', 0)
paras(d, "Tindeland kommune – Personal og organisasjon")

d.add_heading('1. Innledning', 1)
paras(d, """
Kompetanse er ferskvare. For at Tindeland kommune skal kunne gi innbyggerne gode tjenester også i årene som
kommer, må de ansatte få mulighet til å lære og utvikle seg. Denne handlingsplanen samler de tiltakene som
gjelder på tvers av sektorene i 2025 og 2026.

Handlingsplanen ble vedtatt av kommunestyret 19. november 2024 (sak 61/24) og er en del av kommunens planverk
under kommuneplanens samfunnsdel 2021–2033. Planen bygger på kommuneplanen og på arbeidsgiverstrategien
«Sammen for Tindeland». Tiltak som krever midler, er lagt inn i handlings- og økonomiplanen 2025–2028, og
planen rulleres hvert annet år i forbindelse med budsjettet.

Ambisjonen er tydelig: Tindeland skal være en kommune der ansatte ønsker å bli værende fordi de får utvikle seg,
og vi skal redusere antallet ufaglærte i faste stillinger vesentlig i løpet av planperioden.
""")

d.add_heading('2. Slik har vi jobbet', 1)
paras(d, """
Kommunedirektøren oppnevnte i mars 2024 en arbeidsgruppe med mandat å lage forslag til ny handlingsplan for
kompetanseutvikling. Gruppen besto av personalsjef (leder), kommunalsjef for helse og velferd, en rektor, en
barnehagestyrer og enhetsleder for kommunalteknikk. En HR-rådgiver var sekretær.

Tillitsvalgte var ikke med i arbeidsgruppen. Utkastet ble lagt fram for hovedtillitsvalgte i et
informasjonsmøte 4. november 2024, og innspillene derfra er tatt med der det var mulig.
""")

d.add_heading('3. Hva sier kartleggingen?', 1)
paras(d, """
Høsten 2024 ba vi alle enhetsledere om å melde inn hvilke kompetansebehov de ser i egen enhet. 27 av 31 enheter
svarte. Innspillene kan oppsummeres slik:

- Helse og velferd trenger flere sykepleiere og helsefagarbeidere, og mer kompetanse på demens og psykisk helse.
- Barnehagene melder om behov for mer kunnskap om språkutvikling og om barn med særskilte behov.
- Skolene ønsker videreutdanning i matematikk og norsk, og mer kompetanse om skolemiljø.
- Kommunalteknikk har vansker med å rekruttere ingeniører.
- Mange enheter peker på behov for opplæring i nye digitale systemer.

En mer systematisk kartlegging av kompetansen blant alle ansatte vil bli gjennomført innen utgangen av 2026,
og resultatene skal brukes når planen rulleres.
""")

d.add_heading('4. Satsingsområder og mål', 1)
paras(d, """
Ut fra innspillene har arbeidsgruppen valgt fire satsingsområder for perioden:

- Rekruttere og beholde: Tindeland skal styrke sitt omdømme som arbeidsgiver og bli bedre til å beholde ansatte.
- Faglig utvikling: Ansatte skal ha den faglige kompetansen tjenestene krever.
- God ledelse: Lederne skal få bedre støtte i lederrollen.
- Digitalisering: Alle ansatte skal bli tryggere i bruken av digitale verktøy.
""")

d.add_heading('5. Tiltak 2025–2026', 1)
paras(d, """
Vi vil i hovedsak utvikle kompetansen til egne ansatte, framfor å basere oss på ekstern rekruttering. For
yrkesgrupper der vi ikke lykkes med dette, bruker vi stipend og rekrutteringstillegg. Vi vil også legge mer vekt
på læring i jobben: i barnehagene og på sykehjemmet innføres faste refleksjonsmøter og kollegaveiledning i
arbeidstiden, og nye ansatte får en fadder de første tre månedene. Tabellen viser de viktigste tiltakene.
""")
table(d, [
    ['Tiltak', 'Satsingsområde', 'Målgruppe', 'Ansvarlig', 'Når', 'Kostnad'],
    ['Fagbrev på jobb for assistenter og ufaglærte', 'Faglig utvikling', 'Helse og velferd, barnehage', 'Enhetsledere', '2025–2026', 'kr 300 000'],
    ['Studiestipend for sykepleierstudenter (2 år bindingstid)', 'Rekruttere og beholde', 'Studenter', 'Personalsjef', 'Fra august 2025', 'kr 240 000'],
    ['Rekrutteringstillegg ingeniører', 'Rekruttere og beholde', 'Kommunalteknikk', 'Kommunalsjef teknisk', '2025', 'kr 120 000'],
    ['Lederutviklingsprogram (4 samlinger)', 'God ledelse', 'Alle enhetsledere', 'Personal og organisasjon', 'Høst 2025 – vår 2026', 'kr 280 000'],
    ['Demensomsorgens ABC', 'Faglig utvikling', 'Ansatte i hjemmetjenesten og sykehjem', 'Kommunalsjef helse og velferd', '2025–2026', 'kr 60 000'],
    ['Videreutdanning for lærere (Kompetanse for kvalitet)', 'Faglig utvikling', 'Lærere', 'Kommunalsjef oppvekst', 'Løpende', 'Statlige midler'],
    ['Refleksjonsmøter og kollegaveiledning', 'Faglig utvikling', 'Barnehager og sykehjem', 'Styrere / avdelingsledere', 'Fra januar 2025', 'Innenfor rammen'],
    ['Fadderordning for nyansatte', 'Rekruttere og beholde', 'Nyansatte', 'Nærmeste leder', 'Løpende', 'Innenfor rammen'],
    ['Opplæring i nytt sak-/arkivsystem og Teams', 'Digitalisering', 'Alle ansatte', 'IKT-leder', 'Vår 2025', 'kr 90 000'],
])

d.add_heading('6. Søknad om kurs og videreutdanning', 1)
paras(d, """
Ansatte som ønsker kurs eller videreutdanning, søker nærmeste leder innen 1. april. Leder vurderer søknaden opp
mot satsingsområdene i denne planen, enhetens behov og budsjettet. Videreutdanning som gjelder de behovene som er
beskrevet i kapittel 3, prioriteres foran annen utdanning.

Før tiltaket starter, har leder og medarbeider en samtale der de blir enige om hva som forventes: hvordan
medarbeideren skal bruke og dele det hun eller han lærer på arbeidsplassen, hvordan vakter og fravær løses i
studietiden, og eventuell bindingstid. Avtalen skrives inn i referatet fra medarbeidersamtalen. Etter at tiltaket
er avsluttet, tas det opp igjen i neste medarbeidersamtale.
""")

d.add_heading('7. Delplaner i sektorene', 1)
paras(d, """
Handlingsplanen gjelder for hele kommunen. Hver sektor har i tillegg sin egen kompetanseplan som er utledet av
denne planen, og som beskriver tiltak for den enkelte enhet.
""")
table(d, [
    ['Sektor', 'Plan', 'Vedtatt', 'Periode'],
    ['Helse og velferd', 'Kompetanseplan for helse og velferd', 'Hovedutvalg helse og velferd, 3.12.2024', '2025–2026'],
    ['Oppvekst', 'Kompetanseplan for barnehage og skole', 'Hovedutvalg oppvekst, 27.11.2024', '2025–2026'],
    ['Teknisk og kommunalteknikk', 'Opplærings- og kompetanseplan teknisk sektor', 'Kommunalsjef, 10.12.2024', '2025–2026'],
    ['Stab og støtte', 'Kompetanseplan for stab og støtte', 'Kommunedirektørens ledergruppe, 10.12.2024', '2025–2026'],
])

d.add_heading('8. Rapportering og evaluering', 1)
paras(d, """
Handlingsplanen rulleres hvert annet år. Personal og organisasjon rapporterer i årsmeldingen hvor mange kurs som
er gjennomført, hvor mange som har deltatt, og hvor mye som er brukt av kompetansemidlene.

Alle interne kurs og samlinger evalueres med et kort elektronisk spørreskjema der deltakerne vurderer innhold,
foreleser og nytte for eget arbeid på en skala fra 1 til 6. Resultatene brukes til å forbedre kurstilbudet.
""")
d.save(OUT)
print(OUT)
