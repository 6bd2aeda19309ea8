"""The few frozen dataclasses that flow through every stage of the pipeline.

LangChain, Chroma and Gradio objects are converted to and from these only at the edges.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class DocInfo:
    """One source document as described by the corpus manifest."""

    doc_id: str
    title: str
    doc_type: str  # report | plan | tariff | user
    year: int | None = None
    municipality: str | None = None
    publisher: str | None = None
    original: str | None = None


@dataclass(frozen=True)
class Line:
    """One cleaned line of a loaded document, with where it came from."""

    no: int  # 1-based line number in the source text (for PDF/DOCX: in the extracted text)
    text: str
    page: int | None = None


@dataclass(frozen=True)
class LoadedDoc:
    """A document read from disk and cleaned of extraction artefacts."""

    info: DocInfo
    path: str
    lines: tuple[Line, ...]
    sha256: str  # of the raw file bytes

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)


@dataclass(frozen=True)
class Chunk:
    """A retrievable passage: its text plus everything a citation needs."""

    id: str
    text: str
    doc_id: str
    title: str
    section: tuple[str, ...] = ()
    pages: tuple[int, int] | None = None
    lines: tuple[int, int] = (0, 0)
    meta: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def section_path(self) -> str:
        return " > ".join(self.section)

    @property
    def page(self) -> int | None:
        return self.pages[0] if self.pages else None


@dataclass(frozen=True)
class Hit:
    """A chunk returned by retrieval with its rank and fused score."""

    chunk: Chunk
    rank: int
    score: float


@dataclass(frozen=True)
class Citation:
    """A numbered reference from an answer to a passage the engine was given."""

    n: int
    chunk: Chunk
    quote: str  # the sentence(s) of the passage that support the claim, or the passage start

    @property
    def year(self) -> int | None:
        year = self.chunk.meta.get("year")
        return int(year) if year else None


@dataclass(frozen=True)
class Answer:
    """What an engine returns: text with [n] markers, the citations, and whether it refused."""

    question: str
    text: str
    citations: tuple[Citation, ...]
    refused: bool
    engine: str
    latency_s: float = 0.0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SourceSentence:
    """One sentence of a passage with what a citation of it needs.

    ``text`` is the sentence as it is quoted (on one line, without a footnote number glued to its
    end); ``start``/``end`` are its character offsets in ``chunk.text``; ``position`` is its index
    among the passage's sentences.
    """

    text: str
    chunk: Chunk
    position: int
    start: int
    end: int

    def citation(self, n: int = 1) -> Citation:
        """The citation ``[n]`` that quotes this sentence."""
        return Citation(n=n, chunk=self.chunk, quote=self.text)
