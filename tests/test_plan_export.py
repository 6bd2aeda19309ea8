"""Export: Markdown shape, the DOCX's structure (python-docx), and one LibreOffice rendering of it."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from plan_helpers import eval_draft

from assistant.plan.draft import SECTION_TITLES, TILTAK_HEADER
from assistant.plan.export import format_for, write, write_docx, write_markdown

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def fjordvik(corpus_assistant):
    return eval_draft("fjordvik", corpus_assistant)[1]


@pytest.fixture(scope="module")
def figure(tmp_path_factory):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    path = tmp_path_factory.mktemp("fig") / "alder.png"
    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["<30", "30-49", "50+"], [10, 20, 15])
    fig.savefig(path)
    plt.close(fig)
    return path


@pytest.fixture(scope="module")
def docx_path(fjordvik, figure, tmp_path_factory):
    return write_docx(fjordvik, tmp_path_factory.mktemp("docx") / "fjordvik.docx", figures=[figure])


@pytest.fixture(scope="module")
def rendered(docx_path, tmp_path_factory):
    """The DOCX converted to PDF by LibreOffice headless (once), and the PDF's text."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice (soffice) is not installed: scripts/setup.sh installs libreoffice-writer-nogui")
    out = tmp_path_factory.mktemp("pdf")
    profile = tmp_path_factory.mktemp("lo-profile")  # own profile: other LibreOffice runs may be going on
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out), str(docx_path)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180, env={**os.environ, "HOME": str(profile)})
    pdf = out / "fjordvik.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 10_000
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return pdf, text


def test_markdown_headings_table_and_sources(fjordvik, tmp_path):
    path = write_markdown(fjordvik, tmp_path / "utkast.md")
    md = path.read_text(encoding="utf-8")
    headings = [line[2:] for line in md.splitlines() if line.startswith("# ")]
    assert headings[1:] == [*SECTION_TITLES.values(), "Kilder"]
    tables = [i for i, line in enumerate(md.splitlines()) if line.startswith("|") and "Tiltak" in line.split("|")[2]]
    assert len(tables) == 1  # all measures in one table
    lines = md.splitlines()
    header = [c.strip() for c in lines[tables[0]].strip("|").split("|")]
    assert header == list(TILTAK_HEADER)
    rows = []
    for line in lines[tables[0] + 2 :]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    assert len(rows) == len(fjordvik.tiltak)
    suggested = [r for r in rows if r[1].startswith("Forslag")]
    assert suggested and all(re.search(r"\[\d+\]", r[1]) for r in suggested)
    assert any(r[1].startswith("Eget tiltak") for r in rows)
    sources = md.split("\n# Kilder\n", 1)[1].strip().splitlines()
    assert len(sources) == len(fjordvik.references)
    assert all(re.match(rf"\[{i}\] .+ \(\d{{4}}\)", s) for i, s in enumerate(sources, start=1))
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", md.split("\n# Kilder\n")[0])}
    assert cited == set(range(1, len(sources) + 1))  # every source is cited, every citation listed


def test_docx_structure(docx_path, fjordvik):
    from docx import Document
    from docx.enum.text import WD_COLOR_INDEX

    doc = Document(str(docx_path))
    texts = [p.text for p in doc.paragraphs]
    assert "Utkast" in texts and "Fjordvik" in texts and "2027-2030" in texts and fjordvik.date in texts
    h1 = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert [t for t in h1 if t in SECTION_TITLES.values()] == list(SECTION_TITLES.values()) and h1[-1] == "Kilder"
    assert any(p.style.name == "Heading 2" and p.text.startswith("Mål 1:") for p in doc.paragraphs)
    xml = doc.element.xml
    assert 'TOC \\o "1-2"' in xml
    tiltak = next(t for t in doc.tables if [c.text for c in t.rows[0].cells] == list(TILTAK_HEADER))
    assert len(tiltak.rows) == len(fjordvik.tiltak) + 1
    highlighted = [r.text for p in doc.paragraphs for r in p.runs if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    highlighted += [r.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs
                    if r.font.highlight_color == WD_COLOR_INDEX.YELLOW]
    assert set(highlighted) == set(fjordvik.placeholders)
    assert len(doc.inline_shapes) == 1  # the figure
    assert any(s.page_width > s.page_height for s in doc.sections)  # the tiltak table on a landscape page
    assert [p.text for p in doc.paragraphs if p.text.startswith("[1] ")]


def test_libreoffice_renders_headings_and_the_table(rendered, fjordvik):
    _pdf, text = rendered
    flat = " ".join(text.split())
    for title in SECTION_TITLES.values():
        assert title in flat
    # Table cells wrap inside their column, so look for short cells and single words of longer ones.
    for cell in ("Målgruppe", "Tidsrom", "Ansvarlig", "Kostnad", "250000", "2027-2028", "Veiledningsprogram", "Kommunalsjef"):
        assert cell in flat, cell
    assert flat.count("[fyll inn:") >= 10
    assert "Kompetanseplan" in flat and "Utkast" in flat
    assert "[1] Strategisk og systematisk kompetansestyring (2010)" in flat


def test_format_from_suffix(fjordvik, tmp_path):
    assert format_for("a.DOCX") == "docx" and format_for("b.md") == "md"
    with pytest.raises(ValueError, match="suffix .txt"):
        format_for("c.txt")
    md = write(fjordvik, tmp_path / "x.docx", fmt="md")
    assert md.read_text(encoding="utf-8").startswith("# Kompetanseplan for Fjordvik")


def test_cli_draft_and_one_line_errors(tmp_path, capsys, corpus_settings):
    from assistant.cli import main

    answers = tmp_path / "svar.yaml"
    answers.write_text("kommune: Testvik\nansatte: 120\n", encoding="utf-8")
    out = tmp_path / "utkast.md"
    assert main(["draft", "--answers", str(answers), "--out", str(out)]) == 0
    assert "Utkast skrevet til" in capsys.readouterr().out
    md = out.read_text(encoding="utf-8")
    assert "Kommunen har 120 ansatte." in md and "[fyll inn: planperiode]" in md
    bad = tmp_path / "feil.yaml"
    bad.write_text("kommune: Testvik\nutfordringer: rekruttering\n", encoding="utf-8")
    for argv, message in (
        (["draft", "--answers", str(bad), "--out", str(out)], "utfordringer: expected a list"),
        (["draft", "--answers", str(tmp_path / "nei.yaml"), "--out", str(out)], "no such file"),
        (["draft", "--answers", str(answers), "--out", str(tmp_path / "u.txt")], "suffix .txt"),
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip()
        assert message in err and len(err.splitlines()) == 1, err


def test_rendered_pages_for_a_human(rendered, tmp_path):
    """Keep PNGs of the rendered pages next to the PDF, to look at when the layout changes."""
    pdf, _ = rendered
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "3", str(pdf), str(pdf.with_suffix(""))], check=True, timeout=60)
        assert list(Path(pdf.parent).glob("*.png"))
