"""Fictitious kartlegging exports (no real people) for tests, the eval and the bench.

Names are first names joined to invented surnames ("Fiktivsen"), ids are ``F`` plus five digits, and
the numbers follow rough shapes of a Norwegian municipality (much part-time and many ufaglærte in
helse og omsorg, an older teknisk sektor). Writers produce the quirks real exports have.

    $ python -m assistant.kartlegging.generate --n 400 --out /tmp/ansatte.csv --delimiter ';' --decimal ','
"""

from __future__ import annotations

import argparse
import csv
import io
import random
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# name, weight, part-time probability, probability of not meeting formal requirements, positions
SECTORS: tuple[tuple[str, float, float, float, tuple[str, ...]], ...] = (
    ("Helse og omsorg", 0.45, 0.65, 0.25, ("Helsefagarbeider", "Sykepleier", "Assistent", "Vernepleier", "Miljøarbeider")),
    ("Oppvekst", 0.30, 0.35, 0.15, ("Lærer", "Barnehagelærer", "Fagarbeider barnehage", "Assistent", "Rektor")),
    ("Teknisk", 0.12, 0.10, 0.10, ("Ingeniør", "Driftsoperatør", "Fagarbeider", "Renholder")),
    ("Administrasjon", 0.13, 0.15, 0.02, ("Rådgiver", "Konsulent", "Leder", "Saksbehandler")),
)
SMALL_SECTOR = "Kultur og fritid"
EDUCATION = ("Grunnskole", "Videregående uten fagbrev", "Fagbrev", "Bachelor", "Master")
FIRST = ("Kari", "Ola", "Ingrid", "Per", "Astrid", "Lars", "Sigrid", "Nils", "Marit", "Jon", "Anne", "Erik")
SURNAMES = ("Fiktivsen", "Oppdiktrud", "Prøvesen", "Eksempelvik", "Testdal", "Diktnes")

HEADERS = {  # canonical field -> the header written in the export
    "ansatt_id": "Ansattnr", "navn": "Navn", "adresse": "Adresse", "sektor": "Tjenesteområde", "stilling": "Stilling",
    "stillingsprosent": "Stillingsprosent", "fodselsar": "Fødselsår", "utdanning": "Høyeste utdanning",
    "formelle_krav_oppfylt": "Formelle krav oppfylt", "ansatt_dato": "Ansatt dato", "realkompetanse": "Realkompetanse",
}


def generate_employees(n: int, seed: int = 1, year: int = 2026, small_sector: int = 3, missing: float = 0.03,
                       duplicates: int = 0) -> list[dict[str, Any]]:
    """``n`` fictitious employees (``small_sector`` of them in "Kultur og fritid"), as Python values.

    ``missing`` is the chance that stillingsprosent, utdanning, formelle_krav_oppfylt or ansatt_dato is
    empty; ``duplicates`` rows repeat an earlier ansatt_id (the same person exported twice).
    """
    rng = random.Random(seed)
    names = [s[0] for s in SECTORS]
    weights = [s[1] for s in SECTORS]
    rows: list[dict[str, Any]] = []
    positions: tuple[str, ...]
    for i in range(n):
        if i < small_sector:
            sector, part, unq, positions = SMALL_SECTOR, 0.5, 0.0, ("Bibliotekar", "Kulturarbeider")
        else:
            k = rng.choices(range(len(names)), weights)[0]
            sector, _, part, unq, positions = SECTORS[k]
        age = max(19, min(72, round(rng.triangular(19, 72, 50 if sector != "Teknisk" else 58))))
        pct = 100.0 if rng.random() > part else rng.choice([20.0, 30.0, 40.0, 47.5, 50.0, 60.0, 75.0, 80.0, 90.0])
        ok = rng.random() >= unq
        edu = rng.choice(EDUCATION[:2]) if not ok else rng.choice(EDUCATION[2:])
        hired_years = rng.randint(0, max(0, min(age - 18, 40)))
        hired = date(year - hired_years, 1, 1) + timedelta(days=rng.randint(0, 364))
        hired = min(hired, date(year, 12, 31))
        row: dict[str, Any] = {
            "ansatt_id": f"F{10000 + i:05d}",
            "navn": f"{rng.choice(FIRST)} {rng.choice(SURNAMES)}",
            "adresse": f"Oppdiktet vei {rng.randint(1, 99)}",
            "sektor": sector,
            "stilling": rng.choice(positions),
            "stillingsprosent": pct,
            "fodselsar": year - age,
            "utdanning": edu,
            "formelle_krav_oppfylt": ok,
            "ansatt_dato": hired,
            "realkompetanse": "Lang erfaring fra tjenesten" if not ok and rng.random() < 0.3 else None,
        }
        for f in ("stillingsprosent", "utdanning", "formelle_krav_oppfylt", "ansatt_dato"):
            if rng.random() < missing:
                row[f] = None
        rows.append(row)
    for j in range(duplicates):
        rows.append(dict(rows[(j * 7919) % len(rows)]))
    rng.shuffle(rows)
    return rows


