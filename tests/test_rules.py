"""Every hand-written rule of the core is registered and really switches off (string-level tests)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant import rules
from assistant.evaluate.ablation import register_core_rules
from assistant.numbers import numbers
from assistant.question import drop_source, standalone_question
from assistant.structure import strip_footnote_mark

CORE = Path(__file__).resolve().parent.parent / "assistant"
register_core_rules()  # imports every core module, so each registers its rules
_ENABLED_RE = re.compile(r"rules\.enabled\(\s*\"([^\"]+)\"\s*\)")


def _names_used() -> set[str]:
    used: set[str] = set()
    for path in CORE.glob("*.py"):
        if path.name != "rules.py":  # its docstring shows a demo rule
            used |= set(_ENABLED_RE.findall(path.read_text(encoding="utf-8")))
    return used


def test_every_rule_used_is_registered_and_every_registered_rule_is_used() -> None:
    used = _names_used()
    assert used, "no rules.enabled(...) call found"
    assert not used - set(rules.RULES), f"used but not registered: {sorted(used - set(rules.RULES))}"
    core = {n for n, r in rules.RULES.items() if r.module.startswith("assistant.") and r.module.count(".") == 1}
    assert not core - used, f"registered but never checked: {sorted(core - used)}"


def test_rules_say_what_they_do_and_where_they_were_found() -> None:
    # dev = evals/questions.jsonl, h* = the held-out sets, bq = evals/trust_b17_*.jsonl, b18 = evals/trust_b18_*.jsonl,
    # b25 / b26 = evals/trust_b25_en.jsonl, trust_b26_nb.jsonl (blind sets, tuned on since)
    # b24 = evals/trust_b24_*.jsonl (session 24's measure set, tuned on from session 25), b27 likewise from session 26, b28 from session 28,
    # b29 from session 31, b30 from session 33, b31 from session 35, b32 from session 37 (b33 is the untuned measure set)
    prefixes = re.compile(r"^(dev|h[a-j]|bq|b18|b24|b25|b26|b27|b28|b29|b30|b31|b32)$")
    for name, rule in rules.RULES.items():
        if name == "demo-rule":
            continue
        assert rule.kind in rules.KINDS
        assert len(rule.what.split()) >= 5, name
        assert all(prefixes.match(p) for p in rule.found_on), (name, rule.found_on)


def test_an_unknown_rule_cannot_be_disabled() -> None:
    with pytest.raises(KeyError, match="no-such-rule"), rules.disabled("no-such-rule"):
        pass


def test_disabling_a_pattern_rule_removes_its_effect() -> None:
    history = [{"role": "user", "content": "Hva gjorde Sørum med lederutvikling?"}]
    assert standalone_question("Og hva med Bærum?", history) == "Hva gjorde Bærum med lederutvikling?"
    with rules.disabled("followup-ellipsis"):
        assert standalone_question("Og hva med Bærum?", history) == "Og hva med Bærum?"
    question = "Hva skal internrevisjonene i Bærum bidra med, ifølge den strategiske kompetanseplanen SKUP?"
    assert drop_source(question) == "Hva skal internrevisjonene i Bærum bidra med?"
    with rules.disabled("source-phrase"):
        assert drop_source(question) == question


def test_disabling_is_scoped_to_the_with_block() -> None:
    with rules.disabled("followup-ellipsis", "source-phrase"):
        assert not rules.enabled("followup-ellipsis") and not rules.enabled("source-phrase")
    assert rules.enabled("followup-ellipsis") and rules.enabled("source-phrase")


def test_notions_have_one_definition() -> None:
    # footnote marks: the chunker's title lines and the answer's quotes use the same function
    assert strip_footnote_mark("Samarbeid7") == "Samarbeid"
    assert strip_footnote_mark("… fem tusen kroner.14") == "… fem tusen kroner."
    assert numbers("fem tusen kroner", ["fem", "tusen", "kroner"]) == {"5000"}
    # no core module writes its own list-item, footnote or municipality pattern any more
    for path in CORE.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name in ("structure.py", "municipality.py"):
            continue
        assert "_LIST_ITEM_RE" not in text and "_FOOTNOTE_RE" not in text and "_ENUMERATOR_RE" not in text, path.name
        assert 'MUNICIPALITIES = ("' not in text, path.name
