"""The answers file: what a municipality told us, as YAML (issue 12 point 8).

``planvis draft --answers FILE.yaml`` reads it, ``planvis plan --export-answers`` writes it, and
the plan conversation fills the same keys. Every key is optional: a missing key becomes a visible
placeholder in the draft, never a guess.

Shapes: ``ansatte`` is an integer; list keys hold lists; the mapping keys hold the sub-keys listed
in :data:`SUBKEYS`; every other value is any scalar, used as text (YAML reads ``500000`` as a
number and ``2026-10-01`` as a date; both simply become the text ``"500000"``/``"2026-10-01"``).
An unknown key or a wrong shape raises :class:`AnswersError` naming the key.

Keys beyond the issue's list (documented here): ``tiltak[].mal`` (the goal a measure of her own
serves) and ``oppfolging.evaluering`` (when the plan as a whole is evaluated).

    >>> a = validate_answers({"kommune": "Fjordvik", "ansatte": 850, "budsjett": 500000})
    >>> a["budsjett"], a["ansatte"]
    ('500000', 850)
    >>> validate_answers(yaml.safe_load(dump_answers(a))) == a
    True
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml


class AnswersError(ValueError):
    """A bad answers file; the message is one line that starts with the key at fault."""


# Top-level keys in the order of the method's steps, each with a short Norwegian label (UI forms).
ANSWER_KEYS: dict[str, str] = {
    "kommune": "Kommune",
    "periode": "Planperiode (f.eks. 2027-2030)",
    "ansatte": "Antall ansatte",
    "arbeidsgruppe": "Arbeidsgruppe (medlemmer)",
    "mandat": "Mandat (hvem ga det, og hva sier det)",
    "forankring": "Forankring (politisk og administrativt)",
    "ambisjoner": "Ambisjoner",
    "overordnede_mal": "Overordnede mål fra kommuneplanen",
    "kompetansebegrep": "Kompetansebegrep",
    "kompetansemal": "Kompetansemål",
    "kartlegging": "Kompetansekartlegging",
    "prioriterte_omrader": "Prioriterte områder",
    "utfordringer": "Utfordringer",
    "tiltak": "Egne tiltak",
    "budsjett": "Budsjett",
    "oppfolging": "Oppfølging og rapportering",
    "delplaner": "Delplaner for sektorene",
}

# Sub-keys of the mapping-valued keys (a list of mappings for kompetansemal and tiltak).
SUBKEYS: dict[str, dict[str, str]] = {
    "kompetansemal": {
        "mal": "Kompetansemål",
        "overordnet_mal": "Overordnet mål det bygger på",
        "indikator": "Indikator (hva måles)",
        "utgangspunkt": "Utgangspunkt (nåverdi)",
        "malverdi": "Målverdi",
        "frist": "Frist",
    },
    "kartlegging": {
        "gjennomfort": "Hvordan og når kartleggingen ble gjort",
        "funn": "Funn",
    },
    "tiltak": {
        "tiltak": "Tiltak",
        "mal": "Mål tiltaket skal nå",
        "malgruppe": "Målgruppe",
        "omfang": "Omfang/læringsarena",
        "tidsrom": "Tidsrom",
        "ansvarlig": "Ansvarlig",
        "kostnad": "Kostnad",
    },
    "oppfolging": {
        "ansvarlig": "Hvem følger opp",
        "rapportering": "Gjennom hvilken rapportering",
        "rullering": "Når planen rulleres",
        "evaluering": "Når planen evalueres",
    },
}

LIST_KEYS = frozenset({"arbeidsgruppe", "overordnede_mal", "prioriterte_omrader", "utfordringer", "delplaner"})
MAPPING_LIST_KEYS = frozenset({"kompetansemal", "tiltak"})
MAPPING_KEYS = frozenset({"kartlegging", "oppfolging"})
SUBLIST_KEYS = frozenset({("kartlegging", "funn")})
INT_KEYS = frozenset({"ansatte"})


def _text(value: Any, where: str) -> str | None:
    """A scalar as the text she wrote; None for an empty value."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, (str, int, float, _dt.date)):
        text = " ".join(str(value).split())
        return text or None
    raise AnswersError(f"{where}: expected a text, got a {_shape(value)}")


def _shape(value: Any) -> str:
    if isinstance(value, Mapping):
        return "mapping"
    if isinstance(value, (list, tuple)):
        return "list"
    return type(value).__name__


