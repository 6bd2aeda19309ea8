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

import dataclasses
import functools
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

from assistant import rules
from assistant.municipality import named_municipalities
from assistant.text import STOPWORDS, normalize
from assistant.types import Chunk

TABLES_FILE = "tables.toml"
Similarity = Callable[[Sequence[str]], Sequence[float]]  # texts -> each one's dense similarity to the question

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
    what="a question that names a table ('Tabell 3', 'vedleggstabell 1') is answered from that table, whatever its caption's "
    "words, and asks for a figure even without a figure word ('I vedleggstabell 6, hva var …?')",
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

rules.register(
    "table-whole-row",
    kind="pattern",
    module="assistant.tables",
    what="a table row is one observation: the asked cell is shown with the rest of its row (the count or N it is out of, "
    "the other years, the rest of an answer scale, the all-municipalities column), each named by its column",
    found_on=("b18",),
)
rules.register(
    "table-total-compare",
    kind="pattern",
    module="assistant.tables",
    what="a figure for one group (a size, a county, a sector) is read against the table's total: the total row's cell "
    "in the same column (Alle, Sum, Total, 'i alt', '…, gjennomsnitt') is shown after it, cited to its own printed row",
    found_on=("b18",),
)
rules.register(
    "table-total-row",
    kind="pattern",
    module="assistant.tables",
    what="a question that names a column but no group ('Hvor mange HR-sjefer svarte?') asks about everyone: the "
    "table's total row; and of a group row and the total both named ('…, sammenlignet med alle'), the group is asked",
    found_on=("b18",),
)
rules.register(
    "table-group-needed",
    kind="pattern",
    module="assistant.tables",
    what="a row label printed under several headings ('Avtalte årsverk' under 'Kommune i alt' and 'I alt i kommune og "
    "fylkeskommune') names a row only together with its heading",
    found_on=("b18",),
)
rules.register(
    "table-generic-head",
    kind="bonus",
    module="assistant.tables",
    what="a sector is named with or without its generic head: 'pleie og omsorg' names 'pleie- og omsorgstjenestene' "
    "('-tjenestene', '-sektoren', '-området', '-etaten')",
    found_on=("b18",),
)
rules.register(
    "table-period",
    kind="pattern",
    module="assistant.tables",
    what="'fra 2005 til 2009' names the period: a column printed for it ('Prosentvis endring 2005-2009') is named by "
    "its two years, and beats each year's own column",
    found_on=("b18",),
)
rules.register(
    "table-or-more",
    kind="pattern",
    module="assistant.tables",
    what="'1000 ansatte eller flere', '1000 el. mer', '1000+', '1,000' are one size class, however it is written",
    found_on=("b18",),
)
rules.register(
    "table-subject-topic",
    kind="pattern",
    module="assistant.tables",
    what="a table's topic is its subject, not its kind of figure: 'andel', 'prosent', 'antall' in a caption share no topic with a question",
    found_on=("b18",),
)
rules.register(
    "table-long-label",
    kind="threshold",
    module="assistant.tables",
    what="a long row label is named by most of its words: a reader leaves out its filler ('derav følgende'), so five "
    "or more of its words named at 70 % name it",
    found_on=("b18",),
)
rules.register(
    "table-extreme-which",
    kind="pattern",
    module="assistant.tables",
    what="'høyest/flest' asks for a column's extreme row only in a which-question ('Hvilken sektor har høyest …'); "
    "'kommunene som deltok i flest tiltak' names a group",
    found_on=("b18",),
)
rules.register(
    "table-row-coverage",
    kind="pattern",
    module="assistant.tables",
    what="of the rows a question names, the one that accounts for most of its words is asked: '… vurdert tjenestebehov "
    "og kompetansebehov' is the row that also says 'kompetansebehov', not the shorter one without it",
    found_on=("b18",),
)
rules.register(
    "table-year",
    kind="pattern",
    module="assistant.tables",
    what="a year the question names must be one the table prints (in its caption, columns or rows, '08' for 2008), "
    "or the table names none: a figure of 2009 is not the figure of 2012",
    found_on=("bq",),
)
rules.register(
    "table-all-of",
    kind="pattern",
    module="assistant.tables",
    what="'alle' names a table's total only when it qualifies what the table counts ('alle kommunene', 'alle "
    "respondentene'); 'for alle sektorer' or 'til alle ansatte' is no total row",
    found_on=("dev",),
)
rules.register(
    "table-share-words",
    kind="pattern",
    module="assistant.tables",
    what="in a figure question 'del'/'delen' is the share ('Kor stor del av kommunane …', 'den gjennomsnittlige delen ufaglærte' = andel)",
    found_on=("b18",),
)
rules.register(
    "table-degree-question",
    kind="pattern",
    module="assistant.tables",
    what="'I hvilken grad …?', 'hvor høyt/lavt …?' ask for a measure as 'hvor stor andel' does",
    found_on=("b18",),
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
# "I hvilken grad …", "hvor høyt/lavt …" ask for a measure too (rule 'table-degree-question').
_DEGREE_RE = re.compile(r"\b(i hvilken grad|hvor (?:høyt|lavt|høye|lave))\b")
_SHARE_RE = re.compile(r"\b(?<!en )del(?:en)?\b(?!\s+av\s+(?:det|dette|den)\b)", re.IGNORECASE)
_WHICH_RE = re.compile(r"\b(hvilk\w*|hva|hvem)\b")
_HIGH_RE = re.compile(r"\b(h(?:ø|o)yest\w*|størst\w*|flest)\b")
_LOW_RE = re.compile(r"\b(lavest\w*|minst\w*|færrest)\b")
_WORD_RE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)?", re.UNICODE)
LABEL_MATCH = 80.0  # rapidfuzz ratio a label word needs against a question word to count as named
SHORT_WORD_MATCH = 88.0  # the same for words of five or six letters, where one letter is a larger change
ROW_COLUMN_MATCH = 85.0  # how fully (length-weighted share of its words) a question must name a row and a column
MAX_CELLS = 5
LONG_LABEL_WORDS, LONG_LABEL_MATCH = 5, 70.0  # a label named by this many of its words, this fully, is named (rule 'table-long-label')
NO_ROW = 50.0  # below this no row is named at all: a question naming a column then asks about the total row


