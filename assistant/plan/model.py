"""The plan a municipality is writing: its answers per step, picked notes and measures, status.

A :class:`Plan` is frozen; every change makes a new one through a pure function (``with_answer``,
``with_pick``, ``without_pick``, ``with_status``, ``with_cursor``, ``with_sections``). The store
(:mod:`assistant.plan.store`) gives it its version number on every save.

An answer's ``key`` is an answers-file key (``"mandat"``) or a key with a sub-key
(``"oppfolging.rullering"``, ``"kartlegging.funn"``) for the mapping-valued keys, so each part has
the time it was given. :meth:`Plan.answers_dict` assembles the answers-file shape of issue 12
point 8, which ``assistant.plan.answers.validate_answers`` accepts and ``build_draft`` consumes.

    >>> p = new_plan(owner="local").with_answer("kommune", "Fjordvik", step="start")
    >>> p = p.with_answer("oppfolging.rullering", "Årlig i budsjettarbeidet", step="8")
    >>> p.answers_dict()
    {'kommune': 'Fjordvik', 'oppfolging': {'rullering': 'Årlig i budsjettarbeidet'}}
"""

from __future__ import annotations

import datetime as _dt
import uuid
from dataclasses import asdict, dataclass, field, replace
from typing import Any

SCHEMA_VERSION = 1
PICK_KINDS = ("measure", "note")
STATUSES = ("done", "skipped")


