"""Read a plan under review into quotable segments: paragraphs, list items, headings, table cells.

The review quotes the plan back to its author, so a quote must be continuous text she wrote: one
paragraph with its lines joined, one list item, or one table cell -- never two cells of a row run
together, never a running header. :func:`read_plan` therefore keeps the structure the shared
loaders flatten: DOCX tables cell by cell in document order, PDF pages in pypdf's layout mode (its
column gaps show where table cells are), and text/Markdown by blank lines, ``#`` headings and
``|`` tables. Nothing is written anywhere: the plan lives only in the returned object.

    >>> plan = read_plan(Path("evals/review/fjordvik-kompetanseplan-2026-2029.md"))  # doctest: +SKIP
    >>> plan.segments[0].kind, plan.segments[0].text  # doctest: +SKIP
    ('heading', 'Strategisk kompetanseplan for Fjordvik kommune 2026–2029')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from assistant.loaders import LoadError, doc_info_for, load_file


class NoTextError(LoadError):
    """The plan has no text layer (a scan): nothing to review."""


@dataclass(frozen=True)
class Segment:
    """One quotable unit of the plan."""

    text: str
    page: int | None
    kind: str  # heading | para | item | cell
    heading: str = ""  # the nearest heading above (context, not a decision on its own)
    table: int | None = None
    row: int = 0
    col: int = 0


@dataclass(frozen=True)
class Table:
    """A table of the plan: its header cells and body rows (cell texts)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    page: int | None
    row_pages: tuple[int | None, ...] = ()  # page of the header and of each row, where known

    def page_of(self, row: int) -> int | None:
        return self.row_pages[row] if row < len(self.row_pages) else self.page


@dataclass(frozen=True)
class PlanText:
    name: str
    segments: tuple[Segment, ...]
    tables: tuple[Table, ...]
    sha256: str
    doc_id: str

    @property
    def text(self) -> str:
        return "\n\n".join(s.text for s in self.segments)


_BULLET_RE = re.compile(r"^\s*(?:[•\-–*♦▪●◦\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf06e]|\d{1,2}[.)])\s+")
_GAP_RE = re.compile(r"\S(?: ?\S)*")  # a fragment: words separated by at most one space
_END_RE = re.compile(r"[.:;!?,»”)]$")
_KEEP_HYPHEN = {"og", "eller", "til", "som", "samt", "enn"}


