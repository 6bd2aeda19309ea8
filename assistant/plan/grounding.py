"""Cited text for a draft: numbered references, sentences found by retrieval, checks in code.

Every sentence a draft takes from the sources goes through :meth:`Grounder.cite`, which checks it
with :func:`assistant.citations.support` against the passage it cites (with the passage's header,
which names the document and municipality) and returns ``None`` when it is not supported, so the
caller leaves it out. A draft therefore never shows a citation that the code did not check.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.chunking import index_text
from assistant.citations import one_line, split_sentences, support
from assistant.retrieve import Filters, owner
from assistant.types import Chunk


@dataclass(frozen=True)
class Reference:
    """One numbered source of a draft: ``[n] document (year), section, page``."""

    n: int
    doc_id: str
    title: str
    year: int | None
    section: str
    page: int | None
    chunk_id: str
    passage: str  # the checked text (header + passage), kept so an eval can re-check the citation

    def label(self) -> str:
        """``Tittel (2010), 10.4 Oppfølging og evaluering, s. 101``."""
        parts = [f"{self.title} ({self.year})" if self.year else self.title]
        if self.section:
            parts.append(self.section)
        if self.page:
            parts.append(f"s. {self.page}")
        return ", ".join(parts)


@dataclass(frozen=True)
class Found:
    """A sentence found in a retrieved passage, with the sentences after it in the same passage."""

    chunk: Chunk
    sentence: str
    following: tuple[str, ...]
    place: str | None  # the case municipality the passage is about, if one


def _norm(text: str) -> str:
    return " ".join(text.split())


_DIGITS = re.compile(r"\d")
_BULLET = re.compile(r"^[•♦▪\-–*]\s*")


def usable(sentence: str) -> bool:
    """A sentence worth quoting: a real sentence of 5-70 words, no question, no table row."""
    words = sentence.split()
    if not 5 <= len(words) <= 70 or sentence.rstrip().endswith("?"):
        return False
    if sum(bool(_DIGITS.search(w)) for w in words) > len(words) / 4:
        return False
    return sentence.rstrip()[-1:] in ".!»:)\"”"


def section_label(section: Sequence[str]) -> str:
    """The most specific numbered heading ("10.4 Oppfølging og evaluering"); else the last two.

    A table's header row can be the last "heading" of a passage; a numbered heading says more.
    """
    numbered = [s for s in section if re.match(r"\d+(\.\d+)*\.?\s", s)]
    if numbered:
        return numbered[-1]
    return ", ".join(s.strip().title() if s.isupper() else s.strip() for s in section[-2:])


class Grounder:
    """Collects the references of one draft and checks each cited sentence against its passage."""

    def __init__(self, assistant: Any) -> None:
        self.assistant = assistant
        self.references: list[Reference] = []
        self._by_chunk: dict[str, int] = {}
        self._search_cache: dict[tuple[str, Filters | None], list[Chunk]] = {}

    # ---- references ------------------------------------------------------------------------
    def _ref(self, chunk: Chunk) -> Reference:
        if chunk.id in self._by_chunk:
            return self.references[self._by_chunk[chunk.id] - 1]
        n = len(self.references) + 1
        year = chunk.meta.get("year")
        ref = Reference(
            n=n,
            doc_id=chunk.doc_id,
            title=chunk.title,
            year=int(year) if year else None,
            section=section_label(chunk.section),
            page=chunk.page,
            chunk_id=chunk.id,
            passage=index_text(chunk),
        )
        self.references.append(ref)
        self._by_chunk[chunk.id] = n
        return ref

    def cite(self, sentence: str, chunks: Sequence[Chunk]) -> str | None:
        """``sentence`` with markers to ``chunks`` if their passages support it, else None.

        The sentence may hold our own frame around a «quote»; the quote must be supported on its
        own and the whole sentence too (so a municipality named in the frame must be in the passage).
        """
        if not chunks:
            return None
        passage = "\n\n".join(index_text(c) for c in chunks)
        quotes = re.findall(r"«([^«»]+)»", sentence)
        checks = [*quotes, sentence] if quotes else [sentence]
        if not all(support(text, passage).supported for text in checks):
            return None
        marks = "".join(f"[{self._ref(c).n}]" for c in dict.fromkeys(chunks))
        body = sentence.rstrip()
        end = body[-1] if body[-1:] in ".!" else "."
        return f"{body.rstrip('.!')} {marks}{end}"

    # ---- finding text ------------------------------------------------------------------------
    def search(self, query: str, k: int = 6, filters: Filters | None = None) -> list[Chunk]:
        key = (f"{k}:{query}", filters)
        if key not in self._search_cache:
            hits = self.assistant.retriever.search(query, k=k, filters=filters)
            self._search_cache[key] = [h.chunk for h in hits]
        return self._search_cache[key]

    def find(self, queries: Iterable[str], anchors: Sequence[str], k: int = 6, filters: Filters | None = None) -> list[Found]:
        """Quotable sentences containing one of ``anchors`` in the passages retrieved for ``queries``.

        In retrieval order, one per (passage, sentence), with up to two sentences after each.
        """
        found: list[Found] = []
        seen: set[tuple[str, str]] = set()
        # An anchor starts a word ("ikt" is no anchor in "innsikt"; "deltid" is one in "deltidsstillinger").
        pattern = re.compile("|".join(rf"\b{re.escape(a.lower())}" for a in anchors))
        for query in queries:
            for chunk in self.search(query, k=k, filters=filters):
                sentences = [_BULLET.sub("", _norm(one_line(s))) for s in split_sentences(chunk.text)]
                for i, sentence in enumerate(sentences):
                    if not usable(sentence) or not pattern.search(sentence.lower()):
                        continue
                    if (chunk.id, sentence) in seen:
                        continue
                    seen.add((chunk.id, sentence))
                    after = tuple(s for s in sentences[i + 1 : i + 3] if usable(s))
                    found.append(Found(chunk, sentence, after, owner(chunk) or (chunk.meta.get("municipality") or None)))
        return found

    def source_chunks(self, quote: Any) -> list[Chunk]:
        """The indexed passages of a :class:`assistant.plan.method.SourceQuote`'s lines, in order."""
        chunks = [
            c
            for c in self.assistant.index.chunks().values()
            if c.doc_id == quote.doc_id and c.lines[0] <= quote.lines[1] and c.lines[1] >= quote.lines[0]
        ]
        return sorted(chunks, key=lambda c: c.lines)[:3]

    def method_quote(self, quote: Any, frame: str = "«{quote}»") -> str | None:
        """A SourceQuote as «quote» [n] (inside ``frame``), checked against the indexed text of its lines."""
        from assistant.plan.method import contains

        chunks = self.source_chunks(quote)
        text = _norm(quote.quote)
        if not chunks or not contains("\n".join(c.text for c in chunks), text):
            return None
        return self.cite(frame.format(quote=text), chunks)
