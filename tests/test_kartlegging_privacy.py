"""Privacy: small groups suppressed (primary and secondary), small plot bins merged, and no id, name
or birth year of the export in any output, message or log."""

from __future__ import annotations

import csv
import logging
import re
from pathlib import Path

import pytest

from assistant.kartlegging import analyse_file, write_analysis
from assistant.kartlegging.analysis import AGE_GROUPS, age_label
from assistant.kartlegging.privacy import merge_small_bins, plan_suppression

FIX = Path(__file__).parent / "fixtures" / "kartlegging"


@pytest.mark.parametrize("sizes, want", [
    ({"A": 10, "B": 20}, {}),
    ({"A": 3, "B": 6, "C": 40}, {"A": "primary", "B": "secondary"}),
    ({"A": 3, "B": 4, "C": 40}, {"A": "primary", "B": "primary"}),  # two hidden: the total gives only their sum
    ({"A": 4, "B": 9, "C": 9}, {"A": "primary", "B": "secondary"}),  # ties: by name
    ({"A": 2}, {"A": "primary"}),
    ({"A": 5, "B": 5}, {}),
])
def test_plan_suppression(sizes: dict[str, int], want: dict[str, str]) -> None:
    assert plan_suppression(sizes) == want


def test_no_suppressed_group_recoverable_by_subtraction() -> None:
    for sizes in ({"A": 3, "B": 6, "C": 40}, {"A": 1, "B": 50}, {"A": 4, "B": 7, "C": 8, "D": 30}):
        hidden = plan_suppression(sizes)
        primary = [k for k, v in hidden.items() if v == "primary"]
        # total minus the visible ones leaves the sum of at least two hidden groups
        assert not primary or len(hidden) >= 2


def test_merge_small_bins() -> None:
    assert merge_small_bins([((0, 0), 7), ((1, 1), 2), ((2, 2), 3), ((3, 3), 0), ((4, 4), 9)]) == [((0, 0), 7), ((1, 2), 5), ((3, 4), 9)]
    assert merge_small_bins([((0, 0), 6), ((1, 1), 3)]) == [((0, 1), 9)]  # a small remainder joins the last bin
    assert merge_small_bins([((0, 0), 2), ((1, 1), 2)]) == []  # all together under 5: left out
    for bins in (merge_small_bins([((k, k), (k * 7) % 6) for k in range(11)]),):
        assert all(n >= 5 for _, n in bins) and sum(n for _, n in bins) == sum((k * 7) % 6 for k in range(11))


def test_plot_bins_hold_at_least_five(tmp_path: Path) -> None:
    from assistant.kartlegging.plots import _age_bins

    a = analyse_file(FIX / "gen_cp1252.csv", year=2026)
    for g in (*a.visible_sectors(), a.total):
        bins = _age_bins(g, 5)
        assert bins and all(n >= 5 for _, n in bins) and sum(n for _, n in bins) == sum(n for _, n in g.age_groups)
    labels = {age_label(lo, hi) for lo, hi in AGE_GROUPS}
    assert labels == {"under 30", "30–39", "40–49", "50–59", "60 og eldre"}
    dep = merge_small_bins([((k, k), n) for k, n in enumerate(a.total.departures_by_year)])
    assert all(n >= 5 for _, n in dep)


def _secrets(path: Path, delimiter: str) -> tuple[set[str], set[str], set[str]]:
    """ids, name parts and birth years of an export, read with the csv module alone."""
    with open(path, encoding="utf-8-sig" if "cp1252" not in path.name else "cp1252", newline="") as fh:
        rows = [r for r in csv.reader(fh, delimiter=delimiter)]
    head_i = next(i for i, r in enumerate(rows) if "Ansattnr" in r)
    head, body = rows[head_i], rows[head_i + 1:]
    ids = {r[head.index("Ansattnr")] for r in body}
    names = {part for r in body for part in r[head.index("Navn")].split() if len(part) > 4}
    born = {r[head.index("Fødselsår")] for r in body if r[head.index("Fødselsår")].isdigit()}
    return ids, names, born


@pytest.mark.parametrize("name, delimiter", [("tiny.csv", ";"), ("gen_cp1252.csv", ";")])
def test_no_id_name_or_birth_year_in_any_output(tmp_path: Path, name: str, delimiter: str,
                                                capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    from assistant.cli import main

    ids, names, born = _secrets(FIX / name, delimiter)
    assert len(ids) >= 14 and len(born) >= 10 and "Fiktivsen" in names
    out = tmp_path / "ut"
    with caplog.at_level(logging.DEBUG):
        assert main(["kartlegging", "--data", str(FIX / name), "--year", "2026", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert sorted(p.name for p in out.iterdir()) == ["aldersfordeling.png", "analysis.json", "analysis.md", "avgang.png",
                                                      "deltid_formelle_krav.png"]  # no copy of the rows
    texts = {"stdout": captured.out, "stderr": captured.err, "log": caplog.text}
    texts |= {p.name: p.read_bytes().decode("latin-1") for p in out.iterdir()}
    for where, text in texts.items():
        for secret in ids | names:
            assert secret not in text, (where, "an id or a name")
        for year in born:
            assert not re.search(rf"(?<![\d.,]){year}(?!\d)", text), (where, "a birth year")


def test_error_messages_quote_no_values(tmp_path: Path) -> None:
    p = tmp_path / "feil.csv"
    p.write_text("Ansattnr;Navn;Tjenesteområde;Fødselsår;Stillingsprosent\n"
                 "Q77123;Kari Hemmeligsen;Oppvekst;19q4;abc\n", encoding="utf-8")
    from assistant.kartlegging.read import read_file

    r = read_file(p, year=2026)
    text = " ".join(b.text() for b in r.bad_rows)
    assert "linje 2" in text and "Q77123" not in text and "Hemmeligsen" not in text and "19q4" not in text


def test_all_suppressed_when_dataset_tiny(tmp_path: Path) -> None:
    p = tmp_path / "liten.csv"
    p.write_text("Tjenesteområde;Fødselsår\nOppvekst;1970\nOppvekst;1980\nTeknisk;1960\n", encoding="utf-8")
    a = write_analysis(analyse_file(p, year=2026), tmp_path / "ut")
    assert a.total.suppressed and a.total.n is None and all(s.suppressed for s in a.sectors)
    assert a.figures == () and all(f.kind == "suppression" for f in a.findings)
    data = (tmp_path / "ut" / "analysis.json").read_text(encoding="utf-8")
    assert "1970" not in data and "\"n_employees\": null" in data
