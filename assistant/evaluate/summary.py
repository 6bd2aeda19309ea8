"""One result per question and the summary over a set of results (the numbers of ``summary.json``)."""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant.evaluate.metrics import CURVE_KS

TYPES = ("case_fact", "tariff", "survey_figure", "plan_method", "comparison", "followup", "unanswerable")


# Every key of summary.json that must be a number (dotted paths into the nested objects).
SUMMARY_KEYS = (
    "retrieval.recall@1",
    "retrieval.recall@5",
    "retrieval.recall@10",
    "retrieval.mrr@10",
    "retrieval.ndcg@10",
    "answers.must_include",
    "answers.evidence_cited",
    "citations.precision",
    "citations.recall",
    "refusal.accuracy",
    "refusal.false_refusal_rate",
    "language.spelling_error_rate",
    "latency.p50_s",
    "latency.p95_s",
)

METRIC_HELP = {
    "retrieval.recall@1": "Share of a question's evidence quotes found in the first retrieved passage (averaged over answerable questions).",
    "retrieval.recall@5": "Share of evidence quotes found in the top 5 passages. With one quote per question this is simply 'was the evidence in the top 5'.",
    "retrieval.recall@10": "Share of evidence quotes found in the top 10 passages.",
    "retrieval.mrr@10": "Mean reciprocal rank: 1 if the first passage holds evidence, 1/2 if the second, ..., 0 if none of the top 10 does.",
    "retrieval.ndcg@10": "Normalised discounted cumulative gain over the top 10: rewards finding all evidence quotes, and finding them early.",
    "retrieval.hit_rate@5": "Share of questions with at least one evidence quote in the top 5 (extra, not a gate key).",
    "answers.evidence_cited": "Share of answerable questions (with evidence quotes) whose answer cites a passage that contains one of the evidence quotes. A refusal is a miss.",
    "answers.must_include": "Share of answerable questions whose answer contains every must-include string (case, white space, dashes and decimal comma/point ignored). A refusal is a miss.",
    "answers.fallback_rate": "LLM engines: share of non-refused answers where nothing the model wrote survived the citation and spelling checks, so the extractive quotes were shown instead (always 0 for extractive).",
    "citations.recall": "ALCE citation recall: share of cited statements that the union of their cited passages supports (averaged per answer). Judged by the project's own support check.",
    "citations.precision": "ALCE citation precision: share of citations that are needed. A citation is irrelevant if it alone does not support its statement while the other citations do (or the statement is unsupported).",
    "refusal.accuracy": "Share of all questions where the assistant refused exactly when it should (unanswerable questions refused, answerable ones answered).",
    "refusal.false_refusal_rate": "Share of answerable questions that were refused.",
    "refusal.unanswerable_refused": "Share of unanswerable questions that were refused (extra).",
    "language.spelling_error_rate": "Misspelt words / words in our own answer text (markers and «quoted» source text removed), Norwegian answers only.",
    "latency.p50_s": "Median seconds per question, retrieval + answer, in process.",
    "latency.p95_s": "95th percentile seconds per question.",
}


@dataclass
class QuestionResult:
    id: str
    type: str
    question: str
    standalone: str
    lang: str
    answerable: bool
    n_quotes: int
    found: list[list[int]]  # per retrieved passage (rank order), the evidence quotes it holds
    retrieved: list[str]  # "doc_id: start of text" per passage, for the report
    answer: str
    refused: bool
    engine: str
    latency_s: float
    first_delta_s: float
    search_s: float
    must_include_ok: bool | None
    missing: list[str]
    evidence_cited: bool | None = None  # answerable: does a cited passage hold an evidence quote?
    cit_statements: int = 0
    cit_recall: float | None = None
    cit_precision: float | None = None
    unsupported: list[str] = field(default_factory=list)
    spell_words: int = 0
    misspelt: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    expected: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def first_rank(self) -> int | None:
        return next((r for r, f in enumerate(self.found, start=1) if f), None)


# ---------------------------------------------------------------------------------------------
# Summaries


def mean(xs: Sequence[float]) -> float:
    return float(statistics.fmean(xs)) if xs else 0.0


