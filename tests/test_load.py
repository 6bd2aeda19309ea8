"""evals/load.py against a real ``planvis serve`` subprocess (real index copy, extractive engine).

One server per module; the full run (20 users, 200 questions) is ``make bench``.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.slow, pytest.mark.integration]


def _load_module():
    spec = importlib.util.spec_from_file_location("planvis_load", ROOT / "evals" / "load.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["planvis_load"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


load = _load_module()


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_settings):
    """``planvis serve`` with login off over a copy of the real index (the server may write beside it)."""
    data = tmp_path_factory.mktemp("load-data")
    shutil.copytree(corpus_settings.index_dir, data / "index")
    env = {"PLANVIS_DATA_DIR": str(data), "PLANVIS_AUTH": "", "PLANVIS_ENGINE": "extractive"}
    with load.serve(env, timeout_s=240) as (proc, url):
        yield proc, url


def test_three_users_nine_questions_without_errors(server, capfd) -> None:
    proc, url = server
    rc = load.main(["--url", url, "--users", "3", "--questions", "9", "--pid", str(proc.pid), "--json", "--deadline", "300"])
    out, err = capfd.readouterr()
    summary = json.loads(out)  # stdout holds the one JSON object and nothing else
    assert rc == 0, err
    assert summary["errors"] == 0 and summary["n"] == 9 and summary["answered"] == 9, summary["error_messages"]
    assert 0 < summary["p50_s"] <= summary["p95_s"] <= summary["max_s"]
    assert summary["peak_rss_mb"] > 100  # the server with its embedding model, read from /proc/PID/status


def test_ask_endpoint_answers_from_the_sources(server) -> None:
    from gradio_client import Client

    _proc, url = server
    client = Client(url, verbose=False, download_files=False)
    outputs = client.predict("Hvordan jobbet Sørum for å få hjelpepleiere til å spesialisere seg?", [], "extractive", api_name="/ask")
    assert "Fagstigen" in load.answer_text(outputs)
    assert "pv-source" in outputs[2]  # the sources panel lists the cited passages


def test_failed_questions_are_counted_and_exit_nonzero(server, capfd) -> None:
    _proc, url = server
    rc = load.main(["--url", url, "--users", "2", "--questions", "2", "--engine", "finnes-ikke", "--json", "--deadline", "120"])
    out, err = capfd.readouterr()
    summary = json.loads(out)
    assert rc == 1 and summary["errors"] == 2 and summary["answered"] == 0 and summary["p50_s"] is None
    assert err.count("error: user") == 2


def test_no_server_is_one_line_after_the_bounded_wait(capfd) -> None:
    rc = load.main(["--url", f"http://127.0.0.1:{load.free_port()}", "--wait", "1", "--json"])
    out, err = capfd.readouterr()
    assert rc == 2 and out == "" and err.startswith("load: http://127.0.0.1:") and "no answer within 1 s" in err


def test_percentile() -> None:
    assert load.percentile([], 0.5) is None
    assert load.percentile([2.0], 0.95) == 2.0
    assert load.percentile([float(i) for i in range(1, 101)], 0.5) == pytest.approx(50.5, abs=0.6)
    assert load.percentile([float(i) for i in range(1, 101)], 0.95) == pytest.approx(95.05, abs=0.6)


def test_the_assistant_answers_the_same_on_several_threads(corpus_settings, corpus_index) -> None:
    """What PLANVIS_UI_CONCURRENCY > 1 relies on: concurrent asks give the sequential answers, no errors.

    A fresh Assistant over a fresh Index (own caches), its query and sentence caches kept just at
    their limit so that nearly every new entry clears them while other threads read them.
    """
    import threading

    from assistant.answer import Assistant
    from assistant.index import Index

    questions = load.load_questions()[:4]
    assert len(questions) == 4
    expected = {q: (a.text, [(c.chunk.id, c.quote) for c in a.citations]) for q in questions for a in [Assistant(corpus_settings, corpus_index).ask(q)]}
    index = Index.open(corpus_settings, embedder=corpus_index.embedder)
    assistant = Assistant(corpus_settings, index)
    index._qcache.update({f"fyll{i}": [0.0] for i in range(257)})  # the next new query clears the cache
    index._scache.update({f"fyll{i}": [0.0] for i in range(20001)})
    got: list[tuple[str, str, list[tuple[str, str]]]] = []
    errors: list[BaseException] = []

    def user(no: int) -> None:
        try:
            for q in questions[no:] + questions[:no]:  # each thread in its own order
                a = assistant.ask(q)
                got.append((q, a.text, [(c.chunk.id, c.quote) for c in a.citations]))
        except BaseException as exc:  # noqa: BLE001 - reported below with the thread's question
            errors.append(exc)

    threads = [threading.Thread(target=user, args=(no,)) for no in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert len(got) == 12
    for q, text, cited in got:
        assert (text, cited) == expected[q], q


def test_chat_questions_share_one_pool_of_the_configured_size(corpus_settings, corpus_assistant) -> None:
    from ui.app import build_app
    from ui.server import set_chat_concurrency
    from ui.services import Services

    blocks = build_app(Services(settings=corpus_settings, assistant=corpus_assistant))
    before = {id(f): (f.concurrency_limit, f.concurrency_id) for f in blocks.fns.values()}
    changed = set_chat_concurrency(blocks, corpus_settings.model_copy(update={"ui_concurrency": 3}).ui_concurrency)
    assert len(changed) == 2  # the Ask button and Enter in the question box
    assert {f.api_name for f in changed} >= {"ask"} and {(f.concurrency_limit, f.concurrency_id) for f in changed} == {(3, "planvis-chat")}
    others = [f for f in blocks.fns.values() if f not in changed]
    assert others and all((f.concurrency_limit, f.concurrency_id) == before[id(f)] for f in others)


def test_ui_concurrency_setting_is_checked(monkeypatch) -> None:
    from assistant.settings import SettingsError, load_settings

    monkeypatch.setenv("PLANVIS_UI_CONCURRENCY", "4")
    assert load_settings().ui_concurrency == 4
    monkeypatch.setenv("PLANVIS_UI_CONCURRENCY", "0")
    with pytest.raises(SettingsError, match="PLANVIS_UI_CONCURRENCY"):
        load_settings()
