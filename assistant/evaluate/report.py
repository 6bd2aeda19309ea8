"""``report.md`` and the other files of one run: headline numbers, where the misses come from, the worst questions."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from assistant.evaluate.languages import language_report
from assistant.evaluate.metrics import RETRIEVE_K
from assistant.evaluate.plots import plot_by_type, plot_latency, plot_recall_curve
from assistant.evaluate.summary import METRIC_HELP, SUMMARY_KEYS, QuestionResult, metric


def failure_breakdown(results: Sequence[QuestionResult]) -> list[str]:
    """Report lines: where the misses come from (retrieval, refusal threshold, answer selection)."""
    answerable = [r for r in results if r.answerable]
    if not results:
        return []
    not_found = [r for r in answerable if r.first_rank is None]
    late = [r for r in answerable if r.first_rank is not None and r.first_rank > 5]
    false_ref = [r for r in answerable if r.refused]
    false_ref_found = [r for r in false_ref if r.first_rank is not None and r.first_rank <= 5]
    lacking = [r for r in answerable if not r.refused and not r.must_include_ok]
    lacking_found = [r for r in lacking if r.first_rank is not None and r.first_rank <= 5]
    unans = [r for r in results if not r.answerable]
    wrongly_answered = [r for r in unans if not r.refused]

    def ids(rs: Sequence[QuestionResult]) -> str:
        return ", ".join(r.id for r in rs[:12]) + (" …" if len(rs) > 12 else "")

    lines = ["## Where the misses come from", "", f"Of {len(answerable)} answerable questions:", ""]
    lines.append(
        f"- {len(not_found)} had no evidence in the top {RETRIEVE_K} passages (a retrieval miss){': ' + ids(not_found) if not_found else ''}"
    )
    lines.append(f"- {len(late)} had their first evidence only at rank 6–{RETRIEVE_K}{': ' + ids(late) if late else ''}")
    lines.append(
        f"- {len(false_ref)} were refused; in {len(false_ref_found)} of them the evidence was in the top 5, so the refusal threshold "
        f"(not retrieval) is to blame{': ' + ids(false_ref_found) if false_ref_found else ''}"
    )
    lines.append(
        f"- {len(lacking)} were answered but lack a must-include string; in {len(lacking_found)} of them the evidence was in the top 5, "
        f"so the answer picked the wrong sentences{': ' + ids(lacking_found) if lacking_found else ''}"
    )
    if unans:
        lines.append(
            f"\nOf {len(unans)} unanswerable questions, {len(wrongly_answered)} were answered instead of refused{': ' + ids(wrongly_answered) if wrongly_answered else ''}."
        )
    lines.append("")
    return lines


def worst_questions(results: Sequence[QuestionResult], n: int = 15) -> list[tuple[QuestionResult, list[str]]]:
    """The questions that went worst, each with plain-language reasons."""
    scored = []
    for r in results:
        reasons: list[str] = []
        bad = 0.0
        if r.answerable:
            rank = r.first_rank
            if rank is None:
                reasons.append(f"retrieval: no evidence quote in the top {RETRIEVE_K} passages")
                bad += 3
            elif rank > 5:
                reasons.append(f"retrieval: first evidence only at rank {rank} (outside the top 5; the extractive answer reads the top 6)")
                bad += 1
            elif r.n_quotes > 1 and r.metrics.get("recall@5", 1.0) < 1.0:
                reasons.append(f"retrieval: only {r.metrics.get('recall@5', 0):.0%} of the {r.n_quotes} evidence quotes in the top 5")
                bad += 0.5
            if r.refused:
                reasons.append("answer: refused although the sources answer it (false refusal)")
                bad += 2
            elif not r.must_include_ok:
                reasons.append("answer: lacks " + ", ".join(f"«{m}»" for m in r.missing))
                bad += 1.5
        elif not r.refused:
            reasons.append("answer: answered a question the sources cannot answer (should have refused)")
            bad += 3
        if r.unsupported:
            reasons.append(f"citations: {len(r.unsupported)} statement(s) not supported by their cited passages")
            bad += 0.5
        if r.misspelt:
            reasons.append("spelling: " + ", ".join(r.misspelt[:5]))
            bad += 0.25
        if reasons:
            scored.append((bad, r.id, r, reasons))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(r, reasons) for _, _, r, reasons in scored[:n]]


def format_value(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _md_cell(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def render_report(summary: Mapping[str, Any], results: Sequence[QuestionResult], judge: Mapping[str, Any] | None, title: str) -> str:
    meta = summary.get("meta", {})
    lines = [f"# {title}", ""]
    lines.append(
        f"Questions: **{summary['n_questions']}** ({summary['n_answerable']} answerable) from `{meta.get('questions', '?')}`; "
        f"retrieval **{meta.get('mode', '?')}**, answer engine **{meta.get('engine', '?')}**; run took {meta.get('duration_s', 0):.0f} s."
    )
    lines += [
        "",
        "How this works: every question in the set was written by a person together with a reference answer, 1–3 short "
        "strings a correct answer must contain, and evidence quotes copied word for word from the source documents "
        "(unanswerable questions have none). For each question the assistant searches the sources (10 passages are kept "
        "for the search metrics) and then answers with numbered citations [n], or refuses when the sources do not cover "
        "the question. All numbers are shares from 0 to 1 (higher is better) unless they are error rates or seconds.",
    ]
    lines += ["", "## Headline numbers", "", "| Metric | Value | What it means |", "|---|---|---|"]
    for key in (
        *SUMMARY_KEYS[:5],
        "retrieval.hit_rate@5",
        SUMMARY_KEYS[5],
        "answers.fallback_rate",
        *SUMMARY_KEYS[6:10],
        "refusal.unanswerable_refused",
        *SUMMARY_KEYS[10:],
    ):
        lines.append(f"| `{key}` | {format_value(metric(summary, key))} | {METRIC_HELP.get(key, '')} |")
    lines += [
        "",
        "Relevance is judged by text, not by chunk id: a retrieved passage is relevant when it contains one of the "
        "question's evidence quotes (normalised; exact substring, or fuzzy match ≥ 85, long quotes by halves ≥ 90). "
        "So any chunking can be compared. Ranking metrics are computed by ranx.",
    ]
    if summary.get("notes"):
        lines += ["", "Notes: " + "; ".join(summary["notes"])]
    lines += ["", "![Recall@k](recall_at_k.png)", "", "## By question type", ""]
    cols = ["n", "recall@5", "mrr@10", "must_include", "cit. recall", "cit. precision", "refusal acc.", "false refusals", "p50 s"]
    lines += ["| Type | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for t, s in summary["by_type"].items():
        vals = [
            s["n_questions"],
            s["retrieval"]["recall@5"],
            s["retrieval"]["mrr@10"],
            s["answers"]["must_include"],
            s["citations"]["recall"],
            s["citations"]["precision"],
            s["refusal"]["accuracy"],
            s["refusal"]["false_refusal_rate"],
            s["latency"]["p50_s"],
        ]
        lines.append(f"| {t} | " + " | ".join(format_value(v) for v in vals) + " |")
    lines += [
        "",
        "For `unanswerable` questions only the refusal columns apply (there is no evidence and no expected answer); the other columns show 0.",
        "",
        *language_report(summary),
        "![By type](by_type.png)",
        "",
        "![Latency](latency.png)",
        "",
    ]
    if judge:
        lines += ["## How far to trust the citation numbers", ""]
        if judge.get("n_labels"):
            lines.append(
                f"The citation metrics use the project's own support check as judge. On {judge['n_labels']} hand-labelled "
                f"(statement, passage) pairs it agrees with the human label **{judge['agreement']:.0%}** of the time "
                f"(Cohen's κ = {judge['kappa']:.2f}): it called {judge['false_supported']} unsupported statements supported "
                f"and {judge['false_unsupported']} supported statements unsupported."
            )
            for d in judge.get("disagreements", [])[:8]:
                verdict = "supported" if d["judge"] else "unsupported"
                lines.append(f"- judged {verdict}, label says otherwise: “{_md_cell(d['statement'], 140)}” ({_md_cell(d['why'], 120)})")
        else:
            lines.append(judge.get("note", "No hand labels found."))
        for other in judge.get("others", []):
            lines.append(
                f"\nLLM judge `{other.get('judge')}`: agreement {other.get('agreement', 0):.0%} (κ = {other.get('kappa', 0):.2f}) on {other.get('n_labels', 0)} labels."
            )
        lines.append("")
    lines += failure_breakdown(results)
    worst = worst_questions(results)
    lines += ["## Worst questions", "", "What went wrong, worst first (retrieval failures and wrong refusals weigh most).", ""]
    if not worst:
        lines.append("Nothing went wrong on any question.")
    for r, reasons in worst:
        lines.append(f"### {r.id} ({r.type}) – {_md_cell(r.question, 160)}")
        if r.standalone != r.question:
            lines.append(f"- searched as: {_md_cell(r.standalone, 160)}")
        for reason in reasons:
            lines.append(f"- {reason}")
        if r.expected:
            lines.append(f"- expected: {_md_cell(r.expected, 200)}")
        lines.append(f"- answer ({'refused' if r.refused else r.engine}): {_md_cell(r.answer, 260)}")
        if r.answerable and r.retrieved:
            lines.append(f"- top passage: {_md_cell(r.retrieved[0], 120)}")
        lines.append("")
    lines += [
        "## Files",
        "",
        "- `summary.json`: every number above, also per type under `by_type`, per language under `by_lang` and `by_lang_type`.",
        "- `results.jsonl`: one line per question with the answer, the ranks of the evidence and what was judged.",
        "",
    ]
    return "\n".join(lines)


def write_outputs(
    out_dir: Path, summary: Mapping[str, Any], results: Sequence[QuestionResult], judge: Mapping[str, Any] | None, title: str
) -> None:
    """summary.json, results.jsonl, report.md and the three plots, directly in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps({**asdict(r), "first_rank": r.first_rank}, ensure_ascii=False) + "\n")
    name = str(summary.get("meta", {}).get("name") or "run")
    plot_recall_curve({name: summary}, out_dir / "recall_at_k.png")
    plot_by_type(summary, out_dir / "by_type.png")
    plot_latency({name: [r.latency_s for r in results]}, out_dir / "latency.png")
    (out_dir / "report.md").write_text(render_report(summary, results, judge, title), encoding="utf-8")
