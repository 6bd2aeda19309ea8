"""When the sources do not answer: the refusal rules beyond low term coverage.

:class:`assistant.answer.Assistant` refuses when the best sentence covers too little of the question
(``REFUSE_BELOW``) or when one of these rules finds a sign that the sources cannot answer:

- a name, quoted title or acronym the question uses appears nowhere in the sources ("Stavanger",
  «Leve hele livet», "KI-verktøy"), or in none of the retrieved passages ("Oslo kommune");
- a year or number the question names is in none of the best passages, or no sentence on the
  question's topic mentions the year, or the question asks what happened in a year after the
  sources were written;
- a numbered clause ("HTA kapittel 4", "§ 7", "pkt. 3.3") is in no retrieved passage or heading;
- a "hvor mange / mye / stor / ofte / lenge" question has no sentence with a number (years are no
  amounts; "toårig", "i året" are durations; a money question needs a sum) that is on its topic,
  about the municipality asked about and names the programme the question names.

Every threshold was chosen on ``evals/questions.jsonl`` (`planvis eval --calibrate` sweeps
``REFUSE_BELOW``): there they refuse 16 of 19 unanswerable questions and 2 of 198 answerable ones.

    >>> bool(_AMOUNT_RE.search("Ordningen kom i stand i 2008."))
    False
    >>> bool(_MONEY_RE.search("… de fire kommunalavdelingene")), bool(_MONEY_RE.search("For 2008 var det satt av 200.000 kroner"))
    (False, True)
    >>> _ENUMERATOR_RE.sub("", "42 Det er ikke spurt om pkt. 1-5 og § 7.")
    'Det er ikke spurt om  og '
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from assistant.chunking import index_text
from assistant.citations import paragraph_around
from assistant.retrieve import MUNICIPALITIES, named_municipalities
from assistant.types import Hit

# The best sentence must cover at least this share of the question's (idf-weighted) terms.
# Chosen on evals/questions.jsonl for at most ~5 % false refusals (`planvis eval --calibrate` sweeps it).
REFUSE_BELOW = 0.35


class Sentence(Protocol):
    """A candidate answer sentence as :mod:`assistant.answer` scores it."""

    hit: Hit
    sentence: str
    terms: frozenset[str]
    lexical: float  # share of the question's weighted terms it covers
    similarity: float  # its own dense similarity to the question (0 if not computed)


_NAME_RE = re.compile(r"\b[A-ZÆØÅ][a-zæøåA-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ][a-zæøå]+)*")
_QUOTED_RE = re.compile(r"[«\"'“]([^»\"'”]{3,60})[»\"'”]")
QUANTITY_RE = re.compile(
    r"\b(hvor (mye|mange|stor|store|høy|høyt|lang|lenge|ofte)|kor (mykje|mange|stor|høg)|how (much|many|high|often)|hva (kostet|koster|scoret)|hvilke satser)\b",
    re.IGNORECASE,
)


_ACRONYM_RE = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")
_DURATION_WORDS = frozenset(["ofte", "lenge", "lang"])
# Stems that ask for an amount ("Hvor stor andel …?") without saying what the question is about.
_AMOUNT_WORDS = frozenset(["andel", "antall", "prosent", "prosentandel"])
_DURATION_RE = re.compile(
    r"\d|\b(årlig|månedlig|ukentlig|hver|ganger|året|år|måned|måneder|uke|uker|dager|timer|semester|halvår|kvartal)\b|årig\b", re.IGNORECASE
)
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d|prosent|halvpart|tredjedel|flertall|\b(to|tre|fire|fem|seks|sju|syv|åtte|ti|tolv|tjue|hundre|tusen)\b",
    re.IGNORECASE,
)
# Past tense: "Hva viste evalueringen høsten 2012?" asks for an outcome; sources written in 2010 can
# only say it was planned.
_PAST_RE = re.compile(
    r"\b(viste|ble|blei|var|hadde|fikk|gikk|gjorde|kom|endte|førte|oppnådde|resulterte|lyktes|skjedde|brukte|"
    r"deltok|evaluerte|vedtok|innførte|showed|was|were|did|had|resulted)\b",
    re.IGNORECASE,
)
# A capitalised word inside a question names a programme or a text ("Geriatriløft", "Kompetanseuka").
_PROPER_RE = re.compile(r"(?<!^)(?<![.?!] )\b[A-ZÆØÅ][a-zæøå]{4,}")
# A question about money wants a sum of money (or a pay step, or a share), not any count.
_MONEY_QUESTION_RE = re.compile(r"budsjett|kost|kroner|penger|lønn|pris|betal|finansier", re.IGNORECASE)
_MONEY_RE = re.compile(
    r"\bkr\b|kr\.|kroner|\bmill|milliard|\bNOK\b|lønnstrinn|lønnsramme|\d{1,3}(?:[ .]\d{3})+|\d\s*(?:prosent|%)", re.IGNORECASE
)
# "Hvor mange casekommuner …?" is also answered by naming them: "… er Alta, Bærum, Sørum og Drammen."
_LISTED_NAMES_RE = re.compile(r"\b[A-ZÆØÅ][\w-]+(?:, [A-ZÆØÅ][\w-]+)+,? og [A-ZÆØÅ][\w-]+")
# A sentence with the asked-for number (or year) must be on the question's topic: it shares enough of
# its terms, or its own vector is close to the question's. Chosen on evals/questions.jsonl: these
# refuse 9 more unanswerable questions there and no answerable one (`planvis eval --calibrate`).
TOPIC_COVERAGE = 0.45
QUANTITY_SIMILARITY = 0.845
YEAR_SIMILARITY = 0.85
RAREST_MARGIN = 0.5
TOPICAL_IDF = 1.5  # "kompetanse" (idf 0.7) is in nearly every passage and says nothing
# Numbers that count nothing: a list item's "1.", a footnote's "42 Det er ikke spurt …", a clause ("pkt. 1-5").
_ENUMERATOR_RE = re.compile(r"^\s*\d{1,3}(?:[.)]\s+|\s+(?=[A-ZÆØÅ]))|(?:\b(?i:pkt|punkt|kap|kapittel|nr)\.?|§)\s*\d[\d.]*(?:\s*[-–]\s*\d+)?")
# English questions share no terms with the Norwegian text: dense similarity alone decides.
ENGLISH_SIMILARITY = 0.80
ENGLISH_ANSWERABLE = 0.82


# A year that dates a source ("KS-rapporten fra 2010", "planen (2010)", "2010-rapporten") says which text is
# meant, not what it must say; with the year replaced by ÅÅÅÅ:
_SOURCE_YEAR_RE = re.compile(
    r"(?i:rapport\w*|plan\w*|undersøkels\w*|survey\w*|dokument\w*|report\w*)\s*(?:(?i:fra|av|frå|from|of)\s+)?\(?ÅÅÅÅ\)?|ÅÅÅÅ-[a-zæøå]+"
)
# "HTA kapittel 4", "§ 7", "pkt. 3.3": a question about a numbered clause needs a passage with that clause.
_REFERENCE_RE = re.compile(r"(kapittel|kap\.?|§|punkt|pkt\.?)\s*(\d+(?:\.\d+)*)", re.IGNORECASE)
_REFERENCE_FAMILIES = {"kap": r"(?:kapittel|kap\.?)", "§": "§", "pun": r"(?:punkt|pkt\.?)", "pkt": r"(?:punkt|pkt\.?)"}


def on_topic(s: Sentence, similarity: float, english: bool, rarest: frozenset[str], topical: frozenset[str]) -> bool:
    """Is the sentence about what the question asks: close in meaning, or sharing its words
    including one of its rarest ones?"""
    if english:
        return s.similarity >= ENGLISH_SIMILARITY
    shares_topic = bool(s.terms & topical)  # more than the municipality's name and "kompetanse"
    return (s.similarity >= similarity and shares_topic) or (s.lexical >= TOPIC_COVERAGE and bool(s.terms & rarest))


def about(s: Sentence, name: str) -> bool:
    """Is the sentence about this municipality (by its document, section or own words)?"""
    c = s.hit.chunk
    return str(c.meta.get("municipality") or "").lower() == name.lower() or name.lower() in f"{c.text} {c.section_path} {c.title}".lower()


def _dates_source(question: str, number: str) -> bool:
    """Does ``number`` date the source the question names ("KS-rapporten fra 2010")?

    >>> _dates_source("Hvor mange, ifølge KS-rapporten fra 2010?", "2010"), _dates_source("Hva skjedde i 2010?", "2010")
    (True, False)
    """
    return bool(_SOURCE_YEAR_RE.search(question.replace(number, "ÅÅÅÅ")))


def _paragraph(s: Sentence) -> str:
    """The paragraph of its passage the sentence stands in ("Fagstigen …. For hvert trinn gis …")."""
    return paragraph_around(s.hit.chunk.text, s.sentence)[0] or s.sentence


def unanswerable_reason(
    question: str,
    *,
    lang: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    corpus: str,
    terms: Mapping[str, float],
    source_free: str = "",
) -> str:
    """Why the sources cannot answer ``question``, or "" (checked after the coverage threshold).

    ``sentences`` are the candidate sentences of the retrieved ``hits``; ``corpus`` is all indexed text
    in lower case; ``terms`` are the question's idf-weighted terms; ``source_free`` is the question without
    the words naming its source ("ifølge SKUP 2010–2013"), whose years and numbers need not be in the answer.
    """
    source_free = source_free or question
    names = [
        m.group(0)
        for m in _NAME_RE.finditer(question)
        if m.start() > 0 and question[m.start() - 2 : m.start()].strip() not in (".", "?", "!")
    ]
    names += _QUOTED_RE.findall(question)
    unknown = [n for n in names if n.lower() not in corpus and n.lower().rstrip("s") not in corpus]
    unknown += [a for a in _ACRONYM_RE.findall(question) if not re.search(rf"(?<!\w){a.lower()}(?!\w)", corpus)]
    if unknown:
        return f"not in the sources: {', '.join(unknown)}"
    retrieved = " ".join(index_text(h.chunk) for h in hits)  # headings and titles count (they name clauses too)
    lowered = retrieved.lower()
    unseen = [n for n in names if n.lower() not in lowered and n.lower().rstrip("s") not in lowered]
    if unseen:
        return f"no retrieved passage mentions {', '.join(unseen)}"
    top_text = " ".join(h.chunk.text for h in hits[:3])
    missing = [
        num
        for num in re.findall(r"\b\d{2,4}\b", source_free)
        if num not in top_text and not _dates_source(source_free, num)
    ]
    if missing:
        return f"no passage mentions {', '.join(missing)}"
    for kind, number in _REFERENCE_RE.findall(question):
        family = _REFERENCE_FAMILIES[kind.lower().rstrip(".")[:3]]
        if not re.search(rf"{family}\s*{re.escape(number)}(?!\.?\d)", retrieved, re.IGNORECASE):
            return f"no passage quotes {kind} {number}"
    english = lang == "en"
    # The question's rarest words say what it is about ("poeng", "sykefravær", "mastergrad").
    asked = QUANTITY_RE.search(question)
    asking = asked.group(0).lower().split()[1:] if asked else []  # "stor" of "hvor stor", not a topic
    topic = {
        t: w
        for t, w in terms.items()
        if not t.isdigit()
        and t not in {m.lower() for m in MUNICIPALITIES}
        and t not in _AMOUNT_WORDS
        and not any(word.startswith(t) for word in asking)
    }
    top = max(topic.values(), default=0.0)
    rarest = frozenset(t for t, w in topic.items() if w >= top - RAREST_MARGIN)
    topical = frozenset(t for t, w in topic.items() if w >= TOPICAL_IDF)
    if asked:
        pattern = _DURATION_RE if asked.group(0).lower().split()[-1] in _DURATION_WORDS else _AMOUNT_RE
        named = named_municipalities(question)
        if pattern is _AMOUNT_RE and _MONEY_QUESTION_RE.search(question):
            pattern = _MONEY_RE  # "Hvor mye er budsjettert …?" is not answered by "de fire kommunalavdelingene"
        numeric = [
            s
            for s in sentences
            if (pattern.search(_ENUMERATOR_RE.sub("", s.sentence)) or (pattern is _AMOUNT_RE and _LISTED_NAMES_RE.search(s.sentence)))
            and (len(named) != 1 or about(s, named[0]))
            and on_topic(s, QUANTITY_SIMILARITY, english, rarest, topical)
        ]
        # "Hvor mange deltok i Geriatriløft Drammen?": the number must be said about the programme it names.
        proper = [w.lower() for w in _PROPER_RE.findall(question) if not named_municipalities(w)]
        numeric = [s for s in numeric if all(w[: max(5, len(w) - 2)] in _paragraph(s).lower() for w in proper)]
        if not numeric:
            where = f" about {named[0]}" if len(named) == 1 else ""
            return f"asks for a number, and no sentence{where} with a number is about the question"
    written = max((int(h.chunk.meta["year"]) for h in hits if str(h.chunk.meta.get("year", "")).isdigit()), default=0)
    for year in re.findall(r"\b(?:19|20)\d\d\b", source_free):
        if written and int(year) > written and _PAST_RE.search(source_free):
            return f"asks what happened in {year}; the sources were written in {written}"
        if _dates_source(source_free, year):
            continue  # "KS-rapporten fra 2010" dates the source, not the fact asked about
        dated = (s for s in sentences if year in f"{s.sentence} {s.hit.chunk.title} {s.hit.chunk.section_path}")  # "## HTA 2008–2010 …"
        if not any(on_topic(s, YEAR_SIMILARITY, english, rarest, topical) for s in dated):
            return f"no sentence about the question mentions {year}"
    return ""
