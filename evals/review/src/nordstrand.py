"""Nordstrand: a mid-sized plan with a measures table; built as DOCX then PDF by make_plans.py."""

TITLE = "Plan for kompetanseutvikling – Nordstrand kommune 2026–2028"
BLOCKS = [
    ("h", "1 Om planen"),
    ("p", "Planen er utarbeidet av personalavdelingen etter innspill fra enhetslederne."),
    ("p", "Planen er behandlet i formannskapet 4. mars 2026 og bygger på arbeidsgiverstrategien som kommunestyret vedtok i 2024. Den skal være kommunens verktøy for å prioritere midler til opplæring, og målet er at kommunen skal ha riktig kompetanse på rett sted også når befolkningen blir eldre."),
    ("h", "2 Hva planen skal bidra til"),
    ("p", "I kommuneplanen for 2023–2035 har kommunestyret vedtatt at Nordstrand skal gi eldre mulighet til å bo hjemme lengst mulig, og at alle barn skal få et godt læringsmiljø. Kompetanseplanen skal bidra til begge disse målene."),
    ("h", "3 Målene våre"),
    ("p", "Innen 2028 skal minst 70 prosent av de ansatte i hjemmetjenesten ha fagbrev, mot 55 prosent i dag."),
    ("p", "Antall ufrivillige deltidsstillinger i helse skal halveres innen utgangen av 2027."),
    ("p", "Alle barnehagelærere skal ha fullført kurs i språkutvikling innen desember 2026."),
    ("h", "4 Kartlegging"),
    ("p", "Det er gjennomført en kartlegging av kompetansen i alle enheter i 2025. Resultatene er sendt til enhetslederne."),
    ("h", "5 Tiltak"),
    ("p", "Tabellen viser tiltakene for perioden."),
    ("t", [
        ["Tiltak", "Målgruppe", "Tidsrom", "Ansvar"],
        ["Fagbrev for assistenter", "Assistenter i hjemmetjenesten", "2026–2028", "Enhetsleder hjemmetjenesten"],
        ["Språkkurs", "Barnehagelærere", "Høsten 2026", "Barnehagesjef"],
        ["Kurs i heltidskultur", "Ledere og tillitsvalgte i helse", "Våren 2027", "Personalsjef"],
        ["Digital grunnopplæring", "Alle nyansatte", "Løpende", "IT-avdelingen"],
    ]),
    ("h", "6 Planer i enhetene"),
    ("p", "Hver sektor utarbeider en egen opplæringsplan som bygger på denne planen og legges fram for kommunalsjefen innen 1. februar."),
    ("h", "7 Ansvar"),
    ("p", "Enhetslederne har ansvar for at tiltakene blir gjennomført i egen enhet."),
    ("h", "8 Rapportering"),
    ("p", "Antall deltakere på tiltakene rapporteres i årsmeldingen. Planen rulleres hvert år i forbindelse med budsjettet."),
]
