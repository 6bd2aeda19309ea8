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

from rapidfuzz import fuzz, process

from assistant import rules
from assistant.municipality import named_municipalities
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
    "table-negation",
    kind="penalty",
    module="assistant.tables",
    what="a label with a negation (ikke, ingen, uten, nei) matches only a question with one, and the reverse: 'ikke kartlagt' is another row than 'kartlagt'",
)
rules.register(
    "table-extreme-row",
    kind="pattern",
    module="assistant.tables",
    what="'which is highest/lowest in column X' (høyest, størst, flest / lavest, minst, færrest) without a named row gives the column's extreme row, totals left out",
)
rules.register(
    "table-topic-needed",
    kind="threshold",
    module="assistant.tables",
    what="a cell is only given when the question also shares a word with its table's caption or topic, so a row/column pair of another table is not taken",
)

rules.register(
    "table-named",
    kind="pattern",
    module="assistant.tables",
    what="a question that names a table ('Tabell 3', 'vedleggstabell 1') is answered from that table, whatever its caption's words",
)
rules.register(
    "table-negation-once",
    kind="pattern",
    module="assistant.tables",
    what="the question's negation belongs to one label: when the column has it ('Foreløpig ingen K-plan'), the row need not",
)
rules.register(
    "table-municipality",
    kind="pattern",
    module="assistant.tables",
    what="the report's tables count the municipalities of a survey together: a question about one case municipality ('Drammens svarprosent') is not answered from them",
)
rules.register(
    "table-percent-asked",
    kind="pattern",
    module="assistant.tables",
    what="'hvor mange prosent' asks for a share, not a count: the words 'hvor mange' do not name a count column then",
)

# "Tabell 3", "vedleggstabell 1", "(Tabell 11)", "Tabell 10:": the question names the table it asks about.
TABLE_REF_RE = re.compile(r"\(?\b((?:vedleggs)?tabell)\s+(\d+)\b\)?:?", re.IGNORECASE)
# "I Tabell 2, …" / "Tabell 10: …" / "I vedleggstabell 1, …" at the start only says where to look.
_LEADING_REF_RE = re.compile(r"^\s*(?:i|ifølge|fra)?\s*(?:vedleggs)?tabell\s+\d+\s*[,:]\s*", re.IGNORECASE)
_PERCENT_COUNT_RE = re.compile(r"\bhvor mange (?=prosent)", re.IGNORECASE)

# A question asks for a figure when it asks how many / how large a share / which is highest.
_FIGURE_RE = re.compile(
    r"\b(andel\w*|hvor (?:stor|mange|høy|lav|mye|stort|store)|\w*prosent\w*|antall\w*|tall\w*|"
    r"h(?:ø|o)yest\w*|lavest\w*|størst\w*|minst\w*|flest|færrest)\b|%"
)
_HIGH_RE = re.compile(r"\b(h(?:ø|o)yest\w*|størst\w*|flest)\b")
_LOW_RE = re.compile(r"\b(lavest\w*|minst\w*|færrest)\b")
_WORD_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?", re.UNICODE)
LABEL_MATCH = 80.0  # rapidfuzz ratio a label word needs against a question word to count as named
SHORT_WORD_MATCH = 88.0  # the same for words of five or six letters, where one letter is a larger change
ROW_COLUMN_MATCH = 85.0  # how fully (length-weighted share of its words) a question must name a row and a column
MAX_CELLS = 5


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
    group: str = ""  # the printed heading of the rows' block ("Kartlagt realkompetansen"), if any
    unit: str = ""  # overrides the table's / column's unit (a row of counts in a table of shares)

    @property
    def name(self) -> str:
        """The row as a reader needs it: 'Kartlagt realkompetansen: Nei, ikke kartlagt'."""
        return f"{self.group}: {self.label}" if self.group else self.label


@dataclass(frozen=True)
class Table:
    name: str
    caption: str
    doc_id: str
    unit: str
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    topic: str = ""  # extra words a reader uses for the table's subject (not shown)
    column_aliases: tuple[tuple[str, ...], ...] = ()  # per column, other ways to name it
    column_units: tuple[str, ...] = ()  # per column ("" = the table's unit)


def tables_path() -> Path:
    from assistant.resources import resource_dir

    return resource_dir("corpus") / TABLES_FILE


