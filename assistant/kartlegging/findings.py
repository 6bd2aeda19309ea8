"""Findings: Norwegian sentences with the numbers, for the plan's "Analyse av kartleggingen".

The whole municipality gets one sentence per topic; a sector is named when it passes the threshold
of the topic (``SECTOR_THRESHOLDS``), so the plan points at the places where a measure is needed.
Only visible groups are described; suppressed sectors are named only as "færre enn 5".

    >>> pct(0.1234)
    '12,3 %'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from assistant.kartlegging.model import Analysis, Finding, Group

# A sector is named for a topic when its share reaches the threshold. They mark what a plan would
# act on: a quarter of the staff retiring within ten years or aged 60+ is a recruitment task; half
# part-time or a fifth in small positions is the report's deltid question; 15 % ufaglærte is a
# group large enough for a fagbrev programme.
SECTOR_THRESHOLDS = {
    "retirement": 0.25,  # reaching the pension age within 10 years
    "age": 0.25,  # aged 60 or older
    "part_time": 0.5,
    "small_positions": 0.2,
    "formal_requirements": 0.15,
}


def pct(x: float) -> str:
    return f"{x * 100:.1f}".replace(".", ",") + " %"


def fmt_int(x: int | None) -> str:
    """A count with the Norwegian thousands separator: 20000 -> '20 000' (no-break space)."""
    return f"{x or 0:,}".replace(",", "\u00a0")


def num(x: float, digits: int = 1) -> str:
    return f"{x:.{digits}f}".replace(".", ",")


def _count(g: Group, share: float, field: str) -> int:
    return round(share * g.has(field))


def _total_findings(a: Analysis) -> list[Finding]:
    from assistant.kartlegging.model import Finding

    t = a.total
    out: list[Finding] = []
    na = t.has("alder")
    if na and t.retiring_within_5y is not None and t.retiring_within_10y is not None:
        known = "" if na == t.n else f" med kjent alder (av {fmt_int(t.n)})"
        text = (f"{fmt_int(t.retiring_within_5y)} av {fmt_int(na)} ansatte{known} ({pct(t.retiring_within_5y / na)}) når pensjonsalderen på "
                f"{a.pension_age} år innen 5 år (til og med {a.year + 5}), og {fmt_int(t.retiring_within_10y)} "
                f"({pct(t.retiring_within_10y / na)}) innen 10 år (til og med {a.year + 10}).")
        if t.departures_by_year and t.departures_by_year[0]:
            text += f" Av dem har {fmt_int(t.departures_by_year[0])} allerede nådd pensjonsalderen i {a.year}."
        out.append(Finding(text, None, "retirement"))
    if t.mean_age is not None and t.share_60_plus is not None:
        out.append(Finding(f"Gjennomsnittsalderen er {num(t.mean_age)} år, og {pct(t.share_60_plus)} av de ansatte "
                           f"({fmt_int(_count(t, t.share_60_plus, 'alder'))} av {fmt_int(na)}) er 60 år eller eldre.", None, "age"))
    npct = t.has("stillingsprosent")
    if t.share_part_time is not None:
        out.append(Finding(f"{pct(t.share_part_time)} av de ansatte ({fmt_int(_count(t, t.share_part_time, 'stillingsprosent'))} av {fmt_int(npct)}) "
                           "arbeider deltid (under 100 % stilling).", None, "part_time"))
    if t.share_small_positions is not None:
        out.append(Finding(f"{pct(t.share_small_positions)} ({fmt_int(_count(t, t.share_small_positions, 'stillingsprosent'))} av {fmt_int(npct)}) "
                           f"har en liten stilling (under {num(a.small_position_limit, 0)} %).", None, "small_positions"))
    if t.share_formal_requirements_not_met is not None:
        nf = t.has("formelle_krav_oppfylt")
        k = _count(t, t.share_formal_requirements_not_met, "formelle_krav_oppfylt")
        out.append(Finding(f"{fmt_int(k)} av {fmt_int(nf)} ansatte ({pct(t.share_formal_requirements_not_met)}) oppfyller ikke de formelle "
                           "kravene til stillingen (ufaglærte).", None, "formal_requirements"))
    if t.education:
        level, k = t.education[0]
        ne = t.has("utdanning")
        out.append(Finding(f"Vanligste høyeste utdanning er «{level}» ({fmt_int(k)} av {fmt_int(ne)}, {pct(k / ne)}).", None, "education"))
    if t.mean_tenure_years is not None:
        out.append(Finding(f"Gjennomsnittlig ansiennitet er {num(t.mean_tenure_years)} år "
                           f"(regnet til 31.12.{a.year}, {fmt_int(t.has('ansatt_dato'))} ansatte med ansettelsesdato).", None, "tenure"))
    return out


def _sector_findings(a: Analysis, s: Group) -> list[Finding]:
    from assistant.kartlegging.model import Finding

    out: list[Finding] = []
    na = s.has("alder")
    th = SECTOR_THRESHOLDS
    if na and s.retiring_within_10y is not None and s.retiring_within_10y / na >= th["retirement"]:
        out.append(Finding(f"I {s.name} når {fmt_int(s.retiring_within_10y)} av {fmt_int(na)} ({pct(s.retiring_within_10y / na)}) "
                           f"pensjonsalderen innen 10 år, {fmt_int(s.retiring_within_5y)} av dem innen 5 år.", s.name, "retirement"))
    if s.share_60_plus is not None and s.share_60_plus >= th["age"]:
        out.append(Finding(f"I {s.name} er {pct(s.share_60_plus)} ({fmt_int(_count(s, s.share_60_plus, 'alder'))} av {fmt_int(na)}) 60 år eller eldre; "
                           f"gjennomsnittsalderen er {num(s.mean_age or 0)} år.", s.name, "age"))
    npct = s.has("stillingsprosent")
    if s.share_part_time is not None and s.share_part_time >= th["part_time"]:
        out.append(Finding(f"I {s.name} arbeider {pct(s.share_part_time)} ({fmt_int(_count(s, s.share_part_time, 'stillingsprosent'))} av {fmt_int(npct)}) deltid.",
                           s.name, "part_time"))
    if s.share_small_positions is not None and s.share_small_positions >= th["small_positions"]:
        out.append(Finding(f"I {s.name} har {pct(s.share_small_positions)} ({fmt_int(_count(s, s.share_small_positions, 'stillingsprosent'))} av {fmt_int(npct)}) "
                           f"en stilling under {num(a.small_position_limit, 0)} %.", s.name, "small_positions"))
    if s.share_formal_requirements_not_met is not None and s.share_formal_requirements_not_met >= th["formal_requirements"]:
        nf = s.has("formelle_krav_oppfylt")
        k = _count(s, s.share_formal_requirements_not_met, "formelle_krav_oppfylt")
        out.append(Finding(f"I {s.name} oppfyller {fmt_int(k)} av {fmt_int(nf)} ({pct(s.share_formal_requirements_not_met)}) ikke de formelle kravene "
                           "til stillingen (ufaglærte).", s.name, "formal_requirements"))
    return out


def suppression_note(a: Analysis) -> str:
    """What was suppressed and why, in Norwegian; empty when nothing was."""
    primary = [s.name for s in a.sectors if s.suppression == "primary"]
    secondary = [s.name for s in a.sectors if s.suppression == "secondary"]
    parts = []
    if a.total.suppressed:
        return f"Datasettet har færre enn {a.min_group} ansatte; ingen tall vises, av personvernhensyn."
    if primary:
        parts.append(f"Tjenesteområder med færre enn {a.min_group} ansatte vises uten tall («færre enn {a.min_group}»): {', '.join(primary)}.")
    if secondary:
        parts.append(f"For at {' og '.join(primary)} ikke skal kunne regnes ut ved å trekke de andre tjenesteområdene fra totalen, "
                     f"er også {', '.join(secondary)} skjult (sekundær prikking).")
    if parts:
        parts.append(f"Totalen for hele kommunen omfatter alle {fmt_int(a.n_employees)} ansatte.")
    return " ".join(parts)


def findings_for(a: Analysis) -> tuple[Finding, ...]:
    from assistant.kartlegging.model import Finding

    out = [] if a.total.suppressed else _total_findings(a)
    for s in a.visible_sectors():
        out += _sector_findings(a, s)
    note = suppression_note(a)
    if note:
        out.append(Finding(note, None, "suppression"))
    return tuple(out)
