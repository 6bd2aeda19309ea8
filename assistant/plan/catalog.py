"""Kinds of measures the sources describe, as search data only (no source text is stored here).

Each entry says how to *find* a measure in the sources (``queries``), which words a sentence about
it must contain (``anchors``), and which words of a municipality's challenges it answers
(``addresses``, matched by :mod:`assistant.plan.suggest` on word stems and compound parts, so
"sykepleierrekruttering" matches "rekrutter"). What the sources say about where it was used and
what came of it is retrieved and citation-checked at draft time. ``name``, ``malgruppe`` and
``arena`` are our own template text for the tiltak table.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MeasureKind:
    key: str
    name: str  # Norwegian label in the Tiltak column
    queries: tuple[str, ...]
    anchors: tuple[str, ...]  # lower-case word parts; a quoted sentence must contain one
    addresses: tuple[str, ...]  # lower-case stems of challenge words this measure answers
    finding_kinds: tuple[str, ...] = ()  # kartlegging finding kinds (contract section 5) it answers
    malgruppe: str = ""
    arena: str = ""


CATALOG: tuple[MeasureKind, ...] = (
    MeasureKind(
        key="fagstige",
        name="Klinisk karrierestige for fagarbeidere i helse og omsorg (som Fagstigen i Sørum)",
        queries=("Fagstigen klinisk spesialist hjelpepleiere Sørum", "Fagstigen klinisk godkjenning attraktiv arbeidsplass rekruttering"),
        anchors=("fagstige",),
        addresses=("rekrutter", "beholde", "pleie", "omsorg", "helsefag", "hjelpepleier", "sykepleier", "karriere", "turnover", "attraktiv"),
        finding_kinds=("retirement", "age"),
        malgruppe="Helsefagarbeidere og hjelpepleiere",
        arena="Trinnvis program: kurs, faglitteratur, veiledning i praksis",
    ),
    MeasureKind(
        key="fagbrev",
        name="Fagbrev for ufaglærte medarbeidere (fagopplæring ved siden av jobben)",
        queries=("opplæring av ufaglærte gjennom fagbrev fagutdanning", "andel ansatte under utdanning til fagbrev ufaglærte"),
        anchors=("fagbrev", "ufaglært"),
        addresses=("ufaglært", "fagbrev", "formell", "formalkompetanse", "kvalifik", "assistent", "utdanning", "fagarbeider", "krav"),
        finding_kinds=("formal_requirements", "education"),
        malgruppe="Ufaglærte medarbeidere",
        arena="Videregående opplæring kombinert med læring på arbeidsplassen",
    ),
    MeasureKind(
        key="kompetansekonto",
        name="Kompetansekonto der den ansatte selv disponerer midler til faglig utvikling (som i Bærum)",
        queries=("kompetansekonto Bærum ansatte disponerer poeng", "erfaringer med kompetansekontoene rekruttering"),
        anchors=("kompetansekonto",),
        addresses=("motivasjon", "medvirkning", "rekrutter", "beholde", "etterutdanning", "videreutdanning", "individuell", "egenutvikling"),
        malgruppe="Alle ansatte",
        arena="Yrkesrettede tiltak valgt av den ansatte i samråd med leder",
    ),
    MeasureKind(
        key="lederskole",
        name="Lederskole for nye og erfarne ledere (som i Drammen)",
        queries=("lederskole Drammen ledere effekter", "lederskole internt i kommunen nye ledere"),
        anchors=("lederskole",),
        addresses=("leder", "ledelse", "lederrolle", "lederutvikling", "lederteam", "nyansatte ledere"),
        malgruppe="Ledere på alle nivåer, særlig nye ledere",
        arena="Samlinger over tid, gjerne med ekstern fagmiljø",
    ),
    MeasureKind(
        key="lederutvikling",
        name="Obligatorisk lederopplæring for nye ledere",
        queries=("obligatorisk opplæring for nye ledere i kommunen", "lederutviklingsprogram tjenesteledere toppledere"),
        anchors=("lederopplæring", "lederutvikling", "lederkurs"),
        addresses=("leder", "ledelse", "lederrolle", "lederutvikling", "arbeidsgiverrolle"),
        malgruppe="Nytilsatte ledere",
        arena="Kurs og samlinger i kommunens regi",
    ),
    MeasureKind(
        key="mentor",
        name="Mentorprogram for ledere",
        queries=("mentorprogram for ledere", "coaching mentorordninger hospitering"),
        anchors=("mentor",),
        addresses=("leder", "ledelse", "nyansatt", "nytilsatt", "introduksjon", "veiledning"),
        malgruppe="Nye ledere",
        arena="En erfaren leder følger en ny leder over en avtalt periode",
    ),
    MeasureKind(
        key="heltid",
        name="Flere heltidsstillinger og færre små stillinger, så flere får delta i læring på arbeidsplassen",
        queries=("omfanget av små stillinger deltid kompetanseutvikling", "heltidsstillinger deltid pleie og omsorg"),
        anchors=("heltid", "deltid", "små stilling", "stillingsstørrelse"),
        addresses=("deltid", "heltid", "stillingsstørrelse", "små stillinger", "turnus", "helg", "vikar"),
        finding_kinds=("part_time", "small_positions"),
        malgruppe="Ansatte i deltidsstillinger",
        arena="Organisering av arbeidstid, turnus og stillinger",
    ),
    MeasureKind(
        key="laering_i_arbeid",
        name="Læring på arbeidsplassen: kollegaveiledning, refleksjon og e-læring",
        queries=("læring på arbeidsplassen kollegaveiledning refleksjon", "e-læring ny læringsarena"),
        anchors=("kollegaveiledning", "læring på arbeidsplassen", "e-læring", "refleksjon"),
        addresses=("læring", "fagutvikling", "kompetanseheving", "arbeidsplass", "tid", "turnus", "deltid", "digital", "kurs", "veiledning"),
        finding_kinds=("part_time",),
        malgruppe="Alle ansatte",
        arena="På arbeidsplassen, i arbeidstiden",
    ),
    MeasureKind(
        key="senior",
        name="Seniortiltak for å beholde erfarne medarbeidere",
        queries=("seniorpolitikk seniorkurs medarbeidere", "øke andelen medarbeidere som står i arbeid til fylte 65 og 67 år"),
        anchors=("senior", "står i arbeid"),
        addresses=("senior", "pensjon", "avgang", "eldre", "alder", "beholde", "aldersavgang"),
        finding_kinds=("retirement", "age"),
        malgruppe="Medarbeidere over 60 år",
        arena="Kurs og individuell tilrettelegging",
    ),
    MeasureKind(
        key="nyansatte",
        name="Introduksjon og fadderordning for nyansatte",
        queries=("program for faddere som tar imot nyansatte", "nytilsattes dag informasjon til nytilsatte"),
        anchors=("fadder", "nytilsatt", "nyansatt"),
        addresses=("nyansatt", "nytilsatt", "rekrutter", "turnover", "introduksjon", "beholde", "gjennomtrekk"),
        malgruppe="Nyansatte",
        arena="Introduksjonsdag og fadder på arbeidsstedet",
    ),
    MeasureKind(
        key="digital",
        name="Digital kompetanse med superbrukere på tjenestestedene",
        queries=("ressurspersoner superbrukere på tjenestestedene", "opplæring i IT og elektroniske verktøy"),
        anchors=("superbruker", "elektronisk", "ikt", "it-"),
        addresses=("digital", "ikt", "it", "teknologi", "elektronisk", "fagsystem", "velferdsteknologi", "data"),
        malgruppe="Ansatte som bruker fagsystemer",
        arena="Superbrukere som lærer opp kolleger",
    ),
    MeasureKind(
        key="sprak",
        name="Fagopplæring og norskopplæring for minoritetsspråklige medarbeidere",
        queries=("minoritetsspråklige tilbys fagopplæring og norskundervisning", "inkludering og mangfold minoritetsspråklige"),
        anchors=("minoritetsspråklig",),
        addresses=("språk", "norsk", "minoritet", "innvandr", "flerkultur", "mangfold", "inkluder"),
        malgruppe="Minoritetsspråklige medarbeidere",
        arena="Norskopplæring og fagopplæring",
    ),
)


def kind(key: str) -> MeasureKind:
    """The catalog entry with this key (KeyError if none)."""
    for entry in CATALOG:
        if entry.key == key:
            return entry
    raise KeyError(key)
