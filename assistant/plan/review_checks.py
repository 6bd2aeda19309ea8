"""The specific checks the method implies (issue 15 point 3), each a finding with the plan's passage.

    goals traceable to overordnede mål · each goal evaluable · measures with target group, period
    and responsible · evaluation beyond the reaction level · a date for the next analysis or
    rullering · sub-plans for the sectors

A check that fails quotes the nearest passage it looked at, or none when the plan has nothing on it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant.plan import review_detect as d
from assistant.plan.review_detect import StepResult, Unit
from assistant.plan.review_read import Table


@dataclass(frozen=True)
class Finding:
    check: str
    ok: bool
    quote: str
    page: int | None


CHECKS = (
    "Målene kan spores til overordnede mål",
    "Hvert mål kan evalueres",
    "Tiltakene har målgruppe, tidsrom og ansvarlig",
    "Evaluering ut over deltakernes reaksjoner",
    "Dato for neste analyse eller rullering",
    "Delplaner for sektorene",
)

TRACE = re.compile(r"(bygger på|hovedmål|overordne\w* mål|kommuneplan\w*|strategiske mål|handlingsprogram\w*|bidra til (begge )?(disse|de) mål|når de strategiske)", re.I)


def _first(*groups: Sequence[Unit]) -> Unit | None:
    """The first unit of the first non-empty group."""
    return next((g[0] for g in groups if g), None)


def _f(check: str, ok: bool, unit: Unit | None, pattern: re.Pattern[str] | None = None) -> Finding:
    if unit is not None and unit.parts:  # a table row is quoted through one of its cells, never run together
        unit = next((c for c in unit.parts if pattern is not None and pattern.search(c.norm)), unit.parts[0])
    return Finding(check, ok, unit.text if unit else "", unit.page if unit else None)


def run_checks(units: Sequence[Unit], tables: Sequence[Table], steps: Mapping[str, StepResult]) -> list[Finding]:
    text_units = [u for u in units if u.kind not in ("cell", "heading")]
    goals = d.goal_units([u for u in text_units if u.kind != "row"])
    out: list[Finding] = []

    traced = [u for u in goals if TRACE.search(u.norm)]
    # A goals section introduced by a sentence tying it to the top-level goals also traces them.
    tie = [u for u in text_units if TRACE.search(u.norm) and re.search(r"(kompetansemål|målene? nedenfor|disse målene|kompetanseplanen skal bidra)", u.norm, re.I)]
    first = _first(traced, tie, goals)
    out.append(_f(CHECKS[0], bool(goals) and bool(traced or tie), first))

    weak = [u for u in goals if not d.evaluable(u)]
    out.append(_f(CHECKS[1], bool(goals) and not weak, weak[0] if weak else (goals[0] if goals else None)))

    table = d.measure_table(tables)
    if table is not None:
        header = " | ".join(table[1].header)
        ok = bool(d.COL_TARGET.search(header) and d.COL_TIME.search(header) and d.COL_RESP.search(header))
        cell = next((u for u in units if u.kind == "cell" and u.table == table[0] and u.row == 0 and d.COL_RESP.search(u.norm)), None)
        cell = cell or next((u for u in units if u.kind == "cell" and u.table == table[0] and u.row == 0), None)
        out.append(_f(CHECKS[2], ok, cell))
    else:
        measures = steps["7"].evidence
        full = [u for u in measures if d.TIME.search(u.norm) and d.TARGET.search(u.norm) and d.RESP.search(u.norm)]
        out.append(_f(CHECKS[2], bool(full), _first(full, measures)))

    out.append(_f(CHECKS[3], steps["10.4"].status == "covered", _first(steps["10.4"].evidence)))

    dated = [u for u in text_units if d.RULLERING.search(u.norm) and d.TIME.search(u.norm)]
    undated = [u for u in text_units if d.RULLERING.search(u.norm)]
    out.append(_f(CHECKS[4], bool(dated), _first(dated, undated), d.RULLERING))

    out.append(_f(CHECKS[5], steps["9"].status == "covered", _first(steps["9"].evidence)))
    return out
