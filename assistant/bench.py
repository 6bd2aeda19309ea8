"""Benchmarks: ingest throughput, search latency, answer latency per engine, peak memory.

``planvis bench`` measures, in this order:

1. ingest: the full corpus into a fresh temporary data dir, in a child process (so the models it
   loads do not count towards this process's memory); chunks/s and MB/s of corpus files;
2. search: hybrid search latency over at least 100 queries (the question set plus variants),
   in process, after a warm-up;
3. answers: per engine, seconds to the first text delta (LLM engines, via ``Assistant.stream``)
   or to the finished answer (extractive), after one warm-up question;
4. the peak RSS of this process (the serving side: index, embedder, engines).

    >>> search_queries(["Hva er Fagstigen?"], n=3)
    ['Hva er Fagstigen?', 'hva er fagstigen', 'Fagstigen']
"""

from __future__ import annotations

import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.evaluate import _pct, engine_available, load_questions, stratified_sample

SEARCH_QUERIES = 120
WARMUP = 5
ANSWERS = {"extractive": 30, "local": 6, "openai": 6}

_STOP = frozenset(["hva", "hvilke", "hvilken", "hvordan", "hvor", "mange", "mye", "når", "hvem", "har", "er", "i", "på", "og", "om", "til", "for", "med", "av", "de", "det", "den", "som", "kva", "korleis", "what", "how", "does", "the", "of", "in"])


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MB (``ru_maxrss`` is KB on Linux)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024, 1)


def search_queries(questions: Sequence[str], n: int = SEARCH_QUERIES) -> list[str]:
    """The questions, then two variants of each (lower case without punctuation; keywords only).

    At least ``n`` queries when the questions allow it; duplicates are dropped.
    """
    variants: list[str] = []
    for q in questions:
        variants.append(re.sub(r"[^\w\s-]", "", q).lower().strip())
        variants.append(" ".join(w for w in re.findall(r"[\w-]+", q) if w.lower() not in _STOP))
    out = list(dict.fromkeys([*questions, *(v for v in variants if v)]))
    if len(out) < n:
        out += [f"{q} {q}" for q in out[: n - len(out)]]  # repeated wording: still a distinct query string
    return out


def _corpus_files(corpus_dir: Path) -> list[Path]:
    from assistant.loaders import SUPPORTED

    return sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED)


def ingest_child(data_dir: str) -> dict[str, Any]:
    """Run in the child process: a full ingest into ``data_dir``; prints nothing, returns timings."""
    from assistant import sentence_store
    from assistant.index import Index
    from assistant.settings import load_settings

    settings = load_settings(data_dir=Path(data_dir))
    started = time.perf_counter()
    index = Index.open(settings)
    _ = index.embedder  # model load, timed separately from the ingest itself
    loaded = time.perf_counter()
    report = index.sync_corpus(rebuild=True, progress=False)
    synced = time.perf_counter()
    sentence_store.fill(index)  # as `planvis ingest` does: the answer ranking's sentence vectors
    done = time.perf_counter()
    return {
        "model_load_s": round(loaded - started, 2),
        "ingest_s": round(done - loaded, 2),
        "sentence_vectors_s": round(done - synced, 2),
        "chunks": report.chunks,
        "documents": len(report.added) + len(report.updated) + len(report.unchanged),
        "failed": report.failed,
        "child_peak_rss_mb": peak_rss_mb(),
    }


def bench_ingest(settings: Any) -> dict[str, Any]:
    """Full-corpus ingest into a fresh temporary data dir (child process)."""
    files = _corpus_files(Path(settings.corpus_dir))
    size = sum(p.stat().st_size for p in files)
    with tempfile.TemporaryDirectory(prefix="planvis-bench-") as tmp:
        code = "import json,sys; from assistant.bench import ingest_child; print(json.dumps(ingest_child(sys.argv[1])))"
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", code, tmp], capture_output=True, text=True, env={**os.environ, "PLANVIS_DATA_DIR": tmp}, cwd=str(Path(__file__).resolve().parent.parent))
        wall = time.perf_counter() - started
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"ok": False, "error": f"ingest child exited {proc.returncode}: {last[:200]}"}
    child = json.loads(proc.stdout.strip().splitlines()[-1])
    secs = child["ingest_s"] or 1e-9
    return {
        "ok": True,
        **child,
        "wall_s": round(wall, 2),
        "corpus_mb": round(size / 1e6, 3),
        "chunks_per_s": round(child["chunks"] / secs, 2),
        "mb_per_s": round(size / 1e6 / secs, 4),
        "note": "ingest_s excludes interpreter start and embedding-model load (model_load_s) and includes the sentence vectors (sentence_vectors_s); wall_s includes all",
    }


