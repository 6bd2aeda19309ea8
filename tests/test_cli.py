"""The CLI, invoked as a user would (in process): JSON shapes, batch mode, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json_shape(capsys, corpus_index) -> None:
    code, out, _ = _run(capsys, "search", "--json", "-k", "3", "Hva gjorde Sørum med Fagstigen?")
    assert code == 0
    obj = json.loads(out)
    assert obj["query"] == "Hva gjorde Sørum med Fagstigen?" and len(obj["hits"]) == 3
    first = obj["hits"][0]
    assert set(first) == {"rank", "doc_id", "title", "section", "page", "text", "score"}
    assert first["rank"] == 1 and "Fagstigen" in first["text"]
    assert isinstance(first["page"], int) and " > " in first["section"]


def test_search_batch(capsys, corpus_index, tmp_path: Path) -> None:
    batch = tmp_path / "q.txt"
    batch.write_text("Hva er Fagstigen?\n\nHvilke evalueringsnivåer finnes?\n", encoding="utf-8")
    code, out, _ = _run(capsys, "search", "--batch", str(batch), "--json", "-k", "2")
    lines = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [o["query"] for o in lines] == ["Hva er Fagstigen?", "Hvilke evalueringsnivåer finnes?"]
    assert all(len(o["hits"]) == 2 and o["hits"][1]["rank"] == 2 for o in lines)


def test_ask_batch_with_history(capsys, corpus_index, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    rows = [
        {"question": "Og hva med Bærum?", "history": [{"role": "user", "content": "Hvordan jobbet Sørum med lederutvikling?"}]},
        "Hva er lønnen til en sykepleier i Oslo i 2024?",
    ]
    batch.write_text("\n".join(json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in rows), encoding="utf-8")
    code, out, _ = _run(capsys, "ask", "--batch", str(batch), "--json", "--engine", "extractive")
    first, second = (json.loads(line) for line in out.splitlines())
    assert code == 0
    assert set(first) >= {"question", "answer", "refused", "citations", "engine", "latency_s"}
    assert not first["refused"] and first["citations"][0]["quote"] and first["citations"][0]["year"] == 2010
    assert set(first["citations"][0]) >= {"n", "doc_id", "title", "section", "page", "year", "quote"}
    assert second["refused"] and "[" not in second["answer"] and second["citations"]


def test_ask_batch_rejects_malformed_lines(capsys, corpus_index, tmp_path: Path) -> None:
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"question": 5}\n{"question": "Hva er Fagstigen?", "history": "Sørum"}\nHva er Fagstigen?\n', encoding="utf-8")
    code, out, err = _run(capsys, "ask", "--batch", str(batch), "--json", "--engine", "extractive")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 3  # every line got an answer or an error object
    assert [r["line"] for r in rows] == [1, 2, 3]
    assert '"question"' in rows[0]["error"] and '"history"' in rows[1]["error"]
    assert not rows[2]["refused"] and "Fagstigen" in rows[2]["answer"]  # the good line is still answered
    assert err.strip().splitlines()[0].startswith("planvis: line 1: ") and len(err.strip().splitlines()) == 2


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("", "empty question"),
        ("\x00\x07\x1b", "empty question"),
        ("a\x07b", "has no word to search for"),  # was answered with a random footnote
        ("?? 12", "has no word to search for"),
    ],
)
def test_bad_questions_give_one_line(capsys, corpus_index, question: str, expected: str) -> None:
    code, out, err = _run(capsys, "ask", question) if question else _run(capsys, "ask", "--json", " ")
    assert code == 2 and expected in err and err.count("\n") == 1 and not out


def test_very_long_question_is_answered(capsys, corpus_index) -> None:
    code, out, err = _run(capsys, "ask", "--json", "Hva er Fagstigen? " * 600)
    assert code == 0 and "first 2000" in err
    assert json.loads(out)["answer"]


def test_ingest_reports_bad_files_and_exits_non_zero(capsys, tmp_path: Path) -> None:
    good = tmp_path / "notat.txt"
    good.write_text("Vi trenger flere sykepleiere med videreutdanning.", encoding="utf-8")
    empty = tmp_path / "tom.txt"
    empty.write_text("", encoding="utf-8")
    code, out, err = _run(capsys, "--data-dir", str(tmp_path / "data"), "ingest", str(good), str(empty), str(tmp_path / "finnes-ikke.pdf"))
    assert code == 1
    assert "tom.txt: file is empty" in err and "finnes-ikke.pdf: no such file" in err
    assert "1 lagt til" in out


def test_json_commands_write_only_json_to_stdout(capfd, monkeypatch, tmp_path: Path, corpus_index) -> None:
    """--json (and --batch) output is parseable as it stands: notices, progress and errors go to stderr,
    also while the index is built on first use and when an LLM falls back (capfd sees native writes too)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "alfa-plan.txt").write_text("1. TILTAK\n\nFagstigen gir hjelpepleiere i Alfa fire trinn mot klinisk godkjenning.\n", encoding="utf-8")
    (corpus / "tom.txt").write_text("", encoding="utf-8")  # a bad file: its error line must not reach stdout
    monkeypatch.setenv("PLANVIS_CORPUS_DIR", str(corpus))
    monkeypatch.setenv("PLANVIS_LLM_BASE_URL", "http://127.0.0.1:9/v1")  # nothing listens: the openai engine falls back
    monkeypatch.setenv("PLANVIS_LLM_TIMEOUT_S", "3")
    batch = tmp_path / "q.txt"
    batch.write_text("Hva er Fagstigen?\n\x07\n", encoding="utf-8")
    data = str(tmp_path / "data")
    runs = [
        ["sources", "--json"],  # builds the index first (a notice and the bad file on stderr)
        ["search", "--json", "-k", "2", "Hva er Fagstigen?"],
        ["search", "--batch", str(batch), "-k", "1"],
        ["ask", "--json", "Hva er Fagstigen?"],
        ["ask", "--json", "--engine", "openai", "Hva er Fagstigen?"],
        ["ask", "--batch", str(batch), "--json"],
    ]
    for args in runs:
        code = main(["--data-dir", data, *args])
        out, err = capfd.readouterr()
        if "--batch" in args:
            rows = [json.loads(line) for line in out.splitlines()]
            assert rows and all(isinstance(r, dict) for r in rows), out
        else:
            assert isinstance(json.loads(out), (dict, list)), out
        assert code == 0, (args, err)
        if args[0] == "sources":
            assert "building it" in err and "tom.txt: file is empty" in err
        if "openai" in args:
            assert "fallback to extractive" in json.dumps(json.loads(out)["notes"])
