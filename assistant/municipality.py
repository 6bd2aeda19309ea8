"""Which case municipality a question, a passage or a sentence is about: one definition for every stage.

Retrieval demotes the other municipalities' passages (:func:`owner`), a comparison quotes under
"Om <kommune>:" only the sentences about it, and a number question about one municipality needs a
number about it (both :func:`about`).

    >>> named_municipalities("Hvordan skiller Sørums plan seg fra Bærum?")
    ['Sørum', 'Bærum']
    >>> about(Chunk(id="c", text="I Drammen har 270 ledere gått. Den varer i to år.", doc_id="r", title="t"),
    ...       "Den varer i to år.", "Drammen")
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.sentences import paragraph_around
from assistant.types import Chunk

MUNICIPALITIES = ("Sørum", "Alta", "Lyngdal", "Drammen", "Bærum", "Halden")
_NAMES_RE = re.compile(rf"\b({'|'.join(MUNICIPALITIES)})", re.IGNORECASE)


def named_municipalities(text: str) -> list[str]:
    """The case municipalities ``text`` names, also inflected ("Sørums"), in MUNICIPALITIES order.

    >>> named_municipalities("Og i Haldens plan?")
    ['Halden']
    """
    return [m for m in MUNICIPALITIES if re.search(rf"\b{m}", text, re.IGNORECASE)]


def drop_names(text: str, names: Sequence[str]) -> str:
    """``text`` without these municipality names (also inflected): one side of a comparison.

    The "og"/"and" that joined the name to another goes with it.

    >>> drop_names("Hvordan skiller Sørums plan seg fra Bærums?", ["Bærum"])
    'Hvordan skiller Sørums plan seg fra ?'
    >>> drop_names("How do Alta and Lyngdal recruit?", ["Alta"]), drop_names("Hva gjør Sørum, Alta og Bærum?", ["Alta"])
    ('How do Lyngdal recruit?', 'Hva gjør Sørum og Bærum?')
    """
    for name in names:
        word = rf"\b{name}\w*"
        text, n = re.subn(rf"(?:\s*,|\s+(?:og|and|eller|or))\s+{word}", "", text, flags=re.IGNORECASE)
        if not n:
            text = re.sub(rf"{word}(?:\s*,|\s+(?:og|and|eller|or)\b)?", "", text, flags=re.IGNORECASE)
    return " ".join(text.split())


def owner(chunk: Chunk) -> str | None:
    """The case municipality a passage is about: its document's, or the case description it sits in.

    >>> owner(Chunk(id="c", text="...", doc_id="r", title="t", section=("VEDLEGG", "DRAMMEN", "Samarbeid")))
    'Drammen'
    """
    names = named_municipalities(f"{chunk.meta.get('municipality') or ''} {chunk.section_path}")
    return names[0] if len(names) == 1 else None


def about(chunk: Chunk, sentence: str, name: str) -> bool:
    """Is ``sentence`` (of ``chunk``) about the municipality ``name``?

    It names ``name``; or it names no case municipality and its passage is ``name``'s (its plan, its
    case description); or, in a passage that is no one's, the last municipality named before it in
    its paragraph is ``name`` ("I Drammen har 270 ledere … Gjennom denne lederskolen …" is about
    Drammen; the survey figure in the next paragraph is about no one). A sentence from Drammen's case
    description is not about Bærum, however well it matches the question.
    """
    names = named_municipalities(sentence)
    if names:
        return name in names
    whose = owner(chunk)
    if whose:
        return whose == name
    paragraph, cut = paragraph_around(chunk.text, sentence)
    before = [m.group(1) for m in _NAMES_RE.finditer(paragraph[: max(cut, 0)])]
    return bool(before) and before[-1].lower() == name.lower()
