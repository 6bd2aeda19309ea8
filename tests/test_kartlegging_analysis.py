"""The numbers of the kartlegging analysis, checked against values computed without our code.

tiny.csv (tests/fixtures/kartlegging, fictitious people), reference year 2026, pension age 67:

Pleie og omsorg (6): born 1958, 1961, 1970, 1990, 1964, 1999 -> ages 68, 65, 56, 36, 62, 27;
  stillingsprosent 100, 80.5, 50 %, 40, (missing), 100; formal ja, nei, ja, nei, ja, (missing).
Oppvekst (5): ages 60, 46, 41, 54, 67; stillingsprosent 100, 60, 100, 30, 100; formal ja, ja, ja, nei, ja.
Teknisk (3): ages 56, 51, 63; all 100 %, all ja.
Plus: P1002 repeated (line 13, counted once) and X9999 with birth year '19x0' (line 16, unreadable).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from assistant.kartlegging import analyse_file, load_analysis, write_analysis
from assistant.kartlegging.generate import generate_employees

FIX = Path(__file__).parent / "fixtures" / "kartlegging"
END = date(2026, 12, 31)


def tenure(*dates: date) -> float:
    return sum((END - d).days / 365.25 for d in dates) / len(dates)


PLEIE = {
    "n": 6,
    "mean_age": (68 + 65 + 56 + 36 + 62 + 27) / 6,
    "share_60_plus": 3 / 6,  # 68, 65, 62
    "retiring_within_5y": 3,  # age >= 62: 68, 65, 62
    "retiring_within_10y": 3,  # age >= 57: the same three (56 misses by one year)
    "share_part_time": 3 / 5,  # 80.5, 50, 40 of five known
    "share_small_positions": 1 / 5,  # 40
    "share_formal_requirements_not_met": 2 / 5,
    "mean_tenure_years": tenure(date(2000, 1, 1), date(2010, 6, 15), date(2016, 3, 1), date(2020, 1, 1), date(2022, 7, 1)),
}
TOTAL = {
    "n": 14,
    "mean_age": (314 + 268 + 170) / 14,
    "share_60_plus": 6 / 14,  # 68, 65, 62, 60, 67, 63
    "retiring_within_5y": 5,  # 68, 65, 62, 67, 63
    "retiring_within_10y": 6,  # and 60
    "share_part_time": 5 / 13,
    "share_small_positions": 2 / 13,  # 40, 30
    "share_formal_requirements_not_met": 3 / 13,
}
TOTAL_DEPARTURES = [2, 0, 1, 0, 1, 1, 0, 1, 0, 0, 0]  # 68 & 67 now; 65 in 2028; 63 in 2030; 62 in 2031; 60 in 2033


@pytest.mark.parametrize("name, mapping", [("tiny.csv", None), ("tiny.xlsx", None), ("tiny_mapped.csv", "tiny_mapping.yaml")])
def test_tiny_numbers_match_hand_computation(name: str, mapping: str | None) -> None:
    a = analyse_file(FIX / name, mapping=FIX / mapping if mapping else None, year=2026, pension_age=67)
    assert a.n_employees == 14
    po = a.sector("Pleie og omsorg")
    for key, want in PLEIE.items():
        assert getattr(po, key) == pytest.approx(want, rel=1e-12), key
    for key, want in TOTAL.items():
        assert getattr(a.total, key) == pytest.approx(want, rel=1e-12), key
    assert list(a.total.departures_by_year) == TOTAL_DEPARTURES
    assert list(po.departures_by_year) == [1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0]
    assert dict(po.education) == {"Grunnskole": 2, "Fagbrev": 2, "Videregående": 1, "Bachelor": 1}
    line, reason = a.unreadable_rows[0]
    assert len(a.unreadable_rows) == 1 and ("fødselsår" in reason or "alder" in reason)
    assert line == (14 if name == "tiny_mapped.csv" else 16)  # the mapped copy has no title rows


def test_tiny_suppression_primary_and_secondary() -> None:
    a = analyse_file(FIX / "tiny.csv", year=2026)
    by = {s.name: s for s in a.sectors}
    assert by["Teknisk"].suppressed and by["Teknisk"].suppression == "primary"
    # Only Teknisk is small, so total - visible would give it back: the smallest visible (Oppvekst, 5) goes too.
    assert by["Oppvekst"].suppressed and by["Oppvekst"].suppression == "secondary"
    assert not by["Pleie og omsorg"].suppressed
    for s in (by["Teknisk"], by["Oppvekst"]):
        assert s.n is None and s.mean_age is None and s.retiring_within_10y is None and s.education == ()
    assert "sekundær prikking" in a.suppression_note and "Oppvekst" in a.suppression_note
    kinds = {f.kind for f in a.findings}
    assert {"retirement", "age", "part_time", "formal_requirements", "suppression"} <= kinds
    assert not any(f.sector in ("Teknisk", "Oppvekst") for f in a.findings)


def test_json_schema_and_round_trip(tmp_path: Path) -> None:
    a = write_analysis(analyse_file(FIX / "tiny.csv", year=2026), tmp_path)
    data = json.loads((tmp_path / "analysis.json").read_text(encoding="utf-8"))
    for key in ("n_employees", "year", "pension_age", "sectors", "total", "findings", "figures"):
        assert key in data
    teknisk = next(s for s in data["sectors"] if s["name"] == "Teknisk")
    assert teknisk["suppressed"] is True and teknisk["label"] == "færre enn 5" and teknisk["n"] is None
    po = next(s for s in data["sectors"] if s["name"] == "Pleie og omsorg")
    assert po["suppressed"] is False and po["share_part_time"] == 0.6  # unrounded fraction
    assert data["total"]["share_part_time"] == 5 / 13
    assert sorted(data["figures"]) == ["aldersfordeling.png", "avgang.png", "deltid_formelle_krav.png"]
    assert all((tmp_path / f).stat().st_size > 10_000 for f in data["figures"])
    assert {f["kind"] for f in data["findings"]} <= {"retirement", "age", "part_time", "small_positions",
                                                      "formal_requirements", "education", "tenure", "suppression"}
    loaded = load_analysis(tmp_path)
    assert loaded == a
    assert all(Path(p).is_absolute() and Path(p).exists() for p in loaded.figures)
    md = (tmp_path / "analysis.md").read_text(encoding="utf-8")
    assert "# Analyse av kartleggingen" in md and "| Teknisk | færre enn 5 |" in md and "38,5 %" in md  # 5/13 part-time


def test_findings_state_the_numbers() -> None:
    a = analyse_file(FIX / "tiny.csv", year=2026)
    texts = {f.kind: f.text for f in a.findings if f.sector is None}
    assert texts["retirement"].startswith("5 av 14 ansatte (35,7 %) når pensjonsalderen på 67 år innen 5 år")
    assert "6 (42,9 %) innen 10 år" in texts["retirement"]
    assert "3 av 13 ansatte (23,1 %) oppfyller ikke de formelle kravene" in texts["formal_requirements"]
    po = [f.text for f in a.findings if f.sector == "Pleie og omsorg" and f.kind == "formal_requirements"]
    assert po == ["I Pleie og omsorg oppfyller 2 av 5 (40,0 %) ikke de formelle kravene til stillingen (ufaglærte)."]


# ---------------------------------------------------------------- a larger generated export vs pandas

GEN = {"n": 150, "seed": 7, "year": 2026, "small_sector": 3, "duplicates": 2}  # as in make_fixtures.py


def _expected(rows: list[dict]) -> tuple[dict[str, dict], dict]:
    df = pd.DataFrame(rows).drop_duplicates("ansatt_id")
    df["age"] = 2026 - df["fodselsar"]

    def stats(g: pd.DataFrame) -> dict:
        pct = g["stillingsprosent"].dropna()
        formal = g["formelle_krav_oppfylt"].dropna()
        days = g["ansatt_dato"].dropna().map(lambda d: (END - d).days / 365.25)
        return {
            "n": len(g), "mean_age": g["age"].mean(), "share_60_plus": (g["age"] >= 60).mean(),
            "retiring_within_5y": int((g["age"] + 5 >= 67).sum()), "retiring_within_10y": int((g["age"] + 10 >= 67).sum()),
            "share_part_time": (pct < 100).mean(), "share_small_positions": (pct < 50).mean(),
            "share_formal_requirements_not_met": (formal == False).mean(),  # noqa: E712
            "mean_tenure_years": days.mean(),
            "education": dict(g["utdanning"].dropna().value_counts()),
            "age_groups": {"under 30": int((g["age"] < 30).sum()), "30–39": int(g["age"].between(30, 39).sum()),
                           "40–49": int(g["age"].between(40, 49).sum()), "50–59": int(g["age"].between(50, 59).sum()),
                           "60 og eldre": int((g["age"] >= 60).sum())},
            "departures_by_year": [int((g["age"] >= 67).sum())] + [int((g["age"] + k == 67).sum()) for k in range(1, 11)],
        }

    return {name: stats(g) for name, g in df.groupby("sektor")}, stats(df)


def _plain(v: object) -> object:
    """A Group's (level, count) pairs as a dict and its tuples as lists, to compare with pandas."""
    if isinstance(v, tuple) and v and isinstance(v[0], tuple):
        return dict(v)
    return list(v) if isinstance(v, tuple) else v


