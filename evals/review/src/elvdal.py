"""Elvdal: a thin plan in brochure style (no method headings). Built as DOCX by make_plans.py."""

TITLE = "Kompetanse i Elvdal – plan 2025–2027"
BLOCKS = [
    ("h", "Forord"),
    ("p", "Elvdal kommune er en liten kommune med store oppgaver. Våre medarbeidere er den viktigste ressursen vi har, og de fortjener gode muligheter til å lære og utvikle seg."),
    ("p", "Denne planen skal gi retning for arbeidet med opplæring i kommunen og gjøre det lettere for enhetene å prioritere."),
    ("h", "Hva vi vil"),
    ("p", "Vi vil styrke kompetansen i helse og omsorg, slik at brukerne får gode tjenester."),
    ("p", "Vi ønsker å bli bedre på digitalisering i hele organisasjonen."),
    ("p", "Ledere skal få mer støtte i personalarbeidet."),
    ("p", "Vi vil være en god arbeidsplass der folk trives."),
    ("h", "Aktuelle satsinger"),
    ("b", "Kurs i dokumentasjon for helsefagarbeidere."),
    ("b", "Opplæring i nytt sak- og arkivsystem."),
    ("b", "Nettverk for ledere."),
    ("b", "E-læringskurs i personvern for alle ansatte."),
    ("b", "Studietur for barnehagene."),
    ("p", "Enhetene melder inn behov for kurs til personalkontoret, som setter opp et kurstilbud så langt midlene rekker."),
    ("h", "Hvordan vi følger opp"),
    ("p", "Etter hvert kurs fyller deltakerne ut et skjema om hvor fornøyde de var med kurset."),
    ("p", "Planen skal evalueres når perioden er over."),
    ("h", "Kontakt"),
    ("p", "Spørsmål om planen kan rettes til personalkontoret."),
]
