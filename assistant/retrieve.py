"""Hybrid retrieval: dense (e5 in Chroma) + BM25 (Norwegian stems), fused by weighted RRF.

Plain reciprocal rank fusion (k=60, equal weights) buries a passage that one retriever ranks
first and the other misses, so the fusion uses a small k and weighs the dense run less.
Flattened tables (runs of numbers) match many query terms in BM25 but rarely answer a
question in words, so their fused score is scaled down. A question about one case municipality
scales down the case descriptions and plans of the others; a "what should we do" question naming
none lifts the report's method chapter (chapter 10). Each of these is a rule in
:mod:`assistant.rules` (``planvis eval --ablation`` shows what it is worth).

    >>> r = Retriever(index, settings)                    # doctest: +SKIP
    >>> [h.chunk.doc_id for h in r.search("Hva gjorde Sørum med Fagstigen?", k=3)]  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant import rules
from assistant.index import Index
from assistant.municipality import MUNICIPALITIES as MUNICIPALITIES  # re-exported for callers of retrieve
from assistant.municipality import drop_names, named_municipalities, owner
from assistant.settings import Settings
from assistant.structure import LIST_MARKS_RE
from assistant.types import Chunk, Hit

MODES = ("hybrid", "dense", "bm25")
def is_method(chunk: Chunk) -> bool:
    """Is the passage in the report's chapter 10, the method for strategic competence management?"""
    return chunk.doc_id.startswith("ks-asplan-fafo") and bool(chunk.section) and chunk.section[0].startswith("10 ")


def asks_how_to(query: str) -> bool:
    """A question about what a municipality should do ("Hvordan bør vi …?"), naming no case municipality.

    >>> asks_how_to("Hvem bør sitte i arbeidsgruppen?"), asks_how_to("Hva gjorde Sørum med Fagstigen?")
    (True, False)
    """
    return not named_municipalities(query) and bool(_HOW_TO_RE.search(query))


_HOW_TO_RE = re.compile(r"\b(bør|vi|oss|vår|våre|vårt|man|me|should|we|our)\b", re.IGNORECASE)
DENSE_WEIGHT = 0.7
_M = "assistant.retrieve"
rules.register(
    "dense-weight", kind="threshold", module=_M, found_on=("dev",),
    what="the dense run weighs 0.7 against BM25's 1.0 in the fusion (off: equal weights)",
)
rules.register(
    "table-penalty", kind="penalty", module=_M, found_on=("dev",),
    what="a flattened table (mostly numbers) matches many terms but rarely answers in words, so it ranks lower",
)
rules.register(
    "list-not-table", kind="pattern", module=_M, found_on=("ha",),
    what="a numbered or bulleted list's marks are not table cells",
)
rules.register(
    "other-case-penalty", kind="penalty", module=_M, found_on=("dev",),
    what="a question about one municipality ranks the other municipalities' plans and case descriptions lower",
)
rules.register(
    "method-boost", kind="bonus", module=_M, found_on=("dev",),
    what="a 'what should we do' question naming no municipality lifts the report's method chapter",
)
rules.register(
    "comparison-search", kind="pattern", module=_M, found_on=("dev",),
    what="a question naming several municipalities searches for each one and reads more passages, so every side is found",
)
OTHER_PENALTY = 0.5
METHOD_BOOST = 1.5
TABLE_SHARE = 0.2
TABLE_PENALTY = 0.3
_NUMBER_RE = re.compile(r"[\d.,%()+\-–]+")


@dataclass(frozen=True)
class Filters:
    doc_type: str | None = None
    municipality: str | None = None
    exclude_docs: tuple[str, ...] = ()  # e.g. other users' uploads when the web UI has login on

    def where(self) -> dict[str, Any] | None:
        parts: list[dict[str, Any]] = [{key: value} for key, value in (("doc_type", self.doc_type), ("municipality", self.municipality)) if value]
        if self.exclude_docs:
            parts.append({"doc_id": {"$nin": list(self.exclude_docs)}})
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else {"$and": parts}

    def accepts(self, chunk: Chunk) -> bool:
        if chunk.doc_id in self.exclude_docs:
            return False
        if self.doc_type and chunk.meta.get("doc_type") != self.doc_type:
            return False
        if self.municipality and str(chunk.meta.get("municipality", "")).lower() != self.municipality.lower():
            return False
        return True


