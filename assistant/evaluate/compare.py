"""``planvis eval --compare``: the naive baseline, dense, BM25, hybrid and every available engine side by side."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluate.baseline import BaselineRetriever
from assistant.evaluate.engines import engine_available
from assistant.evaluate.plots import plot_by_type, plot_latency, plot_recall_curve
from assistant.evaluate.questions import LLM_SAMPLE, stratified_sample
from assistant.evaluate.report import format_value, write_outputs
from assistant.evaluate.runner import Context, RunConfig, judge_report, run_config
from assistant.evaluate.summary import METRIC_HELP, SUMMARY_KEYS, QuestionResult, metric

COMPARE_ROWS = ("baseline", "dense", "bm25", "hybrid", "extractive", "local", "openai")
# The summary keys, with the LLM fallback rate after must-include and citation recall before precision.
COMPARE_COLUMNS = (
    *SUMMARY_KEYS[:7],
    "answers.fallback_rate",
    "citations.recall",
    "citations.precision",
    *SUMMARY_KEYS[9:],
)

COLUMN_NAMES = {
    "answers.must_include": "must-include",
    "answers.evidence_cited": "evidence cited",
    "answers.fallback_rate": "LLM fallbacks",
    "citations.recall": "cit. recall",
    "citations.precision": "cit. precision",
    "refusal.accuracy": "refusal acc.",
    "refusal.false_refusal_rate": "false refusals",
    "language.spelling_error_rate": "spelling errors",
    "latency.p50_s": "p50 s",
    "latency.p95_s": "p95 s",
}


def compare(
    ctx: Context,
    out_dir: Path,
    labels: Path | None,
    *,
    full: bool = False,
    llm_judge_on: bool = False,
    engines: Sequence[str] = ("extractive", "local", "openai"),
) -> dict[str, Any]:
    """``planvis eval --compare``: every configuration in one run; writes comparison.json/.md."""
    import tempfile

    out_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, Any] = {}
    summaries: dict[str, dict[str, Any]] = {}
    latencies: dict[str, list[float]] = {}
    started = time.perf_counter()

    def keep(name: str, summary: dict[str, Any], results: list[QuestionResult]) -> None:
        summary["meta"]["name"] = name
        summaries[name] = summary
        if name != "extractive":  # the same run as hybrid
            latencies[name] = [r.latency_s for r in results]
        rows[name] = {"available": True, **{k: v for k, v in summary.items() if k != "meta"}, "meta": summary["meta"]}
        write_outputs(out_dir / name, summary, results, None, f"Planvis evaluation: {name}")

    with tempfile.TemporaryDirectory(prefix="planvis-baseline-") as tmp:
        print(
            "  baseline: building the LangChain index (RecursiveCharacterTextSplitter 1000/200, all-MiniLM-L6-v2, Chroma)",
            file=sys.stderr,
            flush=True,
        )
        baseline = BaselineRetriever(ctx.settings, tmp)
        note = (
            f"naive LangChain baseline: {len(baseline.chunks)} chunks of ≤1000 characters (overlap 200) over the raw corpus texts, "
            f"all-MiniLM-L6-v2 in Chroma, similarity search; built in {baseline.build_s:.0f} s; the extractive answer gets its top {BaselineRetriever.ANSWER_K}"
        )
        summary, results = run_config(
            ctx, RunConfig("baseline", note=note, mode="baseline"), ctx.questions, retriever=baseline, cap=BaselineRetriever.ANSWER_K
        )
        keep("baseline", summary, results)
        del baseline
    for mode in ("dense", "bm25", "hybrid"):
        summary, results = run_config(ctx, RunConfig(mode, mode=mode, note=f"{mode} retrieval, extractive answers"), ctx.questions)
        keep(mode, summary, results)
        if mode == "hybrid":
            hybrid_results = results
    sample = ctx.questions if full else stratified_sample(ctx.questions, LLM_SAMPLE)
    for engine in engines:
        if engine == "extractive":
            summary = json.loads(json.dumps(summaries["hybrid"]))
            summary["notes"].append("same run as the hybrid row: hybrid retrieval with the extractive engine")
            keep("extractive", summary, hybrid_results)
            continue
        ok, why = engine_available(ctx.settings, engine)
        if not ok:
            rows[engine] = {"available": False, "note": why}
            print(f"  {engine}: not available ({why})", file=sys.stderr, flush=True)
            continue
        note = (
            "all questions" if full else f"fixed stratified sample of {len(sample)} questions (every type, evenly spaced; --full for all)"
        )
        try:
            summary, results = run_config(
                ctx, RunConfig(engine, engine=engine, mode="hybrid", note=f"hybrid retrieval, {engine} engine, {note}"), sample
            )
        except Exception as exc:  # a model that loads but fails mid-run is reported, not fatal
            rows[engine] = {"available": False, "note": f"failed: {type(exc).__name__}: {str(exc)[:160]}"}
            continue
        keep(engine, summary, results)
    judge = judge_report(ctx, labels, llm_judge_on)
    meta = {
        "questions": str(ctx.questions_path),
        "n_questions": len(ctx.questions),
        "duration_s": round(time.perf_counter() - started, 1),
        "llm_sample": "all" if full else len(sample),
    }
    comparison = dict(rows)  # keyed by configuration name only; run facts and the judge go beside it
    (out_dir / "comparison.json").write_text(json.dumps(comparison, ensure_ascii=False, indent=1), encoding="utf-8")
    side = {"meta": meta, "judge": {k: v for k, v in judge.items() if k != "disagreements"}}
    (out_dir / "comparison_meta.json").write_text(json.dumps(side, ensure_ascii=False, indent=1), encoding="utf-8")
    plot_recall_curve({n: s for n, s in summaries.items() if n in ("baseline", "dense", "bm25", "hybrid")}, out_dir / "recall_at_k.png")
    plot_latency(latencies, out_dir / "latency.png")
    if "hybrid" in summaries:
        plot_by_type(summaries["hybrid"], out_dir / "by_type.png")
    (out_dir / "comparison.md").write_text(render_comparison(rows, meta, judge), encoding="utf-8")
    return comparison


def render_comparison(rows: Mapping[str, Any], meta: Mapping[str, Any], judge: Mapping[str, Any]) -> str:
    lines = [
        "# Planvis: configurations side by side",
        "",
        f"{meta['n_questions']} questions from `{meta['questions']}`; the whole comparison took {meta['duration_s']:.0f} s.",
        "",
        "- **baseline**: what a newcomer builds with LangChain — RecursiveCharacterTextSplitter(1000, 200) over the raw texts, "
        "all-MiniLM-L6-v2, Chroma, top-4 similarity (10 retrieved for the metrics).",
        "- **dense** / **bm25** / **hybrid**: our index (structure-aware chunks) with e5 only, Norwegian BM25 only, or both fused (the product).",
        "- Retrieval rows retrieve 10 passages and answer with the extractive engine.",
        "- **extractive** / **local** / **openai**: answer engines on hybrid retrieval. LLM engines run on "
        + (
            "all questions."
            if meta.get("llm_sample") == "all"
            else f"a fixed stratified sample of {meta.get('llm_sample')} questions, so their numbers are noisier."
        ),
        "",
    ]
    short = {k: COLUMN_NAMES.get(k, k.split(".", 1)[1]) for k in COMPARE_COLUMNS}
    lines += [
        "| Configuration | n | " + " | ".join(short[k] for k in COMPARE_COLUMNS) + " |",
        "|---|---" + "|---" * len(COMPARE_COLUMNS) + "|",
    ]
    for name, row in rows.items():
        if not row.get("available"):
            lines.append(f"| {name} | – | " + " | ".join("–" for _ in COMPARE_COLUMNS) + " |")
            continue
        lines.append(f"| {name} | {row['n_questions']} | " + " | ".join(format_value(metric(row, k)) for k in COMPARE_COLUMNS) + " |")
    unavailable = [(n, r["note"]) for n, r in rows.items() if not r.get("available")]
    if unavailable:
        lines += ["", "Not run here:"] + [f"- **{n}**: {note}" for n, note in unavailable]
    if rows.get("baseline", {}).get("available") and rows.get("hybrid", {}).get("available"):
        gain = metric(rows["hybrid"], "retrieval.recall@5") - metric(rows["baseline"], "retrieval.recall@5")
        lines += ["", f"Hybrid vs. the naive baseline: Recall@5 {gain * 100:+.1f} points."]
    lines += [
        "",
        "Column meanings:",
        "",
    ]
    lines += [f"- `{k}`: {METRIC_HELP[k]}" for k in COMPARE_COLUMNS]
    if judge.get("n_labels"):
        lines += [
            "",
            f"Citation judge (the project's support check) agrees with {judge['n_labels']} hand labels {judge['agreement']:.0%} of the time (κ = {judge['kappa']:.2f}).",
        ]
    lines += [
        "",
        "![Recall@k](recall_at_k.png)",
        "",
        "![Latency](latency.png)",
        "",
        "Each configuration's full report is in its own folder (`<name>/report.md`).",
        "",
    ]
    return "\n".join(lines)
