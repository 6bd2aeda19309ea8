"""Read source files (.txt, .md, .pdf, .docx) into cleaned :class:`LoadedDoc` objects.

Each loader returns raw lines with page numbers where the format knows them; :func:`clean_lines`
then removes the extraction artefacts described in ``shared/README.md`` while keeping every line's
original line number, so a chunk can always say which lines and pages it came from.

    >>> from pathlib import Path
    >>> doc = load_file(Path("corpus/halden-kompetanseplan-2010-2012.txt"), manifest={})
    >>> doc.info.doc_id
    'halden-kompetanseplan-2010-2012'
"""

from __future__ import annotations

import hashlib
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from assistant import rules
from assistant.types import DocInfo, Line, LoadedDoc

SUPPORTED = (".txt", ".md", ".pdf", ".docx")
DOC_TYPES = ("report", "plan", "tariff", "user")

# Glyphs that the extraction left in front of list items (Symbol-font bullets land in the
# private use area). They become one bullet that the relevance normaliser also drops.
BULLET_GLYPHS = "\uf0b7\uf0a7\uf0d8\uf0fc\uf076\uf06e\u2022\u25cf\u25aa\u25a0\u25e6\u2666\u00b7\u2023\u2043\u27a2\u2713"
_BULLET_RE = re.compile(rf"^\s*[{BULLET_GLYPHS}]\s*")
_RUNNING_HEADER_RE = re.compile(r"^\s*Strategisk og systematisk kompetansestyring\s+(\d{1,3})\s*$")
_LONE_NUMBER_RE = re.compile(r"^\s*\d{1,3}\s*$")
_LETTER_SPACED_RE = re.compile(r"^\s*(?:[A-ZÆØÅ] ){3,}[A-ZÆØÅ]\s*$")
# Docs with fewer single-space page starts than this give no usable page signal.
_MIN_PAGE_STARTS = 10


class LoadError(Exception):
    """A file could not be read; the message is one line naming the file and the reason."""


class ManifestError(LoadError):
    """``corpus/manifest.toml`` cannot be used; nothing is indexed until it is fixed."""


class LoadNotice(Warning):
    """Something the user should know about a file that was still loaded."""


def read_manifest(corpus_dir: Path) -> dict[str, DocInfo]:
    """Parse ``corpus/manifest.toml`` into DocInfo objects keyed by doc id.

    A damaged manifest raises :class:`ManifestError` naming the file and the entry: metadata
    (municipality, year, type) decides filtering and citation years, so we do not guess it.
    """
    path = corpus_dir / "manifest.toml"
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError as exc:
        raise ManifestError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ManifestError(f"{path}: not valid TOML ({str(exc).splitlines()[0]})") from exc
    out: dict[str, DocInfo] = {}
    for doc_id, entry in data.items():
        if not isinstance(entry, dict):
            raise ManifestError(f"{path}: [{doc_id}] must be a table of fields, not {type(entry).__name__}")
        year = entry.get("year")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool)):
            raise ManifestError(f"{path}: [{doc_id}] year must be a whole number, not {year!r}")
        for key in ("title", "doc_type", "municipality", "publisher", "original"):
            if key in entry and not isinstance(entry[key], str):
                raise ManifestError(f"{path}: [{doc_id}] {key} must be text, not {entry[key]!r}")
        doc_type = str(entry.get("doc_type", "report"))
        if doc_type not in DOC_TYPES:
            raise ManifestError(f"{path}: [{doc_id}] doc_type must be one of {', '.join(DOC_TYPES)}, not {doc_type!r}")
        out[doc_id] = DocInfo(
            doc_id=doc_id,
            title=str(entry.get("title", doc_id)),
            doc_type=doc_type,
            year=year,
            municipality=entry.get("municipality"),
            publisher=entry.get("publisher"),
            original=entry.get("original"),
        )
    return out


def doc_info_for(path: Path, manifest: Mapping[str, DocInfo]) -> DocInfo:
    """The manifest entry for a file, or a 'user' document titled by its file name."""
    doc_id = path.stem
    if doc_id in manifest:
        return manifest[doc_id]
    return DocInfo(doc_id=slug(doc_id), title=printable(path.name) or "dokument", doc_type="user")


def printable(text: str) -> str:
    """Control and format characters (newlines, RTL overrides, NUL) out, white space collapsed."""
    return " ".join("".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text).split())


