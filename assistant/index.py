"""The persistent index: Chroma (dense) + bm25s (sparse) + a record of what was ingested.

This and ``index_remote.py`` (a Chroma server, ``PLANVIS_CHROMA_URL``) are the only modules that
import chromadb. Layout under ``<data_dir>/index``::

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

import contextlib
import functools
import json
import os
import shutil
import time
import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.chunking import chunk_document, index_text, windows
from assistant.embeddings import Embedder, make_embedder
from assistant.loaders import SUPPORTED, LoadError, load_file, read_manifest
from assistant.settings import Settings
from assistant.text import Analyzer, dictionary_words
from assistant.types import Chunk

CHUNKER_VERSION = "6"
# The hunspell word list takes ~2 s to read and never changes while a process runs.
_dictionary_words = functools.cache(dictionary_words)
COLLECTION = "planvis"


class IndexError_(Exception):
    """The index is missing or unusable; the message says what to run."""


REBUILD = "run `planvis ingest --rebuild`"


def damaged(where: Path | str, what: str, exc: BaseException | None = None) -> IndexError_:
    """The one-line error for a damaged part of the index."""
    detail = f": {type(exc).__name__}: {str(exc).strip().splitlines()[0][:120]}" if exc is not None and str(exc).strip() else ""
    return IndexError_(f"index in {where} is damaged ({what}{detail}): {REBUILD}")


def log_traceback(data_dir: Path, context: str) -> Path | None:
    """Write the current exception's full traceback under ``<data_dir>/logs/``; return the file (None if unwritable)."""
    try:
        logs = data_dir / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        path = logs / f"planvis-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {context}\n{traceback.format_exc()}\n")
        return path
    except OSError:
        return None


@dataclass
class SyncReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)  # one-line messages
    notices: list[str] = field(default_factory=list)
    chunks: int = 0

    @property
    def ok(self) -> bool:
        return not self.failed


def check_records(records: Any, where: Path | str) -> None:
    """Raise the 'damaged' error unless ``records`` has the shape :meth:`Index._sync` writes."""
    docs = records.get("docs") if isinstance(records, dict) else None
    if not isinstance(docs, dict):
        raise damaged(where, "ingest record has no 'docs' table")
    for doc_id, rec in docs.items():
        if not isinstance(rec, dict) or not isinstance(rec.get("chunk_ids"), list) or not isinstance(rec.get("sha256"), str):
            raise damaged(where, f"ingest record of {doc_id!r} lacks sha256/chunk_ids")


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


