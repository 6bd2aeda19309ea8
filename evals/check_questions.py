"""Validate the eval question set (evals/questions.jsonl) against its schema and the corpus.

Usage::

    python evals/check_questions.py [FILE] [--corpus DIR]

Checks, for every line of FILE:

- the schema: ``id`` ("q001"), ``question``, ``answer``, ``must_include``, ``evidence``,
  ``sources``, ``type``, plus ``lang`` ("nn" / "en", optional) and ``history`` (followups
  only), with the right types and no other keys;
- the rules per type: unanswerable questions have no evidence, must_include, sources or
  answer; the others have 1–3 must_include strings, at least one evidence quote, sources
  and an answer; comparisons have at least two quotes; followups have a history of turns;
- every evidence quote is 40–200 characters long and occurs in the corpus (a normalised
  substring of the normalised concatenated .txt files, see :mod:`assistant.relevance`),
  without spanning a page break, a running header or a lone page number;
- ``sources`` lists exactly the documents in which the quotes occur;
- every must_include string occurs in at least one of its evidence quotes and in the
  reference answer, and is not a percentage written with "%".

and for the whole file: unique ids and questions, at least 130 questions, the minimum count
per type and per extra language. Prints the failures and a one-line summary; exits 1 on any
failure. :func:`check_questions` does the same as a function.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
if str(PROJECT_ROOT) not in sys.path:  # run as a script from anywhere, without an install
    sys.path.insert(0, str(PROJECT_ROOT))

from assistant.relevance import normalize  # noqa: E402

DEFAULT_FILE = PROJECT_ROOT / "evals" / "questions.jsonl"
CORPUS_DIRS = (PROJECT_ROOT / "corpus", PROJECT_ROOT.parent / "shared" / "corpus")

TYPES = ("case_fact", "tariff", "survey_figure", "plan_method", "comparison", "unanswerable", "followup")
MIN_PER_TYPE = {"unanswerable": 15, "comparison": 10, "followup": 10, "tariff": 10, "survey_figure": 15, "plan_method": 15}
MIN_TOTAL = 130
LANGS = ("nn", "en")
MIN_PER_LANG = 3
QUOTE_MIN, QUOTE_MAX = 40, 200
MUST_MIN, MUST_MAX = 1, 3

REQUIRED = {"id": str, "question": str, "answer": str, "must_include": list, "evidence": list, "sources": list, "type": str}
OPTIONAL = {"lang": str, "history": list}
ID_RE = re.compile(r"^q\d{3,}$")

# Lines that end a page segment: a page start (exactly one leading space), the running header
# and lone page numbers of the report, and the date + page footer of the Bærum brochure.
_PAGE_START_RE = re.compile(r"^ \S")
_PAGE_FURNITURE_RE = re.compile(r"^\s*(?:Strategisk og systematisk kompetansestyring\s+\d{1,3}|\d{1,3}|\d{2}\.\d{2}\.\d{4}\s+\d{1,3})\s*$")


@dataclass(frozen=True)
class CorpusDoc:
    """One source text: its doc id, its normalised text and its normalised page segments."""

    doc_id: str
    text: str
    segments: tuple[str, ...]


@dataclass
class CheckResult:
    """What :func:`check_questions` found."""

    path: Path
    n_questions: int = 0
    types: Counter[str] = field(default_factory=Counter)
    langs: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        per_type = ", ".join(f"{t} {self.types[t]}" for t in TYPES)
        per_lang = ", ".join(f"{lang} {self.langs[lang]}" for lang in LANGS)
        verdict = "OK" if self.ok else f"{len(self.failures)} failure(s)"
        return f"{self.path.name}: {self.n_questions} questions ({per_type}; {per_lang}): {verdict}"


def find_corpus_dir(dirs: Sequence[Path] = CORPUS_DIRS) -> Path:
    """The first directory that holds the corpus .txt files."""
    for folder in dirs:
        if folder.is_dir() and any(folder.glob("*.txt")):
            return folder
    raise FileNotFoundError(f"no corpus .txt files in {', '.join(map(str, dirs))}")


def page_segments(text: str) -> list[str]:
    """Split a raw source text where a page ends; page furniture lines are dropped.

    >>> page_segments("a\\nb\\n\\nStrategisk og systematisk kompetansestyring 9\\n\\n9\\n\\nc\\n d")
    ['a\\nb\\n', '\\nc', ' d']
    """
    segments: list[list[str]] = [[]]
    for line in text.splitlines():
        if _PAGE_FURNITURE_RE.match(line):
            segments.append([])
            continue
        if _PAGE_START_RE.match(line):
            segments.append([])
        segments[-1].append(line)
    return ["\n".join(lines) for lines in segments if any(line.strip() for line in lines)]


@lru_cache(maxsize=4)
def load_corpus(corpus_dir: Path) -> tuple[CorpusDoc, ...]:
    """Read every .txt file of the corpus; the doc id is the file stem. Cached per directory."""
    docs = []
    for path in sorted(corpus_dir.glob("*.txt")):
        raw = path.read_text(encoding="utf-8")
        docs.append(CorpusDoc(path.stem, normalize(raw), tuple(normalize(s) for s in page_segments(raw))))
    if not docs:
        raise FileNotFoundError(f"no .txt files in {corpus_dir}")
    return tuple(docs)


def _check_schema(n: int, item: object, fail: list[str]) -> dict | None:
    if not isinstance(item, dict):
        fail.append(f"line {n}: not a JSON object")
        return None
    where = f"line {n} ({item.get('id', '?')})"
    ok = True
    for key, kind in REQUIRED.items():
        if key not in item:
            fail.append(f"{where}: missing key {key!r}")
            ok = False
        elif not isinstance(item[key], kind):
            fail.append(f"{where}: {key!r} must be a {kind.__name__}")
            ok = False
    for key, kind in OPTIONAL.items():
        if key in item and not isinstance(item[key], kind):
            fail.append(f"{where}: {key!r} must be a {kind.__name__}")
            ok = False
    unknown = set(item) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        fail.append(f"{where}: unknown key(s) {sorted(unknown)}")
    for key in ("must_include", "evidence", "sources"):
        if isinstance(item.get(key), list) and not all(isinstance(x, str) and x.strip() for x in item[key]):
            fail.append(f"{where}: {key!r} must hold non-empty strings")
            ok = False
    return item if ok else None


def _check_history(where: str, history: object, fail: list[str]) -> None:
    if not isinstance(history, list) or not history:
        fail.append(f"{where}: a followup needs a non-empty 'history'")
        return
    for i, turn in enumerate(history):
        expected = "user" if i % 2 == 0 else "assistant"
        if (
            not isinstance(turn, dict)
            or set(turn) != {"role", "content"}
            or turn["role"] != expected
            or not isinstance(turn["content"], str)
            or not turn["content"].strip()
        ):
            fail.append(f"{where}: history turn {i + 1} must be {{'role': '{expected}', 'content': '...'}}")
            return
    if history[-1]["role"] != "assistant":
        fail.append(f"{where}: history must end with an assistant turn")


def _check_item(where: str, item: dict, corpus: Sequence[CorpusDoc], fail: list[str]) -> None:
    kind = item["type"]
    if kind not in TYPES:
        fail.append(f"{where}: unknown type {kind!r}")
    if not item["question"].strip():
        fail.append(f"{where}: empty question")
    if "lang" in item and item["lang"] not in LANGS:
        fail.append(f"{where}: lang must be one of {LANGS}")
    if kind == "followup":
        _check_history(where, item.get("history"), fail)
    elif "history" in item:
        fail.append(f"{where}: only followups carry a history")

    evidence, must, sources = item["evidence"], item["must_include"], item["sources"]
    if kind == "unanswerable":
        if evidence or must or sources or item["answer"]:
            fail.append(f"{where}: unanswerable needs evidence=[], must_include=[], sources=[], answer=''")
        return
    if not item["answer"].strip():
        fail.append(f"{where}: empty answer")
    if not evidence:
        fail.append(f"{where}: no evidence")
    if kind == "comparison" and len(evidence) < 2:
        fail.append(f"{where}: a comparison needs one quote per passage (at least 2)")
    if not MUST_MIN <= len(must) <= MUST_MAX:
        fail.append(f"{where}: must_include needs {MUST_MIN}-{MUST_MAX} strings, has {len(must)}")
    if len(set(sources)) != len(sources):
        fail.append(f"{where}: duplicate sources")

    doc_ids = {doc.doc_id for doc in corpus}
    for source in sources:
        if source not in doc_ids:
            fail.append(f"{where}: unknown source {source!r}")
    found_in: set[str] = set()
    for quote in evidence:
        if not QUOTE_MIN <= len(quote.strip()) <= QUOTE_MAX:
            fail.append(f"{where}: quote must be {QUOTE_MIN}-{QUOTE_MAX} characters, has {len(quote.strip())}: {quote[:60]!r}")
        q = normalize(quote)
        docs = [doc for doc in corpus if q in doc.text]
        if not docs:
            fail.append(f"{where}: quote not in corpus: {quote[:80]!r}")
            continue
        if not any(q in segment for doc in docs for segment in doc.segments):
            fail.append(f"{where}: quote spans a page break or header: {quote[:80]!r}")
        found_in.update(doc.doc_id for doc in docs)
        if not set(sources) & {doc.doc_id for doc in docs}:
            fail.append(f"{where}: quote occurs in {sorted(d.doc_id for d in docs)}, none listed in sources: {quote[:60]!r}")
    extra = (set(sources) & doc_ids) - found_in
    if extra and found_in:
        fail.append(f"{where}: sources {sorted(extra)} hold none of the quotes")

    normalized_quotes = [normalize(q) for q in evidence]
    for term in must:
        if "%" in term:
            fail.append(f"{where}: must_include {term!r}: give the number without '%'")
        if not any(normalize(term) in q for q in normalized_quotes):
            fail.append(f"{where}: must_include {term!r} is in none of the quotes")
        if normalize(term) not in normalize(item["answer"]):
            fail.append(f"{where}: must_include {term!r} is missing from the reference answer")


def check_questions(path: Path | str = DEFAULT_FILE, corpus_dir: Path | str | None = None) -> CheckResult:
    """Validate a question file; the result lists every failure (empty when the file is valid)."""
    path = Path(path)
    result = CheckResult(path=path)
    fail = result.failures
    corpus = load_corpus((Path(corpus_dir) if corpus_dir else find_corpus_dir()).resolve())
    ids: Counter[str] = Counter()
    questions: Counter[str] = Counter()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            fail.append(f"line {n}: invalid JSON: {exc}")
            continue
        item = _check_schema(n, raw, fail)
        if item is None:
            continue
        result.n_questions += 1
        result.types[item["type"]] += 1
        if "lang" in item:
            result.langs[item["lang"]] += 1
        ids[item["id"]] += 1
        questions[normalize(item["question"]) + "\x00" + json.dumps(item.get("history", []))] += 1
        where = f"line {n} ({item['id']})"
        if not ID_RE.match(item["id"]):
            fail.append(f"{where}: id must look like 'q001'")
        _check_item(where, item, corpus, fail)

    fail.extend(f"duplicate id {i!r}" for i, c in ids.items() if c > 1)
    fail.extend(f"duplicate question {q.split(chr(0))[0]!r}" for q, c in questions.items() if c > 1)
    if result.n_questions < MIN_TOTAL:
        fail.append(f"only {result.n_questions} questions, need at least {MIN_TOTAL}")
    for kind, minimum in MIN_PER_TYPE.items():
        if result.types[kind] < minimum:
            fail.append(f"only {result.types[kind]} {kind} questions, need at least {minimum}")
    for lang in LANGS:
        if result.langs[lang] < MIN_PER_LANG:
            fail.append(f"only {result.langs[lang]} questions with lang={lang!r}, need at least {MIN_PER_LANG}")
    return result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT_FILE), help="question file (JSONL)")
    parser.add_argument("--corpus", default=None, help="directory with the corpus .txt files")
    args = parser.parse_args(argv)
    try:
        result = check_questions(args.file, args.corpus)
    except (OSError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for failure in result.failures:
        print(f"FAIL {failure}")
    print(result.summary())
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main())
