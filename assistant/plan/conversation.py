"""The guided conversation: one engine behind the terminal (``planvis plan``) and the web UI.

The conversation walks through :data:`FIELDS`: first the municipality (kommune, periode, ansatte),
then each question of the method's steps in order. Each :class:`Turn` carries the step, its cited
explanation (quotes of the report), the question, how the case municipalities did it (cited
sentences) and the answer recorded so far. Every answer is saved at once (autosave), so quitting
or a crash loses at most the answer being typed; the plan remembers where the user stood.

    conv = Conversation(store.load(plan_id), assistant, store)
    turn = conv.current()            # the question to ask
    conv.answer("Rådmannen")         # records, saves, moves on
    conv.back(); conv.skip(); conv.goto("5")
    conv.ask("Hva gjorde Halden med evalueringen?")   # an Answer with citations; place kept

Structured answers are typed as lines (see :data:`FORMATS`): a list is one item per line (or
items separated by ";"), a competence goal is ``mål | overordnet mål | indikator | utgangspunkt |
målverdi | frist`` and a measure ``tiltak | målgruppe | omfang | tidsrom | ansvarlig | kostnad |
mål``; columns may be left empty or out, and become placeholders in the draft.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.plan import method
from assistant.plan.cases import case_examples
from assistant.plan.method import MethodStep
from assistant.plan.model import Pick, Plan, StepAnswer

if TYPE_CHECKING:
    from assistant.answer import Assistant
    from assistant.plan.store import PlanStore
    from assistant.types import Answer, Citation

START = "start"
START_TITLE = "Om kommunen"

GOAL_COLUMNS = ("mal", "overordnet_mal", "indikator", "utgangspunkt", "malverdi", "frist")
MEASURE_COLUMNS = ("tiltak", "malgruppe", "omfang", "tidsrom", "ansvarlig", "kostnad", "mal")

# How to type each kind of answer: our own Norwegian template text, shown with the question.
FORMATS = {
    "text": "Skriv svaret på én linje.",
    "int": "Skriv et helt tall, for eksempel 850.",
    "list": "Ett punkt per linje (eller skill med semikolon). Avslutt med en tom linje.",
    "goals": "Ett mål per linje: mål | overordnet mål | indikator | utgangspunkt | målverdi | frist\n"
    "Eksempel: Flere fagarbeidere i helse og omsorg | Gode og trygge tjenester | andel ansatte med fagbrev | 55 % | 70 % | 2029\n"
    "Felt du ikke vet ennå kan stå tomme. Avslutt med en tom linje.",
    "measures": "Ett tiltak per linje: tiltak | målgruppe | omfang/læringsarena | tidsrom | ansvarlig | kostnad | mål\n"
    "Eksempel: Fagbrev for assistenter | ufaglærte i hjemmetjenesten | praksiskandidat, 2 kull | 2027-2028 | enhetsleder | 300 000 kr\n"
    "Felt du ikke vet ennå kan stå tomme. Avslutt med en tom linje.",
}
MULTILINE = frozenset({"list", "goals", "measures"})


class ConversationError(ValueError):
    """An answer that cannot be used; one Norwegian line saying what to type instead. Nothing is saved."""


@dataclass(frozen=True)
class Field:
    """One question of the conversation and the answers key it fills."""

    key: str  # answers key, or key.subkey for the mapping keys ("oppfolging.rullering")
    step: str  # "start" or a method step key
    question: str
    kind: str  # text | int | list | goals | measures

    @property
    def hint(self) -> str:
        return FORMATS[self.kind]

    @property
    def multiline(self) -> bool:
        return self.kind in MULTILINE


def _fields() -> tuple[Field, ...]:
    kinds = {
        "arbeidsgruppe": "list", "overordnede_mal": "list", "prioriterte_omrader": "list", "utfordringer": "list",
        "delplaner": "list", "kartlegging.funn": "list", "kompetansemal": "goals", "tiltak": "measures",
    }
    # Which answers key each question of a step fills, in the order of MethodStep.questions.
    keys = {
        "1": ("arbeidsgruppe", "mandat"),
        "2": ("forankring", "ambisjoner"),
        "3": ("overordnede_mal",),
        "4": ("kompetansebegrep",),
        "5": ("kompetansemal",),
        "6": ("kartlegging.gjennomfort", "kartlegging.funn"),
        "7": ("prioriterte_omrader", "utfordringer", "tiltak"),
        "8": ("oppfolging.ansvarlig", "oppfolging.rullering"),
        "9": ("delplaner",),
        "10.3": ("budsjett",),
        "10.4": ("oppfolging.rapportering", "oppfolging.evaluering"),
    }
    out = [
        Field("kommune", START, "Hvilken kommune gjelder planen?", "text"),
        Field("periode", START, "Hvilken periode skal planen gjelde for (for eksempel 2027-2030)?", "text"),
        Field("ansatte", START, "Hvor mange ansatte har kommunen?", "int"),
    ]
    for s in method.STEPS:
        for key, question in zip(keys[s.key], s.questions, strict=True):
            out.append(Field(key, s.key, question, kinds.get(key, "text")))
    return tuple(out)


FIELDS: tuple[Field, ...] = _fields()
STEP_KEYS: tuple[str, ...] = (START, *(s.key for s in method.STEPS))


@dataclass(frozen=True)
class Turn:
    """What to show for the current question."""

    index: int  # 0-based position in FIELDS
    total: int
    field: Field
    step: MethodStep | None  # None for the opening questions about the municipality
    title: str  # "Steg 5: Utarbeid kompetansemål" or "Om kommunen"
    explanation: tuple[Citation, ...]  # the report's words on this step (quotes of the method chapter)
    questions: tuple[str, ...]  # the step's questions; ``field.question`` is the one asked now
    examples: tuple[Citation, ...]  # how Sørum/Bærum/Halden (and the case descriptions) did it
    answer: StepAnswer | None  # what she answered before, if anything
    first_of_step: bool

    @property
    def question(self) -> str:
        return self.field.question


def _items(text: str) -> list[str]:
    parts = re.split(r"\n|;", text)
    items = [re.sub(r"^\s*(?:[-*•▪–]|\d{1,2}[.)])\s+", "", p).strip() for p in parts]
    return [" ".join(i.split()) for i in items if i.strip()]


def _rows(text: str, columns: Sequence[str], what: str) -> list[dict[str, str]]:
    rows = []
    for no, line in enumerate(t for t in text.splitlines() if t.strip()):
        cells = [" ".join(c.split()) for c in line.split("|")]
        if len(cells) > len(columns):
            raise ConversationError(
                f"{what} {no + 1}: {len(cells)} felt, men det er bare {len(columns)} ({' | '.join(columns)}); fjern en |"
            )
        row = {col: cell for col, cell in zip(columns, cells, strict=False) if cell and cell != "-"}
        if not row.get(columns[0]):
            raise ConversationError(f"{what} {no + 1}: første felt ({columns[0]}) er tomt")
        rows.append(row)
    return rows


def parse_answer(f: Field, text: str) -> Any:
    """The value to record for ``text`` typed at field ``f``; :class:`ConversationError` if unusable."""
    if not text.strip():
        raise ConversationError("Tomt svar: skriv et svar, eller :hopp for å hoppe over spørsmålet.")
    if f.kind == "int":
        digits = re.sub(r"[\s\u00a0.]", "", text.strip())
        if not digits.isdigit():
            raise ConversationError(f"«{text.strip()}» er ikke et helt tall: skriv for eksempel 850.")
        return int(digits)
    if f.kind == "list":
        return _items(text)
    if f.kind == "goals":
        return _rows(text, GOAL_COLUMNS, "Mål")
    if f.kind == "measures":
        return _rows(text, MEASURE_COLUMNS, "Tiltak")
    return " ".join(text.split())


def format_value(f: Field, value: Any) -> str:
    """A recorded value in the form it is typed, so the user sees exactly what she gave."""
    if value is None:
        return ""
    if f.kind == "list":
        return "\n".join(str(v) for v in value)
    if f.kind in ("goals", "measures"):
        cols = GOAL_COLUMNS if f.kind == "goals" else MEASURE_COLUMNS
        lines = []
        for row in value:
            cells = [str(row.get(c, "")) for c in cols]
            while cells and not cells[-1]:
                cells.pop()
            lines.append(" | ".join(cells))
        return "\n".join(lines)
    return str(value)


@dataclass(frozen=True)
class PickedCitation:
    """A :class:`Pick` with the indexed passage its quote stands in (what ``build_draft(picks=…)`` reads)."""

    pick: Pick
    citation: Citation


def resolve_picks(plan: Plan, index: Any) -> tuple[PickedCitation, ...]:
    """The plan's picks whose passage is still indexed, with that passage (for ``build_draft(picks=…)``).

    A pick is found by its passage id, else by its quote's first sentence in a passage of its
    document. A pick whose passage is gone or changed (the id carries a hash of the text) and whose
    quote is nowhere in its document is left out: the draft must not cite what the sources do not
    contain. The draft re-checks that the passage supports the quote.
    """
    from assistant.citations import split_sentences
    from assistant.types import Citation as _Citation

    chunks = index.chunks()
    out = []
    for n, pick in enumerate(plan.picks, start=1):
        if not pick.quote:
            continue
        chunk = chunks.get(pick.chunk_id) if pick.chunk_id else None
        if chunk is None or chunk.doc_id != pick.doc_id:
            first = (split_sentences(pick.quote) or [pick.quote])[0]
            chunk = method.find_chunk(method.SourceQuote(doc_id=pick.doc_id, quote=first, lines=(0, 0)), chunks.values())
        if chunk is not None:
            out.append(PickedCitation(pick, _Citation(n=n, chunk=chunk, quote=pick.quote)))
    return tuple(out)


class Conversation:
    """The guided conversation over one plan; saves through ``store`` after every change."""

    def __init__(self, plan: Plan, assistant: Assistant | None, store: PlanStore | None, examples: bool = True) -> None:
        self.plan = plan
        self.assistant = assistant
        self.store = store
        self.examples = examples and assistant is not None
        self.history: list[dict[str, str]] = []  # free questions asked, for follow-ups ("Og i Bærum?")
        self._cache: dict[str, tuple[tuple[Citation, ...], tuple[Citation, ...]]] = {}
        keys = [f.key for f in FIELDS]
        if plan.cursor in keys:
            self.index = keys.index(plan.cursor)
        elif plan.cursor == "end":
            self.index = len(FIELDS)
        else:  # a new plan, or one from elsewhere: the first question not answered yet
            self.index = next((i for i, f in enumerate(FIELDS) if plan.answer(f.key) is None), len(FIELDS))

    # ---- where we are ------------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """Past the last question (the terminal then offers to export)."""
        return self.index >= len(FIELDS)

    def current(self) -> Turn | None:
        """The current question, or None when the conversation is finished."""
        if self.finished:
            return None
        f = FIELDS[self.index]
        s = method.step(f.step) if f.step != START else None
        explanation, examples = self._sources(s)
        return Turn(
            index=self.index,
            total=len(FIELDS),
            field=f,
            step=s,
            title=f"Steg {s.key}: {s.title}" if s else START_TITLE,
            explanation=explanation,
            questions=s.questions if s else tuple(g.question for g in FIELDS if g.step == START),
            examples=examples,
            answer=self.plan.answer(f.key),
            first_of_step=self.index == 0 or FIELDS[self.index - 1].step != f.step,
        )

    def _sources(self, s: MethodStep | None) -> tuple[tuple[Citation, ...], tuple[Citation, ...]]:
        if s is None or self.assistant is None:
            return (), ()
        if s.key not in self._cache:
            explanation = method.explanation_citations(s, self.assistant.index)
            examples = case_examples(s, self.assistant) if self.examples else ()
            self._cache[s.key] = (explanation, examples)
        return self._cache[s.key]

    def progress(self) -> list[tuple[str, str, str]]:
        """(step key, title, status) per step, status one of done | skipped | todo | current."""
        here = FIELDS[self.index].step if not self.finished else None
        out = []
        for key in STEP_KEYS:
            title = START_TITLE if key == START else method.step(key).title
            status = "current" if key == here else self.plan.step_status(key) or "todo"
            out.append((key, title, status))
        return out

    # ---- moving ------------------------------------------------------------------------------
    def answer(self, text: str) -> Turn | None:
        """Record the answer to the current question, save, and move to the next question."""
        if self.finished:
            raise ConversationError("Planen er ferdig utfylt: bruk :gå <steg> for å endre et svar.")
        f = FIELDS[self.index]
        value = parse_answer(f, text)
        return self._move(self.index + 1, self.plan.with_answer(f.key, value, step=f.step).with_status(f.step, "done"))

    def next(self) -> Turn | None:
        """Keep the recorded answer (if any) and move on; without one this is :meth:`skip`."""
        if self.finished:
            return None
        if self.plan.answer(FIELDS[self.index].key) is None:
            return self.skip()
        return self._move(self.index + 1)

    def skip(self) -> Turn | None:
        """Leave the current question unanswered (the draft shows a placeholder) and move on."""
        if self.finished:
            return None
        f = FIELDS[self.index]
        plan = self.plan
        if not any(plan.answer(g.key) for g in FIELDS if g.step == f.step):
            plan = plan.with_status(f.step, "skipped")
        return self._move(self.index + 1, plan)

    def back(self) -> Turn | None:
        """The previous question (its answer can be changed by answering again)."""
        return self._move(max(self.index - 1, 0))

    def goto(self, key: str) -> Turn | None:
        """Jump to a step ("5", "10.4", "start") or a field ("mandat", "oppfolging.rullering")."""
        key = key.strip().lower().rstrip(".")
        for i, f in enumerate(FIELDS):
            if key in (f.step, f.key):
                return self._move(i)
        known = ", ".join(STEP_KEYS)
        raise ConversationError(f"Ukjent steg «{key}»: bruk ett av {known}.")

    def _move(self, index: int, plan: Plan | None = None) -> Turn | None:
        # Saved first, then adopted: if the save fails (VersionConflict, a full disk) the
        # conversation stays where it was, with what the store holds.
        new = (plan or self.plan).with_cursor(FIELDS[index].key if index < len(FIELDS) else "end")
        self.plan, self.index = self._save(new), index
        return self.current()

    def _save(self, plan: Plan) -> Plan:
        return self.store.save(plan, expected_version=plan.version) if self.store is not None else plan

    def save(self) -> Plan:
        """Save now (every move does); raises the store's VersionConflict if it was saved elsewhere."""
        self.plan = self._save(self.plan)
        return self.plan

    def set_kartlegging(self, directory: str | Path) -> dict[str, Any]:
        """Attach the output of ``planvis kartlegging --out DIR`` (aggregates only) to the plan; saved.

        The plan keeps ``analysis.json`` as it is (counts and shares per sector, never a person)
        plus the directory, so the draft can include its tables and figures.
        """
        from assistant.kartlegging import load_analysis

        d = Path(directory).expanduser().resolve()
        try:
            load_analysis(d)  # validates the directory the way the draft will read it
            data = json.loads((d / "analysis.json").read_text(encoding="utf-8"))
        except Exception as exc:  # KartleggingError or OSError: one line naming the directory
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ConversationError(f"Fant ingen kartlegging fra planvis kartlegging: {first}") from None
        summary = {"dir": str(d), "analysis": data}
        self.plan = self._save(self.plan.with_kartlegging(summary))
        return summary

    # ---- free questions ------------------------------------------------------------------------
    def ask(self, question: str, engine: str | None = None) -> Answer:
        """Answer a free question with citations (``Assistant.ask``); the place in the plan is kept."""
        if self.assistant is None:
            raise ConversationError("Ingen kilder er lastet: spørsmål kan ikke besvares her.")
        answer = self.assistant.ask(question, history=tuple(self.history), engine=engine)
        self.history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        return answer
