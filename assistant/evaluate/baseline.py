"""The naive LangChain baseline of ``--compare``: the only place that imports chromadb and LangChain itself."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from assistant.types import Chunk, Hit


class BaselineRetriever:
    """What a newcomer builds with LangChain: RecursiveCharacterTextSplitter(1000, 200) over the raw
    corpus texts, all-MiniLM-L6-v2 embeddings, a Chroma store in a temporary directory and plain
    similarity search. LangChain documents become our :class:`Chunk`/:class:`Hit` at this edge."""

    ANSWER_K = 4  # the newcomer's retriever: top-4 similarity

    def __init__(self, settings: Any, persist_dir: str | Path) -> None:
        import chromadb
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from assistant.embeddings import LangChainEmbeddings, make_embedder
        from assistant.loaders import SUPPORTED, load_file, read_manifest

        started = time.perf_counter()
        docs: list[Document] = []
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        corpus = Path(settings.corpus_dir)
        manifest = read_manifest(corpus)
        for path in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED):
            if path.suffix.lower() in (".txt", ".md"):
                text = path.read_text(encoding="utf-8", errors="replace")
            else:  # PDF/DOCX: the newcomer would use a loader; ours gives the same raw text
                text = load_file(path, manifest, []).text
            docs.extend(splitter.create_documents([text], metadatas=[{"source": path.name}]))
        self.chunks = [
            Chunk(id=f"baseline-{i}", text=d.page_content, doc_id=Path(d.metadata["source"]).stem, title=d.metadata["source"])
            for i, d in enumerate(docs)
        ]
        self._by_id = {c.id: c for c in self.chunks}
        self.store = Chroma(
            collection_name="baseline",
            embedding_function=LangChainEmbeddings(make_embedder("st:minilm")),
            persist_directory=str(persist_dir),
            client_settings=chromadb.config.Settings(anonymized_telemetry=False, is_persistent=True, persist_directory=str(persist_dir)),
        )
        for start in range(0, len(docs), 64):
            part = docs[start : start + 64]
            self.store.add_documents(part, ids=[c.id for c in self.chunks[start : start + 64]])
        self.build_s = time.perf_counter() - started

    def search(self, query: str, k: int | None = None, filters: Any = None) -> list[Hit]:
        k = k or self.ANSWER_K
        found = self.store.similarity_search_with_score(query, k=k)
        hits = []
        for rank, (doc, distance) in enumerate(found, start=1):
            chunk = self._by_id.get(str(doc.id)) or Chunk(
                id=str(doc.id), text=doc.page_content, doc_id=str(doc.metadata.get("source")), title=str(doc.metadata.get("source"))
            )
            hits.append(Hit(chunk=chunk, rank=rank, score=-float(distance)))
        return hits
