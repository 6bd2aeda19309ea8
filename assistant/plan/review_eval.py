"""Step-status accuracy of the plan review (``planvis eval --review``).

Scores every fictitious plan in ``evals/review/labels.json`` (the held-out one reported apart) and
the three corpus plans against ``evals/review/real_plans.json`` (read off method.md section C).
Accuracy is over the nine steps of 10.2.1 (the issue's criterion) and over all eleven steps.

When EVAL's package ``assistant/evaluate/`` exists this scorer can move to
``assistant/evaluate/review.py``; until then it lives with the review.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.plan.review_detect import STEP_KEYS

if TYPE_CHECKING:
    from assistant.answer import Assistant

NINE = STEP_KEYS[:9]


def _score(got: Mapping[str, str], want: Mapping[str, str]) -> dict[str, Any]:
    wrong = {k: {"got": got[k], "want": want[k]} for k in STEP_KEYS if got[k] != want[k]}
    return {
        "right_9": sum(got[k] == want[k] for k in NINE),
        "right_11": sum(got[k] == want[k] for k in STEP_KEYS),
        "wrong": wrong,
    }


def score_reviews(assistant: Assistant, eval_dir: Path, corpus_dir: Path) -> dict[str, Any]:
    """Review every labelled plan and compare statuses. Returns the JSON written by :func:`write_scores`."""
    from assistant.plan.review import review_file

    labels = json.loads((eval_dir / "labels.json").read_text(encoding="utf-8"))
    real = json.loads((eval_dir / "real_plans.json").read_text(encoding="utf-8"))
    plans: list[dict[str, Any]] = []
    for name, entry in labels.items():
        if name.startswith("_"):
            continue
        review = review_file(eval_dir / name, assistant)
        got = {s.step: s.status for s in review.steps}
        row = {"plan": name, "set": "held_out" if entry.get("held_out") else "fictitious", **_score(got, entry["steps"])}
        if "first_run" in entry:  # recorded when a plan written apart from the rules was first reviewed
            row["first_run"] = entry["first_run"]
        plans.append(row)
    for doc_id, want in real.items():
        if doc_id.startswith("_"):
            continue
        path = next(iter(sorted(corpus_dir.glob(f"{doc_id}.*"))), None)
        if path is None:
            continue
        review = review_file(path, assistant)
        got = {s.step: s.status for s in review.steps}
        plans.append({"plan": path.name, "set": "corpus", **_score(got, want)})
    totals: dict[str, Any] = {}
    for group in ("fictitious", "held_out", "corpus"):
        rows = [p for p in plans if p["set"] == group]
        if rows:
            totals[group] = {
                "plans": len(rows),
                "accuracy_9": round(sum(p["right_9"] for p in rows) / (9 * len(rows)), 3),
                "accuracy_11": round(sum(p["right_11"] for p in rows) / (11 * len(rows)), 3),
            }
    first = [p["first_run"] for p in plans if "first_run" in p]
    if first:
        # The honest estimate for an unseen plan: each such plan's first review, before any change it prompted.
        totals["unseen_first_runs"] = {
            "plans": len(first),
            "accuracy_9": round(sum(f["right_9"] for f in first) / (9 * len(first)), 3),
            "accuracy_11": round(sum(f["right_11"] for f in first) / (11 * len(first)), 3),
        }
    return {"plans": plans, "totals": totals}


def summary_lines(scores: Mapping[str, Any]) -> list[str]:
    out = []
    for p in scores["plans"]:
        wrong = ", ".join(f"{k} {v['got']}≠{v['want']}" for k, v in p["wrong"].items()) or "-"
        out.append(f"{p['set']:10} {p['plan']}: {p['right_9']}/9 steps of 10.2.1, {p['right_11']}/11 in all (wrong: {wrong})")
    for group, t in scores["totals"].items():
        out.append(f"{group}: accuracy {t['accuracy_9']:.3f} (9 steps), {t['accuracy_11']:.3f} (11 steps) over {t['plans']} plan(s)")
    return out


def write_scores(scores: Mapping[str, Any], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "review.json").write_text(json.dumps(scores, ensure_ascii=False, indent=1), encoding="utf-8")
    (out_dir / "review.md").write_text("# Plansjekk: step-status accuracy\n\n" + "\n".join(f"- {line}" for line in summary_lines(scores)) + "\n", encoding="utf-8")
    return out_dir / "review.json"
