"""The persistent index: Chroma (dense) + bm25s (sparse) + a record of what was ingested.

This module, ``index_sync.py`` (writing) and ``index_remote.py`` (a Chroma server,
``PLANVIS_CHROMA_URL``) are the only ones that import chromadb. Layout under ``<data_dir>/index``::

    chroma/          Chroma PersistentClient (always with our embedding function)
    bm25/            bm25s index over Norwegian-stemmed, decompounded tokens
    chunks.jsonl     every chunk, so BM25 and citations need no Chroma round trip
    records.json     per document: content hash, origin and chunk ids; embedder + chunker version

Syncing is incremental: an unchanged file (same sha256) is skipped, a changed one re-indexed,
a removed corpus file deleted; a different embedder or chunker version rebuilds everything.
A sync that is killed midway leaves ``ingest.incomplete``; the next sync re-indexes every document
whose passages or vectors are incomplete and deletes vectors no record owns, so nothing is lost
or stored twice. :meth:`Index.check` finds a damaged index and names ``planvis ingest --rebuild``.

    >>> idx = Index.open(settings)            # doctest: +SKIP
    >>> report = idx.sync_corpus()            # doctest: +SKIP
"""

from __future__ import annotations

import functools
import json
import shutil
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.chunking import index_text, windows
from assistant.embeddings import Embedder, make_embedder
from assistant.index_sync import REBUILD, IndexError_, Syncing, SyncReport, check_records, damaged, log_traceback
from assistant.loaders import SUPPORTED
from assistant.settings import Settings
from assistant.text import Analyzer, dictionary_words
from assistant.types import Chunk

CHUNKER_VERSION = "7"  # 7: a page's footnotes no longer break the sentence they stand in (loaders)
# The hunspell word list takes ~2 s to read and never changes while a process runs.
_dictionary_words = functools.cache(dictionary_words)
COLLECTION = "planvis"
# HNSW search breadth, for a Chroma server's store (the embedded store is searched exactly, see
# Index.dense_windows). Chroma's default (100) is below the 120 windows a dense search asks for, and the graph
# search then misses a few of them, differently from process to process (5 different top-120s in 10 fresh
# processes for one query, measured).
EF_SEARCH = 400


def chunk_to_meta(chunk: Chunk) -> dict[str, Any]:
    """Chroma metadata values must be scalars."""
    return {
        "doc_id": chunk.doc_id,
        "title": chunk.title,
        "section": json.dumps(list(chunk.section), ensure_ascii=False),
        "page_first": chunk.pages[0] if chunk.pages else -1,
        "page_last": chunk.pages[1] if chunk.pages else -1,
        "line_first": chunk.lines[0],
        "line_last": chunk.lines[1],
        **{k: v for k, v in chunk.meta.items() if isinstance(v, (str, int, float, bool))},
    }


def chunk_to_json(chunk: Chunk) -> dict[str, Any]:
    return {
        "id": chunk.id,
        "text": chunk.text,
        "doc_id": chunk.doc_id,
        "title": chunk.title,
        "section": list(chunk.section),
        "pages": list(chunk.pages) if chunk.pages else None,
        "lines": list(chunk.lines),
        "meta": chunk.meta,
    }


def chunk_from_json(d: Mapping[str, Any]) -> Chunk:
    return Chunk(
        id=d["id"],
        text=d["text"],
        doc_id=d["doc_id"],
        title=d["title"],
        section=tuple(d["section"]),
        pages=(d["pages"][0], d["pages"][1]) if d.get("pages") else None,
        lines=(d["lines"][0], d["lines"][1]),
        meta=dict(d.get("meta") or {}),
    )


