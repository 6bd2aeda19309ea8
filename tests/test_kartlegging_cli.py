"""`planvis kartlegging`: writes the analysis, reports unreadable rows, one-line errors (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.cli import main

FIX = Path(__file__).parent / "fixtures" / "kartlegging"


def test_cli_writes_analysis_and_reports_bad_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "ut"
    code = main(["kartlegging", "--data", str(FIX / "tiny.xlsx"), "--year", "2026", "--pension-age", "65", "--out", str(out)])
    cap = capsys.readouterr()
    assert code == 0
    assert "rad 16: fødselsår kan ikke leses som et tall (left out)" in cap.err
    assert "rad 13: samme ansatt-ID som rad 5" in cap.err
    assert cap.out.startswith("Analyse av 14 ansatte i 3 tjenesteområder (2 skjult av personvernhensyn), 1 rader ikke lest")
    data = json.loads((out / "analysis.json").read_text(encoding="utf-8"))
    assert data["pension_age"] == 65 and data["year"] == 2026
    # pension age 65: within 5 years means age >= 60 (68, 65, 62, 60, 67, 63); within 10, age >= 55 (and 56, 56)
    assert data["total"]["retiring_within_5y"] == 6 and data["total"]["retiring_within_10y"] == 8
    assert data["unreadable_rows"] == [{"line": 16, "reason": "fødselsår kan ikke leses som et tall"}]


@pytest.mark.parametrize("content, args, expect", [
    (b"", [], "the file is empty"),
    (bytes(range(128, 256)) * 8, [], "unknown text encoding"),
    (b"Navn;Telefon\nKari;1\n", [], "no recognisable column headers"),
    ("Tjenesteområde;Fødselsår\nOppvekst;1970\n".encode(), ["--mapping", "MAP"], "mapping stillingsprosent: column 'Prosent' not found"),
    ("Tjenesteområde;Fødselsår\nOppvekst;1970\n".encode(), ["--year", "1800"], "--year 1800"),
    ("Tjenesteområde;Fødselsår\nOppvekst;1970\n".encode(), ["--pension-age", "5"], "pension age 5"),
])
def test_cli_errors_are_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, args: list[str], expect: str) -> None:
    data = tmp_path / "eksport.csv"
    data.write_bytes(content)
    mapping = tmp_path / "map.yaml"
    mapping.write_text('stillingsprosent: "Prosent"\n', encoding="utf-8")
    args = [str(mapping) if a == "MAP" else a for a in args]
    code = main(["kartlegging", "--data", str(data), "--out", str(tmp_path / "ut"), *args])
    err = capsys.readouterr().err
    assert code == 2
    assert expect in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (tmp_path / "ut" / "analysis.json").exists()