def slug(stem: str) -> str:
    """A doc id from a file stem: letters (incl. æøå), digits, '-', '_' and '.'; anything else -> '-'.

    >>> slug("Plan for Ås (utkast) v2")
    'Plan-for-Ås-utkast-v2'
    """
    text = unicodedata.normalize("NFC", stem)
    text = re.sub(r"[^\w.-]+", "-", text).strip("-._")
    return text[:120] or "dokument"


def safe_filename(name: str) -> str:
    """An uploaded file's name reduced to one harmless path component (keeps the suffix).

    The browser or a client may send ``../../x.pdf``, ``C:\\temp\\x.pdf``, control characters or
    a name of only dots; the result never leaves the upload folder.

    >>> safe_filename("../../etc/x.pdf")
    'x.pdf'
    """
    base = re.split(r"[\\/]", name)[-1]
    stem, dot, suffix = printable(base).rpartition(".")
    if not dot:
        stem, suffix = suffix, ""
    clean_stem = re.sub(r"[^\w. ()-]+", "_", unicodedata.normalize("NFC", stem)).strip(" ._")[:120] or "dokument"
    clean_suffix = re.sub(r"[^\w]+", "", suffix)[:10]
    return f"{clean_stem}.{clean_suffix}" if clean_suffix else clean_stem


def _sniff(path: Path, suffix: str, raw: bytes) -> None:
    """Check that the content is what the suffix says before a parser sees it."""
    head = raw[:1024]
    if suffix == ".pdf" and b"%PDF-" not in head:
        if raw.startswith(b"PK\x03\x04"):
            raise LoadError(f"{path}: named .pdf but is a zip archive (a Word file?), not a PDF")
        raise LoadError(f"{path}: named .pdf but is not a PDF (no %PDF header)")
    if suffix == ".docx" and not raw.startswith(b"PK\x03\x04"):
        if raw.startswith(b"%PDF-"):
            raise LoadError(f"{path}: named .docx but is a PDF")
        if raw.startswith(b"\xd0\xcf\x11\xe0"):
            raise LoadError(f"{path}: an old Word (.doc) file named .docx: save it as .docx or PDF")
        raise LoadError(f"{path}: not a Word document (a .docx is a zip container; this is not one)")


def load_file(
    path: Path, manifest: Mapping[str, DocInfo], notices: list[str] | None = None, limit_mb: float | None = None
) -> LoadedDoc:
    """Load and clean one file. Raises :class:`LoadError` with a one-line reason.

    ``limit_mb`` (``Settings.upload_limit_mb``) refuses larger files before they are read.
    """
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(f"{path}: unsupported file type '{suffix or '(none)'}' (supported: {', '.join(SUPPORTED)})")
    try:
        size = path.stat().st_size
        if limit_mb is not None and size > limit_mb * 1024 * 1024:
            raise LoadError(f"{path}: file is {size / 1024 / 1024:.1f} MB, above the upload limit of {limit_mb:g} MB (PLANVIS_UPLOAD_LIMIT_MB)")
        raw = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    if not raw.strip():
        raise LoadError(f"{path}: file is empty")
    _sniff(path, suffix, raw)
    if suffix in (".txt", ".md"):
        lines = _text_lines(path, raw, notices)
    elif suffix == ".pdf":
        lines = _pdf_lines(path)
    else:
        lines = _docx_lines(path)
    cleaned = clean_lines(lines)
    if not any(line.text.strip() for line in cleaned):
        raise LoadError(f"{path}: no text found in file")
    return LoadedDoc(
        info=doc_info_for(path, manifest),
        path=str(path),
        lines=tuple(cleaned),
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def _text_lines(path: Path, raw: bytes, notices: list[str] | None) -> list[Line]:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = raw.decode("utf-16", errors="replace")
        if notices is not None:
            notices.append(f"{path}: read as UTF-16")
    elif b"\x00" in raw[:8192]:
        raise LoadError(f"{path}: not a text file (binary content)")
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", errors="replace")
            if notices is not None:
                notices.append(f"{path}: not UTF-8, read as Windows-1252")
    lines = text.splitlines()
    pages = _txt_pages(lines)
    return [Line(no=i + 1, text=t, page=p) for i, (t, p) in enumerate(zip(lines, pages, strict=True))]


def _is_page_start(text: str) -> bool:
    return len(text) > 1 and text[0] == " " and not text[1].isspace()


def _txt_pages(lines: list[str]) -> list[int | None]:
    """Approximate printed page per line of an extracted .txt.

    Page boundaries are lines starting with exactly one space and the running-footer blocks
    ("Strategisk og systematisk kompetansestyring 62"). A footer names the page that ends there,
    so it anchors the count; between anchors we count boundaries. On the report this reproduces
    4 of 5 footer page numbers exactly from the previous footer (tests/test_loaders.py).
    Documents with too few page starts get ``None``: there is no signal worth showing.
    """
    boundaries = [i for i, t in enumerate(lines) if _is_page_start(t)]
    anchors = [(i, int(m.group(1))) for i, t in enumerate(lines) if (m := _RUNNING_HEADER_RE.match(t))]
    if len(boundaries) < _MIN_PAGE_STARTS and not anchors:
        return [None] * len(lines)
    is_boundary = [False] * len(lines)
    for i in boundaries:
        is_boundary[i] = True
    for i, _ in anchors:
        is_boundary[i] = True
    pages: list[int | None] = [None] * len(lines)
    if anchors:
        # Before the first anchor count backwards from it; after it, forwards from the latest.
        first_i, first_p = anchors[0]
        page = first_p
        for i in range(first_i - 1, -1, -1):
            pages[i] = max(page, 1)
            if is_boundary[i]:
                page -= 1
        # Between two footers, count boundaries when their number fits the two page numbers;
        # where boundaries are missing (the case appendix), interpolate by line position.
        ends: list[tuple[int, int | None]] = [*anchors, (len(lines), None)]
        for (a_i, a_p_opt), (b_i, b_p) in zip(ends, ends[1:], strict=False):
            a_p = int(a_p_opt or 0)
            pages[a_i] = a_p
            inside = [i for i in range(a_i + 1, b_i) if is_boundary[i]]
            fits = b_p is None or len(inside) + 1 == b_p - a_p
            page = a_p + 1
            for i in range(a_i + 1, b_i):
                if fits:
                    if is_boundary[i]:
                        page += 1
                    pages[i] = page
                else:
                    assert b_p is not None
                    pages[i] = a_p + 1 + int((i - a_i) / (b_i - a_i) * (b_p - a_p - 1) + 0.5)
        return pages
    page = 0 if boundaries and boundaries[0] == 0 else 1
    for i in range(len(lines)):
        if is_boundary[i]:
            page += 1
        pages[i] = page
    return pages


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0][:160]}" if text else type(exc).__name__


