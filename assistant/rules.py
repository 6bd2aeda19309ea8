"""The registry of hand-written rules, so each one can be switched off and measured.

A hand-written rule (a pattern family, a bonus, a penalty, a threshold) is a claim about language in
general. Each is registered here with what it does for a reader and the question sets it was found on,
and the code that applies it asks :func:`enabled` first. ``planvis eval --ablation`` switches each rule
off in turn (with :func:`disabled`) and reports what it is worth.

    >>> from assistant import rules
    >>> rules.register("demo-rule", kind="bonus", module="assistant.rules", what="demo", found_on=("dev",))
    Rule(name='demo-rule', kind='bonus', module='assistant.rules', what='demo', found_on=('dev',))
    >>> with rules.disabled("demo-rule"):
    ...     rules.enabled("demo-rule")
    False
    >>> rules.enabled("demo-rule")
    True
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

KINDS = ("pattern", "bonus", "penalty", "threshold")


@dataclass(frozen=True)
class Rule:
    name: str
    kind: str  # one of KINDS
    module: str  # where it is applied
    what: str  # what it does for a reader, in one sentence
    found_on: tuple[str, ...] = ()  # question-set id prefixes it was found on ("dev", "ha", "hc", ..., "bq")


RULES: dict[str, Rule] = {}
_DISABLED: ContextVar[frozenset[str]] = ContextVar("planvis_disabled_rules", default=frozenset())


def register(name: str, *, kind: str, module: str, what: str, found_on: tuple[str, ...] = ()) -> Rule:
    """Declare a rule (at import of the module that applies it); re-registering the same name replaces it."""
    if kind not in KINDS:
        raise ValueError(f"rule {name!r}: kind must be one of {', '.join(KINDS)}, not {kind!r}")
    rule = Rule(name, kind, module, what, tuple(found_on))
    RULES[name] = rule
    return rule


def enabled(name: str) -> bool:
    """True unless the rule is switched off in the current context (see :func:`disabled`)."""
    return name not in _DISABLED.get()


def switched_off() -> frozenset[str]:
    """The rules switched off in the current context: part of the key of what is built once with them (the list index)."""
    return _DISABLED.get()


@contextmanager
def disabled(*names: str) -> Iterator[None]:
    """Switch the named rules off inside the ``with`` block (per thread / async context)."""
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise KeyError(f"unknown rule(s): {', '.join(unknown)}")
    token = _DISABLED.set(_DISABLED.get() | frozenset(names))
    try:
        yield
    finally:
        _DISABLED.reset(token)