class TablesError(Exception):
    """A curated table cell is not in the source text (or ``tables.toml`` is unusable); one line naming table and cell."""


@dataclass(frozen=True)
class TableLine:
    """A line shown after a cell (the rest of its row, the total to compare with), cited to its printed row."""

    text: str
    chunk_id: str
    quote: str  # an exact substring of that chunk's text

    def shown(self, lang: str = "nb") -> str:
        """The line in the answer's language: the lead phrase translated, the table's own words kept.

        >>> TableLine("Resten av raden: Antall: 47", "c", "q").shown("en")
        'Rest of the row: Antall: 47'
        """
        if lang == "en":
            for nb, en in _LINE_PHRASES_EN.items():
                if self.text.startswith(nb):
                    return en + self.text[len(nb) :]
        return self.text


_LINE_PHRASES_EN = {
    "Høyest i kolonnen:": "Highest in the column:",
    "Lavest i kolonnen:": "Lowest in the column:",
    "Resten av raden:": "Rest of the row:",
    "Til sammenligning:": "For comparison:",
    "Raden gjelder:": "The row is about:",
}


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
    context: tuple[TableLine, ...] = ()  # what to read the figure with: the rest of its row, the table's total

    def text(self) -> str:
        """The cell as an answer line: 'Tabell 7 (caption): Pleie og omsorg – Ganske negativt: 70,7 prosent'."""
        return f"{self.table} ({self.title}): {self.row} – {self.column}: {_shown(self.value, self.unit)}"


@dataclass(frozen=True)
class Row:
    label: str
    source: str  # the printed line the cells are read from, verbatim (after the loader's cleaning)
    cells: tuple[str, ...]  # one per column, as printed; "" where the table prints nothing
    aliases: tuple[str, ...] = ()
    group: str = ""  # the printed heading of the rows' block ("Kartlagt realkompetansen"), if any
    unit: str = ""  # overrides the table's / column's unit (a row of counts in a table of shares)
    lead: str = ""  # the sentence printed as the row's lead-in ("33,9 % oppgir å ha mange ufaglærte i pleie og omsorg."), if any

    @property
    def name(self) -> str:
        """The row as a reader needs it: 'Kartlagt realkompetansen: Nei, ikke kartlagt'."""
        if self.group and self.label.startswith(","):  # "Kommune" + ", avtalte årsverk i alt" as printed
            return f"{self.group}{self.label}"
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


def _shown(value: str, unit: str) -> str:
    return f"{value} {unit}" if unit and unit != "antall" else value


