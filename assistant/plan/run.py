"""``planvis draft``: answers file in, DOCX or Markdown out (the CLI only parses and prints)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.plan.answers import load_answers
from assistant.plan.draft import Draft, build_draft
from assistant.plan.export import format_for, write


class DraftError(ValueError):
    """One line for the user: the file or option at fault and why."""


@dataclass(frozen=True)
class DraftResult:
    draft: Draft
    path: Path
    seconds: float


def draft_file(
    assistant: Any,
    answers_path: str | Path,
    out: str | Path,
    fmt: str | None = None,
    kartlegging: str | Path | None = None,
    engine: str | None = None,
    polish: bool = False,
) -> DraftResult:
    """Read the answers, check the method's quotes against the index, draft, (polish,) and write."""
    from assistant.plan import method
    from assistant.plan.answers import AnswersError

    started = time.perf_counter()
    try:
        fmt = fmt or format_for(out)
    except ValueError as exc:
        raise DraftError(str(exc)) from None
    try:
        answers = load_answers(answers_path)
    except AnswersError as exc:
        raise DraftError(f"{answers_path}: {exc}") from None
    method.check_sources(assistant.index)  # a changed corpus fails loudly instead of citing nothing
    try:
        draft = build_draft(answers, assistant, kartlegging=kartlegging)
    except ValueError as exc:
        raise DraftError(str(exc)) from None
    if polish:
        from assistant.llm import make_chat_model
        from assistant.plan.polish import polish_draft

        name = engine or assistant.settings.engine
        if name == "extractive":
            raise DraftError("--polish needs an LLM engine: add --engine local or --engine openai")
        try:
            model = make_chat_model(assistant.settings, name)
        except Exception as exc:
            raise DraftError(f"--engine {name}: not available ({str(exc).splitlines()[0] if str(exc) else type(exc).__name__})") from None
        draft = polish_draft(draft, model, spell=assistant.spellchecker())
    try:
        path = write(draft, out, fmt)
    except OSError as exc:
        raise DraftError(f"{out}: cannot write it ({exc.strerror or type(exc).__name__})") from None
    return DraftResult(draft, path, time.perf_counter() - started)