def _pdf_lines(path: Path) -> list[Line]:
    import logging

    from pypdf import PdfReader

    # pypdf logs recoverable damage ("EOF marker not found") itself; we report it as one line instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise LoadError(f"{path}: PDF is encrypted (password protected)")
            except LoadError:
                raise
            except Exception as exc:
                raise LoadError(f"{path}: PDF is encrypted and cannot be opened ({exc})") from exc
        out: list[Line] = []
        no = 0
        for page_no, page in enumerate(reader.pages, start=1):
            text = page.extract_text() or ""
            for t in text.splitlines():
                no += 1
                out.append(Line(no=no, text=t, page=page_no))
            no += 1
            out.append(Line(no=no, text="", page=page_no))
    except LoadError:
        raise
    except RecursionError as exc:
        raise LoadError(f"{path}: not a readable PDF (nested too deeply)") from exc
    except Exception as exc:  # pypdf raises many types on damaged files; any of them means "damaged"
        raise LoadError(f"{path}: not a readable PDF ({_first_line(exc)})") from exc
    if not any(line.text.strip() for line in out):
        raise LoadError(f"{path}: PDF has no text layer (scanned?); run OCR first")
    return out


def _docx_lines(path: Path) -> list[Line]:
    import zipfile

    from docx import Document

    if not zipfile.is_zipfile(path):
        raise LoadError(f"{path}: Word document is truncated or damaged (incomplete zip container)")
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise LoadError(f"{path}: Word document is truncated or damaged ({_first_line(exc)})") from exc
    if "word/document.xml" not in names:
        raise LoadError(f"{path}: zip archive without a Word document inside (no word/document.xml)")
    try:
        document = Document(str(path))
        out: list[Line] = []
        # Paragraphs and tables in document order; a table keeps its column headings with every cell.
        for block in document.iter_inner_content():
            texts = docx_table_lines(block) if hasattr(block, "rows") else (block.text.splitlines() or [""])
            for t in texts:
                out.append(Line(no=len(out) + 1, text=t, page=None))
    except Exception as exc:  # zipfile, python-docx and lxml errors: a damaged or foreign file
        name = type(exc).__name__
        if name == "XMLSyntaxError":
            raise LoadError(f"{path}: Word document is damaged (broken XML inside: {str(exc).splitlines()[0][:120]})") from exc
        raise LoadError(f"{path}: not a readable Word document ({_first_line(exc)})") from exc
    return out


