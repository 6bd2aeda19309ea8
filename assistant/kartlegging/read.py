"""Read a per-employee kartlegging export (CSV or XLSX) into in-memory records.

Only the canonical fields are kept; every other column (names, addresses, …) is skipped while the
row is read and never stored. Errors about the file as a whole raise :class:`KartleggingError` with
one line naming the file and the reason; a row that cannot be read becomes a :class:`BadRow` (its
line number and reason, never its values) and the rest is read.

    >>> norm_header("Fødselsår (åååå)")
    'fodselsaraaaa'
    >>> field_for_header("Fødselsår (åååå)")
    'fodselsar'
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from assistant.kartlegging.rows import Employee, dedupe, fractions_to_percent, parse_row

__all__ = ["FIELDS", "BadRow", "Employee", "KartleggingError", "ReadResult", "field_for_header", "load_mapping", "preview_columns", "read_file"]

FIELDS = ("ansatt_id", "sektor", "stilling", "stillingsprosent", "fodselsar", "alder", "utdanning",
          "formelle_krav_oppfylt", "ansatt_dato", "realkompetanse")

# Header names seen in Norwegian HR exports (Visma, Unique Ansatt, home-made Excel), normalised by
# norm_header(). Exact matches only: a fuzzy match could take "Navn" or "Adresse" for a field.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "ansatt_id": ("ansattid", "ansattnr", "ansattnummer", "ansattno", "ressursnr", "ressursnummer", "lopenr",
                  "lopenummer", "id", "personid", "ansattnrid", "ansattident"),
    "sektor": ("sektor", "tjenesteomrade", "tjenesteomraade", "tjenesteomrader", "omrade", "virksomhetsomrade",
               "kommunalomrade", "sektortjenesteomrade", "tjenesteomradesektor", "etat", "tjeneste"),
    "stilling": ("stilling", "stillingstittel", "stillingsbetegnelse", "stillingsnavn", "tittel", "stillingskategori"),
    "stillingsprosent": ("stillingsprosent", "stillingprosent", "stillingsandel", "stillingsstorrelse", "prosent",
                         "stprosent", "stpst", "stillingsprosentprosent", "stillingsprosentandel", "stillingsbrok"),
    "fodselsar": ("fodselsar", "fodselsaar", "fodtar", "fodt", "arfodt", "fodselsarstall"),
    "alder": ("alder", "alderar", "alderiar"),
    "utdanning": ("utdanning", "hoyesteutdanning", "utdanningsniva", "utdanningsnivaa", "hoyesteutdanningsniva",
                  "utdanningsgruppe", "hoyestefullforteutdanning"),
    "formelle_krav_oppfylt": ("formellekravoppfylt", "oppfyllerformellekrav", "formellkompetanse", "formalkompetanse",
                              "kvalifisert", "formellekrav", "kravoppfylt", "oppfyllerkrav", "formeltkvalifisert",
                              "formellkompetanseoppfylt", "oppfyllerkravtilstillingen"),
    "ansatt_dato": ("ansattdato", "ansattfra", "ansattfradato", "ansettelsesdato", "tiltredelse", "tiltredelsesdato",
                    "startdato", "ansattsiden", "forsteansattdato", "ansiennitetsdato", "datoansatt"),
    "realkompetanse": ("realkompetanse", "realkompetansebeskrivelse", "beskrivelserealkompetanse"),
}
_BY_NAME = {name: field for field, names in HEADER_NAMES.items() for name in names}
HEADER_SCAN_ROWS = 30  # title rows above the header: the header is looked for among the first rows


class KartleggingError(Exception):
    """A one-line error about an input file: ``<file>: <reason>``."""


@dataclass(frozen=True)
class BadRow:
    """A row left out of the analysis: where it is and why (no values from the row)."""

    line: int
    reason: str

    def text(self, unit: str = "linje") -> str:
        return f"{unit} {self.line}: {self.reason}"


@dataclass(frozen=True)
class ReadResult:
    source: str  # file name only
    employees: tuple[Employee, ...]
    bad_rows: tuple[BadRow, ...]
    notices: tuple[str, ...]
    columns: tuple[tuple[str, str | None], ...]  # canonical field -> the file's header (None: absent)
    line_unit: str  # "linje" (CSV) or "rad" (XLSX rows)
    sheet: str | None = None


def norm_header(text: object) -> str:
    """Lower case, æøå folded to ae/o/a, '%' spelled out, everything but letters and digits removed."""
    s = str(text).casefold().replace("%", "prosent").replace("æ", "ae").replace("ø", "o").replace("å", "a")
    s = unicodedata.normalize("NFKD", s)
    return re.sub(r"[^a-z0-9]", "", s)


def field_for_header(text: object) -> str | None:
    """The canonical field a header names, or None. '(åååå)'-style hints in brackets are ignored."""
    if text is None:
        return None
    found = _BY_NAME.get(norm_header(text))
    if found is None:
        found = _BY_NAME.get(norm_header(re.sub(r"\(.*?\)|\[.*?\]", "", str(text))))
    return found


# ---------------------------------------------------------------- raw table (file -> rows of cells)

def decode(data: bytes, name: str) -> str:
    """Text of a CSV export: BOM first, then UTF-16 without BOM, UTF-8, Windows-1252."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise KartleggingError(f"{name}: the file is empty")
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8):].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        elif data[1:400:2].count(0) > 0.4 * len(data[1:400:2]):
            text = data.decode("utf-16-le")  # Excel 'Unicode text' without its BOM
        elif data[0:400:2].count(0) > 0.4 * len(data[0:400:2]):
            text = data.decode("utf-16-be")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                text = data.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise KartleggingError(f"{name}: unknown text encoding (not UTF-8, UTF-16 or Windows-1252; byte {exc.start})") from None
    if any(unicodedata.category(ch) == "Cc" and ch not in "\t\r\n\f" for ch in text[:20000]):
        raise KartleggingError(f"{name}: not a text file in UTF-8, UTF-16 or Windows-1252 (control characters); export as CSV or XLSX")
    return text


