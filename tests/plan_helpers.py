"""Drafts shared by the plan tests: each is built once per test session (drafting searches the real index)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.plan.answers import load_answers
from assistant.plan.draft import Draft, build_draft

EVAL_DIR = Path(__file__).resolve().parent.parent / "evals" / "drafting"
_CACHE: dict[str, tuple[dict[str, Any], Draft]] = {}


def eval_draft(name: str, assistant: Any) -> tuple[dict[str, Any], Draft]:
    """(answers, draft) for evals/drafting/<name>.yaml, built once."""
    if name not in _CACHE:
        answers = load_answers(EVAL_DIR / f"{name}.yaml")
        _CACHE[name] = (answers, build_draft(answers, assistant))
    return _CACHE[name]
