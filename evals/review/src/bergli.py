"""Bergli (written 2026-12-03 before the step rules were rewritten; labelled before its first run).

Short and vague, built as PDF by make_plans.py (LibreOffice). It mentions much and does little.
Labels: 1 partial (says who wrote it, no group), 2 partial (a purpose; anchoring only wished for),
3 partial (refers to the kommuneplan without its goals), 4 missing, 5 partial (goals with nothing to
evaluate them by), 6 partial (a mapping planned, no findings), 7 partial (kinds of measures, no target
group, time or responsible), 8 partial (follow-up said, not how), 9 missing, 10.3 missing,
10.4 partial (evaluation mentioned, no level).
"""

TITLE = "Bergli kommune – Kompetanseplan 2026–2028"
BLOCKS = [
    ("p", "Personalavdelingen har skrevet denne planen."),
    ("p", "Planen skal gjøre kommunen bedre rustet for framtidens oppgaver. Den bør på sikt forankres politisk."),
    ("p", "Planen henger sammen med kommuneplanen og andre planer i kommunen."),
    ("h", "Mål"),
    ("p", "Målet er bedre tjenester og mer kompetente ansatte. Vi ønsker også å være en god arbeidsgiver."),
    ("h", "Kompetansebehov"),
    ("p", "Det er viktig å vite hvilken kompetanse vi har. Vi skal derfor kartlegge kompetansen i løpet av planperioden."),
    ("h", "Tiltak"),
    ("p", "Aktuelle tiltak er kurs, e-læring, hospitering og videreutdanning."),
    ("p", "Vi vil legge vekt på læring i det daglige arbeidet."),
    ("h", "Oppfølging"),
    ("p", "Vi vil følge opp planen og se på hvordan det går. Det er viktig at planen evalueres."),
]
