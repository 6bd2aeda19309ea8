"""The report's tables as data: which printed cell answers a question, and the check that every cell is in the source.

The report's tables reach the index flattened: "4,0 14,7 70,7 10,7 0,0 100,0" has lost its column
headings, so no sentence says what 70,7 measures. ``corpus/tables.toml`` is a curated copy of those
tables (caption, column and row labels, the cells as printed, and for each row the exact line it was
read from). :func:`check_tables` proves at ingest that every curated cell is in an indexed passage in
its row's printed order; :func:`table_cells` finds the cell a question asks for, with the passage
and the exact line to cite.

    >>> from assistant.types import Chunk
    >>> cells = table_cells("Hvor stor andel mener det er ganske negativt å ha mange ufaglærte i pleie og omsorg?", chunks)  # doctest: +SKIP
    >>> cells[0].text()  # doctest: +SKIP
    'Tabell 7 (Har kommunen mange ufaglærte …): Pleie og omsorg – Ganske negativt: 70,7 prosent'
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from assistant import rules
from assistant.text import STOPWORDS, normalize
from assistant.types import Chunk

TABLES_FILE = "tables.toml"

rules.register(
    "table-figure-question",
    kind="pattern",
    module="assistant.tables",
    what="only a question that asks for a figure (andel, hvor mange, prosent, antall, høyest …) is answered from a table cell",
)
rules.register(
    "table-label-match",
    kind="threshold",
    module="assistant.tables",
    what="a row or column label counts as named by the question when its words match the question's words this well (rapidfuzz ratio)",
)
rules.register(
    "table-label-compound",
    kind="bonus",
    module="assistant.tables",
    what="a label word that begins a longer question word matches it ('omsorg' in 'omsorgssektoren'), since Norwegian writes compounds as one word",
)
rules.register(
    "table-topic-needed",
    kind="threshold",
    module="assistant.tables",
    what="a cell is only given when the question also shares a word with its table's caption or topic, so a row/column pair of another table is not taken",
)

# A question asks for a figure when it asks how many / how large a share / which is highest.
_FIGURE_RE = re.compile(
    r"\b(andel\w*|hvor (?:stor|mange|høy|lav|mye|stort|store)|prosent\w*|antall\w*|tall\w*|"
    r"h(?:ø|o)yest\w*|lavest\w*|størst\w*|minst\w*|flest|færrest)\b|%"
)
_HIGH_RE = re.compile(r"\b(h(?:ø|o)yest\w*|størst\w*|flest)\b")
_LOW_RE = re.compile(r"\b(lavest\w*|minst\w*|færrest)\b")
_WORD_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?", re.UNICODE)
LABEL_MATCH = 82.0  # rapidfuzz ratio a label word needs against a question word
_TOPIC_MATCH = 85.0


class TablesError(Exception):
    """A curated table cell is not in the source text (or ``tables.toml`` is unusable); one line naming table and cell."""


@dataclass(frozen=True)
class TableCell:
    """One printed cell of a report table, with the passage and the exact line it is read from."""

    table: str  # "Tabell 7" / "Vedleggstabell 3" as the report names it
    title: str  # the table's caption, verbatim
    row: str  # row label, e.g. "Pleie og omsorg"
    column: str  # column label, e.g. "Ganske negativt"
    value: str  # as printed, e.g. "70,7"
    unit: str  # "prosent", "antall", "" ...
    doc_id: str
    chunk_id: str  # the indexed passage that holds the printed row
    quote: str  # an exact substring of that chunk's text (the printed row / line the value is in)

    def text(self) -> str:
        """The cell as an answer line: 'Tabell 7 (caption): Pleie og omsorg – Ganske negativt: 70,7 prosent'."""
        unit = f" {self.unit}" if self.unit and self.unit != "antall" else ""
        return f"{self.table} ({self.title}): {self.row} – {self.column}: {self.value}{unit}"


@dataclass(frozen=True)
class Row:
    label: str
    source: str  # the printed line the cells are read from, verbatim (after the loader's cleaning)
    cells: tuple[str, ...]  # one per column, as printed; "" where the table prints nothing
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Table:
    name: str
    caption: str
    doc_id: str
    unit: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    topic: str = ""  # extra words a reader uses for the table's subject (not shown)


def tables_path() -> Path:
    from assistant.resources import resource_dir

    return resource_dir("corpus") / TABLES_FILE


@functools.lru_cache(maxsize=4)
def load_tables(path: Path | None = None) -> tuple[Table, ...]:
    """The curated tables of ``corpus/tables.toml`` (cached per path); TablesError if the file is unusable."""
    path = path or tables_path()
    if not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TablesError(f"{path}: not readable TOML ({str(exc).splitlines()[0]})") from exc
    out: list[Table] = []
    for t in data.get("tables", []):
        name = str(t.get("name", "?"))
        columns = tuple(str(c) for c in t.get("columns", []))
        rows: list[Row] = []
        for r in t.get("rows", []):
            cells = tuple(str(c) for c in r.get("cells", []))
            if len(cells) != len(columns):
                raise TablesError(f"{path}: {name}, row {r.get('label')!r}: {len(cells)} cells for {len(columns)} columns")
            rows.append(Row(str(r["label"]), str(r["source"]), cells, tuple(str(a) for a in r.get("aliases", []))))
        out.append(Table(name, str(t["caption"]), str(t["doc_id"]), str(t.get("unit", "")), columns, tuple(rows), str(t.get("topic", ""))))
    return tuple(out)


# ---- the ingest check --------------------------------------------------------------------------


def _value_spans(source: str, cells: Sequence[str]) -> list[int] | None:
    """Where each non-empty cell starts in ``source``, searched left to right as whole numbers/words; None if one is missing."""
    pos = 0
    starts: list[int] = []
    for value in cells:
        if not value:
            starts.append(-1)
            continue
        pattern = re.compile(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[,.]\d)")
        m = pattern.search(source, pos)
        if m is None:
            return None
        starts.append(m.start())
        pos = m.end()
    return starts


def _missing_cell(table: Table, row: Row) -> str:
    """The first cell that is not found in its printed order (for the error message)."""
    pos = 0
    for column, value in zip(table.columns, row.cells, strict=True):
        if not value:
            continue
        m = re.compile(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[,.]\d)").search(row.source, pos)
        if m is None:
            return f"{row.label} – {column} ({value!r})"
        pos = m.end()
    return f"{row.label}"


def _doc_chunks(chunks: Mapping[str, Chunk], doc_id: str) -> list[Chunk]:
    return [c for c in chunks.values() if c.doc_id == doc_id]


def _row_chunk(table: Table, row: Row, candidates: Sequence[Chunk]) -> Chunk | None:
    """The passage that holds the row's printed line; among several, the one that also names the table or the row."""
    having = [c for c in candidates if row.source in c.text]
    if not having:
        return None

    def near(c: Chunk) -> tuple[bool, bool]:
        return (table.name in c.text or table.caption[:40] in c.text, row.label in c.text)

    return max(having, key=near)


