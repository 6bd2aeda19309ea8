"""Small-group protection: primary and secondary suppression, and merging small plot bins.

Any sector with fewer than ``min_n`` people is suppressed as a whole (primary). When exactly one
sector is suppressed, the total minus the visible sectors would give it back, so the smallest visible
sector is suppressed as well (secondary, as statistics offices do). A total of fewer than ``min_n``
people is itself suppressed.

    >>> plan_suppression({"A": 3, "B": 6, "C": 40})
    {'A': 'primary', 'B': 'secondary'}
    >>> merge_small_bins([((0, 29), 2), ((30, 39), 4), ((40, 49), 9), ((50, None), 3)], 5)
    [((0, 39), 6), ((40, None), 12)]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

MIN_GROUP = 5

Range = tuple[int, int | None]


def plan_suppression(sizes: Mapping[str, int], min_n: int = MIN_GROUP) -> dict[str, str]:
    """Which sectors to suppress and why ("primary" | "secondary"), given head counts by name."""
    out = {name: "primary" for name, n in sizes.items() if n < min_n}
    if len(out) == 1:
        visible = sorted((n, name) for name, n in sizes.items() if name not in out)
        if visible:
            out[visible[0][1]] = "secondary"
    return out


def merge_small_bins(bins: Sequence[tuple[Range, int]], min_n: int = MIN_GROUP) -> list[tuple[Range, int]]:
    """Merge neighbouring bins (left to right) until each holds at least ``min_n``.

    A remainder below ``min_n`` at the end joins the last bin; if all bins together hold fewer than
    ``min_n``, nothing is returned (the plot leaves the group out).
    """
    out: list[tuple[Range, int]] = []
    start: int | None = None
    acc = 0
    for (lo, hi), n in bins:
        if start is None:
            start = lo
        acc += n
        if acc >= min_n:
            out.append(((start, hi), acc))
            start, acc = None, 0
    if start is not None and out:
        (lo, _), n = out[-1]
        out[-1] = ((lo, bins[-1][0][1]), n + acc)
    return out
