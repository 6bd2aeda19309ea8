"""The index's passages and records in a Chroma server (``PLANVIS_CHROMA_URL``), shared by many processes.

Three collections on the server hold everything a serving process needs:

    planvis          the sentence-window vectors (as in the embedded store)
    planvis_chunks   every passage as JSON, so BM25 and citations can be rebuilt anywhere
    planvis_records  one entry: the ingest record (documents, hashes, chunk ids) and a generation stamp

Each process keeps a local cache (``<data_dir>/index/remote/<host>_<port>/``: chunks.jsonl, BM25) and
checks the server's generation at most every :data:`REFRESH_S` seconds; when another process has
ingested, it pulls the passages and rebuilds its BM25 index (a second or two for the corpus). Two
ingests at the same moment are not coordinated: run ingest from one place.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

if TYPE_CHECKING:
    from assistant.index import Index

CHUNKS = "planvis_chunks"
RECORDS = "planvis_records"
REFRESH_S = 2.0
_PAGE = 1000
_DUMMY = [1.0]  # these two collections are never queried by vector; Chroma still wants one per entry


class RemoteStore:
    """Records and passages of an :class:`~assistant.index.Index` kept in a Chroma server."""

    def __init__(self, url: str, index: Index) -> None:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            from assistant.index import IndexError_

            raise IndexError_(f"PLANVIS_CHROMA_URL={url!r} is not a URL like http://127.0.0.1:8000")
        self.url = url
        self.host = parsed.hostname
        self.ssl = parsed.scheme == "https"
        self.port = parsed.port or (443 if self.ssl else 8000)
        self.index = index
        self.cache_dir: Path = index.settings.index_dir / "remote" / f"{self.host}_{self.port}"
        self._client: Any = None
        self._checked = 0.0

    def client(self) -> Any:
        if self._client is None:
            import chromadb
            from chromadb.config import Settings as ChromaSettings

            from assistant.index import IndexError_

            try:
                self._client = chromadb.HttpClient(
                    host=self.host, port=self.port, ssl=self.ssl, settings=ChromaSettings(anonymized_telemetry=False)
                )
                self._client.heartbeat()
            except Exception as exc:  # connection refused, DNS, TLS: one line naming the URL
                self._client = None
                first = str(exc).strip().splitlines()[0][:120] if str(exc).strip() else type(exc).__name__
                raise IndexError_(f"Chroma server at {self.url} does not answer ({first}): start it or fix PLANVIS_CHROMA_URL") from exc
        return self._client

    def _coll(self, name: str) -> Any:
        return self.client().get_or_create_collection(name, embedding_function=None)

    # ---- records -------------------------------------------------------------------------
    def records(self) -> dict[str, Any]:
        from assistant.index import check_records, damaged

        got = self._coll(RECORDS).get(ids=["records"], include=["documents"])
        if not got["ids"]:
            return {"embedder": None, "chunker": None, "docs": {}}
        try:
            records = json.loads(got["documents"][0])
        except (TypeError, json.JSONDecodeError) as exc:
            raise damaged(self.url, "ingest record unreadable", exc) from exc
        check_records(records, self.url)
        return records

    def write_records(self, records: Any) -> None:
        stamped = {**records, "generation": uuid.uuid4().hex}
        self._coll(RECORDS).upsert(ids=["records"], documents=[json.dumps(stamped, ensure_ascii=False)], embeddings=[_DUMMY])
        self._write_local_generation(stamped["generation"])

    # ---- passages ------------------------------------------------------------------------
    def write_chunks(self, chunks: dict[str, Any]) -> None:
        """Make the server's passages equal ``chunks`` (ids carry a content digest: same id, same text)."""
        from assistant.index import chunk_to_json

        coll = self._coll(CHUNKS)
        have = set(self._all_ids(coll))
        stale = [cid for cid in have if cid not in chunks]
        for start in range(0, len(stale), _PAGE):
            coll.delete(ids=stale[start : start + _PAGE])
        new = [cid for cid in chunks if cid not in have]
        for start in range(0, len(new), _PAGE):
            part = new[start : start + _PAGE]
            coll.upsert(
                ids=part,
                documents=[json.dumps(chunk_to_json(chunks[cid]), ensure_ascii=False) for cid in part],
                embeddings=[_DUMMY] * len(part),
            )

    @staticmethod
    def _all_ids(coll: Any) -> list[str]:
        out: list[str] = []
        while True:
            got = coll.get(include=[], limit=_PAGE, offset=len(out))
            out.extend(str(i) for i in got["ids"])
            if len(got["ids"]) < _PAGE:
                return out

    def _pull_chunks(self) -> dict[str, Any]:
        from assistant.index import chunk_from_json

        coll = self._coll(CHUNKS)
        out: dict[str, Any] = {}
        offset = 0
        while True:
            got = coll.get(include=["documents"], limit=_PAGE, offset=offset)
            for doc in got["documents"]:
                chunk = chunk_from_json(json.loads(doc))
                out[chunk.id] = chunk
            if len(got["ids"]) < _PAGE:
                return out
            offset += _PAGE

    # ---- the local cache -----------------------------------------------------------------
    @property
    def _generation_path(self) -> Path:
        return self.cache_dir / "generation"

    def _write_local_generation(self, generation: str) -> None:
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._generation_path.write_text(generation, encoding="utf-8")

    def refresh(self, force: bool = False) -> bool:
        """Pull the passages and rebuild BM25 if another process ingested since; True if it did."""
        now = time.monotonic()
        if not force and now - self._checked < REFRESH_S:
            return False
        self._checked = now
        remote = self.records().get("generation")
        local = self._generation_path.read_text(encoding="utf-8") if self._generation_path.exists() else None
        if remote is None or remote == local:
            return False
        chunks = self._pull_chunks()
        idx = self.index
        idx._write_chunks(chunks, push=False)
        idx._build_bm25(chunks)
        self._write_local_generation(remote)
        return True

    def reset(self) -> None:
        client = self.client()
        names = [c if isinstance(c, str) else c.name for c in client.list_collections()]
        from assistant.index import COLLECTION

        for name in (COLLECTION, CHUNKS, RECORDS):
            if name in names:
                client.delete_collection(name)
        self._generation_path.unlink(missing_ok=True)
