"""A draft kompetanseplan from the answers file, grounded in checked citations (issue 12 point 4).

Every sentence of a draft is one of three things: the municipality's own answer, our template
text, or a quote from the sources whose citation was checked in code
(:class:`assistant.plan.grounding.Grounder`). What she did not tell us about her municipality is
a visible placeholder ``[fyll inn: …]`` (:data:`PLACEHOLDERS`), never a guess.

    >>> draft = build_draft(load_answers("evals/drafting/fjordvik.yaml"), assistant)   # doctest: +SKIP
    >>> print(draft.markdown())                                                          # doctest: +SKIP
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.plan.answers import validate_answers
from assistant.plan.grounding import Reference

PLACEHOLDERS: dict[str, str] = {
    "kommune": "[fyll inn: kommunens navn]",
    "periode": "[fyll inn: planperiode]",
    "ansatte": "[fyll inn: antall ansatte]",
    "arbeidsgruppe": "[fyll inn: medlemmer av arbeidsgruppen]",
    "mandat": "[fyll inn: hvem som ga mandatet, og hva det sier]",
    "forankring": "[fyll inn: planens forankring]",
    "ambisjoner": "[fyll inn: planens ambisjoner]",
    "overordnede_mal": "[fyll inn: overordnede mål fra kommuneplanen]",
    "kompetansebegrep": "[fyll inn: hvilke deler av kompetansebegrepet planen vektlegger]",
    "kompetansemal": "[fyll inn: kompetansemål]",
    "kompetansemal.mal": "[fyll inn: kompetansemål]",
    "kompetansemal.overordnet_mal": "[fyll inn: overordnet mål som målet bygger på]",
    "kompetansemal.indikator": "[fyll inn: indikator]",
    "kompetansemal.utgangspunkt": "[fyll inn: utgangspunkt]",
    "kompetansemal.malverdi": "[fyll inn: målverdi]",
    "kompetansemal.frist": "[fyll inn: frist]",
    "kartlegging": "[fyll inn: hvordan og når kartleggingen ble gjort]",
    "kartlegging.gjennomfort": "[fyll inn: hvordan og når kartleggingen ble gjort]",
    "kartlegging.funn": "[fyll inn: funn fra kartleggingen]",
    "prioriterte_omrader": "[fyll inn: prioriterte områder]",
    "utfordringer": "[fyll inn: kommunens utfordringer]",
    "tiltak": "[fyll inn: kommunens egne tiltak]",
    "tiltak.tiltak": "[fyll inn: beskrivelse av tiltaket]",
    "tiltak.mal": "[fyll inn: hvilket mål tiltaket skal nå]",
    "tiltak.malgruppe": "[fyll inn: målgruppe]",
    "tiltak.omfang": "[fyll inn: omfang/læringsarena]",
    "tiltak.tidsrom": "[fyll inn: tidsrom]",
    "tiltak.ansvarlig": "[fyll inn: ansvarlig]",
    "tiltak.kostnad": "[fyll inn: kostnad]",
    "budsjett": "[fyll inn: budsjett for planen]",
    "oppfolging": "[fyll inn: hvem som følger opp]",
    "oppfolging.ansvarlig": "[fyll inn: hvem som følger opp]",
    "oppfolging.rapportering": "[fyll inn: rapporteringen resultatene inngår i]",
    "oppfolging.rullering": "[fyll inn: når planen rulleres]",
    "oppfolging.evaluering": "[fyll inn: når planen evalueres]",
    "delplaner": "[fyll inn: delplaner for sektorene]",
}
PLACEHOLDER_RE = re.compile(r"\[fyll inn: [^\]]+\]")
TILTAK_HEADER = ("Mål", "Tiltak", "Målgruppe", "Omfang/læringsarena", "Tidsrom", "Ansvarlig", "Kostnad")
SECTION_TITLES = {
    "innledning": "Innledning",
    "kartlegging": "Analyse av kartleggingen",
    "kompetansemal": "Kompetansemål",
    "tiltak": "Tiltak",
    "oppfolging": "Oppfølging og evaluering",
    "delplaner": "Delplaner",
}


@dataclass(frozen=True)
class Block:
    """A piece of a section: ``h3`` (subheading), ``p`` (paragraph), ``bullets``, ``table`` or ``figure``."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class TiltakRow:
    """One row of the tiltak table; ``own`` for her measures, else a suggestion with its citations."""

    mal: str
    tiltak: str
    malgruppe: str
    omfang: str
    tidsrom: str
    ansvarlig: str
    kostnad: str
    own: bool
    cites: tuple[int, ...] = ()
    reason: str = ""  # the challenge or priority (her words) a suggestion answers
    kind: str = ""  # catalog key of a suggestion

    def cells(self) -> tuple[str, ...]:
        return (self.mal, self.tiltak, self.malgruppe, self.omfang, self.tidsrom, self.ansvarlig, self.kostnad)


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Draft:
    title: str
    kommune: str
    periode: str
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    placeholders: tuple[str, ...]  # every distinct [fyll inn: …] in the draft
    tiltak: tuple[TiltakRow, ...] = ()
    answers: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    date: str = ""
    figures: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # what was left out and why (failed citations, missing kartlegging)
    data_facts: tuple[str, ...] = ()  # the kartlegging analysis's findings: her data, in aggregates

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)

    def markdown(self) -> str:
        from assistant.plan.export import to_markdown

        return to_markdown(self)


