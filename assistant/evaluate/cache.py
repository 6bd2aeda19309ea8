"""Caches for evaluation runs: the metric search and the answer's search share one call (:class:`CachingRetriever`);
every index call is remembered across runs (:class:`CachedIndex`)."""

from __future__ import annotations

import json
import time
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.evaluate.metrics import RETRIEVE_K
from assistant.index import Index
from assistant.settings import Settings
from assistant.types import Hit


class CachingRetriever:
    """Wraps a retriever so the metric search (k=10) and the answer's search share one call.

    The time of the real search is kept, so end-to-end latency still includes retrieval. ``cap``
    limits what the answer engine gets (the naive baseline answers from its top 4).
    """

    def __init__(self, base: Any, k: int = RETRIEVE_K, cap: int | None = None) -> None:
        self.base = base
        self.k = k
        self.cap = cap
        self._cache: dict[str, list[Hit]] = {}
        self._asked: dict[str, int] = {}
        self.last_search_s = 0.0

    def search(self, query: str, k: int | None = None, filters: Any = None) -> list[Hit]:
        if filters is not None and (getattr(filters, "doc_type", None) or getattr(filters, "municipality", None)):
            return list(self.base.search(query, k=k, filters=filters))
        want = max(self.k, k or 0)
        if query not in self._cache or self._asked.get(query, 0) < want:
            started = time.perf_counter()
            self._cache[query] = list(self.base.search(query, k=want))
            self._asked[query] = want
            self.last_search_s = time.perf_counter() - started
        hits = self._cache[query][: k or self.k]
        return hits[: self.cap] if self.cap else hits

    def full(self, query: str) -> list[Hit]:
        """The uncapped top-k for the metrics."""
        self.search(query, self.k)
        return self._cache[query][: self.k]

    def clear(self) -> None:
        self._cache.clear()
        self._asked.clear()


def _where_key(where: Mapping[str, Any] | None) -> str:
    return json.dumps(where, sort_keys=True, ensure_ascii=False) if where else ""


class CachedIndex(Index):
    """An :class:`assistant.index.Index` that remembers every model and store call, without limit.

    What the index returns for a query (its vector, the dense sentence windows from Chroma, the BM25
    scores, a sentence's similarity to the query) depends on the index and the query only, never on
    the hand-written rules of :mod:`assistant.rules`. So a run that switches a rule off repeats only
    the pure-Python ranking, refusal and answer rules on top of these calls (see
    :mod:`assistant.evaluate.ablation`). The Index's own caches are bounded for a server; this one is
    for one evaluation process. ``hits`` / ``misses`` count the calls it answered and passed on.
    """

    def __init__(self, settings: Settings, embedder: Any = None) -> None:
        super().__init__(settings, embedder)
        self._vectors: dict[str, list[float]] = {}
        self._windows: dict[tuple[str, int, str], list[tuple[str, str, float]]] = {}
        self._sparse: dict[tuple[str, int], list[tuple[str, float]]] = {}
        self._similarity: dict[tuple[str, str], float] = {}
        self.hits = 0
        self.misses = 0

    def query_vector(self, query: str) -> list[float]:
        if query in self._vectors:
            self.hits += 1
        else:
            self.misses += 1
            self._vectors[query] = super().query_vector(query)
        return self._vectors[query]

    def dense_windows(self, query: str, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, str, float]]:
        key = (query, n, _where_key(where))
        if key in self._windows:
            self.hits += 1
        else:
            self.misses += 1
            self._windows[key] = super().dense_windows(query, n, where)
        return list(self._windows[key])

    def sparse_search(self, query: str, n: int) -> list[tuple[str, float]]:
        key = (query, n)
        if key in self._sparse:
            self.hits += 1
        else:
            self.misses += 1
            self._sparse[key] = super().sparse_search(query, n)
        return list(self._sparse[key])

    def sentence_similarities(self, query: str, sentences: Sequence[str]) -> list[float]:
        new = list(dict.fromkeys(s for s in sentences if (query, s) not in self._similarity))
        if new:
            self.misses += 1
            self._similarity.update(((query, s), sim) for s, sim in zip(new, super().sentence_similarities(query, new), strict=True))
        else:
            self.hits += 1
        return [self._similarity[(query, s)] for s in sentences]
