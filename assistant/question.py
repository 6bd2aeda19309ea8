"""What a question asks: its standalone form after a follow-up, and the words that name its source.

    >>> standalone_question("Og hva med Bærum?", [{"role": "user", "content": "Hva gjorde Sørum med lederutvikling?"}])
    'Hva gjorde Bærum med lederutvikling?'
    >>> drop_source("Hva skal internrevisjonene i Bærum bidra med, ifølge den strategiske kompetanseplanen SKUP?")
    'Hva skal internrevisjonene i Bærum bidra med?'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from assistant import rules
from assistant.municipality import named_municipalities

_M = "assistant.question"
rules.register(
    "followup-ellipsis", kind="pattern", module=_M, found_on=("dev",),
    what="a short question that starts 'Og …' / 'Hva med …' or points back with a pronoun is read with the previous question",
)
rules.register(
    "source-phrase", kind="pattern", module=_M, found_on=("ha",),
    what="the words naming where to look ('ifølge SKUP', 'according to the agreement') weigh less when sentences are ranked",
)

_FOLLOWUP_RE = re.compile(r"^\s*(og|men|enn|hva med|kva med|what about|and|også)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(den|det|dette|de|dem|disse|deres|dei|dei|it|they|them|this|that|those)\b", re.IGNORECASE)
_SOURCE_RE = re.compile(
    r"(?:,\s*)?\b(?:ifølge|i følge|according to|slik det står i)\s+(?:den |det |de |the )?[^,.:;?!]*?"
    r"(?:rapport|plan|skup|avtale|tariff|undersøkels|survey|report|agreement|møtebok|dokument)[^,.:;?!]*[,:]?",
    re.IGNORECASE,
)


def standalone_question(question: str, history: Sequence[Mapping[str, str]]) -> str:
    """Rewrite an elliptical follow-up ("Og hva med Bærum?") into a standalone question.

    Rule-based, so it works without an LLM: a new municipality replaces the one asked about
    before; otherwise the previous question gives the context.

    >>> standalone_question("Og i Bærums?", [{"role": "user", "content": "Hva står i Sørums plan om seniorpolitikk?"}])
    'Hva står i Bærums plan om seniorpolitikk?'
    """
    previous = next((t.get("content", "") for t in reversed(history) if t.get("role") == "user"), "")
    if not previous or not rules.enabled("followup-ellipsis"):
        return question
    new_names = named_municipalities(question)  # also inflected: "Og i Bærums plan?"
    old_names = named_municipalities(previous)
    content = [
        w for w in re.findall(r"\w+", question.lower()) if w not in {"og", "hva", "med", "kva", "enn", "men", "what", "about", "and"}
    ]
    pronoun = bool(_PRONOUN_RE.search(question)) and not new_names and not re.search(r"(?<!^)(?<![.?!] )\b[A-ZÆØÅ][a-zæøå]{2,}", question)
    is_elliptical = bool(_FOLLOWUP_RE.match(question)) or len(content) <= 2 or pronoun
    if not is_elliptical:
        return question
    if new_names and old_names:
        if len([w for w in content if not named_municipalities(w) and len(w) > 3]) >= 2:
            return question  # "Og hva med Bærum – hva slags lederutdanning har de brukt?" says it all
        rewritten = previous
        for old in old_names:
            rewritten = re.sub(rf"\b{old}(?=s?\b)", new_names[0], rewritten, flags=re.IGNORECASE)  # "Sørums" -> "Bærums"
        return rewritten
    return f"{previous} {question}".strip()


def drop_source(question: str) -> str:
    """The question without the words that name its source ("ifølge KS-rapporten fra 2010").

    >>> drop_source("Ifølge KS-rapporten fra 2010: er det mangel på penger som er problemet?")
    'er det mangel på penger som er problemet?'
    >>> drop_source("Hvordan gikk det etter at Sørum innførte Fagstigen?")
    'Hvordan gikk det etter at Sørum innførte Fagstigen?'
    """
    if not rules.enabled("source-phrase"):
        return question
    rest = " ".join(_SOURCE_RE.sub(" ", question).split())
    rest = re.sub(r"\s+([?.!])", r"\1", rest)
    return rest if re.search(r"[^\W\d_]{3,}", rest) else question


# "Hvilke opplysninger …?", "Hva slags data …?", "Kva for tiltak …?": the noun after the question word.
_KIND_ASKED_RE = re.compile(r"^\s*(?:hvilke[nt]?|kva for(?: nokre| ein| eit)?|hva slags|kva slags)\s+([a-zæøå]+)", re.IGNORECASE)


def asked_kind(question: str) -> str:
    """The kind of thing the question asks for (lower case), or "": it names the answer's kind, not its topic
    or a thing of one owner.

    >>> asked_kind("Hvilke fokusområder nevner Bærums SKUP?"), asked_kind("Hva er Fagstigen?")
    ('fokusområder', '')
    """
    m = _KIND_ASKED_RE.search(question)
    return m.group(1).lower() if m else ""
