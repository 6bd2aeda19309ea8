"""Section-aware chunking: cleaned lines -> :class:`Chunk` objects with section path, pages and lines.

Headings are found three ways: numbered headings that continue the document's numbering
("5.2.2 Kompetansekartlegging", "8.1. Lederutvikling", "10.3Gjennomføring"), stand-alone upper-case
lines (chapter and case headings such as "SØRUM", "VEDLEGG - BESKRIVELSE AV CASEKOMMUNENE") and
short stand-alone title lines between blank lines ("Om Alta kommune", "Samarbeid"). Markdown
``#`` headings count too. Paragraphs are packed into chunks of about ``target_words`` words
that stay inside their section, with a short overlap so that a list or a sentence cut at a
chunk edge is still whole in one of the two chunks.

    >>> from assistant.types import DocInfo, Line, LoadedDoc
    >>> doc = LoadedDoc(DocInfo("d", "T", "plan"), "d.txt",
    ...     (Line(1, "1. INNLEDNING"), Line(2, ""), Line(3, "Tekst her.")), "x")
    >>> [c.section for c in chunk_document(doc)]
    [('1. INNLEDNING',)]
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.sentences import split_sentences
from assistant.structure import CAPS_LINE_RE as _CAPS_RE
from assistant.structure import MARKDOWN_HEADING_RE as _MD_RE
from assistant.structure import NUMBERED_LINE_RE as _NUMBERED_RE
from assistant.structure import strip_footnote_mark
from assistant.types import Chunk, Line, LoadedDoc


@dataclass
class _Para:
    lines: list[Line]
    section: tuple[str, ...]
    heading: bool = False

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)


def _is_blank(lines: Sequence[Line], i: int) -> bool:
    return i < 0 or i >= len(lines) or not lines[i].text.strip()


class _Sections:
    """Tracks the current section path while walking down a document."""

    def __init__(self) -> None:
        self.numbers: tuple[int, ...] = ()
        self.numbered: list[str] = []  # titles of the numbered headings on the path
        self.top: list[str] = []  # caps headings above or instead of the numbering
        self.sub: str | None = None  # last unnumbered title line
        self.md: list[str] = []

    def path(self) -> tuple[str, ...]:
        parts = [*self.top, *self.md, *self.numbered]
        if self.sub:
            parts.append(self.sub)
        return tuple(parts)

    def accepts_number(self, n: tuple[int, ...]) -> bool:
        cur = self.numbers
        k = len(n) - 1
        if k > len(cur) or n[:k] != cur[:k]:
            return False
        prev = cur[k] if k < len(cur) else 0
        step = n[k] - prev
        if k == 0:
            return step == 1 or (not cur and n[0] in (0, 1))
        return step in (1, 2)

    def set_number(self, n: tuple[int, ...], title: str) -> None:
        if len(n) == 1:
            self.top = []  # a chapter ends whatever title or foreword came before it
        self.numbers = n
        self.numbered = [*self.numbered[: len(n) - 1], title]
        self.sub = None

    def set_caps(self, title: str, continues: bool = False) -> None:
        """An upper-case line: a title, an appendix, or a case heading inside an appendix.

        Inside numbered text an upper-case line is usually a table header, so there it is only
        a sub-title and does not reset the numbering.
        """
        in_appendix = bool(self.top) and self.top[0].upper().startswith("VEDLEGG")
        if continues and (self.top or self.sub or self.numbered):
            if self.sub:
                self.sub = f"{self.sub} {title}"
            elif self.numbered:
                self.numbered[-1] = f"{self.numbered[-1]} {title}"
            else:
                self.top[-1] = f"{self.top[-1]} {title}"
            return
        if title.upper().startswith("VEDLEGG"):
            self.top = [title]
        elif in_appendix:
            self.top = [self.top[0], title]
        elif self.numbers:
            self.sub = title
            return
        else:
            self.top = [title]
        self.numbers, self.numbered, self.sub = (), [], None

    def set_md(self, level: int, title: str) -> None:
        self.md = [*self.md[: level - 1], title]
        self.numbers, self.numbered, self.sub = (), [], None


def _numbered(text: str) -> tuple[tuple[int, ...], str] | None:
    m = _NUMBERED_RE.match(text)
    if not m or len(text) > 100:
        return None
    title = m.group(3).rstrip()
    if title.endswith((",", ":", ";")) or len(title.split()) > 14:
        return None
    numbers = tuple(int(x) for x in m.group(1).split("."))
    if len(numbers) == 1 and title.endswith("."):
        return None  # "1. Kompetanseplanen." is a list item in running text
    if len(numbers) == 1 and not m.group(2) and not title.isupper():
        return None  # "7 I Halden er ..." is a footnote, not a heading
    return numbers, f"{m.group(1)}{m.group(2)} {title}".strip()


def _is_list_run(lines: Sequence[Line], i: int, n: int) -> bool:
    """True if "n." at line i is followed by "n+1." within a few lines: a numbered list."""
    seen = 0
    for j in range(i + 1, min(len(lines), i + 12)):
        t = lines[j].text.strip()
        if not t:
            continue
        seen += 1
        if re.match(rf"^{n + 1}\.\s", t):
            return True
        if seen >= 4:
            break
    return False


def _short_label(text: str) -> bool:
    t = text.strip()
    return 0 < len(t.split()) <= 6 and t[-1] not in ".,;:!?"


def _title_line(lines: Sequence[Line], i: int, after_heading: bool = False) -> str | None:
    t = lines[i].text.strip()
    if not (2 < len(t) <= 70) or not t[0].isupper() or t[-1] in ".,;:!?-–" or t.startswith("•"):
        return None
    if len(t.split()) > 9 or not (_is_blank(lines, i - 1) or after_heading) or not _is_blank(lines, i + 1):
        return None
    if ":" in t or any(re.fullmatch(r"[\d.,%]+", w) and not re.fullmatch(r"(19|20)\d\d", w) for w in t.split()):
        return None  # table rows and label lines, not titles
    return strip_footnote_mark(t)


def _paragraphs(doc: LoadedDoc) -> list[_Para]:
    lines = doc.lines
    sections = _Sections()
    paras: list[_Para] = []
    current: list[Line] = []

    def flush() -> None:
        if current:
            paras.append(_Para(list(current), sections.path()))
            current.clear()

    for i, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            flush()
            continue
        heading: str | None = None
        if md := _MD_RE.match(text):
            flush()
            sections.set_md(len(md.group(1)), md.group(2))
            heading = md.group(2)
        elif (num := _numbered(text)) and sections.accepts_number(num[0]) and not (
            len(num[0]) == 1 and _is_list_run(lines, i, num[0][0])
        ):
            flush()
            sections.set_number(*num)
            heading = num[1]
        elif _CAPS_RE.match(text) and len(text.replace(" ", "")) >= 4 and (
            _is_blank(lines, i - 1) or _is_blank(lines, i + 1) or (i + 1 < len(lines) and _short_label(lines[i + 1].text))
        ):
            flush()
            continues = bool(paras) and paras[-1].heading and paras[-1].lines[-1].no == lines[i - 1].no
            sections.set_caps(text, continues=continues)
            heading = text
        elif (
            title := _title_line(lines, i, after_heading=bool(paras) and paras[-1].heading and i > 0 and paras[-1].lines[-1].no == lines[i - 1].no)
        ) is not None:
            flush()
            sections.sub = title
            heading = title
        if heading is not None:
            paras.append(_Para([Line(line.no, text, line.page)], sections.path(), heading=True))
            continue
        current.append(line)
    flush()
    return paras


def _split_long(para: _Para, max_words: int) -> list[_Para]:
    """Split a paragraph longer than max_words at line ends that finish a sentence (or anywhere)."""
    if para.words <= max_words:
        return [para]
    out: list[_Para] = []
    buf: list[Line] = []
    words = 0
    for line in para.lines:
        buf.append(line)
        words += len(line.text.split())
        ends_sentence = line.text.rstrip().endswith((".", "!", "?", ":"))
        if words >= max_words * 0.6 and (ends_sentence or words >= max_words):
            out.append(_Para(buf, para.section))
            buf, words = [], 0
    if buf:
        out.append(_Para(buf, para.section))
    return out


def _chunk_text(paras: Sequence[_Para]) -> str:
    return "\n\n".join("\n".join(line.text.strip() for line in p.lines) for p in paras).strip()


def chunk_document(doc: LoadedDoc, target_words: int = 170, max_words: int = 260, overlap_words: int = 50) -> list[Chunk]:
    """Cut a loaded document into chunks that follow its sections."""
    paras: list[_Para] = []
    for p in _paragraphs(doc):
        paras.extend(_split_long(p, max_words) if not p.heading else [p])

    groups: list[list[_Para]] = []
    cur: list[_Para] = []

    def words(ps: Sequence[_Para]) -> int:
        return sum(p.words for p in ps)

    for p in paras:
        if cur:
            new_section = p.heading and words(cur) >= 60
            too_big = words(cur) + p.words > max_words or (words(cur) >= target_words and not cur[-1].heading)
            # A paragraph ending with ":" introduces the list that follows: keep them together.
            if cur[-1].lines[-1].text.rstrip().endswith(":") and not new_section and words(cur) + p.words <= max_words * 1.3:
                too_big = False
            if new_section or too_big:
                groups.append(cur)
                tail = cur[-1]
                cur = []
                if not new_section and not p.heading and not tail.heading and tail.words <= overlap_words:
                    cur = [tail]
        cur.append(p)
    if cur:
        groups.append(cur)

    info = doc.info
    chunks: list[Chunk] = []
    for group in groups:
        body = [p for p in group if not p.heading] or group
        text = _chunk_text(group)
        if not text:
            continue
        all_lines = [line for p in group for line in p.lines]
        pages = [line.page for line in all_lines if line.page is not None]
        first, last = min(line.no for line in all_lines), max(line.no for line in all_lines)  # a footnote block moves after the sentence it broke
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        chunks.append(
            Chunk(
                id=f"{info.doc_id}:{first}-{last}:{digest}",
                text=text,
                doc_id=info.doc_id,
                title=info.title,
                section=body[0].section,
                pages=(min(pages), max(pages)) if pages else None,
                lines=(first, last),
                meta={
                    "doc_type": info.doc_type,
                    "municipality": info.municipality or "",
                    "year": info.year or 0,
                    "publisher": info.publisher or "",
                },
            )
        )
    return chunks


def index_text(chunk: Chunk) -> str:
    """The text that is embedded and BM25-indexed: a context header plus the chunk.

    The header carries the document, municipality and section path, so a passage about
    Fagstigen is found for "Sørum" even when the municipality is named only in its heading.
    """
    where = chunk.meta.get("municipality") or ""
    head = chunk.title + (f" ({where})" if where and where not in chunk.title else "")
    if chunk.section:
        head += " | " + " > ".join(chunk.section)
    return f"{head}\n{chunk.text}"


def window_header(chunk: Chunk) -> str:
    """A short context line for a sentence window: who and where, in few tokens.

    The full ``index_text`` header costs a quarter of all embedded tokens when repeated per window.
    """
    who = chunk.meta.get("municipality") or " ".join(chunk.title.split()[:4])
    where = " > ".join(chunk.section[-2:])
    return f"{who}: {where}" if where else str(who)


def windows(chunk: Chunk, words: int = 80) -> list[str]:
    """Overlapping sentence windows of a chunk (about ``words`` words), each with the context header.

    Dense retrieval embeds these instead of the whole chunk: a question usually matches one or
    two sentences, and a short window's vector is not diluted by the rest of the chunk. The
    best window scores its chunk. Measured on evals/questions.jsonl (hybrid with BM25):
    whole-chunk vectors R@5 0.869, window vectors R@5 0.899.
    """
    head = window_header(chunk)
    sentences = [" ".join(s.split()) for s in split_sentences(chunk.text)] or [" ".join(chunk.text.split())]
    out: list[str] = []
    i = 0
    while i < len(sentences):
        part: list[str] = []
        n = 0
        j = i
        while j < len(sentences) and (n < words or not part):
            part.append(sentences[j])
            n += len(sentences[j].split())
            j += 1
        out.append(f"{head}\n{' '.join(part)}")
        if j >= len(sentences):
            break
        i = max(i + 1, j - 1)  # the next window starts with this one's last sentence
    return out
