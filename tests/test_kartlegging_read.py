"""Reading exports: encodings, delimiters, XLSX quirks, header recognition, mapping and clear errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from assistant.kartlegging import KartleggingError, preview_columns
from assistant.kartlegging.generate import csv_text, generate_employees, write_xlsx
from assistant.kartlegging.read import field_for_header, read_file

FIX = Path(__file__).parent / "fixtures" / "kartlegging"


def test_header_names_recognised() -> None:
    assert field_for_header("Tjenesteområde") == "sektor"
    assert field_for_header("  FØDSELSÅR ") == "fodselsar"
    assert field_for_header("Fødselsår (åååå)") == "fodselsar"
    assert field_for_header("Stilling %") == "stillingsprosent"
    assert field_for_header("Stilling") == "stilling"
    assert field_for_header("Formelle krav oppfylt") == "formelle_krav_oppfylt"
    assert field_for_header("Navn") is None and field_for_header("Adresse") is None


def test_tiny_csv_rows_values_and_quirks() -> None:
    r = read_file(FIX / "tiny.csv", year=2026)
    assert r.line_unit == "linje" and len(r.employees) == 14
    by_line = {e.line: e for e in r.employees}
    assert by_line[5].stillingsprosent == 80.5  # decimal comma, a quoted ';' in the address before it
    assert by_line[6].stillingsprosent == 50.0 and by_line[6].ansatt_dato == date(2016, 3, 1)  # '50 %', serial 42430
    assert by_line[8].stillingsprosent is None and by_line[8].ansatt_dato is None  # missing values
    assert by_line[11].ansatt_dato == date(2005, 8, 1)  # ISO date
    assert [(b.line, b.reason) for b in r.bad_rows] == [(16, "fødselsår kan ikke leses som et tall")]
    assert r.notices == ("linje 13: samme ansatt-ID som linje 5; telt én gang",)
    assert dict(r.columns)["sektor"] == "Tjenesteområde" and dict(r.columns)["realkompetanse"] is None


def test_xlsx_picks_data_sheet_skips_titles_reads_percent_and_serial_dates() -> None:
    r = read_file(FIX / "tiny.xlsx", year=2026)
    assert r.sheet == "Kartlegging" and r.line_unit == "rad"
    by_line = {e.line: e for e in r.employees}
    assert by_line[5].stillingsprosent == pytest.approx(80.5)  # cell 0.805 formatted 0.0%
    assert by_line[6].ansatt_dato == date(2016, 3, 1)  # a plain number cell 42430 in the date column
    assert by_line[4].ansatt_dato == date(2000, 1, 1)  # a date cell


@pytest.mark.parametrize("encoding, delimiter, decimal", [
    ("utf-8", ";", ","), ("utf-8-sig", ",", "."), ("cp1252", ";", ","), ("utf-16", "\t", ","), ("utf-16-le", "\t", "."),
])
def test_encodings_and_delimiters_read_the_same(tmp_path: Path, encoding: str, delimiter: str, decimal: str) -> None:
    rows = generate_employees(40, seed=3, small_sector=0, missing=0.0)
    p = tmp_path / "ansatte.csv"
    p.write_bytes(csv_text(rows, delimiter=delimiter, decimal=decimal, title_rows=("Kartlegging Øvre Fiktivdal",)).encode(encoding))
    r = read_file(p, year=2026)
    assert len(r.employees) == 40 and not r.bad_rows
    want = sorted((x["sektor"], 2026 - x["fodselsar"], x["stillingsprosent"]) for x in rows)
    assert sorted((e.sektor, e.age, e.stillingsprosent) for e in r.employees) == want


def test_fraction_percent_column_is_scaled(tmp_path: Path) -> None:
    r = read_file(FIX / "gen_fraction.csv", year=2026)
    assert any("brøk" in n for n in r.notices)
    assert max(e.stillingsprosent or 0 for e in r.employees) == 100.0


def test_alder_column_and_mapping_yaml() -> None:
    r = read_file(FIX / "tiny_mapped.csv", mapping=FIX / "tiny_mapping.yaml", year=2026)
    assert sorted(e.age for e in r.employees if e.sektor == "Teknisk") == [51, 56, 63]
    cols = dict(preview_columns(FIX / "tiny_mapped.csv", FIX / "tiny_mapping.yaml"))
    assert cols["sektor"] == "Enhet/område" and cols["alder"] == "Alder i 2026" and cols["fodselsar"] is None


def test_preview_columns_of_xlsx() -> None:
    cols = preview_columns(FIX / "gen.xlsx")
    assert cols[0] == ("ansatt_id", "Ansattnr") and dict(cols)["stillingsprosent"] == "Stillingsprosent"


def _error(path: Path, **kw: object) -> str:
    with pytest.raises(KartleggingError) as exc:
        read_file(path, year=2026, **kw)  # type: ignore[arg-type]
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith(path.name if "mapping" not in kw else msg.split(":")[0])
    return msg


def test_clear_one_line_errors(tmp_path: Path) -> None:
    empty = tmp_path / "tom.csv"
    empty.write_bytes(b"")
    assert "empty" in _error(empty)
    blank = tmp_path / "blank.csv"
    blank.write_bytes(b"\xef\xbb\xbf\r\n  \r\n")
    assert "empty" in _error(blank)
    binary = tmp_path / "binary.csv"
    binary.write_bytes(bytes(range(256)) * 4)
    assert "encoding" in _error(binary) or "not a text file" in _error(binary)
    xls = tmp_path / "gammel.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".xls" in _error(xls)
    nocols = tmp_path / "ukjent.csv"
    nocols.write_text("Navn;Adresse;Telefon\nKari;Vei 1;123\n", encoding="utf-8")
    assert "no recognisable column headers" in _error(nocols)
    nosector = tmp_path / "uten_sektor.csv"
    nosector.write_text("Fødselsår;Stillingsprosent\n1970;100\n", encoding="utf-8")
    assert "sektor" in _error(nosector)
    assert "no such file" in _error(tmp_path / "finnes_ikke.csv")
    damaged = tmp_path / "skadet.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"x" * 100)
    assert "XLSX cannot be opened" in _error(damaged)


def test_mapping_errors(tmp_path: Path) -> None:
    m = tmp_path / "kolonner.yaml"
    m.write_text('sektor: "Avdeling"\n', encoding="utf-8")
    msg = _error(FIX / "tiny.csv", mapping=m)
    assert msg.startswith("tiny.csv: mapping sektor: column 'Avdeling' not found") and "Tjenesteområde" in msg
    m.write_text('sektorr: "Tjenesteområde"\n', encoding="utf-8")
    assert "unknown field 'sektorr'" in _error(FIX / "tiny.csv", mapping=m)
    m.write_text("- bare\n- en liste\n", encoding="utf-8")
    assert "flat" in _error(FIX / "tiny.csv", mapping=m)
    m.write_text("sektor: [\n", encoding="utf-8")
    assert "not valid YAML" in _error(FIX / "tiny.csv", mapping=m)


def test_bad_rows_have_line_numbers_and_reasons(tmp_path: Path) -> None:
    p = tmp_path / "feil.csv"
    p.write_text(
        "Tjenesteområde;Fødselsår;Stillingsprosent;Formelle krav oppfylt;Ansatt dato\n"
        "Oppvekst;1970;100;ja;01.01.2000\n"
        ";1970;100;ja;01.01.2000\n"  # 3: no sector
        "Oppvekst;1970;120;ja;01.01.2000\n"  # 4: over 100 %
        "Oppvekst;1970;100;kanskje;01.01.2000\n"  # 5: neither yes nor no
        "Oppvekst;1970;100;ja;32.13.2000\n"  # 6: not a date
        "Oppvekst;1800;100;ja;01.01.2000\n"  # 7: birth year out of range
        "Oppvekst;1970;100;ja;01.01.2000;ekstra\n"  # 8: one field too many
        "Oppvekst;1970;100;ja;01.01.2030\n",  # 9: hired after the reference year
        encoding="utf-8")
    r = read_file(p, year=2026)
    assert len(r.employees) == 1
    reasons = {b.line: b.reason for b in r.bad_rows}
    assert sorted(reasons) == [3, 4, 5, 6, 7, 8, 9]
    assert "mangler" in reasons[3] and "0–100" in reasons[4] and "ja eller nei" in reasons[5]
    assert "dato" in reasons[6] and "1900" in reasons[7] and "6 felt" in reasons[8] and "2026" in reasons[9]


def test_generated_xlsx_of_several_sheets(tmp_path: Path) -> None:
    rows = generate_employees(30, seed=5)
    p = write_xlsx(rows, tmp_path / "a.xlsx", title_rows=("Tittel", "Undertittel"), serial_dates=False)
    r = read_file(p, year=2026)
    assert r.sheet == "Ansatte" and len(r.employees) == 30
    want = sorted(x["ansatt_dato"] for x in rows if x["ansatt_dato"] is not None)
    assert sorted(e.ansatt_dato for e in r.employees if e.ansatt_dato is not None) == want