def check_tables(chunks: Mapping[str, Chunk]) -> None:
    """Raise TablesError naming the table and cell when a curated cell is not in the source text.

    A table whose document is not indexed is skipped (a scratch index of other files). For every
    other row, its printed line must be an exact substring of one indexed passage of that document,
    and its cells must appear in that line in column order.
    """
    by_doc: dict[str, list[Chunk]] = {}
    for table in load_tables():
        candidates = by_doc.setdefault(table.doc_id, _doc_chunks(chunks, table.doc_id))
        if not candidates:
            continue
        for row in table.rows:
            if _row_chunk(table, row, candidates) is None:
                raise TablesError(f"{table.name}, row {row.label!r}: its printed line {row.source!r} is in no indexed passage of {table.doc_id}")
            if _value_spans(row.source, row.cells) is None:
                raise TablesError(f"{table.name}, cell {_missing_cell(table, row)}: not in the printed row {row.source!r} in column order")


# ---- answering ---------------------------------------------------------------------------------


def _content_words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(normalize(text)) if w not in STOPWORDS and not w[0].isdigit()]


def _word_score(label_word: str, qwords: Sequence[str]) -> float:
    best = 0.0
    for q in qwords:
        s = fuzz.ratio(label_word, q)
        if rules.enabled("table-label-compound") and len(label_word) >= 4 and q.startswith(label_word):
            s = max(s, 95.0)
        if s > best:
            best = s
    return best


def _label_score(label: str, qwords: Sequence[str]) -> float:
    """How well the question names a label: the weakest of its content words' best matches (0 for none)."""
    words = _content_words(label)
    if not words:
        return 0.0
    return min(_word_score(w, qwords) for w in words)


