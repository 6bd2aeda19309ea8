"""Citation checking in code: split an answer into sentences, read their [n] markers, and keep
only sentences whose cited passages support them.

The support check is lexical and explainable, not a model: every number and every proper name in
a sentence must occur in the cited passage, and enough of its content words (Norwegian-stemmed,
with compounds matched by parts) must occur there too. What it cannot see is *relations*: a
sentence that reuses the passage's own words and numbers in a wrong combination ("58 prosent har
ingen planer" against "42 prosent har ingen ..., mens 58 prosent har") passes. It is a filter
against invented facts, not a proof of entailment.

    >>> passage = "Til nå har 24 ansatte fått klinisk godkjenning som følge av Fagstigen."
    >>> support("24 ansatte har fått klinisk godkjenning [2].", passage).supported
    True
    >>> support("42 ansatte har fått klinisk godkjenning [2].", passage).missing
    ('42',)
    >>> verify("42 ansatte har fått klinisk godkjenning [2].", {2: passage}).text
    ''
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant import rules
from assistant.numbers import MULTIPLIERS, NUMBER_WORDS, numbers
from assistant.sentences import MARKER_RE, MONTHS, sentence_spans
from assistant.sentences import one_line as one_line  # re-exported: the splitter lives in assistant.sentences
from assistant.sentences import paragraph_around as paragraph_around
from assistant.sentences import split_sentences as split_sentences
from assistant.structure import strip_list_mark
from assistant.text import STOPWORDS as BASE_STOPWORDS
from assistant.text import normalize

# ---------------------------------------------------------------------------------------------
# Word lists


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# The shared Norwegian stopword list, plus words that carry no checkable content here:
# connectives, abbreviation fragments, hedges ("om lag") and units (the number is the fact).
STOPWORDS = BASE_STOPWORDS | _words(
    """mens samt blant annet annen andre ulike flere få fått hos under mer mest svært må bør våre vårt
    ifølge følge per pr la lar dermed derfor altså bl f eks jf jfr dvs mv mm ca nr kap pkt evt inkl
    hhv osv etc ift o l s m a iht mht pga vedr hele helt godt om lag rundt cirka omtrent minst
    minimum maksimalt gang ganger år året årene prosent kr kroner nok stk gjennom innen"""
)

rules.register(
    "negation-check", kind="pattern", module="assistant.citations",
    what="a checked sentence with 'ikke' / 'ingen' needs a negation in its passage: it is the cheapest way to make a true sentence false",
)
rules.register(
    "quantifier-check", kind="pattern", module="assistant.citations",
    what="'alle', 'halvparten' or 'flertallet' in a checked sentence needs a word of the same class in its passage",
)

# A sentence containing one of these must have one in its passage: "ikke" is the cheapest way to
# turn a true sentence into a false one.
NEGATIONS = _words("ikke ikkje ingen intet inga ingenting aldri verken")

# Quantifiers are numbers in words: "alle", "halvparten" or "mest" in a sentence needs a word of
# the same class in the passage, or "over halvparten" could stand on "42 prosent".
QUANTIFIERS = {
    "alle": "all",
    "samtlige": "all",
    "alt": "all",
    "halvparten": "half",
    "halvdelen": "half",
    "flertallet": "most",
    "flesteparten": "most",
    "majoriteten": "most",
    "fleste": "most",
    "mest": "most",
    "flest": "most",
}

# Attribution phrases our own prompts use; they say where a fact comes from, not what it is.
CONNECTIVES: tuple[str, ...] = (
    "det fremgår av kilden at",
    "det fremgår av kildene at",
    "det fremgår at",
    "kildene viser at",
    "kilden viser at",
    "kilden sier at",
    "det står at",
    "ifølge kildene",
    "ifølge kilden",
    "ifølge dokumentet",
    "ifølge dokumentene",
    "ifølge rapporten",
    "ifølge planen",
    "i tillegg",
    "blant annet",
    "for eksempel",
    "dessuten",
    "videre",
    "oppsummert",
)

# Credit for a compound word assembled from separate passage words ("lederutvikling" from
# "utvikling av ledere"): the parts are there, but the passage may relate them differently.
COMPOUND_CREDIT = 0.8

# ---------------------------------------------------------------------------------------------
# Sentences and markers

_LIST_PREFIX = re.compile(r"^\s*(?:[-*•▪◦–]\s+|\d{1,2}[.)]\s+(?=[A-ZÆØÅ])|#+\s*)")




def _expand(group: str) -> list[int]:
    """Expand a marker group: "1, 3" -> [1, 3]; "2-4" -> [2, 3, 4] (short ranges only)."""
    out: list[int] = []
    for part in re.split(r"\s*[,;]\s*", group.strip()):
        lo, _, hi = re.sub(r"\s", "", part).replace("–", "-").partition("-")
        if hi and 0 <= int(hi) - int(lo) <= 20:
            out.extend(range(int(lo), int(hi) + 1))
        else:
            out.append(int(lo))
    return out


def markers(sentence: str) -> list[int]:
    """The citation numbers in a sentence, in order, without duplicates.

    >>> markers("Sørum innførte Fagstigen [1][3] og lederkurs [1, 2].")
    [1, 3, 2]
    """
    seen: dict[int, None] = {}
    for m in MARKER_RE.finditer(sentence):
        seen.update(dict.fromkeys(_expand(m.group(1))))
    return list(seen)


def strip_markers(sentence: str) -> str:
    """The sentence without its [n] markers ("ledere [1]." -> "ledere.")."""
    return re.sub(r"\s+([.,;:!?])", r"\1", MARKER_RE.sub("", sentence)).strip()


def _keep_markers(sentence: str, keep: Iterable[int]) -> str:
    """Rewrite each marker group to the numbers in `keep`, deleting groups left empty."""
    allowed = set(keep)

    def fix(m: re.Match[str]) -> str:
        nums = [n for n in _expand(m.group(1)) if n in allowed]
        return "[" + ", ".join(map(str, nums)) + "]" if nums else ""

    out = MARKER_RE.sub(fix, sentence)
    return re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip()


# ---------------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------------
# Words, stems and proper names

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_KOMMUNE = frozenset({"kommune", "kommunes", "fylkeskommune", "fylkeskommunes"})


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    # Built on first use, not at import: PyStemmer loads its language tables lazily anyway, but
    # importing this module should stay free of work.
    import Stemmer  # PyStemmer

    return Stemmer.Stemmer("norwegian")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball (Norwegian) stem of a lower-case word."""
    return str(_stemmer().stemWord(word))