def _fmt(field: str, v: Any, decimal: str, date_format: str, percent: str) -> str:
    if v is None:
        return ""
    if field == "formelle_krav_oppfylt":
        return "Ja" if v else "Nei"
    if field == "ansatt_dato":
        return v.strftime(date_format) if date_format != "serial" else str((v - date(1899, 12, 30)).days)
    if field == "stillingsprosent":
        x = v / 100 if percent == "fraction" else v
        s = f"{x:g}".replace(".", decimal)
        return s + " %" if percent == "sign" else s
    return str(v)


def csv_text(rows: Sequence[dict[str, Any]], delimiter: str = ";", decimal: str = ",", date_format: str = "%d.%m.%Y",
             percent: str = "number", title_rows: Sequence[str] = (), headers: dict[str, str] | None = None) -> str:
    """The rows as CSV text; ``percent`` is "number" (80), "fraction" (0.8) or "sign" (80 %)."""
    headers = headers or HEADERS
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for t in title_rows:
        w.writerow([t])
    w.writerow(list(headers.values()))
    for r in rows:
        w.writerow([_fmt(f, r.get(f), decimal, date_format, percent) for f in headers])
    return buf.getvalue()


def write_csv(rows: Sequence[dict[str, Any]], path: str | Path, encoding: str = "utf-8", **kw: Any) -> Path:
    """Write CSV in ``encoding`` ("utf-8", "utf-8-sig" = with BOM, "cp1252", "utf-16" = Excel 'Unicode text')."""
    p = Path(path)
    p.write_bytes(csv_text(rows, **kw).encode(encoding))
    return p


def write_xlsx(rows: Sequence[dict[str, Any]], path: str | Path, title_rows: Sequence[str] = ("Kompetansekartlegging 2026",),
               serial_dates: bool = False, extra_sheet: bool = True) -> Path:
    """An XLSX with a cover sheet first, title rows above the header, percent cells (0.8 shown as 80 %)."""
    import openpyxl

    wb = openpyxl.Workbook()
    if extra_sheet:
        cover = wb.active
        cover.title = "Forside"
        cover.append(["Fiktiv kommune – kompetansekartlegging"])
        cover.append(["Utarbeidet av", "HR"])
        ws = wb.create_sheet("Ansatte")
    else:
        ws = wb.active
        ws.title = "Ansatte"
    for t in title_rows:
        ws.append([t])
    ws.append(list(HEADERS.values()))
    row_no = len(title_rows) + 1
    pct_col, date_col = list(HEADERS).index("stillingsprosent") + 1, list(HEADERS).index("ansatt_dato") + 1
    for r in rows:
        values: list[Any] = []
        for f in HEADERS:
            v = r.get(f)
            if f == "formelle_krav_oppfylt" and v is not None:
                v = "ja" if v else "nei"
            elif f == "stillingsprosent" and v is not None:
                v = v / 100
            elif f == "ansatt_dato" and v is not None and serial_dates:
                v = (v - date(1899, 12, 30)).days
            values.append(v)
        ws.append(values)
        row_no += 1  # ws.max_row scans every cell: quadratic over a large sheet
        ws.cell(row_no, pct_col).number_format = "0%"
        if not serial_dates:
            ws.cell(row_no, date_col).number_format = "DD.MM.YYYY"
    p = Path(path)
    wb.save(p)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Write a fictitious kartlegging export.")
    ap.add_argument("--n", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--year", type=int, default=2026)
    ap.add_argument("--out", required=True, help=".csv or .xlsx")
    ap.add_argument("--delimiter", default=";")
    ap.add_argument("--decimal", default=",")
    ap.add_argument("--encoding", default="utf-8-sig")
    args = ap.parse_args(argv)
    rows = generate_employees(args.n, args.seed, args.year, duplicates=1)
    if args.out.endswith(".xlsx"):
        write_xlsx(rows, args.out)
    else:
        write_csv(rows, args.out, encoding=args.encoding, delimiter=args.delimiter, decimal=args.decimal)
    print(f"wrote {len(rows)} fictitious rows to {args.out}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
