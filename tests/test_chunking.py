"""Section-aware chunking on the real corpus and on small hand-made documents."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.chunking import chunk_document, index_text
from assistant.loaders import load_file, read_manifest
from assistant.types import DocInfo, Line, LoadedDoc

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.fixture(scope="module")
def manifest():
    return read_manifest(CORPUS)


def _chunks(name: str, manifest):
    return chunk_document(load_file(CORPUS / name, manifest))


def test_numbered_headings_become_section_paths(manifest) -> None:
    chunks = _chunks("halden-kompetanseplan-2010-2012.txt", manifest)
    paths = {c.section_path for c in chunks}
    assert "1. INNLEDNING > 1.2 Rådmannens beslutning" in paths
    assert "7. OPPFØLGING OG RULLERING > 7.1 Oppfølging" in paths or any(p.startswith("7.") for p in paths)


def test_glued_and_dotted_numbers_and_lists(manifest) -> None:
    chunks = _chunks("sorum-strategisk-kompetanseutviklingsplan-2010-2013.txt", manifest)
    paths = " | ".join(c.section_path for c in chunks)
    assert "1.2 Trepartssamarbeid" in paths  # "1.2Trepartssamarbeid" in the source
    assert "8.5 HMS" in paths
    # the numbered list "1. Sikre økonomisk handlefrihet / 2. Fortsette ..." is not a chapter
    assert "2. Fortsette" not in paths


def test_case_headings_in_the_report(manifest) -> None:
    chunks = _chunks("ks-asplan-fafo-2010-strategisk-kompetansestyring.txt", manifest)
    fagstigen = [c for c in chunks if "24 ansatte fått klinisk godkjenning" in " ".join(c.text.split())]
    assert fagstigen and fagstigen[0].section[:2] == ("VEDLEGG - BESKRIVELSE AV CASEKOMMUNENE", "SØRUM")
    assert any(c.section[1:2] == ("ALTA",) for c in chunks)
    assert any("10.2 Planlegging" in c.section_path for c in chunks)
    method = [c for c in chunks if c.section and c.section[0].startswith("10 SKISSE")]
    assert method, "chapter 10 (the method) is its own section"


def test_chunks_carry_metadata_and_stay_small(manifest) -> None:
    for name in ("ks-asplan-fafo-2010-strategisk-kompetansestyring.txt", "baerum-skup-2010-2013.txt"):
        chunks = _chunks(name, manifest)
        assert len({c.id for c in chunks}) == len(chunks)
        for c in chunks:
            assert c.doc_id == Path(name).stem and c.title
            assert c.lines[0] <= c.lines[1]
            assert len(c.text.split()) <= 420
            assert c.meta["year"] == 2010
    bærum = _chunks("baerum-skup-2010-2013.txt", manifest)
    assert all(c.meta["municipality"] == "Bærum" for c in bærum)
    assert "Bærum" in index_text(bærum[3]) or "Bærum" in bærum[3].title


def test_every_source_line_is_in_some_chunk(manifest) -> None:
    doc = load_file(CORPUS / "sorum-strategisk-kompetanseutviklingsplan-2010-2013.txt", manifest)
    text = " ".join(" ".join(c.text.split()) for c in chunk_document(doc))
    missing = [ln.no for ln in doc.lines if ln.text.strip() and " ".join(ln.text.split()) not in text]
    assert not missing, missing[:10]


def test_markdown_headings() -> None:
    doc = LoadedDoc(
        DocInfo("t", "Tariff", "tariff"),
        "t.md",
        (Line(1, "# Avtaletekster"), Line(2, ""), Line(3, "## HTA kap. 3.3"), Line(4, ""), Line(5, "Arbeidsgiver har ansvar for å kartlegge.")),
        "x",
    )
    (chunk,) = chunk_document(doc)
    assert chunk.section == ("Avtaletekster", "HTA kap. 3.3")
    assert chunk.pages is None
