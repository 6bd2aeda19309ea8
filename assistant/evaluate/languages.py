"""Per-language and per-type numbers side by side: the same questions asked in bokmål, English and nynorsk.

Question lines may carry ``"lang": "nb" | "en" | "nn"`` (default ``nb``) and ``"type"``. A run over
several renderings of one set (``evals/questions.jsonl``, ``questions_en.jsonl``, ``questions_nn.jsonl``)
gets one column per language, so a language that retrieves or answers worse shows at once; the
renderings share ids up to a ``-en`` / ``-nn`` suffix, which :func:`paired_misses` uses to list the
questions one language loses that bokmål gets.

    >>> base_id("q1-en"), base_id("q1")
    ('q1', 'q1')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from assistant.evaluate.summary import TYPES, QuestionResult, summarize

LANGS = ("nb", "en", "nn")
LANG_NAMES = {"nb": "bokmål", "en": "English", "nn": "nynorsk"}

# (label, dotted key into a summary) for each side-by-side row.
LANG_METRICS = (
    ("must-include", "answers.must_include"),
    ("evidence cited", "answers.evidence_cited"),
    ("recall@5", "retrieval.recall@5"),
    ("refusal acc.", "refusal.accuracy"),
    ("false refusals", "refusal.false_refusal_rate"),
)

_SUFFIX_RE = re.compile(r"-(?:en|nn|nb)$")


def base_id(qid: str) -> str:
    """The id of the bokmål original of a rendered question ("q017-en" -> "q017")."""
    return _SUFFIX_RE.sub("", qid)


def languages_of(results: Sequence[QuestionResult]) -> list[str]:
    """The languages present, nb/en/nn first, any other code after them."""
    present = {r.lang for r in results}
    return [lang for lang in LANGS if lang in present] + sorted(present - set(LANGS))


def _value(summary: Mapping[str, Any], key: str) -> float:
    node: Any = summary
    for part in key.split("."):
        node = node[part]
    return float(node)


def _slim(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The side-by-side numbers of one summary, flat."""
    out: dict[str, Any] = {"n": summary["n_questions"], "n_answerable": summary["n_answerable"]}
    out.update({key: _value(summary, key) for _, key in LANG_METRICS})
    return out


def by_language(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """``{"by_lang": {lang: summary}, "by_lang_type": {lang: {type: flat numbers}}}`` for summary.json.

    ``by_lang`` holds the full summary per language (so a gate can name ``by_lang.en.answers.must_include``);
    ``by_lang_type`` only the side-by-side numbers, to keep the file readable.
    """
    langs = languages_of(results)
    by_lang = {lang: summarize([r for r in results if r.lang == lang]) for lang in langs}
    types = [t for t in TYPES if any(r.type == t for r in results)] + sorted({r.type for r in results} - set(TYPES))
    by_lang_type: dict[str, dict[str, Any]] = {}
    for lang in langs:
        rows = [r for r in results if r.lang == lang]
        by_lang_type[lang] = {t: _slim(summarize([r for r in rows if r.type == t])) for t in types if any(r.type == t for r in rows)}
    return {"by_lang": by_lang, "by_lang_type": by_lang_type}


def paired_misses(results: Sequence[QuestionResult]) -> dict[str, dict[str, list[str]]]:
    """Per non-bokmål language, the renderings that fail where their bokmål original passes.

    ``{"en": {"must_include": [ids], "evidence_cited": [...], "refusal": [...]}}``; empty when no
    question has both renderings.
    """
    nb = {r.id: r for r in results if r.lang == "nb"}
    out: dict[str, dict[str, list[str]]] = {}
    for lang in languages_of(results):
        if lang == "nb":
            continue
        lost: dict[str, list[str]] = {"must_include": [], "evidence_cited": [], "refusal": []}
        paired = 0
        for r in results:
            o = nb.get(base_id(r.id)) if r.lang == lang else None
            if o is None:
                continue
            paired += 1
            if o.must_include_ok and not r.must_include_ok:
                lost["must_include"].append(r.id)
            if o.evidence_cited and not r.evidence_cited:
                lost["evidence_cited"].append(r.id)
            if (o.refused != o.answerable) and (r.refused == r.answerable):
                lost["refusal"].append(r.id)
        if paired:
            out[lang] = lost
    return out


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def language_table(summary: Mapping[str, Any]) -> list[str]:
    """Markdown lines: one column per language, one row per metric (empty for a single language)."""
    by_lang = summary.get("by_lang") or {}
    if len(by_lang) < 2:
        return []
    langs = list(by_lang)
    lines = ["| | " + " | ".join(f"{LANG_NAMES.get(lang, lang)} ({lang})" for lang in langs) + " |", "|---" * (len(langs) + 1) + "|"]
    lines.append("| questions | " + " | ".join(str(by_lang[lang]["n_questions"]) for lang in langs) + " |")
    for label, key in LANG_METRICS:
        lines.append(f"| {label} | " + " | ".join(_fmt(_value(by_lang[lang], key)) for lang in langs) + " |")
    return lines


def type_language_table(summary: Mapping[str, Any]) -> list[str]:
    """Markdown lines: one row per question type, for each metric a column per language."""
    per = summary.get("by_lang_type") or {}
    if len(per) < 2:
        return []
    langs = list(per)
    types: list[str] = []
    for lang in langs:
        types += [t for t in per[lang] if t not in types]
    head = ["Type", "n"] + [f"{label} {lang}" for label, _ in LANG_METRICS for lang in langs]
    lines = ["| " + " | ".join(head) + " |", "|---" * len(head) + "|"]
    for t in types:
        n = "/".join(str(per[lang].get(t, {}).get("n", 0)) for lang in langs)
        cells = [_fmt(per[lang][t][key]) if t in per[lang] else "–" for _, key in LANG_METRICS for lang in langs]
        lines.append(f"| {t} | {n} | " + " | ".join(cells) + " |")
    return lines


def language_report(summary: Mapping[str, Any]) -> list[str]:
    """The report.md section "By language" (nothing when the run has one language)."""
    table = language_table(summary)
    if not table:
        return []
    lines = ["## By language", "", "The same metrics per question language, side by side (answers quote the Norwegian sources in every language).", ""]
    lines += table + ["", "### By question type and language", ""] + type_language_table(summary)
    lines += ["", "For `unanswerable` only the refusal columns apply."]
    for lang, lost in (summary.get("paired_misses") or {}).items():
        parts = [f"{what.replace('_', '-')} {len(ids)} ({', '.join(ids[:10])}{' …' if len(ids) > 10 else ''})" for what, ids in lost.items() if ids]
        if parts:
            lines.append(f"\n{LANG_NAMES.get(lang, lang)} renderings that fail where the bokmål original passes: " + "; ".join(parts) + ".")
    lines.append("")
    return lines


def language_lines(summary: Mapping[str, Any]) -> list[str]:
    """Plain-text table for the terminal: a column per language (nothing for a single language)."""
    by_lang = summary.get("by_lang") or {}
    if len(by_lang) < 2:
        return []
    langs = list(by_lang)
    width = max(len(label) for label, _ in LANG_METRICS) + 2
    lines = ["by language:".ljust(width) + "".join(lang.rjust(9) for lang in langs)]
    lines.append("questions".ljust(width) + "".join(str(by_lang[lang]["n_questions"]).rjust(9) for lang in langs))
    for label, key in LANG_METRICS:
        lines.append(label.ljust(width) + "".join(f"{_value(by_lang[lang], key):.4f}".rjust(9) for lang in langs))
    return lines
