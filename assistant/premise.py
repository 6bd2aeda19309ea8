"""False premises: a question that ties a named thing to one municipality when the sources tie it to another.

"Hva står det om Fagstigen i Halden sin plan?" assumes Halden has a Fagstige; the sources describe
Sørum's, and Halden's plan never mentions it. The honest answer says so, in our own words, and cites
what the sources do say about the thing:

    «Kildene knytter Fagstigen til Sørum; Haldens plan nevner ikke Fagstigen.»  + the cited sentences

The check is done in code over every passage (not only the retrieved ones): the thing (a name the
question writes with a capital, an acronym, a quoted title) is mentioned in the sources; every
mention that is about a municipality (:func:`assistant.municipality.about`) is about another one; and
no passage of the asked municipality's own documents, nor any passage about it, mentions it.

    >>> things("Hva står det om Fagstigen i Halden sin plan?")
    ['Fagstigen']
    >>> possessive("Halden"), possessive("Bærum")
    ('Haldens', 'Bærums')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant import rules
from assistant.municipality import MUNICIPALITIES, about, named_municipalities
from assistant.question import asked_kind
from assistant.retrieve import Filters
from assistant.sentences import source_sentences
from assistant.text import STOPWORDS
from assistant.types import Chunk, SourceSentence

_M = "assistant.premise"
rules.register(
    "false-premise", kind="pattern", module=_M,
    what="a question that ties a named thing to a municipality the sources do not tie it to is told so, "
    "with the sources' sentences about whose it is",
)

# A name inside a question ("Fagstigen", "SKUP", «Leve hele livet»): not its first word, not a municipality.
_THING_RE = re.compile(r"(?<![.?!] )(?<!^)\b(?:[A-ZÆØÅ][a-zæøå]{3,}[\wæøå-]*|[A-ZÆØÅ]{3,6}|[a-zæøå][A-ZÆØÅ][a-zæøå]{3,})\b")
_QUOTED_RE = re.compile(r"[«\"“]([^»\"”]{3,60})[»\"”]")
# Words a question capitalises that name no particular thing.
_GENERIC = frozenset(["Kommune", "Kommunen", "Kommunes", "Plan", "Planen", "Rapporten", "Norge", "Norsk", "Norwegian"])
# "Haldens plan", "SKUP": the question asks about the municipality's own document.
_DOCUMENT_RE = re.compile(r"\bplan\w*|\bskup\b|\bdokument\w*|\bstrategi\w*", re.IGNORECASE)
MAX_SENTENCES = 3
rules.register(
    "premise-dates", kind="pattern", module=_M,
    what="a date the question ties to a municipality ('Bærums plan ble vedtatt 13.10.06') is a thing whose owner can be checked",
)
rules.register(
    "premise-rare-words", kind="pattern", module=_M,
    what="a rare lower-case word of the question ('Lyngdals toårige lederskole'), in a few passages only, names a thing whose owner can be checked like a name",
)
rules.register(
    "premise-year", kind="pattern", module=_M,
    what="a thing the question ties to a year ('Hovedtariffavtalen 2004 … 1.4.2009') that the sources only tie to another year is told so, with the sentences that do",
)
# A date as the sources print it: "13.10.06", "1.4.2009".
_DATE_RE = re.compile(r"(?<![\d.])\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d])")
# A long compound ("lederskole", "kompetansekontoen") names a particular scheme; a shorter word ("selskap") a kind.
_LOWER_RE = re.compile(r"(?<![\wæøåÆØÅ])[a-zæøå]{10,}(?![\wæøåÆØÅ])")
_YEAR_RE = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d])")
# An adjective ("toårige", "årlige", "kommunale") describes a thing, it names none.
_ADJECTIVE_RE = re.compile(r"(?:ig|ige|lig|lige|isk|iske|ende|ell|elle|ale)$")
_DEFINITE_RE = re.compile(r"(?:en|et|ene|a)$")
# "Lyngdals toårige lederskole", "Haldens arbeidsgiverkonferanse i …": either of the two words after the genitive.
_OWNED_RE = re.compile(rf"\b(?:{'|'.join(MUNICIPALITIES)})s\s+([a-zæøå]+)(?:\s+([a-zæøå]+))?", re.IGNORECASE)
rules.register(
    "premise-kind-word", kind="pattern", module=_M, found_on=("dev",),
    what="the noun after 'Hvilke' ('Hvilke fokusområder nevner Bærums SKUP …?') is the kind of answer asked for, "
    "not a thing one municipality owns, so another municipality's use of the word is no false premise",
)
rules.register(
    "premise-no-roles", kind="pattern", module=_M, found_on=("b18",),
    what="a role ('personaldirektøren', 'rådmannen', 'prosjektlederen') is a post every organisation has, not a thing "
    "one municipality owns, so a question about another municipality's holder of it has no false premise",
)
# Posts of an organisation: every municipality has them, whichever one the sources happen to mention.
_ROLE_RE = re.compile(r"(?:direktør|sjef|leder|rådmann|ordfører)(?:en|ne|e|er)?$")
rules.register(
    "premise-owned-words", kind="pattern", module=_M, found_on=("b18",),
    what="a rare word the question itself says is a municipality's ('Haldens arbeidsgiverkonferanse', 'kompetansekontoen "
    "som Sørum har innført') has its owner checked even when the sources answer the question's words",
)
# "kompetansekontoen som Sørum kommune har innført": a relative clause that gives the thing an owner.
_OWNED_BY_RE = re.compile(
    rf"\b([a-zæøå]{{10,}})\s+(?:som|i|hos|til)\s+(?:{'|'.join(MUNICIPALITIES)})(?:\s+kommune)?\s+(?:har|hadde|bruker|brukte|driver|gjennomfører|tilbyr|innførte|har innført|har etablert)\b",
    re.IGNORECASE,
)
rules.register(
    "premise-of-definite", kind="pattern", module=_M, found_on=("b18",),
    what="a rare noun that completes a definite one ('utdanningen av endringskoordinatorer', 'kurset for verneombud') "
    "is made a particular thing by it, so its owner is checked like a definite word's",
)
_OF_DEFINITE_RE = re.compile(r"(?<![\wæøå])[a-zæøå]{4,}(?:en|et|ene)\s+(?:av|for|til|med|om)\s+([a-zæøå]{10,})(?![\wæøå])")
rules.register(
    "premise-seasons", kind="pattern", module=_M, found_on=("b18",),
    what="a season of a year the question ties to a municipality ('Bærums SKUP skal evalueres høsten 2012') is a date "
    "whose owner can be checked, as '13.10.06' is",
)
_SEASON_RE = re.compile(r"\b(?:høsten|våren|sommeren|vinteren)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# A word in this many passages or fewer is particular enough to belong to someone ("lederskole": 4 of 314).
RARE_PASSAGES = 6
LEAD_BACK = 4  # how many sentences back a quoted block's lead-in ("… står det:") may stand


@dataclass(frozen=True)
class FalsePremise:
    """A thing the question ties to ``asked`` that the sources tie to ``actual``."""

    thing: str  # as the question writes it
    asked: str
    actual: str
    where: str  # what was checked: "Haldens plan" or "kildene om Halden"
    sentences: tuple[SourceSentence, ...]  # the sources' sentences that tie the thing to ``actual``

    said: str = ""  # our own sentence when the tie is to a year, not a municipality

    def text(self) -> str:
        """Our own sentence saying so (the first claim is backed by the cited sentences, the second was
        checked over the asked municipality's passages)."""
        if self.said:
            return self.said
        return f"Kildene knytter {self.thing} til {self.actual}; {self.where} nevner ikke {self.thing}."


def possessive(name: str) -> str:
    """The genitive of a municipality's name ("Haldens"; a name ending in s takes none)."""
    return name if name.endswith("s") else f"{name}s"


rules.register(
    "premise-full-names", kind="pattern", module=_M, found_on=("b26",),
    what="a name that goes on with 'i' and names of places ('Høgskolene i Buskerud og Vestfold') is checked as the whole "
    "name, not as its first word, which other passages use for other things ('høgskole-/universitetsnivå')",
)
# "Høgskolene i Buskerud og Vestfold", "Universitetet i Agder": a name that goes on with its place.
_NAME_GOES_ON_RE = re.compile(r"\s+i\s+[A-ZÆØÅ][a-zæøå]+(?:\s+og\s+[A-ZÆØÅ][a-zæøå]+)?")


def things(question: str) -> list[str]:
    """The named things a question asks about: capitalised names and acronyms inside it (with the places
    a name goes on with), quoted titles.

    >>> things("Bærum samarbeider med Høgskolene i Buskerud og Vestfold. Hva har det gitt?")
    ['Høgskolene i Buskerud og Vestfold']
    """
    found, taken = [], 0  # taken: where the last name (with its places) ended
    for m in _THING_RE.finditer(question):
        if m.start() < taken:
            continue
        name = m.group(0)
        more = _NAME_GOES_ON_RE.match(question, m.end())
        if more and rules.enabled("premise-full-names") and not named_municipalities(more.group(0)):
            name += more.group(0)
            taken = more.end()
        found.append(name)
    found += _QUOTED_RE.findall(question)
    return [t for t in dict.fromkeys(found) if t not in _GENERIC and not named_municipalities(t)]


rules.register(
    "premise-plan-words", kind="pattern", module=_M, found_on=("b26",),
    what="a question that says what a municipality's own plan contains ('Haldens kompetanseplan har et seniorkurs') "
    "has each of its rare words checked against that municipality's documents, definite or not, even when the "
    "sources answer the words as asked",
)


rules.register(
    "premise-hyphen-plan", kind="pattern", module=_M, found_on=("bq",),
    what="a municipality's name joined to its document ('Sørum-planen', 'Halden-planen') ties the question to that "
    "municipality's own plan, as 'Sørums plan' does, so its rare words are checked against that plan",
)


def plan_tied(question: str, asked: str) -> bool:
    """Does the question say what ``asked``'s own plan holds ("Sørums kompetanseplan sier ...", "i SKUP-en
    til Bærum")?

    >>> plan_tied("Haldens kompetanseplan har et seniorkurs. Hva er målet?", "Halden"), plan_tied("Hva gjorde Halden?", "Halden")
    (True, False)
    """
    name = re.escape(asked)
    doc = r"(?:\w*plan\w*|skup\w*|strategi\w*)"
    return bool(
        re.search(rf"(?<![\wæøå]){name}s\s+(?:[a-zæøå]+\s+)?{doc}\b", question, re.IGNORECASE)
        or re.search(rf"\b{doc}\s+(?:til|for|i)\s+{name}\b", question, re.IGNORECASE)
        # "Sørum har … i kompetanseplanen sin": the plan of the municipality the sentence is about
        or re.search(rf"(?<![\wæøå]){name}\b[^.?!]*\b{doc}\s+(?:sin|sitt|sine)\b", question, re.IGNORECASE)
        # "Sørum-planen", "Bærum-SKUP-en": the name joined to the document it owns
        or (rules.enabled("premise-hyphen-plan") and re.search(rf"(?<![\wæøå]){name}-{doc}\b", question, re.IGNORECASE))
    )


def premise_things(question: str, chunks: Mapping[str, Chunk], rare_words: bool = True, any_form: bool = False) -> list[str]:
    """The things whose owner the question's premise can be checked for: its names (:func:`things`),
    its dates, then (with ``rare_words``) its rare lower-case words (rarest first); without ``rare_words``
    still the rare words the question itself says are the municipality's (rule 'premise-owned-words')."""
    found = things(question)
    if rules.enabled("premise-dates"):
        found += _DATE_RE.findall(question)
    if rules.enabled("premise-seasons"):
        found += [m.group(0).lower() for m in _SEASON_RE.finditer(question)]
    owned = {w.lower() for m in _OWNED_RE.finditer(question) for w in m.groups() if w}
    particular = {m.group(1).lower() for m in _OF_DEFINITE_RE.finditer(question)} if rules.enabled("premise-of-definite") else set()
    if rules.enabled("premise-owned-words"):
        owned |= {m.group(1).lower() for m in _OWNED_BY_RE.finditer(question)}
    if rules.enabled("premise-rare-words") and (rare_words or any_form or (owned and rules.enabled("premise-owned-words"))):
        # A word names one thing when the question says which: in the definite form ("kompetansekontoen")
        # or after a municipality's genitive ("Lyngdals toårige lederskole"); "har fått lønnstillegg" names a kind.
        kind = asked_kind(question) if rules.enabled("premise-kind-word") else ""
        words = [
            w for w in dict.fromkeys(_LOWER_RE.findall(question))
            if w not in STOPWORDS and w != kind and not named_municipalities(w) and not _ADJECTIVE_RE.search(w)
            and not (rules.enabled("premise-no-roles") and _ROLE_RE.search(w))
            and (any_form or _DEFINITE_RE.search(w) or w in owned or w in particular)
            and (rare_words or any_form or w in owned)
        ]
        counts = [(passages_naming(w, chunks), w) for w in words]
        found += [w for n, w in sorted(counts) if 0 < n <= RARE_PASSAGES]
    return list(dict.fromkeys(found))


def swap(question: str, asked: str, actual: str) -> str:
    """The question about ``actual`` instead of ``asked`` ("Haldens plan" -> "Sørums plan").

    >>> swap("Hvor mange ledere har gått gjennom Lyngdals toårige lederskole?", "Lyngdal", "Drammen")
    'Hvor mange ledere har gått gjennom Drammens toårige lederskole?'
    """
    def one(m: re.Match[str]) -> str:
        return possessive(actual) if m.group(1) else actual

    return re.sub(rf"(?<![\wæøå]){re.escape(asked)}(s?)(?![\wæøå])", one, question, flags=re.IGNORECASE)


def passages_naming(word: str, chunks: Mapping[str, Chunk]) -> int:
    """How many passages mention ``word`` in any of its forms (:func:`key_of`)."""
    key = key_of(word)
    return sum(1 for c in chunks.values() if key.search(c.text))


def key_of(thing: str) -> re.Pattern[str]:
    """How a mention is found: the name without its inflection ending, then any ending ("Fagstigen" ~
    "fagstige", "Geriatriløftet" ~ "Geriatriløft"), as a whole word ("Kompetanseuka" is not "kompetanseutvikling").

    >>> bool(key_of("Fagstigen").search("Første trinn i fagstigen")), bool(key_of("Kompetanseuka").search("kompetanseutvikling"))
    (True, False)
    """
    word = thing.lower()
    stem = re.sub(r"(?:ene|en|et|a|e|er|s)$", "", word) if " " not in word and len(word) > 6 else word
    return re.compile(rf"(?<![\wæøå]){re.escape(stem)}(?:ene|en|et|a|e|er|s)?(?![\wæøå])", re.IGNORECASE)


rules.register(
    "premise-answer-words", kind="pattern", module=_M, found_on=("b25",),
    what="when the best sentence for a question about one municipality is another's, its rare compound that ends in "
    "one of the question's words ('oppvekstkonferanse' for 'an annual conference on children') is checked like a "
    "name of the question's: 'Kildene knytter oppvekstkonferanse til Bærum; Haldens plan nevner ikke oppvekstkonferanse.'",
)
_QUESTION_WORD_RE = re.compile(r"(?<![\wæøå])[a-zæøå]{5,}(?![\wæøå])")
# The inflection ending a compound is compared without ("konferanse" and "oppvekstkonferansen" end alike).
_STEM_END_RE = re.compile(r"(?:ene|en|et|er|e|a)$")


def answer_things(question: str, sentence: str, chunks: Mapping[str, Chunk]) -> list[str]:
    """The rare compounds of ``sentence`` (in :data:`RARE_PASSAGES` passages or fewer) that end in one of
    the question's own words ("oppvekstkonferanse" ends in "konferanse"): what the question, in other
    words, asks about (rule 'premise-answer-words'); tested in tests/test_premise.py."""
    if not rules.enabled("premise-answer-words"):
        return []
    asked = {w for w in _QUESTION_WORD_RE.findall(question.lower()) if w not in STOPWORDS}
    stems = {_STEM_END_RE.sub("", w) for w in asked}
    found = []
    for w in dict.fromkeys(_LOWER_RE.findall(sentence.lower())):
        if w in asked or w in STOPWORDS or named_municipalities(w):
            continue
        base = _STEM_END_RE.sub("", w)
        if not any(len(st) >= 5 and base.endswith(st) and len(base) - len(st) >= 4 for st in stems):
            continue
        if 0 < passages_naming(w, chunks) <= RARE_PASSAGES:
            found.append(w)
    return found


def false_premise(
    question: str, chunks: Mapping[str, Chunk], filters: Filters | None = None, rare_words: bool = True, extra: tuple[str, ...] = (),
    any_form: bool = False,
) -> FalsePremise | None:
    """The false premise of ``question``, or None (also when the rule is off).

    A common word has many uses ("omorganiseringen", "lederkurset"), so the caller passes
    ``rare_words=False`` when the sources answer the question as asked: only names and dates are
    checked then, and a lower-case word only when the question would otherwise be refused. ``extra``:
    more things to check, from the best answer sentence (:func:`answer_things`); ``any_form``: a rare word is
    checked in any form, not only a definite or owned one."""
    if not rules.enabled("false-premise"):
        return None
    named = named_municipalities(question)
    if len(named) != 1:
        return year_premise(question, chunks, filters, rare_words) if not named else None
    asked = named[0]
    passages = [c for c in chunks.values() if filters is None or filters.accepts(c)]
    own_docs = [c for c in passages if str(c.meta.get("municipality") or "").lower() == asked.lower()]
    has_plan = any(c.meta.get("doc_type") == "plan" for c in own_docs)
    plan_words = has_plan and rules.enabled("premise-plan-words") and plan_tied(question, asked)
    for thing in dict.fromkeys([*premise_things(question, chunks, rare_words, any_form or plan_words), *extra]):
        key = key_of(thing)
        mentioned = [c for c in passages if key.search(c.text)]
        if not mentioned or any(key.search(c.text) for c in own_docs):
            continue  # unknown to the sources (the refusal rules say so), or the asked one's own text has it
        owners: Counter[str] = Counter()
        unowned = 0  # mentions about no municipality: the report's or the agreement's own text
        ties: dict[str, list[SourceSentence]] = {}
        for chunk in mentioned:
            for s in source_sentences(chunk):
                if not key.search(s.text):
                    continue
                whose = [m for m in MUNICIPALITIES if about(chunk, s.text, m)]
                unowned += not whose
                for m in whose:
                    owners[m] += 1
                    ties.setdefault(m, []).append(s)
        if not owners or asked in owners or unowned * 2 > sum(owners.values()):
            continue  # a thing of no one municipality ("Hovedavtalen") is no one's to get wrong
        actual, _ = owners.most_common(1)[0]
        where = f"{possessive(asked)} plan" if has_plan and (_DOCUMENT_RE.search(question) or plan_words) else f"kildene om {asked}"
        # Sentences that name the municipality themselves say whose it is most plainly.
        best = sorted(ties[actual], key=lambda s: (actual.lower() not in s.text.lower(), s.chunk.lines, s.position))
        return FalsePremise(thing, asked, actual, where, tuple(best[:MAX_SENTENCES]))
    return None


def year_premise(question: str, chunks: Mapping[str, Chunk], filters: Filters | None = None, rare_words: bool = True) -> FalsePremise | None:
    """A thing the question ties to a year that the sources tie only to another year (see the rule
    'premise-year'): "Hovedtariffavtalen 2004 satte frist … til 1.4.2009" when every passage naming
    1.4.2009 says 2008 and none says 2004. The sentences quoted are those naming the thing, each with the
    lead-in it completes ("I Riksmeglingsmannens møtebok 2008 pkt V, litra a) står det:")."""
    if not rules.enabled("premise-year"):
        return None
    dates = _DATE_RE.findall(question)
    years = [y for y in _YEAR_RE.findall(_DATE_RE.sub(" ", question))]
    if not years:
        return None
    passages = [c for c in chunks.values() if filters is None or filters.accepts(c)]
    for thing in premise_things(question, chunks, rare_words):
        key = key_of(thing)
        mentioned = [c for c in passages if key.search(c.text)]
        if not mentioned or len(mentioned) > RARE_PASSAGES or thing not in dates and any(y in thing for y in years):
            continue
        if any(y in c.text for c in mentioned for y in years):
            continue  # the sources do tie it to the year asked about
        quoted: list[SourceSentence] = []
        others: Counter[str] = Counter()
        for chunk in mentioned:
            sentences = source_sentences(chunk)
            for i, s in enumerate(sentences):
                if not key.search(s.text):
                    continue
                # A quoted block is introduced by the sentence before it that ends in a colon.
                lead = next((x for x in reversed(sentences[max(0, i - LEAD_BACK) : i]) if x.text.rstrip().endswith(":")), None)
                told = [x for x in (lead, s) if x is not None]
                for x in told:
                    others.update(_YEAR_RE.findall(_DATE_RE.sub(" ", x.text)))
                quoted += [x for x in told if x.text.strip(' ”"»') not in {q.text.strip(' ”"»') for q in quoted}]
        if not others:
            continue
        actual, _ = others.most_common(1)[0]
        asked = years[0]
        said = f"Kildene knytter {thing} til {actual}, ikke til {asked}."
        return FalsePremise(thing, asked, actual, "kildene", tuple(quoted[: MAX_SENTENCES + 1]), said)
    return None


rules.register(
    "premise-statement-year", kind="pattern", module=_M, found_on=("b28",),
    what="a statement of the question that a source sentence says with another year ('Drammen innførte balansert målstyring "
    "i 2008.' / 'I Drammen ble det innført balansert målstyring i 2002.') is corrected with that sentence, not refused",
)
STATEMENT_SHARED = 3  # content words the statement and the source sentence share, besides the year
STATEMENT_COVERED = 0.75  # of the statement's content words
STATEMENT_TOP = 8  # the best candidate sentences read for the statement
_CLAUSE_END_RE = re.compile(r"(?<=[.!?])\s+")


def statements(question: str) -> list[str]:
    """The clauses of ``question`` that state something, not ask it.

    >>> statements("Lyngdal har et lederutviklingshjul. Hva går det ut på?"), statements("Hva gjorde Sørum?")
    (['Lyngdal har et lederutviklingshjul.'], [])
    """
    return [c.strip() for c in _CLAUSE_END_RE.split(question.strip()) if c.strip() and not c.rstrip().endswith("?")]


rules.register(
    "statement-word-coverage", kind="pattern", module=_M, found_on=("b27", "b29"),
    what="a statement's words are counted as written, each said when one of its index terms is in the source sentence "
    "(a compound 'lederkurs' counts once, not as 'lederkurs', 'leder' and 'kurs'); the municipality it names is said "
    "when the sentence is about it, though it need not write the name",
)


def _statement_words(clause: str, tokens: Callable[[str], Sequence[str]]) -> list[tuple[str, ...]]:
    """The index terms of each content word of ``clause``, each word once (its year left out).

    >>> _statement_words("Sørum har hatt lederkurs siden 2005, lederkurs for alle.", lambda w: [w.lower()[:5]])
    [('sørum',), ('hatt',), ('leder',)]
    """
    out: list[tuple[str, ...]] = []
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", clause):
        terms = tuple(t for t in tokens(word) if t not in STOPWORDS and not t.isdigit())
        if terms and terms not in out:
            out.append(terms)
    return out


def statement_year(question: str, sentences: Sequence[Any], tokens: Callable[[str], Sequence[str]]) -> FalsePremise | None:
    """The false year of a statement in ``question`` (rule 'premise-statement-year'), or None.

    ``sentences`` are the ranked candidates (``.sentence``, ``.hit.chunk``); ``tokens`` the analyzer's
    index terms. Checked only when no sentence on the question's topic mentions the year the question
    names: a source sentence that says the statement's words (at least :data:`STATEMENT_SHARED` of them,
    :data:`STATEMENT_COVERED` of all) with one other year, about the municipality the question names,
    corrects it.

    >>> from types import SimpleNamespace as NS
    >>> chunk = NS(id="c", text="I Drammen ble det innført balansert målstyring i 2002. BMS-kartet brukes.", meta={})
    >>> found = statement_year("Drammen innførte balansert målstyring i 2008. Hvordan brukes BMS-kartet der?",
    ...     [NS(sentence="I Drammen ble det innført balansert målstyring i 2002.", hit=NS(chunk=chunk))], lambda t: re.findall(r"\\w{4,}", t.lower()))
    >>> found.asked, found.actual, found.text()
    ('2008', '2002', 'Kildene sier 2002, ikke 2008.')
    """
    if not rules.enabled("premise-statement-year"):
        return None
    named = named_municipalities(question)
    for clause in statements(question):
        years = _YEAR_RE.findall(_DATE_RE.sub(" ", clause))
        if len(years) != 1:
            continue
        words = {t for t in tokens(_YEAR_RE.sub(" ", clause)) if t not in STOPWORDS and not t.isdigit()}
        surface = _statement_words(clause, tokens) if rules.enabled("statement-word-coverage") else []
        places = {t: m for m in named_municipalities(clause) for t in tokens(m)}
        for s in sentences[:STATEMENT_TOP]:
            said = _YEAR_RE.findall(_DATE_RE.sub(" ", s.sentence))
            if len(set(said)) != 1 or said[0] == years[0] or (len(named) == 1 and not about(s.hit.chunk, s.sentence, named[0])):
                continue
            terms = set(tokens(s.sentence))
            shared = words & terms
            if surface:
                said_words = [bool(set(w) & terms) or (w[0] in places and about(s.hit.chunk, s.sentence, places[w[0]])) for w in surface]
                covered = sum(said_words) / len(surface)
            else:
                covered = len(shared) / max(1, len(words))
            if len(shared) >= STATEMENT_SHARED and covered >= STATEMENT_COVERED:
                told = next((x for x in source_sentences(s.hit.chunk) if x.text.strip() == s.sentence.strip()), None)
                if told is None:
                    continue
                return FalsePremise(clause.strip(), years[0], said[0], "kildene", (told,), f"Kildene sier {said[0]}, ikke {years[0]}.")
    return None


rules.register(
    "premise-statement-owner", kind="pattern", module=_M, found_on=("b31",),
    what="a question that puts a source sentence's words in another municipality's mouth ('Hvorfor sa ansatte i Bærum at "
    "det er begrenset hvor mange nye kompetansemål …?', said in Sørum) is told whose words they are, with the sentence, "
    "when no passage about the municipality asked says them",
)
# "… sa noen av de ansatte i Bærum at …", "Hvor i SKUP står det at …": the claim after a verb of saying.
_CLAIM_RE = re.compile(
    r"\b(?:sa|sier|si|skriver|skrev|står det|stod det|mener|mente|hevder|hevdet|påstår|uttrykte|ga uttrykk for|forteller|fortalte)\b"
    r"[^?]*?\bat\s+([^?]+)",
    re.IGNORECASE,
)


def claim_of(question: str) -> str:
    """What the question says someone said or wrote ("… sa de ansatte at <claim>?"), or "".

    >>> claim_of("Hvor i SKUP står det at medarbeiderne er den viktigste faktoren?"), claim_of("Hva er Fagstigen?")
    ('medarbeiderne er den viktigste faktoren', '')
    """
    m = _CLAIM_RE.search(question)
    return m.group(1).strip() if m else ""


OWNER_COVERED = 0.75  # of the question's weighted lower-case content terms, in the other municipality's sentence
OWNER_TERMS = 4  # content terms shared, at least
OWN_COVERED = 0.5  # a sentence about the asked municipality covering this much says it there too


def statement_owner(
    question: str,
    weights: Mapping[str, float],
    candidates: Sequence[SourceSentence],
    own: Sequence[tuple[Chunk, str]],
    tokens: Callable[[str], Sequence[str]],
) -> FalsePremise | None:
    """The municipality whose passage says what ``question`` says of another (rule 'premise-statement-owner'), or None.

    ``weights``: the question's idf-weighted terms; ``candidates``: sentences of passages retrieved without the
    municipality's name; ``own``: (chunk, sentence) pairs ranked for the question as asked. Only the lower-case
    words count (a name the question writes is :func:`false_premise`'s to check).

    >>> from types import SimpleNamespace as NS
    >>> chunk = NS(id="c", text="", meta={"municipality": "Sørum"}, section_path="", title="Sørum")
    >>> s = NS(text="Noen ansatte sa det er begrenset hvor mange nye individuelle kompetansemål de kan sette.", chunk=chunk)
    >>> tok = lambda t: re.findall(r"[a-zæøå]{4,}", t.lower())
    >>> w = {t: 2.0 for t in tok("ansatte begrenset individuelle kompetansemål sette")}
    >>> statement_owner("Hvorfor sa ansatte i Bærum at det er begrenset hvor mange individuelle kompetansemål de kan sette?", w, [s], [], tok).actual
    'Sørum'
    """
    if not rules.enabled("premise-statement-owner"):
        return None
    named = named_municipalities(question)
    if len(named) != 1:
        return None
    asked = named[0]
    claim = claim_of(question)
    if not claim:
        return None  # only words the question says someone said or wrote are checked for their owner
    lower = {t for w in re.findall(r"(?<![\wæøåÆØÅ])[a-zæøå][\wæøå-]*", claim) for t in tokens(w)}
    content = {t: w for t, w in weights.items() if t in lower and t not in STOPWORDS and not t.isdigit()}
    total = sum(content.values())
    if len(content) < OWNER_TERMS or not total:
        return None

    def covered(sentence: str) -> tuple[float, int]:
        said = content.keys() & set(tokens(sentence))
        return sum(content[t] for t in said) / total, len(said)

    if any(covered(text)[0] >= OWN_COVERED and about(chunk, text, asked) for chunk, text in own):
        return None
    for s in candidates:
        share, shared = covered(s.text)
        if share < OWNER_COVERED or shared < OWNER_TERMS or about(s.chunk, s.text, asked):
            continue
        whose = [m for m in MUNICIPALITIES if about(s.chunk, s.text, m)]
        if len(whose) == 1:
            return FalsePremise(s.text, asked, whose[0], f"kildene om {asked}", (s,), f"Kildene sier dette om {whose[0]}, ikke om {asked}.")
    return None