def _answers(answers: Any) -> dict[str, Any]:
    if isinstance(answers, Mapping):
        return validate_answers(answers)
    from assistant.plan.answers import _plain  # a Plan-like object

    return validate_answers(_plain(answers))


def load_kartlegging(kartlegging: Any) -> Any:
    """An Analysis (contract section 5) from a directory, or the given object; None if none."""
    if kartlegging is None or not isinstance(kartlegging, (str, Path)):
        return kartlegging
    try:
        from assistant.kartlegging import load_analysis
    except ImportError as exc:
        raise ValueError(f"--kartlegging {kartlegging}: the kartlegging package is not available ({exc})") from None
    try:
        return load_analysis(Path(kartlegging))
    except Exception as exc:  # KartleggingError: already one line naming the file
        raise ValueError(str(exc).splitlines()[0] if str(exc) else f"--kartlegging {kartlegging}: cannot be read") from None


def _texts(values: Iterable[Any]) -> list[str]:
    return [str(v) for v in values if v]


def build_draft(answers: Any, assistant: Any, kartlegging: Any = None, picks: Iterable[Any] = (), today: _dt.date | None = None) -> Draft:
    """Draft the plan's sections from her answers (a dict or a Plan) and the sources behind ``assistant``.

    ``kartlegging`` is an Analysis or a directory with ``analysis.json``; ``picks`` are notes she
    picked in chat (objects with a ``citation`` whose chunk and quote are re-checked here).
    """
    from assistant.plan import sections
    from assistant.plan.grounding import Grounder

    a = _answers(answers)
    analysis = load_kartlegging(kartlegging)
    grounder = Grounder(assistant)
    ctx = sections.Context(a, grounder, analysis, tuple(picks))
    built = (
        sections.innledning(ctx),
        sections.kartlegging(ctx),
        sections.kompetansemal(ctx),
        sections.tiltak(ctx),
        sections.oppfolging(ctx),
        sections.delplaner(ctx),
    )
    kommune = a.get("kommune", PLACEHOLDERS["kommune"])
    periode = a.get("periode", PLACEHOLDERS["periode"])
    text = "\n".join(_block_text(b) for s in built for b in s.blocks)
    return Draft(
        title=f"Kompetanseplan for {sections.kommune_name(kommune)} {periode}",
        kommune=kommune,
        periode=periode,
        sections=built,
        references=tuple(grounder.references),
        placeholders=tuple(dict.fromkeys(PLACEHOLDER_RE.findall(f"{kommune} {periode}\n{text}"))),
        tiltak=ctx.rows,
        answers=a,
        date=(today or _dt.date.today()).isoformat(),
        figures=tuple(str(p) for p in ctx.figures),
        notes=tuple(ctx.notes),
        data_facts=tuple(r.text for r in sections.reasons(ctx) if r.source == "kartleggingsanalyse"),
    )


def _block_text(block: Block) -> str:
    return "\n".join([block.text, *block.items, *(" | ".join(r) for r in block.rows)])


def draft_text(draft: Draft) -> str:
    """All text of the draft's sections, one block per line group (for checks and evals)."""
    return "\n".join(_block_text(b) for s in draft.sections for b in s.blocks)
