"""What the parts of a source text are: list items, headings and footnotes, one definition each.

Every stage asks this module: the chunker (which lines are headings), the sentence splitter (a
list item starts a new sentence), retrieval (a list's "1." is no table cell), the answer ranking
(a heading or a footnote is no answer) and the refusal rules (a list's "1." counts nothing).

    >>> is_list_item("• Tydelig på mål"), is_list_item("2) Kartlegging"), is_list_item("2010 var året")
    (True, True, False)
    >>> strip_list_mark("1. Kurskalender for våren 2010")
    'Kurskalender for våren 2010'
    >>> is_heading("10.2.1 Hvordan utarbeide en kompetanseplan"), is_heading("Planen er vedtatt.")
    (True, False)
    >>> is_footnote("16 I spørreundersøkelsen har vi spurt"), strip_footnote_mark("… fem tusen kroner.14")
    (True, '… fem tusen kroner.')
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant import rules

rules.register(
    "unfinished-lead-in", kind="pattern", module="assistant.structure",
    what="a short line that ends no sentence right before a bullet list ('Behovet … forsterkes også av', 'Medarbeider') "
    "is the list's lead-in, as a line ending in a colon is",
)

rules.register(
    "list-heading-line", kind="pattern", module="assistant.structure", found_on=("b24",),
    what="a heading line before a bullet list is its whole lead-in ('Inkluderende arbeidsliv. Systematisk HMS-arbeid'), "
    "not only the part after its last period",
)

rules.register(
    "table-row", kind="pattern", module="assistant.structure", found_on=("b18",),
    what="a cell of a table laid out cell by cell ('Verneombudskurs i kommunal regi') is quoted with the cells after it "
    "in its row (whom, how long, when, what it costs), which are what it says",
)
rules.register(
    "row-ends-at-cost", kind="pattern", module="assistant.structure", found_on=("b26",),
    what="a row read cell by cell goes on to its cost cell ('K. Halvorsen Interne kostnader') even past the word limit "
    "that stops a row without one, so who is responsible, the cell before the cost, is quoted too",
)
rules.register(
    "row-start", kind="pattern", module="assistant.structure", found_on=("bq", "b26"),
    what="a cell is quoted with its whole row: also the cells before it back to the previous row's cost cell "
    "(the goal 'Øke andelen … til fylte 65 og 67 år' before 'Seniorkurs'), and the word limit counts the cells "
    "after it, not the quoted piece",
)

# Bullet glyphs seen in (or typical of) office-document extraction. Everything in the Unicode
# Private Use Area (e.g. U+F0B7, the Symbol-font bullet) counts as one too (see text.normalize).
BULLETS = frozenset("•◦▪▫■□●○◆◇♦►▸▹‣⁃∙·➢➤✓✔❖")
_BULLET_CLASS = "".join(sorted(BULLETS))

# A list item starts with a bullet (or a dash or asterisk used as one) or an enumerator of one or
# two digits ("1.", "2)"), then white space. "2010 var året" and "3.3.1" are not list items.
LIST_MARK = rf"(?:[{_BULLET_CLASS}*\-–]|\d{{1,2}}[.)])(?=\s)"
_LIST_ITEM_RE = re.compile(rf"^\s*{LIST_MARK}")
_BULLET_RE = re.compile(rf"^\s*[{_BULLET_CLASS}*\-–](?=\s)\s*")
_LIST_MARK_RE = re.compile(rf"^\s*{LIST_MARK}\s*")
# Every list mark at a line start of a passage (multi-line text).
LIST_MARKS_RE = re.compile(rf"^[ \t]*{LIST_MARK}", re.MULTILINE)

# Headings as the chunker finds them line by line ("5.2.2 Kompetansekartlegging", "8.1. Lederutvikling",
# "10.3Gjennomføring"; "# Avtaletekster"; "VEDLEGG - BESKRIVELSE AV CASEKOMMUNENE").
NUMBERED_LINE_RE = re.compile(r"^\s?(\d{1,2}(?:\.\d{1,2}){0,3})(\.?)\s*([A-ZÆØÅ«\"”].*?)\s*$")
MARKDOWN_HEADING_RE = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
CAPS_LINE_RE = re.compile(r"^[A-ZÆØÅ][A-ZÆØÅ \-–/&,]{2,70}$")
# A heading found among the sentences of a passage: a section number with at least one dot and no
# sentence end after it.
_NUMBERED_HEADING_RE = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s*[^.!?]*$")
# "5.3. Lederutvikling." ends in a period as a plan's headings often do ("1.1.2008 ble kommunen …." is a sentence).
_PERIOD_HEADING_RE = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})+\.?\s+[A-ZÆØÅ][^.!?]*\.$")
HEADING_WORDS = 8  # a heading that ends in a period is short and has no verb ("1.4 Planen er fundamentet." is a sentence)

# A footnote as the PDF text leaves it: its number, one space, then a capitalised word
# ("16 I spørreundersøkelsen har …", "47 ROBEK er …"); and a footnote mark glued to the last word of a sentence or a
# title ("… kroner.14", "Samarbeid7").
_FOOTNOTE_RE = re.compile(r"\s*\d{1,3} (?=[A-ZÆØÅ])")
_FOOTNOTE_END_RE = re.compile(r"(?<=[^\W\d_])([.!?][”\"»]?)?\d{1,3}$")


def is_list_item(text: str) -> bool:
    """Does the text start with a bullet or a list enumerator ("• …", "- …", "1. …", "2) …")?"""
    return bool(_LIST_ITEM_RE.match(text))


def is_bullet(text: str) -> bool:
    """Does the text start with a bullet (not a number)? ("• Tydelig på mål" yes, "1. Mål" no)"""
    return bool(_BULLET_RE.match(text))


def strip_bullet(text: str) -> str:
    """The text without its leading bullet; an enumerator ("1.") stays, it is part of what a list says.

    >>> strip_bullet("•  Tydelig på mål"), strip_bullet("1. Mål")
    ('Tydelig på mål', '1. Mål')
    """
    return _BULLET_RE.sub("", text, count=1)


def strip_list_mark(text: str) -> str:
    """The text without its leading bullet or enumerator (a line that starts "16. mars" loses its "16.").

    >>> strip_list_mark("• Tydelig på mål"), strip_list_mark("2) Kartlegging")
    ('Tydelig på mål', 'Kartlegging')
    """
    return _LIST_MARK_RE.sub("", text, count=1)


def is_heading(sentence: str) -> bool:
    """A heading among a passage's sentences: numbered ("10.2.1 Hvordan utarbeide en kompetanseplan"),
    Markdown ("# Avtaletekster") or a title in capitals ("KOMPETANSEPLAN FOR HALDEN KOMMUNE 2010-2012")."""
    letters = [ch for ch in sentence if ch.isalpha()]
    return (
        bool(_NUMBERED_HEADING_RE.match(sentence))
        or (bool(_PERIOD_HEADING_RE.match(sentence)) and len(sentence.split()) <= HEADING_WORDS and not _VERB_RE.search(sentence))
        or sentence.lstrip().startswith("#")
        or (len(letters) > 8 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters))
    )


def is_footnote(sentence: str) -> bool:
    """Does the sentence start like a footnote ("16 I spørreundersøkelsen har …")?"""
    return bool(_FOOTNOTE_RE.match(sentence))


def strip_footnote_start(sentence: str) -> str:
    """The sentence without a leading footnote number ("42 Det er ikke spurt …" -> "Det er ikke spurt …")."""
    return _FOOTNOTE_RE.sub("", sentence, count=1) if is_footnote(sentence) else sentence


def strip_footnote_mark(sentence: str) -> str:
    """A sentence or title without the footnote number glued to its end ("… kroner.14" -> "… kroner.").

    >>> strip_footnote_mark("Samarbeid7"), strip_footnote_mark("SKUP 2010-2013")
    ('Samarbeid', 'SKUP 2010-2013')
    """
    return _FOOTNOTE_END_RE.sub(lambda m: m.group(1) or "", sentence)


# ---- lists: one notion of a list and its items for every stage that quotes one -------------------

_ENUMERATOR_RE = re.compile(r"^\s*(\d{1,2})[.)](?=\s)")


def list_number(text: str) -> int | None:
    """The enumerator of a numbered list item ("3. Overordnede mål …" -> 3); None for a bullet or no item.

    >>> list_number("3. Overordnede mål"), list_number("• Tydelig på mål"), list_number("2010 var året")
    (3, None, None)
    """
    m = _ENUMERATOR_RE.match(text)
    return int(m.group(1)) if m else None


@dataclass(frozen=True)
class ListItem:
    """One item of a list in a passage: its text on one line with its mark, and its offsets in the passage.

    An item runs from its mark to the end of its paragraph or to the next item; a numbered item's
    explanation in the paragraphs after it is not part of it ("1. Etabler arbeidsgruppe." /
    "Det bør etableres …").
    """

    text: str
    start: int
    end: int
    number: int | None = None  # 1 for "1.", None for a bullet


@dataclass(frozen=True)
class ListBlock:
    """A list in a passage: two or more items, and the sentence that introduces it when it ends in a colon.

    Bullets belong together when nothing but white space stands between them; numbered items when
    they count on (1, 2, 3 …), whatever explanation stands between them.
    """

    items: tuple[ListItem, ...]
    lead_in: str = ""  # "… kan følgende tiltak nevnes:" on one line, or ""
    lead_start: int = -1
    lead_end: int = -1

    @property
    def numbered(self) -> bool:
        return self.items[0].number is not None


def list_blocks(text: str, min_items: int = 2) -> list[ListBlock]:
    """The lists of a passage, in text order (see :class:`ListBlock`); ``min_items=1`` also gives a lone
    item, which may continue a list of the passage before (a numbered list split over passages).

    >>> [[i.text for i in b.items] for b in list_blocks("Vi har tre tiltak:\\n• Kurs\\n• Veiledning\\n\\nDet virker.")]
    [['• Kurs', '• Veiledning']]
    >>> list_blocks("Vi har tre tiltak:\\n• Kurs\\n• Veiledning")[0].lead_in
    'Vi har tre tiltak:'
    >>> [i.number for i in list_blocks("1. Etabler gruppe.\\n\\nDet bør gjøres.\\n\\n2. Avklar mål.")[0].items]
    [1, 2]
    """
    from assistant.sentences import one_line, sentence_spans  # sentences imports this module

    spans = sentence_spans(text)
    items: list[tuple[int, ListItem]] = []  # (index of its first span, item)
    i = 0
    while i < len(spans):
        a, b = spans[i]
        if not is_list_item(text[a:b]):
            i += 1
            continue
        first = i
        # The item goes on over the sentences of its paragraph, up to the next item.
        while i + 1 < len(spans) and not is_list_item(text[spans[i + 1][0] : spans[i + 1][1]]) and "\n\n" not in _gap(text, spans[i][1], spans[i + 1][0]):
            i += 1
        end = spans[i][1]
        items.append((first, ListItem(one_line(text[a:end]), a, end, list_number(text[a:b]))))
        i += 1
    blocks: list[list[tuple[int, ListItem]]] = []
    for first, item in items:
        prev = blocks[-1][-1] if blocks else None
        if prev is not None and _continues(prev, (first, item), text, spans):
            blocks[-1].append((first, item))
        else:
            blocks.append([(first, item)])
    out = []
    for block in blocks:
        if len(block) < min_items:
            continue  # "16. mars …" alone is no list
        first = block[0][0]
        lead, lead_start, lead_end = "", -1, -1
        if first > 0:
            la, lb = spans[first - 1]
            if _introduces(text[la:lb], numbered=block[0][1].number is not None):
                la = _line_start(text, la, lb)
                lead, lead_start, lead_end = one_line(text[la:lb]), la, lb
        out.append(ListBlock(tuple(item for _, item in block), lead, lead_start, lead_end))
    return out


# A sentence ends with one of these (a closing quote or bracket after it counts too).
_SENTENCE_END_RE = re.compile(r"[.!?][»”\"')\]]*\s*$")
# An unfinished line before a bullet list is its lead-in only when it is this short (a heading, "… forsterkes også av").
LEAD_IN_WORDS = 25


def _introduces(sentence: str, numbered: bool) -> bool:
    """Does the sentence right before a list's first item introduce it? It does when it ends in a colon
    ("… kan følgende tiltak nevnes:"); before bullets also when it ends no sentence, since an unfinished
    sentence ("Behovet … forsterkes også av") or a heading ("Medarbeider") goes on in its list (rule
    'unfinished-lead-in')."""
    stripped = sentence.rstrip()
    if stripped.endswith(":"):
        return True
    if numbered or is_list_item(stripped) or not rules.enabled("unfinished-lead-in"):
        return False
    return not _SENTENCE_END_RE.search(stripped) and not stripped.endswith((";", ",")) and len(stripped.split()) <= LEAD_IN_WORDS


# A finished sentence has a verb; a heading's first part ("Inkluderende arbeidsliv.") has none.
_VERB_RE = re.compile(r"\b(?:er|var|har|hadde|skal|skulle|vil|ville|kan|kunne|bør|må|blir|ble|gir|ga|får|fikk|gjør|gjorde)\b", re.IGNORECASE)


def _line_start(text: str, start: int, end: int) -> int:
    """Where a list's unfinished lead-in begins: at the start of its line when that whole line is short, a
    heading whose first part ends in a period ("Inkluderende arbeidsliv. Systematisk HMS-arbeid", rule
    'list-heading-line'); else at ``start``."""
    if text[start:end].rstrip().endswith(":") or not rules.enabled("list-heading-line"):
        return start
    line = text.rfind("\n", 0, start) + 1
    head = text[line:start]
    before = text[: line - 1].rsplit("\n", 1)[-1] if line else ""
    if (
        not head.strip()[:1].isupper()
        or _VERB_RE.search(head)  # "Det er viktig.  Behovet …": a sentence before the lead-in, no heading
        or before.strip()  # the line goes on from the one above: the end of a sentence, no heading
        or is_list_item(head.strip())
        or len(text[line:end].split()) > LEAD_IN_WORDS // 2
    ):
        return start
    return line + len(head) - len(head.lstrip())


def _gap(text: str, end: int, start: int) -> str:
    return text[end:start].replace(" ", "").replace("\t", "")


def _continues(prev: tuple[int, ListItem], nxt: tuple[int, ListItem], text: str, spans: list[tuple[int, int]]) -> bool:
    """Does ``nxt`` belong to the list ``prev`` is in? (see :class:`ListBlock`)"""
    (_, a), (_, b) = prev, nxt
    if (a.number is None) != (b.number is None):
        return False
    if a.number is not None and b.number is not None:
        return b.number == a.number + 1
    return not text[a.end : b.start].strip()



# ---- tables laid out cell by cell: a plan's action table reaches the text one cell a paragraph -----

# A passage is a table laid out cell by cell when most of its paragraphs are this short ...
CELL_WORDS = 8
TABLE_CELLS = 6  # ... and it has at least this many of them
TABLE_SHARE = 0.6
ROW_WORDS = 30  # a row quoted after its cell: at most this many words
# An action table's last column is the cost: "20.000.-", "Interne kostnader", "kr 5 000".
_COST_CELL_RE = re.compile(r"kostnad|\d[\d .]*(?:,-|\.-)|\bkr\.?\s*\d|\d\s*kr\b", re.IGNORECASE)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in re.finditer(r"\n[ \t]*\n", text):
        if text[start : m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def is_cell_table(text: str) -> bool:
    """Is the passage an action table laid out cell by cell (most paragraphs a few words, a cost cell)?"""
    if not _COST_CELL_RE.search(text):
        return False  # an action table has its cost column; the report's survey tables are curated (assistant.tables)
    spans = _paragraph_spans(text)
    short = sum(1 for a, b in spans if len(text[a:b].split()) <= CELL_WORDS)
    return len(spans) >= TABLE_CELLS and short >= TABLE_SHARE * len(spans)


def table_row(text: str, piece: str, whole: bool = True) -> str:
    """``piece`` (a cell, or sentences of one, as quoted) with the rest of its row, on one line as the source
    has it; "" when the passage is no cell-by-cell table or the piece is its whole row (rule 'table-row').
    The row ends at its cost cell (an action table's last column), a heading or :data:`ROW_WORDS` words after
    the piece; it begins after the previous row's cost cell (rule 'row-start', :func:`_row_start`) unless not
    ``whole`` (the refusal's number check reads a cell's number in the cells after it).

    >>> t = "Mål Tiltak Målgruppe Tidsrom Kostnad\\n\\nKurs i\\nregi\\n\\nNye ledere\\n\\n40 timer\\n\\nMai 2010\\n\\n20.000.-\\n\\nTemadag\\n\\nAlle"
    >>> table_row(t, "Kurs i regi")
    'Kurs i regi Nye ledere 40 timer Mai 2010 20.000.-'
    """
    from assistant.sentences import one_line

    words = piece.split()
    if not words or not rules.enabled("table-row") or not is_cell_table(text):
        return ""
    m = re.search(r"\s+".join(re.escape(w) for w in words), text)
    if m is None:
        return ""
    spans = _paragraph_spans(text)
    at = next((i for i, (a, b) in enumerate(spans) if a <= m.end() - 1 < b), None)
    if at is None:
        return ""
    end = spans[at][1]
    whole = whole and rules.enabled("row-start")
    start = _row_start(text, spans, m.start()) if whole else m.start()
    count = len(text[m.end() : end].split()) if whole else len(text[m.start() : end].split())
    ended = bool(_COST_CELL_RE.search(text[m.start() : end]))  # the piece ends its row already
    if ended and not whole:
        return ""
    for a, b in [] if ended else spans[at + 1 :]:
        cell = text[a:b]
        n = len(cell.split())
        # The cost cell ends the row, even one long enough to pass ROW_WORDS ("… 2 gr/dag | K. Halvorsen Interne kostnader").
        if n > 2 * CELL_WORDS or _heading_cell(cell) or (count + n > ROW_WORDS and not (_COST_CELL_RE.search(cell) and rules.enabled("row-ends-at-cost"))):
            break
        end, count = b, count + n
        if _COST_CELL_RE.search(cell):
            break
    row = one_line(text[start:end])
    return row if len(row) > len(one_line(piece)) else ""


def _heading_cell(cell: str) -> bool:
    """Is a table's paragraph a heading, not a cell ("20.000.-" is a sum, no "8.6" heading)?"""
    from assistant.sentences import one_line

    return is_heading(one_line(cell)) and bool(re.search(r"[^\W\d_]{3}", cell))


def _row_start(text: str, spans: Sequence[tuple[int, int]], at: int) -> int:
    """Where the row of the cell at offset ``at`` begins: after the previous row's cost cell (or the header,
    whose last column is "Kostnad"), a heading, a paragraph too long for a cell or :data:`ROW_WORDS` words back."""
    from assistant.sentences import one_line

    i = next(i for i, (a, b) in enumerate(spans) if a <= at < b)
    before = text[spans[i][0] : at]
    if _COST_CELL_RE.search(before) or (before.strip() and is_heading(one_line(before))):
        return at
    start, count = spans[i][0], len(before.split())
    for a, b in reversed(spans[:i]):
        cell = text[a:b]
        n = len(cell.split())
        if _COST_CELL_RE.search(cell) or _heading_cell(cell) or n > 2 * CELL_WORDS or count + n > ROW_WORDS:
            break
        start, count = a, count + n
    return start
