"""Step-status accuracy of the plan review (``planvis eval --review``).

Every labelled plan is reviewed and its status per step compared with the label, over the nine
steps of 10.2.1 (the issue's criterion) and over all eleven. Plans are scored in three groups:

* ``seen`` -- the plans the rules were written or tuned on: ``evals/review/labels.json``, and the
  plans of a blind set listed in that set's ``"_tuned_on"``;
* ``blind`` -- plans written by someone who never saw the rules and never tuned on: every other plan
  of ``evals/review/blind*/labels.json`` and of any ``extra_dirs`` (``--review-dir``);
* ``corpus`` -- the three corpus plans against ``evals/review/real_plans.json`` (method.md section C).

``unseen_first_runs`` is the honest estimate for an unseen plan: each plan's first review, recorded
before any change it prompted (``first_run`` in labels.json, ``"_first_run"`` in a blind set).

A labels file maps a plan's file name to its steps, either directly (``{"1": "covered", ...}``) or
under ``"steps"``. This package imports :mod:`assistant.plan`; the plan package never imports it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.plan.review_detect import STEP_KEYS

if TYPE_CHECKING:
    from assistant.answer import Assistant

NINE = STEP_KEYS[:9]
GROUPS = ("seen", "blind", "corpus")


def score(got: Mapping[str, str], want: Mapping[str, str]) -> dict[str, Any]:
    """Right steps of 10.2.1 and of all eleven, and what was wrong ({step: {got, want}})."""
    return {
        "right_9": sum(got[k] == want[k] for k in NINE),
        "right_11": sum(got[k] == want[k] for k in STEP_KEYS),
        "wrong": {k: {"got": got[k], "want": want[k]} for k in STEP_KEYS if got[k] != want[k]},
    }


def labelled_plans(eval_dir: Path, extra_dirs: Sequence[Path] = ()) -> list[tuple[Path, str, dict[str, str], dict[str, int] | None]]:
    """(plan file, group, labels, first run or None) for every labelled fictitious plan."""
    out: list[tuple[Path, str, dict[str, str], dict[str, int] | None]] = []
    main = json.loads((eval_dir / "labels.json").read_text(encoding="utf-8"))
    for name, entry in main.items():
        if not name.startswith("_"):
            out.append((eval_dir / name, "seen", dict(entry["steps"]), entry.get("first_run")))
    for labels in [*sorted(eval_dir.glob("blind*/labels.json")), *(Path(d) / "labels.json" for d in extra_dirs)]:
        data = json.loads(labels.read_text(encoding="utf-8"))
        tuned = set(data.get("_tuned_on", ()))
        first = data.get("_first_run", {})
        for name, entry in data.items():
            if name.startswith("_"):
                continue
            steps = entry.get("steps", entry)
            out.append((labels.parent / name, "seen" if name in tuned else "blind", {k: steps[k] for k in STEP_KEYS}, first.get(name)))
    return out


def score_reviews(assistant: Assistant, eval_dir: Path, corpus_dir: Path, extra_dirs: Sequence[Path] = ()) -> dict[str, Any]:
    """Review every labelled plan and compare statuses. Returns the JSON written by :func:`write_scores`."""
    from assistant.plan.review import review_file

    plans: list[dict[str, Any]] = []
    for path, group, want, first in labelled_plans(eval_dir, extra_dirs):
        got = {s.step: s.status for s in review_file(path, assistant).steps}
        row = {"plan": path.name, "set": group, **score(got, want)}
        if first:
            row["first_run"] = first
        plans.append(row)
    real = json.loads((eval_dir / "real_plans.json").read_text(encoding="utf-8"))
    for doc_id, want in real.items():
        found = None if doc_id.startswith("_") else next(iter(sorted(corpus_dir.glob(f"{doc_id}.*"))), None)
        if found is not None:
            got = {s.step: s.status for s in review_file(found, assistant).steps}
            plans.append({"plan": found.name, "set": "corpus", **score(got, want)})
    totals: dict[str, Any] = {}
    for group in GROUPS:
        if rows := [p for p in plans if p["set"] == group]:
            totals[group] = _total(rows)
    if first_runs := [p["first_run"] for p in plans if "first_run" in p]:
        totals["unseen_first_runs"] = _total(first_runs)
    return {"plans": plans, "totals": totals}


def _total(rows: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    rows = list(rows)
    r9, r11 = sum(r["right_9"] for r in rows), sum(r["right_11"] for r in rows)
    return {"plans": len(rows), "right_9": r9, "right_11": r11, "accuracy_9": round(r9 / (9 * len(rows)), 3), "accuracy_11": round(r11 / (11 * len(rows)), 3)}


def summary_lines(scores: Mapping[str, Any]) -> list[str]:
    """One line per plan (grouped: seen, blind, corpus), then the totals per group."""
    out = []
    for group in GROUPS:
        rows = [p for p in scores["plans"] if p["set"] == group]
        if group == "blind" and not rows:
            out.append("blind      (none: every labelled plan has been tuned on; have a new set written blind)")
        for p in rows:
            wrong = ", ".join(f"{k} {v['got']}≠{v['want']}" for k, v in p["wrong"].items()) or "-"
            out.append(f"{group:10} {p['plan']}: {p['right_9']}/9 on steps 1-9, {p['right_11']}/11 in all (wrong: {wrong})")
    for group, t in scores["totals"].items():
        out.append(f"{group}: {t['right_9']}/{9 * t['plans']} = {t['accuracy_9']:.3f} on steps 1-9, {t['right_11']}/{11 * t['plans']} = {t['accuracy_11']:.3f} in all, over {t['plans']} plan(s)")
    return out


def review_ablation(eval_dir: Path, corpus_dir: Path, extra_dirs: Sequence[Path] = (), names: Sequence[str] | None = None) -> dict[str, Any]:
    """Each review rule (``review-*`` in :data:`assistant.rules.RULES`) switched off in turn: right
    steps per group with the rule off, and which plan's step changed (``planvis eval --review --ablation``).

    Statuses come from :func:`assistant.plan.review_steps.detect_all`, the same decision the review
    makes, without the advice (no index or model needed).
    """
    from assistant import rules
    from assistant.plan.review_detect import units_of
    from assistant.plan.review_read import read_plan
    from assistant.plan.review_steps import detect_all

    plans = [(path, group, want) for path, group, want, _ in labelled_plans(eval_dir, extra_dirs)]
    real = json.loads((eval_dir / "real_plans.json").read_text(encoding="utf-8"))
    for doc_id, want in real.items():
        found = None if doc_id.startswith("_") else next(iter(sorted(corpus_dir.glob(f"{doc_id}.*"))), None)
        if found is not None:
            plans.append((found, "corpus", want))
    read = [(path, group, want, units_of(plan), plan.tables) for path, group, want in plans for plan in [read_plan(path)]]

    def run() -> dict[str, dict[str, str]]:
        return {path.name: {k: r.status for k, r in detect_all(units, tables).items()} for path, _, _, units, tables in read}

    def totals(got: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for path, group, want, _, _ in read:
            row = out.setdefault(group, {"right_9": 0, "right_11": 0})
            sc = score(got[path.name], want)
            row["right_9"] += sc["right_9"]
            row["right_11"] += sc["right_11"]
        return out

    base = run()
    chosen = list(names) if names else sorted(n for n in rules.RULES if n.startswith("review-"))
    rows = []
    for name in chosen:
        with rules.disabled(name):
            off = run()
        changed = [f"{path.name} {k}: {base[path.name][k]} -> {off[path.name][k]} (label {want[k]})" for path, _, want, _, _ in read for k in STEP_KEYS if off[path.name][k] != base[path.name][k]]
        rows.append({"rule": name, "what": rules.RULES[name].what, "off": totals(off), "changed": changed})
    return {"on": totals(base), "rules": rows}


def write_scores(scores: Mapping[str, Any], out_dir: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "review.json").write_text(json.dumps(scores, ensure_ascii=False, indent=1), encoding="utf-8")
    (out_dir / "review.md").write_text("# Plansjekk: step-status accuracy\n\n" + "\n".join(f"- {line}" for line in summary_lines(scores)) + "\n", encoding="utf-8")
    return out_dir / "review.json"
