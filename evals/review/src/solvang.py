"""Solvang (HELD OUT #3: written after the rules, labelled before its first run, never tuned on).

Built as DOCX with a running header, then PDF (LibreOffice) by make_plans.py.
"""

TITLE = "Solvang kommune – Kompetanseplan 2026–2030"
HEADER = "Solvang kommune · Kompetanseplan 2026–2030"
BLOCKS = [
    ("h", "Slik ble planen til"),
    ("p", "Arbeidet ble ledet av en styringsgruppe med HR-sjefen, to kommunalsjefer og HTV fra Fagforbundet og Fellesorganisasjonen. Virksomhetslederne har gitt innspill i to samlinger."),
    ("p", "Kompetanseplanen ble behandlet i administrasjonsutvalget 3. juni 2026. Den skal gjøre kommunen i stand til å møte eldrebølgen med nok fagfolk."),
    ("p", "Planen bygger på kommuneplanen."),
    ("h", "Hva vi ønsker"),
    ("b", "Flere heltidsstillinger i helse og omsorg."),
    ("b", "Flere ansatte med fagutdanning."),
    ("b", "Gode ledere i alle virksomheter."),
    ("h", "Dagens situasjon"),
    ("p", "Tall fra HR-systemet viser at gjennomsnittsalderen i pleie og omsorg er 49 år, og at 30 prosent av assistentene mangler fagbrev. I barnehagene er det vanskelig å rekruttere barnehagelærere, og vi venter at behovet øker når to nye barnehager åpner i 2028."),
    ("h", "Aktiviteter"),
    ("t", [
        ["Aktivitet", "Hvem", "Når", "Ansvar"],
        ["Fagbrev på jobb", "Assistenter", "2026–2029", "Kommunalsjef helse"],
        ["Lederskole", "Nye ledere", "Hvert år", "HR-sjefen"],
        ["Barnehagelærerutdanning deltid", "Assistenter i barnehage", "Fra høsten 2027", "Barnehagesjefen"],
    ]),
    ("p", "Virksomhetene kan lage egne planer ved behov."),
    ("h", "Oppfølging"),
    ("p", "Leder og ansatt blir enige i medarbeidersamtalen om hva opplæringen skal føre til."),
    ("p", "Hvert halvår følger HR opp hvordan tiltakene er gjennomført, og resultatene legges fram i kvalitetsutvalget. Vi etterprøver effekten for tjenestene gjennom brukerundersøkelser."),
    ("p", "Ny kompetansekartlegging gjennomføres høsten 2028."),
]