@pytest.mark.parametrize("name", ["gen_cp1252.csv", "gen_utf16.txt", "gen_comma.csv", "gen_fraction.csv", "gen.xlsx"])
def test_generated_exports_match_pandas(name: str) -> None:
    sectors, total = _expected(generate_employees(**GEN))
    a = analyse_file(FIX / name, year=2026, pension_age=67)
    assert a.n_employees == total["n"] == 150
    for key, want in total.items():
        assert _plain(getattr(a.total, key)) == pytest.approx(want, rel=1e-9), key
    sizes = {k: v["n"] for k, v in sectors.items()}
    small = [k for k, n in sizes.items() if n < 5]
    assert small == ["Kultur og fritid"]
    secondary = min((n, k) for k, n in sizes.items() if n >= 5)[1]
    for s in a.sectors:
        assert s.suppressed == (s.name in small or s.name == secondary), s.name
        if not s.suppressed:
            for key, want in sectors[s.name].items():
                assert _plain(getattr(s, key)) == pytest.approx(want, rel=1e-9), (s.name, key)


def test_cli_json_matches_pandas_with_mapping(tmp_path: Path) -> None:
    from assistant.cli import main

    mapping = tmp_path / "kolonner.yaml"
    mapping.write_text('sektor: "Tjenesteområde"\nfodselsar: "Fødselsår"\nstillingsprosent: "Stillingsprosent"\n'
                       'formelle_krav_oppfylt: "Formelle krav oppfylt"\nansatt_dato: "Ansatt dato"\nansatt_id: "Ansattnr"\n', encoding="utf-8")
    out = tmp_path / "ut"
    assert main(["kartlegging", "--data", str(FIX / "gen_cp1252.csv"), "--mapping", str(mapping), "--year", "2026", "--out", str(out)]) == 0
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    sectors, total = _expected(generate_employees(**GEN))
    def plain(d: dict, key: str) -> object:
        return [x["n"] for x in d[key]] if key == "departures_by_year" else d[key]

    for key, want in total.items():
        assert plain(data["total"], key) == pytest.approx(want, rel=1e-9), key
    for s in data["sectors"]:
        if not s["suppressed"]:
            for key, want in sectors[s["name"]].items():
                assert plain(s, key) == pytest.approx(want, rel=1e-9), (s["name"], key)
    assert data["columns"]["sektor"] == "Tjenesteområde"


def test_table_cells_for_the_plan() -> None:
    from assistant.kartlegging import table

    header, rows = table(analyse_file(FIX / "tiny.csv", year=2026))
    assert header[:3] == ("Tjenesteområde", "Ansatte", "Snittalder")
    assert rows[0][:2] == ("Oppvekst", "skjult") and rows[2][:2] == ("Teknisk", "færre enn 5")
    assert rows[1][:4] == ("Pleie og omsorg", "6", "52,3", "50,0 %") and rows[-1][:2] == ("Hele kommunen", "14")


def test_sector_spelling_variants_are_one_sector(tmp_path: Path) -> None:
    p = tmp_path / "a.csv"
    p.write_text("Tjenesteområde;Fødselsår\n" + "Helse og omsorg;1970\n" * 3 + "helse og  Omsorg ;1980\n" * 3 + "Teknisk;1960\n" * 5,
                 encoding="utf-8")
    a = analyse_file(p, year=2026)
    assert [(s.name, s.n) for s in a.sectors] == [("Helse og omsorg", 6), ("Teknisk", 5)]
    assert a.sector("Helse og omsorg").mean_age == pytest.approx((56 * 3 + 46 * 3) / 6)
