"""Running one configuration over a question set: retrieve, answer, judge; the CLI's ``planvis eval`` and ``--calibrate``."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.evaluate.cache import CachingRetriever
from assistant.evaluate.engines import engine_available
from assistant.evaluate.metrics import (
    RETRIEVE_K,
    Judge,
    citation_scores,
    judge_agreement,
    judge_passages,
    llm_judge,
    must_include_ok,
    own_text,
    ranking_metrics,
    support_judge,
)
from assistant.evaluate.questions import FAST_MAX_QUESTIONS, EvalError, Question, load_questions, stratified_sample
from assistant.evaluate.report import write_outputs
from assistant.evaluate.summary import QuestionResult, full_summary, mean, rounded
from assistant.relevance import contains_evidence


@dataclass
class RunConfig:
    name: str
    engine: str = "extractive"
    mode: str = "hybrid"
    note: str = ""


def run_questions(
    questions: Sequence[Question],
    assistant: Any,
    retriever: CachingRetriever,
    engine: str,
    *,
    judge: Judge = support_judge,
    spell: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[QuestionResult]:
    """Retrieve (top 10) and answer every question; judge retrieval, answer, citations and spelling."""
    from assistant.answer import standalone_question
    from assistant.crosslingual import corpus_vocabulary, to_bokmal
    from assistant.language import detect_language

    results: list[QuestionResult] = []
    for i, q in enumerate(questions, start=1):
        standalone = standalone_question(q.question, q.history)
        lang = detect_language(q.question)
        if lang != "nb":  # searched as the assistant searches it: in bokmål words (assistant.crosslingual)
            standalone = to_bokmal(standalone, lang, corpus_vocabulary(assistant.index))
        retriever.clear()
        hits = retriever.full(standalone)
        search_s = retriever.last_search_s
        found = judge_passages([h.chunk.text for h in hits], q.evidence) if q.evidence else [[] for _ in hits]
        started = time.perf_counter()
        first_delta = 0.0
        answer = None
        for event in assistant.stream(q.question, q.history, engine=engine):
            if event.kind == "delta" and not first_delta:
                first_delta = time.perf_counter() - started
            if event.kind == "final":
                answer = event.answer
        assert answer is not None
        latency = time.perf_counter() - started + search_s
        ok, missing = must_include_ok(answer.text, q.must_include, answer.refused) if q.answerable else (None, [])
        res = QuestionResult(
            id=q.id,
            type=q.type,
            question=q.question,
            standalone=standalone,
            lang=q.lang,
            answerable=q.answerable,
            n_quotes=len(q.evidence),
            found=found,
            retrieved=[f"{h.chunk.doc_id}: {' '.join(h.chunk.text.split())[:90]}" for h in hits],
            answer=answer.text,
            refused=answer.refused,
            engine=answer.engine,
            latency_s=latency,
            first_delta_s=first_delta + search_s,
            search_s=search_s,
            must_include_ok=ok,
            missing=missing,
            evidence_cited=(not answer.refused and any(contains_evidence(c.chunk.text, e) for c in answer.citations for e in q.evidence))
            if q.answerable and q.evidence
            else None,
            expected=q.answer,
            notes=list(answer.notes),
        )
        if not answer.refused:
            passages = {c.n: c.chunk.text for c in answer.citations}
            score = citation_scores(answer.text, passages, judge)
            if score:
                res.cit_statements, res.cit_recall, res.cit_precision, res.unsupported = (
                    score.statements,
                    score.recall,
                    score.precision,
                    score.unsupported,
                )
        if spell is not None and q.lang != "en":
            report = spell.check(own_text(answer.text))
            res.spell_words, res.misspelt = report.words, list(report.misspelt)
        results.append(res)
        if progress:
            progress(i, len(questions))
    metrics = ranking_metrics({r.id: (r.n_quotes, r.found) for r in results if r.answerable})
    for r in results:
        r.metrics = metrics.get(r.id, {})
    return results


def _progress(label: str, every: int = 25) -> Callable[[int, int], None]:
    started = time.perf_counter()

    def show(i: int, n: int) -> None:
        if i == n or i % every == 0:
            print(f"  {label}: {i}/{n} questions, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    return show


@dataclass
class Context:
    """What every configuration shares: settings, the index, the spell checker, the judge."""

    settings: Any
    index: Any
    questions: list[Question]
    questions_path: Path  # the first question file (judge labels are looked up next to it)
    judge: Judge = support_judge
    spell: Any = None
    questions_paths: tuple[Path, ...] = ()  # every question file, when several are run together

    def questions_label(self) -> str:
        """The question file(s), as the summary's meta names them."""
        return ", ".join(str(p) for p in self.questions_paths) if len(self.questions_paths) > 1 else str(self.questions_path)

    def assistant(self, retriever: Any) -> Any:
        """An :class:`assistant.answer.Assistant` over the shared index that searches with ``retriever``."""
        from assistant.answer import Assistant

        return Assistant(self.settings, self.index, retriever=retriever)


