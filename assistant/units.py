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
    >>> asked_list("Hvilke forventninger stiller Sørum til medarbeiderne?").named
    True
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from assistant import rules
from assistant.municipality import named_municipalities
from assistant.retrieve import Filters
from assistant.structure import ListItem, is_heading, list_blocks
from assistant.text import Analyzer
from assistant.types import Chunk

_M = "assistant.units"
rules.register(
    "list-answer", kind="pattern", module=_M,
    what="a question asking which steps / items a list has (or for step N, the last step) is answered by quoting that list",
)
rules.register(
    "lead-in-brings-list", kind="pattern", module=_M,
    what="a quoted sentence that introduces a list ('… følgende tiltak nevnes:', 'Behovet … forsterkes også av') "
    "is quoted with the list's items, which are what it says",
)
rules.register(
    "bullets-over-passages", kind="pattern", module=_M,
    what="a bulleted list that ends its passage goes on in the next passage of the section when that one starts with bullets",
)
rules.register(
    "list-publisher", kind="pattern", module=_M,
    what="a list's document is also known by its publisher ('KS-metoden' names the KS report's method)",
)
rules.register(
    "list-known-words", kind="pattern", module=_M,
    what="a question word that no list has ('oppskrift' for 'metode') does not count against a list's coverage",
)
rules.register(
    "step-explanation", kind="pattern", module=_M,
    what="a step asked for alone is quoted with the statements of the paragraph after it (not its questions), up to 60 words",
)
rules.register(
    "lead-in-names-topic", kind="pattern", module=_M,
    what="of the lists in one passage, the one whose lead-in names the question's topic ('Medarbeider') answers it, "
    "not the first one quoted",
)
rules.register(
    "list-head-words", kind="bonus", module=_M,
    what="among lists that cover the question, the one whose lead-in (or heading) names its words wins over one whose items or document merely mention them",
)
rules.register(
    "list-caption", kind="pattern", module=_M, found_on=("b18",),
    what="a list with no lead-in is named by the short heading lines right above it in its passage "
    "('8.6. Obligatoriske lederkurs', a table's column labels), not only by the section it is filed under",
)
rules.register(
    "list-day-items", kind="pattern", module=_M, found_on=("b18",),
    what="'dag 3', 'samling 2', 'modul 1' of a programme name its numbered items as 'steg 3' does",
)
rules.register(
    "list-passage-heading", kind="pattern", module=_M, found_on=("b24",),
    what="a list stands under the last heading above it in its passage ('5.3. Lederutvikling.'), "
    "not only under the section its passage starts in",
)
rules.register(
    "list-frame-words", kind="pattern", module=_M, found_on=("b24",),
    what="the words that say where or how to look ('nevner', 'står', 'under', 'avsnittet', 'list opp', 'ifølge') "
    "do not count when a question's words are looked for in a list",
)
rules.register(
    "list-named-kind", kind="pattern", module=_M, found_on=("b24",),
    what="'Hvilke forventninger …?' asks for a list when a list is called so: its lead-in or heading names the plural "
    "noun after the question word ('Arbeidsgivers forventning til medarbeidere')",
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
    r"dag(?:er|ene|en)?|samling(?:er|ene|en)?|modul(?:er|ene|en)?|"
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


# Words of a list question that say where or how to look, not what the list is about (rule 'list-frame-words').
_FRAME_WORDS = "nevner nevnes nevnt står under avsnitt avsnittet list liste ramse opp ifølge beskriver omtaler"


@dataclass(frozen=True)
class ListAsk:
    """What a question asks of a list: ``all`` its items, one by number ("5"), the ``first`` or ``last``."""

    which: str
    kind: str  # the noun that names the items ("steg")
    named: bool = field(default=False, repr=False)  # the list must be called by ``kind`` ("Hvilke forventninger …?", rule 'list-named-kind')


def asked_list(question: str) -> ListAsk | None:
    """What ``question`` asks of a list, or None when it does not ask for a list or an item of one."""
    ask = _asked_list(question)
    if ask is not None and ask.kind.startswith(_DAY_KINDS) and not rules.enabled("list-day-items"):
        return None
    return ask


_DAY_KINDS = ("dag", "samling", "modul")


def _asked_list(question: str) -> ListAsk | None:
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
    m = _WHICH_PLURAL_RE.match(question)
    if m and rules.enabled("list-named-kind"):
        return ListAsk("all", m.group(1).lower(), named=True)
    return None


# "Hvilke forventninger stiller …?": a plural noun right after the question word names what is listed.
_WHICH_PLURAL_RE = re.compile(r"^\s*(?:hvilke|kva for)\s+([a-zæøå]{4,}(?:er|ene|ar|ane))\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListUnit:
    """A list of one document as a reader sees it: its passages' items in order, numbered lists joined
    over passage breaks, with the passage and section it stands in."""

    chunk: Chunk  # the passage of its first item
    lead_in: str
    items: tuple[tuple[Chunk, ListItem], ...]
    context: frozenset[str]  # the analyzer's tokens of its document, section, lead-in and items
    head: frozenset[str] = frozenset()  # the tokens of its lead-in (or its heading when it has none): what the list is
    caption: str = ""  # without a lead-in: the heading right above it in its passage ("8.6. Obligatoriske lederkurs")
    before: str = ""  # the sentence a lead-in that refers back ("Disse er:") refers to (rule 'lead-in-refers-back')

    @property
    def numbered(self) -> bool:
        return self.items[0][1].number is not None


# The rules list_units applies: what it builds differs when one of them is off (a cache of it is keyed on them).
LIST_RULES = frozenset(["list-caption", "list-publisher", "list-passage-heading", "lead-in-refers-back"])


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
                if prev is not None and not block.lead_in and _goes_on(prev[2][-1], chunk, first):
                    seen = {i.text for _, i in prev[2]}  # passages overlap by a line or two
                    prev[2].extend((chunk, item) for item in block.items if item.text not in seen)
                else:
                    raw.append((chunk, block.lead_in, [(chunk, item) for item in block.items]))
    out = []
    for chunk, lead, items in raw:
        if len(items) < 2:
            continue
        lead_words = _caption(chunk, items[0][1]) if not lead and rules.enabled("list-caption") else ""
        doc_words = _DOC_TYPE_WORDS.get(str(chunk.meta.get("doc_type", "")), "")
        # A document is also known by who published it ("KS-metoden" is the report's method).
        publisher = str(chunk.meta.get("publisher") or "") if rules.enabled("list-publisher") else ""
        # A heading inside the passage, above the list, is the section the list stands in (rule
        # 'list-passage-heading'): the passage may start in the section before.
        inner = _heading_above(chunk, items[0][1]) if rules.enabled("list-passage-heading") else ""
        # What the list is called: its lead-in, or without one the heading it stands under.
        head = lead or lead_words or inner or (chunk.section[-1] if chunk.section else "")
        # "Noen av dem er sentrale …:" says what the list is only with the sentence before it (rule 'lead-in-refers-back').
        before = sentence_before(chunk, lead) if lead and _REFERS_BACK_RE.match(lead.strip()) and rules.enabled("lead-in-refers-back") else ""
        head = f"{before} {head}" if before else head
        text = " ".join([chunk.title, doc_words, publisher, str(chunk.meta.get("municipality") or ""), chunk.section_path, inner, before, lead, lead_words, *(i.text for _, i in items)])
        caption = next((line for line in lead_words.split("\n") if is_heading(line)), "")
        out.append(ListUnit(chunk, lead, tuple(items), frozenset(analyzer.tokens(text)), frozenset(analyzer.tokens(head)), caption, before))
    return out


rules.register(
    "lead-in-refers-back", kind="pattern", module=_M, found_on=("b25",),
    what="a lead-in that refers back ('Noen av dem er sentrale også i vår undersøkelse:', 'Disse er:') is read with the "
    "sentence before it in its paragraph ('Kallevig lister opp seks forhold som bør følges opp …'): that sentence says "
    "what the list is, and quoting it brings the list",
)
_REFERS_BACK_RE = re.compile(r"(?:disse|noen av (?:dem|disse)|blant (?:dem|disse)|de er)\b", re.IGNORECASE)


def sentence_before(chunk: Chunk, lead: str) -> str:
    """The sentence right before ``lead`` (a lead-in of ``chunk``) in the same paragraph, on one line; "" if none.

    >>> c = Chunk(id="c", text="Kallevig lister opp seks forhold. Noen av dem er sentrale:\\n- Rom\\n- Tid", doc_id="d", title="t")
    >>> sentence_before(c, "Noen av dem er sentrale:")
    'Kallevig lister opp seks forhold.'
    """
    from assistant.sentences import one_line, paragraph_break, source_sentences

    start = one_line(lead).strip()[:40]
    sentences = source_sentences(chunk)
    for prev, s in zip(sentences, sentences[1:], strict=False):
        if s.text.strip().startswith(start):
            # a paragraph of its own: the lead-in refers to nothing before it
            return "" if paragraph_break(chunk.text, prev.end, s.start) else prev.text.strip()
    return ""


def _heading_above(chunk: Chunk, first: ListItem) -> str:
    """The last heading line of ``chunk`` above the list whose first item is ``first`` ("5.3. Lederutvikling."), or ""."""
    for line in reversed(chunk.text[: first.start].split("\n")):
        if line.strip() and is_heading(line.strip()):
            return line.strip()
    return ""


# A caption line above a list is short: a heading, a table's column labels.
CAPTION_WORDS = 15


def _caption(chunk: Chunk, first: ListItem) -> str:
    """What a list without a lead-in is called in its own passage: the short lines right above its first
    item ("8.6. Obligatoriske lederkurs (nye ledere ) *", "Dag Innhold Målgruppe …"), up to the text
    before them (rule 'list-caption'); "" when a sentence or nothing stands there."""
    lines: list[str] = []
    gap = False
    for line in reversed(chunk.text[: first.start].rstrip().split("\n")):
        line = line.strip()
        if not line:
            gap = gap or bool(lines)
            continue
        if gap and not is_heading(line):
            break  # across a blank line only the heading the list stands under
        if len(line.split()) > CAPTION_WORDS or line.endswith((".", "!", "?")) and not is_heading(line):
            break
        lines.insert(0, line)
        if len(lines) >= 2 or gap:
            break
    return "\n".join(lines)


def sibling_list(chunk: Chunk, sentence: str, topic: set[str], units: Sequence[ListUnit], analyzer: Analyzer) -> ListUnit | None:
    """Another list of the same passage whose lead-in names more of the question's topic words than the
    lead-in ``sentence`` does ("Medarbeider" over "Bærum kommune ved den øverste ledelsen" for "Hvilket
    ansvar har den enkelte medarbeider …?"); None when ``sentence`` introduces the best one (rule
    'lead-in-names-topic'). A passage of lists under short headings answers with the one its question names."""
    if not rules.enabled("lead-in-names-topic") or not topic:
        return None
    from assistant.sentences import one_line

    flat = one_line(sentence).strip()
    siblings = [u for u in units if u.chunk.id == chunk.id and u.lead_in]
    if len(siblings) < 2:
        return None

    def named(unit: ListUnit) -> int:
        return len(topic & set(analyzer.tokens(unit.lead_in)))

    own = next((u for u in siblings if u.lead_in.strip() == flat), None)
    best = max(siblings, key=named)
    return best if own is not None and best is not own and named(best) > named(own) else None


def _goes_on(last: tuple[Chunk, ListItem], chunk: Chunk, first: ListItem) -> bool:
    """Does a list whose last item is ``last`` go on with ``first``, the first item of a later passage? A
    numbered list does when the number counts on; a bulleted one when it ends its passage and the next
    passage of the same section starts with it (rule 'bullets-over-passages')."""
    prev_chunk, prev = last
    if prev_chunk.doc_id != chunk.doc_id or prev_chunk.section != chunk.section or prev_chunk.id == chunk.id:
        return False
    if first.number is not None:
        return prev.number == first.number - 1
    return (
        prev.number is None
        and rules.enabled("bullets-over-passages")
        and not prev_chunk.text[prev.end :].strip()
        and not chunk.text[: first.start].strip()
        and chunk.lines[0] <= prev_chunk.lines[1] + 1
    )


def asking_words(ask: ListAsk, analyzer: Analyzer) -> set[str]:
    """The tokens that say what is asked of a list ("steg", "siste", "ramse opp"), not what it is about."""
    frame = _FRAME_WORDS if rules.enabled("list-frame-words") else ""
    return set(analyzer.tokens(f"{ask.kind} {' '.join(_ORDINALS)} hvilke nummer først sist {frame}"))


def best_list(
    question: str, terms: Mapping[str, float], ask: ListAsk, units: Sequence[ListUnit], analyzer: Analyzer, filters: Filters | None = None
) -> tuple[ListUnit, list[tuple[Chunk, ListItem]]] | None:
    """The list that answers the question (its items that answer), or None.

    ``terms`` are the question's weighted terms; the words that name the items ("steg") and the
    ordinal ("siste") say what is asked of the list, not what it is about, so they do not count.
    """
    if not rules.enabled("list-answer"):
        return None
    asking = asking_words(ask, analyzer)
    topic = {t: w for t, w in terms.items() if t not in asking and not t.isdigit()}
    if rules.enabled("list-known-words"):
        # A word of the question that no list has ("oppskrift" for the method) cannot tell lists apart.
        known = frozenset().union(*(u.context for u in units)) if units else frozenset()
        topic = {t: w for t, w in topic.items() if t in known}
    total = sum(topic.values())
    if not total:
        return None
    named = [set(analyzer.tokens(m)) for m in named_municipalities(question)]
    kind_words = set(analyzer.tokens(ask.kind)) if ask.named else set()
    steps = ask.kind.startswith(("steg", "trinn", "fase", "step", "stage", "phase"))
    best: tuple[tuple[float, bool, int], ListUnit, list[tuple[Chunk, ListItem]]] | None = None
    for unit in units:
        if filters is not None and not filters.accepts(unit.chunk):
            continue
        if any(not m <= unit.context for m in named):
            continue  # a list about another municipality does not answer
        if ask.named and not kind_words & unit.head:
            continue  # "Hvilke forventninger …": only a list called so
        share = sum(w for t, w in topic.items() if t in unit.context) / total
        # What the list is called (its lead-in or heading) says more than a word of its items or its
        # document: a word found only there counts half when lists are ranked (rule 'list-head-words').
        rank = share
        if rules.enabled("list-head-words"):
            rank = sum(w if t in unit.head else w / 2 for t, w in topic.items() if t in unit.context) / total
        # Ties go to a numbered list when steps are asked for, then to the longer list.
        key = (round(rank, 3), steps and unit.numbered, len(unit.items))
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


def introduced_items(chunk: Chunk, sentence: str, units: Sequence[ListUnit]) -> list[tuple[Chunk, ListItem]]:
    """The items of the list that ``sentence`` (a sentence of ``chunk``) introduces, each with its passage;
    [] when it introduces none. A lead-in says nothing without its list, so a quoted lead-in brings its
    items (rule 'lead-in-brings-list'), at most :data:`MAX_ITEMS`.

    >>> from assistant.text import Analyzer
    >>> c = Chunk(id="c", text="Behovet forsterkes av\\n- stor utskifting\\n- nye krav\\n\\nSlutt.", doc_id="d", title="t")
    >>> units = list_units({"c": c}, Analyzer([]))
    >>> [i.text for _, i in introduced_items(c, "Behovet forsterkes av", units)]
    ['- stor utskifting', '- nye krav']
    """
    if not rules.enabled("lead-in-brings-list"):
        return []
    from assistant.sentences import one_line

    flat = one_line(sentence).strip()
    if not flat:
        return []
    for unit in units:
        if unit.chunk.id == chunk.id and unit.lead_in and (unit.lead_in.strip() == flat or (unit.before and unit.before == flat)):
            return list(unit.items[:MAX_ITEMS])
    return []


def explanation(chunk: Chunk, item: ListItem, max_words: int = 60) -> list[str]:
    """What explains a numbered item asked for alone ("6. Analyser dataene …" -> "Data fra
    kompetansekartleggingen … analyseres …", "Her bør kommunen … lage framskrivninger."): the statements
    of the paragraph after it, up to the next item and ``max_words`` words, each run of consecutive
    sentences as one exact source text on one line; [] when the item stands alone. A question in the
    paragraph ("Har vi den kompetansen …?") asks the reader something and explains nothing, so it is
    left out (rule 'step-explanation')."""
    from assistant.sentences import one_line, sentence_spans
    from assistant.structure import is_list_item

    whole = rules.enabled("step-explanation")
    pieces: list[list[tuple[int, int]]] = []
    words, last_end = 0, item.end
    for a, b in sentence_spans(chunk.text):
        if a < item.end:
            continue
        sentence = chunk.text[a:b]
        if is_list_item(sentence) or (whole and pieces and "\n\n" in chunk.text[last_end:a].replace(" ", "")):
            break  # the next item, or the paragraph is over
        if whole and sentence.rstrip().endswith("?"):
            last_end = b
            continue
        n = len(sentence.split())
        if pieces and words + n > max_words:
            break
        if pieces and pieces[-1][-1][1] == last_end:
            pieces[-1].append((a, b))
        else:
            pieces.append([(a, b)])
        words, last_end = words + n, b
        if not whole and words >= 20:
            break  # without the rule: the first sentences, as before
    return [one_line(chunk.text[run[0][0] : run[-1][1]]) for run in pieces]


def table_cells(question: str, chunks: Mapping[str, Chunk], similarity: Callable[[Sequence[str]], Sequence[float]] | None = None) -> list[Any]:
    """The table cells that answer ``question`` (``assistant.tables.table_cells``), best first; [] when the
    tables module is not there or the rule is off."""
    if not rules.enabled("table-cells"):
        return []
    try:
        from assistant import tables
    except ImportError:
        return []
    finder = getattr(tables, "table_cells", None)
    return list(finder(question, chunks, similarity)) if finder else []
