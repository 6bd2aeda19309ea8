"""assistant.sentence_store: sentence vectors persisted next to the index, keyed on model and text."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import numpy as np

from assistant.sentence_store import SentenceVectors, candidate_sentences, fill
from assistant.tables import row_texts
from assistant.types import Chunk


class CountingEmbedder:
    name = "fake:counting"

    def __init__(self) -> None:
        self.embedded: list[str] = []

    def embed_passages(self, texts):
        self.embedded.extend(texts)
        return [[float(len(t)), 1.0, 0.0] for t in texts]


def _index(tmp_path: Path, texts: dict[str, str], embedder: CountingEmbedder) -> SimpleNamespace:
    chunks = {cid: Chunk(id=cid, text=t, doc_id="d", title="t") for cid, t in texts.items()}
    return SimpleNamespace(dir=tmp_path, embedder=embedder, chunks=lambda: chunks)


def test_vectors_are_stored_and_read_back_without_embedding_again(tmp_path: Path) -> None:
    first = CountingEmbedder()
    store = SentenceVectors(_index(tmp_path, {}, first))
    sims = store.similarities([0.0, 1.0, 0.0], ["Fagstigen består av fire trinn.", "Den er ny."])
    assert sims == [1.0, 1.0] and len(first.embedded) == 2
    again = CountingEmbedder()
    other = SentenceVectors(_index(tmp_path, {}, again))  # a new process over the same index
    assert np.allclose(other.vectors(["Den er ny."])[0], [10.0, 1.0, 0.0]) and again.embedded == []


def test_fill_embeds_what_is_new_and_drops_what_no_passage_has(tmp_path: Path) -> None:
    emb = CountingEmbedder()
    index = _index(tmp_path, {"c1": "Fagstigen består av fire trinn. Den er ny."}, emb)
    rows = len(row_texts())  # the curated table rows a question naming a table is matched against
    assert rows > 100
    assert fill(index) == (2 + rows, 0)
    assert fill(index) == (0, 0) and len(emb.embedded) == 2 + rows  # nothing new: nothing embedded
    changed = _index(tmp_path, {"c1": "Fagstigen består av fem trinn. Den er ny."}, CountingEmbedder())
    assert fill(changed) == (1, 1)  # the changed sentence only


def test_candidate_sentences_are_the_ranking_quotes() -> None:
    chunk = Chunk(id="c", text="Planen gjelder\nalle ledere. Det koster 500 kroner.14", doc_id="d", title="t")
    got = candidate_sentences(chunk)
    assert "Planen gjelder alle ledere." in got and "Det koster 500 kroner." in got


def test_an_unwritable_index_dir_still_gives_vectors(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    store = SentenceVectors(_index(blocker / "index", {}, CountingEmbedder()))  # its parent is a file
    assert store.similarities([1.0, 0.0, 0.0], ["Kort setning her."]) == [17.0]

