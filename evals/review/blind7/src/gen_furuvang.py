import sys, subprocess; sys.path.insert(0, '/work/blind-review-7/src')
from docxlib import build
B = []
a = B.append
a(('title', 'Kompetanseplan for Furuvang kommune 2024–2027'))
a(('p', 'Vedtatt av kommunestyret 18.04.2024, sak 24/31. Behandlet i administrasjonsutvalget 05.03.2024.'))
a(('h1', 'Innledning'))
a(('p', 'Furuvang kommune har rundt 620 ansatte. Kommunen skal gi gode tjenester til innbyggerne, og det forutsetter at vi har medarbeidere med riktig kompetanse. Denne planen gir en samlet oversikt over kommunens kompetansebehov og de viktigste tiltakene i planperioden.'))
a(('p', 'Planen er utarbeidet av personalavdelingen i samarbeid med hovedtillitsvalgte. Planen er politisk vedtatt og skal følges opp i årsbudsjett og økonomiplan. Kommunestyret har satt av 900 000 kroner årlig til felles kompetansetiltak. Ambisjonen med planen er at kompetanseutviklingen i Furuvang skal bli mer planlagt og mindre tilfeldig, og at midlene skal brukes der behovene er størst.'))
a(('h1', 'Bakgrunn og føringer'))
a(('p', 'Planen bygger på kommuneplanens samfunnsdel, arbeidsgiverstrategien og nasjonale føringer som Kompetanseløft 2025, kompetansekravene for lærere og bemanningsnormen i barnehagene. Kommunen, som resten av landet, vil få flere eldre innbyggere og færre i yrkesaktiv alder. Digitalisering endrer arbeidsoppgavene i de fleste tjenester. Det blir mer krevende å rekruttere helsepersonell og lærere.'))
a(('h1', 'Kompetansesituasjonen i dag'))
a(('p', 'Høsten 2023 registrerte alle enheter kompetansen til sine ansatte i Kompetanseportalen, og enhetslederne beskrev behovene i egen enhet. Resultatene er sammenstilt av personalavdelingen:'))
a(('bul', [
    'Gjennomsnittsalderen i hjemmetjenesten er 49 år, og 11 av 27 sykepleiere er over 58 år.',
    'Kommunen lyste ut 19 sykepleierstillinger i 2023. Sju av dem fikk ingen kvalifiserte søkere.',
    '12 assistenter i barnehagene mangler fagbrev, og to barnehager oppfyller ikke pedagognormen.',
    '35 % av de ansatte i helse og omsorg jobber i stillinger under 50 %.',
    'Seks lærere mangler studiepoeng for å oppfylle kompetansekravene i norsk, matematikk eller engelsk.',
    'Enhetslederne i teknisk sektor melder om mangel på ingeniører med kompetanse innen vann og avløp.',
]))
a(('h1', 'Mål for kompetansearbeidet'))
a(('bul', [
    'Furuvang kommune skal ha ansatte med den kompetansen tjenestene trenger.',
    'Flere assistenter skal ta fagbrev.',
    'Kommunen skal ha flere ansatte i hele stillinger.',
    'Lærerne skal oppfylle kompetansekravene.',
    'Ledere skal ha god kompetanse i personalledelse.',
]))
a(('h1', 'Tiltak'))
a(('p', 'Tabellen viser de felles tiltakene som prioriteres i planperioden. Enhetene kan i tillegg ha egne tiltak innenfor sine budsjetter.'))
a(('table', [
    ['Tiltak', 'Målgruppe', 'Når', 'Ansvarlig'],
    ['Fagbrev gjennom praksiskandidatordningen', 'Assistenter i helse og barnehage', '2024–2026', 'Personalsjef'],
    ['Videreutdanning for lærere (Kompetanse for kvalitet)', 'Lærere som mangler kompetansekrav', '2024–2027', 'Kommunalsjef oppvekst'],
    ['Videreutdanning i demens og geriatri', 'Sykepleiere og helsefagarbeidere', 'Oppstart høst 2024', 'Enhetsleder sykehjem'],
    ['Kurs i personalledelse, 3 dager', 'Alle ledere med personalansvar', 'Vår 2025', 'Personalsjef'],
    ['Stipend til sykepleierstudenter mot bindingstid', 'Sykepleierstudenter i siste studieår', 'Årlig fra 2024', 'Kommunalsjef helse'],
    ['Prosjekt heltidskultur', 'Ansatte i helse og omsorg', '2024–2025', 'Kommunalsjef helse og tillitsvalgte'],
    ['Introduksjonsdag for nyansatte', 'Alle nyansatte', 'To ganger i året', 'Personalavdelingen'],
    ['E-læring i informasjonssikkerhet', 'Alle ansatte', 'Innen 31.12.2024', 'IT-leder'],
]))
a(('h1', 'Planer i sektorene'))
a(('p', 'Helse og omsorg og oppvekst har egne kompetanseplaner som bygger på denne planen og utdyper tiltakene for sine tjenester.'))
a(('h2', 'Helse og omsorg'))
a(('p', 'Kompetanseplan for helse og omsorg 2024–2027 er avledet av denne planen. Den prioriterer fagbrev, videreutdanning i demens og geriatri, velferdsteknologi og legemiddelhåndtering, og viser hvilke enheter som skal ha hvilke tiltak hvert år. Planen ble utarbeidet av kommunalsjef helse sammen med enhetslederne og vernetjenesten.'))
a(('h2', 'Oppvekst'))
a(('p', 'Kompetanseplan for barnehage og skole 2024–2027 bygger på denne planen og på de regionale ordningene for kompetanseutvikling (REKOMP og DEKOMP). Den viser hvilke lærere som skal ta videreutdanning hvert år og hvilke barnehager som deltar i barnehagebasert kompetanseutvikling.'))
a(('p', 'Teknisk sektor og administrasjonen har ikke egne planer, men følger denne planen direkte.'))
a(('h1', 'Medarbeidersamtalen'))
a(('p', 'Kompetansebehov og ønsker om utvikling skal tas opp i den årlige medarbeidersamtalen. Leder er ansvarlig for at samtalen gjennomføres og at ønsker om kurs og utdanning blir meldt inn til personalavdelingen innen 1. oktober.'))
a(('h1', 'Oppfølging'))
a(('p', 'Etter kurs og samlinger fyller deltakerne ut et evalueringsskjema om hvor fornøyde de var med innhold og gjennomføring. Personalavdelingen rapporterer antall deltakere og gjennomførte tiltak i kommunens årsmelding. Planen rulleres i 2027.'))
a(('h1', 'Regler for permisjon og stipend'))
a(('p', 'Ansatte som tar utdanning etter avtale med kommunen kan få permisjon med lønn til eksamen og obligatoriske samlinger, og dekket reise og studieavgift. Ved utdanning som kommunen dekker med mer enn 50 000 kroner, gjelder bindingstid på to år. Ved oppsigelse i bindingstiden må en forholdsmessig del av utgiftene betales tilbake. Ansatte som tar utdanning på eget initiativ kan søke om permisjon uten lønn i inntil ett år.'))
build(B, '/work/blind-review-7/furuvang-kompetanseplan.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/work/blind-review-7', '/work/blind-review-7/furuvang-kompetanseplan.docx'], check=True)
import os; os.remove('/work/blind-review-7/furuvang-kompetanseplan.docx')