def read_plan(path: Path, limit_mb: float | None = None) -> PlanText:
    """Read a PDF, DOCX, TXT or MD plan. Raises :class:`NoTextError` for a scan, ``LoadError`` otherwise."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        # A readable PDF is read once, in layout mode; anything odd goes through the shared loader,
        # whose one-line reasons (encrypted, a zip named .pdf, no text layer, too large) we keep.
        raw = _pdf_quick(path, limit_mb)
        if raw is not None:
            segments, tables = lines_to_segments(raw)
            if any(s.text for s in segments):
                import hashlib

                return _finish(path, hashlib.sha256(path.read_bytes()).hexdigest(), doc_info_for(path, {}).doc_id, segments, tables)
    try:
        doc = load_file(path, manifest={}, limit_mb=limit_mb)
    except LoadError as exc:
        if "no text" in str(exc):
            raise NoTextError(f"{path.name}: fant ingen tekst i planen (skannet dokument?)") from exc
        raise
    if suffix == ".pdf":
        raw = _pdf_lines(path)
    elif suffix == ".docx":
        segments, tables = _docx_segments(path)
        return _finish(path, doc.sha256, doc.info.doc_id, segments, tables)
    else:
        raw = _delimited_rows([(line.text, line.page) for line in doc.lines])
    segments, tables = lines_to_segments(raw, markdown=suffix == ".md")
    if not any(s.text for s in segments):
        raise NoTextError(f"{path.name}: fant ingen tekst i planen")
    return _finish(path, doc.sha256, doc.info.doc_id, segments, tables)


def _finish(path: Path, sha: str, doc_id: str, segments: list[Segment], tables: list[Table]) -> PlanText:
    out: list[Segment] = []
    heading = ""
    for s in segments:
        if s.kind == "heading":
            heading = s.text
        out.append(Segment(s.text, s.page, s.kind, heading if s.kind != "heading" else "", s.table, s.row, s.col))
    return PlanText(path.name, tuple(out), tuple(tables), sha, doc_id)


# ---------------------------------------------------------------------------------------------
# PDF


def _pdf_lines(path: Path) -> list[tuple[str, int | None]]:
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(str(path))
    pages = [(p.extract_text(extraction_mode="layout") or "").splitlines() for p in reader.pages]
    # Running headers and footers: the same line (digits aside) near the top or bottom of many pages.
    edge: Counter[str] = Counter()
    for lines in pages:
        body = [t for t in lines if t.strip()]
        for t in {*body[:3], *body[-3:]}:
            edge[_shape(t)] += 1
    repeated = {k for k, n in edge.items() if len(pages) >= 3 and n >= max(3, 0.4 * len(pages))}
    out: list[tuple[str, int | None]] = []
    for page_no, lines in enumerate(pages, start=1):
        body = [t for t in lines if t.strip()]
        edges = {*body[:3], *body[-3:]}
        for t in lines:
            if t in edges and (_shape(t) in repeated or re.fullmatch(r"\s*(?:side\s*)?\d{1,3}(?:\s*(?:av|/)\s*\d{1,3})?\s*", t, re.I)):
                continue
            out.append((t.rstrip(), page_no))
        out.append(("", page_no))
    return out


def _pdf_quick(path: Path, limit_mb: float | None) -> list[tuple[str, int | None]] | None:
    """The layout-mode lines of a plain, readable PDF within the size limit; None for anything else."""
    try:
        size = path.stat().st_size
        if (limit_mb is not None and size > limit_mb * 1024 * 1024) or size == 0:
            return None
        with path.open("rb") as fh:
            if b"%PDF-" not in fh.read(1024):
                return None
        lines = _pdf_lines(path)
    except Exception:  # damaged, encrypted, unreadable: the shared loader names the reason
        return None
    return lines if any(t.strip() for t, _ in lines) else None


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


# ---------------------------------------------------------------------------------------------
# Lines (PDF layout text, TXT, MD) -> segments


_DELIM_RE = re.compile(r"\t+| \| ")


def _delimited_rows(lines: list[tuple[str, int | None]]) -> list[tuple[str, int | None]]:
    """A table in a text file written as tab- or ' | '-separated rows (Word's "save as text", a
    hand-typed table) becomes a '|' table row, so it is read cell by cell like a Markdown table.
    Two such rows in a row with the same number of cells are needed; one line alone is prose."""
    def cells(text: str) -> list[str] | None:
        body = text.strip()
        if body.startswith("|") or not _DELIM_RE.search(body):
            return None
        parts = [c.strip() for c in _DELIM_RE.split(body)]
        return parts if len(parts) >= 2 and all(parts) else None

    split = [cells(t) for t, _ in lines]
    out = list(lines)
    for i, row in enumerate(split):
        if row is None:
            continue
        near = [split[j] for j in (i - 1, i + 1) if 0 <= j < len(split)]
        if any(n is not None and len(n) == len(row) for n in near):
            out[i] = ("| " + " | ".join(row) + " |", lines[i][1])
    return out


# A bullet glyph and the gap after it ("\uf0b7   kunnskap – det vi vet", LibreOffice's PDF of a Word
# list): the gap is the list's indent, not a column gap.
_GLYPH_RE = re.compile(r"^\s*[•\-–*♦▪●◦\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf06e]\s+")


def _columnar(text: str, markdown: bool) -> bool:
    body = text.strip()
    if markdown or body.startswith("|"):
        return body.startswith("|") and body.count("|") >= 2
    return bool(re.search(r"\S {3,}\S", _GLYPH_RE.sub("", body)))


def lines_to_segments(lines: list[tuple[str, int | None]], markdown: bool = False) -> tuple[list[Segment], list[Table]]:
    """Group lines into headings, paragraphs, list items and table cells."""
    segments: list[Segment] = []
    tables: list[Table] = []
    i = 0
    para: list[tuple[str, int | None]] = []
    width = _wrap_width(lines)

    def flush() -> None:
        if para:
            segments.extend(_block(para, width))
            para.clear()

    while i < len(lines):
        text, page = lines[i]
        if _columnar(text, markdown) and (markdown or _columnar_run(lines, i)):
            flush()
            j = i
            rows: list[tuple[str, int | None]] = []
            while j < len(lines):
                line = lines[j][0]
                if not markdown and not line.strip() and rows and (_table_goes_on(lines, j, rows[-1][1]) or _same_columns_next(lines, j, rows[0][0])):
                    j += 1  # the blank line at a page break inside a table, or between rows spaced apart
                    continue
                if not (
                    _columnar(line, markdown)
                    or (not markdown and rows and line.strip() and (_indent(line) >= 6 or (len(line.strip()) < 40 and line.strip()[0].islower())))
                    or (not markdown and rows and _cell_tail(lines, j))
                ):
                    break
                rows.append(lines[j])
                j += 1
            table = _md_table(rows) if markdown or rows[0][0].strip().startswith("|") else _layout_table(rows)
            if table is not None:
                n = len(tables)
                tables.append(table)
                cells = [table.header, *table.rows]
                for r, row in enumerate(cells):
                    for c, cell in enumerate(row):
                        if cell:
                            segments.append(Segment(cell, table.page_of(r), "cell", table=n, row=r, col=c))
            i = j
            continue
        if not text.strip():
            flush()
        elif markdown and text.lstrip().startswith("#"):
            flush()
            segments.append(Segment(text.strip().lstrip("#").strip(), page, "heading"))
        else:
            para.append((text, page))
        i += 1
    flush()
    return segments, tables


def _wrap_width(lines: list[tuple[str, int | None]]) -> int:
    """The width a wrapped paragraph fills (90th percentile of line lengths): a heading is shorter.
    Table lines (column gaps) are left out: a wide table would make a whole prose line look short."""
    lengths = sorted(len(t.strip()) for t, _ in lines if t.strip() and not _columnar(t, False))
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80


def _indent(text: str) -> int:
    return len(text) - len(text.lstrip())


def _columnar_run(lines: list[tuple[str, int | None]], i: int) -> bool:
    """A table needs two columnar lines close together; one wide gap alone is layout, not a table."""
    near = [t for t, _ in lines[i + 1 : i + 4] if t.strip()]
    return any(_columnar(t, False) for t in near)


def _cell_tail(lines: list[tuple[str, int | None]], j: int) -> bool:
    """A short line at the left margin between two table lines, with no blank line around it, is the
    end of a cell that wrapped ("000)" of "(kr 30 000)", "Flyt" of "Visma Flyt"), not the table's end."""
    text = lines[j][0]
    if not text.strip() or len(text.strip()) >= 40 or _columnar(text, False) or j + 1 >= len(lines):
        return False
    return bool(lines[j - 1][0].strip()) and _columnar(lines[j + 1][0], False) and lines[j + 1][1] == lines[j][1]


