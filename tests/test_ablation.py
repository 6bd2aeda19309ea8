"""The ablation runner: counts, verdicts and the table on hand-made outcomes; one real run on a tiny set."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant import rules
from assistant.evaluate import ablation as ab
from assistant.evaluate.questions import Question

QUESTIONS = [
    Question("q001", "Hva er Fagstigen?", "case_fact", must_include=("fire trinn",), evidence=("Fagstigen består av fire trinn",)),
    Question("q002", "Hva koster Fagstigen i Oslo?", "unanswerable"),
    Question("hc-f01", "Hvor mange trinn har Fagstigen?", "case_fact", must_include=("fire",), evidence=("fire trinn",)),
    Question("hc-u01", "Hva tjente Stavanger?", "unanswerable"),
]


def _o(refused: bool = False, must: bool | None = True, ev: bool | None = True) -> ab.Outcome:
    return ab.Outcome(refused, must, ev)


BASE = {"q001": _o(), "q002": _o(True, None, None), "hc-f01": _o(), "hc-u01": _o(True, None, None)}


def test_question_sets_by_prefix() -> None:
    assert [ab.question_set(q.id) for q in QUESTIONS] == ["dev", "dev", "hc", "hc"]
    assert ab.question_set("hj-u15") == "hj" and ab.question_set("hello") == "dev"
    # a blind set is a set of its own, so a rule found on it is not credited for it as 'elsewhere'
    assert ab.question_set("b27-nb-056") == "b27" and ab.question_set("bq-en-003") == "bq" and ab.question_set("b2-x") == "dev"


def test_set_counts() -> None:
    counts = ab.set_counts(QUESTIONS, {**BASE, "hc-f01": _o(True, False, False)})
    assert counts["dev"] == {
        "n": 2, "answerable": 1, "with_evidence": 1, "unanswerable": 1,
        "must_include": 1, "evidence_cited": 1, "unanswerable_refused": 1, "false_refusals": 0,
    }  # fmt: skip
    assert counts["hc"]["false_refusals"] == 1 and counts["hc"]["must_include"] == 0 and counts["hc"]["evidence_cited"] == 0


def test_verdicts_weigh_only_the_sets_a_rule_was_not_found_on() -> None:
    registry = {
        "only-dev": rules.Rule("only-dev", "bonus", "m", "earns on dev only", ("dev",)),
        "general": rules.Rule("general", "penalty", "m", "earns on hc too", ("dev",)),
        "harmful": rules.Rule("harmful", "pattern", "m", "costs on hc", ()),
        "idle": rules.Rule("idle", "threshold", "m", "changes nothing", ("hc",)),
    }
    runs = {
        "only-dev": {**BASE, "q001": _o(must=False)},  # off: dev loses a must-include
        "general": {**BASE, "hc-u01": _o(False, None, None)},  # off: an unanswerable hc question is answered
        "idle": dict(BASE),
    }
    result = ab.summarize_ablation(QUESTIONS, registry, ["only-dev", "general", "idle"], BASE, runs)
    rows = {r["name"]: r for r in result["rules"]}
    assert result["sets"] == ["dev", "hc"]
    assert rows["only-dev"]["delta"]["dev"]["must_include"] == -1 and rows["only-dev"]["worth_found_on"] == 1
    assert rows["only-dev"]["verdict"] == ab.PAYS_NOTHING
    assert rows["general"]["delta"]["hc"]["unanswerable_refused"] == -1 and rows["general"]["verdict"] == ab.PAYS
    assert rows["general"]["changed"] == ["hc-u01: now answered (unanswerable)"]
    assert rows["idle"]["verdict"] == ab.PAYS_NOTHING and rows["idle"]["changed"] == []
    # A rule that, switched off, gains a must-include on a set it was not found on costs there.
    worse = ab.summarize_ablation(QUESTIONS, registry, ["harmful"], {**BASE, "hc-f01": _o(must=False)}, {"harmful": BASE})
    assert worse["rules"][0]["worth_elsewhere"] == -1 and worse["rules"][0]["verdict"] == ab.COSTS
    md = ab.render_ablation(result)
    assert "| `only-dev` | bonus | \\* must -1 | · | +0 | pays nothing on sets it was not found on |" in md
    assert "| `general` | penalty | \\* · | ref -1 | +1 | pays |" in md
    assert "dev must 2/2" not in md and "dev must 1/1, ev 1/1, ref 1/1, fr 0" in md


def test_unknown_rule_is_a_clear_error(tmp_path: Path, corpus_settings) -> None:  # noqa: ANN001
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "q001", "question": "Hva?", "type": "case_fact"}\n', encoding="utf-8")
    with pytest.raises(ab.EvalError, match="unknown rule"):
        ab.run_ablation(corpus_settings, [path], tmp_path / "out", names=["no-such-rule"])


def test_duplicate_ids_across_files_are_an_error(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for p in (a, b):
        p.write_text('{"id": "q001", "question": "Hva?", "type": "case_fact"}\n', encoding="utf-8")
    with pytest.raises(ab.EvalError, match="q001 is also in"):
        ab.load_sets([a, b])


@pytest.mark.integration
def test_ablation_on_a_tiny_set_matches_plain_runs(tmp_path: Path, corpus_settings, corpus_index, corpus_assistant) -> None:  # noqa: ANN001
    """Two real rules on five real questions: the cached runner gives what plain runs with the rule off give."""
    registry = ab.register_core_rules()
    if not registry:
        pytest.skip("no rule is registered in assistant.rules yet")
    root = Path(__file__).resolve().parent.parent / "evals"
    dev = [json.loads(line) for line in (root / "questions.jsonl").read_text(encoding="utf-8").splitlines()[:3]]
    held = [json.loads(line) for line in (root / "heldout2.jsonl").read_text(encoding="utf-8").splitlines() if line.startswith('{"id": "hc-')][:2]
    path = tmp_path / "tiny.jsonl"
    path.write_text("\n".join(json.dumps(d, ensure_ascii=False) for d in dev + held) + "\n", encoding="utf-8")
    names = sorted(registry)[:2]
    result = ab.run_ablation(corpus_settings, [path], tmp_path / "out", names=names, progress=False)
    assert (tmp_path / "out" / "ablation.md").is_file()
    assert json.loads((tmp_path / "out" / "ablation.json").read_text(encoding="utf-8"))["sets"] == ["dev", "hc"]
    assert result["base"]["dev"]["n"] == 3 and result["base"]["hc"]["n"] == 2
    assert [r["name"] for r in result["rules"]] == names
    questions = ab.load_sets([path])
    base = ab.answer_outcomes(corpus_assistant, questions, {})
    assert ab.set_counts(questions, base) == result["base"]
    for row in result["rules"]:
        with rules.disabled(row["name"]):
            off = ab.answer_outcomes(corpus_assistant, questions, {})
        counts = ab.set_counts(questions, off)
        assert row["delta"] == {s: {k: counts[s][k] - result["base"][s][k] for k in ab.COUNTS} for s in result["sets"]}
        assert row["changed"] == ab.changes(questions, base, off)
        assert row["verdict"] in (ab.PAYS, ab.PAYS_NOTHING, ab.COSTS)
    cache = result["meta"]["index_cache"][0]
    assert cache["hits"] > cache["misses"] > 0  # the rule runs reuse the index calls of the first run