def _strings(value: object, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TablesError(f"{where}: must be a list of text")
    return tuple(value)


def _table(t: dict, path: Path) -> Table:
    name = str(t.get("name", "?"))
    try:
        columns = _strings(t.get("columns", []), f"{path}: {name} columns")
        col_aliases = t.get("column_aliases", {})
        col_units = t.get("column_units", {})
        unknown = [c for c in [*col_aliases, *col_units] if c not in columns]
        if unknown:
            raise TablesError(f"{path}: {name}: column_aliases/column_units name unknown columns {unknown}")
        rows: list[Row] = []
        for r in t.get("rows", []):
            cells = _strings(r.get("cells", []), f"{path}: {name} row {r.get('label')!r} cells")
            if len(cells) != len(columns):
                raise TablesError(f"{path}: {name}, row {r.get('label')!r}: {len(cells)} cells for {len(columns)} columns")
            rows.append(
                Row(str(r["label"]), str(r["source"]), cells, _strings(r.get("aliases", []), f"{path}: {name} aliases"),
                    str(r.get("group", "")), str(r.get("unit", "")))
            )
        return Table(
            name, str(t["caption"]), str(t["doc_id"]), str(t.get("unit", "")), columns, tuple(rows), str(t.get("topic", "")),
            tuple(tuple(col_aliases.get(c, ())) for c in columns), tuple(str(col_units.get(c, "")) for c in columns),
        )
    except KeyError as exc:
        raise TablesError(f"{path}: {name}: missing field {exc}") from exc


def load_tables(path: Path | None = None) -> tuple[Table, ...]:
    """The curated tables of ``corpus/tables.toml`` (cached per path and modification time); TablesError if unusable."""
    path = path or tables_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return ()
    return _load_tables(path, stamp)


@functools.lru_cache(maxsize=4)
def _load_tables(path: Path, stamp: int) -> tuple[Table, ...]:
    if not path.exists():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TablesError(f"{path}: not readable TOML ({str(exc).splitlines()[0]})") from exc
    return tuple(_table(t, path) for t in data.get("tables", []))


# ---- the ingest check --------------------------------------------------------------------------


def _value_re(value: str) -> re.Pattern[str]:
    # A whole printed figure: "2,7" is not the start of "2,75" nor the end of "12,7".
    return re.compile(rf"(?<![\w,.]){re.escape(value)}(?![\w]|[,.]\d)")


def _missing_cell(table: Table, row: Row, line: str | None = None) -> str | None:
    """The first cell that is not in ``line`` (default: the row's printed line) in column order, as
    'row – column ('value')'; None if all are."""
    line = row.source if line is None else line
    pos = 0
    for column, value in zip(table.columns, row.cells, strict=True):
        if not value:
            continue
        m = _value_re(value).search(line, pos)
        if m is None:
            return f"{row.name} – {column} ({value!r})"
        pos = m.end()
    return None


def _row_chunk(table: Table, row: Row, candidates: Sequence[Chunk]) -> Chunk | None:
    """The passage that holds the row's printed line; among several, the one that also names the table or the row."""
    having = [c for c in candidates if row.source in c.text]
    if not having:
        return None

    def near(c: Chunk) -> tuple[bool, bool]:
        return (table.name in c.text or table.caption[:40] in c.text, row.label in c.text)

    return max(having, key=near)


def _by_doc(chunks: Mapping[str, Chunk]) -> dict[str, list[Chunk]]:
    out: dict[str, list[Chunk]] = {}
    for c in chunks.values():
        out.setdefault(c.doc_id, []).append(c)
    return out


def check_tables(chunks: Mapping[str, Chunk], tables: Sequence[Table] | None = None) -> None:
    """Raise TablesError naming the table and cell when a curated cell is not in the source text.

    A table whose document is not indexed is skipped (a scratch index of other files). For every
    other row, its printed line must be an exact substring of one indexed passage of that document,
    and its cells must appear in that line in column order. ``tables`` defaults to ``corpus/tables.toml``.

        >>> check_tables(index.chunks())  # doctest: +SKIP
    """
    by_doc = _by_doc(chunks)
    for table in load_tables() if tables is None else tables:
        candidates = by_doc.get(table.doc_id, [])
        if not candidates:
            continue
        for row in table.rows:
            missing = _missing_cell(table, row)
            if missing is not None:
                raise TablesError(f"{table.name}, cell {missing}: not in the printed row {row.source!r} in column order")
            if _row_chunk(table, row, candidates) is None:
                # Name the cell when the text now prints the row differently ("4,0 14,7 77,7 …").
                lines = [ln.strip() for c in candidates for ln in c.text.splitlines() if ln.strip()]
                near = process.extractOne(row.source, lines, scorer=fuzz.ratio, score_cutoff=80)
                cell = _missing_cell(table, row, near[0]) if near else None
                if near and cell:
                    raise TablesError(f"{table.name}, cell {cell}: the indexed text prints this row as {near[0]!r}")
                raise TablesError(f"{table.name}, row {row.name!r}: its printed line {row.source!r} is in no indexed passage of {table.doc_id}")


# ---- answering ---------------------------------------------------------------------------------

# Words a label may leave out without changing what it names. Negations and "eller" stay: "ikke
# kartlagt" and "plan eller delplan" are other rows and columns than "kartlagt" and "plan + delplan".
_LABEL_STOP = frozenset(["og", "i", "av", "på", "for", "med", "til", "en", "et", "ei", "den", "det", "de", "som", "er", "har", "å", "om", "the", "of"])
_NEGATIONS = frozenset({"ikke", "ingen", "uten", "nei"})
_TOTAL_ROWS = re.compile(r"^(sum|total|alle|n\b|prosent alle|antall)", re.IGNORECASE)


def _words(text: str) -> tuple[str, ...]:
    return tuple(_WORD_RE.findall(normalize(text)))


@functools.lru_cache(maxsize=16384)
def _label_words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _words(text) if w not in _LABEL_STOP)


