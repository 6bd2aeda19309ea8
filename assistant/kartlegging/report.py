"""Write and read an analysis directory: ``analysis.json``, ``analysis.md`` (Norwegian) and the PNGs.

    >>> a = write_analysis(analyse_file("ansatte.csv", year=2026), "ut/")   # doctest: +SKIP
    >>> load_analysis("ut/") == a
    True
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.kartlegging.findings import fmt_int, num, pct
from assistant.kartlegging.model import SUPPRESSED_LABEL, Analysis
from assistant.kartlegging.read import FIELDS, KartleggingError

JSON_NAME = "analysis.json"
MD_NAME = "analysis.md"
UFAGLAERT_SOURCE = ("«Ufaglærte er ansatte som ikke oppfyller formelle krav til stillingen.» "
                    "(KS/Asplan Viak/Fafo 2010, Strategisk kompetansestyring, fotnote 4)")


def write_analysis(analysis: Analysis, out_dir: str | Path) -> Analysis:
    """Write the JSON, the markdown and the figures directly in ``out_dir``; returns the analysis with
    ``figures`` as absolute paths."""
    from assistant.kartlegging.plots import FIGURE_FILES, draw_all

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    figures = draw_all(analysis, out)
    for name in FIGURE_FILES:  # a figure from an earlier run that this one did not draw
        if out / name not in figures and (out / name).exists():
            (out / name).unlink()
    result = analysis.with_figures(tuple(str(p.resolve()) for p in figures))
    (out / JSON_NAME).write_text(json.dumps(result.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / MD_NAME).write_text(markdown(result), encoding="utf-8")
    return result


def load_analysis(path: str | Path) -> Analysis:
    """The analysis in a directory written by :func:`write_analysis` (or its ``analysis.json``)."""
    p = Path(path)
    f = p / JSON_NAME if p.is_dir() else p
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
        return Analysis.from_json(data, base_dir=f.parent)
    except FileNotFoundError:
        raise KartleggingError(f"{f}: no analysis here; run planvis kartlegging --out {p} first") from None
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise KartleggingError(f"{f}: not a kartlegging analysis ({type(exc).__name__}: {exc})") from None


def _cell(v: float | int | None, kind: str) -> str:
    if v is None:
        return "–"
    if kind == "share":
        return pct(float(v))
    if kind == "mean":
        return num(float(v))
    return fmt_int(int(v))


_COLUMNS = (("n", "Ansatte", "int"), ("mean_age", "Snittalder", "mean"), ("share_60_plus", "60 år+", "share"),
            ("retiring_within_5y", "Pensjon ≤ 5 år", "int"), ("retiring_within_10y", "Pensjon ≤ 10 år", "int"),
            ("share_part_time", "Deltid", "share"), ("share_small_positions", "Små stillinger", "share"),
            ("share_formal_requirements_not_met", "Ufaglærte", "share"), ("mean_tenure_years", "Ansiennitet (år)", "mean"))


def table(a: Analysis) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The per-sector table as Norwegian text cells (header, rows; the total last), e.g. for a DOCX table."""
    header = ("Tjenesteområde", *(h for _, h, _ in _COLUMNS))
    rows = []
    for g in (*a.sectors, a.total):
        if g.suppressed:
            rows.append((g.name, SUPPRESSED_LABEL if g.suppression == "primary" else "skjult", *("–" for _ in _COLUMNS[1:])))
        else:
            rows.append((g.name, *(_cell(getattr(g, k), kind) for k, _, kind in _COLUMNS)))
    return header, tuple(rows)


def markdown(a: Analysis) -> str:
    """``analysis.md``: the findings, the tables, privacy and definitions, in Norwegian."""
    t = a.total
    lines = ["# Analyse av kartleggingen", "",
             f"Kilde: {a.source} · referanseår {a.year} · pensjonsalder {a.pension_age} år · "
             f"{fmt_int(a.n_employees) if a.n_employees is not None else 'færre enn 5'} ansatte (lesbare rader, gjentatte ansatt-ID telt én gang).", ""]
    if a.unreadable_rows:
        shown = "; ".join(f"{a.line_unit} {line}: {reason}" for line, reason in a.unreadable_rows[:20])
        more = f" (og {len(a.unreadable_rows) - 20} til)" if len(a.unreadable_rows) > 20 else ""
        lines += [f"{len(a.unreadable_rows)} rader kunne ikke leses og er holdt utenfor: {shown}{more}.", ""]
    for n in a.notices[:20]:
        lines.append(f"- Merk: {n}")
    if a.notices:
        lines.append("")
    lines += ["## Hovedfunn", ""] + [f"- {f.text}" for f in a.findings] + [""]
    lines += ["## Tall per tjenesteområde", "",
              "| Tjenesteområde | " + " | ".join(h for _, h, _ in _COLUMNS) + " |",
              "|---|" + "---:|" * len(_COLUMNS)]
    *sector_rows, total_row = table(a)[1]
    lines += ["| " + " | ".join(r) + " |" for r in sector_rows]
    lines += [f"| **{total_row[0]}** | " + " | ".join(total_row[1:]) + " |", ""]
    lines.append(f"Små stillinger: under {num(a.small_position_limit, 0)} %. Pensjon ≤ N år: antall som når {a.pension_age} år "
                 f"innen {a.year} + N, medregnet de som allerede har nådd det.")
    lines.append("")
    if not t.suppressed and t.departures_by_year:
        lines += ["## Avgang ved pensjonsalder per år (hele kommunen)", "", "| År | Antall |", "|---|---:|"]
        lines += [f"| {a.year + k}{' (nådd)' if k == 0 else ''} | {fmt_int(n)} |" for k, n in enumerate(t.departures_by_year)]
        lines.append("")
    if not t.suppressed and t.education:
        levels = [lvl for lvl, _ in t.education]
        groups = [*a.visible_sectors(), t]
        lines += ["## Høyeste utdanning", "", "| Tjenesteområde | " + " | ".join(levels) + " |", "|---|" + "---:|" * len(levels)]
        for g in groups:
            d = dict(g.education)
            lines.append(f"| {g.name} | " + " | ".join(fmt_int(d.get(lvl, 0)) for lvl in levels) + " |")
        lines.append("")
    lines += ["## Personvern", "",
              (a.suppression_note + " " if a.suppression_note else "")
              + f"Tjenesteområder med færre enn {a.min_group} ansatte vises aldri med tall, og i figurene er grupper med færre "
              f"enn {a.min_group} personer slått sammen eller utelatt. Bare samletall er lagret: ingen navn, ansattnumre eller fødselsår.", ""]
    used = [f"{f} ← «{h}»" for f, h in a.columns if h]
    lines += ["## Definisjoner", "",
              f"- Alder = {a.year} − fødselsår (eller alderskolonnen). Andeler er regnet av dem som har verdien utfylt.",
              f"- Ufaglærte: {UFAGLAERT_SOURCE}.",
              f"- Ansiennitet = år fra ansettelsesdato til 31.12.{a.year}.",
              "- Kolonner brukt: " + (", ".join(used) if used else "–") + ".",
              f"- Ikke funnet: {', '.join(f for f, h in a.columns if not h and f in FIELDS) or 'ingen'}.", ""]
    if a.figures:
        lines += ["## Figurer", ""] + [f"![{Path(p).stem}]({Path(p).name})" for p in a.figures] + [""]
    return "\n".join(lines)