def _tokens(sentence: str) -> list[tuple[str, bool]]:
    """(word, starts_sentence) for each word; the first word and words after ':' start one.

    A '.' inside one sentence belongs to an abbreviation or a number ("f.eks. Sørum"), so it
    does not start a new one.
    """
    out: list[tuple[str, bool]] = []
    initial = True
    for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*|[:!?]", sentence):
        tok = m.group()
        if tok in ":!?":
            initial = True
            continue
        out.append((tok, initial))
        initial = False
    return out


def _is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.replace("-", "").isupper()


def proper_names(texts: Iterable[str]) -> frozenset[str]:
    """Words the texts always capitalise, seen at least once inside a sentence (lower case).

    Used so that a sentence-initial "Halden ..." is still checked as a name when the retrieved
    passages show that "Halden" is one.

    >>> sorted(proper_names(["I Halden og Sørum kommune.", "Kommunen i Sørum."]))
    ['halden', 'sørum']
    """
    capital: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for sent in split_sentences(text):
            for tok, initial in _tokens(sent):
                key = tok.lower()
                if tok[0].islower():
                    lower.add(key)
                elif not initial:
                    capital.add(key)
    return frozenset(w for w in capital - lower if w not in STOPWORDS and len(w) >= 2)


def _names(sentence: str, known: frozenset[str]) -> list[str]:
    toks = _tokens(sentence)
    names: list[str] = []
    for i, (tok, initial) in enumerate(toks):
        # In "IKT-opplæring" or "Sørum-ledere" only the capitalised part is a name.
        tok = "-".join(p for p in tok.split("-") if p[:1].isupper()) if "-" in tok else tok
        key = tok.lower()
        if not tok[:1].isupper() or key in STOPWORDS or key in NUMBER_WORDS:
            continue
        followed_by_kommune = i + 1 < len(toks) and toks[i + 1][0] in _KOMMUNE
        if not initial or _is_acronym(tok) or key in known or followed_by_kommune:
            names.append(tok)
    return names


# ---------------------------------------------------------------------------------------------
# Passage index and matching