def _stats(xs: Sequence[float], unit: str = "s") -> dict[str, float]:
    scale = 1000.0 if unit == "ms" else 1.0
    return {f"p50_{unit}": round(_pct(xs, 50) * scale, 3), f"p95_{unit}": round(_pct(xs, 95) * scale, 3), f"max_{unit}": round(max(xs) * scale, 3) if xs else 0.0}


def bench_search(retriever: Any, queries: Sequence[str], k: int = 5) -> dict[str, Any]:
    for q in queries[:WARMUP]:
        retriever.search(q, k=k)
    times = []
    for q in queries:
        started = time.perf_counter()
        retriever.search(q, k=k)
        times.append(time.perf_counter() - started)
    return {"n_queries": len(times), "k": k, "mode": getattr(retriever, "mode", "?"), **_stats(times, "ms")}


def _one_answer(assistant: Any, question: str, history: Sequence[Any], engine: str) -> tuple[float, bool]:
    """Seconds to the first delta (LLM) or to the final answer (extractive); and whether it refused."""
    started = time.perf_counter()
    stream = assistant.stream(question, history, engine=engine)
    try:
        for event in stream:
            if engine != "extractive" and event.kind == "delta":
                return time.perf_counter() - started, False
            if event.kind == "final":
                return time.perf_counter() - started, bool(event.answer and event.answer.refused)
    finally:
        stream.close()  # stop an LLM after its first delta
    return time.perf_counter() - started, False


def bench_answers(assistant: Any, settings: Any, questions: Sequence[Any], engines: Sequence[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    answerable = [q for q in questions if q.answerable]
    for engine in engines:
        ok, why = engine_available(settings, engine)
        if not ok:
            out[engine] = {"available": False, "note": why}
            continue
        sample = stratified_sample(answerable, ANSWERS.get(engine, 6))
        try:
            warm_started = time.perf_counter()
            _one_answer(assistant, sample[0].question, sample[0].history, engine)  # loads the model
            warmup_s = time.perf_counter() - warm_started
            times, refused = [], 0
            for q in sample:
                t, r = _one_answer(assistant, q.question, q.history, engine)
                times.append(t)
                refused += r
        except Exception as exc:  # report, do not abort the other engines
            out[engine] = {"available": False, "note": f"failed: {type(exc).__name__}: {str(exc)[:160]}"}
            continue
        what = "seconds to the finished answer" if engine == "extractive" else "seconds to the first text delta (time to first token, incl. retrieval and prompt processing)"
        out[engine] = {"available": True, "n": len(times), "measures": what, "warmup_s": round(warmup_s, 2), "refused_in_sample": refused, **_stats(times)}
    return out


def run_bench(settings: Any, index: Any, questions_path: str | Path, *, skip_ingest: bool = False, engines: Sequence[str] = ("extractive", "local", "openai")) -> dict[str, Any]:
    from assistant.answer import Assistant
    from assistant.retrieve import Retriever

    result: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "load_avg_1m": round(os.getloadavg()[0], 2)}}
    if skip_ingest:
        result["ingest"] = {"skipped": True}
    else:
        print("bench: ingesting the full corpus into a temporary data dir ...", file=sys.stderr, flush=True)
        result["ingest"] = bench_ingest(settings)
    questions = load_questions(questions_path)
    retriever = Retriever(index, settings, mode="hybrid")
    print("bench: search latency ...", file=sys.stderr, flush=True)
    from assistant.answer import standalone_question

    result["search"] = bench_search(retriever, search_queries([standalone_question(q.question, q.history) for q in questions]))
    print("bench: answer latency per engine ...", file=sys.stderr, flush=True)
    assistant = Assistant(settings, index, retriever=retriever)
    result["answers"] = bench_answers(assistant, settings, questions, engines)
    print("bench: plan review of a 30-page PDF ...", file=sys.stderr, flush=True)
    from assistant.plan.review_bench import bench_review

    try:
        result["review"] = bench_review(settings, index)
    except (RuntimeError, OSError, subprocess.SubprocessError) as exc:  # no LibreOffice to make the PDF
        result["review"] = {"available": False, "note": str(exc)[:200]}
    print("bench: drafting a plan (evals/drafting/fjordvik.yaml) per engine ...", file=sys.stderr, flush=True)
    from assistant.plan.draft_bench import bench_drafting

    result["drafting"] = bench_drafting(assistant, engines)
    print("bench: kartlegging analysis of 20,000 generated employees ...", file=sys.stderr, flush=True)
    from assistant.kartlegging.bench import bench_kartlegging

    result["kartlegging"] = bench_kartlegging()
    print("bench: web UI cold start, first answer token in the browser, serving memory ...", file=sys.stderr, flush=True)
    result["ui"] = bench_ui(settings, engines)
    result["peak_rss_mb"] = peak_rss_mb()
    result["notes"] = [
        "search and answers run in this process after a warm-up; peak_rss_mb is this (serving) process, the ingest ran in a child",
        f"load average at start: {result['machine']['load_avg_1m']} on {result['machine']['cpus']} CPUs; timings on a busy machine are upper bounds",
    ]
    return result