class Retriever:
    """Searches an :class:`Index`; ``mode`` is one of hybrid, dense, bm25."""

    def __init__(self, index: Index, settings: Settings, mode: str = "hybrid") -> None:
        if mode not in MODES:
            raise ValueError(f"retrieval mode {mode!r}: use one of {', '.join(MODES)}")
        self.index = index
        self.settings = settings
        self.mode = mode
        self.dense_weight = DENSE_WEIGHT  # a caller may tune it; the rule "dense-weight" off means 1.0
        self.sparse_weight = 1.0
        self._numeric: dict[str, float] = {}

    def numeric_share(self, chunk: Chunk) -> float:
        """Share of a chunk's tokens that are numbers: high for flattened tables."""
        if chunk.id not in self._numeric:
            # A numbered list ("1. Kurskalender for våren 2010") or a dash is no table cell.
            words = LIST_MARKS_RE.sub(" ", chunk.text).split()
            self._numeric[chunk.id] = sum(bool(_NUMBER_RE.fullmatch(w)) for w in words) / max(len(words), 1)
        if not rules.enabled("list-not-table"):
            words = chunk.text.split()
            return sum(bool(_NUMBER_RE.fullmatch(w)) for w in words) / max(len(words), 1)
        return self._numeric[chunk.id]

    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Hit]:
        """The k best chunks for ``query``; a comparison of municipalities searches for each one."""
        k = k or self.settings.top_k
        named = named_municipalities(query)
        if len(named) < 2 or self.mode != "hybrid" or not rules.enabled("comparison-search"):
            return self._search(query, k, filters)
        # "Hvordan skiller Sørum og Bærum seg ...": one query per municipality (the others removed),
        # interleaved, so that both sides of the comparison reach the top 5.
        runs = [self._search(query, k, filters)]
        for name in named:
            runs.append(self._search(drop_names(query, [other for other in named if other != name]), k, filters))
        merged: dict[str, Hit] = {}
        for rank in range(k):
            for run in runs:
                if rank < len(run) and run[rank].chunk.id not in merged:
                    merged[run[rank].chunk.id] = run[rank]
        return [Hit(chunk=h.chunk, rank=i + 1, score=h.score) for i, h in enumerate(list(merged.values())[:k])]

    def _search(self, query: str, k: int, filters: Filters | None) -> list[Hit]:
        filters = filters or Filters()
        chunks = self.index.chunks()
        n = max(self.settings.candidates, k)
        dense = self.index.dense_search(query, n, filters.where()) if self.mode in ("hybrid", "dense") else []
        sparse: list[tuple[str, float]] = []
        if self.mode in ("hybrid", "bm25"):
            sparse = [(cid, s) for cid, s in self.index.sparse_search(query, n * 3) if cid in chunks and filters.accepts(chunks[cid])][:n]
        if self.mode == "dense":
            ranked = dense
        elif self.mode == "bm25":
            ranked = sparse
        else:
            weights = {"dense": self.dense_weight if rules.enabled("dense-weight") else 1.0, "sparse": self.sparse_weight}
            fused = fuse({"dense": dense, "sparse": sparse}, weights, self.settings.rrf_k)
            named = named_municipalities(query)
            how_to = asks_how_to(query) and rules.enabled("method-boost")
            tables, others = rules.enabled("table-penalty"), rules.enabled("other-case-penalty")
            for cid in fused:
                chunk = chunks.get(cid)
                if chunk is None:
                    continue
                if tables and self.numeric_share(chunk) > TABLE_SHARE:
                    fused[cid] *= TABLE_PENALTY
                if others and len(named) == 1 and owner(chunk) not in (None, named[0]):
                    fused[cid] *= OTHER_PENALTY  # "… i Bærum?" is not answered by Drammen's case description
                if how_to and is_method(chunk):
                    fused[cid] *= METHOD_BOOST  # "Hvordan bør vi …?" is what the report's method chapter is about
            ranked = sorted(fused.items(), key=lambda kv: -kv[1])
        hits = [Hit(chunk=chunks[cid], rank=i + 1, score=score) for i, (cid, score) in enumerate((c, s) for c, s in ranked if c in chunks)]
        return hits[:k]


def fuse(runs: Mapping[str, list[tuple[str, float]]], weights: Mapping[str, float], k: int) -> dict[str, float]:
    """Weighted reciprocal rank fusion of several ranked lists of (id, score)."""
    fused: dict[str, float] = {}
    for name, run in runs.items():
        w = weights.get(name, 1.0)
        for rank, (cid, _score) in enumerate(run, start=1):
            fused[cid] = fused.get(cid, 0.0) + w / (k + rank)
    return fused
