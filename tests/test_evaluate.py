"""The evaluation harness: metrics on hand-made inputs, the gate, report writing; one real run."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from assistant import evaluate as ev
from assistant.types import Chunk, Hit

# ---------------------------------------------------------------------------------------------
# must_include matching


@pytest.mark.parametrize(
    ("answer", "must", "ok"),
    [
        ("Det gis 2.5 timer per uke.", ["2,5 timer"], True),
        ("Det gis 2,5 timer per uke.", ["2.5 timer"], True),
        ("Det gis 25 timer per uke.", ["2,5 timer"], False),
        ("Fagstigen har fire\n   trinn [1].", ["fire trinn"], True),
        ("FAGSTIGEN har fire trinn.", ["Fagstigen"], True),
        ("Hvert trinn har 30-50 kurstimer.", ["30–50"], True),  # en dash in the key, hyphen in the answer
        ("Alta har ca 1 500 ansatte.", ["1500"], True),
        ("Alta har ca 1.500 ansatte.", ["1.500"], True),
        ("Alta har ca 1.500 ansatte.", ["1.500", "1.230"], False),
        ("kompetanse-\nutvikling er viktig", ["kompetanseutvikling"], True),
        ("«Introduksjonsprogram for nye ledere»", ["”Introduksjonsprogram"], True),
    ],
)
def test_must_include_normalisation(answer: str, must: list[str], ok: bool) -> None:
    assert ev.must_include_ok(answer, must)[0] is ok


def test_must_include_lists_missing_and_refusal_is_a_miss() -> None:
    assert ev.must_include_ok("Alta har 1.500 ansatte.", ["1.500", "1.230"]) == (False, ["1.230"])
    assert ev.must_include_ok("24 ansatte [1]", ["24"], refused=True) == (False, ["24"])


# ---------------------------------------------------------------------------------------------
# Retrieval: judgements and ranx metrics


def test_judge_passages_uses_the_evidence_rule() -> None:
    passages = ["Om lønn og pensjon.", "Til nå har 24 ansatte fått klinisk godkjenning som følge av Fagstigen.", "Fagstigen har fire trinn."]
    assert ev.judge_passages(passages, ["24 ansatte fått klinisk godkjenning", "Fagstigen har fire trinn"]) == [[], [0], [1]]


def test_run_entries_count_each_quote_once() -> None:
    entries = ev._run_entries([[0], [0], [], [1]], k=10)
    assert list(entries) == ["ev0", "miss2", "miss3", "ev1"]  # the repeated quote at rank 2 is not relevant again
    assert list(ev._run_entries([[0, 1], []], k=1)) == ["ev0", "ev1"]
    assert ev._run_entries([], k=5) == {"none": 1.0}


def test_ranking_metrics_on_hand_made_runs() -> None:
    judged = {
        "first": (1, [[0], [], []]),
        "third": (1, [[], [], [0]]),
        "missing": (1, [[], [], [], [], [], [], [], [], [], []]),
        "two_quotes": (2, [[0], [], [], [], [], [1]]),  # second quote only at rank 6
        "both_in_one": (2, [[], [0, 1]]),
        "unanswerable": (0, [[]]),  # no quotes: left out
    }
    m = ev.ranking_metrics(judged)
    assert set(m) == {"first", "third", "missing", "two_quotes", "both_in_one"}
    assert m["first"]["recall@1"] == 1.0 and m["first"]["mrr@10"] == 1.0
    assert m["third"]["recall@1"] == 0.0 and m["third"]["recall@3"] == 1.0
    assert m["third"]["mrr@10"] == pytest.approx(1 / 3)
    assert m["missing"]["recall@10"] == 0.0 and m["missing"]["mrr@10"] == 0.0 and m["missing"]["ndcg@10"] == 0.0
    assert m["two_quotes"]["recall@5"] == 0.5 and m["two_quotes"]["recall@6"] == 1.0
    assert m["both_in_one"]["recall@1"] == 0.0 and m["both_in_one"]["recall@2"] == 1.0
    assert m["both_in_one"]["mrr@10"] == 0.5
    # nDCG: one relevant document at rank 3 among one -> 1 / log2(4)
    assert m["third"]["ndcg@10"] == pytest.approx(1 / math.log2(4))
    assert m["first"]["hit_rate@5"] == 1.0 and m["missing"]["hit_rate@5"] == 0.0


# ---------------------------------------------------------------------------------------------
# Citations


PASSAGES = {
    1: "Fagstigen for hjelpepleierne består av fire trinn. For hvert trinn gis et lønnstillegg på fem tusen kroner.",
    2: "Halden kommune har lederkurs for alle nye ledere.",
}


def test_statements_are_sentences_with_markers() -> None:
    text = "Dette står i kildene:\n• «Fagstigen består av fire trinn.» [1]\n• «Halden har lederkurs for nye ledere.» [2]"
    assert [c for _, c in ev.answer_statements(text)] == [[1], [2]]


def test_citation_scores_alce() -> None:
    good = ev.citation_scores("Fagstigen består av fire trinn [1]. Halden har lederkurs for nye ledere [2].", PASSAGES)
    assert good is not None and (good.statements, good.recall, good.precision, good.unsupported) == (2, 1.0, 1.0, [])
    # An extra citation that is not needed halves precision; a wrong number makes the statement unsupported.
    extra = ev.citation_scores("Fagstigen består av fire trinn [1][2].", PASSAGES)
    assert extra is not None and (extra.recall, extra.precision) == (1.0, 0.5)
    wrong = ev.citation_scores("Fagstigen består av seks trinn [1].", PASSAGES)
    assert wrong is not None and (wrong.recall, wrong.precision) == (0.0, 0.0) and len(wrong.unsupported) == 1
    assert ev.citation_scores("Jeg finner ikke svar på dette i kildene.", PASSAGES) is None


def test_judge_agreement_counts(tmp_path: Path) -> None:
    labels = tmp_path / "labels.jsonl"
    rows = [
        {"statement": "Fagstigen består av fire trinn.", "passage": PASSAGES[1], "supported": True, "why": "literal"},
        {"statement": "Fagstigen består av seks trinn.", "passage": PASSAGES[1], "supported": False, "why": "number"},
        {"statement": "Fagstigen har fem trinn.", "passage": PASSAGES[1], "supported": True, "why": "deliberately wrong label"},
    ]
    labels.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = ev.judge_agreement(labels)
    assert report["n_labels"] == 3
    assert report["agreement"] == pytest.approx(2 / 3, abs=1e-4)
    assert report["false_unsupported"] == 1 and len(report["disagreements"]) == 1
    assert ev.judge_agreement(tmp_path / "none.jsonl")["n_labels"] == 0


def test_project_judge_labels_are_enough() -> None:
    path = Path(__file__).resolve().parent.parent / "evals" / "judge_labels.jsonl"
    if not path.exists():
        pytest.skip("evals/judge_labels.jsonl not written yet")
    report = ev.judge_agreement(path)
    assert report["n_labels"] >= 40
    assert 0.0 <= report["agreement"] <= 1.0


def test_own_text_drops_quotes_and_markers() -> None:
    assert ev.own_text("Dette står i kildene:\n• «Sørum har Fagstigen.» [1]") == "Dette står i kildene:\n•"


# ---------------------------------------------------------------------------------------------
# Sampling and the caching retriever


def test_stratified_sample_is_deterministic_and_covers_types() -> None:
    qs = [ev.Question(f"q{i:03d}", "?", t) for i, t in enumerate(["case_fact"] * 80 + ["tariff"] * 15 + ["unanswerable"] * 19 + ["followup"] * 3)]
    a, b = ev.stratified_sample(qs, 20), ev.stratified_sample(qs, 20)
    assert [q.id for q in a] == [q.id for q in b]
    assert len(a) == 20
    assert {q.type for q in a} == {"case_fact", "tariff", "unanswerable", "followup"}
    assert ev.stratified_sample(qs[:5], 20) == qs[:5]


class _FakeRetriever:
    def __init__(self) -> None:
        self.calls = 0

    def search(self, query: str, k: int | None = None, filters: object = None) -> list[Hit]:
        self.calls += 1
        return [Hit(Chunk(id=f"c{i}", text=f"tekst {i}", doc_id="d", title="t"), i + 1, 1.0 / (i + 1)) for i in range(k or 5)]


def test_caching_retriever_shares_one_search_and_caps() -> None:
    base = _FakeRetriever()
    cr = ev.CachingRetriever(base, k=10, cap=4)
    assert len(cr.full("q")) == 10
    assert [h.chunk.id for h in cr.search("q", k=6)] == ["c0", "c1", "c2", "c3"]
    assert base.calls == 1
    cr.clear()
    cr.search("q", k=6)
    assert base.calls == 2


# ---------------------------------------------------------------------------------------------
# Summaries, gate and report


def _result(qid: str, qtype: str = "case_fact", *, rank: int | None = 1, refused: bool = False, ok: bool = True, latency: float = 0.5) -> ev.QuestionResult:
    answerable = qtype != "unanswerable"
    found = [[] for _ in range(10)]
    if answerable and rank:
        found[rank - 1] = [0]
    return ev.QuestionResult(
        id=qid,
        type=qtype,
        question=f"Spørsmål {qid}?",
        standalone=f"Spørsmål {qid}?",
        lang="nb",
        answerable=answerable,
        n_quotes=1 if answerable else 0,
        found=found,
        retrieved=["d: tekst"] * 10,
        answer="Jeg finner ikke svar på dette i kildene." if refused else "Dette står i kildene:\n• «Noe.» [1]",
        refused=refused,
        engine="extractive",
        latency_s=latency,
        first_delta_s=latency,
        search_s=0.05,
        must_include_ok=(ok and not refused) if answerable else None,
        missing=[] if ok else ["24"],
        cit_statements=0 if refused else 1,
        cit_recall=None if refused else 1.0,
        cit_precision=None if refused else 1.0,
        spell_words=4,
        misspelt=[],
        expected="Svar.",
    )


def _results() -> list[ev.QuestionResult]:
    rs = [
        _result("q1", rank=1),
        _result("q2", rank=3, ok=False),
        _result("q3", rank=None, refused=True),
        _result("q4", "tariff", rank=2, latency=1.5),
        _result("q5", "unanswerable", refused=True),
        _result("q6", "unanswerable", refused=False),
    ]
    metrics = ev.ranking_metrics({r.id: (r.n_quotes, r.found) for r in rs if r.answerable})
    for r in rs:
        r.metrics = metrics.get(r.id, {})
    return rs


def test_summary_has_every_key_as_a_number_also_by_type() -> None:
    summary = ev.full_summary(_results(), {"engine": "extractive", "mode": "hybrid"})
    for scope in [summary, *summary["by_type"].values()]:
        for key in ev.SUMMARY_KEYS:
            value = ev.metric(scope, key)
            assert isinstance(value, (int, float)) and not isinstance(value, bool) and value == value, key
    assert summary["n_questions"] == 6
    assert summary["answers"]["must_include"] == 0.5  # q1, q4 of q1-q4 (q3 refused is a miss)
    assert summary["refusal"]["accuracy"] == pytest.approx(4 / 6, abs=1e-4)  # q3 and q6 wrong
    assert summary["refusal"]["false_refusal_rate"] == 0.25
    assert summary["retrieval"]["recall@1"] == 0.25 and summary["retrieval"]["recall@5"] == 0.75
    un = summary["by_type"]["unanswerable"]
    assert un["retrieval"]["recall@5"] == 0 and any("not applicable" in n for n in un["notes"])
    assert un["refusal"]["accuracy"] == 0.5


def test_gate_parsing_and_failures(tmp_path: Path) -> None:
    gate_file = tmp_path / "gate.toml"
    gate_file.write_text(
        '"retrieval.recall@5" = {min = 0.9}\n"latency.p95_s" = {max = 1.0}\n"answers.must_include" = {min = 0.1}\n'
        '[by_type.tariff]\n"retrieval.recall@5" = {min = 0.5}\n',
        encoding="utf-8",
    )
    gate = ev.read_gate(gate_file)
    assert gate["retrieval.recall@5"] == {"min": 0.9}
    assert gate["by_type.tariff.retrieval.recall@5"] == {"min": 0.5}
    summary = ev.full_summary(_results(), {})
    failures = ev.check_gate(summary, gate)
    assert len(failures) == 2
    assert failures[0].startswith("retrieval.recall@5 = 0.75 is below the minimum 0.9")
    assert failures[1].startswith("latency.p95_s") and "above the maximum" in failures[1]
    assert ev.check_gate(summary, {"retrieval.recall@99": {"min": 0.1}}) == ["retrieval.recall@99: not in the summary"]
    assert ev.check_gate(summary, {"retrieval.recall@5": {"min": 0.7}}) == []


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"retrieval.recall@5" = {min = "high"}', "must be a number"),
        ('"retrieval.recall@5" = 0.8', "must be a table"),
        ('"retrieval.recall@5" = {minimum = 0.8}', "must be a table"),
        ('"retrieval.recall@5" = {min = 0.8, mx = 1}', "unknown field"),
        ("not toml = = =", "not valid TOML"),
    ],
)
def test_gate_rejects_bad_files(tmp_path: Path, text: str, message: str) -> None:
    gate_file = tmp_path / "gate.toml"
    gate_file.write_text(text, encoding="utf-8")
    with pytest.raises(ev.EvalError, match=message):
        ev.read_gate(gate_file)


def test_project_gate_file_parses() -> None:
    path = Path(__file__).resolve().parent.parent / "evals" / "gate.toml"
    gate = ev.read_gate(path)
    assert "retrieval.recall@5" in gate
    assert all(key.split(".")[0] in {"retrieval", "answers", "citations", "refusal", "language", "latency", "by_type"} for key in gate)


def test_cli_gate_exit_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from assistant import cli

    summary = ev.full_summary(_results(), {"engine": "extractive", "mode": "hybrid"})
    monkeypatch.setattr(cli, "_open_index", lambda settings, build_if_missing=True: None)
    monkeypatch.setattr(ev, "make_context", lambda *a, **k: None)
    monkeypatch.setattr(ev, "evaluate_one", lambda *a, **k: summary)
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"id": "q001", "question": "?", "type": "case_fact"}\n', encoding="utf-8")
    gate_file = tmp_path / "gate.toml"
    gate_file.write_text('"retrieval.recall@5" = {min = 0.9}\n"refusal.accuracy" = {min = 0.5}\n', encoding="utf-8")
    argv = ["--data-dir", str(tmp_path), "eval", "--questions", str(questions), "--fast", "--out", str(tmp_path / "out"), "--gate", str(gate_file)]
    assert cli.main(argv) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["GATE FAILED: retrieval.recall@5 = 0.75 is below the minimum 0.9"]
    gate_file.write_text('"retrieval.recall@5" = {min = 0.7}\n', encoding="utf-8")
    assert cli.main(argv) == 0
    assert "gate passed" in capsys.readouterr().out


def test_write_outputs_report_and_plots(tmp_path: Path) -> None:
    results = _results()
    summary = ev.full_summary(results, {"engine": "extractive", "mode": "hybrid", "name": "test", "questions": "q.jsonl", "duration_s": 1.0})
    judge = {"n_labels": 2, "agreement": 0.5, "kappa": 0.0, "false_supported": 1, "false_unsupported": 0, "disagreements": [{"statement": "X", "judge": True, "label": False, "why": "y"}]}
    ev.write_outputs(tmp_path, summary, results, judge, "Test report")
    for name in ("summary.json", "report.md", "results.jsonl", *ev.PLOTS):
        assert (tmp_path / name).is_file() and (tmp_path / name).stat().st_size > 0, name
    assert (tmp_path / "recall_at_k.png").read_bytes()[:4] == b"\x89PNG"
    report = (tmp_path / "report.md").read_text(encoding="utf-8")
    assert "## Worst questions" in report and "q3" in report and "false refusal" in report
    assert "should have refused" in report  # q6
    assert "retrieval.recall@5" in report and "What it means" in report
    assert json.loads((tmp_path / "summary.json").read_text(encoding="utf-8"))["by_type"]["tariff"]["n_questions"] == 1
    assert len((tmp_path / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 6


def test_comparison_markdown_lists_unavailable_rows() -> None:
    summary = ev.full_summary(_results(), {})
    rows = {"baseline": {"available": True, **summary}, "hybrid": {"available": True, **summary}, "local": {"available": False, "note": "no model"}}
    md = ev.render_comparison(rows, {"n_questions": 6, "questions": "q.jsonl", "duration_s": 3.0, "llm_sample": 20}, {"n_labels": 0})
    assert "| local | – |" in md and "**local**: no model" in md
    assert "Recall@5 +0.0 points" in md


def test_load_questions_reports_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "q.jsonl"
    path.write_text('{"id": "q001", "question": "Hva?", "type": "case_fact", "evidence": ["x"]}\n{"question": "no id"}\n', encoding="utf-8")
    with pytest.raises(ev.EvalError, match=":2: bad question line"):
        ev.load_questions(path)


# ---------------------------------------------------------------------------------------------
# Integration: the real index


@pytest.mark.integration
def test_eval_five_questions_on_the_real_index(tmp_path: Path) -> None:
    from assistant.index import Index
    from assistant.settings import load_settings

    settings = load_settings()
    index = Index.open(settings)
    if not index.exists():
        pytest.skip(f"no index in {settings.index_dir}: run `make index` (or `planvis ingest`) first")
    questions = Path(__file__).resolve().parent.parent / "evals" / "questions.jsonl"
    if not questions.exists():
        pytest.skip("evals/questions.jsonl not written yet")
    ctx = ev.make_context(settings, index, questions, limit=5)
    summary = ev.evaluate_one(ctx, "extractive", "hybrid", tmp_path, None)
    assert summary["n_questions"] == 5
    for key in ev.SUMMARY_KEYS:
        assert isinstance(ev.metric(summary, key), (int, float))
    for name in ("summary.json", "report.md", "results.jsonl", *ev.PLOTS):
        assert (tmp_path / name).is_file(), name
    assert summary["judge"]["n_labels"] >= 40


def test_llm_judge_reads_yes_no(monkeypatch: pytest.MonkeyPatch) -> None:
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    import assistant.llm

    replies = FakeListChatModel(responses=["Ja.", "nei", "Ja, det står der."])
    monkeypatch.setattr(assistant.llm, "make_chat_model", lambda settings, engine=None: replies)
    judge = ev.llm_judge(settings=None)
    assert [judge("s", "p") for _ in range(3)] == [True, False, True]


# ---------------------------------------------------------------------------------------------
# Benchmark helpers


def test_bench_search_queries_and_rss() -> None:
    from assistant import bench

    queries = bench.search_queries([f"Hva gjorde kommune {i} med Fagstigen?" for i in range(40)])
    assert len(queries) >= 100 and len(set(queries)) == len(queries)
    assert bench.peak_rss_mb() > 10


def test_bench_answers_time_to_first_delta(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistant import bench
    from assistant.answer import Event

    closed: list[bool] = []

    class FakeAssistant:
        def stream(self, question: str, history: object, engine: str = "extractive"):  # noqa: ANN201
            try:
                yield Event("sources")
                yield Event("delta", text="Svar")
                yield Event("delta", text=" mer")
                yield Event("final", answer=None)
            finally:
                closed.append(True)

    monkeypatch.setattr(bench, "engine_available", lambda settings, engine: (engine != "openai", "no server"))
    qs = [ev.Question(f"q{i}", "Hva?", "case_fact") for i in range(8)]
    out = bench.bench_answers(FakeAssistant(), None, qs, ["extractive", "local", "openai"])
    assert out["extractive"]["available"] and out["extractive"]["n"] == 8
    assert out["local"]["available"] and out["local"]["n"] == 6 and "first text delta" in out["local"]["measures"]
    assert out["openai"] == {"available": False, "note": "no server"}
    assert len(closed) == 8 + 1 + 6 + 1  # every stream closed, LLM ones right after the first delta


def test_marker_only_statements_are_unsupported() -> None:
    score = ev.citation_scores("[n] [1] [2]", PASSAGES)
    assert score is not None and (score.recall, score.precision) == (0.0, 0.0) and score.unsupported == ["[n] [1] [2]"]
