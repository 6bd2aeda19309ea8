"""``planvis eval --drafting``: draft every answers file in evals/drafting/ and score the drafts.

Scores per municipality, all measured on the draft's Markdown (what a user gets) and its references:

- ``sections_present``: share of the six section headings present as ``#`` lines.
- ``suggested_rows_cited``: share of suggested rows of the tiltak table with a ``[n]`` in the Tiltak
  cell (her own rows are marked «Eget tiltak» and come from her answers).
- ``suggestions_matching``: share of suggestions whose stated reason is one of her challenges,
  priorities or kartlegging findings, word for word, and matches the measure's challenge words
  (:func:`assistant.plan.suggest.score`).
- ``citation_support``: share of cited sentences (outside the tiltak table) whose quote and
  sentence the cited passages support, re-checked with :func:`assistant.citations.support`.
- ``placeholders_for_missing``: share of the facts missing from her answers that have their
  placeholder in the draft.
- ``outside_facts``: numbers and capitalised names outside «quotes» that are neither in her answers,
  in our template text (the string literals of the drafting modules), nor in a passage the
  sentence cites. Should be 0.
- ``spelling_error_rate``: misspelt words / words of the draft's own text (quotes and placeholders left out).
"""

from __future__ import annotations

import ast
import json
import re
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.citations import split_sentences, strip_markers, support
from assistant.plan.answers import SUBKEYS, load_answers
from assistant.plan.draft import PLACEHOLDER_RE, PLACEHOLDERS, SECTION_TITLES, Draft, build_draft
from assistant.plan.suggest import score

TEMPLATE_MODULES = ("draft.py", "sections.py", "catalog.py", "suggest.py", "export.py", "method.py")
NUMBER_RE = re.compile(r"\d+(?:[.,:/-]\d+)*")
NAME_RE = re.compile(r"(?<![\w«])[A-ZÆØÅ][\wæøåÆØÅ-]+")
MARKER_RE = re.compile(r"\[(\d+)\]")
QUOTE_RE = re.compile(r"«[^«»]*»")
ENUMERATOR_RE = re.compile(r"\bMål \d+\b")  # "Mål 2" numbers her goals in the draft's own order


