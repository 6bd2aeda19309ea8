"""The kartlegging bench runs end to end on a small generated export and reports its timings."""

from __future__ import annotations

from assistant.bench import summary_lines
from assistant.kartlegging.bench import bench_kartlegging, summary_line


def test_bench_kartlegging_small() -> None:
    r = bench_kartlegging(300, seed=2)
    assert r["n_rows"] == 301 and r["n_employees"] == 300  # one repeated id, counted once
    assert r["csv"]["read_s"] > 0 and r["csv"]["analyse_s"] > 0 and r["figures"] == 3 and r["xlsx"]["read_and_analyse_s"] > 0
    assert summary_line(r).startswith("kartlegging: 300 employees: CSV read ")
    lines = summary_lines({"ingest": {"skipped": True}, "search": {"mode": "hybrid", "k": 5, "p50_ms": 1, "p95_ms": 2, "n_queries": 3},
                           "answers": {}, "kartlegging": r, "peak_rss_mb": 1.0})
    assert any(line.startswith("kartlegging: 300 employees") for line in lines)
