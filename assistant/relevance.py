"""The one relevance rule: does a retrieved passage contain an evidence quote?

Retrieval metrics, the eval runner and the question checker all judge relevance with
:func:`contains_evidence`, so they agree on what "the passage has the answer" means.
Both sides are normalised first (:func:`assistant.text.normalize`), which absorbs the extraction
artefacts of the corpus: words hyphenated across lines, bullet glyphs and ragged
white space. A fuzzy fallback absorbs what is left (a chunk boundary that cuts a long
quote, a footnote digit glued to a word, a cleaned-up hyphen).

    >>> contains_evidence("• Fagstigen for hjelpe-\\npleierne består av fire trinn.", "fagstigen for hjelpepleierne")
    True
    >>> first_relevant_rank(["om lønn", "Fagstigen har fire trinn"], ["Fagstigen har fire trinn"])
    2
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz import fuzz

from assistant.text import normalize as normalize  # re-exported: the one normaliser lives in assistant.text

FUZZY_THRESHOLD = 85  # partial_ratio for quotes up to LONG_QUOTE characters
LONG_QUOTE = 120  # longer quotes (after normalising) are judged half by half
HALF_THRESHOLD = 90  # partial_ratio for either half of a long quote


def _similar(quote: str, passage: str, threshold: float) -> bool:
    """Fuzzy containment of a normalised quote in a normalised passage.

    ``partial_ratio`` aligns the shorter string inside the longer one, so a passage shorter
    than the quote would score 100 merely for being a piece of it. A passage cannot contain
    more than itself: then the whole strings are compared instead.
    """
    if not quote or not passage:
        return False
    if len(passage) < len(quote):
        return fuzz.ratio(quote, passage) >= threshold
    return fuzz.partial_ratio(quote, passage) >= threshold


def contains_evidence(passage: str, quote: str) -> bool:
    """True if ``passage`` contains ``quote``, exactly or nearly, after normalising both.

    Rule: a plain substring always counts. Otherwise, for quotes of at most 120 characters,
    rapidfuzz ``partial_ratio >= 85``; for longer quotes, either half of the quote (split in
    the middle) with ``partial_ratio >= 90``, so a passage that holds only one half of a
    long quote because a chunk boundary cut it still counts. An empty quote never matches.

    >>> contains_evidence("Til nå har 24 ansatte fått klinisk godkjenning.", "24 ansatte fått klinisk godkjenning")
    True
    >>> contains_evidence("Alta har 1.500 ansatte.", "24 ansatte fått klinisk godkjenning")
    False
    """
    return _contains(normalize(passage), normalize(quote))


def _contains(p: str, q: str) -> bool:
    """:func:`contains_evidence` on already normalised strings."""
    if not q:
        return False
    if q in p:
        return True
    if len(q) <= LONG_QUOTE:
        return _similar(q, p, FUZZY_THRESHOLD)
    mid = len(q) // 2
    return _similar(q[:mid], p, HALF_THRESHOLD) or _similar(q[mid:], p, HALF_THRESHOLD)


def first_relevant_rank(passages: Sequence[str], quotes: Sequence[str]) -> int | None:
    """The 1-based rank of the first passage that contains any of ``quotes``, else None.

    Use it for hit@k (``rank is not None and rank <= k``) and MRR (``1 / rank``). With no
    quotes (an unanswerable question) nothing is relevant and the result is None.

    >>> first_relevant_rank(["a", "b"], [])
    """
    normalized_quotes = [q for q in (normalize(quote) for quote in quotes) if q]
    if not normalized_quotes:
        return None
    for rank, passage in enumerate(passages, start=1):
        p = normalize(passage)
        if any(_contains(p, q) for q in normalized_quotes):
            return rank
    return None
