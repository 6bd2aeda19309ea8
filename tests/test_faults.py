"""Faults: an LLM endpoint that is down, slow or returns garbage; an ingest killed midway; a damaged index."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servers import fake_llm_server, free_port

from assistant.answer import Assistant
from assistant.chunking import chunk_document, windows
from assistant.cli import main
from assistant.index import Index
from assistant.llm_faults import NOTICES
from assistant.loaders import load_file, read_manifest
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "fixtures" / "small-corpus"
QUESTION = "Hva er Fagstigen i Sørum?"
TIMEOUT_S = 3.0
TINY = {
    "alfa-plan.txt": "1. TILTAK\n\nFagstigen gir hjelpepleiere i Alfa fire trinn mot klinisk godkjenning.\n",
    "beta-plan.md": "# Beta\n\n## Evaluering\n\nTiltakene i Beta evalueres på fire nivåer: reaksjoner, læring, anvendelse og nytte.\n",
}


# ---- the LLM endpoint ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("mode", "kind"),
    [("down", "down"), ("slow", "slow"), ("trickle", "slow"), ("error", "error"), ("garbage", None), ("reply", "fallback")],
)
def test_llm_fault_gives_a_true_notice_and_the_extractive_answer_in_time(corpus_settings, corpus_index, mode: str, kind: str | None) -> None:
    reference = Assistant(corpus_settings, corpus_index).ask(QUESTION, engine="extractive")
    nonsense = "Blå elefanter danser tango på månen hver tirsdag [1]."
    with fake_llm_server(mode if mode != "down" else "reply", reply=nonsense) as url:
        if mode == "down":
            url = f"http://127.0.0.1:{free_port()}/v1"
        settings = corpus_settings.model_copy(update={"llm_base_url": url, "llm_timeout_s": TIMEOUT_S})
        started = time.monotonic()
        answer = Assistant(settings, corpus_index).ask(QUESTION, engine="openai")
        took = time.monotonic() - started
    assert took < TIMEOUT_S + 2.0, f"{mode}: fallback after {took:.1f} s"
    assert answer.engine == "openai" and not answer.refused and answer.citations
    first, rest = answer.text.split("\n", 1)
    if kind is None:  # an unreadable stream is reported as unreadable or as an error, depending on the client
        assert first in (NOTICES["nb"]["garbage"], NOTICES["nb"]["error"]), first
    elif kind == "fallback":  # the model answered, but nothing it said was supported
        assert first == "Språkmodellens svar kunne ikke kontrolleres mot kildene, så her er sitatene."
        assert "elefanter" not in answer.text
    else:
        assert first == NOTICES["nb"][kind], first
    assert rest.strip() == reference.text.strip()  # the same quotes the extractive engine gives
    assert any(n.startswith("fallback to extractive") for n in answer.notes), answer.notes


# ---- an ingest killed midway -----------------------------------------------------------------
def _expected(corpus: Path) -> tuple[set[str], set[str]]:
    """Chunk ids and window ids a clean ingest of ``corpus`` stores (chunking needs no embedding)."""
    manifest = read_manifest(corpus)
    chunks = [c for p in sorted(corpus.glob("*.txt")) for c in chunk_document(load_file(p, manifest))]
    return {c.id for c in chunks}, {f"{c.id}#w{i}" for c in chunks for i, _ in enumerate(windows(c))}


def _env(data: Path, corpus: Path) -> dict[str, str]:
    return {**os.environ, "PLANVIS_DATA_DIR": str(data), "PLANVIS_CORPUS_DIR": str(corpus), "PYTHONUNBUFFERED": "1"}


@pytest.mark.slow
def test_ingest_killed_midway_is_finished_by_the_next_ingest(capsys, tmp_path: Path, corpus_index) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SMALL, corpus)
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant.cli", "ingest", "--quiet"], cwd=ROOT, env=_env(data, corpus),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    sqlite = data / "index" / "chroma" / "chroma.sqlite3"
    deadline = time.monotonic() + 120
    while not sqlite.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # into the embedding of the first document
    assert proc.poll() is None, "ingest finished before it could be killed: the fixture is too small"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert (data / "index" / "ingest.incomplete").exists() and not (data / "index" / "records.json").exists()

    # `planvis ingest` again (in this process, whose embedder is loaded: the model load is not under test)
    settings = load_settings(data_dir=data, corpus_dir=corpus)
    os.environ["PLANVIS_CORPUS_DIR"] = str(corpus)
    try:
        code = main(["--data-dir", str(data), "ingest", "--quiet"])
        _, err = capsys.readouterr()
        assert code == 0, err
        assert "previous ingest was interrupted" in err
        code = main(["--data-dir", str(data), "ingest", "--quiet"])
        again, _ = capsys.readouterr()
    finally:
        del os.environ["PLANVIS_CORPUS_DIR"]
    assert code == 0 and "0 lagt til" in again and "2 uendret" in again, again
    chunk_ids, window_ids = _expected(corpus)
    index = Index.open(settings)
    index.check()
    assert set(index.chunks()) == chunk_ids
    stored = index.collection().get(include=[])["ids"]
    assert len(stored) == len(set(stored)) == len(window_ids) and set(stored) == window_ids  # none twice, none missing
    assert not (data / "index" / "ingest.incomplete").exists()


# ---- a damaged index directory ---------------------------------------------------------------
@pytest.fixture(scope="module")
def small_index(tmp_path_factory, corpus_index) -> Path:
    """A data dir with the small corpus indexed, a user upload, and the state a rebuild must keep."""
    base = tmp_path_factory.mktemp("small")
    data = base / "data"
    (data / "uploads" / "kari").mkdir(parents=True)
    upload = data / "uploads" / "kari" / "notat.txt"
    upload.write_text("Vår kommune mangler sykepleiere med videreutdanning i demens.", encoding="utf-8")
    (data / "plans.sqlite").write_bytes(b"SQLite format 3\x00 pretend plan store")
    (data / "feedback.jsonl").write_text('{"rating": 1}\n', encoding="utf-8")
    corpus = base / "corpus"  # two one-passage documents: a rebuild takes a second, not a minute
    corpus.mkdir()
    for name, text in TINY.items():
        (corpus / name).write_text(text, encoding="utf-8")
    settings = load_settings(data_dir=data, corpus_dir=corpus)
    index = Index.open(settings, embedder=corpus_index.embedder)
    assert index.sync_corpus(progress=False).ok
    assert index.add_paths([upload], progress=False).added == ["notat"]
    return data


def _damage(index_dir: Path, how: str) -> None:
    if how == "records":
        (index_dir / "records.json").write_text('{"docs": {"x": ', encoding="utf-8")
    elif how == "chunks":
        with (index_dir / "chunks.jsonl").open("a", encoding="utf-8") as fh:
            fh.write('{"id": "half a line\n')
    elif how == "bm25":
        for f in (index_dir / "bm25").glob("*.npy"):
            f.write_bytes(b"not numpy")
    elif how == "chroma-file":
        (index_dir / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    elif how == "chroma-gone":
        shutil.rmtree(index_dir / "chroma")


@pytest.mark.slow
@pytest.mark.parametrize("how", ["records", "chunks", "bm25", "chroma-file", "chroma-gone"])
def test_damaged_index_is_named_at_start_and_rebuild_recovers(capsys, small_index: Path, tmp_path: Path, how: str) -> None:
    data = tmp_path / "data"
    shutil.copytree(small_index, data)
    # the upload's record points at the original data dir; a real data dir is not copied
    kept = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file() and "index" not in p.parts}
    _damage(data / "index", how)
    env = {"PLANVIS_CORPUS_DIR": str(small_index.parent / "corpus")}
    os.environ.update(env)
    try:
        code = main(["--data-dir", str(data), "search", "--json", "Fagstigen"])
        out, err = capsys.readouterr()
        assert code == 2 and not out and err.count("\n") == 1, err
        assert "is damaged" in err and "`planvis ingest --rebuild`" in err, err
        code = main(["--data-dir", str(data), "ingest", "--rebuild", "--quiet"])
        out, err = capsys.readouterr()
        assert code == 0, err
        code = main(["--data-dir", str(data), "search", "--json", "-k", "1", "demens videreutdanning"])
        out, err = capsys.readouterr()
    finally:
        for key in env:
            del os.environ[key]
    assert code == 0, err
    assert json.loads(out)["hits"][0]["doc_id"] == "notat"  # the user's upload is indexed again
    index = Index.open(load_settings(data_dir=data, corpus_dir=small_index.parent / "corpus"))
    index.check()
    assert {r["doc_id"] for r in index.sources()} == {"notat", "alfa-plan", "beta-plan"}
    assert {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file() and "index" not in p.parts and "logs" not in p.parts} == kept


def test_a_remove_killed_midway_is_detected_and_finished_by_the_next_sync(small_index: Path, tmp_path: Path, corpus_index) -> None:
    """Index.remove marks the index as ingest does; a crash after the vectors went is repaired."""
    data = tmp_path / "data"
    shutil.copytree(small_index, data)
    settings = load_settings(data_dir=data, corpus_dir=small_index.parent / "corpus")
    index = Index.open(settings, embedder=corpus_index.embedder)
    assert index.remove(["finnes-ikke"]).failed and not index.incomplete_path.exists()  # nothing changed: no mark

    def killed(_chunks: object) -> None:
        raise KeyboardInterrupt("killed")  # after the vectors and the passage file are changed

    index._build_bm25 = killed  # type: ignore[method-assign]
    with pytest.raises(KeyboardInterrupt):
        index.remove(["notat"])
    assert index.incomplete_path.exists()
    again = Index.open(settings, embedder=corpus_index.embedder)
    report = again.sync_corpus(progress=False)
    assert any("interrupted" in n for n in report.notices), report.notices
    again.check()  # records, passages, BM25 and vectors agree again
    assert not again.incomplete_path.exists()
    # the upload's file is still there (the UI deletes it only after the index), so it is whole again
    assert "notat" in {r["doc_id"] for r in again.sources()}
    assert any(cid.startswith("notat") for cid, _ in again.dense_search("demens videreutdanning sykepleiere", 3))
    assert again.remove(["notat"]).removed == ["notat"] and not again.incomplete_path.exists()
    assert "notat" not in {r["doc_id"] for r in Index.open(settings, embedder=corpus_index.embedder).sources()}
