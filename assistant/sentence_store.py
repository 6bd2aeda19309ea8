"""Sentence vectors kept next to the index, so that ranking an answer's candidate sentences costs a dot
product instead of an embedding run.

The answer re-ranks its ~20 best candidate sentences by their own dense similarity to the question
(``Assistant._rerank``). Embedding those sentences was most of an extractive answer's time (about
1 s of CPU per question on 2 cores; several seconds when the machine is busy). The corpus has only a
few thousand distinct sentences, so their passage vectors are stored once, in
``<index dir>/sentence_vectors.sqlite``, keyed on the embedding model's name and the sentence's own
text: a changed document brings new sentences (embedded on first use, or by :func:`fill` at ingest)
and never a stale vector, since a vector is the pure function of (model, text). :func:`fill` also
drops the vectors of sentences no passage has any more.

The store is a cache: when it cannot be read or written, sentences are embedded as before.

    >>> store = SentenceVectors(index)                                 # doctest: +SKIP
    >>> store.similarities(index.query_vector("Hva er Fagstigen?"), ["Fagstigen består av fire trinn."])  # doctest: +SKIP
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.types import Chunk

FILE_NAME = "sentence_vectors.sqlite"
BATCH = 64


def candidate_sentences(chunk: Chunk) -> list[str]:
    """The sentence strings the answer ranking can quote from ``chunk`` (as ``ranking.score_sentences``
    writes them: on one line, with and without a glued footnote mark, with and without editorial notes)."""
    from assistant.ranking import _EDITORIAL_RE
    from assistant.sentences import one_line, split_sentences
    from assistant.structure import strip_footnote_mark

    out: dict[str, None] = {}
    for text in {chunk.text, _EDITORIAL_RE.sub("", chunk.text)}:
        for sentence in split_sentences(text):
            quote = one_line(sentence)
            if quote:
                out[quote] = None
                out[strip_footnote_mark(quote)] = None
    return [s for s in out if s]


class SentenceVectors:
    """The passage vectors of sentences for one index and embedding model, persisted in SQLite."""

    def __init__(self, index: Any) -> None:
        self.index = index
        self._vectors: dict[str, np.ndarray] | None = None
        self._lock = threading.Lock()

    # ---- where and for which model -------------------------------------------------------
    @property
    def path(self) -> Path:
        return Path(self.index.dir) / FILE_NAME

    def model(self) -> str | None:
        """The embedding model's name; None for an embedder without one (a test's stand-in): not persisted."""
        name = getattr(self.index.embedder, "name", None)
        return str(name) if name else None

    def _connect(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.path, timeout=30)
        con.execute("PRAGMA synchronous=OFF")  # a cache: a lost write is embedded again
        con.execute("CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, text TEXT NOT NULL, vec BLOB NOT NULL, PRIMARY KEY (model, text))")
        return con

    def _load(self) -> dict[str, np.ndarray]:
        if self._vectors is not None:
            return self._vectors
        vectors: dict[str, np.ndarray] = {}
        model = self.model()
        if model and self.path.is_file():
            try:
                con = self._connect()
                try:
                    for text, blob in con.execute("SELECT text, vec FROM vectors WHERE model = ?", (model,)):
                        vectors[text] = np.frombuffer(blob, dtype=np.float32)
                finally:
                    con.close()
            except (sqlite3.Error, OSError, ValueError):
                vectors = {}  # unreadable: embedded again, and rewritten on the next fill
        self._vectors = vectors
        return vectors

    def _save(self, fresh: Mapping[str, np.ndarray], drop: Iterable[str] = ()) -> None:
        model = self.model()
        if not model or not (fresh or drop):
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            con = self._connect()
            try:
                with con:
                    con.executemany(
                        "INSERT OR REPLACE INTO vectors (model, text, vec) VALUES (?, ?, ?)",
                        [(model, t, np.asarray(v, dtype=np.float32).tobytes()) for t, v in fresh.items()],
                    )
                    con.executemany("DELETE FROM vectors WHERE model = ? AND text = ?", [(model, t) for t in drop])
            finally:
                con.close()
        except (sqlite3.Error, OSError):
            pass  # a read-only or busy data dir: the vectors stay in memory for this process

    def _embed(self, sentences: Sequence[str], progress: bool = False) -> dict[str, np.ndarray]:
        """The passage vectors of ``sentences``, embedded in batches of :data:`BATCH`."""
        fresh: dict[str, np.ndarray] = {}
        for start in range(0, len(sentences), BATCH):
            part = list(sentences[start : start + BATCH])
            fresh.update(zip(part, (np.asarray(v, dtype=np.float32) for v in self.index.embedder.embed_passages(part)), strict=True))
            if progress:
                print(f"\rsetningsvektorer: {start + len(part)}/{len(sentences)}", end="", flush=True)
        if progress and sentences:
            print()
        return fresh

    # ---- the calls -----------------------------------------------------------------------
    def vectors(self, sentences: Sequence[str]) -> list[np.ndarray]:
        """The passage vector of each sentence; those not stored yet are embedded and stored."""
        with self._lock:
            known = self._load()
            new = [s for s in dict.fromkeys(sentences) if s not in known]
        if new:
            fresh = self._embed(new)
            with self._lock:
                known.update(fresh)
            self._save(fresh)
        return [known[s] for s in sentences]

    def similarities(self, query_vector: Sequence[float], sentences: Sequence[str]) -> list[float]:
        """Cosine similarity of a (normalized) query vector to each sentence's vector."""
        if not sentences:
            return []
        q = np.asarray(query_vector, dtype=np.float64)
        matrix = np.stack(self.vectors(sentences)).astype(np.float64)
        return [float(x) for x in matrix @ q]

    def fill(self, chunks: Mapping[str, Chunk], progress: bool = False, extra: Sequence[str] = ()) -> tuple[int, int]:
        """Embed every candidate sentence of ``chunks`` and every ``extra`` text not stored yet, and drop the
        vectors of texts that are neither any more; (embedded, dropped)."""
        wanted = list(dict.fromkeys([*(s for c in chunks.values() for s in candidate_sentences(c)), *extra]))
        with self._lock:
            known = self._load()
            new = [s for s in wanted if s not in known]
            wanted_set = set(wanted)
            stale = [s for s in known if s not in wanted_set]
        fresh = self._embed(new, progress=progress)
        with self._lock:
            known.update(fresh)
            for s in stale:
                known.pop(s, None)
        self._save(fresh, stale)
        return len(fresh), len(stale)


_STORES: dict[int, SentenceVectors] = {}
_STORES_LOCK = threading.Lock()


def store_for(index: Any) -> SentenceVectors:
    """The one store of ``index`` in this process (every Assistant over the index shares it)."""
    with _STORES_LOCK:
        store = getattr(index, "_planvis_sentence_vectors", None)
        if store is None:
            store = SentenceVectors(index)
            try:
                index._planvis_sentence_vectors = store
            except AttributeError:  # an index object that takes no attributes: one store per id
                store = _STORES.setdefault(id(index), store)
        return store


def fill(index: Any, progress: bool = False) -> tuple[int, int]:
    """Bring ``index``'s sentence vectors up to date with its passages and the curated table rows
    (``tables.row_texts``, which a question naming a table is matched against); run after an ingest."""
    from assistant.tables import row_texts

    return store_for(index).fill(index.chunks(), progress=progress, extra=row_texts())
