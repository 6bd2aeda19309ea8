"""Sentences and paragraphs of a text: one splitter for the chunker's windows, the answer ranking,
the citation check and everything that quotes a source.

    >>> split_sentences("Planen gjelder bl.a. ledere, jf. pkt. 3.3.1 [1]. Den ble vedtatt 18. februar [2][3].")
    ['Planen gjelder bl.a. ledere, jf. pkt. 3.3.1 [1].', 'Den ble vedtatt 18. februar [2][3].']
"""

from __future__ import annotations

import re

from assistant.structure import LIST_MARK, strip_footnote_mark
from assistant.types import Chunk, SourceSentence


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Abbreviations whose dot never ends a sentence (lowercase, without the final dot).
ABBREVIATIONS = _words(
    "f.eks bl.a bl ca nr kap pkt jf jfr dvs ift evt inkl s ev hhv ref tlf iht ifm mht pga "
    "vha bla eks ang div kl min maks sp st fig tab vedr iflg forts fork gl avd adm jan feb mar apr "
    "aug sep sept okt nov des ibid cand paed spes.ped"
)
# These often end a sentence ("... kurs, seminarer mv."), so they split before a capital letter.
FINAL_ABBREVIATIONS = _words("etc osv mv m.v mm m.m o.l o.a m.fl mfl")

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember")

