"""The plan's text as units to decide on, and the word patterns the step rules use.

Plans rarely use the method's headings, so every rule looks at what sentences *do*: a goal with a
number, a deadline or an indicator word is evaluable; an evaluation sentence names a method and a
level; a table of measures has target-group, period and responsibility columns. Headings are used
only as context (a sentence under "Dette vil vi oppnå" is a goal), never as evidence on their own.
The decision per step is in :mod:`assistant.plan.review_steps`. Each rule is a claim about
Norwegian plan language in general; the labels they are measured on are in ``evals/review/``.

    >>> evaluable(Unit("Innen 2028 skal 70 prosent av de ansatte ha fagbrev.", None, "para", "Mål", 0))
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import rules
from assistant.citations import split_sentences
from assistant.plan.review_read import PlanText, Table

STEP_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "10.3", "10.4")


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or list item, or a whole table cell, with its page and context."""

    text: str
    page: int | None
    kind: str
    heading: str
    segment: int
    table: int | None = None
    row: int = 0
    col: int = 0
    norm: str = ""  # the text in bokmål words, for matching only (quotes use ``text``)
    norm_heading: str = ""
    parts: tuple[Unit, ...] = ()  # a table row ("row"): its non-empty cells, the only quotable text


    def __post_init__(self) -> None:
        if not self.norm:
            object.__setattr__(self, "norm", to_bokmal(self.text))
        if not self.norm_heading:
            object.__setattr__(self, "norm_heading", to_bokmal(self.heading))

    def quotable(self) -> tuple[Unit, ...]:
        """What may be quoted for this unit: itself, or for a table row its cells (never run together)."""
        return self.parts or (self,)


@dataclass(frozen=True)
class StepResult:
    status: str  # covered | partial | missing
    evidence: tuple[Unit, ...]
    lacking: str  # our Norwegian template text: what is missing ("" when covered)


def units_of(plan: PlanText) -> list[Unit]:
    """Sentences, headings and cells in document order; after a table's last cell, one ``row`` unit
    per body row, matched as "header: cell. header: cell" (a row of a two-column table reads as a
    sentence) and quoted only through its cells."""
    out: list[Unit] = []
    for i, seg in enumerate(plan.segments):
        if seg.kind in ("heading", "cell"):
            out.append(Unit(seg.text, seg.page, seg.kind, seg.heading, i, seg.table, seg.row, seg.col))
            last = i + 1 >= len(plan.segments) or plan.segments[i + 1].kind != "cell" or plan.segments[i + 1].table != seg.table
            if seg.kind == "cell" and seg.table is not None and last and seg.table < len(plan.tables):
                out.extend(_row_units(out, plan.tables[seg.table], seg.table, i))
            continue
        for sentence in split_sentences(seg.text):
            sentence = sentence.strip()
            if sentence:
                out.append(Unit(sentence, seg.page, seg.kind, seg.heading, i))
    return out


def _row_units(units: Sequence[Unit], table: Table, t_no: int, segment: int) -> list[Unit]:
    cells = [u for u in units if u.kind == "cell" and u.table == t_no]
    header = [h.strip() for h in table.header]
    rows: list[Unit] = []
    for r in range(1, len(table.rows) + 1):
        mine = tuple(u for u in cells if u.row == r and u.text.strip())
        if not mine:
            continue
        words = [f"{header[u.col]}: {u.text}" if u.col > 0 and u.col < len(header) and header[u.col] else u.text for u in mine]
        text = ". ".join(w.rstrip(". ") for w in words)
        rows.append(Unit(text, mine[0].page, "row", mine[0].heading, segment, t_no, r, 0, parts=mine))
    return rows


