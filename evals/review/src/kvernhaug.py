"""Kvernhaug (written 2026-12-03 before the step rules were rewritten; labelled before its first run).

Table-heavy DOCX built by make_plans.py: almost everything is in tables with short cells.
Labels: 1 covered (group, members, mandate in a table), 2 covered (adopted, tied to kommuneplan and
økonomiplan; a purpose), 3 covered (the kommuneplan's goals in a table), 4 missing, 5 covered (goals
with indicator and target value), 6 partial (mapping only planned, challenges without findings),
7 covered (measures table with target group, time and responsible), 8 covered (how, when, and against
the goals' indicators), 9 partial (units may make plans if needed), 10.3 missing, 10.4 covered
(reaction and learning level: passed trade tests).
"""

TITLE = "Kompetansestrategi for Kvernhaug kommune 2026–2030"
BLOCKS = [
    ("h", "Om strategien"),
    ("t", [
        ["Tema", "Beskrivelse"],
        ["Vedtak", "Vedtatt av kommunestyret 14. november 2025, sak 55/25"],
        ["Forankring", "Kommuneplanens samfunnsdel 2024–2036 og økonomiplanen 2026–2029"],
        ["Formål", "Strategien skal gi lederne et felles grunnlag for å prioritere opplæring og rekruttering"],
        ["Gyldighet", "2026–2030"],
    ]),
    ("h", "Hvem har laget strategien"),
    ("t", [
        ["Rolle", "Hvem"],
        ["Oppdragsgiver", "Kommunedirektøren ga mandat i januar 2025"],
        ["Leder av arbeidsgruppen", "HR-sjef"],
        ["Medlemmer", "Kommunalsjef helse, kommunalsjef oppvekst, hovedtillitsvalgt i Fagforbundet, hovedtillitsvalgt i Utdanningsforbundet, hovedverneombud"],
        ["Sekretær", "Rådgiver i HR"],
    ]),
    ("h", "Kommuneplanens mål og hva de krever"),
    ("t", [
        ["Mål i kommuneplanen", "Hva det betyr for kompetansen"],
        ["Alle barn skal få et godt og trygt oppvekstmiljø", "Flere barnehagelærere og lærere med videreutdanning"],
        ["Eldre skal kunne bo hjemme lenger", "Kompetanse i velferdsteknologi og hverdagsrehabilitering"],
        ["Kvernhaug skal være en attraktiv arbeidsgiver", "Gode ledere og muligheter for faglig utvikling"],
    ]),
    ("h", "Utfordringer"),
    ("b", "Det er mangel på sykepleiere og vernepleiere i regionen."),
    ("b", "Mange ansatte nærmer seg pensjonsalder."),
    ("p", "En kompetansekartlegging i alle enheter gjennomføres i 2026."),
    ("h", "Kompetansemål"),
    ("t", [
        ["Mål", "Indikator", "Målverdi 2030"],
        ["Flere fagarbeidere i helse", "Andel årsverk med fagbrev i helse og omsorg", "75 prosent (2025: 61 prosent)"],
        ["Trygge ledere", "Snitt på ledelse i 10-FAKTOR", "Minst 4,2"],
        ["Digitale tjenester", "Andel ansatte i hjemmetjenesten med opplæring i velferdsteknologi", "90 prosent"],
    ]),
    ("h", "Tiltak"),
    ("t", [
        ["Tiltak", "Målgruppe", "Når", "Ansvarlig"],
        ["Fagbrev på jobb", "Assistenter i helse og omsorg", "Oppstart høsten 2026", "Kommunalsjef helse"],
        ["Lederprogram, fem samlinger", "Alle enhetsledere", "2026–2027", "HR-sjef"],
        ["Opplæring i velferdsteknologi", "Ansatte i hjemmetjenesten", "Våren 2027", "Enhetsleder hjemmetjenesten"],
    ]),
    ("p", "Enhetene kan ved behov lage egne opplæringsplaner."),
    ("h", "Oppfølging og evaluering"),
    ("t", [
        ["Hva", "Hvordan", "Når"],
        ["Kompetansemålene", "Indikatorene rapporteres i årsmeldingen til kommunestyret og sammenlignes med målverdiene", "Hvert år"],
        ["Lederprogrammet", "Deltakerne svarer på et spørreskjema om hvor fornøyde de er", "Etter hver samling"],
        ["Fagbrev på jobb", "Antall beståtte fagprøver telles", "Hvert år"],
    ]),
]
