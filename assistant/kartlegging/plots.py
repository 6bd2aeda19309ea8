"""The figures of the analysis (PNG, Norwegian labels, fonts large enough for a Word page).

Drawn from the aggregates alone, with matplotlib's object API (``Figure``, the Agg renderer; no
pyplot state, so the web UI can draw from several threads). Bins of fewer than ``min_group`` people
are merged with their neighbour (:func:`privacy.merge_small_bins`) or left out.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from matplotlib.ticker import FuncFormatter, MaxNLocator

from assistant.kartlegging.analysis import AGE_GROUPS, age_label
from assistant.kartlegging.findings import pct
from assistant.kartlegging.privacy import merge_small_bins

if TYPE_CHECKING:
    from assistant.kartlegging.model import Analysis, Group

FONT = 13
DPI = 150
FIGURE_FILES = ("aldersfordeling.png", "avgang.png", "deltid_formelle_krav.png")
_BLUE, _ORANGE, _GREY = "#1f5a96", "#c8641e", "#6b6b6b"


def _figure(w: float, h: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(w, h), dpi=DPI, layout="constrained")


def _n(x: float) -> str:
    """20000 -> '20 000' (Norwegian thousands separator, a no-break space)."""
    return f"{int(x):,}".replace(",", "\u00a0")


def _style(ax: Any) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.tick_params(labelsize=FONT - 1)


def _hidden_note(a: Analysis) -> str:
    names = [s.name for s in a.suppressed_sectors()]
    return f"Ikke vist av personvernhensyn (færre enn {a.min_group} ansatte eller sekundær prikking): {', '.join(names)}." if names else ""


def _age_bins(g: Group, min_n: int) -> list[tuple[str, int]]:
    counts = dict(g.age_groups)
    bins = [((lo, hi), counts.get(age_label(lo, hi), 0)) for lo, hi in AGE_GROUPS]
    return [(age_label(lo, hi), n) for (lo, hi), n in merge_small_bins(bins, min_n)]


def age_figure(a: Analysis, path: Path) -> Path:
    """Age distribution (a pyramid of age groups, youngest at the bottom) per visible sector and in total."""
    groups = [g for g in (*a.visible_sectors(), a.total) if not g.suppressed and g.age_groups]
    cols = 2 if len(groups) > 1 else 1
    rows = max(1, math.ceil(len(groups) / cols))
    fig = _figure(11 if cols == 2 else 7, 2.9 * rows + 1.3)
    fig.suptitle(f"Aldersfordeling per tjenesteområde, {a.year}", fontsize=FONT + 3, fontweight="bold")
    axes = fig.subplots(rows, cols, squeeze=False)
    for ax, g in zip(axes.flat, groups, strict=False):
        bins = _age_bins(g, a.min_group)
        if not bins:
            ax.set_axis_off()
            continue
        labels = [b[0] for b in bins]
        values = [b[1] for b in bins]
        ax.barh(labels, values, color=_GREY if g is a.total else _BLUE)
        for y, v in enumerate(values):
            ax.text(v, y, f" {_n(v)}", va="center", fontsize=FONT - 1)
        ax.set_title(f"{g.name} (n = {_n(g.n or 0)})", fontsize=FONT + 1, loc="left")
        ax.set_xlabel("Antall ansatte", fontsize=FONT)
        ax.set_xlim(0, max(values) * 1.18)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _n(x)))
        _style(ax)
    for ax in list(axes.flat)[len(groups):]:
        ax.set_axis_off()
    note = "Aldersgrupper med færre enn 5 personer er slått sammen med nabogruppen."
    hidden = _hidden_note(a)
    fig.supxlabel(note + ("\n" + hidden if hidden else ""), fontsize=FONT - 2, color=_GREY, x=0.01, ha="left")
    fig.savefig(path)
    return path


def departures_figure(a: Analysis, path: Path) -> Path:
    """Employees reaching the pension age each year of the next ten (the whole municipality)."""
    t = a.total
    fig = _figure(10, 5.6)
    ax = fig.subplots()
    bins = merge_small_bins([((k, k), n) for k, n in enumerate(t.departures_by_year)], a.min_group)
    labels = []
    for (lo, hi), _ in bins:
        first = f"{a.year + lo}" + ("\n(nådd)" if lo == 0 else "")
        labels.append(first if lo == hi else f"{first}–\n{a.year + (hi or lo)}")
    values = [n for _, n in bins]
    ax.bar(range(len(values)), values, color=_ORANGE, width=0.7)
    if len(values) < 5:  # a few merged bins: keep the bars narrow rather than stretched over the page
        ax.set_xlim(-1.5, len(values) + 0.5)
    for x, v in enumerate(values):
        ax.text(x, v, _n(v), ha="center", va="bottom", fontsize=FONT)
    ax.set_xticks(range(len(values)), labels, fontsize=FONT - 1)
    ax.set_ylabel("Antall ansatte", fontsize=FONT)
    ax.set_xlabel("År", fontsize=FONT)
    if values:
        ax.set_ylim(0, max(values) * 1.15)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda x, _: _n(x)))
    ax.set_title(f"Ansatte som når pensjonsalderen ({a.pension_age} år), {a.year}–{a.year + 10}", fontsize=FONT + 3, fontweight="bold", loc="left")
    _style(ax)
    summary = (f"Hele kommunen, n = {_n(t.n or 0)}. Innen 5 år: {_n(t.retiring_within_5y or 0)}, innen 10 år: {_n(t.retiring_within_10y or 0)}. "
               f"«Nådd» = {a.pension_age} år eller eldre i {a.year}. År med færre enn 5 er slått sammen med naboåret.")
    fig.supxlabel(summary, fontsize=FONT - 2, color=_GREY, x=0.01, ha="left", wrap=True)
    fig.savefig(path)
    return path


def shares_figure(a: Analysis, path: Path) -> Path:
    """Share part-time and share not meeting the formal requirements, per visible sector and in total."""
    groups = [*a.visible_sectors(), a.total]
    fig = _figure(12, 1.0 + 0.62 * len(groups) + 1.6)
    axes = fig.subplots(1, 2, sharey=True)
    names = [f"{g.name} (n = {_n(g.n or 0)})" for g in groups][::-1]
    for ax, key, title, colour in (
        (axes[0], "share_part_time", "Andel deltid (under 100 %)", _BLUE),
        (axes[1], "share_formal_requirements_not_met", "Andel som ikke oppfyller\nformelle krav (ufaglærte)", _ORANGE),
    ):
        values = [getattr(g, key) for g in groups][::-1]
        shown = [v * 100 if v is not None else 0.0 for v in values]
        colours = [_GREY if i == 0 else colour for i in range(len(values))]  # the total is last, drawn first from the bottom
        ax.barh(names, shown, color=colours)
        for y, v in enumerate(values):
            ax.text((v or 0) * 100, y, " " + pct(v) if v is not None else " ingen data", va="center", fontsize=FONT - 1)
        ax.set_xlim(0, 100)
        ax.set_xlabel("Prosent av de ansatte", fontsize=FONT)
        ax.set_title(title, fontsize=FONT + 1, loc="left")
        _style(ax)
    fig.suptitle(f"Deltid og formell kompetanse per tjenesteområde, {a.year}", fontsize=FONT + 3, fontweight="bold")
    hidden = _hidden_note(a)
    if hidden:
        fig.supxlabel(hidden, fontsize=FONT - 2, color=_GREY, x=0.01, ha="left")
    fig.savefig(path)
    return path


def draw_all(a: Analysis, out_dir: Path) -> tuple[Path, ...]:
    """The three figures in ``out_dir``; none when the whole dataset is suppressed."""
    if a.total.suppressed:
        return ()
    out = []
    if a.total.age_groups:
        out.append(age_figure(a, out_dir / FIGURE_FILES[0]))
        out.append(departures_figure(a, out_dir / FIGURE_FILES[1]))
    if a.total.share_part_time is not None or a.total.share_formal_requirements_not_met is not None:
        out.append(shares_figure(a, out_dir / FIGURE_FILES[2]))
    return tuple(out)
