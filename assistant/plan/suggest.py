"""Suggested measures: catalog kinds that match a stated challenge, grounded in cited sources.

A measure kind is suggested only when one of the municipality's own reasons matches it: a
challenge, a prioritised area, a finding of her kartlegging (or of the kartlegging analysis). The
match is on word stems and compound parts of her text (``addresses`` of :mod:`.catalog`), with a
fuzzy comparison for misspellings, so it is not a list tuned to particular answers files. Then
what the sources say about it is retrieved and every quoted sentence checked
(:meth:`.grounding.Grounder.cite`); a kind with no checked sentence is not suggested.

    >>> [m.key for m, _ in matches("Vanskelig å rekruttere sykepleiere til hjemmetjenesten")][:2]
    ['fagstige', 'kompetansekonto']
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from assistant.citations import stem
from assistant.plan.catalog import CATALOG, MeasureKind
from assistant.plan.grounding import Found, Grounder

NO_RESULT = "Kildene omtaler ikke resultater av tiltaket."
MAX_SUGGESTIONS = 8
PER_REASON = 2
# Words that say what came of a measure: effects, experiences, numbers reached, satisfaction.
RESULT_RE = re.compile(
    r"\b(effekt(?!iv)\w*|resultat\w*|fornøyd\w*|erfaringer med|førte til|ført til|fått|dokumentert|attraktiv\w*|utbytte\w*|bidratt)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True)
class Reason:
    """Why a measure is suggested: her own words and where she gave them."""

    text: str
    source: str  # "utfordringer" | "prioriterte_omrader" | "kartlegging.funn" | "kartleggingsanalyse"
    kind: str | None = None  # a kartlegging finding kind, when from the analysis


@dataclass(frozen=True)
class Suggestion:
    measure: MeasureKind
    reason: Reason
    used: str  # a cited sentence on where the measure was used
    result: str  # a cited sentence on what came of it, or NO_RESULT
    cites: tuple[int, ...]


def _term_in(term: str, text: str, stems: Sequence[str]) -> bool:
    if " " in term:
        return term in text
    if len(term) < 4:  # "it", "ikt", "tid": whole words only
        return term in stems
    return any(term in w or (len(w) >= 6 and fuzz.ratio(w, term) >= 88) for w in stems)


def score(measure: MeasureKind, reason_text: str, finding_kind: str | None = None) -> int:
    """How many of the measure's challenge words the text has (a matching finding kind counts 2)."""
    text = reason_text.lower()
    stems = [stem(w) for w in _WORD.findall(text)]
    hits = sum(_term_in(term, text, stems) for term in measure.addresses)
    if finding_kind and finding_kind in measure.finding_kinds:
        hits += 2
    return hits


def matches(reason_text: str, finding_kind: str | None = None) -> list[tuple[MeasureKind, int]]:
    """Catalog kinds matching a text, best first (ties in catalog order)."""
    scored = [(m, score(m, reason_text, finding_kind)) for m in CATALOG]
    return sorted([(m, s) for m, s in scored if s > 0], key=lambda ms: -ms[1])


def _result(found: Sequence[Found], first: Found) -> tuple[Found, str] | None:
    """A sentence on what came of the measure: one naming it, or the one right after such a sentence.

    The passage of the where-used sentence is searched first, so its own outcome ("Til nå har 24
    ansatte fått …") wins over a general remark elsewhere.
    """
    for f in [first, *(f for f in found if f is not first)]:
        if RESULT_RE.search(f.sentence):
            return f, f.sentence
        if f.following and RESULT_RE.search(f.following[0]):
            return f, f"{f.sentence} {f.following[0]}"
    return None


def ground(measure: MeasureKind, grounder: Grounder) -> tuple[str, str] | None:
    """(where-used sentence, result sentence or NO_RESULT), each cited and checked; None if none passes."""
    found = grounder.find(measure.queries, measure.anchors)
    if not found:
        return None
    used = ""
    # A passage about a named municipality says where the measure was used; prefer it.
    for f in sorted(found, key=lambda f: f.place is None):
        frame = f"Erfaring fra {f.place}: «{f.sentence}»" if f.place else f"Kildene beskriver tiltaket slik: «{f.sentence}»"
        cited = grounder.cite(frame, [f.chunk])
        if cited:
            used, used_found = cited, f
            break
    if not used:
        return None
    result = NO_RESULT
    picked = _result(found, used_found)
    if picked:
        f, quote = picked
        if f is used_found and quote == f.sentence:
            result = "Kilden over omtaler også hva tiltaket førte til."
        elif f is used_found:  # the where-used sentence is quoted already: quote only what follows
            result = grounder.cite(f"Hva det førte til: «{f.following[0]}»", [f.chunk]) or NO_RESULT
        else:
            cited = grounder.cite(f"Hva det førte til: «{quote}»", [f.chunk])
            result = cited or NO_RESULT
    return used, result


def suggest(reasons: Sequence[Reason], grounder: Grounder, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
    """Up to ``limit`` grounded suggestions, at most PER_REASON per reason, each kind once.

    Reasons take turns (every stated challenge gets its best measure before any gets two); a kind
    the sources give no checked sentence for is skipped for the reason's next best.
    """
    out: list[Suggestion] = []
    tried: set[str] = set()
    ranked = [(r, [m for m, _ in matches(r.text, r.kind)]) for r in reasons]
    for _round in range(PER_REASON):
        for reason, options in ranked:
            while options and len(out) < limit:
                measure = options.pop(0)
                if measure.key in tried:
                    continue
                tried.add(measure.key)
                grounded = ground(measure, grounder)
                if grounded is None:
                    continue
                used, result = grounded
                cites = tuple(sorted({int(n) for n in re.findall(r"\[(\d+)\]", used + " " + result)}))
                out.append(Suggestion(measure, reason, used, result, cites))
                break
    return out
