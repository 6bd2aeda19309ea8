"""One row of an export -> an :class:`Employee` (canonical fields only), or the reason it cannot be read.

Values come as text (CSV) or as Python values (XLSX cells). Reasons name the field, never its value,
so no message repeats personal data.

    >>> parse_row(["Oppvekst", "1970", "80,5"], {"sektor": 0, "fodselsar": 1, "stillingsprosent": 2}, 2, 2026, 3)[0].age
    56
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

_MISSING = frozenset(["", "-", "–", "—", "na", "n/a", "ukjent", "null", "none"])
_YES = frozenset(["ja", "j", "yes", "y", "true", "sann", "1", "x", "oppfylt", "ok"])
_NO = frozenset(["nei", "n", "no", "false", "usann", "0", "ikke oppfylt", "ikkeoppfylt", "ikke"])
_EXCEL_EPOCH = date(1899, 12, 30)  # Excel's day 0 (its 1900 leap-year bug makes it the 30th)


@dataclass(frozen=True)
class Employee:
    """One readable row, only the canonical fields; lives in memory for the analysis only."""

    line: int
    sektor: str
    ansatt_id: str | None = None
    stilling: str | None = None
    stillingsprosent: float | None = None
    age: int | None = None
    utdanning: str | None = None
    formal_ok: bool | None = None
    ansatt_dato: date | None = None
    has_realkompetanse: bool = False


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = " ".join(str(v).split())
    return None if s.casefold() in _MISSING else s


def _number(v: Any) -> float:
    if isinstance(v, bool):
        raise ValueError
    if isinstance(v, int | float):
        return float(v)
    s = str(v).replace("%", "").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    if s.count(",") == 1 and "." not in s:
        s = s.replace(",", ".")  # decimal comma
    return float(s)


def _date(v: Any) -> date:
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, int | float) and not isinstance(v, bool):
        return _serial(float(v))
    s = str(v).strip()
    if re.fullmatch(r"\d{4,5}([.,]0+)?", s):
        return _serial(float(s.replace(",", ".")))
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?", s)
    if m:
        return date(int(m[1]), int(m[2]), int(m[3]))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?: .*)?", s)
    if m:
        y = int(m[3])
        if y < 100:  # two-digit year: 00-29 is 2000s, else 1900s (hire dates, not birth dates)
            y += 2000 if y < 30 else 1900
        return date(y, int(m[2]), int(m[1]))
    raise ValueError


def _serial(x: float) -> date:
    if not 1 <= x < 2958466:
        raise ValueError
    return _EXCEL_EPOCH + timedelta(days=int(x))


def _birth_year(v: Any) -> int:
    if isinstance(v, date | datetime):
        return v.year
    if isinstance(v, str) and not re.fullmatch(r"\s*\d{4}([.,]0+)?\s*", v):
        return _date(v).year
    x = _number(v)
    if not x.is_integer():
        raise ValueError
    return int(x)


def parse_row(cells: list[Any], cols: dict[str, int], line: int, year: int, n_header: int) -> tuple[Employee | None, str | None]:
    """An Employee, or None and the reason the row cannot be read (``n_header``: cells in the header)."""
    if len(cells) > n_header and any(_text(c) for c in cells[n_header:]):
        return None, f"{len(cells)} felt, men overskriften har {n_header} (skilletegn i en verdi?)"

    def get(f: str) -> Any:
        j = cols.get(f)
        return cells[j] if j is not None and j < len(cells) and _text(cells[j]) is not None else None

    sektor = _text(get("sektor"))
    if sektor is None:
        return None, "tjenesteområde/sektor mangler"
    age = None
    try:
        if get("fodselsar") is not None:
            born = _birth_year(get("fodselsar"))
            if not 1900 <= born <= year:
                return None, f"fødselsår er utenfor 1900–{year}"
            age = year - born
        elif get("alder") is not None:
            a = _number(get("alder"))
            if not a.is_integer():
                return None, "alder er ikke et helt tall"
            age = int(a)
    except ValueError:
        return None, ("fødselsår" if "fodselsar" in cols else "alder") + " kan ikke leses som et tall"
    if age is not None and not 14 <= age <= 100:
        return None, "alder er utenfor 14–100 år"
    pct = None
    if get("stillingsprosent") is not None:
        try:
            pct = _number(get("stillingsprosent"))
        except ValueError:
            return None, "stillingsprosent kan ikke leses som et tall"
        if not 0 <= pct <= 100:
            return None, "stillingsprosent er utenfor 0–100"
    formal = None
    raw = get("formelle_krav_oppfylt")
    if raw is not None:
        word = " ".join(str(raw).casefold().split())
        if isinstance(raw, bool):
            formal = raw
        elif word in _YES or (isinstance(raw, int | float) and float(raw) == 1.0):
            formal = True
        elif word in _NO or (isinstance(raw, int | float) and float(raw) == 0.0):
            formal = False
        else:
            return None, "formelle krav oppfylt er verken ja eller nei"
    hired = None
    if get("ansatt_dato") is not None:
        try:
            hired = _date(get("ansatt_dato"))
        except ValueError:
            return None, "ansatt dato kan ikke leses som en dato"
        if hired > date(year, 12, 31):
            return None, f"ansatt dato er etter referanseåret {year}"
        if hired.year < 1940:
            return None, "ansatt dato er før 1940"
    return Employee(
        line=line, sektor=sektor, ansatt_id=_text(get("ansatt_id")), stilling=_text(get("stilling")),
        stillingsprosent=pct, age=age, utdanning=_text(get("utdanning")), formal_ok=formal, ansatt_dato=hired,
        has_realkompetanse=_text(get("realkompetanse")) is not None,
    ), None


def fractions_to_percent(employees: list[Employee], notices: list[str]) -> list[Employee]:
    """A column where every stillingsprosent is at most 1 holds fractions (0.8 = 80 %)."""
    pcts = [e.stillingsprosent for e in employees if e.stillingsprosent is not None]
    if not pcts or max(pcts) > 1.0:
        return employees
    notices.append("stillingsprosent er oppgitt som brøk (0,8 = 80 %) og er regnet om til prosent")
    return [replace(e, stillingsprosent=e.stillingsprosent * 100) if e.stillingsprosent is not None else e for e in employees]


def dedupe(employees: Iterable[Employee], notices: list[str], unit: str) -> list[Employee]:
    """A repeated ansatt_id counts once (the first row); the notice names lines, never the id."""
    seen: dict[str, int] = {}
    out: list[Employee] = []
    for e in employees:
        if e.ansatt_id is not None and e.ansatt_id in seen:
            notices.append(f"{unit} {e.line}: samme ansatt-ID som {unit} {seen[e.ansatt_id]}; telt én gang")
            continue
        if e.ansatt_id is not None:
            seen[e.ansatt_id] = e.line
        out.append(e)
    return out