def _row_cells(row: Any) -> list[str]:
    """A table row's cell texts, a merged cell once (python-docx repeats it for each grid column it spans)."""
    seen: list[Any] = []
    out: list[str] = []
    for cell in row.cells:
        if any(cell._tc is s for s in seen):  # noqa: SLF001 - python-docx exposes no other identity for a merged cell
            continue
        seen.append(cell._tc)  # noqa: SLF001
        out.append(" ".join(cell.text.split()))
    return out


def docx_table_lines(table: Any) -> list[str]:
    """A Word table as text lines that keep its structure: a blank line, the heading row, one line per
    row with each cell after its column heading, a blank line.

    The first row is taken as the headings. A cell under an empty heading (the row-label column)
    stands alone, an empty cell is left out:

        Sektor; Ganske positivt; Ganske negativt
        Sektor: Pleie og omsorg; Ganske positivt: 4,0; Ganske negativt: 70,7

    Without this a row reads "Pleie og omsorg 4,0 70,7" and a figure loses what it measures.
    """
    rows = [_row_cells(r) for r in table.rows]
    rows = [r for r in rows if any(r)]
    if not rows:
        return []
    headings = rows[0]
    lines = ["", "; ".join(h for h in headings if h)]
    for cells in rows[1:]:
        parts = []
        for i, cell in enumerate(cells):
            if not cell:
                continue
            heading = headings[i] if i < len(headings) and len(cells) == len(headings) else ""
            parts.append(f"{heading}: {cell}" if heading and heading != cell else cell)
        lines.append("; ".join(parts))
    lines.append("")
    return lines


def _unspace_letters(text: str) -> str:
    """'S T R A T E G I S K' -> 'STRATEGISK'; double spaces separate words."""
    words = re.split(r"\s{2,}", text.strip())
    return " ".join(w.replace(" ", "") for w in words)


def clean_lines(lines: Iterable[Line]) -> list[Line]:
    """Remove extraction artefacts, keeping original line numbers and pages.

    - running headers ("Strategisk og systematisk kompetansestyring 62") and the lone page
      number that follows them;
    - bullet glyphs -> "• ";
    - letter-spaced titles joined;
    - words split across lines with a hyphen joined ("kompe-" + "tanse" -> "kompetanse"),
      but "pleie- og omsorg" and "KS-" + "systemet" keep their hyphen;
    - the single leading space that marks a page start; NFC normalisation;
    - a blank line inside a sentence (the next line goes on in lower case);
    - a page's footnotes, printed inside the sentence the page breaks, moved after that sentence.
    """
    src = [Line(no=ln.no, text=unicodedata.normalize("NFC", ln.text.replace("\u00a0", " ")), page=ln.page) for ln in lines]
    if rules.enabled("footnotes-after-sentence"):
        src = _footnotes_after_sentence(src)
    out: list[Line] = []
    skip_number_until = -1
    for idx, line in enumerate(src):
        text = line.text.rstrip()
        if _RUNNING_HEADER_RE.match(text):
            skip_number_until = idx + 3
            continue
        if idx <= skip_number_until and _LONE_NUMBER_RE.match(text):
            skip_number_until = -1
            continue
        if _LETTER_SPACED_RE.match(text):
            text = _unspace_letters(text)
        text = _BULLET_RE.sub("• ", text)
        if text.startswith(" ") and not text.startswith("  "):
            text = text[1:]
        out.append(Line(no=line.no, text=text, page=line.page))
    return _drop_blank_inside_sentences(_join_hyphenated(out))


rules.register(
    "footnotes-after-sentence", kind="pattern", module="assistant.loaders", found_on=("b27", "b30"),
    what="a page's footnotes (under the report's rule of spaces: '15 Dette spørsmålet følges opp …') stand between the "
    "halves of the sentence the page breaks ('De vanligste er' / 'avklaring av hensikt …'); the sentence is mended "
    "and the footnotes follow it as a paragraph of their own, so neither is read as part of the other",
)
_FOOTNOTE_RULE_RE = re.compile(r"^ {20,}$")  # the line of spaces the report prints above a page's footnotes
_FOOTNOTE_LINE_RE = re.compile(r"^\d{1,2} \S")  # a footnote as printed: its number, a space, its text
# The end of a sentence: a stop, then a capital (or the line's end); "1.4.2009" and "pkt. 3" go on.
_SENTENCE_END_RE = re.compile(r"[.!?][”»\")]?(?=\s+[A-ZÆØÅ«”\"]|\s*$)")
MAX_FOOTNOTE_LINES = 6  # a longer block is not told apart from the page's text with confidence
MAX_SENTENCE_LINES = 4  # how far the broken sentence is followed to its end