# Nynorsk plans: the rules below are written in bokmål words, so a sentence is matched in bokmål.
# Word parts that only nynorsk has (inside compounds too: "einingsleiar" -> "enhetsleder"), then
# whole nynorsk words whose bokmål form differs. Matching only; a quote is always the plan's text.
_NN_PARTS = {
    "leiar": "leder", "leiing": "ledelse", "eining": "enhet", "tilsett": "ansatt", "medarbeidar": "medarbeider",
    "ferdigheit": "ferdighet", "haldning": "holdning", "rettleiing": "veiledning", "rettleiar": "veileder",
    "sjukepleiar": "sykepleier", "deltakar": "deltaker", "lærar": "lærer", "tenest": "tjenest", "verksemd": "virksomhet",
    "hovud": "hoved", "tillitsvald": "tillitsvalgt", "verneombod": "verneombud", "ansvarleg": "ansvarlig", "kartlegginga": "kartleggingen",
    "årsmeldinga": "årsmeldingen", "arbeidsgruppa": "arbeidsgruppen", "føremål": "formål", "planar": "planer", "samansetjing": "sammensetning", "samansett": "sammensatt",
}
_NN_WORDS = {
    "vedteken": "vedtatt", "laga": "laget", "oppnemnd": "oppnevnt", "oppnemnde": "oppnevnte", "vedtekne": "vedtatt", "vart": "ble", "knytt": "knyttet", "innan": "innen", "hausten": "høsten",
    "sommaren": "sommeren", "syner": "viser", "synte": "viste", "manglar": "mangler", "søkjer": "søker", "byggjer": "bygger",
    "meiner": "mener", "vere": "være", "vert": "blir", "kvar": "hver", "kvart": "hvert", "ikkje": "ikke", "dei": "de",
    "frå": "fra", "auke": "øke", "aukar": "øker", "betre": "bedre", "styrkje": "styrke", "følgje": "følge", "eigen": "egen",
    "eiga": "egen", "eige": "eget", "eigne": "egne", "tiltaka": "tiltakene", "handsama": "behandlet", "handsamar": "behandler",
    "kunnskapar": "kunnskaper", "gjennomførte": "gjennomført", "ein": "en", "eit": "et", "ei": "en", "kva": "hva",
    "korleis": "hvordan", "gjer": "gjør", "òg": "også", "nokre": "noen", "mykje": "mye", "tal": "antall", "talet": "antallet", "måla": "målene", "kven": "hvem", "fagleg": "faglig", "tverrfagleg": "tverrfaglig", "utan": "uten", "tidlegare": "tidligere", "høyring": "høring", "høyringa": "høringen", "kvifor": "hvorfor", "seinare": "senere",
}
_NN_PARTS_RE = re.compile("|".join(sorted(_NN_PARTS, key=len, reverse=True)), re.IGNORECASE)
_NN_WORDS_RE = re.compile(r"\b(" + "|".join(sorted(_NN_WORDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


def to_bokmal(text: str) -> str:
    """Nynorsk plan words in bokmål, for matching ("Einingsleiar har ansvar" -> "enhetsleder har ansvar").

    >>> to_bokmal("Kartlegginga synte at 64 tilsette manglar fagbrev.")
    'kartleggingen viste at 64 ansatte mangler fagbrev.'
    """
    low = _NN_PARTS_RE.sub(lambda m: _NN_PARTS[m.group(0).lower()], text.lower())
    low = _NN_WORDS_RE.sub(lambda m: _NN_WORDS[m.group(0).lower()], low)
    # Nynorsk -ar endings (plural nouns, present verbs): "leiarar" -> "ledere", "startar" -> "starter".
    low = _NN_AR_RE.sub(_ar_to_er, low)
    # Definite plural -ane: "einingane" -> "enhetene", "leiarane" -> "lederne".
    return _NN_ANE_RE.sub(lambda m: m.group(1) + ("ne" if m.group(1).endswith("er") else "ene"), low)


_NN_ANE_RE = re.compile(r"\b([a-zæøå]{3,})ane\b")


_NN_AR_KEEP = {"ansvar", "forsvar", "januar", "februar", "seminar", "hektar", "kalendar", "altar", "dollar", "radar", "gitar", "svar", "klar"}
_NN_AR_RE = re.compile(r"\b([a-zæøå]{4,})ar\b")


def _ar_to_er(m: re.Match[str]) -> str:
    word = m.group(0)
    if word in _NN_AR_KEEP or any(word.endswith(k) for k in ("ansvar", "svar")):
        return word
    stem = m.group(1)
    return stem + "e" if stem.endswith("er") else stem + "er"


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# Step 1: who did the work. A group (or the people responsible) plus its make-up or a mandate.
GROUP = _re(r"\b(arbeidsgrupp\w*|prosjektgrupp\w*|styringsgrupp\w*|referansegrupp\w*|plangrupp\w*|gruppen|gruppa|komit[eé]\w*|kompetanseforum\w*|partssammensatt\w*)")
MAKEUP = _re(r"(tillitsvalgt\w*|verneombud\w*|fagforbund\w*|utdanningsforbund\w*|\bnsf\b|fagforening\w*|arbeidstakerorganisasjon\w*|representant\w*|bestått av|besto av|medlemm\w*|\bsatt\b)")
MANDATE = _re(r"\b(mandat\w*|oppnevnt\w*|oppdrag\w*|nedsatt\w*|bestilling\w*)")
WROTE = _re(r"\b(utarbeid\w*|laget|lagd|skrevet|utformet|utviklet|innspill\w*|drøft\w*|involver\w*|medvirk\w*)")
# Roles of people (not departments): two different roles in one sentence describe a group's make-up.
ROLE = _re(r"(leder|sjef|tillitsvalgt|rådgiver|verneombud|representant|direktør)\w*")

PLAN_WORD = _re(r"\b(plan\w*|strategi\w*|utkast\w*)")

# Step 2: anchoring (adopted by / tied to a political or steering body or document) and purpose.
ANCHOR_VERB = _re(r"\b((er )?en (tema|del|sektor)plan (under|i|til)|vedtatt|vedtas|vedtok|behandlet|behandles|forankret|forankring|hjemlet|bygger på|knyttet til|knyttes til|inngår i|en del av|innarbeidet i|godkjent|tar utgangspunkt i|med utgangspunkt i|basert på|sluttet seg til|slutta seg til|(ga|gav|har gitt) (sin )?tilslutning|tilsluttet seg|tiltrådt|tiltrådte|stadfestet)\b")
ANCHOR_BODY = _re(r"(kommunestyre\w*|bystyre\w*|formannskap\w*|kommuneplan\w*|økonomiplan\w*|budsjett\w*|planstrategi\w*|handlingsprogram\w*|arbeidsgiverpolitikk\w*|arbeidsgiverstrategi\w*|hovedavtale\w*|tariffavtale\w*|rådmann\w*|kommunedirektør\w*|administrasjonsutvalg\w*|\bamu\b|arbeidsmiljøutvalg\w*|politisk\w*|medbestemmelse\w*)")
PURPOSE = _re(r"\b(planen|plan|strategien|kompetanseplanen|kompetansestrategien|skup|den)\b.{0,40}\b(skal|vil|bidra\w*|verktøy\w*|gi retning)\b|\b(ambisjon\w*|formål\w*|hensikt\w*|målsetting\w* med planen|målet med (planen|strategien)|planens (hoved)?mål|(planen|strategien) har som mål)\b")

# Step 3: the top-level goals of the kommuneplan and other steering documents.
STEER = _re(r"(kommuneplan\w*|samfunnsdel\w*|handlingsprogram\w*|økonomiplan\w*|styringsdokument\w*|arbeidsgiverpolitikk\w*|arbeidsgiverstrategi\w*|strategiske mål\w*|hovedmål\w*|overordnede mål\w*|overordnet mål\w*|planstrategi\w*|målekart\w*|\bvisjon\w*)")
GOAL_VERB = _re(r"\b(skal|vil)\b")
REFERENCE = _re(r"\([^)]*\)|\b(bygger på|jf\.?|knyttet til|i tråd med|støtter opp under)\b[^.;]*")
STAFF = _re(r"(ansatte|medarbeider\w*|ledere|andel\w*|kompetanse\w*|fagbrev\w*|utdanning\w*|sykepleier\w*|lærer\w*|turnover)")

# Step 4: the concept of competence and its components.
# (also in plain words: "det vi vet, det vi kan og hvordan vi opptrer")
COMPONENT = _re(r"\b(det (vi|den enkelte|en) (vet|kan)\b|hva (vi|den enkelte|en|hun|han) (vet|kan|får til)\b|hvordan (vi|den enkelte|en|hun|han) (opptrer|handler|møter \w+)|kunnskap\w*|ferdighet\w*|holdning\w*|evne\b|evner\b|erfaring\w*|verdier\b|egenskap\w*)")
DEFINE = _re(r"(med kompetanse mener vi|kompetanse (er|defineres|forstås|omfatter|vil si|består)|kompetansebegrep\w*|\bvil si\b|\bsummen av\b|\bdefiner\w*|\bforstår vi\b)")
KIND = _re(r"(formalkompetanse|realkompetanse|fagkompetanse|faglig kompetanse|endringskompetanse|kjernekompetanse|tverrfaglig kompetanse|spisskompetanse)")

# Step 5: competence goals and what they can be evaluated by.
GOAL_HEADING = _re(r"(mål|oppnå|\bvil\b|ønsk|ambisjon|satsingsområde)")
GOAL_WORD = _re(r"\b(mål|målet|målene|målsetting\w*|delmål\w*|kompetansemål\w*)\b")
# A goal's shape: a modal verb, a change verb, or a comparative noun phrase ("Flere ansatte med
# fagbrev", "Økt kvalitet ...", "Gode ledere i alle virksomheter") as goal boxes and lists write it.
GOAL_SHAPE = _re(r"\b(skal|vil|ønsker|øke\w*|redusere\w*|styrke\w*|sikre\w*|bedre|halvere\w*|flere|færre|økt|økte|mer|mindre|høyere|lavere|gode?)\b")
MONTHS = r"(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember|høsten|våren|sommeren|utgangen av)"
DEADLINE = _re(rf"\b(innen|senest|ved utgangen av|i løpet av|fram til|før|til og med)\s+(\d{{1,2}}\.\s*)?({MONTHS}\s*)?(\d{{4}}|{MONTHS})")
INDICATOR = _re(r"(\d[\d,.]*\s*(%|prosent)|\bfra\s+\d[\d,.]*\s*(prosent\s*)?til\s+(under\s+|over\s+)?\d|\b(indikator\w*|målt|måles|målverdi\w*|måleindikator\w*|målbar\w*|ønsket resultat|resultatmål\w*)\b|\b(halvere\w*|doble\w*)\b|\b(minst|maks\w*|under|over)\s+\d)")
ALL_ = _re(r"\balle\b.{0,60}\b(skal ha|har)\b.{0,60}\b(gjennomført|fullført|fått)\b")

# Step 6: findings of a mapping or analysis.
MAPPING = _re(r"(\w*undersøkels\w*|kartlegg\w*|analyse\w*|gap\b|gjennomgang\w*|personaldata|statistikk\w*|alderssammensetning\w*|aldersfordeling\w*|prognose\w*|framskriv\w*|nå-?status|nåsituasjon\w*|behovsvurdering\w*)")
NUMBER_FINDING = _re(r"(\b\d[\d ,.]*\s*(%|prosent|ansatte|medarbeidere|årsverk|sykepleiere|lærere|helsefagarbeidere|assistenter|ledere|stillinger)\b|\b\d+\s+av\s+(de\s+)?\d*|\bhver (fjerde|tredje|femte|annen)\b|\b(en|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti)\s+av\s+(tre|fire|fem|seks|ti|\d+)\b|\bskår\w*\s+(på\s+)?\d)")
AGE_NEED = _re(r"(\bover\s+\d{2}\s*år\b|\b\d{2}\s*år\b|pensjon\w*|går av|aldersgrense|\bmangler\b|behov\w* for|vil øke|økende behov|problem\w* med å rekruttere|vanskelig å rekruttere|kompetansegap\w*|\bgap\b|\bdobles\b)")
YEAR_ONLY = re.compile(r"^\s*(19|20)\d{2}\b")

# Step 7: measures and whether they say for whom, when and who is responsible.
MEASURE = _re(r"(kurs\w*|opplæring\w*|program\w*|tiltak\w*|videreutdanning\w*|etterutdanning\w*|fagbrev\w*|veiledning\w*|hospiter\w*|nettverk\w*|samling\w*|konferanse\w*|e-læring\w*|mentor\w*|studietur\w*|utdanning\w*|lederutvikling\w*|fadder\w*|seminar\w*|kompetansekonto\w*|skolering\w*)")
# A sentence that puts a measure in place (active or passive, "blir arrangert", "får veiledning").
MEASURE_VERB = _re(r"\b(går|varer|holdes|avholdes|gis|kjøres|gjennomfør\w*|etabler\w*|tilby\w*|arranger\w*|start\w*|settes i verk|skal|vil|får|blir)\b")
COL_TARGET = _re(r"(målgruppe|for hvem|deltaker|hvem)")
COL_TIME = _re(r"(tidsrom|\btid\b|når|periode|frist|oppstart|tidsplan|\bår\b|dato|tidspunkt|kvartal|semester|skoleår|halvår)")
COL_RESP = _re(r"(ansvar)")
TIME = _re(rf"(\b(19|20)\d{{2}}\b|{MONTHS}|\bårlig\b|\bhvert (år|halvår)\b|\bhalvår\w*|\buke\s*\d+)")
TARGET = _re(r"(\bmålgruppe\w*|\b(for|til)\s+(alle\s+)?(nye\s+)?\w*(ledere|ansatte|medarbeidere|lærere|sykepleiere|assistenter|helsefagarbeidere|nyansatte|nytilsatte|lærlinger|instruktører|tillitsvalgte)\b)")
RESP = _re(r"\bansvar\w*")

# Steps 8 and 10.4: follow-up and evaluation -- how, and at which level (Tabell 12).
EVAL = _re(r"(evaluer\w*|oppfølging\w*|\bfølge[rs]?\b(\s+\S+){0,2}\s+opp\b|rapporter\w*|vurder\w*|\bmåle[rs]?\b|resultatmåling\w*|etterprøv\w*|i hvilken grad)")
HOW = _re(r"(rapport\w*|årsmelding\w*|årsrapport\w*|kvalitetssystem\w*|virksomhetsplan\w*|styringssystem\w*|årshjul\w*|tertial\w*|medarbeiderundersøkels\w*|brukerundersøkels\w*|skjema\w*|observ\w*|\btest\w*|prøve\w*|intervju\w*|målekart\w*|personalregnskap\w*|\bhalvår\w*|hvert år|årlig\w*|kommunestyret|rådmann\w*|kommunedirektør\w*)")
REACTION = _re(r"(fornøyd\w*|reaksjon\w*|tilfreds\w*|deltakerevaluering\w*|evalueringsskjema\w*)")
LEARNING = _re(r"(\blæring\b|\blært\b|tilegnet|praktisk\w* prøve|kunnskapstest\w*|\btest\w*)")
APPLICATION = _re(r"(bruke[rs]? (det|det som|kunnskapen|ferdighetene|kompetansen) (de |dei )?(har )?lært|bruke[rs]? (den nye )?kompetansen i (arbeidet|jobben)|anvendelse|anvendt\w*|i praksis|tatt i bruk|tas i bruk|bruker den nye kompetansen|praksis før og etter|atferd\w*)")
BENEFIT = _re(r"(\bnytte\w*|\beffekt\w*|brukerundersøkels\w*|måloppnåelse|kost\w*|gevinst\w*)")
AGAINST_GOALS = _re(r"((opp mot|i forhold til|i tråd med)\s+(kompetanse)?målene|støttet opp under .{0,40}mål|\bnådd målene|\bi hvilken grad\b.{0,80}\bmål)")

# Step 9: sub-plans for the sectors.
SUBPLAN = _re(r"(\b(utarbeider|lager|har|skriver)\s+(årlig\s+|hvert år\s+)?(en|et|sin|sitt|egen|eget)\s+(egen\s+|eget\s+)?\w*plan\b|\b(utarbeider|lager|har|utarbeide|lage)\s+(egne\s+|sine\s+)?(lokale\s+|(sektor|enhet|virksomhet|tjeneste|avdeling)s?vise\s+)?\w*planer\b|\b(sektor|enhet|virksomhet|tjeneste|avdeling)s?vise \w*plan(er|ene)\b|delplan\w*|delkompetanseplan\w*|opplæringsplan\w*|handlingsplan\w*|lokale (kompetanse)?planer|lokal\w* kompetanseplan\w*|egne planer|egen plan\b|sektorplan\w*|\begen \w*plan\b|\begne \w*planer\b|kompetanseplaner for (alle|hver|de enkelte)|\b\w*plan(en)? for (\w+ ){0,2}(helse|omsorg|oppvekst|barnehage\w*|skole\w*|teknisk\w*|kultur|velferd|pleie)\b)")
UNITWORD = _re(r"(\b(helse|omsorg|oppvekst|barnehage\w*|teknisk\w*|kultur|velferd|pleie)\b|\betat\w*|sektor\w*|enhet\w*|avdeling\w*|tjenesteområd\w*|tjenestested\w*|virksomhet\w*|seksjon\w*|kommunalavdeling\w*|\bteam\w*|programområd\w*|skole\w*|\bnav\b)")
FIRM = _re(r"\b(skal|utarbeider|utarbeides|lager|lages|har|er utarbeidet|foreligger|bygger på|legges fram|er avledet|er utledet|avledes|utledes)\b")
VAGUE = _re(r"\b(kan|ved behov|bør vurdere|eventuelt)\b")

# Step 10.3: leader and employee agree on measures; requests are weighed against the goals.
AGREE = _re(r"(medarbeidersamtale\w*|utviklingssamtale\w*|\bavtaler\b|\bavklar\w*|forventning\w*|søknad\w*|vurderes opp mot|prioriter\w* .{0,60}(mål|strategi))")
PEOPLE = _re(r"(leder\w*|medarbeider\w*|ansatt\w*|arbeidstaker\w*)")
DUTY = _re(r"(ansvar\w*|skal sørge for|plikt\w*)")

# Specific check: a date for the next analysis or the rullering.
RULLERING = _re(r"(rulleres|rullering\w*|revideres|revisjon\w*|revider\w*|ny kartlegging|oppdateres|evalueres|ny analyse)")


def _has(p: re.Pattern[str], text: str) -> bool:
    return bool(p.search(text))


# "hovedmål"/"visjon" in a heading with no steering document named ("For å nå hovedmålet vil vi",
# "3.1 Hovedmål") is the plan's own main goal, so the items under it may be competence goals
rules.register("review-goal-sections", kind="pattern", module="assistant.plan.review_detect", what="Step 5: a plan that gathers its goals under goal headings states its goals there; a 'mål' word in a sentence elsewhere ('ga gruppen i oppgave å foreslå mål og tiltak') speaks about goals. A heading that is only 'Kommunens mål' heads the municipality's goals (step 3), not competence goals.")
rules.register("review-own-main-goal", kind="pattern", module="assistant.plan.review_detect", what="Step 5: 'hovedmål' in a heading with no steering document named ('For å nå hovedmålet vil vi', '3.1 Hovedmål') is the plan's own main goal, not the kommuneplan's (step 3): the items under it may be competence goals.")
HEADING_DOC = _re(r"(kommuneplan\w*|samfunnsdel\w*|handlingsprogram\w*|økonomiplan\w*|styringsdokument\w*|arbeidsgiverpolitikk\w*|arbeidsgiverstrategi\w*|strategiske mål\w*|overordnede mål\w*|overordnet mål\w*|planstrategi\w*|målekart\w*|kommunens\b)")


# A heading that is only "Kommunens mål" (or "Kommunens overordnede mål") heads the municipality's
# goals -- step 3's section -- not the plan's own competence goals.
MUNICIPAL_GOALS = _re(r"^\W*[\d.]*\s*kommunens (overordnede |strategiske |viktigste )?mål(ene)?\W*$")


def _steer_heading(heading: str) -> bool:
    if rules.enabled("review-goal-sections") and _has(MUNICIPAL_GOALS, heading):
        return True
    if not _has(STEER, heading):
        return False
    return _has(HEADING_DOC, heading) or not rules.enabled("review-own-main-goal")


WISHED_CHANGE = _re(r"^\W*(vi|kommunen) (ønsker|vil|har som mål) (at |å )?(ha |få )?.{0,40}\b(flere|færre|økt|øke|bedre|mer|alle)\b")
rules.register("review-wished-change", kind="pattern", module="assistant.plan.review_detect", what="Step 5: a wished change in the staff ('Vi ønsker at flere tar fagbrev', 'Kommunen vil ha flere fagarbeidere') states a goal wherever it stands, even with no goal heading or 'mål' word.")


def goal_units(units: Sequence[Unit]) -> list[Unit]:
    """Sentences that state a goal: under a goal-like heading or naming a goal, in a goal's shape."""
    out: list[Unit] = []
    late: list[Unit] = []
    for u in units:
        # The municipality's top-level goals are step 3, not competence goals; a competence goal
        # may still point to one ("... (bygger på hovedmål 2)"), so references are ignored here.
        own_words = REFERENCE.sub(" ", u.norm)
        if _has(STEER, own_words) or _steer_heading(u.norm_heading) or u.kind == "cell":
            continue
        context = _has(GOAL_HEADING, u.norm_heading) or _has(GOAL_WORD, u.norm)
        # Outside a goal context, "X skal ... innen 2028" is a goal when X is about staff or competence
        # ("X vil ... før 2029" there is a forecast, not a goal).
        deadline_goal = bool(re.search(r"\bskal\b", u.norm)) and _has(DEADLINE, u.norm) and _has(STAFF, u.norm)
        # "Vi ønsker at flere tar fagbrev": a wished change in the staff is a goal, wherever it stands.
        deadline_goal = deadline_goal or (rules.enabled("review-wished-change") and _has(WISHED_CHANGE, u.norm) and _has(STAFF, u.norm))
        if context and _has(GOAL_SHAPE, u.norm):
            out.append(u)
        elif deadline_goal:
            late.append(u)
    # A plan that gathers its goals under goal headings has its goals there; a "mål" word elsewhere
    # ("ga gruppen i oppgave å foreslå mål og tiltak") speaks about goals, it states none.
    headed = [u for u in out if _has(GOAL_HEADING, u.norm_heading)]
    if rules.enabled("review-goal-sections") and len(headed) >= 2:
        out = headed
    return out + late


GOAL_COLUMN = _re(r"^\s*(mål|målsetting\w*|delmål\w*|kompetansemål\w*|effektmål\w*|resultatmål\w*)\s*$")


def table_goals(units: Sequence[Unit], tables: Sequence[Table]) -> list[tuple[Unit, bool]]:
    """Goals written in a table with a goal column: (the goal cell, whether its row makes it evaluable).

    A row is evaluable when any of its cells gives an indicator, a target or a date, or when the
    table has an indicator/target/deadline column that the row fills in.
    """
    out: list[tuple[Unit, bool]] = []
    for t_no, t in enumerate(tables):
        header = [to_bokmal(h) for h in t.header]
        goal_col = next((i for i, h in enumerate(header) if GOAL_COLUMN.search(h)), None)
        if goal_col is None:
            continue
        measure_cols = [i for i, h in enumerate(header) if re.search(r"(indikator|målverdi|målepunkt|frist|måltall|\bmåles\b|når)", h)]
        for r, row in enumerate(t.rows, start=1):
            cell = next((u for u in units if u.kind == "cell" and u.table == t_no and u.row == r and u.col == goal_col), None)
            if cell is None:
                continue
            text = " ".join(to_bokmal(c) for c in row)
            filled = any(i < len(row) and row[i].strip() for i in measure_cols)
            out.append((cell, filled or bool(INDICATOR.search(text) or DEADLINE.search(text) or TIME.search(text))))
    return out


_COLUMN_WORDS = ("mål", "tiltak", "målgruppe", "omfang", "tidsrom", "ansvarlig", "ansvar", "kostnad", "når", "hvem", "periode", "frist")


def flat_table_header(text: str) -> bool:
    """A table header whose cells a text export ran together ("Mål Tiltak Målgruppe Omfang/ Tidsrom
    Ansvarlig"): mostly column names, with one for whom and one for when or who is responsible."""
    words = re.findall(r"[a-zæøå]+", text.lower())
    names = [w for w in words if w in _COLUMN_WORDS]
    whom = "målgruppe" in names or "hvem" in names
    when_who = any(w in names for w in ("tidsrom", "ansvarlig", "ansvar", "når", "periode", "frist"))
    return len(names) >= 3 and len(names) >= 0.6 * len(words) and whom and when_who


def evaluable(u: Unit) -> bool:
    """A goal one can evaluate: an indicator or target value, or a deadline."""
    return _has(INDICATOR, u.norm) or _has(DEADLINE, u.norm) or _has(ALL_, u.norm)


def measure_table(tables: Sequence[Table]) -> tuple[int, Table] | None:
    """The first table of measures with at least two of: for whom, when, who is responsible.

    (A measures column plus deadline and responsible, without a target-group column, counts: the
    target is then usually in the measure's name, "Fagbrev for assistenter".)
    """
    for i, t in enumerate(tables):
        header = to_bokmal(" | ".join(t.header))
        says = sum(bool(p.search(header)) for p in (COL_TARGET, COL_TIME, COL_RESP))
        if t.rows and says >= 2 and (_has(COL_TARGET, header) or re.search(r"(tiltak|aktivitet|kurs)", header, re.I)):
            return i, t
    return None


def eval_levels(units: Sequence[Unit]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {"reaction": [], "learning": [], "application": [], "benefit": [], "goals": []}
    for u in units:
        if not _has(EVAL, u.norm):
            continue
        for key, pat in (("reaction", REACTION), ("learning", LEARNING), ("application", APPLICATION), ("benefit", BENEFIT), ("goals", AGAINST_GOALS)):
            if _has(pat, u.norm):
                out[key].append(u)
    return out
