"""The analysis as frozen dataclasses (aggregates only), and its JSON form (``analysis.json``).

Nothing here holds a row of the export: a :class:`Group` is counts, means and shares of a sector or
of the whole municipality; a suppressed group carries its name and nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

SCHEMA_VERSION = 1
FINDING_KINDS = ("retirement", "age", "part_time", "small_positions", "formal_requirements", "education", "tenure", "suppression")
SUPPRESSED_LABEL = "færre enn 5"
# The keys of issue 14 point 6, in order, for every sector and the total.
STAT_KEYS = ("n", "mean_age", "share_60_plus", "retiring_within_5y", "retiring_within_10y", "share_part_time",
             "share_small_positions", "share_formal_requirements_not_met")


@dataclass(frozen=True)
class Group:
    """Aggregates of one sector (``name`` as written in the data) or of the total.

    Shares are fractions 0..1 over the rows that have the field (``n_with``); ``None`` when no row has
    it or the group is suppressed. ``departures_by_year[k]`` is how many reach the pension age in
    year ``year + k`` (k = 0 also counts those already at or past it).
    """

    name: str
    n: int | None
    suppressed: bool = False
    suppression: str | None = None  # "primary" (n < 5) | "secondary" (protects a primary one)
    mean_age: float | None = None
    share_60_plus: float | None = None
    retiring_within_5y: int | None = None
    retiring_within_10y: int | None = None
    share_part_time: float | None = None
    share_small_positions: float | None = None
    share_formal_requirements_not_met: float | None = None
    mean_tenure_years: float | None = None
    education: tuple[tuple[str, int], ...] = ()  # level as written -> head count, most common first
    age_groups: tuple[tuple[str, int], ...] = ()  # "under 30", "30–39", … -> head count
    departures_by_year: tuple[int, ...] = ()
    n_with: tuple[tuple[str, int], ...] = ()  # field -> rows that have it (the share denominators)

    def blanked(self, how: str) -> Group:
        """The same group suppressed: its name only."""
        return Group(name=self.name, n=None, suppressed=True, suppression=how)

    def to_json(self, year: int) -> dict[str, Any]:
        if self.suppressed:
            return {"name": self.name, "suppressed": True, "suppression": self.suppression,
                    "label": SUPPRESSED_LABEL if self.suppression == "primary" else "skjult (sekundær prikking)",
                    **{k: None for k in STAT_KEYS}, "mean_tenure_years": None}
        return {
            "name": self.name, "suppressed": False,
            **{k: getattr(self, k) for k in STAT_KEYS},
            "mean_tenure_years": self.mean_tenure_years,
            "education": dict(self.education),
            "age_groups": dict(self.age_groups),
            "departures_by_year": [{"year": year + k, "n": n} for k, n in enumerate(self.departures_by_year)],
            "n_with": dict(self.n_with),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Group:
        if d.get("suppressed"):
            return cls(name=d["name"], n=None, suppressed=True, suppression=d.get("suppression") or "primary")
        return cls(
            name=d["name"], n=d["n"], mean_age=d.get("mean_age"), share_60_plus=d.get("share_60_plus"),
            retiring_within_5y=d.get("retiring_within_5y"), retiring_within_10y=d.get("retiring_within_10y"),
            share_part_time=d.get("share_part_time"), share_small_positions=d.get("share_small_positions"),
            share_formal_requirements_not_met=d.get("share_formal_requirements_not_met"),
            mean_tenure_years=d.get("mean_tenure_years"),
            education=tuple((str(k), int(v)) for k, v in (d.get("education") or {}).items()),
            age_groups=tuple((str(k), int(v)) for k, v in (d.get("age_groups") or {}).items()),
            departures_by_year=tuple(int(x["n"]) for x in d.get("departures_by_year") or ()),
            n_with=tuple((str(k), int(v)) for k, v in (d.get("n_with") or {}).items()),
        )

    def has(self, field_name: str) -> int:
        return dict(self.n_with).get(field_name, 0)


@dataclass(frozen=True)
class Finding:
    """A Norwegian sentence with the numbers, for the plan's 'Analyse av kartleggingen'."""

    text: str
    sector: str | None  # None: the whole municipality
    kind: str  # one of FINDING_KINDS


