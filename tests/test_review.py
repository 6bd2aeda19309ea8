"""Plansjekk (issue 15): statuses on our labelled plans, exact evidence, cited advice, output shapes."""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.plan import method
from assistant.plan.review import NO_EXAMPLE, review_file, review_to_answers, write_review
from assistant.plan.review_detect import STEP_KEYS, Unit
from assistant.plan.review_read import NoTextError, read_plan
from assistant.plan.review_steps import detect_all

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "evals" / "review"
LABELS = {k: v for k, v in json.loads((EVAL / "labels.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
BLIND = {k: v for k, v in json.loads((EVAL / "blind" / "labels.json").read_text(encoding="utf-8")).items() if not k.startswith("_")}
# Every labelled plan: file -> labels (the blind set's plans are tuned on since 2026-12-03, see its README)
PLANS = {name: (EVAL / name, v["steps"]) for name, v in LABELS.items()} | {name: (EVAL / "blind" / name, v) for name, v in BLIND.items()}
CORPUS_PLANS = ("sorum-strategisk-kompetanseutviklingsplan-2010-2013", "baerum-skup-2010-2013", "halden-kompetanseplan-2010-2012")


@pytest.fixture(scope="module")
def reviews(corpus_assistant):
    return {name: review_file(path, corpus_assistant) for name, (path, _) in PLANS.items()}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_status_at_least_8_of_9_steps(reviews, name: str) -> None:
    """The issue's bar, on every labelled plan (all are tuned on now: this guards against regressions;
    the honest estimate is the first runs, ``planvis eval --review``)."""
    want = PLANS[name][1]
    got = {s.step: s.status for s in reviews[name].steps}
    right = [k for k in STEP_KEYS[:9] if got[k] == want[k]]
    assert len(right) >= 8, {k: (got[k], want[k]) for k in STEP_KEYS if got[k] != want[k]}


def _segments(path: Path) -> list[str]:
    return [s.text for s in read_plan(path).segments]


@pytest.mark.parametrize("name", sorted(PLANS))
def test_evidence_is_exact_continuous_text_of_one_paragraph(reviews, name: str) -> None:
    segments = _segments(PLANS[name][0])
    review = reviews[name]
    quotes = [(e.quote, e.page) for s in review.steps for e in s.evidence] + [(f.quote, f.page) for f in review.findings if f.quote]
    assert quotes
    for quote, page in quotes:
        assert "…" not in quote and "..." not in quote
        assert any(quote in seg for seg in segments), quote
        if name.endswith(".pdf"):
            assert isinstance(page, int) and page >= 1
    # Every covered or partial step shows the plan's own passage.
    assert all(s.evidence for s in review.steps if s.status != "missing")


def test_pdf_table_cells_are_never_run_together() -> None:
    """The Nordstrand PDF's measures table reads back cell for cell as written in its source."""
    spec = importlib.util.spec_from_file_location("nordstrand", EVAL / "src" / "nordstrand.py")
    assert spec and spec.loader
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    written = next(body for kind, body in src.BLOCKS if kind == "t")
    plan = read_plan(EVAL / "nordstrand-kompetanseutvikling-2026-2028.pdf")
    assert len(plan.tables) == 1
    table = plan.tables[0]
    assert [list(table.header), *map(list, table.rows)] == written
    # and no paragraph holds two header cells side by side
    assert not any("Målgruppe Tidsrom" in s.text for s in plan.segments)


def test_docx_reads_in_document_order_with_cells_apart() -> None:
    plan = read_plan(EVAL / "elvdal-kompetanse-2025-2027.docx")
    kinds = [s.kind for s in plan.segments]
    assert kinds[0] == "heading" and "item" in kinds
    assert plan.segments[0].text == "Kompetanse i Elvdal – plan 2025–2027"


def test_scanned_pdf_gives_one_line_no_text(tmp_path: Path, capsys) -> None:
    from pypdf import PdfWriter

    scan = tmp_path / "skannet.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with scan.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(NoTextError, match="fant ingen tekst"):
        read_plan(scan)
    assert main(["review", str(scan)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "fant ingen tekst" in err


def test_json_schema_and_cli_json_only(capsys, corpus_assistant, tmp_path: Path) -> None:
    plan = EVAL / "nordstrand-kompetanseutvikling-2026-2028.pdf"
    assert main(["review", str(plan), "--json", "--out", str(tmp_path / "r.md")]) == 0
    out, _ = capsys.readouterr()
    obj = json.loads(out)  # stdout holds only the JSON
    assert set(obj) == {"plan", "steps", "findings", "summary"} and obj["plan"] == plan.name
    assert [s["step"] for s in obj["steps"]] == [1, 2, 3, 4, 5, 6, 7, 8, 9, "10.3", "10.4"]
    for s in obj["steps"]:
        assert set(s) == {"step", "title", "status", "evidence", "lacking", "advice", "citations"}
        assert s["status"] in ("covered", "partial", "missing")
        assert all(set(e) == {"quote", "page"} for e in s["evidence"])
        assert all(set(c) == {"n", "doc_id", "title", "section", "page", "year", "quote"} for c in s["citations"])
    assert len(obj["findings"]) == 6 and all(set(f) == {"check", "ok", "quote", "page"} for f in obj["findings"])
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("# Plansjekk")


def test_advice_for_every_step_not_covered_is_cited_and_found_in_the_index(reviews, corpus_index) -> None:
    chunks = list(corpus_index.chunks().values())
    for review in reviews.values():
        for s in review.steps:
            if s.status == "covered":
                assert not s.advice
                continue
            assert s.advice and s.lacking and s.citations, (review.plan, s.step)
            assert s.citations[0].doc_id == method.REPORT  # the report's text for the step comes first
            for c in s.citations:
                assert f"[{c.n}]" in s.advice
                assert any(ch.doc_id == c.doc_id and method.contains(ch.text, c.quote) for ch in chunks), c.quote
            example = [c for c in s.citations if c.doc_id in CORPUS_PLANS]
            assert example or NO_EXAMPLE in s.advice


def test_corpus_plan_under_review_takes_examples_from_the_other_two(corpus_assistant) -> None:
    review = review_file(ROOT / "corpus" / "halden-kompetanseplan-2010-2012.txt", corpus_assistant)
    cited = {c.doc_id for s in review.steps for c in s.citations}
    assert "halden-kompetanseplan-2010-2012" not in cited
    assert cited & {"sorum-strategisk-kompetanseutviklingsplan-2010-2013", "baerum-skup-2010-2013"}


def test_review_keeps_nothing_and_does_not_touch_the_index(corpus_assistant, corpus_index, tmp_path: Path) -> None:
    before = (len(corpus_index.chunks()), [s["doc_id"] for s in corpus_index.sources()])
    data_files = sorted(p for p in Path(corpus_assistant.settings.data_dir).rglob("*") if p.is_file())
    review_file(EVAL / "fjordvik-kompetanseplan-2026-2029.md", corpus_assistant)
    assert (len(corpus_index.chunks()), [s["doc_id"] for s in corpus_index.sources()]) == before
    assert sorted(p for p in Path(corpus_assistant.settings.data_dir).rglob("*") if p.is_file()) == data_files


def test_reports_md_and_docx(reviews, tmp_path: Path) -> None:
    from docx import Document

    review = reviews["elvdal-kompetanse-2025-2027.docx"]
    md = write_review(review, tmp_path / "r.md").read_text(encoding="utf-8")
    assert md.index("## Oversikt") < md.index("## Steg 1")
    assert md.count("| Mangler |") == sum(s.status == "missing" for s in review.steps)
    doc = Document(str(write_review(review, tmp_path / "r.docx")))
    overview = doc.tables[0]
    assert len(overview.rows) == 12
    assert [r.cells[2].text for r in overview.rows[1:]] == [{"covered": "Dekket", "partial": "Delvis", "missing": "Mangler"}[s.status] for s in review.steps]
    assert any(p.text.startswith("Steg 5") for p in doc.paragraphs)
    with pytest.raises(ValueError, match=r"\.md or \.docx"):
        write_review(review, tmp_path / "r.pdf")


def test_review_to_answers_prefills_from_the_plan(reviews) -> None:
    answers = review_to_answers(reviews["fjordvik-kompetanseplan-2026-2029.md"])
    assert answers["periode"] == "2026-2029"
    assert answers["tiltak"][0] == {"tiltak": "Fagbrev på jobb for assistenter", "malgruppe": "Assistenter i helse og omsorg", "tidsrom": "2026–2028", "ansvarlig": "Kommunalsjef helse", "kostnad": "1,2 mill. kr per år"}
    assert any("80 prosent" in g["mal"] for g in answers["kompetansemal"])
    thin = review_to_answers(reviews["elvdal-kompetanse-2025-2027.docx"])
    assert "arbeidsgruppe" not in thin and "kartlegging" not in thin


def _u(text: str, heading: str = "") -> Unit:
    return Unit(text, None, "para", heading, 0)


def test_goals_are_covered_only_with_an_indicator_target_or_deadline() -> None:
    plain = [_u("Vi skal styrke kompetansen i helse.", "Mål"), _u("Vi vil bli bedre på digitalisering.", "Mål")]
    assert detect_all(plain, ())["5"].status == "partial"
    # At least half of the goals must be evaluable: one dated goal among three is still partial.
    one = [*plain, _u("Alle ledere skal ha fullført lederprogrammet innen juni 2027.", "Mål")]
    assert detect_all(one, ())["5"].status == "partial"
    two = [*one, _u("Andelen med fagbrev skal øke fra 60 til 75 prosent.", "Mål")]
    assert detect_all(two, ())["5"].status == "covered"
    assert detect_all([_u("Kommunen har 300 ansatte.")], ())["5"].status == "missing"


def test_evaluation_needs_how_and_a_level_beyond_reactions() -> None:
    reaction = [_u("Etter kurset evalueres tiltaket med et skjema om hvor fornøyde deltakerne var.")]
    assert detect_all(reaction, ())["8"].status == "partial"
    assert detect_all(reaction, ())["10.4"].status == "partial"
    levels = [*reaction, _u("Leder vurderer et halvt år etter om kompetansen brukes i praksis, og resultatene rapporteres i årsmeldingen.")]
    assert detect_all(levels, ())["8"].status == "covered"
    assert detect_all(levels, ())["10.4"].status == "covered"


def test_cli_review_bad_out_and_missing_file(capsys, corpus_index, tmp_path: Path) -> None:
    assert main(["review", str(EVAL / "fjordvik-kompetanseplan-2026-2029.md"), "--out", str(tmp_path / "r.pdf")]) == 2
    assert ".md or .docx" in capsys.readouterr().err
    assert main(["review", str(tmp_path / "finnes-ikke.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "finnes-ikke.pdf" in err


@pytest.mark.slow
def test_30_page_pdf_within_60_s_and_headers_dropped(corpus_settings, corpus_index) -> None:
    from assistant.plan.review_bench import HEADER, bench_pdf, bench_review

    result = bench_review(corpus_settings, corpus_index)
    assert result["pages"] >= 30 and result["first_s"] < 60 and result["seconds"] < 60
    texts = _segments(bench_pdf(Path(corpus_settings.data_dir)))
    assert sum(HEADER in t for t in texts) == 1  # the title only, not the running header on 30 pages
    assert not any(re.search(r"Virksomhetslede r", t) for t in texts)


@pytest.mark.slow
def test_eval_review_cli_scores_every_plan(capsys, corpus_index, tmp_path: Path) -> None:
    assert main(["eval", "--review", "--out", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    scores = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    assert {p["plan"] for p in scores["plans"]} >= set(LABELS) | {"lindvik-kompetanseplan-2025-2028.txt", "storasen-kompetanseplan-2024-2027.txt"}
    assert sum(p["set"] == "corpus" for p in scores["plans"]) == 3
    assert {"seen", "corpus", "unseen_first_runs"} <= set(scores["totals"])
    assert "blind" in out and "on steps 1-9" in out and (tmp_path / "review.md").exists()
    # A directory of plans written blind: scored apart, as "blind".
    blind = tmp_path / "blind-set"
    blind.mkdir()
    shutil.copy(EVAL / "bergli-kompetanseplan-2026-2028.pdf", blind)
    want = LABELS["bergli-kompetanseplan-2026-2028.pdf"]["steps"]
    (blind / "labels.json").write_text(json.dumps({"bergli-kompetanseplan-2026-2028.pdf": want}), encoding="utf-8")
    assert main(["eval", "--review", "--review-dir", str(blind), "--out", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    totals = json.loads((tmp_path / "b" / "review.json").read_text(encoding="utf-8"))["totals"]
    committed_blind = scores["totals"].get("blind", {}).get("plans", 0)  # evals/review/blind*/ not yet tuned on
    assert totals["blind"]["plans"] == committed_blind + 1 and "blind      bergli" in out
    assert main(["eval", "--review", "--review-dir", str(tmp_path / "nowhere")]) == 2
    assert "no labels.json" in capsys.readouterr().err
    assert main(["eval"]) == 2  # without --questions or --review: a one-line error
    assert "--questions" in capsys.readouterr().err


def test_odd_pdfs_keep_the_loaders_one_line_reason(tmp_path: Path) -> None:
    import zipfile

    from pypdf import PdfWriter

    from assistant.loaders import LoadError

    fake = tmp_path / "plan.pdf"
    with zipfile.ZipFile(fake, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(LoadError, match="zip archive"):
        read_plan(fake)
    locked = tmp_path / "låst.pdf"
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt(user_password="hemmelig", owner_password="eier")
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(LoadError, match="encrypted"):
        read_plan(locked)


def test_review_ablation_switches_each_review_rule_off() -> None:
    """planvis eval --review --ablation: a rule switched off changes the steps it decides (here
    review-negated: the plans that deny or replace sub-plans get step 9 wrong without it)."""
    from assistant.evaluate.review import review_ablation

    abl = review_ablation(EVAL, ROOT / "corpus", names=["review-negated"])
    row = abl["rules"][0]
    assert row["rule"] == "review-negated" and row["what"]
    assert any(" 9: " in c and "(label missing)" in c for c in row["changed"])
    assert sum(t["right_9"] for t in row["off"].values()) < sum(t["right_9"] for t in abl["on"].values())


def test_text_plan_with_tab_or_bar_separated_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    """A table saved as text (tabs, or ' | ' between cells) is a table, quoted cell by cell."""
    for sep in ("\t", " | "):
        plan = tmp_path / f"plan{len(sep)}.txt"
        rows = ["Tiltak", "Målgruppe", "Når", "Ansvar"], ["Fagbrev som praksiskandidat", "Assistenter i hjemmetjenesten", "2026–2028", "Kommunalsjef helse"], ["Lederprogram", "Alle enhetsledere", "Høsten 2026", "HR-sjef"]
        plan.write_text("Kompetanseplan for Testvik kommune 2026–2029\n\nTiltak\n\n" + "\n".join(sep.join(r) for r in rows) + "\n\nDette er en vanlig setning | med en strek i.\n", encoding="utf-8")
        read = read_plan(plan)
        assert len(read.tables) == 1 and read.tables[0].header == tuple(rows[0])
        assert any(s.kind == "cell" and s.text == "Assistenter i hjemmetjenesten" for s in read.segments)
        assert any(s.kind != "cell" and "med en strek i" in s.text for s in read.segments)  # one line alone is prose
        from assistant.plan.review_detect import units_of

        units = units_of(read)
        assert detect_all(units, read.tables)["7"].status == "covered"


def test_libreoffice_pdf_tables_lists_and_numbered_headings_read_as_written() -> None:
    """A Word plan converted to PDF by LibreOffice (blind3 Myrvoll): every table reads back cell for cell
    as in its source (cells that wrap onto lines of their own, 'Myrvoll sykehjem' / '2026', '000)',
    'Flyt', and words the column width broke, 'Satsingsområ' / 'de', are the same cell); a bulleted
    list is list items, not a table with a bullet column; '1. Innledning' is a heading, not an item."""
    spec = importlib.util.spec_from_file_location("plan_myrvoll", EVAL / "blind3" / "src" / "plan_myrvoll.py")
    assert spec and spec.loader
    src = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(src)
    written = [b[1] for b in src.B if b[0] == "table"]
    plan = read_plan(EVAL / "blind3" / "myrvoll-kompetanse-og-rekrutteringsplan-2025-2029.pdf")
    assert [[list(t.header), *map(list, t.rows)] for t in plan.tables] == written
    bullets = [b[1] for b in src.B if b[0] == "bullets"]
    items = [s.text for s in plan.segments if s.kind == "item"]
    assert all(b in items for body in bullets for b in body)
    headings = [s.text for s in plan.segments if s.kind == "heading"]
    assert [h for h in headings if re.match(r"\d\. ", h)] == [b[1] for b in src.B if b[0] == "h1" and re.match(r"\d\. ", b[1])]


def test_numbered_list_items_stay_items(tmp_path: Path) -> None:
    """'1. Kartlegging' followed by '2. Analyse' is a list, and lower-case numbered items stay items."""
    plan = tmp_path / "plan.txt"
    plan.write_text("Kompetanseplan for Testvik kommune\n\nVi gjør dette:\n1. Kartlegging av kompetansen\n2. Analyse av behovet\n3. Tiltak for alle enheter\n\n"
                    "Prioritering:\n1. kompetanse som er lovpålagt,\n2. annen kompetanse.\n", encoding="utf-8")
    read = read_plan(plan)
    items = [s.text for s in read.segments if s.kind == "item"]
    assert items == ["Kartlegging av kompetansen", "Analyse av behovet", "Tiltak for alle enheter", "kompetanse som er lovpålagt,", "annen kompetanse."]


def test_reader_question_headings_and_a_table_with_spaced_rows() -> None:
    from assistant.plan.review_read import lines_to_segments

    lines = [(t, 1) for t in ["Hvem har laget planen?", "", "En arbeidsgruppe har laget planen.", "", "Tiltak                 For hvem              Tidsrom", "", "Lederkurs              Nye ledere            Høsten 2026", "", "Fagbrev på jobb        Assistenter           2026–2028", "", "Neste kapittel"]]
    segments, tables = lines_to_segments(lines)
    assert segments[0].kind == "heading" and segments[0].text == "Hvem har laget planen?"
    assert segments[1].kind == "para"
    assert len(tables) == 1 and tables[0].header == ("Tiltak", "For hvem", "Tidsrom")
    assert tables[0].rows == (("Lederkurs", "Nye ledere", "Høsten 2026"), ("Fagbrev på jobb", "Assistenter", "2026–2028"))