def make_context(
    settings: Any,
    index: Any,
    questions_path: str | Path | Sequence[str | Path],
    *,
    limit: int | None = None,
    fast: bool = False,
    spelling: bool = True,
) -> Context:
    """Load the questions (the first ``limit``; with ``fast`` the fixed CI subset) and the shared checkers.

    Several question files (e.g. the bokmål, English and nynorsk renderings of one set) are run as one
    set; ``limit`` and ``fast`` apply to each file, so every rendering keeps the same questions. Two
    files with one question id are an error (the per-question results are keyed by id).
    """
    paths = [Path(questions_path)] if isinstance(questions_path, (str, Path)) else [Path(p) for p in questions_path]
    if not paths:
        raise EvalError("no question file given")
    questions: list[Question] = []
    for path in paths:
        part = load_questions(path)
        if limit:
            part = part[:limit]
        if fast and len(part) > FAST_MAX_QUESTIONS:
            part = stratified_sample(part, FAST_MAX_QUESTIONS)
        questions += part
    seen: set[str] = set()
    for q in questions:
        if q.id in seen:
            raise EvalError(f"question id {q.id!r} occurs twice in {', '.join(map(str, paths))}")
        seen.add(q.id)
    spell = None
    if spelling:
        try:
            from assistant.language import load_spellchecker

            spell = load_spellchecker(c.text for c in index.chunks().values())
        except RuntimeError as exc:  # the nb_NO dictionary is missing
            print(f"planvis: notice: spelling not checked ({exc})", file=sys.stderr)
    return Context(settings, index, questions, paths[0], spell=spell, questions_paths=tuple(paths))


def run_config(
    ctx: Context, cfg: RunConfig, questions: Sequence[Question], retriever: Any | None = None, cap: int | None = None
) -> tuple[dict[str, Any], list[QuestionResult]]:
    """Run one configuration; returns (summary, results)."""
    from assistant.retrieve import Retriever

    started = time.perf_counter()
    base = retriever if retriever is not None else Retriever(ctx.index, ctx.settings, mode=cfg.mode)
    caching = CachingRetriever(base, cap=cap)
    assistant = ctx.assistant(caching)
    # Warm up outside the timings: the embedding model(s) and, for an LLM engine, its weights.
    base.search("kompetanseplan", k=RETRIEVE_K)
    ctx.index.dense_search("kompetanseplan", 1)
    if cfg.engine in ("local", "openai"):
        from assistant.llm import make_chat_model

        make_chat_model(ctx.settings, cfg.engine)
    results = run_questions(
        questions,
        assistant,
        caching,
        cfg.engine,
        judge=ctx.judge,
        spell=ctx.spell,
        progress=_progress(cfg.name, 25 if cfg.engine == "extractive" else 1),
    )
    meta = {
        "name": cfg.name,
        "engine": cfg.engine,
        "mode": cfg.mode,
        "questions": ctx.questions_label(),
        "duration_s": round(time.perf_counter() - started, 1),
        "retrieve_k": RETRIEVE_K,
        "answer_k": cap or 6,
    }
    summary = full_summary(results, meta)
    if cfg.note:
        summary["notes"].append(cfg.note)
    return summary, results


def evaluate_one(ctx: Context, engine: str, mode: str, out_dir: Path, labels: Path | None, llm_judge_on: bool = False) -> dict[str, Any]:
    """``planvis eval``: one configuration over all questions; writes the report files."""
    ok, why = engine_available(ctx.settings, engine)
    if not ok:
        raise EvalError(f"engine {engine} is not available: {why}")
    summary, results = run_config(ctx, RunConfig(name=f"{mode}+{engine}", engine=engine, mode=mode), ctx.questions)
    judge = judge_report(ctx, labels, llm_judge_on)
    summary["judge"] = {k: v for k, v in judge.items() if k != "disagreements"}
    write_outputs(out_dir, summary, results, judge, f"Planvis evaluation: {mode} retrieval, {engine} answers")
    return summary


def judge_report(ctx: Context, labels: Path | None, llm_judge_on: bool) -> dict[str, Any]:
    path = labels or ctx.questions_path.parent / "judge_labels.jsonl"
    report = judge_agreement(path)
    if llm_judge_on:
        ok, why = engine_available(ctx.settings, "openai")
        if ok:
            other = judge_agreement(path, llm_judge(ctx.settings), name=f"llm:{ctx.settings.llm_model}")
            report["others"] = [{k: v for k, v in other.items() if k != "disagreements"}]
        else:
            report["others"] = [{"judge": "llm", "n_labels": 0, "agreement": 0.0, "kappa": 0.0, "note": f"skipped: {why}"}]
    return report


def calibrate(ctx: Context, out_dir: Path) -> dict[str, Any]:
    """Sweep the refusal threshold (best sentence coverage) over the question set."""
    from assistant.refusal import REFUSE_BELOW
    from assistant.retrieve import Retriever

    assistant = ctx.assistant(Retriever(ctx.index, ctx.settings))
    rows = [(q, assistant.prepare(q.question, q.history)) for q in ctx.questions]
    cov = [(p.best_coverage if p.hits else -1.0, q.answerable) for q, p in rows]
    sweep = []
    for t in [round(0.10 + 0.01 * i, 2) for i in range(61)]:
        acc = mean([float((c >= t) == ans) for c, ans in cov])
        fr = mean([float(c < t) for c, ans in cov if ans])
        ur = mean([float(c < t) for c, ans in cov if not ans])
        sweep.append({"threshold": t, "accuracy": rounded(acc), "false_refusal_rate": rounded(fr), "unanswerable_refused": rounded(ur)})
    best = max(sweep, key=lambda s: (s["accuracy"], -abs(s["threshold"] - REFUSE_BELOW)))
    result = {
        "current": REFUSE_BELOW,
        "best": best,
        "sweep": sweep,
        "coverage": [{"id": q.id, "type": q.type, "coverage": rounded(p.best_coverage)} for q, p in rows],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "calibration.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result