def template_tokens() -> set[str]:
    """Numbers and names in our own template text: the string literals of the drafting modules."""
    base = Path(__file__).resolve().parent.parent / "plan"
    tokens: set[str] = set()
    for name in TEMPLATE_MODULES:
        for node in ast.walk(ast.parse((base / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                tokens |= _tokens(node.value)
    return tokens


def _tokens(text: str) -> set[str]:
    return set(NUMBER_RE.findall(text)) | set(NAME_RE.findall(text))


def _flatten(value: Any) -> str:
    if isinstance(value, Mapping):
        return " ".join(_flatten(v) for v in value.values())
    if isinstance(value, (list, tuple)):
        return " ".join(_flatten(v) for v in value)
    return "" if value is None else str(value)


def missing_placeholders(answers: Mapping[str, Any]) -> list[str]:
    """The placeholder each missing fact should have in the draft."""
    expected: list[str] = []
    for key in ("kommune", "periode", "ansatte", "mandat", "forankring", "ambisjoner", "kompetansebegrep", "budsjett",
                "arbeidsgruppe", "overordnede_mal", "delplaner"):
        if key not in answers:
            expected.append(PLACEHOLDERS[key])
    for goal in answers.get("kompetansemal") or [{}]:
        expected += [PLACEHOLDERS[f"kompetansemal.{s}"] for s in SUBKEYS["kompetansemal"] if s not in goal]
    for t in answers.get("tiltak") or []:
        expected += [PLACEHOLDERS[f"tiltak.{s}"] for s in ("malgruppe", "omfang", "tidsrom", "ansvarlig", "kostnad") if s not in t]
    for key, subs in (("kartlegging", ("gjennomfort", "funn")), ("oppfolging", ("ansvarlig", "rapportering", "rullering", "evaluering"))):
        given = answers.get(key) or {}
        expected += [PLACEHOLDERS[f"{key}.{s}"] for s in subs if s not in given]
    return list(dict.fromkeys(expected))


def _tiltak_table(markdown: str) -> tuple[list[str], list[list[str]]]:
    lines = markdown.splitlines()
    for i, line in enumerate(lines):
        if line.startswith("|") and "Tiltak" in line and "Målgruppe" in line:
            header = [c.strip() for c in line.strip("|").split("|")]
            rows = []
            for row in lines[i + 2 :]:
                if not row.startswith("|"):
                    break
                rows.append([c.strip() for c in re.split(r"(?<!\\)\|", row.strip().strip("|"))])
            return header, rows
    return [], []


def score_draft(draft: Draft, answers: Mapping[str, Any], spell: Any = None, template: set[str] | None = None) -> dict[str, Any]:
    """The scores of one draft (see the module docstring)."""
    md = draft.markdown()
    body = md.split("\n# Kilder\n")[0]
    headings = {line[2:].strip() for line in md.splitlines() if line.startswith("# ")}
    sections = [t for t in SECTION_TITLES.values() if t in headings]

    header, rows = _tiltak_table(md)
    col = header.index("Tiltak") if "Tiltak" in header else 1
    suggested = [r for r in rows if len(r) > col and r[col].startswith("Forslag")]
    cited_rows = [r for r in suggested if MARKER_RE.search(r[col])]

    stated = set(answers.get("utfordringer") or []) | set(answers.get("prioriterte_omrader") or [])
    stated |= set((answers.get("kartlegging") or {}).get("funn") or [])
    suggestion_rows = [r for r in draft.tiltak if not r.own]
    from assistant.plan.catalog import kind

    matching = [r for r in suggestion_rows if r.reason in stated and score(kind(r.kind), r.reason) > 0 and f"«{r.reason}»" in md]

    passages = {r.n: r.passage for r in draft.references}
    table_lines = {line for line in body.splitlines() if line.startswith("|") and ("Forslag: " in line or "Eget tiltak: " in line)}
    checked = supported = 0
    unsupported: list[str] = []
    allowed = set(_tokens(_flatten(answers))) | _tokens(" ".join(draft.data_facts)) | (template if template is not None else template_tokens()) | _tokens(draft.date)
    outside: list[str] = []
    for line in body.splitlines():
        if not line.strip() or line in table_lines or line.startswith(("#", "|---", "![")):
            if line.startswith("#"):
                outside += [t for t in _tokens(ENUMERATOR_RE.sub(" ", line)) - allowed]
            continue
        cells = [c for c in line.strip("|").split("|")] if line.startswith("|") else split_sentences(line.lstrip("- "))
        for sentence in cells:
            marks = [int(n) for n in MARKER_RE.findall(sentence)]
            cited = {n: passages[n] for n in marks if n in passages}
            context = set().union(*(_tokens(p) for p in cited.values())) if cited else set()
            plain = ENUMERATOR_RE.sub(" ", PLACEHOLDER_RE.sub(" ", QUOTE_RE.sub(" ", strip_markers(sentence))))
            outside += [t for t in _tokens(plain) - allowed - context if not t.isupper() or len(t) > 1]
            if not marks:
                continue
            checked += 1
            union = "\n\n".join(cited.values())
            claims = [q.strip("«»") for q in QUOTE_RE.findall(sentence)] or [sentence]
            if cited and all(support(c, union).supported for c in claims):
                supported += 1
            else:
                unsupported.append(sentence[:80])

    expected = missing_placeholders(answers)
    present = [p for p in expected if p in md]
    own_text = strip_markers(PLACEHOLDER_RE.sub(" ", QUOTE_RE.sub(" ", body)))
    report = spell.check(own_text) if spell is not None else None
    if report is not None:  # her own names ("Fjordvik") are hers to spell
        theirs = {w.lower() for w in re.findall(r"\w+", _flatten(answers))}
        report = type(report)(report.words, tuple(w for w in report.misspelt if w.lower() not in theirs))
    return {
        "sections_present": len(sections) / len(SECTION_TITLES),
        "missing_sections": [t for t in SECTION_TITLES.values() if t not in headings],
        "tiltak_rows": len(rows),
        "suggested_rows": len(suggested),
        "suggested_rows_cited": len(cited_rows) / len(suggested) if suggested else 1.0,
        "suggestions_matching": len(matching) / len(suggestion_rows) if suggestion_rows else 1.0,
        "citations_checked": checked,
        "citation_support": supported / checked if checked else 1.0,
        "unsupported": unsupported,
        "placeholders_expected": len(expected),
        "placeholders_for_missing": len(present) / len(expected) if expected else 1.0,
        "missing_placeholders": [p for p in expected if p not in md],
        "outside_facts": sorted(set(outside)),
        "spelling_error_rate": round(report.rate, 4) if report else None,
        "misspelt": list(report.misspelt[:20]) if report else [],
    }


def run_drafting_eval(assistant: Any, eval_dir: str | Path, out: str | Path) -> dict[str, Any]:
    """Draft and score each ``*.yaml`` in ``eval_dir``; write drafting.json, drafting.md and the drafts to ``out``."""
    files = sorted(Path(eval_dir).glob("*.yaml"))
    if not files:
        raise ValueError(f"{eval_dir}: no answers files (*.yaml)")
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    spell, template = assistant.spellchecker(), template_tokens()
    results: dict[str, Any] = {}
    for path in files:
        answers = load_answers(path)
        started = time.perf_counter()
        draft = build_draft(answers, assistant)
        seconds = time.perf_counter() - started
        (out / f"{path.stem}.md").write_text(draft.markdown(), encoding="utf-8")
        results[path.stem] = {"kommune": answers.get("kommune"), "seconds": round(seconds, 2), **score_draft(draft, answers, spell, template)}
    summary = {"municipalities": results, "mean": _means(results.values())}
    (out / "drafting.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (out / "drafting.md").write_text(markdown_report(summary), encoding="utf-8")
    return summary


METRICS = ("sections_present", "suggested_rows", "suggested_rows_cited", "suggestions_matching", "citation_support",
           "placeholders_for_missing", "outside_facts", "spelling_error_rate", "seconds")


def _means(rows: Sequence[dict[str, Any]] | Any) -> dict[str, float]:
    rows = list(rows)
    means: dict[str, float] = {}
    for m in METRICS:
        values = [len(r[m]) if isinstance(r[m], list) else r[m] for r in rows if r.get(m) is not None]
        if values:
            means[m] = round(sum(values) / len(values), 4)
    return means


def _fmt(value: Any) -> str:
    if isinstance(value, list):
        return str(len(value))
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def markdown_report(summary: Mapping[str, Any]) -> str:
    lines = ["# Drafting eval", "", "| kommune | " + " | ".join(METRICS) + " |", "|---|" + "---|" * len(METRICS)]
    for name, r in summary["municipalities"].items():
        lines.append(f"| {name} | " + " | ".join(_fmt(r.get(m)) for m in METRICS) + " |")
    lines.append("| **mean** | " + " | ".join(_fmt(summary["mean"].get(m, "")) for m in METRICS) + " |")
    for name, r in summary["municipalities"].items():
        for key in ("missing_sections", "unsupported", "missing_placeholders", "outside_facts", "misspelt"):
            if r.get(key):
                lines.append(f"- {name} {key}: {', '.join(map(str, r[key][:10]))}")
    return "\n".join(lines) + "\n"


def summary_lines(summary: Mapping[str, Any]) -> list[str]:
    out = []
    for name, r in summary["municipalities"].items():
        out.append(f"{name}: " + ", ".join(f"{m} {_fmt(r.get(m))}" for m in METRICS))
    return out