def _best_label(labels: Sequence[tuple[str, ...]], qwords: Sequence[str]) -> tuple[int, float]:
    """Index and score of the label (with its aliases) the question names best."""
    best_i, best_s = -1, 0.0
    for i, names in enumerate(labels):
        s = max(_label_score(n, qwords) for n in names)
        # Longer labels that match are more specific ("Ganske negativt" over "Negativt").
        s += 0.01 * len(_content_words(names[0]))
        if s > best_s:
            best_i, best_s = i, s
    return best_i, best_s


def _topic_score(table: Table, qwords: Sequence[str]) -> float:
    words = set(_content_words(f"{table.caption} {table.topic}"))
    if not words:
        return 0.0
    return float(sum(1 for q in qwords if any(fuzz.ratio(q, w) >= _TOPIC_MATCH or (len(w) >= 5 and q.startswith(w)) for w in words)))


@dataclass
class _Located:
    chunks: Mapping[str, Chunk]
    where: dict[tuple[str, str], Chunk]


_LOCATED: list[_Located] = []


def _located(chunks: Mapping[str, Chunk]) -> dict[tuple[str, str], Chunk]:
    """(table, row label) -> the passage holding the row's line, computed once per chunks mapping."""
    for loc in _LOCATED:
        if loc.chunks is chunks and len(loc.where) >= 0:
            return loc.where
    where: dict[tuple[str, str], Chunk] = {}
    by_doc: dict[str, list[Chunk]] = {}
    for table in load_tables():
        candidates = by_doc.setdefault(table.doc_id, _doc_chunks(chunks, table.doc_id))
        for row in table.rows:
            chunk = _row_chunk(table, row, candidates)
            if chunk is not None:
                where[(table.name, row.label)] = chunk
    _LOCATED.insert(0, _Located(chunks, where))
    del _LOCATED[2:]
    return where


def _cell(table: Table, row: Row, col: int, chunk: Chunk) -> TableCell:
    return TableCell(
        table=table.name,
        title=table.caption,
        row=row.label,
        column=table.columns[col],
        value=row.cells[col],
        unit=table.unit,
        doc_id=table.doc_id,
        chunk_id=chunk.id,
        quote=row.source,
    )


def _number(value: str) -> float | None:
    try:
        return float(value.replace(" ", "").replace(",", "."))
    except ValueError:
        return None


def table_cells(question: str, chunks: Mapping[str, Chunk]) -> list[TableCell]:
    """The cells that answer the question (row and column both matched by the question), best first;
    [] when the question is not about a table figure. Pure and fast (< 20 ms).

    A question that names a column and asks which row is highest or lowest ("Hvilket fylke har
    høyest andel …") gets that column's extreme row.
    """
    qnorm = normalize(question)
    if rules.enabled("table-figure-question") and not _FIGURE_RE.search(qnorm):
        return []
    qwords = _content_words(question)
    if not qwords:
        return []
    where = _located(chunks)
    threshold = LABEL_MATCH if rules.enabled("table-label-match") else 60.0
    found: list[tuple[float, TableCell]] = []
    for table in load_tables():
        topic = _topic_score(table, qwords)
        if rules.enabled("table-topic-needed") and topic < 1:
            continue
        col, col_s = _best_label([(c,) for c in table.columns], qwords)
        if col < 0 or col_s < threshold:
            continue
        row_i, row_s = _best_label([(r.label, *r.aliases) for r in table.rows], qwords)
        if row_i >= 0 and row_s >= threshold:
            row = table.rows[row_i]
            chunk = where.get((table.name, row.label))
            if chunk is not None and row.cells[col]:
                found.append((row_s + col_s + 10 * topic, _cell(table, row, col, chunk)))
            continue
        high, low = bool(_HIGH_RE.search(qnorm)), bool(_LOW_RE.search(qnorm))
        if high != low:
            numbered = [(v, r) for r in table.rows if (v := _number(r.cells[col])) is not None and (table.name, r.label) in where]
            if numbered:
                _v, row = (max if high else min)(numbered, key=lambda vr: vr[0])
                found.append((col_s + 10 * topic, _cell(table, row, col, where[(table.name, row.label)])))
    found.sort(key=lambda sc: -sc[0])
    return [cell for _s, cell in found]


__all__ = ["TableCell", "TablesError", "check_tables", "load_tables", "table_cells"]
