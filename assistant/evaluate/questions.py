"""Question sets: JSON lines in ``evals/``, read into frozen :class:`Question` objects, and a fixed stratified sample."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

LLM_SAMPLE = 20  # questions per LLM engine in --compare unless --full
# --fast (CI) answers every question with the extractive engine (217 questions: ~45 s including the fixed
# start-up, ~2 min on a busy 2-core machine); a larger set is cut to a fixed stratified subset of this size.
FAST_MAX_QUESTIONS = 250


class EvalError(Exception):
    """A problem with the inputs (question file, gate file); one line for the CLI."""


# ---------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    answer: str = ""
    must_include: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    history: tuple[Mapping[str, str], ...] = ()
    lang: str = "nb"

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def load_questions(path: str | Path) -> list[Question]:
    """Read the question set (JSON lines); raise :class:`EvalError` naming the bad line."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"{p}: no such question file")
    out: list[Question] = []
    for no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(
                Question(
                    id=str(d["id"]),
                    question=str(d["question"]),
                    type=str(d.get("type", "case_fact")),
                    answer=str(d.get("answer", "")),
                    must_include=tuple(d.get("must_include") or ()),
                    evidence=tuple(d.get("evidence") or ()),
                    sources=tuple(d.get("sources") or ()),
                    history=tuple(d.get("history") or ()),
                    lang=str(d.get("lang") or "nb"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalError(f"{p}:{no}: bad question line ({type(exc).__name__}: {exc})") from exc
    if not out:
        raise EvalError(f"{p}: no questions")
    return out


def stratified_sample(questions: Sequence[Question], n: int = LLM_SAMPLE) -> list[Question]:
    """A deterministic sample of ``n`` questions, every type represented in proportion.

    Each type gets its share (largest remainder, at least one), taken evenly spaced through that
    type's questions in file order; the result keeps file order.

    >>> qs = [Question(f"q{i}", "?", "a" if i < 30 else "b") for i in range(40)]
    >>> [q.id for q in stratified_sample(qs, 4)]
    ['q0', 'q10', 'q20', 'q30']
    """
    if n >= len(questions):
        return list(questions)
    by_type: dict[str, list[Question]] = {}
    for q in questions:
        by_type.setdefault(q.type, []).append(q)
    quota = {t: max(1, math.floor(n * len(qs) / len(questions))) for t, qs in by_type.items()}
    rest = sorted(by_type, key=lambda t: -(n * len(by_type[t]) / len(questions) - math.floor(n * len(by_type[t]) / len(questions))))
    i = 0
    while sum(quota.values()) < n and rest:
        t = rest[i % len(rest)]
        if quota[t] < len(by_type[t]):
            quota[t] += 1
        i += 1
    while sum(quota.values()) > n:  # the minimum of one per type overshot: trim the largest
        t = max(quota, key=lambda t: quota[t])
        quota[t] -= 1
    chosen: set[str] = set()
    for t, qs in by_type.items():
        step = len(qs) / quota[t] if quota[t] else 0
        chosen.update(qs[int(j * step)].id for j in range(quota[t]))
    return [q for q in questions if q.id in chosen]
