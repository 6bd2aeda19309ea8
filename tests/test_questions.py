"""The eval question set is valid: schema, counts, quotes in the corpus, must_include in the quotes."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = PROJECT_ROOT / "evals" / "questions.jsonl"


def _load_checker() -> ModuleType:
    # evals/ is a folder of scripts, not a package: load the checker from its file.
    spec = importlib.util.spec_from_file_location("check_questions", PROJECT_ROOT / "evals" / "check_questions.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


checker = _load_checker()


def _items() -> list[dict]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def _check(tmp_path: Path, items: list[dict]):
    path = tmp_path / "questions.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n", encoding="utf-8")
    return checker.check_questions(path)


def test_real_question_file_passes() -> None:
    result = checker.check_questions(QUESTIONS)
    assert result.ok, "\n".join(result.failures[:30])
    assert result.n_questions >= checker.MIN_TOTAL
    for kind, minimum in checker.MIN_PER_TYPE.items():
        assert result.types[kind] >= minimum, kind
    assert 3 <= result.langs["nn"] <= 5
    assert 3 <= result.langs["en"] <= 5


def test_summary_is_one_line() -> None:
    summary = checker.check_questions(QUESTIONS).summary()
    assert "\n" not in summary and summary.endswith("OK")


# --- the checker catches broken items ------------------------------------------------------


@pytest.fixture
def answerable() -> dict:
    return next(i for i in _items() if i["type"] == "case_fact" and len(i["evidence"]) == 1)


def _failures_for(tmp_path: Path, item: dict) -> list[str]:
    # Count minimums fail on a one-item file; keep only the failures about the item itself.
    result = _check(tmp_path, [item])
    return [f for f in result.failures if f.startswith("line ")]


def test_valid_item_has_no_item_failures(tmp_path: Path, answerable: dict) -> None:
    assert _failures_for(tmp_path, answerable) == []


def test_small_file_fails_the_counts(tmp_path: Path, answerable: dict) -> None:
    result = _check(tmp_path, [answerable])
    assert not result.ok
    assert any(f.startswith("only 1 questions") for f in result.failures)


def test_quote_not_in_corpus(tmp_path: Path, answerable: dict) -> None:
    answerable["evidence"] = ["Denne setningen står ikke i noen av kildene i korpuset, heller ikke omskrevet."]
    assert any("quote not in corpus" in f for f in _failures_for(tmp_path, answerable))


def test_quote_spanning_a_page_break(tmp_path: Path, answerable: dict) -> None:
    # Report lines 3666-3667: the second line starts a new page.
    answerable["evidence"] = ["god bruk av ledelsesressursene gjennom arbeidstidsordninger, turnuser"]
    answerable["must_include"] = ["turnuser"]
    answerable["sources"] = ["ks-asplan-fafo-2010-strategisk-kompetansestyring"]
    assert any("spans a page break" in f for f in _failures_for(tmp_path, answerable))


def test_quote_length_limits(tmp_path: Path, answerable: dict) -> None:
    answerable["evidence"] = ["Til nå har 24 ansatte"]
    answerable["must_include"] = ["24"]
    assert any("quote must be 40-200" in f for f in _failures_for(tmp_path, answerable))


def test_must_include_not_in_quotes(tmp_path: Path, answerable: dict) -> None:
    answerable["must_include"] = ["Finnmark"]
    assert any("must_include 'Finnmark'" in f for f in _failures_for(tmp_path, answerable))


def test_must_include_missing_from_answer(tmp_path: Path, answerable: dict) -> None:
    answerable["answer"] = "Se kilden."
    assert any("missing from the reference answer" in f for f in _failures_for(tmp_path, answerable))


def test_percent_sign_in_must_include(tmp_path: Path) -> None:
    item = next(i for i in _items() if i["type"] == "survey_figure" and "53" in i["must_include"])
    item["must_include"] = ["53 %"]
    assert any("without '%'" in f for f in _failures_for(tmp_path, item))


def test_wrong_source(tmp_path: Path, answerable: dict) -> None:
    answerable["sources"] = ["halden-kompetanseplan-2010-2012"]
    failures = _failures_for(tmp_path, answerable)
    assert any("none listed in sources" in f for f in failures)


def test_unknown_source_and_type(tmp_path: Path, answerable: dict) -> None:
    answerable["sources"].append("oslo-kompetanseplan")
    answerable["type"] = "trivia"
    failures = _failures_for(tmp_path, answerable)
    assert any("unknown source" in f for f in failures)
    assert any("unknown type" in f for f in failures)


def test_unanswerable_must_be_empty(tmp_path: Path) -> None:
    item = next(i for i in _items() if i["type"] == "unanswerable")
    assert _failures_for(tmp_path, item) == []
    item["answer"] = "Det vet vi ikke."
    assert any("unanswerable needs" in f for f in _failures_for(tmp_path, item))


def test_followup_needs_history(tmp_path: Path) -> None:
    item = next(i for i in _items() if i["type"] == "followup")
    assert _failures_for(tmp_path, item) == []
    del item["history"]
    assert any("needs a non-empty 'history'" in f for f in _failures_for(tmp_path, item))


def test_history_roles_alternate(tmp_path: Path) -> None:
    item = next(i for i in _items() if i["type"] == "followup")
    item["history"] = [{"role": "assistant", "content": "Hei"}]
    assert any("history turn 1" in f for f in _failures_for(tmp_path, item))


def test_comparison_needs_two_quotes(tmp_path: Path) -> None:
    item = next(i for i in _items() if i["type"] == "comparison")
    item["evidence"] = item["evidence"][:1]
    item["must_include"] = [m for m in item["must_include"] if m.lower() in item["evidence"][0].lower()] or ["x"]
    assert any("at least 2" in f for f in _failures_for(tmp_path, item))


def test_unknown_key_and_bad_id(tmp_path: Path, answerable: dict) -> None:
    answerable["evidens"] = []
    answerable["id"] = "42"
    failures = _failures_for(tmp_path, answerable)
    assert any("unknown key" in f for f in failures)
    assert any("id must look like" in f for f in failures)


def test_duplicates(tmp_path: Path, answerable: dict) -> None:
    result = _check(tmp_path, [answerable, dict(answerable)])
    assert any(f.startswith("duplicate id") for f in result.failures)
    assert any(f.startswith("duplicate question") for f in result.failures)


def test_main_exit_codes(tmp_path: Path, answerable: dict, capsys: pytest.CaptureFixture[str]) -> None:
    assert checker.main([str(QUESTIONS)]) == 0
    assert capsys.readouterr().out.strip().endswith("OK")
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(answerable, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    assert checker.main([str(path)]) == 1
    out = capsys.readouterr().out
    assert "invalid JSON" in out and "failure(s)" in out.splitlines()[-1]