@dataclass(frozen=True)
class _Index:
    words: frozenset[str]  # lower-case words, hyphenated ones both joined and split
    stems: frozenset[str]
    pieces: frozenset[str]  # words and stems of 4+ letters, for compound cover
    numbers: frozenset[str]
    negated: bool
    quantifiers: frozenset[str]  # classes from QUANTIFIERS


@lru_cache(maxsize=512)
def _index(passage: str) -> _Index:
    # Words split across lines ("kompetanse-\nutvikling") are joined as the reader would.
    text = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", passage)
    raw = [m.group().lower() for m in _WORD.finditer(text)]
    words: set[str] = set()
    for w in raw:
        words.add(w.replace("-", ""))
        words.update(p for p in w.split("-") if p)
    found = numbers(text, raw, passage=True)
    words.update(MONTHS[int(n[6:]) - 1] for n in found if n.startswith("month:"))
    stems = {stem(w) for w in words}
    return _Index(
        words=frozenset(words),
        stems=frozenset(stems),
        pieces=frozenset(p for p in words | stems if len(p) >= 4),
        numbers=frozenset(found),
        negated=bool(NEGATIONS & words),
        quantifiers=frozenset(QUANTIFIERS[w] for w in words if w in QUANTIFIERS),
    )


def _compound_cover(word: str, pieces: frozenset[str]) -> float:
    """Share of `word`'s letters covered by passage words/stems of 4+ letters (best cover)."""
    n = len(word)
    best = [0] * (n + 1)
    for i in range(n):
        best[i + 1] = max(best[i + 1], best[i])
        for j in range(i + 4, n + 1):
            if word[i:j] in pieces:
                best[j] = max(best[j], best[i] + j - i)
    return best[n] / n if n else 0.0


def _credit(word: str, idx: _Index) -> float:
    """How well one content word is found in the passage, from 0 to 1."""
    s = stem(word)
    if word in idx.words or s in idx.stems:
        return 1.0
    if len(s) >= 4:
        for t in idx.pieces:
            # Another inflection or a longer compound with the same head ("kompetanseplan" in
            # "kompetanseplanen"), or the claim word inside a passage compound ("stigen" in
            # "fagstigen").
            if t.startswith(s) or s in t or (len(t) >= 5 and s.startswith(t) and len(s) - len(t) <= 3):
                return 1.0
        for t in idx.words:
            # Derivations the stemmer keeps apart share a long prefix: "godkjente"/"godkjenning",
            # "innført"/"innføring".
            shared = len(os.path.commonprefix([word, t]))
            if shared >= 6 and shared >= 0.75 * min(len(word), len(t)):
                return 1.0
    cover = _compound_cover(word, idx.pieces)
    credit = COMPOUND_CREDIT * cover if cover >= 0.5 else 0.0
    if len(word) >= 7 and credit < 0.9:
        from rapidfuzz import fuzz, process  # spelling variants and typos in the source

        hit = process.extractOne(word, idx.words, scorer=fuzz.ratio, score_cutoff=90)
        if hit:
            credit = 0.9
    return credit


def _name_found(name: str, idx: _Index) -> bool:
    n = name.lower().replace("-", "")
    if n in idx.words or n + "s" in idx.words or (n.endswith("s") and n[:-1] in idx.words):
        return True
    return len(n) >= 5 and stem(n) in idx.stems


_NOT_CONTENT = STOPWORDS | NUMBER_WORDS.keys() | MULTIPLIERS.keys() | NEGATIONS | QUANTIFIERS.keys() | set(MONTHS)


