"""``planvis eval --ablation``: what each hand-written rule is worth, per question set.

Every rule in :data:`assistant.rules.RULES` (registered when the core modules are imported) is
switched off in turn (``with rules.disabled(name):``) and the question sets are answered again with
the extractive engine. Per question set (by id prefix: ``q…`` is ``dev`` = ``evals/questions.jsonl``,
``ha-…`` … ``hj-…`` the held-out sets) the table shows how must-include, evidence cited, unanswerable
refused and false refusals change against all rules on, and marks with ``*`` the sets the rule was
found on. A rule *pays* when, on the sets it was not found on, switching it off costs more than it
gains (each must-include, evidence citation and refused unanswerable question lost counts one, each
false refusal one); otherwise it pays nothing there.

Only the rules are re-run: every index call (query vectors, Chroma windows, BM25, sentence
similarities) is remembered by :class:`assistant.evaluate.cache.CachedIndex`, and so is the
evidence check of a cited passage, so a run after the first costs the pure-Python ranking, refusal
and answer rules. Rules can be split over worker processes (``--workers``); each worker answers the
sets once with all rules on (to fill its caches), and the runs must agree.

    >>> question_set("hc-f29"), question_set("q017")
    ('hc', 'dev')
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from typing import Any

from assistant import rules
from assistant.evaluate.metrics import must_include_ok
from assistant.evaluate.questions import EvalError, Question, load_questions

# The flat core modules register their rules when imported; these are no core (they import the rest).
NOT_CORE = frozenset(["cli", "bench", "__main__"])
# The counts compared per set; the sign says which direction is better with the rule on.
COUNTS = ("must_include", "evidence_cited", "unanswerable_refused", "false_refusals")
BETTER_HIGH = {"must_include": True, "evidence_cited": True, "unanswerable_refused": True, "false_refusals": False}
SHORT = {"must_include": "must", "evidence_cited": "ev", "unanswerable_refused": "ref", "false_refusals": "fr"}
PAYS = "pays"
PAYS_NOTHING = "pays nothing on sets it was not found on"
COSTS = "costs on sets it was not found on"
# The held-out sets ("ha-…"), the blind sets ("bq-…", "b24-…"), the rules' found_on names; the rest is dev.
_SET_RE = re.compile(r"^(h[a-z]|bq|b\d\d)-")


def question_set(qid: str) -> str:
    """The question set of a question id: its ``hX-``, ``bq-`` or ``bNN-`` prefix, else ``dev``."""
    m = _SET_RE.match(qid)
    return m.group(1) if m else "dev"


def register_core_rules() -> dict[str, rules.Rule]:
    """Import every flat module of the core (``assistant/*.py``) so their rules register; returns the registry."""
    import assistant

    for info in pkgutil.iter_modules(assistant.__path__):
        if not info.ispkg and info.name not in NOT_CORE:
            importlib.import_module(f"assistant.{info.name}")
    return dict(rules.RULES)


@dataclass(frozen=True)
class Outcome:
    """What the ablation compares for one answered question."""

    refused: bool
    must_include: bool | None  # None for an unanswerable question
    evidence_cited: bool | None  # None when the question has no evidence quotes


def answer_outcomes(assistant: Any, questions: Sequence[Question], evidence_cache: dict[tuple[str, str], bool]) -> dict[str, Outcome]:
    """Answer every question (extractive engine) and judge what the ablation compares."""
    from assistant.relevance import contains_evidence

    out: dict[str, Outcome] = {}
    for q in questions:
        answer = assistant.ask(q.question, q.history, engine="extractive")
        must = must_include_ok(answer.text, q.must_include, answer.refused)[0] if q.answerable else None
        evidence = None
        if q.answerable and q.evidence:
            evidence = False
            if not answer.refused:
                for c in answer.citations:
                    for e in q.evidence:
                        key = (c.chunk.text, e)
                        if key not in evidence_cache:
                            evidence_cache[key] = contains_evidence(c.chunk.text, e)
                        evidence = evidence or evidence_cache[key]
        out[q.id] = Outcome(answer.refused, must, evidence)
    return out


def set_counts(questions: Sequence[Question], outcomes: Mapping[str, Outcome]) -> dict[str, dict[str, int]]:
    """Per question set: the four counts and the sizes they are counted over."""
    counts: dict[str, dict[str, int]] = {}
    for q in questions:
        c = counts.setdefault(question_set(q.id), {"n": 0, "answerable": 0, "with_evidence": 0, "unanswerable": 0, **dict.fromkeys(COUNTS, 0)})
        o = outcomes[q.id]
        c["n"] += 1
        if q.answerable:
            c["answerable"] += 1
            c["must_include"] += bool(o.must_include)
            c["false_refusals"] += o.refused
            if o.evidence_cited is not None:
                c["with_evidence"] += 1
                c["evidence_cited"] += o.evidence_cited
        else:
            c["unanswerable"] += 1
            c["unanswerable_refused"] += o.refused
    return counts


def changes(questions: Sequence[Question], base: Mapping[str, Outcome], off: Mapping[str, Outcome]) -> list[str]:
    """The questions whose judged outcome changed with the rule off, e.g. ``"hc-f29: must-include lost"``."""
    out = []
    for q in questions:
        a, b = base[q.id], off[q.id]
        what = []
        if a.refused != b.refused:
            what.append(("now refused" if b.refused else "now answered") + ("" if q.answerable else " (unanswerable)"))
        if a.must_include != b.must_include:
            what.append("must-include " + ("gained" if b.must_include else "lost"))
        if a.evidence_cited != b.evidence_cited:
            what.append("evidence " + ("gained" if b.evidence_cited else "lost"))
        if what:
            out.append(f"{q.id}: {', '.join(what)}")
    return out


def worth(delta: Mapping[str, int]) -> int:
    """What a rule earns on one set (positive: switching it off costs answers), from off-minus-on counts."""
    return sum(-v if BETTER_HIGH[k] else v for k, v in delta.items() if k in BETTER_HIGH)


def _worker(settings: Any, questions: list[Question], names: list[str], progress: bool) -> dict[str, Any]:
    """One process: all rules on (fills the caches), then each named rule off."""
    from assistant.answer import Assistant
    from assistant.evaluate.cache import CachedIndex

    register_core_rules()
    index = CachedIndex(settings)
    assistant = Assistant(settings, index)
    evidence: dict[tuple[str, str], bool] = {}
    started, cpu = time.perf_counter(), time.process_time()
    base = answer_outcomes(assistant, questions, evidence)
    base_s, base_cpu = time.perf_counter() - started, time.process_time() - cpu
    if progress:
        print(f"  ablation: all rules on, {len(questions)} questions, {base_s:.0f} s", file=sys.stderr, flush=True)
    runs: dict[str, dict[str, Outcome]] = {}
    seconds: dict[str, float] = {}
    cpu_s: dict[str, float] = {}
    for i, name in enumerate(names, start=1):
        t0, c0 = time.perf_counter(), time.process_time()
        with rules.disabled(name):
            runs[name] = answer_outcomes(assistant, questions, evidence)
        seconds[name], cpu_s[name] = time.perf_counter() - t0, time.process_time() - c0
        if progress:
            print(f"  ablation: {name} off ({i}/{len(names)} in this worker) {seconds[name]:.0f} s", file=sys.stderr, flush=True)
    return {
        "base": base,
        "base_s": base_s,
        "base_cpu_s": base_cpu,
        "runs": runs,
        "seconds": seconds,
        "cpu_s": cpu_s,
        "cache": {"hits": index.hits, "misses": index.misses},
    }


def load_sets(paths: Sequence[str | Path], limit: int | None = None) -> list[Question]:
    """The questions of every file (the first ``limit`` of each); ids must be unique across files."""
    questions: list[Question] = []
    seen: dict[str, str] = {}
    for path in paths:
        qs = load_questions(path)
        for q in qs[:limit] if limit else qs:
            if q.id in seen:
                raise EvalError(f"{path}: question id {q.id} is also in {seen[q.id]}")
            seen[q.id] = str(path)
            questions.append(q)
    return questions


def run_ablation(
    settings: Any,
    question_paths: Sequence[str | Path],
    out_dir: Path,
    *,
    names: Sequence[str] | None = None,
    workers: int = 1,
    limit: int | None = None,
    progress: bool = True,
) -> dict[str, Any]:
    """Switch each rule off in turn; write ``ablation.json`` and ``ablation.md`` to ``out_dir``."""
    registry = register_core_rules()
    chosen = list(names) if names else sorted(registry, key=lambda n: (registry[n].module, n))
    unknown = [n for n in chosen if n not in registry]
    if unknown:
        raise EvalError(f"unknown rule(s) {', '.join(unknown)}: registered are {', '.join(sorted(registry)) or 'none'}")
    questions = load_sets(question_paths, limit)
    started = time.perf_counter()
    workers = max(1, min(workers, len(chosen) or 1))
    shares = [chosen[i::workers] for i in range(workers)]
    if workers == 1:
        parts = [_worker(settings, questions, shares[0], progress)]
    else:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn")) as pool:
            parts = list(pool.map(_worker, [settings] * workers, [questions] * workers, shares, [progress] * workers))
    base = parts[0]["base"]
    disagree = [q for part in parts[1:] for q, o in part["base"].items() if base[q] != o]
    runs = {n: o for part in parts for n, o in part["runs"].items()}
    seconds = {n: s for part in parts for n, s in part["seconds"].items()}
    cpu_s = {n: s for part in parts for n, s in part["cpu_s"].items()}
    result = summarize_ablation(questions, registry, chosen, base, runs)
    result["meta"] = {
        "questions": [str(p) for p in question_paths],
        "n_questions": len(questions),
        "rules": len(chosen),
        "workers": workers,
        "duration_s": round(time.perf_counter() - started, 1),
        "base_run_s": [round(p["base_s"], 1) for p in parts],
        "base_run_cpu_s": [round(p["base_cpu_s"], 1) for p in parts],
        "rule_run_s_mean": round(sum(seconds.values()) / len(seconds), 2) if seconds else 0.0,
        "rule_run_cpu_s_mean": round(sum(cpu_s.values()) / len(cpu_s), 2) if cpu_s else 0.0,
        "rule_run_s": {n: round(s, 2) for n, s in seconds.items()},
        "index_cache": [p["cache"] for p in parts],
        "base_runs_disagree_on": disagree,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "ablation.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    (out_dir / "ablation.md").write_text(render_ablation(result), encoding="utf-8")
    return result


def summarize_ablation(
    questions: Sequence[Question],
    registry: Mapping[str, rules.Rule],
    names: Sequence[str],
    base: Mapping[str, Outcome],
    runs: Mapping[str, Mapping[str, Outcome]],
) -> dict[str, Any]:
    """The ablation object: counts with all rules on, and per rule its change per set and verdict."""
    on = set_counts(questions, base)
    sets = sorted(on, key=lambda s: (s != "dev", s))
    rows = []
    for name in names:
        rule = registry[name]
        off = set_counts(questions, runs[name])
        delta = {s: {k: off[s][k] - on[s][k] for k in COUNTS} for s in sets}
        unseen = [s for s in sets if s not in rule.found_on]
        earned = sum(worth(delta[s]) for s in unseen)
        rows.append(
            {
                "name": name,
                "kind": rule.kind,
                "module": rule.module,
                "what": rule.what,
                "found_on": list(rule.found_on),
                "delta": delta,
                "worth_found_on": sum(worth(delta[s]) for s in sets if s in rule.found_on),
                "worth_elsewhere": earned,
                "verdict": PAYS if earned > 0 else COSTS if earned < 0 else PAYS_NOTHING,
                "changed": changes(questions, base, runs[name]),
            }
        )
    return {"sets": sets, "base": on, "rules": rows}


def _cell(delta: Mapping[str, int], found: bool) -> str:
    parts = [f"{SHORT[k]} {v:+d}" for k, v in delta.items() if v]
    return ("\\* " if found else "") + (", ".join(parts) if parts else "·")


def render_ablation(result: Mapping[str, Any], fmt: Callable[[Mapping[str, int], bool], str] = _cell) -> str:
    """ablation.md: one row per rule, one column per question set."""
    sets = result["sets"]
    base = result["base"]
    meta = result.get("meta", {})
    lines = [
        "# Planvis: what each hand-written rule is worth",
        "",
        f"{meta.get('n_questions', '?')} questions from {', '.join(f'`{q}`' for q in meta.get('questions', []))}; "
        f"{meta.get('rules', len(result['rules']))} rules, each switched off in turn (`planvis eval --ablation`), extractive engine, "
        f"{meta.get('workers', 1)} worker(s); took {meta.get('duration_s', 0):.0f} s (a run with one rule off: "
        f"{meta.get('rule_run_s_mean', 0):.1f} s on average, {meta.get('rule_run_cpu_s_mean', 0):.1f} s of CPU; "
        f"all rules on, which fills the caches: {', '.join(f'{s:.0f}' for s in meta.get('base_run_s', []))} s).",
        "",
        "Each cell is the change in counts when the rule is **off**, against all rules on: `must` answers with every "
        "must-include string, `ev` answers citing an evidence passage, `ref` unanswerable questions refused, `fr` false "
        "refusals (answerable questions refused). `must -2` means the rule earns two answers there; `fr +1` means it "
        "prevents a false refusal. `·` = no change. `*` marks the sets the rule was found on. The verdict weighs only the "
        f"other sets: each must-include, evidence citation, refusal lost or false refusal gained counts one; **{PAYS}** "
        "when the rule earns more than it costs there.",
        "",
        "All rules on: "
        + "; ".join(
            f"{s} must {base[s]['must_include']}/{base[s]['answerable']}, ev {base[s]['evidence_cited']}/{base[s]['with_evidence']}, "
            f"ref {base[s]['unanswerable_refused']}/{base[s]['unanswerable']}, fr {base[s]['false_refusals']}"
            for s in sets
        )
        + ".",
        "",
        "| Rule | kind | " + " | ".join(sets) + " | elsewhere | verdict |",
        "|---|---" + "|---" * len(sets) + "|---|---|",
    ]
    for row in result["rules"]:
        cells = [fmt(row["delta"][s], s in row["found_on"]) for s in sets]
        lines.append(f"| `{row['name']}` | {row['kind']} | " + " | ".join(cells) + f" | {row['worth_elsewhere']:+d} | {row['verdict']} |")
    disagree = meta.get("base_runs_disagree_on")
    if disagree:
        lines += ["", f"Warning: the workers' all-rules-on runs disagree on {len(disagree)} question(s): {', '.join(disagree[:10])}."]
    lines += ["", "## What each rule does", ""]
    for row in result["rules"]:
        found = ", ".join(row["found_on"]) or "not recorded"
        lines.append(f"- `{row['name']}` ({row['module']}; found on {found}): {row['what']}")
        if row["changed"]:
            shown = "; ".join(row["changed"][:12]) + (" …" if len(row["changed"]) > 12 else "")
            lines.append(f"  - with it off: {shown}")
    lines.append("")
    return "\n".join(lines)
