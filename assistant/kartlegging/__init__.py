"""Kartlegging: analyse a municipality's own per-employee export (step 6 of the method).

    >>> from assistant.kartlegging import analyse_file, write_analysis, load_analysis   # doctest: +SKIP
    >>> a = analyse_file("ansatte.xlsx", mapping="kolonner.yaml", year=2026)
    >>> write_analysis(a, "ut/")          # analysis.json, analysis.md and the PNGs in ut/
    >>> load_analysis("ut/").total.retiring_within_10y

Only aggregates leave :func:`analyse_file`; sectors under 5 people are suppressed (see ``privacy``).
"""

from assistant.kartlegging.analysis import analyse_file
from assistant.kartlegging.model import Analysis, Finding, Group
from assistant.kartlegging.read import KartleggingError, preview_columns
from assistant.kartlegging.report import load_analysis, table, write_analysis

__all__ = ["Analysis", "Finding", "Group", "KartleggingError", "analyse_file", "load_analysis", "preview_columns", "table", "write_analysis"]