class Index:
    """Dense + sparse index over chunks, with incremental sync."""

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
        if query not in self._qcache:
            if len(self._qcache) > 256:
                self._qcache.clear()
            self._qcache[query] = self.embedder.embed_query(query)
        return self._qcache[query]

    def sentence_similarities(self, query: str, sentences: Sequence[str]) -> list[float]:
        """Cosine similarity of the query to each sentence (passage-embedded, cached in memory).

        Used to rank the few best candidate sentences for an answer: a window vector says which
        80 words match, a sentence vector says which sentence does.
        """
        new = list(dict.fromkeys(s for s in sentences if s not in self._scache))
        if new:
            if len(self._scache) > 20000:
                self._scache.clear()
            self._scache.update(zip(new, self.embedder.embed_passages(new), strict=True))
        q = self.query_vector(query)
        return [float(sum(a * b for a, b in zip(q, self._scache[s], strict=True))) for s in sentences]

    def dense_windows(self, query: str, n: int, where: dict[str, Any] | None = None) -> list[tuple[str, str, float]]:
        """(chunk id, window text, cosine similarity) for the n best sentence windows."""
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
        report.chunks = len(chunks)
        return report

    @property
    def incomplete_path(self) -> Path:
        return self.dir / "ingest.incomplete"

    def _sync(self, paths: list[Path], origin: str, remove_missing: bool, rebuild: bool, progress: bool) -> SyncReport:
        report = SyncReport()
        # A damaged manifest stops the sync before anything is touched (ManifestError is a LoadError).
        manifest = read_manifest(self.settings.corpus_dir)
        try:
            records = self.records()
        except IndexError_:
            if not rebuild:
                raise
            report.notices.append("the ingest record was damaged: re-reading the corpus and data_dir/uploads")
            uploads = self.settings.data_dir / "uploads"
            found = sorted(p for p in uploads.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED) if uploads.is_dir() else []
            records = {"docs": {p.stem: {"path": str(p.resolve()), "origin": "user"} for p in found}}
        interrupted = self.incomplete_path.exists()
        writing = False

        def begin_write() -> None:
            # Marked before the first change and cleared after the records are written, so a sync
            # killed in between is finished by the next one. A no-op sync writes nothing at all.
            nonlocal writing
            if not writing:
                self.dir.mkdir(parents=True, exist_ok=True)
                self.incomplete_path.write_text(time.strftime("%Y-%m-%dT%H:%M:%S"), encoding="utf-8")
                writing = True

        old_ids = {str(r.get("path")): d for d, r in records.get("docs", {}).items()}
        if rebuild or records.get("embedder") != self.embedder.name or records.get("chunker") != CHUNKER_VERSION:
            if records.get("docs") and not rebuild:
                report.notices.append("embedding model or chunker changed: rebuilding the whole index")
            begin_write()
            self._reset()
            # Re-read every earlier user document too, so a rebuild loses nothing.
            user_paths = [Path(r["path"]) for r in records.get("docs", {}).values() if r.get("origin") == "user"]
            records = {"embedder": self.embedder.name, "chunker": CHUNKER_VERSION, "docs": {}}
            if origin == "corpus":
                paths = paths + [p for p in user_paths if p.exists() and p not in paths]
        docs: dict[str, Any] = records["docs"]
        chunks = dict(self._load_chunk_file())
        if interrupted:
            begin_write()
            report.notices.append("the previous ingest was interrupted: re-indexing what it left incomplete")
            for doc_id in self._incomplete_docs(docs, chunks):
                rec = docs.pop(doc_id)
                if rec.get("origin") == "user" and Path(rec["path"]).exists() and Path(rec["path"]) not in paths:
                    paths.append(Path(rec["path"]))
        to_embed: list[Chunk] = []
        seen: set[str] = set()
        for path in paths:
            notices: list[str] = []
            try:
                doc = load_file(path, manifest, notices, limit_mb=self.settings.upload_limit_mb)
                is_corpus = origin == "corpus" and path.parent.resolve() == self.settings.corpus_dir.resolve()
                doc_id = self._doc_id_for(doc.info.doc_id, path, docs, old_ids, is_corpus)
                if doc_id != doc.info.doc_id:
                    doc = replace(doc, info=replace(doc.info, doc_id=doc_id))
                    notices.append(f"{path}: another document is already called {doc.info.doc_id.rsplit('-', 1)[0]!r}; kept both, this one as {doc_id!r}")
                new_chunks = chunk_document(doc) if not (docs.get(doc_id) and docs[doc_id]["sha256"] == doc.sha256) else []
            except LoadError as exc:
                report.failed.append(str(exc))
                continue
            except Exception as exc:  # one bad file must not stop the others; the traceback goes to a log
                log = log_traceback(self.settings.data_dir, f"ingest {path}")
                first = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else "no message"
                report.failed.append(f"{path}: unexpected error ({type(exc).__name__}: {first}); traceback in {log}")
                continue
            report.notices.extend(notices)
            seen.add(doc_id)
            old = docs.get(doc_id)
            if old and old["sha256"] == doc.sha256:
                report.unchanged.append(doc_id)
                continue
            begin_write()
            if old:
                self._delete_ids(old["chunk_ids"])
                for cid in old["chunk_ids"]:
                    chunks.pop(cid, None)
                report.updated.append(doc_id)
            else:
                report.added.append(doc_id)
            docs[doc_id] = {
                "sha256": doc.sha256,
                "path": str(path.resolve()),
                "origin": "corpus" if is_corpus else "user",
                "chunk_ids": [c.id for c in new_chunks],
                "title": doc.info.title,
                "doc_type": doc.info.doc_type,
                "year": doc.info.year,
                "municipality": doc.info.municipality,
            }
            for c in new_chunks:
                chunks[c.id] = c
            to_embed.extend(new_chunks)
        if remove_missing:
            for doc_id in [d for d, r in docs.items() if r.get("origin") == "corpus" and d not in seen]:
                begin_write()
                self._delete_ids(docs[doc_id]["chunk_ids"])
                for cid in docs[doc_id]["chunk_ids"]:
                    chunks.pop(cid, None)
                del docs[doc_id]
                report.removed.append(doc_id)
        if to_embed:
            self._embed_and_add(to_embed, progress)
        if interrupted:
            chunks = self._drop_orphans(docs, chunks)
        if to_embed or report.removed or report.updated or interrupted or not (self.dir / "bm25" / "ids.json").exists():
            begin_write()
            self._write_chunks(chunks)
            self._build_bm25(chunks)
        if writing or not self.exists():
            self._write_records(records)
            self.incomplete_path.unlink(missing_ok=True)
        report.chunks = len(chunks)
        return report

    @staticmethod
    def _doc_id_for(doc_id: str, path: Path, docs: Mapping[str, Any], old_ids: Mapping[str, str], is_corpus: bool) -> str:
        """The id under which ``path`` is indexed: its earlier id, else its own, else ``<id>-2``, ``<id>-3`` ….

        Two files with one name from different folders are two documents: the second no longer
        replaces the first.
        """
        resolved = str(path.resolve())
        if is_corpus:  # one folder, so file stems are unique; the checkout may have moved since
            return doc_id
        if resolved in old_ids:
            return old_ids[resolved]
        taken = {d for d, r in docs.items() if r.get("path") != resolved} | set(old_ids.values())
        if doc_id not in taken:
            return doc_id
        n = 2
        while f"{doc_id}-{n}" in taken:
            n += 1
        return f"{doc_id}-{n}"

    def _window_owners(self) -> dict[str, str]:
        """Window id -> chunk id for every vector in the store."""
        coll = self.collection()
        out: dict[str, str] = {}
        offset, page = 0, 5000
        while True:
            got = coll.get(include=["metadatas"], limit=page, offset=offset)
            for wid, meta in zip(got["ids"], got["metadatas"], strict=True):
                out[str(wid)] = str((meta or {}).get("chunk_id"))
            if len(got["ids"]) < page:
                return out
            offset += page

    def _incomplete_docs(self, docs: Mapping[str, Any], chunks: Mapping[str, Chunk]) -> list[str]:
        """Documents whose passages or vectors an interrupted sync left incomplete."""
        have = set(self._window_owners().values())
        return [d for d, r in docs.items() if not all(cid in chunks and cid in have for cid in r["chunk_ids"])]

    def _drop_orphans(self, docs: Mapping[str, Any], chunks: Mapping[str, Chunk]) -> dict[str, Chunk]:
        """Delete passages and vectors that no record owns (left by an interrupted sync)."""
        owned = {cid for r in docs.values() for cid in r["chunk_ids"]}
        stray = [wid for wid, cid in self._window_owners().items() if cid not in owned]
        for start in range(0, len(stray), 1000):
            self.collection().delete(ids=stray[start : start + 1000])
        return {cid: c for cid, c in chunks.items() if cid in owned}

    def _reset(self) -> None:
        """Empty the index for a rebuild, also when its files are damaged (records.json is kept
        until the new one replaces it, so a rebuild killed midway still knows the user's documents)."""
        self._collection = None
        self._chunks = None
        self._bm25 = None
        self._analyzer = None
        if self.remote is not None:
            self.remote.reset()
        elif (self.dir / "chroma").exists():
            try:
                # Chroma keeps one client per path in the process: drop the collection through it
                # rather than deleting files under an open database.
                client = self._client()
                if COLLECTION in [c if isinstance(c, str) else c.name for c in client.list_collections()]:
                    client.delete_collection(COLLECTION)
            except Exception:  # a damaged store cannot be opened: forget this path's client, remove its files
                from chromadb.api.shared_system_client import SharedSystemClient

                ident = str(self.dir / "chroma")
                system = SharedSystemClient._identifier_to_system.pop(ident, None)
                SharedSystemClient._identifier_to_refcount.pop(ident, None)
                if system is not None:
                    with contextlib.suppress(Exception):
                        system.stop()
                shutil.rmtree(self.dir / "chroma", ignore_errors=True)
        for name in ("bm25", "chunks.jsonl"):
            target = self.dir / name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()

    def _load_chunk_file(self) -> Iterable[tuple[str, Chunk]]:
        try:
            return self.chunks().items()
        except IndexError_:
            return []

    def _delete_ids(self, ids: list[str]) -> None:
        """Delete the vectors (sentence windows) of these chunks."""
        if ids:
            self.collection().delete(where={"chunk_id": {"$in": list(ids)}})

    def _embed_and_add(self, chunks: list[Chunk], progress: bool) -> None:
        from tqdm import tqdm

        coll = self.collection()
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


__all__ = ["Index", "IndexError_", "SyncReport"]
