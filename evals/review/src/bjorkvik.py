"""Bjørkvik (HELD OUT: never used to tune the rules); written as plain text by make_plans.py."""

TITLE = "Bjørkvik kommune – Kompetansestrategi 2027–2030"
BLOCKS = [
    ("h", "Bakgrunn"),
    ("p", "Kompetansestrategien er laget av en arbeidsgruppe oppnevnt av kommunedirektøren. I gruppen satt HR-rådgiver, virksomhetsledere fra skole og pleie, og to representanter for de tillitsvalgte. Gruppen fikk i oppdrag å se på hvordan kommunen kan møte mangelen på fagfolk."),
    ("p", "Strategien skal gjøre det enklere for virksomhetene å prioritere mellom ulike opplæringsønsker."),
    ("h", "Kommunens mål"),
    ("p", "Kommuneplanen slår fast at Bjørkvik skal være et godt sted å bo for alle generasjoner, og at kommunen skal levere tjenester av høy kvalitet med de ressursene den har. Arbeidsgiverstrategien sier at vi skal være en arbeidsplass der medarbeidere blir værende."),
    ("h", "Om begrepet kompetanse"),
    ("p", "Kompetanse er for oss summen av kunnskap, ferdigheter og holdninger som medarbeideren bruker i arbeidet. I tillegg til fagkompetanse legger vi vekt på samarbeid på tvers av fag og evnen til å tåle endringer."),
    ("h", "Dette vil vi oppnå"),
    ("p", "Vi skal ha nok sykepleiere og helsefagarbeidere."),
    ("p", "Alle skoler skal jobbe godt med tilpasset opplæring."),
    ("p", "Medarbeiderne skal oppleve at de får brukt kompetansen sin."),
    ("h", "Situasjonen i dag"),
    ("p", "En gjennomgang av personaldata fra 2026 viser at 41 prosent av helsefagarbeiderne er over 55 år. Fram mot 2032 vil om lag 60 medarbeidere i pleie og omsorg nå pensjonsalder, samtidig som antall innbyggere over 80 år dobles. I skolen har 12 av 95 lærere ikke studiepoeng i faget de underviser i."),
    ("h", "Hva vi gjør"),
    ("b", "Desentralisert sykepleierutdanning i samarbeid med høgskolen."),
    ("b", "Veiledning av nyutdannede lærere."),
    ("b", "Hospitering mellom sykehjemmene."),
    ("b", "Kurs i etikk og kommunikasjon."),
    ("p", "I tillegg ønsker vi at det settes av tid til refleksjon i personalmøtene."),
    ("h", "Gjennomføring i virksomhetene"),
    ("p", "I medarbeidersamtalen avklarer leder og medarbeider hvilken opplæring som er aktuell og hvordan den nye kompetansen skal tas i bruk. Når flere søker om videreutdanning, prioriterer virksomhetslederen dem som best svarer på målene i strategien."),
    ("h", "Evaluering"),
    ("p", "Virksomhetslederne rapporterer hvert år til kommunedirektøren gjennom virksomhetsplanen. Der skal de vurdere om tiltakene har gitt læring, og om medarbeiderne bruker den nye kompetansen i praksis, blant annet ved hjelp av observasjon og tilbakemeldinger fra brukerne. Resultatene brukes når strategien revideres i 2030."),
]
