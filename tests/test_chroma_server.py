"""PLANVIS_CHROMA_URL: passages in a real Chroma server (`chroma run`), shared by several processes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from servers import start_chroma_server

from assistant.answer import Assistant
from assistant.index import Index, IndexError_
from assistant.index_remote import REFRESH_S
from assistant.retrieve import Retriever
from assistant.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "fixtures" / "small-corpus"


@pytest.mark.integration
@pytest.mark.slow
def test_ingest_search_and_ask_through_a_chroma_server(tmp_path: Path, corpus_index) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SMALL, corpus)
    with start_chroma_server(tmp_path / "chroma-server") as (_proc, url):
        # process A ingests; it keeps no vector store of its own
        a = Index.open(load_settings(data_dir=tmp_path / "a", corpus_dir=corpus, chroma_url=url), embedder=corpus_index.embedder)
        assert not a.exists()
        report = a.sync_corpus(progress=False)
        assert sorted(report.added) == ["baerum-skup-2010-2013", "halden-kompetanseplan-2010-2012"] and report.ok
        a.check()
        assert not (tmp_path / "a" / "index" / "chroma").exists()

        # process B (its own data dir, nothing ingested there) builds BM25 and passages from the server
        b_settings = load_settings(data_dir=tmp_path / "b", corpus_dir=corpus, chroma_url=url)
        b = Index.open(b_settings, embedder=corpus_index.embedder)
        assert b.exists() and set(b.chunks()) == set(a.chunks())
        b.check()
        hits = Retriever(b, b_settings).search("Når skal Halden evaluere kompetanseplanen?", k=3)
        assert hits[0].chunk.doc_id == "halden-kompetanseplan-2010-2012" and "evalueres" in hits[0].chunk.text
        answer = Assistant(b_settings, b).ask("Når skal Halden evaluere kompetanseplanen?", engine="extractive")
        assert not answer.refused and "2012" in answer.text and answer.citations[0].chunk.doc_id.startswith("halden")

        # an ingest by A reaches B (after at most REFRESH_S) and a fresh CLI process
        note = tmp_path / "uploads" / "notat.txt"
        note.parent.mkdir()
        note.write_text("Vår kommune mangler sykepleiere med videreutdanning i demensomsorg.", encoding="utf-8")
        assert a.add_paths([note], progress=False).added == ["notat"]
        time.sleep(REFRESH_S + 0.1)
        assert Retriever(b, b_settings).search("demensomsorg videreutdanning", k=1)[0].chunk.doc_id == "notat"
        env = {**os.environ, "PLANVIS_DATA_DIR": str(tmp_path / "c"), "PLANVIS_CORPUS_DIR": str(corpus), "PLANVIS_CHROMA_URL": url}
        done = subprocess.run(
            [sys.executable, "-m", "assistant.cli", "ask", "--json", "Hva mangler kommunen innen demensomsorg?"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )
        assert done.returncode == 0, done.stderr
        got = json.loads(done.stdout)
        assert any(c["doc_id"] == "notat" for c in got["citations"]), got
        sources = subprocess.run([sys.executable, "-m", "assistant.cli", "sources", "--json"], cwd=ROOT, env=env,
                                 capture_output=True, text=True, timeout=300)
        assert {r["doc_id"] for r in json.loads(sources.stdout)} == {"notat", "baerum-skup-2010-2013", "halden-kompetanseplan-2010-2012"}

    # the server is gone: one line naming the URL
    c = Index.open(load_settings(data_dir=tmp_path / "c", chroma_url=url))
    with pytest.raises(IndexError_, match=rf"Chroma server at {url} does not answer"):
        c.exists()
