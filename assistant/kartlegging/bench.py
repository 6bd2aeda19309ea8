"""Time the kartlegging analysis on a generated export (``planvis bench`` runs it for 20,000 employees).

    >>> r = bench_kartlegging(500)          # doctest: +SKIP
    >>> r["csv"]["read_s"], r["csv"]["analyse_s"]
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.kartlegging.analysis import analyse, analyse_file
from assistant.kartlegging.generate import generate_employees, write_csv, write_xlsx
from assistant.kartlegging.read import read_file
from assistant.kartlegging.report import write_analysis

BENCH_EMPLOYEES = 20_000


def bench_kartlegging(n: int = BENCH_EMPLOYEES, seed: int = 1, year: int = 2026, xlsx: bool = True) -> dict[str, Any]:
    """Seconds to read and analyse ``n`` fictitious employees from CSV (and XLSX), and to write the outputs."""
    rows = generate_employees(n, seed=seed, year=year, duplicates=max(1, n // 1000))
    out: dict[str, Any] = {"n_rows": len(rows)}
    with tempfile.TemporaryDirectory(prefix="planvis-kart-bench-") as tmp:
        csv_path = write_csv(rows, Path(tmp) / "ansatte.csv", encoding="utf-8-sig", delimiter=";", decimal=",")
        started, cpu = time.perf_counter(), time.process_time()
        read = read_file(csv_path, year=year)
        read_s, read_cpu = time.perf_counter() - started, time.process_time() - cpu
        started, cpu = time.perf_counter(), time.process_time()
        analysis = analyse(read, year)
        analyse_s, analyse_cpu = time.perf_counter() - started, time.process_time() - cpu
        out["n_employees"] = analysis.n_employees
        out["csv"] = {"mb": round(csv_path.stat().st_size / 1e6, 2), "read_s": round(read_s, 3), "analyse_s": round(analyse_s, 3),
                      "total_s": round(read_s + analyse_s, 3), "read_cpu_s": round(read_cpu, 3), "analyse_cpu_s": round(analyse_cpu, 3)}
        started, cpu = time.perf_counter(), time.process_time()
        written = write_analysis(analysis, Path(tmp) / "ut")
        out["write_s"], out["write_cpu_s"] = round(time.perf_counter() - started, 3), round(time.process_time() - cpu, 3)
        out["figures"] = len(written.figures)
        if xlsx:
            xlsx_path = write_xlsx(rows, Path(tmp) / "ansatte.xlsx")
            started, cpu = time.perf_counter(), time.process_time()
            analyse_file(xlsx_path, year=year)
            out["xlsx"] = {"mb": round(xlsx_path.stat().st_size / 1e6, 2), "read_and_analyse_s": round(time.perf_counter() - started, 3),
                           "read_and_analyse_cpu_s": round(time.process_time() - cpu, 3)}
    out["note"] = "*_s is wall time, *_cpu_s this process's CPU time (the honest number on a busy machine); read_s parses and validates the rows; analyse_s is the aggregation and suppression; write_s is analysis.json, analysis.md and the PNGs"
    return out


def summary_line(r: dict[str, Any]) -> str:
    x = r.get("xlsx", {}).get("read_and_analyse_s")
    c = r["csv"]
    return (f"kartlegging: {r['n_employees']} employees: CSV read {c['read_s']:.2f} s + analysis {c['analyse_s']:.2f} s "
            f"(CPU {c['read_cpu_s'] + c['analyse_cpu_s']:.2f} s), outputs {r['write_s']:.2f} s"
            + (f"; XLSX read+analysis {x:.2f} s (CPU {r['xlsx']['read_and_analyse_cpu_s']:.2f} s)" if x is not None else ""))