def percentile(xs: Sequence[float], p: float) -> float:
    """Percentile with linear interpolation (numpy's default)."""
    if not xs:
        return 0.0
    s = sorted(xs)
    pos = (len(s) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def rounded(x: float) -> float:
    return round(float(x), 4)


def summarize(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """The summary object for a set of results (all keys of :data:`SUMMARY_KEYS` are numbers)."""
    notes: list[str] = []
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    ranked = [r for r in answerable if r.metrics]
    retrieval = {f"recall@{k}": rounded(mean([r.metrics.get(f"recall@{k}", 0.0) for r in ranked])) for k in CURVE_KS}
    retrieval |= {
        "mrr@10": rounded(mean([r.metrics.get("mrr@10", 0.0) for r in ranked])),
        "ndcg@10": rounded(mean([r.metrics.get("ndcg@10", 0.0) for r in ranked])),
        "hit_rate@5": rounded(mean([r.metrics.get("hit_rate@5", 0.0) for r in ranked])),
        "n_judged": len(ranked),
        "search_p50_s": rounded(percentile([r.search_s for r in results], 50)),
    }
    if not ranked:
        notes.append("retrieval: no answerable question with evidence quotes here, so the ranking metrics are 0 (not applicable)")
    must = [bool(r.must_include_ok) for r in answerable]
    if not answerable:
        notes.append("answers.must_include: no answerable question here, reported as 0 (not applicable)")
    cited = [r for r in results if r.cit_recall is not None]
    answered = [r for r in results if not r.refused]
    if not cited:
        notes.append("citations: no answer with cited statements here, reported as 0 (not applicable)")
    elif len(cited) < len(answered):
        notes.append(
            f"citations: {len(answered) - len(cited)} non-refused answer(s) had no cited statement and are not in the citation averages"
        )
    refusal = {
        "accuracy": rounded(mean([float(r.refused != r.answerable) for r in results])),
        "false_refusal_rate": rounded(mean([float(r.refused) for r in answerable])),
        "unanswerable_refused": rounded(mean([float(r.refused) for r in unanswerable])),
        "refused": sum(r.refused for r in results),
    }
    if not answerable:
        notes.append("refusal.false_refusal_rate: no answerable question here, reported as 0 (not applicable)")
    words = sum(r.spell_words for r in results)
    misspelt = sum(len(r.misspelt) for r in results)
    if not words:
        notes.append("language.spelling_error_rate: no Norwegian answer words were checked, reported as 0")
    lat = [r.latency_s for r in results]
    first = [r.first_delta_s for r in results]
    return {
        "n_questions": len(results),
        "n_answerable": len(answerable),
        "retrieval": retrieval,
        "answers": {
            "must_include": rounded(mean([float(m) for m in must])),
            "evidence_cited": rounded(mean([float(bool(r.evidence_cited)) for r in answerable if r.evidence_cited is not None])),
            "n": len(answerable),
            "fallback_rate": rounded(mean([float(any("fallback" in n for n in r.notes)) for r in answered])),
        },
        "citations": {
            "recall": rounded(mean([r.cit_recall or 0.0 for r in cited])),
            "precision": rounded(mean([r.cit_precision or 0.0 for r in cited])),
            "answers_with_statements": len(cited),
            "statements": sum(r.cit_statements for r in cited),
        },
        "refusal": refusal,
        "language": {
            "spelling_error_rate": rounded(misspelt / words if words else 0.0),
            "words": words,
            "misspelt": misspelt,
            "top_misspelt": [w for w, _ in Counter(w for r in results for w in r.misspelt).most_common(10)],
        },
        "latency": {
            "p50_s": rounded(percentile(lat, 50)),
            "p95_s": rounded(percentile(lat, 95)),
            "mean_s": rounded(mean(lat)),
            "first_delta_p50_s": rounded(percentile(first, 50)),
            "first_delta_p95_s": rounded(percentile(first, 95)),
        },
        "notes": notes,
    }


def full_summary(results: Sequence[QuestionResult], meta: Mapping[str, Any]) -> dict[str, Any]:
    """Overall summary plus the same per question type under ``by_type``, per language under ``by_lang``,
    per language and type under ``by_lang_type`` (see :mod:`assistant.evaluate.languages`)."""
    summary = summarize(results)
    types = [t for t in TYPES if any(r.type == t for r in results)] + sorted({r.type for r in results} - set(TYPES))
    summary["by_type"] = {t: summarize([r for r in results if r.type == t]) for t in types}
    from assistant.evaluate.languages import by_language, paired_misses  # imports this module

    summary.update(by_language(results))
    summary["paired_misses"] = paired_misses(results)
    summary["meta"] = dict(meta)
    return summary


def metric(summary: Mapping[str, Any], key: str) -> Any:
    """Look up a dotted key ("retrieval.recall@5", "by_type.tariff.answers.must_include")."""
    node: Any = summary
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


def iter_summary_lines(summary: Mapping[str, Any]) -> Iterator[str]:
    """The headline numbers as printable lines."""
    yield f"n_questions: {summary['n_questions']}"
    for key in SUMMARY_KEYS:
        yield f"{key}: {metric(summary, key):.4g}"
