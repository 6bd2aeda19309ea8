"""The three plots of a report (matplotlib loads on use)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.evaluate.metrics import CURVE_KS
from assistant.evaluate.summary import percentile


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_recall_curve(curves: Mapping[str, Mapping[str, Any]], path: Path) -> None:
    """Recall@k for k = 1..10, one line per configuration."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for name, summary in curves.items():
        ys = [summary["retrieval"].get(f"recall@{k}", 0.0) for k in CURVE_KS]
        ax.plot(CURVE_KS, ys, marker="o", label=name)
    ax.set_xlabel("k (passages retrieved)")
    ax.set_ylabel("Recall@k (share of evidence quotes found)")
    ax.set_ylim(0, 1.02)
    ax.set_xticks(list(CURVE_KS))
    ax.grid(alpha=0.3)
    ax.legend(loc="center right")
    ax.set_title("Retrieval: Recall@k")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_by_type(summary: Mapping[str, Any], path: Path) -> None:
    """Per question type: Recall@5, must-include and refusal accuracy."""
    plt = _pyplot()
    types = list(summary["by_type"])
    series = [
        ("Recall@5", lambda s: s["retrieval"]["recall@5"]),
        ("Must-include", lambda s: s["answers"]["must_include"]),
        ("Refusal accuracy", lambda s: s["refusal"]["accuracy"]),
    ]
    fig, ax = plt.subplots(figsize=(max(6.4, 1.2 * len(types) + 2), 4.2))
    width = 0.8 / len(series)
    for i, (label, get) in enumerate(series):
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(len(types))]
        ax.bar(xs, [get(summary["by_type"][t]) for t in types], width=width, label=label)
    ax.set_xticks(range(len(types)))
    ax.set_xticklabels([f"{t}\n(n={summary['by_type'][t]['n_questions']})" for t in types], fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="lower left")
    ax.set_title("By question type (unanswerable: only refusal applies)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_latency(latencies: Mapping[str, Sequence[float]], path: Path) -> None:
    """Histogram of per-question seconds (retrieval + answer); log-scaled when the range is wide."""
    import numpy as np

    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    values = [x for xs in latencies.values() for x in xs]
    lo = max(min((x for x in values if x > 0), default=1e-3), 1e-3)
    hi = max(values, default=1.0)
    wide = hi / lo > 100
    bins = np.geomspace(lo, hi * 1.01, 40) if wide else np.linspace(0, hi * 1.01 or 1.0, 30)
    several = sum(1 for xs in latencies.values() if xs) > 1
    for name, xs in latencies.items():
        if xs:
            label = f"{name} (p50 {percentile(xs, 50):.2f} s, p95 {percentile(xs, 95):.2f} s)"
            clipped = [max(x, lo) for x in xs]
            if several:
                ax.hist(clipped, bins=bins, histtype="step", linewidth=1.6, label=label)
            else:
                ax.hist(clipped, bins=bins, alpha=0.8, label=label)
    if wide:
        ax.set_xscale("log")
    ax.set_xlabel("seconds per question (retrieval + answer)" + (", log scale" if wide else ""))
    ax.set_ylabel("questions")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    ax.set_title("Latency")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


PLOTS = ("recall_at_k.png", "by_type.png", "latency.png")