def bench_ui(settings: Any, engines: Sequence[str]) -> dict[str, Any]:
    """The web UI, measured by ``python -m ui.bench`` in a child (it starts ``planvis serve`` and a headless browser)."""
    code = [sys.executable, "-m", "ui.bench", str(settings.data_dir), ",".join(engines)]
    try:
        proc = subprocess.run(code, capture_output=True, text=True, timeout=1800, cwd=str(Path(__file__).resolve().parent.parent))
    except subprocess.TimeoutExpired:
        return {"ok": False, "error": "ui bench took more than 30 minutes"}
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        return {"ok": False, "error": f"ui bench exited {proc.returncode}: {last[:200]}"}
    return dict(json.loads(lines[-1]))


def ui_summary_line(ui: dict[str, Any]) -> str:
    if not ui.get("ok"):
        return f"web UI: not measured ({ui.get('error')})"
    tokens = ", ".join(
        f"{e} {t['first_question_s']:.1f} s first / {t['warm_s']:.1f} s warm" if t.get("available") else f"{e} not available"
        for e, t in ui.get("first_token", {}).items()
    ) if "available" not in ui.get("first_token", {}) else f"not measured ({ui['first_token'].get('note')})"
    mem = ui.get("rss_after_answers", {})
    return (f"web UI: cold start {ui['cold_start_s']:.1f} s to the first page; first answer token in the browser: {tokens}; "
            f"serving process RSS {mem.get('rss_mb', 0):.0f} MB (peak {mem.get('peak_rss_mb', 0):.0f} MB)")


def summary_lines(result: dict[str, Any]) -> list[str]:
    lines = []
    ing = result.get("ingest", {})
    if ing.get("ok"):
        lines.append(f"ingest: {ing['chunks']} chunks from {ing['corpus_mb']:.2f} MB in {ing['ingest_s']:.1f} s ({ing['chunks_per_s']:.1f} chunks/s, {ing['mb_per_s']:.3f} MB/s; model load {ing['model_load_s']:.1f} s)")
    elif ing.get("skipped"):
        lines.append("ingest: skipped")
    else:
        lines.append(f"ingest: failed ({ing.get('error')})")
    s = result["search"]
    lines.append(f"search ({s['mode']}, k={s['k']}): p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms over {s['n_queries']} queries")
    for engine, a in result["answers"].items():
        if a.get("available"):
            lines.append(f"answer {engine}: p50 {a['p50_s']:.2f} s, p95 {a['p95_s']:.2f} s over {a['n']} questions ({a['measures']})")
        else:
            lines.append(f"answer {engine}: not available ({a['note']})")
    rv = result.get("review")
    if rv and "seconds" in rv:
        lines.append(f"review of a {rv['pages']}-page PDF plan: {rv['seconds']:.1f} s, {rv.get('cpu_s', 0):.1f} s CPU ({rv['first_s']:.1f} s the first time in the process)")
    elif rv:
        lines.append(f"review: not available ({rv.get('note')})")
    if result.get("drafting"):
        from assistant.plan.draft_bench import summary_line as drafting_line

        lines.append(drafting_line(result["drafting"]))
    if result.get("kartlegging"):
        from assistant.kartlegging.bench import summary_line

        lines.append(summary_line(result["kartlegging"]))
    if result.get("ui"):
        lines.append(ui_summary_line(result["ui"]))
    lines.append(f"peak RSS: {result['peak_rss_mb']:.0f} MB")
    return lines