# A citation marker "[1]", "[1, 3]", "[2-4]".
MARKER_RE = re.compile(r"\[\s*(\d+(?:\s*(?:[,;]|[-–])\s*\d+)*)\s*\]")
_MARKERS_AFTER = re.compile(r"(?:\s*\[\s*\d+(?:\s*(?:[,;]|[-–])\s*\d+)*\s*\])+[.!?]?")
_TERMINAL = re.compile(r"[.!?…]+[\"”»’')]*")
# A blank line, or a line that starts a list item or a Markdown heading.
_BLOCK_BREAK = re.compile(rf"\n[ \t]*\n\s*|\n(?=[ \t]*(?:{LIST_MARK}|#))")
# A blank line inside a sentence: the PDF's page break ("… en overordnet kompetanseplan for hele" /
# page footer / "kommunen. Variasjonene …"). The text before it ends in a word or a comma and the text
# after it starts in lower case, so it is not a paragraph break.
_SOFT_BREAK_BEFORE = re.compile(r"[^\W_]|,")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; the text between spans is whitespace only."""
    spans: list[tuple[int, int]] = []
    block_start = 0
    for brk in [*(b for b in _BLOCK_BREAK.finditer(text) if not _soft_break(text, b)), None]:
        block_end = brk.start() if brk else len(text)
        start = block_start
        for m in _TERMINAL.finditer(text, block_start, block_end):
            end = m.end()
            tail = _MARKERS_AFTER.match(text, end, block_end)
            if tail:  # "... hjelpepleiere. [1]" keeps its marker
                end = tail.end()
            if end < block_end and not text[end].isspace():
                continue  # "3.3.1", "f.eks.", "kroner.14"
            if _is_boundary(text, start, m, end, block_end) and not _inside_quote(text, block_start, end, block_end):
                spans.append((start, end))
                start = end
        spans.append((start, block_end))
        block_start = brk.end() if brk else len(text)
    return [
        (a + len(text[a:b]) - len(text[a:b].lstrip()), b - len(text[a:b]) + len(text[a:b].rstrip())) for a, b in spans if text[a:b].strip()
    ]


def _soft_break(text: str, brk: re.Match[str]) -> bool:
    """A blank line that breaks a sentence in two (a page break), not a paragraph or a list item.

    >>> split_sentences("Bare en tredjedel har en plan for hele\\n\\nkommunen. Det er lite.")
    ['Bare en tredjedel har en plan for hele\\n\\nkommunen.', 'Det er lite.']
    """
    before = text[max(0, brk.start() - 80) : brk.start()].rstrip()
    after = text[brk.end() : brk.end() + 1]
    return bool(before) and bool(_SOFT_BREAK_BEFORE.fullmatch(before[-1])) and after.islower()


def _inside_quote(text: str, block_start: int, end: int, block_end: int) -> bool:
    """Is ``end`` inside a «…» quotation that closes later in the block? A quote of several source
    sentences («S1. S2.» [1]) is one sentence of the text that quotes it, with one citation.
    """
    before = text[block_start:end]
    return before.count("«") > before.count("»") and "»" in text[end:block_end]


def _is_boundary(text: str, start: int, m: re.Match[str], end: int, block_end: int) -> bool:
    after = text[end:block_end].lstrip()
    if not after:
        return True
    if re.search(r"[!?]", m.group()):
        return True
    prev = re.search(r"(\S+)$", text[start : m.start()])
    word = prev.group(1).lower().lstrip('("«”') if prev else ""
    nxt = after[0]
    if word in ABBREVIATIONS:
        return False
    if word in FINAL_ABBREVIATIONS:
        return nxt.isupper()
    if len(word) == 1 and word.isalpha():
        return False  # initials, "s. 12"
    if re.fullmatch(r"\d{1,2}", text[start : m.start()].strip()):
        return False  # the "1." of a numbered list item
    if word.isdigit() and len(word) <= 2 and after.split(maxsplit=1)[0].lower().rstrip(".,") in MONTHS:
        return False  # "innen 1. April 2009": a date, written with a capital month
    # A sentence starts with a capital, a digit, a quote or a bracket; "18. februar" does not.
    return nxt.isupper() or nxt.isdigit() or nxt in "\"«”'(["


def split_sentences(text: str) -> list[str]:
    """Split Norwegian text into sentences, keeping trailing [n] markers with their sentence.

    Does not split after common abbreviations (f.eks., bl.a., jf., mv. before lower case),
    inside numbers (2,5 / 3.3.1 / 90.000) or after ordinals ("18. februar"). Blank lines and list
    items are boundaries; a single line break inside a paragraph is not (PDF text wraps lines).

    >>> split_sentences("Planen gjelder bl.a. ledere, jf. pkt. 3.3.1 [1]. Den ble vedtatt 18. februar [2][3].")
    ['Planen gjelder bl.a. ledere, jf. pkt. 3.3.1 [1].', 'Den ble vedtatt 18. februar [2][3].']
    >>> split_sentences("Alt skulle være kartlagt innen 1. April 2009. Det ble det ikke.")
    ['Alt skulle være kartlagt innen 1. April 2009.', 'Det ble det ikke.']
    """
    return [text[a:b] for a, b in sentence_spans(text)]


def one_line(text: str) -> str:
    """Text on one line: 'PRO-\\nseksjonen' stays 'PRO-seksjonen', other breaks become spaces.

    >>> one_line("Første trinn i PRO-\\nseksjonen\\n er  obligatorisk.")
    'Første trinn i PRO-seksjonen er obligatorisk.'
    """
    return " ".join(re.sub(r"-\s*\n\s*", "-", text).split())


def paragraph_break(text: str, start: int, end: int) -> bool:
    """Does a blank line (white space aside) stand in ``text[start:end]``, between two sentences?

    >>> paragraph_break("Ja. \\n \\nNei.", 3, 8), paragraph_break("Ja.\\nNei.", 3, 4)
    (True, False)
    """
    return "\n\n" in re.sub(r"[ \t]+", "", text[start:end])


def paragraph_around(text: str, sentence: str) -> tuple[str, int]:
    """The paragraph of ``text`` that holds ``sentence`` (both on one line), and where the sentence
    starts in it; ("", -1) if no paragraph holds it.

    >>> paragraph_around("I Drammen har 270 ledere gått.\\nDen varer i to år.\\n\\nNytt avsnitt.", "Den varer i to år.")
    ('I Drammen har 270 ledere gått. Den varer i to år.', 31)
    """
    key = one_line(sentence)[:60]
    for paragraph in re.split(r"\n\s*\n", text):
        flat = one_line(paragraph)
        cut = flat.find(key)
        if cut >= 0:
            return flat, cut
    return "", -1


def source_sentences(chunk: Chunk) -> list[SourceSentence]:
    """The sentences of a passage, each as it is quoted (one line, no footnote number glued to its
    end) with its offsets in ``chunk.text`` and its position.

    >>> [s.text for s in source_sentences(Chunk(id="c", text="Den er ny. Fagstigen har fire\\ntrinn.14", doc_id="d", title="t"))]
    ['Den er ny.', 'Fagstigen har fire trinn.']
    """
    return [
        SourceSentence(strip_footnote_mark(one_line(chunk.text[a:b])), chunk, i, a, b) for i, (a, b) in enumerate(sentence_spans(chunk.text))
    ]
