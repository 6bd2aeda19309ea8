"""Drafting time for ``planvis bench``: a full draft per engine.

``first_s`` drafts evals/drafting/fjordvik.yaml in a fresh process (model loading included);
``draft_s`` then drafts nordby.yaml, whose challenges call for other measures (other searches),
in the warm process. ``extractive`` is the draft itself (retrieval and checks, no LLM). An LLM engine adds the polish
of one section (Innledning), timed apart, with how many of its paragraphs passed the checks.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.plan.answers import load_answers

EVAL_DIR = Path(__file__).resolve().parent.parent.parent / "evals" / "drafting"
WARM_UP, ANSWERS = EVAL_DIR / "fjordvik.yaml", EVAL_DIR / "nordby.yaml"
POLISH_SECTION = "innledning"


def bench_drafting(assistant: Any, engines: Sequence[str] = ("extractive",), answers_path: Path = ANSWERS) -> dict[str, Any]:
    from assistant.plan.draft import build_draft

    started = time.perf_counter()
    build_draft(load_answers(WARM_UP), assistant)  # a fresh process: models, caches
    first = time.perf_counter() - started
    answers = load_answers(answers_path)
    started = time.perf_counter()
    draft = build_draft(answers, assistant)
    seconds = time.perf_counter() - started
    out: dict[str, Any] = {
        "answers": answers_path.name,
        "warm_up": WARM_UP.name,
        "extractive": {"available": True, "draft_s": round(seconds, 2), "first_s": round(first, 2),
                       "rows": len(draft.tiltak), "references": len(draft.references)},
    }
    for engine in engines:
        if engine == "extractive":
            continue
        out[engine] = _bench_polish(assistant, draft, engine, seconds)
    return out


def _bench_polish(assistant: Any, draft: Any, engine: str, draft_s: float) -> dict[str, Any]:
    from assistant.llm import make_chat_model
    from assistant.plan.polish import eligible, facts_of, polish_section

    try:
        model = make_chat_model(assistant.settings, engine)
        section = draft.section(POLISH_SECTION)
        passages = {r.n: r.passage for r in draft.references}
        started = time.perf_counter()
        polished, notes = polish_section(section, model, passages, sorted(facts_of(draft.answers)), assistant.spellchecker())
        polish_s = time.perf_counter() - started
    except Exception as exc:  # report, do not abort the other measurements
        return {"available": False, "note": f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"[:200]}
    tried = sum(eligible(b) for b in section.blocks)
    kept = sum(1 for a, b in zip(section.blocks, polished.blocks, strict=True) if a.text != b.text)
    failed = [n for n in notes if "polish failed" in n]
    if failed and not kept:
        return {"available": False, "note": failed[0][:200]}
    return {"available": True, "draft_s": round(draft_s, 2), "polish_section": POLISH_SECTION, "polish_s": round(polish_s, 2),
            "paragraphs_polished": kept, "paragraphs_sent": tried, "total_s": round(draft_s + polish_s, 2)}


def summary_line(result: dict[str, Any]) -> str:
    parts = []
    for engine, r in result.items():
        if not isinstance(r, dict):
            continue
        if not r.get("available"):
            parts.append(f"{engine} not available ({r.get('note')})")
        elif "polish_s" in r:
            parts.append(f"{engine} {r['total_s']:.1f} s (+{r['polish_s']:.1f} s polishing {r['polish_section']}, {r['paragraphs_polished']} paragraph(s) kept)")
        else:
            parts.append(f"{engine} {r['draft_s']:.1f} s ({r['first_s']:.1f} s for {result.get('warm_up')} in a fresh process)")
    return f"drafting {result.get('answers')}: " + "; ".join(parts)