def _csv_rows(text: str, delimiter: str, name: str, limit: int | None = None) -> list[tuple[int, list[Any]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    out: list[tuple[int, list[Any]]] = []
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                out.append((reader.line_num, cells))
            if limit is not None and len(out) >= limit:
                break
    except csv.Error as exc:
        raise KartleggingError(f"{name}: CSV cannot be read at line {reader.line_num} ({exc})") from None
    return out


def _xlsx_sheets(path: Path, limit: int | None, only: str | None = None) -> Iterator[tuple[str, list[tuple[int, list[Any]]]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise KartleggingError(f"{path.name}: XLSX cannot be opened ({type(exc).__name__})") from None
    try:
        for ws in wb.worksheets:
            if only is not None and ws.title != only:
                continue
            rows: list[tuple[int, list[Any]]] = []
            for r_no, row in enumerate(ws.iter_rows(), start=1):
                cells = [_xlsx_value(c) for c in row]
                if any(v is not None and str(v).strip() for v in cells):
                    rows.append((r_no, cells))
                if limit is not None and len(rows) >= limit:
                    break
            yield ws.title, rows
    finally:
        wb.close()


def _xlsx_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    fmt = getattr(cell, "number_format", "") or ""
    if isinstance(value, int | float) and not isinstance(value, bool) and "%" in fmt:
        return float(value) * 100  # a percent cell stores 0.8 for 80 %
    return value


def _header(rows: Sequence[tuple[int, list[Any]]], wanted: dict[str, str]) -> tuple[int, dict[str, int], int]:
    """(index in rows, field -> column index, score) of the likeliest header among the first rows.

    ``wanted`` maps fields to explicit headers from a mapping file; other fields are recognised by name.
    """
    best: tuple[int, dict[str, int], int] = (-1, {}, 0)
    targets = {norm_header(h): f for f, h in wanted.items()}
    for i, (_, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        cols: dict[str, int] = {}
        for j, cell in enumerate(cells):
            if cell is None:
                continue
            f = targets.get(norm_header(cell)) or field_for_header(cell)
            if f is not None and f not in cols and (f not in wanted or targets.get(norm_header(cell)) == f):
                cols[f] = j
        score = len(cols)
        if score > best[2]:
            best = (i, cols, score)
    return best


def _pick_table(path: Path, wanted: dict[str, str], limit: int | None) -> tuple[list[tuple[int, list[Any]]], int, dict[str, int], str | None, str]:
    """The rows, the header's position and columns, the sheet name (XLSX) and the line unit."""
    data = path.read_bytes()
    if data[:4] == b"PK\x03\x04":
        best: tuple[list[tuple[int, list[Any]]], int, dict[str, int], str] | None = None
        for sheet, sheet_rows in _xlsx_sheets(path, HEADER_SCAN_ROWS):
            h, cols, score = _header(sheet_rows, wanted)
            if score and (best is None or score > len(best[2])):
                best = (sheet_rows, h, cols, sheet)
        if best is None:
            raise KartleggingError(f"{path.name}: no sheet has recognisable column headers (e.g. Tjenesteområde, Fødselsår); use --mapping")
        rows, h, cols, title = best
        if limit is None:  # the chosen sheet in full
            rows = next(r for _, r in _xlsx_sheets(path, None, only=title))
        return rows, h, cols, title, "rad"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise KartleggingError(f"{path.name}: old Excel format (.xls) is not supported; save it as .xlsx or CSV")
    text = decode(data, path.name)
    best_csv: tuple[int, int, str] | None = None  # (score, header cells, delimiter)
    for delim in (";", "\t", ","):
        sample = _csv_rows(text, delim, path.name, limit=HEADER_SCAN_ROWS)
        h, cols, score = _header(sample, wanted)
        key = (score, len(sample[h][1]) if h >= 0 else 0, delim)
        if best_csv is None or key[:2] > best_csv[:2]:
            best_csv = key
    assert best_csv is not None
    rows = _csv_rows(text, best_csv[2], path.name, limit=limit)
    h, cols, _ = _header(rows, wanted)
    return rows, h, cols, None, "linje"


# ---------------------------------------------------------------- mapping file

def load_mapping(path: str | Path | None) -> dict[str, str]:
    """A flat YAML ``canonical_field: "Column header"``; raises KartleggingError naming the problem."""
    if path is None:
        return {}
    import yaml

    p = Path(path)
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise KartleggingError(f"{p.name}: mapping file not found") from None
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise KartleggingError(f"{p.name}: mapping is not valid YAML ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not data:
        raise KartleggingError(f"{p.name}: mapping must be flat 'canonical_field: \"Column header\"' lines")
    out: dict[str, str] = {}
    for key, value in data.items():
        if key not in FIELDS:
            raise KartleggingError(f"{p.name}: unknown field {key!r} in mapping (known: {', '.join(FIELDS)})")
        if not isinstance(value, str | int) or not str(value).strip():
            raise KartleggingError(f"{p.name}: {key} must map to a column header (text)")
        out[str(key)] = str(value).strip()
    return out


def _columns(path: Path, mapping: dict[str, str], limit: int | None) -> tuple[list[tuple[int, list[Any]]], int, dict[str, int], str | None, str]:
    rows, h, cols, sheet, unit = _pick_table(path, mapping, limit)
    if not rows:
        raise KartleggingError(f"{path.name}: no rows with data")
    if h < 0:
        raise KartleggingError(f"{path.name}: no recognisable column headers (e.g. Tjenesteområde, Fødselsår); use --mapping")
    header = rows[h][1]
    for f, wanted in mapping.items():
        if f not in cols or norm_header(header[cols[f]]) != norm_header(wanted):
            present = ", ".join(str(c) for c in header if c is not None and str(c).strip())[:300]
            raise KartleggingError(f"{path.name}: mapping {f}: column {wanted!r} not found (columns: {present})")
    if "sektor" not in cols:
        raise KartleggingError(f"{path.name}: no column for sektor/tjenesteområde recognised; name it in --mapping")
    if len(cols) < 2:
        raise KartleggingError(f"{path.name}: no recognisable columns besides sektor; use --mapping")
    return rows, h, cols, sheet, unit


def preview_columns(path: str | Path, mapping: str | Path | dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """Which column of the file each canonical field was recognised in (None: not found)."""
    p = Path(path)
    m = mapping if isinstance(mapping, dict) else load_mapping(mapping)
    rows, h, cols, _, _ = _columns(p, m, limit=HEADER_SCAN_ROWS)
    header = rows[h][1]
    return [(f, str(header[cols[f]]).strip() if f in cols else None) for f in FIELDS]


def read_file(path: str | Path, mapping: str | Path | dict[str, str] | None = None, year: int | None = None) -> ReadResult:
    """Read an export; ``year`` is the reference year for ages (default: this year)."""
    p = Path(path)
    if not p.is_file():
        raise KartleggingError(f"{p.name}: no such file")
    year = year or date.today().year
    m = mapping if isinstance(mapping, dict) else load_mapping(mapping)
    rows, h, cols, sheet, unit = _columns(p, m, limit=None)
    header = rows[h][1]
    n_header = max(j for j, c in enumerate(header) if c is not None and str(c).strip()) + 1
    employees: list[Employee] = []
    bad: list[BadRow] = []
    notices: list[str] = []
    for line, cells in rows[h + 1:]:
        emp, reason = parse_row(cells, cols, line, year, n_header)
        if emp is None:
            bad.append(BadRow(line, reason or "kan ikke leses"))
        else:
            employees.append(emp)
    employees = fractions_to_percent(employees, notices)
    employees = dedupe(employees, notices, unit)
    if "fodselsar" in cols and "alder" in cols:
        notices.append("både fødselsår og alder finnes; alder er regnet fra fødselsår")
    return ReadResult(p.name, tuple(employees), tuple(bad), tuple(notices),
                      tuple((f, str(header[cols[f]]).strip() if f in cols else None) for f in FIELDS), unit, sheet)
