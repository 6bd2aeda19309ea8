"""Glue between the UI and ``assistant.plan``: load/save plans for a user, draft, export.

Only calls the plan package (model, store, conversation, draft, export) and shapes its results.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from assistant.types import Citation
from ui.services import Services, safe_name


class PlanAccessError(PermissionError):
    """The user may not see or change this plan."""


def may_use(plan: Any, user: str) -> bool:
    return plan.owner == user or user in plan.shared_with


def load_plan(services: Services, user: str, plan_id: str) -> Any:
    plan = services.store.load(plan_id)
    if not may_use(plan, user):
        raise PlanAccessError(f"planen {plan_id[:8]} er ikke delt med deg")
    return plan


def new_plan(services: Services, user: str) -> Any:
    from assistant.plan.model import new_plan as make

    return services.store.save(make(owner=user))


def plans_for(services: Services, user: str) -> list[Any]:
    """The user's plans and those shared with her, newest first."""
    return list(services.store.list(user))


def plan_label(plan: Any, user: str) -> str:
    who = "" if plan.owner == user else f" (delt av {plan.owner})"
    return f"{plan.title or 'Uten tittel'} – {len(plan.answers)} svar, endret {plan.updated[:16].replace('T', ' ')}{who}"


def add_pick(services: Services, user: str, plan_id: str | None, row: dict[str, Any], kind: str, question: str) -> Any:
    """Add a cited passage from chat to the plan (a new one if none is open) as a measure or a note."""
    from assistant.plan.model import Pick

    plan = load_plan(services, user, plan_id) if plan_id else new_plan(services, user)
    pick = Pick(
        id="",
        kind=kind,
        text=question,
        doc_id=row["doc_id"],
        title=row["title"],
        section=row.get("section") or "",
        page=row.get("page"),
        quote=row["quote"],
    )
    return services.store.save(plan.with_pick(pick), expected_version=plan.version)


def picks_for_draft(services: Services, plan: Any) -> list[Any]:
    """The plan's picks as objects with a ``citation`` (chunk + quote), which build_draft re-checks."""
    chunks = services.index.chunks()
    out = []
    for p in plan.picks:
        flat = " ".join(str(p.quote).split())
        chunk = next((c for c in chunks.values() if c.doc_id == p.doc_id and flat[:80] in " ".join(c.text.split())), None)
        if chunk is not None:
            out.append(SimpleNamespace(citation=Citation(n=0, chunk=chunk, quote=p.quote), kind=p.kind, text=p.text))
    return out


def build(services: Services, plan: Any, kartlegging: str | None = None) -> Any:
    from assistant.plan.draft import build_draft

    # build_draft takes the answers-file shape; Plan.answers_dict() gives it (a Plan itself is not accepted yet)
    return build_draft(plan.answers_dict(), services.assistant, kartlegging=kartlegging or None, picks=picks_for_draft(services, plan))


def section_markdown(draft: Any, key: str) -> str:
    """One drafted section as Markdown (without the document title and the reference list)."""
    from assistant.plan.export import to_markdown

    sec = draft.section(key)
    text = to_markdown(replace(draft, sections=(sec,), references=()))
    body = text.split(f"# {sec.title}\n", 1)[-1]
    return re.split(r"^# Kilder\s*$", body, maxsplit=1, flags=re.MULTILINE)[0].strip()


def export(services: Services, user: str, draft: Any, plan_id: str) -> tuple[Path, Path]:
    """Write the draft as DOCX and Markdown into the user's scratch dir; (docx, md)."""
    from assistant.plan.export import write_docx, write_markdown

    out = services.temp_dir(user)
    for old in out.glob("kompetanseplan-*"):  # the previous download is served already: empty after use
        old.unlink(missing_ok=True)
    stem = safe_name(f"kompetanseplan-{draft.kommune}-{plan_id[:6]}")
    docx = write_docx(draft, out / f"{stem}.docx", figures=draft.figures)
    md = write_markdown(draft, out / f"{stem}.md")
    return Path(docx), Path(md)
