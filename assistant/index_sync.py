"""How :class:`assistant.index.Index` syncs files into itself, and the errors and reports it gives.

Split from ``index.py`` (which keeps opening, reading and searching). A sync marks
``ingest.incomplete`` before its first change and clears it after the record is written; the next
sync after a kill re-indexes each document whose passages or vectors are incomplete and deletes
vectors no record owns. User documents get a unique id, so two uploads called ``notat.txt`` from
different folders are two documents. One bad file is one line in :attr:`SyncReport.failed`.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import time
import traceback
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.chunking import chunk_document
from assistant.loaders import SUPPORTED, LoadError, load_file, read_manifest
from assistant.types import Chunk


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


class Syncing:
    """The writing half of :class:`~assistant.index.Index` (a mixin: it uses the index's own attributes)."""

    # provided by Index
    settings: Any
    dir: Path
    remote: Any
    embedder: Any
    _collection: Any
    _wcache: dict[str, Any]
    _chunks: Any
    _bm25: Any
    _analyzer: Any

    if TYPE_CHECKING:  # the rest of Index that the sync calls

        def records(self) -> dict[str, Any]: ...
        def exists(self) -> bool: ...
        def collection(self) -> Any: ...
        def _client(self) -> Any: ...
        def _load_chunk_file(self) -> Iterable[tuple[str, Chunk]]: ...
        def _delete_ids(self, ids: list[str]) -> None: ...
        def _embed_and_add(self, chunks: list[Chunk], progress: bool) -> None: ...
        def _write_chunks(self, chunks: Mapping[str, Chunk], push: bool = True) -> None: ...
        def _build_bm25(self, chunks: Mapping[str, Chunk]) -> None: ...
        def _write_records(self, records: Mapping[str, Any]) -> None: ...

    @property
    def incomplete_path(self) -> Path:
        return self.dir / "ingest.incomplete"

    def _sync(self, paths: list[Path], origin: str, remove_missing: bool, rebuild: bool, progress: bool) -> SyncReport:
        from assistant.index import CHUNKER_VERSION

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
        if origin == "corpus":
            # The curated tables (corpus/tables.toml) must match what is indexed; a mismatch fails
            # the ingest with one line but keeps everything indexed above.
            from assistant.tables import TablesError, check_tables, tables_path

            try:
                check_tables(chunks)
            except TablesError as exc:
                report.failed.append(f"{tables_path()}: {exc}")
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
        self._wcache.clear()
        for start in range(0, len(stray), 1000):
            self.collection().delete(ids=stray[start : start + 1000])
        return {cid: c for cid, c in chunks.items() if cid in owned}

    def _reset(self) -> None:
        """Empty the index for a rebuild, also when its files are damaged (records.json is kept
        until the new one replaces it, so a rebuild killed midway still knows the user's documents)."""
        from assistant.index import COLLECTION

        self._collection = None
        self._wcache.clear()
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
