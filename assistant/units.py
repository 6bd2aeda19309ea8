"""Answer units beyond single sentences: a list quoted as a list, a table figure with what it measures.

- A question that asks for the members of a list ("Hvilke steg består metoden av?"), or for one of
  them ("Hva er siste steg?", "Hva er steg 5?"), is answered by the list whose heading, lead-in and
  items cover the question, quoted item by item (a numbered list split over passages is one list;
  each item is cited to its own passage).
- A question about a figure in one of the report's tables is answered first by the table cell
  (``assistant.tables.table_cells``), shown with its table, row and column and cited to the passage
  that prints the row.

Lists come from :func:`assistant.structure.list_blocks`, the one notion of a list and its items.

    >>> asked_list("Hvilke steg består rapportens metode av?"), asked_list("Hva er siste steg i metoden?")
    (ListAsk(which='all', kind='steg'), ListAsk(which='last', kind='steg'))
    >>> asked_list("Hva er steg 5?"), asked_list("Hva gjorde Sørum med Fagstigen?")
    (ListAsk(which='5', kind='steg'), None)
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from assistant import rules
from assistant.municipality import named_municipalities
from assistant.retrieve import Filters
from assistant.structure import ListItem, list_blocks
from assistant.text import Analyzer
from assistant.types import Chunk

_M = "assistant.units"
rules.register(
    "list-answer", kind="pattern", module=_M,
    what="a question asking which steps / items a list has (or for step N, the last step) is answered by quoting that list",
)
rules.register(
    "table-cells", kind="pattern", module=_M,
    what="a question about a table figure is answered first by the cell, named by its table, row and column",
)

# A list covers the question when its heading, lead-in and items hold this share of its weighted terms.
LIST_COVERAGE = 0.6
MAX_ITEMS = 12

# The nouns that name the members of a list: what "Hvilke …?" asks for when it asks for a list.
_KIND = (
    r"steg(?:ene|et)?|trinn(?:ene|et)?|punkt(?:er|ene|et)?|fase(?:r|ne|n)?|ledd(?:ene|et)?|element(?:er|ene)|"
    r"del(?:er|ene)|prinsipp(?:er|ene)|kriteri(?:er|ene)|oppgave(?:r|ne)|momente(?:r|ne)|tiltak(?:ene)?|"
    r"steps?|stages?|phases?|items?|elements?"
)
_ORDINALS = {
    "første": "1", "andre": "2", "tredje": "3", "fjerde": "4", "femte": "5", "sjette": "6", "sjuende": "7",
    "syvende": "7", "åttende": "8", "niende": "9", "tiende": "10", "siste": "last",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "last": "last", "final": "last",
}
_ORDINAL_RE = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+({_KIND})\b", re.IGNORECASE)
_NUMBERED_RE = re.compile(rf"\b({_KIND})\s+(?:nr\.?\s*|nummer\s+)?(\d{{1,2}})\b(?!\s*(?:prosent|%|år|\.\d))", re.IGNORECASE)
_ALL_RE = re.compile(
    rf"\b(?:hvilke|hva er (?:de |alle )?|kva for |which|what are the)\s*(?:\w+\s+){{0,2}}?\w*?({_KIND})\b|\b(?:list|ramse|nevn)\w* opp\b",
    re.IGNORECASE,
)
_LAST_RE = re.compile(r"\bhva kommer (først|sist)\b|\bwhat comes (first|last)\b", re.IGNORECASE)
# What a document type is called in a question ("rapportens metode", "planen").
_DOC_TYPE_WORDS = {"report": "rapport rapporten", "plan": "plan planen", "tariff": "tariff avtale avtalen"}


@dataclass(frozen=True)
class ListAsk:
    """What a question asks of a list: ``all`` its items, one by number ("5"), the ``first`` or ``last``."""

    which: str
    kind: str  # the noun that names the items ("steg")


def asked_list(question: str) -> ListAsk | None:
    """What ``question`` asks of a list, or None when it does not ask for a list or an item of one."""
    m = _ORDINAL_RE.search(question)
    if m:
        return ListAsk(_ORDINALS[m.group(1).lower()], m.group(2).lower())
    m = _NUMBERED_RE.search(question)
    if m:
        return ListAsk(m.group(2), m.group(1).lower())
    m = _LAST_RE.search(question)
    if m:
        return ListAsk("last" if (m.group(1) or m.group(2)).lower() in ("sist", "last") else "1", "")
    m = _ALL_RE.search(question)
    if m:
        return ListAsk("all", (m.group(1) or "").lower())
    return None


@dataclass(frozen=True)
class ListUnit:
    """A list of one document as a reader sees it: its passages' items in order, numbered lists joined
    over passage breaks, with the passage and section it stands in."""

    chunk: Chunk  # the passage of its first item
    lead_in: str
    items: tuple[tuple[Chunk, ListItem], ...]
    context: frozenset[str]  # the analyzer's tokens of its document, section, lead-in and items

    @property
    def numbered(self) -> bool:
        return self.items[0][1].number is not None


def list_units(chunks: Mapping[str, Chunk], analyzer: Analyzer) -> list[ListUnit]:
    """Every list of the indexed passages (at least two items), a numbered list over passage breaks as one."""
    by_doc: dict[str, list[Chunk]] = {}
    for c in chunks.values():
        by_doc.setdefault(c.doc_id, []).append(c)
    raw: list[tuple[Chunk, str, list[tuple[Chunk, ListItem]]]] = []
    for doc_chunks in by_doc.values():
        doc_chunks.sort(key=lambda c: c.lines)
        for chunk in doc_chunks:
            for block in list_blocks(chunk.text, min_items=1):
                prev = raw[-1] if raw else None
                first = block.items[0]
                if (
                    prev is not None
                    and first.number is not None
                    and prev[2][-1][1].number == first.number - 1
                    and prev[0].doc_id == chunk.doc_id
                    and prev[2][-1][0].section == chunk.section
                    and prev[2][-1][0].id != chunk.id
                    and not block.lead_in
                ):
                    prev[2].extend((chunk, item) for item in block.items)  # the list goes on in the next passage
                else:
                    raw.append((chunk, block.lead_in, [(chunk, item) for item in block.items]))
    out = []
    for chunk, lead, items in raw:
        if len(items) < 2:
            continue
        doc_words = _DOC_TYPE_WORDS.get(str(chunk.meta.get("doc_type", "")), "")
        text = " ".join([chunk.title, doc_words, str(chunk.meta.get("municipality") or ""), chunk.section_path, lead, *(i.text for _, i in items)])
        out.append(ListUnit(chunk, lead, tuple(items), frozenset(analyzer.tokens(text))))
    return out


def best_list(
    question: str, terms: Mapping[str, float], ask: ListAsk, units: Sequence[ListUnit], analyzer: Analyzer, filters: Filters | None = None
) -> tuple[ListUnit, list[tuple[Chunk, ListItem]]] | None:
    """The list that answers the question (its items that answer), or None.

    ``terms`` are the question's weighted terms; the words that name the items ("steg") and the
    ordinal ("siste") say what is asked of the list, not what it is about, so they do not count.
    """
    if not rules.enabled("list-answer"):
        return None
    asking = set(analyzer.tokens(f"{ask.kind} {' '.join(_ORDINALS)} hvilke nummer først sist"))
    topic = {t: w for t, w in terms.items() if t not in asking and not t.isdigit()}
    total = sum(topic.values())
    if not total:
        return None
    named = [set(analyzer.tokens(m)) for m in named_municipalities(question)]
    steps = ask.kind.startswith(("steg", "trinn", "fase", "step", "stage", "phase"))
    best: tuple[tuple[float, bool, int], ListUnit, list[tuple[Chunk, ListItem]]] | None = None
    for unit in units:
        if filters is not None and not filters.accepts(unit.chunk):
            continue
        if any(not m <= unit.context for m in named):
            continue  # a list about another municipality does not answer
        share = sum(w for t, w in topic.items() if t in unit.context) / total
        # Ties go to a numbered list when steps are asked for, then to the longer list.
        key = (round(share, 3), steps and unit.numbered, len(unit.items))
        if share < LIST_COVERAGE or (best is not None and key <= best[0]):
            continue
        chosen = _items_asked(unit, ask)
        if chosen:
            best = (key, unit, chosen)
    return (best[1], best[2]) if best else None


def _items_asked(unit: ListUnit, ask: ListAsk) -> list[tuple[Chunk, ListItem]]:
    items = list(unit.items)
    if ask.which == "all":
        return items[:MAX_ITEMS]
    if ask.which == "last":
        return items[-1:]
    if not unit.numbered and ask.kind in ("steg", "trinn", "fase", "step"):
        return []  # "steg 3" is a numbered list's
    n = int(ask.which)
    numbered = [(c, i) for c, i in items if i.number == n]
    return numbered or (items[n - 1 : n] if 0 < n <= len(items) else [])


def explanation(chunk: Chunk, item: ListItem, max_words: int = 40) -> str:
    """The first sentences after a numbered item that explain it ("1. Etabler arbeidsgruppe." -> "Det bør
    etableres en arbeidsgruppe …"), up to the next item, on one line; "" when the item stands alone."""
    from assistant.sentences import one_line, sentence_spans
    from assistant.structure import is_list_item

    out: list[str] = []
    for a, b in sentence_spans(chunk.text):
        if a < item.end:
            continue
        sentence = chunk.text[a:b]
        if is_list_item(sentence) or (out and len(" ".join(out).split()) + len(sentence.split()) > max_words):
            break
        out.append(one_line(sentence))
        if len(" ".join(out).split()) >= max_words // 2:
            break
    return " ".join(out)


def table_cells(question: str, chunks: Mapping[str, Chunk]) -> list[Any]:
    """The table cells that answer ``question`` (``assistant.tables.table_cells``), best first; [] when the
    tables module is not there or the rule is off."""
    if not rules.enabled("table-cells"):
        return []
    try:
        from assistant import tables
    except ImportError:
        return []
    finder = getattr(tables, "table_cells", None)
    return list(finder(question, chunks)) if finder else []
