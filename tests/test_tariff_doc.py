"""corpus/tariff-avtaletekster.md may only hold agreement text as the four sources quote it.

Each ``## `` section has one ``Kilde:`` line naming its source file(s) and line ranges
("linje A–B i <fil>.txt"); every other paragraph of the section must occur, after
normalising both sides, inside one of those line ranges. Quotations «…» in the Kilde line
must occur in a named file too. Every section must say it is historical.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DOC = PROJECT_ROOT / "corpus" / "tariff-avtaletekster.md"
# The sources live in corpus/ of the checkout; ../shared/corpus is the shared original.
SOURCE_DIRS = (PROJECT_ROOT / "corpus", PROJECT_ROOT.parent / "shared" / "corpus")

BULLETS = "•♦▪●◦■□➢✓·"
RANGE_RE = re.compile(r"linje (\d+)(?:[–-](\d+))? i ([\w.-]+\.txt)")
QUOTE_RE = re.compile(r"«(.+?)»")


def normalise(text: str) -> str:
    """NFKC, lower case, no bullet glyphs, no "- " hyphenation, collapsed white space.

    >>> normalise("• Kompe-  tanse\\n  og  ")
    'kompetanse og'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(
        ch for ch in text if ch not in BULLETS and unicodedata.category(ch) != "Co"
    )
    text = re.sub(r"-\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def source_path(name: str) -> Path:
    for folder in SOURCE_DIRS:
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(name)


def source_lines(name: str, first: int, last: int) -> str:
    lines = source_path(name).read_text(encoding="utf-8").splitlines()
    assert 1 <= first <= last <= len(lines), f"{name}: linje {first}–{last} finnes ikke"
    return "\n".join(lines[first - 1 : last])


@dataclass(frozen=True)
class Section:
    heading: str
    kilde: str
    paragraphs: tuple[str, ...]


def parse(markdown: str) -> list[Section]:
    sections = []
    for block in re.split(r"^## ", markdown, flags=re.MULTILINE)[1:]:
        heading, _, body = block.partition("\n")
        paragraphs = [
            " ".join(p.split()) for p in re.split(r"\n\s*\n", body) if p.strip()
        ]
        kilde = [p for p in paragraphs if p.startswith("Kilde:")]
        assert len(kilde) == 1, (
            f"{heading}: venter nøyaktig én Kilde-linje, fant {len(kilde)}"
        )
        quoted = tuple(p for p in paragraphs if not p.startswith("Kilde:"))
        sections.append(Section(heading.strip(), kilde[0], quoted))
    return sections


SECTIONS = parse(DOC.read_text(encoding="utf-8"))


def test_document_shape() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert text.startswith(
        "# Avtaletekster om kompetanseutvikling (historisk: Hovedtariffavtalen 2008–2010)\n"
    )
    assert len(SECTIONS) >= 4
    assert all(section.paragraphs for section in SECTIONS)


@pytest.mark.parametrize("section", SECTIONS, ids=[s.heading for s in SECTIONS])
def test_quoted_paragraphs_occur_in_named_source(section: Section) -> None:
    ranges = RANGE_RE.findall(section.kilde)
    assert ranges, f"Kilde-linjen nevner ingen «linje A–B i <fil>.txt»: {section.kilde}"
    windows = [
        normalise(source_lines(name, int(first), int(last or first)))
        for first, last, name in ranges
    ]
    for paragraph in section.paragraphs:
        assert any(normalise(paragraph) in window for window in windows), (
            f"{section.heading}: fant ikke avsnittet i de oppgitte linjene: {paragraph!r}"
        )


@pytest.mark.parametrize("section", SECTIONS, ids=[s.heading for s in SECTIONS])
def test_quotations_in_kilde_line_occur_in_named_source(section: Section) -> None:
    names = {name for _, _, name in RANGE_RE.findall(section.kilde)}
    sources = [
        normalise(source_path(name).read_text(encoding="utf-8")) for name in names
    ]
    for quote in QUOTE_RE.findall(section.kilde):
        assert any(normalise(quote) in source for source in sources), (
            f"{section.heading}: sitatet «{quote}» i Kilde-linjen finnes ikke i kilden"
        )


@pytest.mark.parametrize("section", SECTIONS, ids=[s.heading for s in SECTIONS])
def test_section_is_marked_historical(section: Section) -> None:
    assert (
        "historisk" in section.heading.lower() or "historisk" in section.kilde.lower()
    )
