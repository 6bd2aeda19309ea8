"""The CI gate: min/max thresholds for summary keys, read from TOML (``evals/gate.toml``)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assistant.evaluate.questions import EvalError
from assistant.evaluate.summary import metric


def read_gate(path: str | Path) -> dict[str, dict[str, float]]:
    """Read a TOML gate: ``"retrieval.recall@5" = {min = 0.85}`` (also ``max``; tables work too)."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"{p}: no such gate file")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"{p}: not valid TOML ({exc})") from exc
    gate: dict[str, dict[str, float]] = {}

    def walk(node: Mapping[str, Any], prefix: str) -> None:
        for key, value in node.items():
            name = f"{prefix}{key}"
            if not isinstance(value, Mapping):
                raise EvalError(f"{p}: {name} must be a table like {{min = 0.8}}")
            bounds = {b: value[b] for b in ("min", "max") if b in value}
            if bounds:
                for b, v in bounds.items():
                    if not isinstance(v, (int, float)) or isinstance(v, bool):
                        raise EvalError(f"{p}: {name}.{b} must be a number")
                extra = set(value) - {"min", "max"}
                if extra:
                    raise EvalError(f"{p}: {name}: unknown field(s) {', '.join(sorted(extra))} (use min / max)")
                gate[name] = {b: float(v) for b, v in bounds.items()}
            else:
                walk(value, name + ".")

    walk(data, "")
    return gate


def check_gate(summary: Mapping[str, Any], gate: Mapping[str, Mapping[str, float]]) -> list[str]:
    """One line per failed threshold (empty when everything passes)."""
    failures = []
    for key, bounds in gate.items():
        try:
            value = metric(summary, key)
        except KeyError:
            failures.append(f"{key}: not in the summary")
            continue
        if not isinstance(value, (int, float)):
            failures.append(f"{key}: not a number ({value!r})")
            continue
        if "min" in bounds and value < bounds["min"]:
            failures.append(f"{key} = {value:.4g} is below the minimum {bounds['min']:.4g}")
        if "max" in bounds and value > bounds["max"]:
            failures.append(f"{key} = {value:.4g} is above the maximum {bounds['max']:.4g}")
    return failures
