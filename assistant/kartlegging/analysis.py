"""The numbers of the kartlegging, per sector and in total, written so a reader can check them.

Definitions (reference year ``year``, pension age ``pension_age``):

- age = year − fødselsår (or the ``alder`` column, the age in the reference year);
- share_60_plus = (age ≥ 60) / rows with an age;
- retiring_within_Ny = number with age + N ≥ pension_age (those already at or past it included);
- departures_by_year[0] = number with age ≥ pension_age; [k] = number with age + k = pension_age;
- share_part_time = (stillingsprosent < 100) / rows with a stillingsprosent;
- share_small_positions = (stillingsprosent < small_position_limit) / rows with a stillingsprosent;
- share_formal_requirements_not_met = "nei" / rows with a ja/nei ("ufaglærte are employees who do not
  meet the formal requirements of the position", KS/Asplan Viak/Fafo 2010, note 4);
- mean_tenure_years = mean of (31 December of the year − ansatt dato) in days / 365.25.

n counts every readable row (a repeated ansatt-ID once); the total covers everyone, suppressed sectors
included. Suppression (see :mod:`.privacy`) blanks groups after they are computed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from assistant.kartlegging.findings import findings_for, suppression_note
from assistant.kartlegging.model import Analysis, Group
from assistant.kartlegging.privacy import MIN_GROUP, plan_suppression
from assistant.kartlegging.read import Employee, KartleggingError, ReadResult, read_file

AGE_GROUPS: tuple[tuple[int, int | None], ...] = ((0, 29), (30, 39), (40, 49), (50, 59), (60, None))
HORIZON_YEARS = 10


def age_label(lo: int, hi: int | None) -> str:
    """'under 30', '30–39', '60 og eldre'."""
    if hi is None:
        return "alle aldre" if lo == 0 else f"{lo} og eldre"
    if lo == 0:
        return f"under {hi + 1}"
    return f"{lo}–{hi}"


def _share(hits: int, of: int) -> float | None:
    return hits / of if of else None


def group_stats(name: str, people: Sequence[Employee], year: int, pension_age: int, small_limit: float) -> Group:
    """All aggregates of one group of employees."""
    ages = [e.age for e in people if e.age is not None]
    pcts = [e.stillingsprosent for e in people if e.stillingsprosent is not None]
    formal = [e.formal_ok for e in people if e.formal_ok is not None]
    end = date(year, 12, 31)
    tenures = [(end - e.ansatt_dato).days / 365.25 for e in people if e.ansatt_dato is not None]
    education = Counter(e.utdanning for e in people if e.utdanning is not None)
    departures = [sum(1 for a in ages if a >= pension_age)]
    departures += [sum(1 for a in ages if a + k == pension_age) for k in range(1, HORIZON_YEARS + 1)]
    age_groups = [(age_label(lo, hi), sum(1 for a in ages if a >= lo and (hi is None or a <= hi))) for lo, hi in AGE_GROUPS]
    return Group(
        name=name,
        n=len(people),
        mean_age=sum(ages) / len(ages) if ages else None,
        share_60_plus=_share(sum(1 for a in ages if a >= 60), len(ages)),
        retiring_within_5y=sum(1 for a in ages if a + 5 >= pension_age) if ages else None,
        retiring_within_10y=sum(1 for a in ages if a + 10 >= pension_age) if ages else None,
        share_part_time=_share(sum(1 for p in pcts if p < 100), len(pcts)),
        share_small_positions=_share(sum(1 for p in pcts if p < small_limit), len(pcts)),
        share_formal_requirements_not_met=_share(sum(1 for ok in formal if not ok), len(formal)),
        mean_tenure_years=sum(tenures) / len(tenures) if tenures else None,
        education=tuple(sorted(education.items(), key=lambda kv: (-kv[1], kv[0]))),
        age_groups=tuple(age_groups) if ages else (),
        departures_by_year=tuple(departures) if ages else (),
        n_with=(("alder", len(ages)), ("stillingsprosent", len(pcts)), ("formelle_krav_oppfylt", len(formal)),
                ("ansatt_dato", len(tenures)), ("utdanning", sum(education.values())),
                ("realkompetanse", sum(1 for e in people if e.has_realkompetanse))),
    )


def analyse(read: ReadResult, year: int, pension_age: int = 67, small_position_limit: float = 50.0,
            min_group: int = MIN_GROUP) -> Analysis:
    """The analysis of what :func:`read_file` read; suppressed groups keep only their names."""
    by_sector: dict[str, list[Employee]] = {}
    spelling: dict[str, str] = {}  # "Helse og Omsorg" and "helse og omsorg" are one sector, named as first written
    for e in read.employees:
        name = spelling.setdefault(e.sektor.casefold(), e.sektor)
        by_sector.setdefault(name, []).append(e)
    sizes = {name: len(people) for name, people in by_sector.items()}
    hidden = plan_suppression(sizes, min_group)
    sectors = []
    for name in sorted(by_sector, key=str.casefold):
        g = group_stats(name, by_sector[name], year, pension_age, small_position_limit)
        sectors.append(g.blanked(hidden[name]) if name in hidden else g)
    total = group_stats("Hele kommunen", read.employees, year, pension_age, small_position_limit)
    if len(read.employees) < min_group:
        total = total.blanked("primary")
    analysis = Analysis(
        source=read.source, year=year, pension_age=pension_age, small_position_limit=small_position_limit,
        n_employees=None if total.suppressed else len(read.employees), sectors=tuple(sectors), total=total,
        unreadable_rows=tuple((b.line, b.reason) for b in read.bad_rows), line_unit=read.line_unit,
        notices=read.notices, columns=read.columns, min_group=min_group,
    )
    return replace(analysis, findings=findings_for(analysis), suppression_note=suppression_note(analysis))


def analyse_file(path: str | Path, mapping: str | Path | dict[str, str] | None = None, year: int | None = None,
                 pension_age: int = 67, small_position_limit: float = 50.0) -> Analysis:
    """Read an export and analyse it; the rows are dropped when this returns.

        >>> a = analyse_file("ansatte.csv", mapping="kolonner.yaml", year=2026)   # doctest: +SKIP
        >>> a.total.retiring_within_10y
    """
    year = year or date.today().year
    if not 40 <= pension_age <= 80:
        raise KartleggingError(f"pension age {pension_age}: must be between 40 and 80")
    return analyse(read_file(path, mapping, year), year, pension_age, small_position_limit)