def _content_words(sentence: str, connectives: Iterable[str]) -> list[str]:
    low = " " + sentence.lower() + " "
    for phrase in sorted(connectives, key=len, reverse=True):
        low = re.sub(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", " ", low)
    out: dict[str, None] = {}
    for m in _WORD.finditer(low):
        w = m.group().replace("-", "")
        if w not in _NOT_CONTENT and len(w) >= 2:
            out[w] = None
    return list(out)


# ---------------------------------------------------------------------------------------------
# Support


@dataclass(frozen=True)
class SupportResult:
    """Whether a passage supports a sentence, the content-word overlap, and what was not found."""

    supported: bool
    score: float
    missing: tuple[str, ...]


def _claim(sentence: str) -> str:
    """What a sentence claims: without its markers, its Markdown heading mark and its list mark."""
    return strip_list_mark(strip_markers(sentence).lstrip().lstrip("#").lstrip())


def support(
    sentence: str,
    passage: str,
    *,
    threshold: float = 0.6,
    names: Iterable[str] = (),
    connectives: Iterable[str] = CONNECTIVES,
) -> SupportResult:
    """Check one sentence against one passage (pass several passages joined for their union).

    Supported means: (1) every number in the sentence occurs in the passage (90 000 = 90.000,
    2,5 = 2.5, "fem" = 5); (2) every proper name occurs (capitalised words not starting the
    sentence, acronyms, "X kommune", and the lower-case `names` given); (3) a negation in the
    sentence has one in the passage; (4) at least `threshold` of the sentence's content words are
    found, after stemming, as compound parts or as close spellings. Markers are ignored.

    >>> p = "Fagstigen for hjelpepleierne skal godkjennes av både kommunen og Fagforbundet."
    >>> support("Fagstigen skal godkjennes av Fagforbundet [1].", p)
    SupportResult(supported=True, score=1.0, missing=())
    >>> support("Fagstigen skal godkjennes av Sykepleierforbundet [1].", p).missing
    ('Sykepleierforbundet',)
    """
    claim = _claim(sentence)
    idx = _index(passage)
    words = [m.group().lower() for m in _WORD.finditer(claim)]
    missing: list[str] = [n for n in sorted(numbers(claim, words, passage=False), key=len) if n not in idx.numbers]
    known = frozenset(n.lower() for n in names)
    missing += [n for n in dict.fromkeys(_names(claim, known)) if not _name_found(n, idx)]
    if NEGATIONS & set(words) and not idx.negated and rules.enabled("negation-check"):
        missing.append(next(w for w in words if w in NEGATIONS))
    quantifiers = rules.enabled("quantifier-check")
    for w in dict.fromkeys(words):  # months and quantifiers are facts like numbers
        if (w in MONTHS and w not in idx.words) or (quantifiers and w in QUANTIFIERS and QUANTIFIERS[w] not in idx.quantifiers):
            missing.append(w)
    hard_fail = bool(missing)

    content = _content_words(claim, connectives)
    credits = {w: _credit(w, idx) for w in content}
    score = sum(credits.values()) / len(credits) if credits else 1.0
    missing += [w for w, c in credits.items() if c < 0.5 and w not in {m.lower() for m in missing}]
    return SupportResult(not hard_fail and score >= threshold, round(score, 3), tuple(missing))


def states_fact(sentence: str, *, min_content_words: int = 4, names: Iterable[str] = ()) -> bool:
    """Whether an uncited sentence makes a checkable claim: a number, a name or enough content."""
    claim = _claim(sentence)
    words = [m.group().lower() for m in _WORD.finditer(claim)]
    if numbers(claim, words, passage=False) or _names(claim, frozenset(n.lower() for n in names)):
        return True
    return len(_content_words(claim, CONNECTIVES)) >= min_content_words


# ---------------------------------------------------------------------------------------------
# Verify an answer


@dataclass(frozen=True)
class Verified:
    """An answer after checking: the kept text, and every dropped sentence with its reason."""

    text: str
    kept: tuple[str, ...]
    dropped: tuple[tuple[str, str], ...]
    used_markers: tuple[int, ...]
    removed_markers: tuple[int, ...] = ()  # markers that pointed at no passage


def _normal(phrase: str) -> str:
    return normalize(strip_markers(phrase)).rstrip(".!?").strip()


def _with_marker(sentence: str, n: int) -> str:
    """'Fagstigen har fire trinn.' -> 'Fagstigen har fire trinn [2].'"""
    body = sentence.rstrip()
    end = len(body) - len(body.rstrip(".!?…"))
    return f"{body[: len(body) - end]} [{n}]{body[len(body) - end:]}" if end else f"{body} [{n}]"


rules.register(
    "attribute-unmarked", kind="pattern", module="assistant.citations",
    what="a generated fact sentence without a marker is cited to the one passage that supports it, checked like any other",
)


def verify(
    answer_text: str,
    passages: Mapping[int, str],
    allowed: Iterable[str] = (),
    *,
    threshold: float = 0.6,
    min_content_words: int = 4,
    names: Iterable[str] = (),
    attribute: bool = False,
) -> Verified:
    """Keep the sentences of an answer that their cited passages support; drop the rest.

    A marker to a number not in `passages` is removed first. A sentence with markers stays when
    the union of its cited passages supports it. A sentence without markers stays only if it is
    one of the `allowed` fixed phrases or states no fact (no number, no name, fewer than
    `min_content_words` content words). Line breaks between kept sentences are preserved. With
    `attribute`, a fact sentence without markers is given the one passage that supports it on its
    own (the first such passage), so a model that copied a source sentence but forgot its marker
    is cited, checked like any other sentence.

    >>> v = verify("Sørum har Fagstigen [1][9]. Halden har 42 ledere.", {1: "Fagstigen i Sørum."})
    >>> v.text, v.used_markers, v.removed_markers
    ('Sørum har Fagstigen [1].', (1,), (9,))
    >>> v.dropped
    (('Halden har 42 ledere.', 'no citation: the sentence states a fact'),)
    """
    allowed_set = {_normal(a) for a in allowed}
    known = frozenset({n.lower() for n in names} | proper_names(passages.values()))
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    used: set[int] = set()
    removed: set[int] = set()
    parts: list[str] = []
    prev_end = 0
    for a, b in sentence_spans(answer_text):
        gap, prev_end = answer_text[prev_end:a], b
        original = answer_text[a:b]
        cited = markers(original)
        valid = [n for n in cited if n in passages]
        removed.update(n for n in cited if n not in passages)
        sentence = _keep_markers(original, valid) if len(valid) < len(cited) else original

        reason = ""
        if _normal(sentence) in allowed_set:
            pass
        elif valid:
            union = "\n\n".join(passages[n] for n in valid)
            result = support(sentence, union, threshold=threshold, names=known)
            if not result.supported:
                cites = "".join(f"[{n}]" for n in valid)
                missing = ", ".join(result.missing) or "-"
                reason = f"unsupported by {cites}: missing {missing}; overlap {result.score:.2f}"
        elif states_fact(sentence, min_content_words=min_content_words, names=known):
            reason = "no citation: the sentence states a fact"
            if cited:
                reason = f"no valid citation (dangling {cited}): the sentence states a fact"
            elif attribute and rules.enabled("attribute-unmarked"):
                source = next((n for n, text in passages.items() if support(sentence, text, threshold=threshold, names=known).supported), None)
                if source is not None:
                    sentence, valid, reason = _with_marker(sentence, source), [source], ""

        if reason:
            dropped.append((sentence, reason))
            continue
        used.update(valid)
        if parts:
            parts.append("\n\n" if "\n\n" in gap else "\n" if "\n" in gap else " ")
        parts.append(sentence)
        kept.append(sentence)
    return Verified("".join(parts), tuple(kept), tuple(dropped), tuple(sorted(used)), tuple(sorted(removed)))


# ---------------------------------------------------------------------------------------------
# ALCE-style evaluation


def citation_recall_precision(
    statements: Sequence[tuple[str, Sequence[int]]],
    passages: Mapping[int, str],
    judge: Callable[[str, str], bool] | None = None,
) -> tuple[float, float]:
    """Citation recall and precision as defined by ALCE (Gao et al., 2023), over all statements.

    Recall: the share of statements that the concatenation of their cited passages supports (a
    statement without citations counts as unsupported). Precision: a citation is irrelevant when
    it alone does not support its statement *and* the statement's other citations do; precision
    is relevant citations / all citations, where a citation of an unsupported statement counts as
    irrelevant and a citation to a passage we do not have is irrelevant. `judge(statement,
    passage)` defaults to :func:`support`; plug in an NLI model or an LLM judge to compare.

    >>> p = {1: "Sørum har Fagstigen med fire trinn.", 2: "Halden har lederkurs."}
    >>> citation_recall_precision([("Sørum har Fagstigen med fire trinn.", [1, 2])], p)
    (1.0, 0.5)
    """
    entails = judge or (lambda s, p: support(s, p).supported)
    supported = relevant = total = 0
    for statement, cites in statements:
        claim = strip_markers(statement)
        cites = list(dict.fromkeys(cites))
        total += len(cites)
        have = [c for c in cites if c in passages]
        if not cites or len(have) < len(cites):
            continue  # ALCE: no citation or a citation out of range means unsupported
        joint = entails(claim, "\n\n".join(passages[c] for c in have))
        supported += joint
        if not joint:
            continue
        if len(have) == 1:
            relevant += 1
            continue
        for c in have:
            rest = "\n\n".join(passages[o] for o in have if o != c)
            alone = entails(claim, passages[c])
            relevant += alone or not entails(claim, rest)
    recall = supported / len(statements) if statements else 0.0
    precision = relevant / total if total else 0.0
    return recall, precision