def now_iso() -> str:
    """The current UTC time as ISO 8601 with seconds ("2026-12-03T06:30:00+00:00")."""
    return _dt.datetime.now(_dt.UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class StepAnswer:
    """One answer: the key it fills, its value (text, list or list of mappings), when, in which step."""

    key: str
    value: Any  # str | int | list[str] | list[dict[str, str]]: JSON-able
    given_at: str
    step: str  # method step key ("1".."10.4") or "start"


@dataclass(frozen=True)
class Pick:
    """A measure or note the user picked from a cited chat answer, with the citation it rests on."""

    id: str
    kind: str  # "measure" | "note"
    text: str
    doc_id: str = ""
    title: str = ""
    section: str = ""
    page: int | None = None
    year: int | None = None
    quote: str = ""
    added_at: str = ""
    chunk_id: str = ""  # the indexed passage it came from (ids change when the passage's text does)


@dataclass(frozen=True)
class Plan:
    id: str
    schema_version: int = SCHEMA_VERSION
    owner: str = "local"
    shared_with: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    version: int = 0  # 0 until first saved; the store sets it on every save
    answers: tuple[StepAnswer, ...] = ()
    picks: tuple[Pick, ...] = ()
    kartlegging: dict[str, Any] | None = field(default=None, hash=False, compare=False)  # aggregates only
    status: tuple[tuple[str, str], ...] = ()  # (step key, "done" | "skipped")
    cursor: str = ""  # where the conversation stands (a field key), so a resumed plan continues there
    sections: tuple[tuple[str, str], ...] = ()  # drafted sections (title, markdown)

    # ---- reading -----------------------------------------------------------------------------
    @property
    def kommune(self) -> str:
        a = self.answer("kommune")
        return str(a.value) if a else ""

    @property
    def title(self) -> str:
        periode = self.answer("periode")
        name = f"Kompetanseplan for {self.kommune}" if self.kommune else "Kompetanseplan (uten kommune)"
        return f"{name} {periode.value}" if periode else name

    def answer(self, key: str) -> StepAnswer | None:
        for a in self.answers:
            if a.key == key:
                return a
        return None

    def step_status(self, step: str) -> str | None:
        return dict(self.status).get(step)

    def answers_dict(self) -> dict[str, Any]:
        """The answers-file shape (issue 12 point 8): top-level keys, sub-keys nested, empty ones left out."""
        out: dict[str, Any] = {}
        for a in self.answers:
            if a.value in (None, "", [], {}):
                continue
            top, _, sub = a.key.partition(".")
            if sub:
                out.setdefault(top, {})[sub] = a.value
            else:
                out[top] = a.value
        return out

    # ---- deriving new versions -----------------------------------------------------------------
    def with_answer(self, key: str, value: Any, step: str, at: str | None = None) -> Plan:
        """A plan with this answer recorded (replacing an earlier answer to the same key)."""
        new = StepAnswer(key=key, value=value, given_at=at or now_iso(), step=step)
        rest = tuple(a for a in self.answers if a.key != key)
        return replace(self, answers=(*rest, new))

    def without_answer(self, key: str) -> Plan:
        return replace(self, answers=tuple(a for a in self.answers if a.key != key))

    def with_status(self, step: str, status: str | None) -> Plan:
        if status is not None and status not in STATUSES:
            raise ValueError(f"status {status!r}: use one of {', '.join(STATUSES)}")
        rest = tuple((k, v) for k, v in self.status if k != step)
        return replace(self, status=rest if status is None else (*rest, (step, status)))

    def with_cursor(self, cursor: str) -> Plan:
        return replace(self, cursor=cursor)

    def with_pick(self, pick: Pick) -> Plan:
        if pick.kind not in PICK_KINDS:
            raise ValueError(f"pick kind {pick.kind!r}: use one of {', '.join(PICK_KINDS)}")
        if not pick.text.strip():
            raise ValueError("pick: the text is empty")
        stamped = replace(pick, id=pick.id or uuid.uuid4().hex[:12], added_at=pick.added_at or now_iso())
        return replace(self, picks=(*(p for p in self.picks if p.id != stamped.id), stamped))

    def without_pick(self, pick_id: str) -> Plan:
        if not any(p.id == pick_id for p in self.picks):
            raise KeyError(f"pick {pick_id!r}: not in this plan")
        return replace(self, picks=tuple(p for p in self.picks if p.id != pick_id))

    def with_kartlegging(self, summary: dict[str, Any] | None) -> Plan:
        return replace(self, kartlegging=summary)

    def with_sections(self, sections: tuple[tuple[str, str], ...]) -> Plan:
        return replace(self, sections=tuple(sections))

    def shared(self, *users: str) -> Plan:
        return replace(self, shared_with=tuple(dict.fromkeys((*self.shared_with, *users))))

    # ---- JSON ----------------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Plan:
        return cls(
            id=str(d["id"]),
            schema_version=int(d.get("schema_version", SCHEMA_VERSION)),
            owner=str(d.get("owner", "local")),
            shared_with=tuple(d.get("shared_with", ())),
            created=str(d.get("created", "")),
            updated=str(d.get("updated", "")),
            version=int(d.get("version", 0)),
            answers=tuple(StepAnswer(**a) for a in d.get("answers", ())),
            picks=tuple(Pick(**p) for p in d.get("picks", ())),
            kartlegging=d.get("kartlegging"),
            status=tuple((str(k), str(v)) for k, v in d.get("status", ())),
            cursor=str(d.get("cursor", "")),
            sections=tuple((str(t), str(x)) for t, x in d.get("sections", ())),
        )


def new_plan(owner: str = "local", at: str | None = None) -> Plan:
    """A new, empty plan with a fresh id (uuid4 hex)."""
    t = at or now_iso()
    return Plan(id=uuid.uuid4().hex, owner=owner, created=t, updated=t)


def pick_from_citation(kind: str, text: str, citation: Any) -> Pick:
    """A :class:`Pick` carrying an :class:`assistant.types.Citation`'s document, section, page, year and quote."""
    chunk = citation.chunk
    return Pick(
        id="",
        kind=kind,
        text=text,
        doc_id=chunk.doc_id,
        title=chunk.title,
        section=chunk.section_path,
        page=chunk.page,
        year=citation.year,
        quote=citation.quote,
        chunk_id=chunk.id,
    )