def _unit(table: Table, row: Row, col: int) -> str:
    unit = row.unit or (table.column_units[col] if table.column_units else "") or table.unit
    return "" if unit == "-" else unit


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
                    str(r.get("group", "")), str(r.get("unit", "")), str(r.get("lead", "")))
            )
        return Table(
            name, str(t["caption"]), str(t["doc_id"]), str(t.get("unit", "")), columns, tuple(rows), str(t.get("topic", "")),
            # "-": the column prints no unit even in a table of shares (Signifikans = "").
            tuple(tuple(col_aliases.get(c, ())) for c in columns), tuple(str(col_units.get(c, "")) or ("-" if c in col_units else "") for c in columns),
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


def _flat(text: str) -> str:
    return " ".join(text.split())


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
            if row.lead and not any(_flat(row.lead) in _flat(c.text) for c in candidates):
                raise TablesError(f"{table.name}, row {row.name!r}: its lead-in {row.lead!r} is in no indexed passage of {table.doc_id}")
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
# A row for everyone the table counts: "Alle", "Sum, alle", "Total", "Kommune, avtalte årsverk i alt",
# "Alle fylker, gjennomsnitt", and "Prosent" (the total's shares, Tabell 1).
_ALL_ROW_RE = re.compile(r"^(alle|sum|total|i alt|prosent)\b|\bi alt$|gjennomsnitt$", re.IGNORECASE)
_ALL_COLUMN_RE = re.compile(r"\balle$", re.IGNORECASE)
_WHOLE = frozenset({"100,0", "100", "100,0 %", "100 %"})  # a Sum cell of shares is no figure to compare with
# A compound's generic head: "omsorgstjenestene" is "omsorg" as a sector (rule 'table-generic-head').
_GENERIC_HEADS = frozenset(
    {"tjeneste", "tjenester", "tjenesten", "tjenestene", "sektor", "sektoren", "området", "område", "områdene", "etat", "etaten", "etatene"}
)
# What the report's tables count: "alle kommunene", "alle respondentene", "alle svarene" name a total.
_SURVEY_UNITS = ("kommunene", "kommuner", "respondentene", "respondenter", "svarene", "fylkeskommunene", "lederne")
_PERIOD_RE = re.compile(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b")
# Words that say what kind of figure is asked, not which: a column named only by them names no subject.
_QUANTITY_WORDS = frozenset(
    {"andel", "andelen", "prosent", "antall", "hvor", "mange", "stor", "mye", "prosentandel", "gjennomsnitt", "gjennomsnittet",
     "gjennomsnittlig", "gjennomsnittlige", "snitt", "snittet"}
)


# "1000 ansatte eller flere", "1000 el. mer", "1000+", "fire eller flere KS-tiltak": one size class, one token.
_NUMBER_WORDS = {"en": "1", "ett": "1", "to": "2", "tre": "3", "fire": "4", "fem": "5", "seks": "6", "sju": "7", "syv": "7", "åtte": "8", "ni": "9", "ti": "10"}
_OR_MORE_RE = re.compile(
    r"\b(\d+|" + "|".join(_NUMBER_WORDS) + r")((?:\s+[^\W\d_]+)?)\s*(?:\+|\b(?:eller|el\.?)\s+(?:flere|mer|fleire|meir)\b)",
    re.IGNORECASE,
)
_THOUSANDS_RE = re.compile(r"\b(\d{1,3})[,.] ?(\d{3})\b(?![,.]\d)")  # "1,000" / "1, 000" written the English way


# "pleie- og omsorgstjenestene": a hyphen before "og"/"eller" ends the first half of a compound, it is no broken line.
_SUSPENDED_RE = re.compile(r"(?<=[^\W\d_])- (?=(?:og|eller|el\.?|,) )")


def _canonical(text: str) -> str:
    if rules.enabled("table-generic-head"):
        text = _SUSPENDED_RE.sub(" ", text)
    if not rules.enabled("table-or-more"):
        return text
    text = _THOUSANDS_RE.sub(r"\1\2", text)
    return _OR_MORE_RE.sub(lambda m: f"{_NUMBER_WORDS.get(m.group(1).lower(), m.group(1))}{m.group(2)} ellermer", text)


def _words(text: str) -> tuple[str, ...]:
    return _words_of(text, rules.enabled("table-or-more"), rules.enabled("table-generic-head"))


@functools.lru_cache(maxsize=16384)
def _words_of(text: str, or_more: bool, heads: bool) -> tuple[str, ...]:  # the flags key the cache
    return tuple(_WORD_RE.findall(normalize(_canonical(text))))


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
        ordered = _words(question)
        # the words on either side of each "alle" ("alle kommunene", "N, alle")
        self.after_all = tuple(ordered[j] for i, w in enumerate(ordered) if w == "alle" for j in (i - 1, i + 1) if 0 <= j < len(ordered))
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
        if rules.enabled("table-generic-head") and any(
            len(q) >= 5 and w.startswith(q) and w[len(q):].lstrip("s") in _GENERIC_HEADS for q in against
        ):
            return 95.0
        if len(w) <= 4:
            return 0.0
        got = process.extractOne(w, against, scorer=fuzz.ratio, score_cutoff=LABEL_MATCH)
        return _similar(w, got[0]) if got else 0.0

    def all_of(self, units: Sequence[str]) -> bool:
        """Does a question's 'alle' qualify one of ``units`` ('alle kommunene'), not another noun ('alle sektorer')?"""
        units = (*units, *_SURVEY_UNITS)
        return not rules.enabled("table-all-of") or any(_similar(u, n) > 0 or _similar(n, u) > 0 for n in self.after_all for u in units)

    def label(self, text: str, units: Sequence[str] | None = None) -> tuple[float, tuple[str, ...]]:
        """How fully the question names a label (length-weighted share of its words matched, 0-100), and its words.

        ``units``: the words of the label's names besides 'alle'; the question's 'alle' names the label only
        when it qualifies one of them (rule 'table-all-of')."""
        words = _label_words(text)
        if not words:
            return 0.0, ()
        period = _PERIOD_RE.search(text) if rules.enabled("table-period") else None
        if period and period.group(1) in self.qwords and period.group(2) in self.qwords:
            return 100.0, words  # "fra 2005 til 2009" names "Prosentvis endring 2005-2009"
        weights = [8 if w in _NEGATIONS else max(len(w), 2) for w in words]
        idle = "alle" if units is not None and "alle" in words and not self.all_of(units) else ""
        score = sum((0.0 if w == idle else self.word(w)) * k for w, k in zip(words, weights, strict=True)) / sum(weights)
        if rules.enabled("table-negation") and self.negated != bool(set(words) & _NEGATIONS):
            score -= 15.0  # "ikke kartlagt" is another row than "kartlagt"
        return score, words

    def best(
        self,
        names: Sequence[Sequence[str]],
        demoted: Sequence[bool] | None = None,
        enough: Callable[[float, int], bool] | None = None,
        subject: Sequence[str] = (),
    ) -> tuple[int, float, tuple[str, ...], int]:
        """Index, score, words and number of named words of the label (each with its other names) the question names best.

        Of labels named about equally fully, the one that accounts for more of the question's words
        wins ("Prosentvis endring 2005-2009" over "2005" for "den prosentvise endringen fra 2005 til 2009");
        a ``demoted`` label (a total row) loses to another named as fully ("… i de største kommunene,
        sammenlignet med alle": the total is shown beside the group's figure anyway). Of the labels named
        ``enough`` (score, named words), the one that accounts for most of the question's words beyond the
        table's ``subject`` (its caption and topic) wins (rule 'table-row-coverage').
        """
        best: tuple[int, float, tuple[str, ...], int] = (-1, 0.0, (), 0)
        best_key: tuple[bool, int, float] = (False, 0, 0.0)
        for i, alts in enumerate(names):
            units = tuple(w for n in alts for w in _label_words(n) if w != "alle")
            s, words = max(self.label(n, units) for n in alts)
            # A column named "økte" (an alias) and "prosent … 2005 … 2009" (its label) accounts for
            # all four words: each name of a label counts towards it.
            named = dict.fromkeys(w for n in alts for w in _label_words(n) if self.word(w) > 0)
            words = tuple(dict.fromkeys((*words, *named)))
            fit = s + 2.0 * len(named) - (5.0 if demoted and demoted[i] else 0.0)
            if fit <= 0:
                continue
            passes = enough is not None and enough(s, len(named)) and rules.enabled("table-row-coverage")
            key = (passes, self.covered_beyond(words, subject) if passes else 0, fit)
            if key > best_key:
                best, best_key = (i, s, words, len(named)), key
        return best

    def uncovered(self, words: Sequence[str]) -> int:
        """How many of the question's content words (other than the kind of figure) none of ``words`` accounts for."""
        return sum(1 for q in self.content if q not in _QUANTITY_WORDS and not self.covered_word(q, words))

    def covered_word(self, q: str, words: Sequence[str]) -> bool:
        key = (q, tuple(words))
        if key not in self._covers:
            self._covers[key] = self._match(q, words) > 0 or any(_similar(w, q) > 0 for w in words if q.startswith(w))
        return self._covers[key]

    def covered_beyond(self, words: Sequence[str], subject: Sequence[str]) -> int:
        """How many of the question's content words ``words`` account for and ``subject`` does not."""
        return sum(1 for q in self.content if self.covered_word(q, words) and not self.covered_word(q, subject))

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
def _topic_words(tables: tuple[Table, ...], subject_only: bool = True) -> tuple[tuple[str, ...], ...]:
    # A table's subject is not its kind of figure: "Andel ansatte …" is no topic shared with every share question.
    drop = _QUANTITY_WORDS if subject_only else frozenset()
    return tuple(tuple(dict.fromkeys(w for w in _content_words(f"{t.caption} {t.topic}") if w not in drop)) for t in tables)


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
        unit=_unit(table, row, col),
        doc_id=table.doc_id,
        chunk_id=chunk.id,
        quote=row.source,
    )


def _number(value: str) -> float | None:
    try:
        return float(value.replace(" ", "").replace(",", ".").rstrip("%").strip())
    except ValueError:
        return None


def _is_all(row: Row) -> bool:
    """Is the row the table's (or its block's) total: everyone it counts?"""
    return bool(_ALL_ROW_RE.search(row.label.strip(" ,")))


def _total_rows(table: Table, ri: int) -> list[int]:
    """The total rows to read row ``ri`` against: the nearest block of total rows before it (a table prints a
    block's total first, "Alle fylker, gjennomsnitt"), else the nearest after it ("Sum, alle" at the end)."""
    for order in (range(ri - 1, -1, -1), range(ri + 1, len(table.rows))):
        got: list[int] = []
        for i in order:
            if _is_all(table.rows[i]):
                got.append(i)
            elif got:
                break
        if got:
            return sorted(got)
    return []


def _total_block(table: Table, ri: int) -> list[int]:
    """The other total rows printed right next to total row ``ri``."""
    got = []
    for order in (range(ri - 1, -1, -1), range(ri + 1, len(table.rows))):
        for i in order:
            if not _is_all(table.rows[i]):
                break
            got.append(i)
    return sorted(got)[:2]


def _context(table: Table, ti: int, ri: int, col: int, where: Mapping[tuple[int, int], Chunk]) -> tuple[TableLine, ...]:
    """The rest of the asked cell's row, and the total row's cell in its column, as lines to show after it."""
    row, lines = table.rows[ri], []
    asked_unit = _unit(table, row, col)
    if row.lead and (ti, ri) in where and rules.enabled("table-whole-row"):
        chunk = where[(ti, ri)]
        if _flat(row.lead) in _flat(chunk.text):
            lines.append(TableLine(f"Raden gjelder: «{row.lead}»", chunk.id, row.lead))
    if rules.enabled("table-whole-row") and (ti, ri) in where:
        rest = [
            f"{c}: {v if _unit(table, row, i) == asked_unit else _shown(v, _unit(table, row, i))}"
            for i, (c, v) in enumerate(zip(table.columns, row.cells, strict=True)) if v and i != col
        ]
        if rest:
            lines.append(TableLine(f"Resten av raden: {'; '.join(rest)}", where[(ti, ri)].id, row.source))
    # A table with a column for all ("Gjennomsnitt alle") has items as rows: its "Sum" row is no total of
    # the asked row's group, and the row's own all-column is the comparison.
    if rules.enabled("table-total-compare") and not any(_ALL_COLUMN_RE.search(c) for c in table.columns):
        # A total row is read with the totals printed next to it (Tabell 1: "Alle" counts, "Prosent" their shares).
        for i in _total_rows(table, ri)[:2] if not _is_all(row) else _total_block(table, ri):
            total = table.rows[i]
            value = total.cells[col]
            if value and value not in _WHOLE and (ti, i) in where:
                shown = f"{total.name} – {table.columns[col]}: {_shown(value, _unit(table, total, col))}"
                lines.append(TableLine(f"Til sammenligning: {shown}", where[(ti, i)].id, total.source))
    return tuple(lines)


rules.register(
    "table-named-row", kind="threshold", module="assistant.tables", found_on=("b28",),
    what="in the table the question names ('Vedleggstabell 8: … e-postkontakt med politikerne'), the row it names half in "
    "other words ('Har e-post forbindelse til politikere') is read when no other row of that table comes near",
)
NAMED_ROW_MATCH = 50.0  # how fully a row of the named table must be named
NAMED_ROW_MARGIN = 25.0  # and by how much more than any other row of it
CLEAR_ROW = 101.0  # the row score such a row ranks with (no label scores above 100)


def _clear_row(m: _Matcher, row_names: Sequence[Sequence[str]]) -> int | None:
    """The row of a named table the question names clearly best (rule 'table-named-row'), or None."""
    if not rules.enabled("table-named-row"):
        return None
    scores = sorted(((max(m.label(n)[0] for n in alts), i) for i, alts in enumerate(row_names)), reverse=True)
    if scores and scores[0][0] >= NAMED_ROW_MATCH and (len(scores) == 1 or scores[1][0] <= scores[0][0] - NAMED_ROW_MARGIN):
        return scores[0][1]
    return None


rules.register(
    "table-named-dense-row", kind="bonus", module="assistant.tables", found_on=("b29",),
    what="in the table the question names, when its words name no row well enough, the row read is the one nearest the "
    "question by dense similarity of its caption and label, with how fully its words are named ('måler tjenestenes "
    "kvalitet systematisk opp mot kvalitetskravene' -> 'Tjenestenes kvalitet måles systematisk i forhold disse kravene')",
)
DENSE_ROW_WEIGHT = 40.0  # rows differ by ~0.05 in cosine similarity: a 0.025 lead is worth one fully named label


def row_text(table: Table, row: Row) -> str:
    """What a row's dense vector is made of: the table's caption, the row's name and its other names."""
    return f"{table.caption}: {row.name}" + (f" ({', '.join(row.aliases)})" if row.aliases else "")


def row_texts() -> list[str]:
    """:func:`row_text` of every row of the curated tables ([] when they cannot be read)."""
    try:
        return [row_text(t, r) for t in load_tables() for r in t.rows]
    except TablesError:
        return []


def _dense_row(m: _Matcher, table: Table, row_names: Sequence[Sequence[str]], usable: Sequence[bool], similarity: Similarity) -> int | None:
    """The row of a named table nearest the question (rule 'table-named-dense-row'): the best dense
    similarity of its :func:`row_text`, plus how fully the question names its label; None if no row is usable."""
    rows = [i for i, ok in enumerate(usable) if ok]
    if not rows:
        return None
    sims = similarity([row_text(table, table.rows[i]) for i in rows])
    fit = {i: max(m.label(n)[0] for n in row_names[i]) / 100.0 + DENSE_ROW_WEIGHT * sim for i, sim in zip(rows, sims, strict=True)}
    return max(rows, key=lambda i: fit[i])


rules.register(
    "table-named-row-whole", kind="pattern", module="assistant.tables", found_on=("b30",),
    what="in the table the question names, a row it names with no column ('Hvor mange kommuner fra Vestfold og "
    "Telemark var med (Tabell 2)?') is read whole: headed by the column it names best, else its total (else first) column",
)
rules.register(
    "table-whole-own-column", kind="pattern", module="assistant.tables", found_on=("b30",),
    what="a row read whole is skipped for a 100 only in a total column ('Sum'); a 100 in a column of its own "
    "('Overordnet kompetanseplan + delplan': every one said ja) is the figure asked for",
)
_SUMMARY_COLUMN_RE = re.compile(r"^(sum|totalt?|i alt)\b|\balle$", re.IGNORECASE)


def _summary_column(table: Table) -> int:
    """The column a whole row is headed by: the table's total ("Sum", "Gjennomsnitt alle"), else its first."""
    return next((i for i, c in enumerate(table.columns) if _SUMMARY_COLUMN_RE.search(c.strip())), 0)


def _total_of_shares(table: Table, col: int) -> bool:
    """Is column ``col`` the total a row's shares add up to ("Sum" of a table in per cent)?

    A column of its own holds a real 100 (rule 'table-whole-own-column'); without the rule every 100 is a total.
    """
    return not rules.enabled("table-whole-own-column") or bool(_SUMMARY_COLUMN_RE.search(table.columns[col].strip()))


def _named_enough(score: float, named: int) -> bool:
    """Does the question name a row: fully enough, or a long label by most of its words (rule 'table-long-label')?"""
    return score >= ROW_COLUMN_MATCH or (rules.enabled("table-long-label") and named >= LONG_LABEL_WORDS and score >= LONG_LABEL_MATCH)


def table_cells(question: str, chunks: Mapping[str, Chunk], similarity: Similarity | None = None) -> list[TableCell]:
    """The cells that answer the question (row and column both matched by the question), best first;
    [] when the question is not about a table figure. Pure and fast (< 20 ms).

    A table is chosen by how many of the question's words its caption, topic, row and column account
    for; its row and column must each be named well (ROW_COLUMN_MATCH). A question that names a column
    and asks which row is highest or lowest ("Hvilken sektor har høyest andel …") and names no row gets
    that column's extreme row (totals left out), when no table has a named row; one that names a column
    and no row at all gets the table's total row. The best cell carries ``context``: the rest of its row
    and the total row's cell in its column, each cited to its own printed line.

        >>> table_cells("Hvor stor andel mener det er ganske negativt å ha mange ufaglærte i pleie og omsorg?", index.chunks())[0].value  # doctest: +SKIP
        '70,7'
    """
    qnorm = normalize(question)
    degree = rules.enabled("table-degree-question") and _DEGREE_RE.search(qnorm)
    named = named_table(question) if rules.enabled("table-named") else ""
    # A question that names a table asks for its figures ("I vedleggstabell 6, hva var intern mobilitet …?").
    if rules.enabled("table-figure-question") and not _FIGURE_RE.search(qnorm) and not degree and not named:
        return []
    if rules.enabled("table-municipality") and named_municipalities(question):
        return []
    if named:
        question = TABLE_REF_RE.sub(" ", question)  # "Tabell 11" is no row "11 tiltak"
    if rules.enabled("table-percent-asked"):
        question = _PERCENT_COUNT_RE.sub("", question)
    if rules.enabled("table-share-words"):
        question = _SHARE_RE.sub("andel", question)
    m = _Matcher(question)
    if not m.content:
        return []
    try:
        tables = load_tables()
    except TablesError:  # a damaged tables.toml is named by `planvis ingest`; answers go on without tables
        return []
    where = _located(chunks, tables)
    years = set(_YEAR_RE.findall(qnorm))
    found: list[tuple[float, int, int, int]] = []  # (score, table no, row no, column no)
    extremes: list[tuple[float, int, int, int]] = []
    totals: list[tuple[float, int, int, int]] = []
    high, low = bool(_HIGH_RE.search(qnorm)), bool(_LOW_RE.search(qnorm))
    # "Hvilken sektor har høyest …" asks for the extreme row; "kommunene som deltok i flest tiltak" names a group.
    which = bool(_WHICH_RE.search(qnorm)) or not rules.enabled("table-extreme-which")
    named_there = bool(named) and any(t.name.lower() == named for t in tables)
    negated = m.negated
    group_needed = rules.enabled("table-group-needed")
    prefer_group = rules.enabled("table-total-row")
    for ti, (table, topic_words) in enumerate(zip(tables, _topic_words(tables, rules.enabled("table-subject-topic")), strict=True)):
        if named_there and table.name.lower() != named:
            continue
        topic = m.covered(topic_words)
        if rules.enabled("table-topic-needed") and topic < 1 and not named_there:
            continue
        if rules.enabled("table-year") and years and not _has_years(table, years):
            continue
        m.negated = negated
        col, col_s, col_words, _n = m.best([(c, *(table.column_aliases[i] if table.column_aliases else ())) for i, c in enumerate(table.columns)])
        whole_row = False
        if col < 0 or col_s < ROW_COLUMN_MATCH:
            if not (named_there and rules.enabled("table-named-row-whole")):
                continue
            # "Hvor mange kommuner fra Vestfold og Telemark var med (Tabell 2)?" names a row and no column: the
            # row is read whole, headed by the column named best, even half ("ikke gjort noen vurdering" ~ "Har
            # ikke gjort slike vurderinger"), else by its total (or first) column.
            col, col_s, col_words, whole_row = col if col >= 0 else _summary_column(table), 0.0, (), True
        if negated and rules.enabled("table-negation-once") and set(col_words) & _NEGATIONS:
            m.negated = False  # the column has used up the question's "ingen"
        repeated = _repeated_labels(table) if group_needed else frozenset()
        row_names = [
            (*((r.label,) if r.label not in repeated or not r.group else ()), *r.aliases, *((f"{r.group} {r.label}",) if r.group else ()))
            for r in table.rows
        ]
        ri, row_s, row_words, row_named = m.best(row_names, demoted=[_is_all(r) for r in table.rows] if prefer_group else None, enough=_named_enough, subject=topic_words)
        named_row = ri >= 0 and _named_enough(row_s, row_named)
        clear = _clear_row(m, row_names) if named_there and ri >= 0 and not named_row else None
        if clear is not None:
            ri, row_s, named_row = clear, CLEAR_ROW, True
        if whole_row and (not named_row or (table.rows[ri].cells[col] in _WHOLE and _total_of_shares(table, col))):
            # Without a column, only a row the words name is read, and not when its cells are shares of it
            # (a total of 100,0: the question asks for something else, such as the row's lead-in). A 100 in a
            # column of its own ("Overordnet kompetanseplan + delplan": all said ja) is a figure.
            continue
        if named_there and not named_row and similarity is not None and rules.enabled("table-named-dense-row"):
            usable = [(ti, i) in where and bool(r.cells[col]) for i, r in enumerate(table.rows)]
            dense = _dense_row(m, table, row_names, usable, similarity)
            if dense is not None:
                ri, row_s, named_row = dense, CLEAR_ROW, True
                row_words = max(m.label(n) for n in row_names[ri])[1]
        if named_row:
            row = table.rows[ri]
            if (ti, ri) in where and row.cells[col]:
                covered = m.covered((*topic_words, *row_words, *col_words))
                found.append((row_s + col_s + 15 * covered, ti, ri, col))
            continue
        if high != low and which and rules.enabled("table-extreme-row"):
            numbered = _numbered_rows(table, ti, col, where)
            if numbered:
                _v, i = (max if high else min)(numbered)
                extremes.append((col_s + 15 * m.covered((*topic_words, *col_words)), ti, i, col))
            continue
        subject = [w for w in col_words if w not in _QUANTITY_WORDS and not w[0].isdigit()]
        if prefer_group and subject and (ri < 0 or row_s < NO_ROW or _is_all(table.rows[ri])):
            # A column named by its subject ("HR-sjef", not only a year: "2008" says when, not what) and no
            # row: the question asks about everyone, when the table accounts for all its other words.
            alls = [i for i, r in enumerate(table.rows) if _is_all(r) and r.cells[col] and r.cells[col] not in _WHOLE and (ti, i) in where]
            # Another column's year ("… i 2008, og i 2007?") is the rest of the row, shown anyway; another column's
            # words ("bare delplaner og ingen overordnet plan") say the column is not the one asked.
            if alls and m.uncovered((*topic_words, *col_words, *_label_words(table.rows[alls[0]].label), *_years_of(table))) == 0:
                totals.append((col_s + 15 * m.covered((*topic_words, *col_words)), ti, alls[0], col))
    found.sort(key=lambda sc: -sc[0])
    if not found:
        found = [max(extremes, key=lambda sc: sc[0])] if extremes else [max(totals, key=lambda sc: sc[0])] if totals else []
    cells = []
    for n, (_s, ti, ri, col) in enumerate(found[:MAX_CELLS]):
        table, row = tables[ti], tables[ti].rows[ri]
        cell = _cell(table, row, col, where[(ti, ri)])
        if n == 0:
            claimed = _claimed_extreme(table, ti, ri, col, where, qnorm) if rules.enabled("table-claimed-extreme") else ()
            cell = dataclasses.replace(cell, context=(*_context(table, ti, ri, col, where), *claimed))
        cells.append(cell)
    return cells


rules.register(
    "table-claimed-extreme", kind="pattern", module="assistant.tables", found_on=("b27", "b30"),
    what="a question that says a row it names is the highest or lowest ('Kommunestyret er jo det forumet der "
    "planen oftest blir behandlet') gets, after that row's cell, the column's real extreme row when it is another",
)
# A claim says more than a which-question asks ("oftest", "vanligst"): the extreme words and these.
_CLAIM_HIGH_RE = re.compile(rf"{_HIGH_RE.pattern}|\b(oftest|vanligst\w*|mest)\b")
_CLAIM_LOW_RE = re.compile(rf"{_LOW_RE.pattern}|\b(sjeldnest\w*|sjeldnere)\b")


def _numbered_rows(table: Table, ti: int, col: int, where: Mapping[tuple[int, int], Chunk]) -> list[tuple[float, int]]:
    """(value, row number) of the rows with a number in column ``col`` whose passage is indexed, totals left out."""
    return [
        (v, i) for i, r in enumerate(table.rows)
        if (v := _number(r.cells[col])) is not None and (ti, i) in where and not _TOTAL_ROWS.match(r.label)
    ]


def _claimed_extreme(
    table: Table, ti: int, ri: int, col: int, where: Mapping[tuple[int, int], Chunk], qnorm: str
) -> tuple[TableLine, ...]:
    """The column's real extreme row as a line to show, when the question calls its named row the highest
    (or lowest) and the table says another row is: the claim is the question's, the figures the table's."""
    high, low = bool(_CLAIM_HIGH_RE.search(qnorm)), bool(_CLAIM_LOW_RE.search(qnorm))
    own = _number(table.rows[ri].cells[col])
    if high == low or own is None:
        return ()
    numbered = [(v, i) for v, i in _numbered_rows(table, ti, col, where) if table.rows[i].cells[col] not in _WHOLE]
    if len(numbered) < 2:
        return ()
    value, best = (max if high else min)(numbered)
    if best == ri or value == own:
        return ()
    row = table.rows[best]
    shown = f"{row.name} – {table.columns[col]}: {_shown(row.cells[col], _unit(table, row, col))}"
    return (TableLine(f"{'Høyest' if high else 'Lavest'} i kolonnen: {shown}", where[(ti, best)].id, row.source),)


_YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")


@functools.lru_cache(maxsize=64)
def _table_years(table: Table) -> frozenset[str]:
    names = [table.caption, *table.columns, *(a for alts in table.column_aliases for a in alts)]
    names += [x for r in table.rows for x in (r.label, r.group, *r.aliases)]
    text = " ".join(names)
    # "2005-2009" prints every year of the period; "07"/"08" in a column label are 2007/2008 (a leading zero is no count).
    years = set(_YEAR_RE.findall(text)) | {f"20{y}" for y in re.findall(r"(?<![\d,.])(0\d)(?![\d,.])", text)}
    for a, b in _PERIOD_RE.findall(text):
        years |= {str(y) for y in range(int(a), int(b) + 1)}
    return frozenset(years)


def _years_of(table: Table) -> tuple[str, ...]:
    return tuple(sorted(_table_years(table)))


def _has_years(table: Table, years: set[str]) -> bool:
    printed = _table_years(table)
    return not printed or years <= printed


@functools.lru_cache(maxsize=64)
def _repeated_labels(table: Table) -> frozenset[str]:
    seen: dict[str, int] = {}
    for r in table.rows:
        seen[r.label] = seen.get(r.label, 0) + 1
    return frozenset(label for label, n in seen.items() if n > 1)


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