def _footnotes_after_sentence(lines: list[Line]) -> list[Line]:
    """The lines with each footnote block that breaks a sentence moved after that sentence's end.

    A block is the rule of spaces and the footnote lines under it, up to the next page's first line (one
    leading space). Only a sentence left open (the line before the block ends in a letter or a comma) is
    mended; the rest of the page's text stays where it was, after the footnotes and a blank line.

    >>> L = lambda *ts: [Line(no=i + 1, text=t, page=None) for i, t in enumerate(ts)]
    >>> [x.text for x in _footnotes_after_sentence(L("som gjennomførte", "", " " * 30, "10 Evaluert av X", " prosjekter der", "ledere. Neste"))]
    ['som gjennomførte', ' prosjekter der', 'ledere.', '', '10 Evaluert av X', '', 'Neste']
    """
    out = list(lines)
    i = 0
    while i < len(out) - 1:
        if not (_FOOTNOTE_RULE_RE.match(out[i].text) and _FOOTNOTE_LINE_RE.match(out[i + 1].text)):
            i += 1
            continue
        j = i + 1
        while j < len(out) and out[j].text.strip() and not _is_page_start(out[j].text) and not _RUNNING_HEADER_RE.match(out[j].text):
            j += 1
        before = i - 1
        while before >= 0 and not out[before].text.strip():
            before -= 1
        stop = next(((k, m) for k in range(j, min(j + MAX_SENTENCE_LINES, len(out))) if (m := _SENTENCE_END_RE.search(out[k].text))), None)
        open_end = before >= 0 and bool(_OPEN_END_RE.search(out[before].text.rstrip()))
        if j - i - 1 > MAX_FOOTNOTE_LINES or j >= len(out) or not _is_page_start(out[j].text) or stop is None or not open_end:
            i = j
            continue
        end, cut = stop[0], stop[1].end()
        head, tail = out[end].text[:cut], out[end].text[cut:].strip()
        mended = [*out[j:end], Line(no=out[end].no, text=head, page=out[end].page)]
        notes = out[i + 1 : j]
        blank = Line(no=out[i].no, text="", page=out[i].page)
        rest = [Line(no=out[end].no, text=tail, page=out[end].page)] if tail else []
        # the sentence's end goes up to its start (over the blank lines the page break left), then the footnotes
        out[before + 1 : end + 1] = [*mended, blank, *notes, blank, *rest]
        i = before + 1 + len(mended) + len(notes) + 2
    return out


_OPEN_END_RE = re.compile(r"[a-zæøåé,]$")
_LOWER_START_RE = re.compile(r"^\s*[a-zæøåé]")


def _drop_blank_inside_sentences(lines: list[Line]) -> list[Line]:
    """The extraction put blank lines inside sentences and list items ("avsluttes" / "" / "våren 2011.").

    A blank line between a line that ends mid-sentence and one that starts in lower case is dropped,
    so the sentence stays in one paragraph.
    """
    keep: list[Line] = []
    for i, line in enumerate(lines):
        if (
            not line.text.strip()
            and keep
            and i + 1 < len(lines)
            and _OPEN_END_RE.search(keep[-1].text.rstrip())
            and _LOWER_START_RE.match(lines[i + 1].text)
        ):
            continue
        keep.append(line)
    return keep


_HYPHEN_END_RE = re.compile(r"([a-zæøåé])-$")
_NEXT_WORD_RE = re.compile(r"^\s*([a-zæøåé][\wæøåÆØÅ-]*[.,;:!?)»”]*)\s*")
_KEEP_HYPHEN_NEXT = {"og", "eller", "til", "som", "samt", "enn"}


def _join_hyphenated(lines: list[Line]) -> list[Line]:
    out = list(lines)
    for i in range(len(out) - 1):
        cur = out[i].text.rstrip()
        if not _HYPHEN_END_RE.search(cur):
            continue
        j = i + 1
        while j < len(out) and not out[j].text.strip() and j - i <= 2:
            j += 1
        if j >= len(out):
            continue
        m = _NEXT_WORD_RE.match(out[j].text)
        if not m or m.group(1).rstrip(".,;:!?)»”") in _KEEP_HYPHEN_NEXT:
            continue
        out[i] = Line(no=out[i].no, text=cur[:-1] + m.group(1), page=out[i].page)
        out[j] = Line(no=out[j].no, text=out[j].text[m.end():], page=out[j].page)
    return out
