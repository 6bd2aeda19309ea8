"""Optional LLM polish of a draft's paragraphs, kept only when it passes the same checks as the draft.

A polished paragraph replaces the original only if (:func:`check_polish`): every citation marker,
placeholder and «quote» of the original is still there; it states no number the original did
not; every one of her facts in the original (numbers and names from her answers) is still
there; every cited sentence is supported by its passage (:func:`assistant.citations.verify`);
and it has no misspelt word that the original did not have. Otherwise the original stays.
Quotes, bullets and tables are never sent to the model.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from assistant.citations import strip_markers, verify
from assistant.plan.draft import PLACEHOLDER_RE, Block, Draft, Section

MARKER_RE = re.compile(r"\[\d+\]")
QUOTE_RE = re.compile(r"«[^«»]+»")
NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_NAME_RE = re.compile(r"\b[A-ZÆØÅ][\wæøåÆØÅ-]{2,}")


def facts_of(answers: Mapping[str, Any]) -> set[str]:
    """Her facts as tokens: every number and capitalised name in her answers."""
    text = " ".join(_flatten(answers))
    return set(NUMBER_RE.findall(text)) | set(_NAME_RE.findall(text))


def _flatten(value: Any) -> Iterable[str]:
    if isinstance(value, Mapping):
        for v in value.values():
            yield from _flatten(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _flatten(v)
    elif value is not None:
        yield str(value)


def check_polish(
    original: str, polished: str, passages: Mapping[int, str], facts: Iterable[str] = (), spell: Any = None
) -> str | None:
    """Why ``polished`` may not replace ``original`` (one line), or None when it may."""
    polished = polished.strip()
    if not polished:
        return "empty"
    lost = Counter(MARKER_RE.findall(original)) - Counter(MARKER_RE.findall(polished))
    if lost:
        return f"lost citation {', '.join(sorted(lost))}"
    for placeholder in PLACEHOLDER_RE.findall(original):
        if placeholder not in polished:
            return f"lost placeholder {placeholder}"
    for quote in QUOTE_RE.findall(original):
        if quote not in polished:
            return f"changed quote {quote[:40]}"
    new_numbers = set(NUMBER_RE.findall(strip_markers(polished))) - set(NUMBER_RE.findall(strip_markers(original)))
    if new_numbers:
        return f"new number {', '.join(sorted(new_numbers))}"
    for fact in facts:
        if fact in original and fact not in polished:
            return f"lost fact {fact}"
    if MARKER_RE.search(polished):
        checked = verify(polished, passages)
        if checked.dropped:
            sentence, why = checked.dropped[0]
            return f"unsupported: {sentence[:50]} ({why})"
    if spell is not None:
        before = set(spell.check(_plain(original)).misspelt)
        after = [w for w in spell.check(_plain(polished)).misspelt if w not in before]
        if after:
            return f"spelling: {', '.join(after[:3])}"
    return None


def _plain(text: str) -> str:
    return strip_markers(PLACEHOLDER_RE.sub(" ", QUOTE_RE.sub(" ", text)))


def polish_text(text: str, model: Any) -> str:
    """One paragraph through the model with prompts/draft_polish.txt."""
    from assistant.llm import stream_text
    from assistant.prompts import render_prompt

    prompt = render_prompt("draft_polish", text=text)
    return "".join(stream_text(model, [("user", prompt)])).strip()


def eligible(block: Block) -> bool:
    """A paragraph of our template and her words, long enough to polish; quotes are never sent."""
    return block.kind == "p" and not QUOTE_RE.search(block.text) and len(block.text.split()) >= 6


def polish_section(section: Section, model: Any, passages: Mapping[int, str], facts: Iterable[str] = (), spell: Any = None) -> tuple[Section, list[str]]:
    """The section with each checked polished paragraph; notes say what was kept unpolished and why."""
    facts = list(facts)
    notes: list[str] = []
    blocks: list[Block] = []
    for block in section.blocks:
        if not eligible(block):
            blocks.append(block)
            continue
        try:
            polished = polish_text(block.text, model)
        except Exception as exc:  # an engine that fails leaves the draft as it was
            notes.append(f"{section.title}: polish failed ({type(exc).__name__}); kept the original")
            blocks.append(block)
            continue
        why = check_polish(block.text, polished, passages, facts, spell)
        if why:
            notes.append(f"{section.title}: kept the original paragraph ({why})")
            blocks.append(block)
        else:
            blocks.append(replace(block, text=polished))
    return replace(section, blocks=tuple(blocks)), notes


def polish_draft(draft: Draft, model: Any, spell: Any = None) -> Draft:
    """Every section polished where the checks allow; the notes record each paragraph kept as it was."""
    passages = {r.n: r.passage for r in draft.references}
    facts = sorted(facts_of(draft.answers))
    sections, notes = [], list(draft.notes)
    for section in draft.sections:
        polished, why = polish_section(section, model, passages, facts, spell)
        sections.append(polished)
        notes += why
    return replace(draft, sections=tuple(sections), notes=tuple(notes))
