"""Prompts are files in ``prompts/`` rendered by one function that fails on a missing variable.

    >>> render_prompt("answer_user", passages="[1] ...", question="Hva er Fagstigen?")[:9]
    'Kilder:\\n['
"""

from __future__ import annotations

import string
from pathlib import Path

from assistant.resources import resource_dir

PROMPTS_DIR = resource_dir("prompts")  # the checkout's prompts/, or the installed copy (assistant/resources.py)


class PromptError(KeyError):
    """A prompt file is missing or a variable was not given."""


def prompt_names(directory: Path = PROMPTS_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.txt"))


def render_prompt(name: str, directory: Path = PROMPTS_DIR, **variables: object) -> str:
    """Render ``prompts/<name>.txt`` with ``$variable`` placeholders; every one must be given."""
    path = directory / f"{name}.txt"
    if not path.exists():
        raise PromptError(f"prompt {name!r}: no file {path}")
    template = string.Template(path.read_text(encoding="utf-8"))
    needed = {m.group("named") or m.group("braced") for m in template.pattern.finditer(template.template)} - {None}
    missing = needed - set(variables)
    if missing:
        raise PromptError(f"prompt {name!r}: missing variable(s) {', '.join(sorted(missing))}")
    return template.substitute(variables).strip()