def _text_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, (list, tuple)):
        raise AnswersError(f"{where}: expected a list, got a {_shape(value)}")
    items = [_text(item, f"{where}[{i}]") for i, item in enumerate(value, start=1)]
    return [t for t in items if t]


def _mapping(value: Any, key: str, where: str) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise AnswersError(f"{where}: expected a mapping with keys {', '.join(SUBKEYS[key])}, got a {_shape(value)}")
    out: dict[str, Any] = {}
    for sub, raw in value.items():
        name = f"{where}.{sub}"
        if sub not in SUBKEYS[key]:
            raise AnswersError(f"{name}: unknown key (known: {', '.join(SUBKEYS[key])})")
        if (key, sub) in SUBLIST_KEYS:
            items = _text_list([] if raw is None else raw, name)
            if items:
                out[sub] = items
        else:
            text = _text(raw, name)
            if text:
                out[sub] = text
    return out


def validate_answers(obj: Any) -> dict[str, Any]:
    """Check the shapes and return the normalised answers (texts stripped, empty values left out).

    The result holds only the keys that were given a value, in :data:`ANSWER_KEYS` order; what is
    missing the draft turns into placeholders. Raises :class:`AnswersError` naming the key.

    >>> try:
    ...     validate_answers({"ansatte": "mange"})
    ... except AnswersError as exc:
    ...     print(exc)
    ansatte: expected a whole number, got 'mange'
    """
    if obj is None:
        return {}
    if not isinstance(obj, Mapping):
        raise AnswersError(f"answers: expected a mapping of keys ({', '.join(list(ANSWER_KEYS)[:3])}, …), got a {_shape(obj)}")
    for key in obj:
        if key not in ANSWER_KEYS:
            raise AnswersError(f"{key}: unknown key (known: {', '.join(ANSWER_KEYS)})")
    out: dict[str, Any] = {}
    for key in ANSWER_KEYS:
        if key not in obj or obj[key] is None:
            continue
        value = obj[key]
        if key in INT_KEYS:
            if isinstance(value, bool) or not isinstance(value, int):
                raise AnswersError(f"{key}: expected a whole number, got {value!r}")
            if value < 0:
                raise AnswersError(f"{key}: expected a number of employees (0 or more), got {value}")
            out[key] = value
        elif key in LIST_KEYS:
            items = _text_list(value, key)
            if items:
                out[key] = items
        elif key in MAPPING_LIST_KEYS:
            if not isinstance(value, (list, tuple)):
                raise AnswersError(f"{key}: expected a list of mappings ({', '.join(SUBKEYS[key])}), got a {_shape(value)}")
            mappings = [_mapping(item, key, f"{key}[{i}]") for i, item in enumerate(value, start=1)]
            mappings = [m for m in mappings if m]
            if mappings:
                out[key] = mappings
        elif key in MAPPING_KEYS:
            mapping = _mapping(value, key, key)
            if mapping:
                out[key] = mapping
        else:
            text = _text(value, key)
            if text:
                out[key] = text
    return out


def load_answers(path: str | Path) -> dict[str, Any]:
    """Read and validate an answers file; :class:`AnswersError` (one line) if it cannot be used."""
    p = Path(path)
    try:
        raw = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise AnswersError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise AnswersError(f"{p}: cannot read it ({exc.__class__.__name__})") from None
    try:
        obj = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise AnswersError(f"{p}: not valid YAML{where} ({problem})") from None
    return validate_answers(obj)


def _plain(answers: Any) -> Mapping[str, Any]:
    """Answers from a mapping, or from a plan-like object whose ``answers`` values may carry ``.value``."""
    if isinstance(answers, Mapping):
        return answers
    if callable(getattr(answers, "answers_dict", None)):  # assistant.plan.model.Plan
        return _plain(answers.answers_dict())
    inner = getattr(answers, "answers", None)
    if isinstance(inner, Mapping):
        return {k: getattr(v, "value", v) for k, v in inner.items()}
    raise AnswersError(f"answers: expected a mapping or a plan, got a {type(answers).__name__}")


def dump_answers(answers: Any) -> str:
    """The answers as YAML that :func:`load_answers` reads back to the same normalised dict."""
    data = validate_answers(_plain(answers))
    head = "# Svar til kompetanseplanen (planvis draft --answers). Manglende svar blir [fyll inn: …] i utkastet.\n"
    if not data:
        return head + "{}\n"
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)