def _content_words(text: str) -> list[str]:
    return [w for w in _words(text) if w not in STOPWORDS and not w[0].isdigit()]


def _similar(a: str, b: str) -> float:
    """How alike two words are (0-100), tolerant of inflection and compounds, strict for short words and numbers.

    "kommunen"/"kommuner" and "negativt"/"negative" match (rapidfuzz ratio); a label word that begins a
    longer question word matches it ("omsorg" in "omsorgssektoren"); words of four letters or less and
    numbers must be equal, so "hele" is not "helse" and "07" not "2007".
    """
    if a == b:
        return 100.0
    if a[0].isdigit() or b[0].isdigit():
        return 0.0
    short = min(len(a), len(b))
    if rules.enabled("table-label-compound") and len(a) >= 4 and b.startswith(a):
        return 95.0
    if short <= 4:
        return 0.0
    r = fuzz.ratio(a, b)
    need = LABEL_MATCH if short >= 7 or not rules.enabled("table-label-match") else SHORT_WORD_MATCH
    return r if r >= need else 0.0


class _Matcher:
    """One question's words, with each label word's best match against them computed once."""

    def __init__(self, question: str) -> None:
        self.qwords = tuple(dict.fromkeys(_words(question)))
        self.content = tuple(q for q in self.qwords if q not in STOPWORDS and q not in _LABEL_STOP)
        self.negated = bool(set(self.qwords) & _NEGATIONS)
        self._best: dict[str, float] = {}
        self._covers: dict[tuple[str, tuple[str, ...]], bool] = {}

    def word(self, w: str) -> float:
        """The best match of a label word among the question's words (0 when none is close enough)."""
        if w not in self._best:
            self._best[w] = self._match(w, self.qwords)
        return self._best[w]

    def _match(self, w: str, against: Sequence[str]) -> float:
        # The same decision as _similar(w, q) for the best q, with rapidfuzz's loop instead of ours.
        if w in against:
            return 100.0
        if w[0].isdigit():
            return 0.0
        if rules.enabled("table-label-compound") and len(w) >= 4 and any(q.startswith(w) for q in against):
            return 95.0
        if len(w) <= 4:
            return 0.0
        got = process.extractOne(w, against, scorer=fuzz.ratio, score_cutoff=LABEL_MATCH)
        return _similar(w, got[0]) if got else 0.0

    def label(self, text: str) -> tuple[float, tuple[str, ...]]:
        """How fully the question names a label (length-weighted share of its words matched, 0-100), and its words."""
        words = _label_words(text)
        if not words:
            return 0.0, ()
        weights = [8 if w in _NEGATIONS else max(len(w), 2) for w in words]
        score = sum(self.word(w) * k for w, k in zip(words, weights, strict=True)) / sum(weights)
        if rules.enabled("table-negation") and self.negated != bool(set(words) & _NEGATIONS):
            score -= 15.0  # "ikke kartlagt" is another row than "kartlagt"
        return score, words

    def best(self, names: Sequence[Sequence[str]]) -> tuple[int, float, tuple[str, ...]]:
        """Index, score and words of the label (each with its other names) the question names best.

        Of labels named about equally fully, the one that accounts for more of the question's words
        wins ("Prosentvis endring 2005-2009" over "2005" for "den prosentvise endringen fra 2005 til 2009").
        """
        best: tuple[int, float, tuple[str, ...]] = (-1, 0.0, ())
        best_key = 0.0
        for i, alts in enumerate(names):
            s, words = max(self.label(n) for n in alts)
            # A column named "økte" (an alias) and "prosent … 2005 … 2009" (its label) accounts for
            # all four words: each name of a label counts towards it.
            named = dict.fromkeys(w for n in alts for w in _label_words(n) if self.word(w) > 0)
            words = tuple(dict.fromkeys((*words, *named)))
            key = s + 2.0 * len(named)
            if key > best_key:
                best, best_key = (i, s, words), key
        return best

    def covered(self, words: Sequence[str]) -> int:
        """How many of the question's content words one of ``words`` accounts for (either way round)."""
        n = 0
        for q in self.content:
            key = (q, tuple(words))
            if key not in self._covers:
                self._covers[key] = self._match(q, words) > 0 or any(_similar(w, q) > 0 for w in words if q.startswith(w))
            n += self._covers[key]
        return n