class _ChromaEF:
    """Our embedder in the shape chromadb expects, so Chroma never loads its default model."""

    def __init__(self, embedder: Embedder | None) -> None:
        self._embedder = embedder

    def _get(self) -> Embedder:
        if self._embedder is None:
            raise RuntimeError("planvis passes its own embedding function to Chroma")
        return self._embedder

    def __call__(self, input: list[str]) -> list[list[float]]:  # noqa: A002 - chromadb's name
        return self._get().embed_passages(input)

    def embed_query(self, input: list[str]) -> list[list[float]]:  # noqa: A002
        return [self._get().embed_query(t) for t in input]

    @staticmethod
    def name() -> str:
        return "planvis"

    def is_legacy(self) -> bool:
        return False

    def default_space(self) -> str:
        return "cosine"

    def supported_spaces(self) -> list[str]:
        return ["cosine"]

    def get_config(self) -> dict[str, Any]:
        return {}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> _ChromaEF:
        # Chroma rebuilds the function from the stored config when it opens the collection;
        # the real embedder is attached by Index.collection(), so this stand-in is never called.
        return _ChromaEF(None)


class Index(Syncing):
    """Dense + sparse index over chunks, with incremental sync (the sync itself: :mod:`assistant.index_sync`)."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.dir = settings.index_dir
        self._embedder = embedder
        self._collection: Any = None
        self._chunks: dict[str, Chunk] | None = None
        self._bm25: Any = None
        self._bm25_ids: list[str] = []
        self._analyzer: Analyzer | None = None
        self._qcache: dict[str, list[float]] = {}
        self._scache: dict[str, list[float]] = {}
        self._wcache: dict[str, tuple[list[str], list[str], Any]] = {}  # where -> chunk ids, windows, unit vectors
        self.remote: Any = None
        if settings.chroma_url:
            from assistant.index_remote import RemoteStore

            self.remote = RemoteStore(settings.chroma_url, self)
            self.dir = self.remote.cache_dir

    # ---- opening -------------------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, embedder: Embedder | None = None) -> Index:
        return cls(settings, embedder)

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = make_embedder(self.settings.embedder)
        return self._embedder

    @property
    def records_path(self) -> Path:
        return self.dir / "records.json"

    def exists(self) -> bool:
        if self.remote is not None:
            return bool(self.remote.records().get("docs"))
        return self.records_path.exists() and (self.dir / "chunks.jsonl").exists()

    def check(self, vectors: bool = True) -> None:
        """Raise :class:`IndexError_` (one line naming ``planvis ingest --rebuild``) if the index is damaged.

        Reads the record, the passages and the BM25 index, and (``vectors``) opens the vector store
        and counts it: a serving process calls this at start instead of failing on the first question.
        """
        records = self.records()
        chunks = self.chunks()
        _, ids = self.bm25()
        owned = {cid for rec in records["docs"].values() for cid in rec["chunk_ids"]}
        if owned != set(chunks):
            raise damaged(self.dir, f"{len(owned ^ set(chunks))} passages differ between records.json and chunks.jsonl")
        if set(ids) != set(chunks):
            raise damaged(self.dir, "the BM25 index does not match the passages")
        if vectors and chunks:
            try:
                count = self.collection().count()
            except Exception as exc:  # chromadb raises its own types, sqlite3 and OSError on damaged files
                raise damaged(self.dir, "vector store unreadable", exc) from exc
            if count < len(chunks):
                raise damaged(self.dir, f"vector store holds {count} windows for {len(chunks)} passages")

    def records(self) -> dict[str, Any]:
        """What was ingested: embedder, chunker version and one record per document.

        Raises :class:`IndexError_` naming ``planvis ingest --rebuild`` when the file is damaged.
        """
        if self.remote is not None:
            return self.remote.records()
        if not self.records_path.exists():
            return {"embedder": None, "chunker": None, "docs": {}}
        try:
            records = json.loads(self.records_path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise damaged(self.dir, "records.json unreadable", exc) from exc
        check_records(records, self.records_path)
        return records

    def _write_records(self, records: Mapping[str, Any]) -> None:
        if self.remote is not None:
            self.remote.write_records(records)
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self.records_path.with_suffix(".tmp")
        tmp.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
        tmp.replace(self.records_path)

    def _client(self) -> Any:
        if self.remote is not None:
            return self.remote.client()
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        return chromadb.PersistentClient(
            path=str(self.dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False, allow_reset=True)
        )

    def collection(self) -> Any:
        if self._collection is None:
            client = self._client()
            self._collection = client.get_or_create_collection(
                COLLECTION,
                embedding_function=_ChromaEF(self.embedder),
                metadata={"hnsw:space": "cosine"},  # type: ignore[arg-type]
            )
            hnsw = (getattr(self._collection, "configuration", None) or {}).get("hnsw") or {}
            if int(hnsw.get("ef_search") or 0) < EF_SEARCH:  # an index made before EF_SEARCH, or a new one
                self._collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})
        return self._collection

    # ---- reading -------------------------------------------------------------------------
    def chunks(self) -> dict[str, Chunk]:
        if self.remote is not None:
            self.remote.refresh()
        if self._chunks is None:
            path = self.dir / "chunks.jsonl"
            if not path.exists():
                raise IndexError_(f"no index in {self.dir}: run `planvis ingest` first")
            try:
                with path.open(encoding="utf-8") as fh:
                    self._chunks = {c.id: c for c in (chunk_from_json(json.loads(line)) for line in fh if line.strip())}
            except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError, IndexError) as exc:
                raise damaged(self.dir, "chunks.jsonl unreadable", exc) from exc
        return self._chunks

    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            vocab_path = self.dir / "bm25" / "vocab.json"
            vocab = json.loads(vocab_path.read_text(encoding="utf-8")) if vocab_path.exists() else []
            self._analyzer = Analyzer(vocab)
        return self._analyzer

    def bm25(self) -> tuple[Any, list[str]]:
        if self.remote is not None:
            self.remote.refresh()
        if self._bm25 is None:
            import bm25s

            bm_dir = self.dir / "bm25"
            if not (bm_dir / "ids.json").exists():
                raise IndexError_(f"no BM25 index in {bm_dir}: run `planvis ingest --rebuild`")
            try:
                self._bm25_ids = json.loads((bm_dir / "ids.json").read_text(encoding="utf-8"))
                if not self._bm25_ids:  # nothing indexed yet (every file failed): no model to load
                    return None, []
                self._bm25 = bm25s.BM25.load(str(bm_dir))
            except Exception as exc:  # numpy, json and bm25s errors alike: the files are damaged
                self._bm25 = None
                raise damaged(self.dir, "BM25 index unreadable", exc) from exc
        return self._bm25, self._bm25_ids

    def query_vector(self, query: str) -> list[float]:
        """The query's embedding, cached: retrieval and answering both ask for it."""
        # Read into a local: another UI thread may clear the cache between our store and our read.
        vector = self._qcache.get(query)
        if vector is None:
            vector = self.embedder.embed_query(query)
            if len(self._qcache) > 256:
                self._qcache.clear()
            self._qcache[query] = vector
        return vector

    def sentence_similarities(self, query: str, sentences: Sequence[str]) -> list[float]:
        """Cosine similarity of the query to each sentence (passage-embedded, cached in memory).

        Used to rank the few best candidate sentences for an answer: a window vector says which
        80 words match, a sentence vector says which sentence does.
        """
        # A local view of the vectors: another UI thread may clear the shared cache meanwhile.
        known = {s: v for s in dict.fromkeys(sentences) if (v := self._scache.get(s)) is not None}
        new = [s for s in dict.fromkeys(sentences) if s not in known]
        if new:
            fresh = dict(zip(new, self.embedder.embed_passages(new), strict=True))
            if len(self._scache) > 20000:
                self._scache.clear()
            self._scache.update(fresh)
            known.update(fresh)
        q = self.query_vector(query)
        return [float(sum(a * b for a, b in zip(q, known[s], strict=True))) for s in sentences]

    def dense_windows(self, query: str, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, str, float]]:
        """(chunk id, window text, cosine similarity) for the n best sentence windows, best first.

        The embedded store is searched exactly (every window's vector, float64, ties in window-id order), so
        the same question gets the same windows in every process. Its HNSW graph could not promise that:
        the graph Chroma writes to disk held 100 of the corpus's 782 windows (its sync point is 1,000 adds);
        the rest are re-inserted from its log by every process that opens the store, and CI once saw two
        different top-120s in four fresh processes even at ef_search 400.
        A Chroma server keeps one graph for all its clients and is searched with it.
        """
        if self.remote is not None:
            return self._graph_windows(query, n, where)
        import numpy as np

        chunk_ids, texts, vectors = self._window_vectors(where)
        if not chunk_ids:
            return []
        q = np.asarray(self.query_vector(query), dtype=np.float64)
        q /= np.linalg.norm(q) or 1.0
        # Rounded so a last-bit difference in the product cannot reorder two windows; rows are in window-id
        # order and the sort is stable, so a tie (the same text in two passages) keeps that order.
        sims = np.round(vectors @ q, 9)
        top = np.argsort(-sims, kind="stable")[: min(n, len(chunk_ids))]
        return [(chunk_ids[i], texts[i], float(sims[i])) for i in top]

    def _window_vectors(self, where: dict[str, Any] | None) -> tuple[list[str], list[str], Any]:
        """Chunk ids, window texts and unit vectors (float64 rows, in window-id order) of the windows
        ``where`` selects; read from the store once per filter and kept until the store is written."""
        key = json.dumps(where, sort_keys=True, ensure_ascii=False)
        cached = self._wcache.get(key)  # one read: another UI thread may clear the cache meanwhile
        if cached is not None:
            return cached
        import numpy as np

        got = self.collection().get(where=where or None, include=["embeddings", "metadatas", "documents"])
        order = sorted(range(len(got["ids"])), key=lambda i: str(got["ids"][i]))
        vectors = np.asarray(got["embeddings"], dtype=np.float64).reshape(len(got["ids"]), -1)[order]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms > 0, norms, 1.0)
        built = ([str(got["metadatas"][i]["chunk_id"]) for i in order], [str(got["documents"][i]) for i in order], vectors)
        if len(self._wcache) > 32:  # one entry per filter; per-user exclusions can make many
            self._wcache.clear()
        self._wcache[key] = built
        return built

    def _graph_windows(self, query: str, n: int, where: dict[str, Any] | None) -> list[tuple[str, str, float]]:
        coll = self.collection()
        total = coll.count()
        if total == 0:
            return []
        res = coll.query(
            query_embeddings=[self.query_vector(query)],
            n_results=min(n, total),
            where=where or None,
            include=["distances", "metadatas", "documents"],
        )
        return [
            (str(meta["chunk_id"]), str(doc), 1.0 - float(dist))
            for meta, doc, dist in zip(res["metadatas"][0], res["documents"][0], res["distances"][0], strict=True)
        ]

    def dense_search(self, query: str, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) best first; a chunk scores as its best sentence window."""
        best: dict[str, float] = {}
        for cid, _text, sim in self.dense_windows(query, n * 4, where):
            best.setdefault(cid, sim)
        return sorted(best.items(), key=lambda kv: -kv[1])[:n]

    def sparse_search(self, query: str, n: int) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) best first; only positive scores."""
        model, ids = self.bm25()
        tokens = self.analyzer().tokens(query, query=True)
        if not tokens or not ids:
            return []
        import numpy as np

        scores = model.get_scores(tokens)
        top = np.argsort(-scores)[: min(n, len(ids))]
        return [(ids[i], float(scores[i])) for i in top if scores[i] > 0]

    # ---- writing -------------------------------------------------------------------------
    def sync_corpus(self, rebuild: bool = False, progress: bool = True) -> SyncReport:
        """Make the index match ``corpus/``: add new, re-index changed, delete removed files."""
        corpus = self.settings.corpus_dir
        paths = sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED and p.name != "manifest.toml")
        return self._sync(paths, origin="corpus", remove_missing=True, rebuild=rebuild, progress=progress)

    def add_paths(self, paths: Sequence[Path], progress: bool = True) -> SyncReport:
        """Add or update the given files (a user's own documents); nothing else is touched."""
        return self._sync(list(paths), origin="user", remove_missing=False, rebuild=False, progress=progress)

    def remove(self, doc_ids: Sequence[str]) -> SyncReport:
        """Delete these documents (a user's uploads) from the index; unknown ids are reported as failed."""
        report = SyncReport()
        records = self.records()
        docs = records["docs"]
        chunks = dict(self._load_chunk_file())
        if any(doc_id in docs for doc_id in doc_ids):
            # The marker ingest uses: a remove killed after deleting vectors is finished by the next sync.
            self.dir.mkdir(parents=True, exist_ok=True)
            self.incomplete_path.write_text(time.strftime("%Y-%m-%dT%H:%M:%S"), encoding="utf-8")
        for doc_id in doc_ids:
            if doc_id not in docs:
                report.failed.append(f"{doc_id}: not in the index")
                continue
            self._delete_ids(docs[doc_id]["chunk_ids"])
            for cid in docs.pop(doc_id)["chunk_ids"]:
                chunks.pop(cid, None)
            report.removed.append(doc_id)
        if report.removed:
            self._write_chunks(chunks)
            self._build_bm25(chunks)
            self._write_records(records)
            self.incomplete_path.unlink(missing_ok=True)
        report.chunks = len(chunks)
        return report

    def _load_chunk_file(self) -> Iterable[tuple[str, Chunk]]:
        try:
            return self.chunks().items()
        except IndexError_:
            return []

    def _delete_ids(self, ids: list[str]) -> None:
        """Delete the vectors (sentence windows) of these chunks."""
        if ids:
            self._wcache.clear()
            self.collection().delete(where={"chunk_id": {"$in": list(ids)}})

    def _embed_and_add(self, chunks: list[Chunk], progress: bool) -> None:
        from tqdm import tqdm

        coll = self.collection()
        self._wcache.clear()
        batch = 16
        bar = tqdm(total=len(chunks), desc="Indekserer", unit="utdrag", disable=not progress, leave=False)
        units = [(f"{c.id}#w{i}", text, {**chunk_to_meta(c), "chunk_id": c.id}) for c in chunks for i, text in enumerate(windows(c))]
        done: dict[str, int] = {}
        for start in range(0, len(units), batch):
            part = units[start : start + batch]
            coll.upsert(
                ids=[u[0] for u in part],
                documents=[u[1] for u in part],
                metadatas=[u[2] for u in part],
                embeddings=self.embedder.embed_passages([u[1] for u in part]),  # type: ignore[arg-type]
            )
            for u in part:
                done[str(u[2]["chunk_id"])] = 1
            bar.update(len(done) - bar.n)
        bar.close()

    def _write_chunks(self, chunks: Mapping[str, Chunk], push: bool = True) -> None:
        if self.remote is not None and push:
            self.remote.write_chunks(dict(chunks))
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.dir / "chunks.jsonl"
        tmp = path.with_suffix(".tmp")
        with tmp.open("w", encoding="utf-8") as fh:
            for c in chunks.values():
                fh.write(json.dumps(chunk_to_json(c), ensure_ascii=False) + "\n")
        tmp.replace(path)
        self._chunks = dict(chunks)

    def _build_bm25(self, chunks: Mapping[str, Chunk]) -> None:
        import bm25s

        ids = list(chunks)
        bm_dir = self.dir / "bm25"
        if not ids:
            shutil.rmtree(bm_dir, ignore_errors=True)
            bm_dir.mkdir(parents=True)
            (bm_dir / "ids.json").write_text("[]", encoding="utf-8")
            self._bm25, self._bm25_ids, self._analyzer = None, [], Analyzer([])
            return
        texts = [index_text(chunks[i]) for i in ids]
        analyzer = Analyzer.from_texts(texts, extra=_dictionary_words())
        corpus_tokens = [analyzer.tokens(t) or ["_"] for t in texts]
        model = bm25s.BM25()
        model.index(corpus_tokens, show_progress=False)
        if bm_dir.exists():
            shutil.rmtree(bm_dir)
        model.save(str(bm_dir))
        (bm_dir / "ids.json").write_text(json.dumps(ids), encoding="utf-8")
        (bm_dir / "vocab.json").write_text(json.dumps(sorted(analyzer.vocab), ensure_ascii=False), encoding="utf-8")
        self._bm25, self._bm25_ids, self._analyzer = model, ids, analyzer

    def sources(self) -> list[dict[str, Any]]:
        """One row per indexed document, for `planvis sources`."""
        return [
            {"doc_id": d, **{k: v for k, v in r.items() if k != "chunk_ids"}, "chunks": len(r["chunk_ids"])}
            for d, r in sorted(self.records()["docs"].items())
        ]


__all__ = ["REBUILD", "Index", "IndexError_", "SyncReport", "check_records", "damaged", "log_traceback"]
