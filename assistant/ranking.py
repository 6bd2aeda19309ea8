"""Candidate answer sentences: which sentences of the retrieved passages answer the question, in
what order, and which of them an extractive answer quotes.

A sentence scores by the share of the question's idf-weighted terms it covers, how close the dense
retriever's best window around it is, and a few bonuses and penalties (each a rule in
:mod:`assistant.rules`); :func:`pick_sentences` then takes the best and those that add something.

    >>> covered, share = coverage({"fagstig": 2.0, "sørum": 1.0}, 3.0, {"fagstig"}, {"sørum"})
    >>> sorted(covered), round(share, 3)
    (['fagstig', 'sørum'], 0.833)
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz

from assistant import rules
from assistant.chunking import index_text
from assistant.refusal import REFUSE_BELOW
from assistant.retrieve import Filters
from assistant.sentences import one_line, split_sentences
from assistant.structure import is_cell_table, is_footnote, is_heading, is_list_item, strip_footnote_mark
from assistant.text import Analyzer
from assistant.types import Hit

_M = "assistant.ranking"
WINDOW_WEIGHT = 10.0
RANK_PENALTY = 0.06
NUMBER_BONUS = 0.3
QUESTION_PENALTY = 1.0
FOOTNOTE_PENALTY = 0.5
MAX_SENTENCES = 6
MAX_WORDS = 150
PICK_MARGIN = 1.0
FOLLOWING_FOR = 3
FOLLOWING_WORDS = 20
LIST_WORDS = 40

rules.register(
    "window-similarity", kind="bonus", module=_M, found_on=("dev",),
    what="a sentence inside the dense retriever's best-matching window of words ranks higher",
)
rules.register("rank-penalty", kind="penalty", module=_M, found_on=("dev",), what="a sentence from a lower-ranked passage ranks a little lower")
rules.register(
    "question-penalty", kind="penalty", module=_M, found_on=("dev",),
    what="a question in the source text ('Hvor fornøyde var deltakerne?') is no answer",
)
rules.register(
    "footnote-penalty", kind="penalty", module=_M, found_on=("ha",),
    what="a footnote ('16 I spørreundersøkelsen har …') is beside the point of the passage",
)
rules.register(
    "number-bonus", kind="bonus", module=_M, found_on=("dev",),
    what="a 'hvor mange / hvor mye' question is answered by a sentence with a number",
)
rules.register(
    "skip-non-sentences", kind="pattern", module=_M, found_on=("dev", "ha"),
    what="headings, the passage's own section title, fragments and flattened table rows are not quoted as answers",
)
rules.register(
    "editorial-notes", kind="pattern", module=_M, found_on=("dev",),
    what="a document's notes about where a text was found ('Kilde: …') are not answers",
)
rules.register(
    "footnote-mark", kind="pattern", module=_M, found_on=("ha",),
    what="a quote loses the footnote number glued to its end ('… kroner.14')",
)
rules.register(
    "pick-margin", kind="threshold", module=_M, found_on=("dev",),
    what="an answer quotes only sentences that score close to the best one, so it stays short (off: a quarter more words)",
)
rules.register(
    "following-sentence", kind="pattern", module=_M, found_on=("dev",),
    what="the sentence after one of the best often carries its point, so it is quoted too",
)
rules.register(
    "points-back", kind="pattern", module=_M, found_on=("hc", "hd", "he", "hf", "hg", "hh"),
    what="a quoted sentence that starts by pointing back ('Dette innebærer …') brings the sentence before it, so 'dette' is not left unexplained",
)
rules.register(
    "best-points-back", kind="pattern", module=_M, found_on=("b31",),
    what="the best sentence, when it starts by pointing back ('Dette forklarer hvorfor …'), always brings the sentence before it, however long the answer",
)
rules.register(
    "pointing-follower", kind="pattern", module=_M, found_on=("b31",),
    what="a short sentence that points back to a quoted one ('Dette er blant annet tilfelle i grunnopplæringen.') is quoted with it",
)
FOLLOWER_WORDS = 20
# Narrower than _POINTS_BACK_RE: "Videre …", "Samtidig …" after a quote often start a new point.
_FOLLOWER_RE = re.compile(r"^\W*(?:dette|denne|disse|det gjelder)\b", re.IGNORECASE)
rules.register(
    "colon-list", kind="pattern", module=_M, found_on=("dev",),
    what="a quoted sentence that ends in a colon introduces a list, and the list is quoted with it",
)
rules.register(
    "quote-runs", kind="pattern", module=_M, found_on=("ha",),
    what="consecutive sentences of one passage read as one quote (list items stay apart)",
)

# The tariff document's own notes (its preface, the one-line "Kilde: …" paragraph under each text) say where a
# text was found, not what it says. One line only: the report's "Kilde: Survey." under a figure is followed by
# its text on the next line ("Figur 5 viser at …"), which is an answer.
_EDITORIAL_RE = re.compile(r"^(?:Kilde:|Denne filen samler)[^\n]*", re.MULTILINE)
# A sentence that starts by referring to the one before: "Dette innebærer …", "Videre er det …".
_POINTS_BACK_RE = re.compile(r"^\W*(?:dette|denne|disse|til sammen|slik|her|derfor|videre|i tillegg|dessuten|samtidig|likevel)\b", re.IGNORECASE)
_NUMBERISH_RE = re.compile(r"\d|prosent")


@dataclass
class Scored:
    """A candidate sentence of the ``n``-th retrieved passage, with its ranking score."""

    n: int  # passage number (1-based)
    hit: Hit
    sentence: str
    position: int
    terms: frozenset[str]
    score: float  # ranking score: coverage + window and sentence similarity
    lexical: float = 0.0
    similarity: float = 0.0  # the sentence's own dense similarity (set for the re-ranked head only)


@dataclass
class Prepared:
    """A question made ready for an engine: standalone form, language, numbered passages."""

    question: str
    standalone: str
    lang: str
    hits: list[Hit]
    sentences: list[Scored] = field(default_factory=list)
    best_coverage: float = 0.0
    refusal_reason: str = ""
    top_similarity: float = 0.0
    filters: Filters | None = None
    asked_in: str = "nb"  # the language the user wrote (nb, nn, en); a part of the question keeps it

    @property
    def answerable(self) -> bool:
        if not self.hits or self.refusal_reason:
            return False
        return self.best_coverage >= REFUSE_BELOW or not rules.enabled("refuse-below")


def coverage(terms: Mapping[str, float], total: float, toks: set[str], header: set[str]) -> tuple[frozenset[str], float]:
    """The question terms a sentence covers (in its own words or its passage's heading), and their
    weighted share, the sentence's own words counting double."""
    covered = frozenset(t for t in terms if t in toks or t in header)
    # fsum: a frozenset's order follows the string hash seed, and a plain sum's last bit with it
    own = math.fsum(terms[t] for t in covered if t in toks)
    return covered, (math.fsum(terms[t] for t in covered) + own) / (2 * total)


def title_key(text: str) -> str:
    """A heading for comparison: without numbering, end punctuation, case and extra spaces.

    >>> title_key("5.  Kompetansebehov for Sørum kommune.") == title_key("Kompetansebehov for Sørum kommune")
    True
    """
    return " ".join(text.split()).lower().lstrip("0123456789. ").rstrip(".:; ")


rules.register(
    "cell-candidates", kind="pattern", module=_M, found_on=("b29",),
    what="in an action table laid out cell by cell, a cell of a word or two ('Arbeidsgiverkonferansen') is a candidate "
    "like a sentence: quoted, it brings the rest of its row (who, when, who is responsible)",
)
_CELL_WORD_RE = re.compile(r"[^\W\d_]{4}")


def _not_a_sentence(sentence: str, titles: set[str], cells: bool = False) -> bool:
    """Headings, fragments and flattened table rows are no answers; in a table laid out cell by cell
    (``cells``), a short cell that names something ("Arbeidsgiverkonferansen", "Ledere og alle") is one."""
    if is_heading(sentence) or title_key(sentence) in titles:  # "5. Kompetansebehov for Sørum kommune"
        return True
    words = sentence.split()
    if len(words) < 4 or sum(w.replace(",", "").replace(".", "").isdigit() for w in words) > len(words) / 2:
        return not (cells and _CELL_WORD_RE.search(sentence))
    return False


@dataclass(frozen=True)
class Terms:
    """The question's terms for ranking (``ranked``, source words down-weighted) and as asked (``full``)."""

    ranked: Mapping[str, float]
    full: Mapping[str, float]
    wants_number: bool = False


def score_sentences(
    hits: Sequence[Hit], terms: Terms, analyzer: Analyzer, windows: Sequence[tuple[str, str, float]]
) -> tuple[list[Scored], float]:
    """Every candidate sentence of ``hits`` with its score (best first), and the best share of the whole
    question's terms any sentence covers (for the refusal threshold).

    ``windows`` are the dense retriever's best (chunk id, window text, similarity) for the question.
    """
    total = sum(terms.ranked.values()) or 1.0
    full_total = sum(terms.full.values()) or 1.0
    same_terms = terms.ranked == terms.full  # no source words, no follow-up: the whole question's coverage is the same
    floor = windows[-1][2] if windows else 0.0
    by_chunk: dict[str, list[tuple[str, float]]] = {}
    for cid, text, sim in windows:
        by_chunk.setdefault(cid, []).append((" ".join(text.split("\n", 1)[-1].split()), sim))
    skip = rules.enabled("skip-non-sentences")
    scored: list[Scored] = []
    best_lexical = 0.0
    for n, hit in enumerate(hits, start=1):
        header = set(analyzer.tokens(index_text(replace(hit.chunk, text=""))))
        titles = {title_key(t) for t in hit.chunk.section}
        text = _EDITORIAL_RE.sub("", hit.chunk.text) if rules.enabled("editorial-notes") else hit.chunk.text
        cells = rules.enabled("cell-candidates") and is_cell_table(hit.chunk.text)
        for pos, sentence in enumerate(split_sentences(text)):
            if skip and _not_a_sentence(sentence, titles, cells):
                continue
            toks = set(analyzer.tokens(sentence))
            covered, share = coverage(terms.ranked, total, toks, header)
            flat = " ".join(sentence.split())
            window_sim = max((sim for text, sim in by_chunk.get(hit.chunk.id, []) if flat[:60] in text), default=floor)
            score = share
            if rules.enabled("window-similarity"):
                score += WINDOW_WEIGHT * (window_sim - floor)
            if rules.enabled("rank-penalty"):
                score -= RANK_PENALTY * (n - 1)
            if sentence.rstrip().endswith("?") and rules.enabled("question-penalty"):
                score -= QUESTION_PENALTY
            if is_footnote(sentence) and rules.enabled("footnote-penalty"):
                score -= FOOTNOTE_PENALTY
            if terms.wants_number and _NUMBERISH_RE.search(sentence) and rules.enabled("number-bonus"):
                score += NUMBER_BONUS
            quote = one_line(sentence)
            if rules.enabled("footnote-mark"):
                quote = strip_footnote_mark(quote)
            scored.append(Scored(n, hit, quote, pos, covered, score, share))
            whole = share if same_terms else coverage(terms.full, full_total, toks, header)[1]
            best_lexical = max(best_lexical, whole)
    scored.sort(key=lambda s: -s.score)
    return scored, best_lexical


rules.register(
    "primary-source", kind="pattern", module=_M, found_on=("b18",),
    what="the same statement in a municipality's own plan and in the report's account of it is quoted from the plan, its first-hand source",
)


def _primary(s: Scored) -> bool:
    """Is the sentence from a municipality's own document (not the report that describes it)?"""
    return bool(s.hit.chunk.meta.get("municipality"))


def _words(s: Scored) -> int:
    return len(s.sentence.split())


def _neighbour(sentences: Sequence[Scored], lead: Scored, step: int) -> Scored | None:
    return next((c for c in sentences if c.n == lead.n and c.position == lead.position + step), None)


def pick_sentences(prepared: Prepared, max_sentences: int | None = None, max_words: int | None = None) -> list[Scored]:
    """Greedy: the best sentence, then those that add uncovered question terms (MMR-like), then the
    sentences the chosen ones need to be read (the one after, the one pointed back to, a list)."""
    if not prepared.sentences:
        return []
    max_sentences = max_sentences or MAX_SENTENCES
    max_words = max_words or MAX_WORDS
    margin = PICK_MARGIN if rules.enabled("pick-margin") else math.inf
    best = prepared.sentences[0]
    chosen = [best]
    covered = set(best.terms)
    words = _words(best)
    for cand in prepared.sentences[1:]:
        if len(chosen) >= max_sentences:
            break
        if cand.score < best.score - margin or words + _words(cand) > max_words:
            continue
        twin = next((i for i, c in enumerate(chosen) if fuzz.ratio(c.sentence, cand.sentence) > 90), None)
        if twin is not None:  # the same sentence quoted in two documents
            if _primary(cand) and not _primary(chosen[twin]) and rules.enabled("primary-source"):
                chosen[twin] = cand  # the municipality's own plan says it first-hand; the report retells it
            continue
        adds_terms = bool(cand.terms - covered)
        neighbour = any(c.n == cand.n and abs(c.position - cand.position) == 1 for c in chosen)
        if adds_terms or neighbour or cand.score >= best.score - margin / 2:
            chosen.append(cand)
            covered |= cand.terms
            words += _words(cand)
    leads = chosen[:FOLLOWING_FOR]
    if rules.enabled("following-sentence"):
        for lead in list(leads):
            nxt = _neighbour(prepared.sentences, lead, 1)
            if nxt is not None and nxt not in chosen and words + _words(nxt) <= max_words + FOLLOWING_WORDS:
                chosen.append(nxt)
                leads.append(nxt)
                words += _words(nxt)
    if rules.enabled("points-back"):
        for lead in list(leads):
            if not _POINTS_BACK_RE.search(lead.sentence):
                continue
            prev = _neighbour(prepared.sentences, lead, -1)
            # the best sentence's "Dette" must be explained whatever the length ("Dette forklarer hvorfor …")
            unbounded = lead is best and rules.enabled("best-points-back")
            if prev is not None and prev not in chosen and (unbounded or words + _words(prev) <= max_words + FOLLOWING_WORDS):
                chosen.append(prev)
                words += _words(prev)
    if rules.enabled("pointing-follower"):
        # "En viktig årsak er … obligatorisk …. Dette er blant annet tilfelle i grunnopplæringen.": a short sentence
        # pointing back to a quoted one completes it
        for lead in list(chosen):
            nxt = _neighbour(prepared.sentences, lead, 1)
            if nxt is not None and nxt not in chosen and _FOLLOWER_RE.search(nxt.sentence) and _words(nxt) <= FOLLOWER_WORDS:
                chosen.append(nxt)  # bounded by its own length, not by the answer's word budget
    if rules.enabled("colon-list"):
        for lead in leads:
            if not lead.sentence.rstrip().endswith(":"):
                continue
            items = sorted((c for c in prepared.sentences if c.n == lead.n and c.position > lead.position), key=lambda c: c.position)
            added = 0
            for expected, item in enumerate(items, start=lead.position + 1):
                if item.position != expected or added + _words(item) > LIST_WORDS:
                    break
                if item not in chosen:
                    chosen.append(item)
                    added += _words(item)
    # Keep source order inside a passage; the passage with the best sentence comes first.
    best_in: dict[int, float] = {}
    for c in chosen:
        best_in[c.n] = max(best_in.get(c.n, c.score), c.score)
    return sorted(chosen, key=lambda s: (-best_in[s.n], s.n, s.position))


def runs(chosen: Sequence[Scored]) -> list[list[Scored]]:
    """Chosen sentences grouped into quotes: sentences that follow each other in one passage read as one.

    List items (and the line that introduces them) stay one quote each.
    """
    out: list[list[Scored]] = []
    joins = rules.enabled("quote-runs")
    for s in chosen:
        prev = out[-1][-1] if out else None
        joinable = (
            joins
            and prev is not None
            and prev.n == s.n
            and s.position == prev.position + 1
            and not prev.sentence.rstrip().endswith(":")
            and not is_list_item(s.sentence)
            and not is_list_item(prev.sentence)
        )
        if joinable:
            out[-1].append(s)
        else:
            out.append([s])
    return out