@functools.lru_cache(maxsize=4)
def _topic_words(tables: tuple[Table, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(dict.fromkeys(_content_words(f"{t.caption} {t.topic}"))) for t in tables)


_LOCATED: list[tuple[Mapping[str, Chunk], int, tuple[Table, ...], dict[tuple[int, int], Chunk]]] = []


def _located(chunks: Mapping[str, Chunk], tables: tuple[Table, ...]) -> dict[tuple[int, int], Chunk]:
    """(table no, row no) -> the passage holding the row's line, computed once per chunks mapping (and size) and tables."""
    for mapping, size, known, found in _LOCATED:
        if mapping is chunks and size == len(chunks) and known is tables:
            return found
    where: dict[tuple[int, int], Chunk] = {}
    by_doc = _by_doc(chunks)
    for ti, table in enumerate(tables):
        for ri, row in enumerate(table.rows):
            chunk = _row_chunk(table, row, by_doc.get(table.doc_id, []))
            if chunk is not None:
                where[(ti, ri)] = chunk
    _LOCATED.insert(0, (chunks, len(chunks), tables, where))
    del _LOCATED[2:]
    return where


def _cell(table: Table, row: Row, col: int, chunk: Chunk) -> TableCell:
    return TableCell(
        table=table.name,
        title=table.caption,
        row=row.name,
        column=table.columns[col],
        value=row.cells[col],
        unit=row.unit or (table.column_units[col] if table.column_units else "") or table.unit,
        doc_id=table.doc_id,
        chunk_id=chunk.id,
        quote=row.source,
    )


def _number(value: str) -> float | None:
    try:
        return float(value.replace(" ", "").replace(",", ".").rstrip("%").strip())
    except ValueError:
        return None


def table_cells(question: str, chunks: Mapping[str, Chunk]) -> list[TableCell]:
    """The cells that answer the question (row and column both matched by the question), best first;
    [] when the question is not about a table figure. Pure and fast (< 20 ms).

    A table is chosen by how many of the question's words its caption, topic, row and column account
    for; its row and column must each be named well (ROW_COLUMN_MATCH). A question that names a column
    and asks which row is highest or lowest ("Hvilken sektor har høyest andel …") and names no row gets
    that column's extreme row (totals left out), when no table has a named row.

        >>> table_cells("Hvor stor andel mener det er ganske negativt å ha mange ufaglærte i pleie og omsorg?", index.chunks())[0].value  # doctest: +SKIP
        '70,7'
    """
    qnorm = normalize(question)
    if rules.enabled("table-figure-question") and not _FIGURE_RE.search(qnorm):
        return []
    if rules.enabled("table-municipality") and named_municipalities(question):
        return []
    named = named_table(question) if rules.enabled("table-named") else ""
    if named:
        question = TABLE_REF_RE.sub(" ", question)  # "Tabell 11" is no row "11 tiltak"
    if rules.enabled("table-percent-asked"):
        question = _PERCENT_COUNT_RE.sub("", question)
    m = _Matcher(question)
    if not m.content:
        return []
    try:
        tables = load_tables()
    except TablesError:  # a damaged tables.toml is named by `planvis ingest`; answers go on without tables
        return []
    where = _located(chunks, tables)
    found: list[tuple[float, TableCell]] = []
    extremes: list[tuple[float, TableCell]] = []
    high, low = bool(_HIGH_RE.search(qnorm)), bool(_LOW_RE.search(qnorm))
    named_there = bool(named) and any(t.name.lower() == named for t in tables)
    negated = m.negated
    for ti, (table, topic_words) in enumerate(zip(tables, _topic_words(tables), strict=True)):
        if named_there and table.name.lower() != named:
            continue
        topic = m.covered(topic_words)
        if rules.enabled("table-topic-needed") and topic < 1 and not named_there:
            continue
        m.negated = negated
        col, col_s, col_words = m.best([(c, *(table.column_aliases[i] if table.column_aliases else ())) for i, c in enumerate(table.columns)])
        if col < 0 or col_s < ROW_COLUMN_MATCH:
            continue
        if negated and rules.enabled("table-negation-once") and set(col_words) & _NEGATIONS:
            m.negated = False  # the column has used up the question's "ingen"
        row_names = [(r.label, *r.aliases, *((f"{r.group} {r.label}",) if r.group else ())) for r in table.rows]
        ri, row_s, row_words = m.best(row_names)
        if ri >= 0 and row_s >= ROW_COLUMN_MATCH:
            row = table.rows[ri]
            if (ti, ri) in where and row.cells[col]:
                covered = m.covered((*topic_words, *row_words, *col_words))
                found.append((row_s + col_s + 15 * covered, _cell(table, row, col, where[(ti, ri)])))
            continue
        if high != low and rules.enabled("table-extreme-row"):
            numbered = [
                (v, i) for i, r in enumerate(table.rows)
                if (v := _number(r.cells[col])) is not None and (ti, i) in where and not _TOTAL_ROWS.match(r.label)
            ]
            if numbered:
                _v, i = (max if high else min)(numbered)
                extremes.append((col_s + 15 * m.covered((*topic_words, *col_words)), _cell(table, table.rows[i], col, where[(ti, i)])))
    found.sort(key=lambda sc: -sc[0])
    if not found and extremes:
        return [max(extremes, key=lambda sc: sc[0])[1]]
    return [cell for _s, cell in found[:MAX_CELLS]]


def named_table(question: str) -> str:
    """The table the question names, lower-cased ("tabell 3", "vedleggstabell 1"), or "".

    >>> named_table("Hvor mange prosent … (Tabell 11)?"), named_table("I vedleggstabell 1, hvor stor andel …?")
    ('tabell 11', 'vedleggstabell 1')
    """
    m = TABLE_REF_RE.search(question)
    return f"{m.group(1).lower()} {m.group(2)}" if m else ""


def without_leading_reference(question: str) -> str:
    """The question without a leading "I Tabell 2," / "Tabell 10:", which says where to look and asks nothing.

    >>> without_leading_reference("I Tabell 2, hvor mange kommuner deltok?")
    'hvor mange kommuner deltok?'
    """
    rest = _LEADING_REF_RE.sub("", question)
    return rest if rest != question and re.search(r"[^\W\d_]{3,}", rest) else question


@functools.lru_cache(maxsize=4)
def _label_text(tables: tuple[Table, ...]) -> str:
    words = [t.name for t in tables]
    for t in tables:
        words += [*t.columns, *(a for alts in t.column_aliases for a in alts)]
        words += [x for r in t.rows for x in (r.label, *r.aliases, r.group)]
    return " | ".join(words).lower()


def label_text() -> str:
    """Every table name, row and column label and alias of the curated tables, lower-cased, '|'-joined."""
    try:
        return _label_text(load_tables())
    except TablesError:
        return ""


__all__ = ["TableCell", "TablesError", "check_tables", "label_text", "load_tables", "named_table", "table_cells", "without_leading_reference"]