def _table_goes_on(lines: list[tuple[str, int | None]], j: int, page: int | None) -> bool:
    """Blank lines followed, on a later page than the table's last row, by a columnar line: the table goes on."""
    k = j
    while k < len(lines) and not lines[k][0].strip():
        k += 1
    return k < len(lines) and lines[k][1] != page and _columnar(lines[k][0], False)


def _starts(text: str) -> list[int]:
    return [m.start() for m in re.finditer(r"\S+(?: \S+)*", text)]


def _same_columns_next(lines: list[tuple[str, int | None]], j: int, header: str) -> bool:
    """Blank lines followed by a line whose columns start where the header's do: a table whose rows
    are spaced apart (a Word table with paragraph spacing) goes on."""
    k = j
    while k < len(lines) and not lines[k][0].strip():
        k += 1
    if k >= len(lines) or not _columnar(lines[k][0], False):
        return False
    head, nxt = _starts(header), _starts(lines[k][0])
    return len(nxt) >= 2 and len(head) >= 2 and all(any(abs(a - b) <= 2 for b in head) for a in nxt)


def _md_table(rows: list[tuple[str, int | None]]) -> Table | None:
    parsed = []
    for text, _ in rows:
        cells = [c.strip() for c in text.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", c) or not c for c in cells):
            continue
        parsed.append(tuple(_strip_md(c) for c in cells))
    if not parsed:
        return None
    return Table(parsed[0], tuple(parsed[1:]), rows[0][1])


def _strip_md(text: str) -> str:
    return re.sub(r"(\*\*|__|`)", "", text).strip()


def _join(parts: list[str]) -> str:
    """Join wrapped lines of one paragraph or cell: 'kompe-' + 'tanse' -> 'kompetanse'."""
    out = ""
    for part in (p.strip() for p in parts):
        if not part:
            continue
        if not out:
            out = part
            continue
        word = part.split()[0].rstrip(".,;:")
        if re.search(r"[a-zæøå]-$", out) and part[0].islower() and word not in _KEEP_HYPHEN:
            out = out[:-1] + part
        elif re.search(r"\d[–-]$", out) and part[0].isdigit():
            out += part  # a period broken after its dash ('2025–' / '2026')
        elif _broken_word(out, part):
            out += part  # a narrow cell broke a word without a hyphen ('Barnehagelærer' / 'e')
        else:
            out += " " + part
    return out


# Short words that can start a wrapped line on their own; any other 1-2 letter start is a word's tail.
_SHORT_WORDS = frozenset(["i", "å", "o", "og", "på", "av", "en", "et", "ei", "om", "er", "se", "ut", "nå", "de", "da", "du", "vi", "ja", "så", "at", "år", "ny", "to", "la", "få", "gå", "ta", "fra", "for", "med", "til", "men", "som", "ved"])


def _broken_word(before: str, part: str) -> bool:
    first = part.split()[0]
    return before[-1].isalpha() and first.isalpha() and first.islower() and len(first) <= 2 and first not in _SHORT_WORDS


def _layout_table(rows: list[tuple[str, int | None]]) -> Table | None:
    header_line = rows[0][0]
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", header_line)]
    if len(starts) < 2:
        return None

    def col_of(pos: int) -> int:
        return min(range(len(starts)), key=lambda k: abs(starts[k] - pos))

    grid: list[list[list[str]]] = []
    pages: list[int | None] = []
    widest = [0] * len(starts)
    for text, page in rows:
        frags = [(col_of(m.start()), m.group()) for m in re.finditer(r"\S+(?: \S+)*", text)]
        first = next((f for c, f in frags if c == 0), None)
        new_row = not grid or (first is not None and (first[0].isupper() or first[0].isdigit()))
        # A row's first line fills most of its cells; a line with text in few of the columns of a wide
        # table is the rest of cells that wrapped, even when it starts with a capital ("Myrvoll
        # sykehjem" ... "2026" under "Heltidsturnus med langvakter, pilot på" ... "2025, evt. utvidelse").
        if new_row and grid and len(starts) >= 3 and len({c for c, _ in frags}) < (len(starts) + 1) // 2:
            new_row = False
        if new_row:
            grid.append([[] for _ in starts])
            pages.append(page)
        for c, frag in frags:
            grid[-1][c].append(frag)
            widest[c] = max(widest[c], len(frag))
    cells = [tuple(_join_cell(parts, widest[c]) for c, parts in enumerate(row)) for row in grid]
    return Table(cells[0], tuple(cells[1:]), rows[0][1], tuple(pages))


def _join_cell(parts: list[str], widest: int) -> str:
    """Join a cell's lines; a single word as wide as the column's widest line was broken by the
    column's width, so a short tail that follows is the word's end ('Satsingsområ' + 'de',
    'Kompetansemidl' + 'er, delt med')."""
    out: list[str] = []
    for part in parts:
        first = part.split()[0] if part.split() else ""
        if out and " " not in out[-1] and len(out[-1]) >= widest - 1 >= 8 and out[-1][-1].isalpha() and re.fullmatch(r"[a-zæøå]{1,3}\W?", first):
            out[-1] = out[-1] + part
        else:
            out.append(part)
    return _join(out)


def _is_heading_line(text: str, nxt: str | None, width: int = 200) -> bool:
    body = text.strip()
    # A numbered question is a heading too ("3 Hva mener vi med kompetanse?"), not a sentence.
    question = body.endswith("?") and bool(re.match(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+[A-ZÆØÅ]", body))
    if not body or len(body) > min(80, 0.85 * width) or (_END_RE.search(body.rstrip(")")) and not question) or body.endswith(("-", "–")):
        return False
    if _BULLET_RE.match(text) and not re.match(r"^\s*\d{1,2}(?:\.\d{1,2})*\s+[A-ZÆØÅ]", text):
        return False
    if not (body[0].isupper() or body[0].isdigit()):
        return False
    return nxt is None or bool(_BULLET_RE.match(nxt)) or bool(re.match(r"^\s*(?:[A-ZÆØÅ«\"•\-–]|\d+(?:\.\d+)*\.?\s+[A-ZÆØÅ])", nxt))


_NUMBERED_TITLE = re.compile(r"^\s*\d{1,2}\.\s+[A-ZÆØÅ]")


def _numbered_heading(text: str, nxt: str | None, width: int) -> bool:
    """'1. Innledning' above its text is a chapter heading, not a list item: short, capitalised, no
    closing punctuation, and followed by text that is not the next item of a list ('2. ...', a bullet)."""
    body = text.strip()
    ends = bool(_END_RE.search(body)) and not body.endswith("?")  # "4. Hva mener vi med kompetanse?" is a heading too
    if not _NUMBERED_TITLE.match(text) or len(body) > min(80, 0.85 * width) or ends or body.endswith(("-", "–")):
        return False
    if nxt is None:
        return True
    return not _BULLET_RE.match(nxt) and bool(re.match(r"^\s*(?:[A-ZÆØÅ«\"]|\d+\.\d+\.?\s+[A-ZÆØÅ])", nxt))


def _block(lines: list[tuple[str, int | None]], width: int = 200) -> list[Segment]:
    """One blank-line-delimited block: headings, list items and paragraphs inside it."""
    texts = [t for t, _ in lines]
    # A short question standing alone between blank lines ("Hvem har laget planen?") heads the text
    # under it, as a numbered one does.
    if len(texts) == 1 and texts[0].strip().endswith("?") and len(texts[0].split()) <= 10 and texts[0].strip()[0].isupper() and not _BULLET_RE.match(texts[0]):
        return [Segment(texts[0].strip(), lines[0][1], "heading")]
    if len(texts) <= 3 and not any(_END_RE.search(t.strip()) for t in texts) and sum(len(t.strip()) for t in texts) < 150 and (not _BULLET_RE.match(texts[0]) or (len(texts) == 1 and _numbered_heading(texts[0], None, width))):
        return [Segment(_join(texts), lines[0][1], "heading")]
    out: list[Segment] = []
    cur: list[str] = []
    cur_page: int | None = lines[0][1]
    cur_kind = "para"

    def flush() -> None:
        if cur:
            out.append(Segment(_join(cur), cur_page, cur_kind))
            cur.clear()

    for k, (text, page) in enumerate(lines):
        nxt = texts[k + 1] if k + 1 < len(texts) else None
        prev_done = not cur or bool(_END_RE.search(cur[-1].strip())) or cur_kind == "item"
        if (not cur or cur_kind != "item") and prev_done and _numbered_heading(text, nxt, width):
            flush()
            out.append(Segment(text.strip(), page, "heading"))
            cur_kind = "para"
            continue
        if _BULLET_RE.match(text) and not re.match(r"^\s*\d{1,2}\.\s+\d", text):
            flush()
            cur_kind, cur_page = "item", page
            cur.append(_BULLET_RE.sub("", text, count=1))
            continue
        if prev_done and nxt is not None and _is_heading_line(text, nxt, width) and (not cur or cur_kind != "item" or not text.strip()[0].islower()):
            flush()
            out.append(Segment(text.strip(), page, "heading"))
            cur_kind = "para"
            continue
        if cur_kind == "item" and cur and _END_RE.search(cur[-1].strip()) and text.strip()[0].isupper():
            flush()
            cur_kind = "para"
        if not cur:
            cur_page = page
        cur.append(text)
    flush()
    return out


# ---------------------------------------------------------------------------------------------
# DOCX


def _docx_segments(path: Path) -> tuple[list[Segment], list[Table]]:
    from docx import Document
    from docx.table import Table as DocxTable
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    segments: list[Segment] = []
    tables: list[Table] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            p = Paragraph(child, document)
            text = " ".join(p.text.split())
            if not text:
                continue
            style = (p.style.name if p.style is not None else "") or ""
            bold = bool(p.runs) and all(r.bold for r in p.runs if r.text.strip())
            if style.startswith(("Heading", "Title", "Overskrift", "Tittel")) or (bold and len(text) < 80 and not _END_RE.search(text)):
                kind = "heading"
            elif "List" in style or "Liste" in style or p._p.pPr is not None and p._p.pPr.numPr is not None:
                kind = "item"
            else:
                kind = "para"
            segments.append(Segment(text, None, kind))
        elif tag == "tbl":
            t = DocxTable(child, document)
            grid: list[tuple[str, ...]] = []
            for row in t.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    cells.append(" ".join(cell.text.split()))
                grid.append(tuple(cells))
            if not grid:
                continue
            n = len(tables)
            tables.append(Table(grid[0], tuple(grid[1:]), None))
            for r, row_cells in enumerate(grid):
                for c, cell_text in enumerate(row_cells):
                    if cell_text:
                        segments.append(Segment(cell_text, None, "cell", table=n, row=r, col=c))
    return segments, tables
