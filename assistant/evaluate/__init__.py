"""Evaluation harness: retrieval, answers, citations, refusal, spelling and latency on a question set.

``planvis eval`` runs one configuration (retrieval mode + answer engine) over ``evals/questions.jsonl``
and writes ``summary.json``, ``report.md``, ``results.jsonl`` and three plots; ``--compare`` runs
the naive LangChain baseline, dense, BM25, hybrid and every available answer engine side by side;
``--gate`` turns the summary into a pass/fail check for CI; ``--ablation`` switches each registered
hand-written rule (:mod:`assistant.rules`) off in turn and reports what it is worth per question set.

How relevance is judged, so any chunking can be compared: a retrieved passage is relevant when it
contains one of the question's evidence quotes (:func:`assistant.relevance.contains_evidence`).
Each quote counts once: the first passage that contains it is the hit, and a later passage with the
same quote (overlapping chunks) is neither credited nor penalised. Recall@k is then the share of a
question's quotes found in its top k passages (for one quote: whether it was found), and the
ranking metrics (recall@k, MRR@10, nDCG@10) are computed by ranx from these judgements.

    >>> must_include_ok("Det gis 2.5 timer  per uke.", ["2,5 timer"])
    (True, [])

The modules: :mod:`.questions` (question sets), :mod:`.metrics` (per-question judgements),
:mod:`.summary` (results and summaries), :mod:`.runner` (one configuration), :mod:`.report` and
:mod:`.plots` (the files of a run), :mod:`.compare` (``--compare``), :mod:`.baseline` (the naive
LangChain baseline), :mod:`.engines` (engine availability), :mod:`.gate` (``--gate``),
:mod:`.cache` (retrieval caches), :mod:`.ablation` (``--ablation``) and :mod:`.languages` (the numbers per
question language and type, side by side, when a run mixes bokmål, English and nynorsk questions). The package uses the core's
public API only. Nothing heavy is imported at module load: ranx (numba), matplotlib, LangChain,
Chroma and the models load on use.
"""

from __future__ import annotations

from assistant.evaluate.ablation import run_ablation
from assistant.evaluate.baseline import BaselineRetriever
from assistant.evaluate.cache import CachedIndex, CachingRetriever
from assistant.evaluate.compare import COLUMN_NAMES, COMPARE_COLUMNS, COMPARE_ROWS, compare, render_comparison
from assistant.evaluate.engines import OPENAI_PROBE_S, engine_available
from assistant.evaluate.gate import check_gate, read_gate
from assistant.evaluate.languages import LANG_METRICS, LANGS, by_language, language_lines, language_report, paired_misses
from assistant.evaluate.metrics import (
    CURVE_KS,
    RETRIEVE_K,
    CitationScore,
    Judge,
    _run_entries,
    answer_statements,
    citation_scores,
    judge_agreement,
    judge_passages,
    llm_judge,
    must_include_ok,
    normalize_answer,
    own_text,
    ranking_metrics,
    support_judge,
)
from assistant.evaluate.plots import PLOTS, plot_by_type, plot_latency, plot_recall_curve
from assistant.evaluate.questions import FAST_MAX_QUESTIONS, LLM_SAMPLE, EvalError, Question, load_questions, stratified_sample
from assistant.evaluate.report import failure_breakdown, render_report, worst_questions, write_outputs
from assistant.evaluate.runner import Context, RunConfig, calibrate, evaluate_one, judge_report, make_context, run_config, run_questions
from assistant.evaluate.summary import (
    METRIC_HELP,
    SUMMARY_KEYS,
    TYPES,
    QuestionResult,
    full_summary,
    iter_summary_lines,
    mean,
    metric,
    percentile,
    summarize,
)
from assistant.evaluate.summary import percentile as _pct  # the name assistant/bench.py imports

__all__ = [
    "COLUMN_NAMES",
    "COMPARE_COLUMNS",
    "COMPARE_ROWS",
    "LANGS",
    "LANG_METRICS",
    "CURVE_KS",
    "FAST_MAX_QUESTIONS",
    "LLM_SAMPLE",
    "METRIC_HELP",
    "OPENAI_PROBE_S",
    "PLOTS",
    "RETRIEVE_K",
    "SUMMARY_KEYS",
    "TYPES",
    "BaselineRetriever",
    "CachedIndex",
    "CachingRetriever",
    "CitationScore",
    "Context",
    "EvalError",
    "Judge",
    "Question",
    "QuestionResult",
    "RunConfig",
    "_pct",
    "_run_entries",
    "answer_statements",
    "calibrate",
    "check_gate",
    "by_language",
    "citation_scores",
    "compare",
    "engine_available",
    "evaluate_one",
    "failure_breakdown",
    "full_summary",
    "iter_summary_lines",
    "judge_agreement",
    "judge_passages",
    "judge_report",
    "language_lines",
    "language_report",
    "llm_judge",
    "load_questions",
    "make_context",
    "mean",
    "metric",
    "must_include_ok",
    "normalize_answer",
    "own_text",
    "paired_misses",
    "percentile",
    "plot_by_type",
    "plot_latency",
    "plot_recall_curve",
    "ranking_metrics",
    "read_gate",
    "render_comparison",
    "render_report",
    "run_ablation",
    "run_config",
    "run_questions",
    "stratified_sample",
    "summarize",
    "support_judge",
    "worst_questions",
    "write_outputs",
]
