"""Loaders: cleaning artefacts, page numbers, fixture recovery and bad input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from assistant.loaders import LoadError, clean_lines, load_file, read_manifest
from assistant.types import Line

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"  # copies of ../shared/fixtures, so a clean clone has them
REPORT = CORPUS / "ks-asplan-fafo-2010-strategisk-kompetansestyring.txt"


def _lines(*texts: str) -> list[Line]:
    return [Line(no=i + 1, text=t) for i, t in enumerate(texts)]


def test_running_header_and_its_page_number_are_removed() -> None:
    out = clean_lines(_lines("slutten av en side", "", "Strategisk og systematisk kompetansestyring 62", "", "62", "", "neste side"))
    assert [ln.text for ln in out if ln.text] == ["slutten av en side", "neste side"]


def test_bullets_letter_spacing_and_hyphenation() -> None:
    out = clean_lines(_lines("\uf0b7 Hvordan benytter kommunene", " S T R A T E G I S K  ", "arbeid med kompe-", "tanse og pleie-", "og omsorg i KS-", "systemet"))
    texts = [ln.text for ln in out]
    assert texts[0] == "• Hvordan benytter kommunene"
    assert texts[1] == "STRATEGISK"
    assert texts[2] == "arbeid med kompetanse"
    assert texts[3].strip() == "og pleie-", "the fragment moved up; 'pleie- og omsorg' keeps its hyphen"
    assert texts[4].endswith("KS-"), "an upper-case word before the hyphen keeps it"
    # line numbers survive cleaning
    assert [ln.no for ln in out] == [1, 2, 3, 4, 5, 6]


def test_report_pages_follow_running_footers() -> None:
    """Counting page starts from one footer reproduces the next footer's number (4 of 5 intervals)."""
    lines = REPORT.read_text(encoding="utf-8").splitlines()
    footers = [(i, int(m.group(1))) for i, t in enumerate(lines) if (m := re.match(r"^Strategisk og systematisk kompetansestyring (\d+)\s*$", t))]
    exact = 0
    for (a, pa), (b, pb) in zip(footers, footers[1:], strict=False):
        starts = sum(1 for t in lines[a + 1 : b] if len(t) > 1 and t[0] == " " and not t[1].isspace())
        exact += pa + starts + 1 == pb
    assert exact >= 4
    doc = load_file(REPORT, read_manifest(CORPUS))
    by_no = {ln.no: ln for ln in doc.lines}
    assert by_no[1797].page == 50  # Fagstigen in 6.4, between footers 9 (l.155) and 62 (l.2279)
    assert 120 <= doc.lines[-1].page <= 130


def test_plans_without_page_signal_have_no_pages() -> None:
    doc = load_file(CORPUS / "halden-kompetanseplan-2010-2012.txt", read_manifest(CORPUS))
    assert all(ln.page is None for ln in doc.lines)
    assert doc.info.municipality == "Halden" and doc.info.doc_type == "plan"


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


@pytest.mark.parametrize(
    "fixture",
    ["baerum-skup-2010-2013.pdf", "sorum-strategisk-kompetanseutviklingsplan-2010-2013.pdf", "halden-kompetanseplan-2010-2012.docx"],
)
def test_office_fixtures_give_the_same_words_as_the_text(fixture: str) -> None:
    manifest = read_manifest(CORPUS)
    got = load_file(FIXTURES / fixture, manifest)
    ref = load_file(CORPUS / (Path(fixture).stem + ".txt"), manifest)
    a, b = _words(got.text), _words(ref.text)
    recovered = sum((a & b).values()) / sum(b.values())
    print(f"{fixture}: {recovered:.4f} of the words recovered")
    assert recovered >= 0.995
    assert got.info.doc_id == ref.info.doc_id
    if fixture.endswith(".pdf"):
        assert got.lines[0].page == 1 and got.lines[-1].page > 5


def test_bad_files_give_one_line_errors(tmp_path: Path) -> None:
    from pypdf import PdfWriter

    cases: dict[str, bytes] = {"corrupt.pdf": b"%PDF-1.4\nthis is not a pdf at all", "empty.txt": b"", "notes.xyz": b"hello"}
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    blank = PdfWriter()
    blank.add_blank_page(200, 200)
    with open(tmp_path / "scan.pdf", "wb") as fh:
        blank.write(fh)
    locked = PdfWriter()
    locked.add_blank_page(200, 200)
    locked.encrypt("hemmelig")
    with open(tmp_path / "locked.pdf", "wb") as fh:
        locked.write(fh)
    expected = {
        "corrupt.pdf": "not a readable PDF",
        "empty.txt": "file is empty",
        "notes.xyz": "unsupported file type",
        "scan.pdf": "no text layer",
        "locked.pdf": "encrypted",
    }
    for name, reason in expected.items():
        with pytest.raises(LoadError) as err:
            load_file(tmp_path / name, {})
        message = str(err.value)
        assert name in message and reason in message and "\n" not in message


def test_cp1252_text_is_read_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "gammel.txt"
    path.write_bytes("Kompetanse for ansatte i Bærum – særlig ledere.".encode("cp1252"))
    notices: list[str] = []
    doc = load_file(path, {}, notices)
    assert "Bærum" in doc.text and "–" in doc.text
    assert notices == [f"{path}: not UTF-8, read as Windows-1252"]
    assert doc.info.doc_type == "user"


def test_blank_line_inside_a_sentence_is_dropped() -> None:
    out = clean_lines(_lines("♦ Mentorprogram starter januar 2010 og avsluttes", "", "våren 2011.", "", "Neste avsnitt."))
    assert [ln.text for ln in out] == ["• Mentorprogram starter januar 2010 og avsluttes", "våren 2011.", "", "Neste avsnitt."]
    assert [ln.no for ln in out] == [1, 3, 4, 5]


def test_a_pages_footnotes_leave_the_sentence_the_page_breaks() -> None:
    from assistant import rules

    def text() -> str:
        return " ".join(ln.text for ln in load_file(REPORT, read_manifest(CORPUS)).lines)

    joined = " ".join(text().split())
    # the sentences cut by a page's footnotes are whole, and each footnote block is a paragraph after its sentence
    assert "var en satsing i 270 kommuner som gjennomførte utviklingsprosjekter der ledere" in joined
    assert "De vanligste er avklaring av hensikt og formulering av mål" in joined
    doc = load_file(REPORT, read_manifest(CORPUS))
    at = [i for i, ln in enumerate(doc.lines) if ln.text.startswith("10 Prosjektet er evaluert av Østlandsforskning")]
    assert len(at) == 1 and not doc.lines[at[0] - 1].text.strip() and not doc.lines[at[0] + 1].text.strip()  # a paragraph of its own
    assert doc.lines[at[0] - 2].text == "medarbeidere."  # after the sentence it broke, before the page's next sentence
    assert doc.lines[at[0] + 2].text.startswith("Bakgrunnen for denne satsingen")
    with rules.disabled("footnotes-after-sentence"):
        assert "som gjennomførte utviklingsprosjekter" not in " ".join(text().split())
        before = load_file(REPORT, read_manifest(CORPUS)).lines
    # lines are moved, no words lost or added (only the blank lines inside the mended sentences go)
    assert Counter(text().split()) == Counter(" ".join(ln.text for ln in before).split())
