"""Havbu (HELD OUT #4: written after the rules, labelled before its first run, never tuned on).

Built as DOCX by make_plans.py: a handlingsplan style, one combined table Mål | Tiltak | Ansvar | Frist.
"""

TITLE = "Handlingsplan for kompetanse – Havbu kommune 2027–2028"
BLOCKS = [
    ("h", "Om handlingsplanen"),
    ("p", "Handlingsplanen er laget av personalavdelingen i samarbeid med et partssammensatt utvalg, der de hovedtillitsvalgte og verneombudet er med."),
    ("p", "Formålet er å gi virksomhetene et felles grunnlag for opplæring de neste to årene."),
    ("h", "Bakgrunn"),
    ("p", "I medarbeiderundersøkelsen 2026 svarte 41 prosent at de ikke får nok opplæring. Ved utgangen av 2026 hadde 18 av 60 helsefagarbeidere passert 60 år."),
    ("p", "Kommunen har mange små stillinger i hjemmetjenesten."),
    ("h", "Mål og tiltak"),
    ("t", [
        ["Mål", "Tiltak", "Ansvar", "Frist"],
        ["Andelen som sier de får nok opplæring, skal opp til 80 prosent", "Opplæringsplan i hver virksomhet", "Virksomhetsleder", "Juni 2027"],
        ["Minst ti nye helsefagarbeidere", "Fagbrev for assistenter", "Kommunalsjef helse og omsorg", "Desember 2028"],
        ["Alle ledere kjenner lov- og avtaleverket", "Lederkurs i arbeidsrett", "Personalsjef", "Mars 2027"],
    ]),
    ("h", "Evaluering"),
    ("p", "Kursene evalueres av deltakerne på et skjema etter endt kurs."),
    ("p", "Planen revideres høsten 2028."),
]
