"""Fjellheim (nynorsk; HELD OUT, written after the rules and never used to tune them).

Built as DOCX by make_plans.py. Goals sit in a table (Mål | Indikator | Frist), measures in prose.
"""

TITLE = "Kompetanseplan for Fjellheim kommune 2026–2029"
BLOCKS = [
    ("h", "Kapittel 1 Innleiing"),
    ("p", "Kommunedirektøren sette hausten 2025 ned ei arbeidsgruppe som fekk i oppdrag å lage denne planen. I gruppa sat personalsjefen, to einingsleiarar, ein hovudtillitsvald frå Fagforbundet og ein frå Utdanningsforbundet."),
    ("p", "Planen vart vedteken av kommunestyret i februar 2026 og er knytt til økonomiplanen. Føremålet med planen er å sikre at kommunen har folk med rett kompetanse når talet på eldre aukar."),
    ("h", "Kapittel 2 Kva vi byggjer på"),
    ("p", "Samfunnsdelen av kommuneplanen seier at Fjellheim skal vere ein god stad å bu for alle aldrar, og at tenestene skal vere trygge og tilgjengelege."),
    ("h", "Kapittel 3 Kompetanse"),
    ("p", "Med kompetanse meiner vi kunnskapar, ferdigheiter og haldningar som gjer at den tilsette kan løyse oppgåvene sine. Både formell kompetanse og realkompetanse tel."),
    ("h", "Kapittel 4 Mål"),
    ("t", [
        ["Mål", "Indikator", "Frist"],
        ["Fleire fagarbeidarar i heimetenesta", "Del tilsette med fagbrev, frå 48 til 65 prosent", "Desember 2028"],
        ["Færre ufrivillig deltidstilsette", "Tal på ufrivillig deltid, halvert", "2027"],
        ["Betre rettleiing av nyutdanna lærarar", "Alle nyutdanna har rettleiar", "August 2026"],
    ]),
    ("h", "Kapittel 5 Kva kartlegginga syner"),
    ("p", "Kartlegginga i 2025 synte at 64 tilsette i helse og omsorg manglar fagbrev. Kvar tredje sjukepleiar er over 58 år, og innan 2030 går truleg 22 av dei av med pensjon."),
    ("h", "Kapittel 6 Tiltak"),
    ("p", "Kommunen vil tilby fagbrev på jobb for assistentar i heimetenesta frå hausten 2026, med einingsleiar for heimetenesta som ansvarleg."),
    ("p", "Alle nyutdanna lærarar får rettleiing første året, og rektor har ansvaret frå august 2026."),
    ("p", "Det blir arrangert eit kurs i heiltidskultur for leiarar og tillitsvalde våren 2027, med personalsjefen som ansvarleg."),
    ("h", "Kapittel 7 Gjennomføring og oppfølging"),
    ("p", "Tilsette som ønskjer vidareutdanning, søkjer nærmaste leiar. Einingsleiar har ansvar for at tiltaka i eininga blir gjennomførte."),
    ("p", "Kvart år rapporterer einingane talet på deltakarar i årsmeldinga."),
]