@dataclass(frozen=True)
class Analysis:
    """The whole analysis, aggregates only. ``figures`` are absolute paths once written/loaded.

        >>> a = load_analysis("out/")                       # doctest: +SKIP
        >>> [s.name for s in a.visible_sectors() if (s.share_formal_requirements_not_met or 0) > 0.2]
    """

    source: str
    year: int
    pension_age: int
    small_position_limit: float
    n_employees: int | None  # None when the whole dataset is under the minimum group size
    sectors: tuple[Group, ...]
    total: Group
    findings: tuple[Finding, ...] = ()
    figures: tuple[str, ...] = ()
    unreadable_rows: tuple[tuple[int, str], ...] = ()  # (line or row number, reason)
    line_unit: str = "linje"
    notices: tuple[str, ...] = ()
    columns: tuple[tuple[str, str | None], ...] = ()
    suppression_note: str = ""
    min_group: int = 5
    schema_version: int = SCHEMA_VERSION

    def visible_sectors(self) -> tuple[Group, ...]:
        return tuple(s for s in self.sectors if not s.suppressed)

    def suppressed_sectors(self) -> tuple[Group, ...]:
        return tuple(s for s in self.sectors if s.suppressed)

    def sector(self, name: str) -> Group:
        """The sector named exactly so; KeyError otherwise."""
        for s in self.sectors:
            if s.name == name:
                return s
        raise KeyError(name)

    def with_figures(self, figures: tuple[str, ...]) -> Analysis:
        return replace(self, figures=figures)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema_version": self.schema_version,
            "source": self.source,
            "year": self.year,
            "pension_age": self.pension_age,
            "small_position_limit": self.small_position_limit,
            "min_group": self.min_group,
            "n_employees": self.n_employees,
            "n_rows_unreadable": len(self.unreadable_rows),
            "sectors": [s.to_json(self.year) for s in self.sectors],
            "total": self.total.to_json(self.year),
            "suppression": {
                "primary": [s.name for s in self.sectors if s.suppression == "primary"],
                "secondary": [s.name for s in self.sectors if s.suppression == "secondary"],
                "note": self.suppression_note,
            },
            "findings": [{"text": f.text, "sector": f.sector, "kind": f.kind} for f in self.findings],
            "figures": [Path(p).name for p in self.figures],
            "unreadable_rows": [{"line": line, "reason": reason} for line, reason in self.unreadable_rows],
            "line_unit": self.line_unit,
            "notices": list(self.notices),
            "columns": dict(self.columns),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any], base_dir: Path | None = None) -> Analysis:
        figures = tuple(str((base_dir / f).resolve()) if base_dir else f for f in d.get("figures") or ())
        return cls(
            source=d.get("source", ""), year=int(d["year"]), pension_age=int(d["pension_age"]),
            small_position_limit=float(d.get("small_position_limit", 50)), n_employees=None if d["n_employees"] is None else int(d["n_employees"]),
            sectors=tuple(Group.from_json(s) for s in d["sectors"]), total=Group.from_json(d["total"]),
            findings=tuple(Finding(f["text"], f.get("sector"), f["kind"]) for f in d.get("findings") or ()),
            figures=figures,
            unreadable_rows=tuple((int(r["line"]), str(r["reason"])) for r in d.get("unreadable_rows") or ()),
            line_unit=d.get("line_unit", "linje"), notices=tuple(d.get("notices") or ()),
            columns=tuple((k, v) for k, v in (d.get("columns") or {}).items()),
            suppression_note=(d.get("suppression") or {}).get("note", ""), min_group=int(d.get("min_group", 5)),
            schema_version=int(d.get("schema_version", SCHEMA_VERSION)),
        )
