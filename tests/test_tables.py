"""The report's curated tables (corpus/tables.toml, assistant/tables.py) and DOCX tables in uploads.

The questions below are written from the tables' printed text (not taken from an eval file); each names
a table's subject, a row and a column the way a reader would, and expects the printed cell.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from assistant import rules, tables
from assistant.tables import TableCell, TablesError, check_tables, load_tables, table_cells

REPORT = "ks-asplan-fafo-2010-strategisk-kompetansestyring"
UFAGLAERTE = "Hvor stor andel av lederne mener det er ganske negativt å ha mange ufaglærte i pleie og omsorg?"

# (question, table, row (or its end), column, printed value)
QUESTIONS = [
    ("Hvor mange HR-sjefer fra kommunene svarte på spørreundersøkelsen i 2009?", "Tabell 1", "Kommune", "HR-sjef", "58"),
    ("Hva var svarprosenten for fylkeskommunene i spørreundersøkelsen?", "Tabell 1", "Fylkeskommune", "Svarprosent", "44,4"),
    ("Hvor mange svært små kommuner fra Troms og Finnmark deltok i undersøkelsen?", "Tabell 2", "Troms, Finnmark", "Svært liten, 50-249 ansatte", "10"),
    ("Hvor mange sysselsatte var det i kommunene i 2008 ifølge SSB?", "Tabell 3", "Kommune i alt: Sysselsette", "2008", "433 600"),
    ("Hvor mange avtalte årsverk var det i barnehage i kommunene i 2009?", "Tabell 4", "Barnehage", "2009", "39227"),
    ("Hvor stor var den prosentvise endringen i avtalte årsverk i tannhelse fra 2005 til 2009?", "Tabell 4", "Tannhelse", "Prosentvis endring 2005-2009", "5,1 %"),
    ("Hvor stor andel av de ansatte i kommuner med 250-499 ansatte var i gang med fagbrevutdanning?", "Tabell 6", "250-499 ansatte",
     "Gjennomsnittlig andel ansatte under utdanning til fagbrev", "4,2"),
    ("Hvor stor andel mener det er verken positivt eller negativt å ha mange ufaglærte i renhold?", "Tabell 7", "Renhold", "Verken eller", "42,6"),
    ("Hvor stor andel har behandlet kompetanseplanen i arbeidsmiljøutvalg?", "Tabell 8", "Arbeidsmiljøutvalg", "Ja", "64,7"),
    ("Hvor mange eksempler på regionalt samarbeid ga lederne som vellykket innovasjonstiltak?", "Tabell 9", "Regionalt samarbeid", "Antall eksempler", "4"),
    ("Hvor stor andel av kommunene med foreløpig ingen kompetanseplan svarer ja på at kompetansebehovet blir regelmessig vurdert?",
     "Tabell 10", "Andel Ja", "Foreløpig ingen kompetanseplan", "88,2"),
    ("Hvor stor andel av kommunene har deltatt i 1-2 tiltak i KS-regi?", "Tabell 11", "1-2 tiltak", "Prosent", "37,1"),
    ("Hvor stor andel av industrikommunene har overordnet kompetanseplan og delplan?", "Vedleggstabell 1", "Industrikommuner", "Overordnet K-plan + delplan", "25,8"),
    ("Hvor stor andel av kommunene i Vestfold og Telemark har vurdert tjenestebehovet og derav følgende kompetansebehov?",
     "Vedleggstabell 2", "Vestfold + Telemark", "Vurdert tjenestebehovet og derav følgende kompetansebehov", "40,9"),
    ("Hvor stor andel av kommunene uten kompetanseplan har tilrettelagt for realkompetansevurdering?",
     "Vedleggstabell 3", "Tilrettelagt for realkompetansevurdering?", "Foreløpig ingen K-plan", "8,3"),
    ("Hvor mange var helt enig i at de jobber systematisk med strategisk kompetanseutvikling, N alle?", "Vedleggstabell 4", "N, alle", "Helt enig", "21"),
    ("Hvor stor var stillingsprosent 08 helse i kommuner med 50-249 ansatte?", "Vedleggstabell 5", "50 -249 ansatte", "Stillingsprosent 08 helse", "63,5"),
    ("Hvor stor var andelen ufaglærte i helse i 2008 i kommuner med 1000 ansatte eller flere?", "Vedleggstabell 5", "1000 ansatte eller flere",
     "Andel ufaglærte 08 helse", "23,0"),
    ("Hvor høy var den interne mobiliteten 2008 hele kommune i kommuner med 1000 ansatte eller flere?", "Vedleggstabell 6", "1000 ansatte eller flere",
     "Intern mobilitet 2008 hele kommune", "26,0"),
    ("Hvor stor andel av alle kommunene er helt enig i at arbeid med kompetanseutvikling har ført til bedre kvalitet i tjenestene, total?",
     "Vedleggstabell 7", "Total", "Helt enig", "33,6"),
    ("Hvor stor andel av kommunene med overordnet kompetanseplan og delplan har etablert servicetorg?", "Vedleggstabell 8", "Etablert sevicetorg",
     "Overordnet Kompetanseplan + delplan", "72,1"),
    ("Hvor stor andel av kommuner med 1000 ansatte eller mer gjennomfører brukerundersøkelser?", "Vedleggstabell 9", "Gjennomfører brukerundersøkelser",
     "1000 ansatte el. mer", "76,9"),
    ("Hvor stor andel av kommunene med 5 tiltak eller mer har innført serviceerklæring i barnehagene?", "Vedleggstabell 10",
     "Serviceerklæring, Barnehagene: Ja", "5 tiltak el. mer", "45,9"),
    ("Hvilken sektor har høyest andel som mener det er ganske negativt med mange ufaglærte?", "Tabell 7", "Pleie og omsorg", "Ganske negativt", "70,7"),
]

# Questions that mention a table's rows or subject but ask for no figure, or for one no table holds.
NOT_FIGURES = [
    "Hva gjør Sørum for å rekruttere til pleie og omsorg?",
    "Hvordan kan kommunen redusere andelen ufaglærte i pleie og omsorg?",
    "Hva er Fagstigen?",
    "Hvilke steg består rapportens metode for å utarbeide en kompetanseplan av?",
    "Hva sier rapporten om kompetanseplaner i små kommuner?",
    "Hvor mange innbyggere har Sørum kommune?",
    "Hvor stor andel av de ansatte i Bærum har fagbrev?",
]


@pytest.fixture(scope="session")
def chunks(corpus_index):
    return corpus_index.chunks()


def _table(name: str) -> tables.Table:
    return next(t for t in load_tables() if t.name == name)


def test_curated_tables_cover_the_report() -> None:
    names = {t.name for t in load_tables()}
    expected = {f"Tabell {n}" for n in (1, 2, 3, 4, 6, 7, 8, 9, 10, 11)} | {f"Vedleggstabell {n}" for n in range(1, 11)}
    assert names == expected  # Tabell 5 and 12 hold no figures
    for t in load_tables():
        assert t.doc_id == REPORT and t.rows, t.name
        assert all(len(r.cells) == len(t.columns) for r in t.rows)


def test_curated_tables_pass_the_check_on_the_real_index(chunks) -> None:
    check_tables(chunks)  # raises on any cell not in its printed row of an indexed passage
    report_text = "\n".join(c.text for c in chunks.values() if c.doc_id == REPORT)
    for t in load_tables():
        assert t.caption.split(".")[0][:40].split()[0] in report_text, t.name
        for r in t.rows:
            assert r.source in report_text


def test_a_tampered_cell_fails_naming_table_and_cell(chunks) -> None:
    t7 = _table("Tabell 7")
    row = next(r for r in t7.rows if r.label == "Pleie og omsorg")
    col = t7.columns.index("Ganske negativt")
    tampered_row = dataclasses.replace(row, cells=(*row.cells[:col], "77,7", *row.cells[col + 1 :]))
    tampered = dataclasses.replace(t7, rows=tuple(tampered_row if r is row else r for r in t7.rows))
    with pytest.raises(TablesError) as err:
        check_tables(chunks, [tampered])
    message = str(err.value)
    assert "Tabell 7" in message and "Pleie og omsorg – Ganske negativt ('77,7')" in message
    assert "\n" not in message


def test_cells_out_of_printed_order_fail(chunks) -> None:
    t7 = _table("Tabell 7")
    row = next(r for r in t7.rows if r.label == "Renhold")  # printed "2,8 42,6 49,1 4,6 0,9 100,0"
    swapped = dataclasses.replace(row, cells=(row.cells[1], row.cells[0], *row.cells[2:]))
    with pytest.raises(TablesError, match=r"Tabell 7, cell Renhold – Verken eller \('2,8'\)"):
        check_tables(chunks, [dataclasses.replace(t7, rows=(swapped,))])


def test_a_row_line_in_no_passage_fails(chunks) -> None:
    t7 = _table("Tabell 7")
    moved = dataclasses.replace(t7.rows[2], source="4,0 14,7 70,7 10,7 0,0 100,0 9")
    with pytest.raises(TablesError, match=r"Tabell 7, row 'Pleie og omsorg': its printed line .* is in no indexed passage"):
        check_tables(chunks, [dataclasses.replace(t7, rows=(moved,))])


def test_tables_of_documents_not_indexed_are_skipped(chunks) -> None:
    check_tables({})
    others = {cid: c for cid, c in chunks.items() if c.doc_id != REPORT}
    check_tables(others)
    assert table_cells(UFAGLAERTE, others) == []


def test_the_ufaglaerte_question_gets_the_row_figure(chunks) -> None:
    cells = table_cells(UFAGLAERTE, chunks)
    assert cells, "no cell"
    cell = cells[0]
    assert isinstance(cell, TableCell)
    assert (cell.table, cell.row, cell.column, cell.value, cell.unit) == ("Tabell 7", "Pleie og omsorg", "Ganske negativt", "70,7", "prosent")
    assert cell.title == "Har kommunen mange ufaglærte og er dette positivt eller negativt? Prosent. Kilde: Survey"
    chunk = chunks[cell.chunk_id]
    assert chunk.doc_id == cell.doc_id == REPORT
    assert cell.quote in chunk.text and "70,7" in cell.quote
    assert cell.text() == f"Tabell 7 ({cell.title}): Pleie og omsorg – Ganske negativt: 70,7 prosent"


@pytest.mark.parametrize(("question", "table", "row", "column", "value"), QUESTIONS, ids=[q[1] + ":" + q[4] for q in QUESTIONS])
def test_questions_get_the_right_cell(chunks, question, table, row, column, value) -> None:
    cells = table_cells(question, chunks)
    assert cells, "no cell"
    top = cells[0]
    assert (top.table, top.column, top.value) == (table, column, value)
    assert top.row.endswith(row)
    assert top.quote in chunks[top.chunk_id].text


@pytest.mark.parametrize("question", NOT_FIGURES)
def test_questions_that_ask_no_table_figure_get_nothing(chunks, question) -> None:
    assert table_cells(question, chunks) == []


def test_the_figure_rule_can_be_switched_off(chunks) -> None:
    # "Hvilke sektorer har mange ufaglærte?" names no figure word: no cell, unless the rule is off.
    question = "Er det ganske negativt med mange ufaglærte i pleie og omsorg?"
    assert table_cells(question, chunks) == []
    with rules.disabled("table-figure-question"):
        assert [c.value for c in table_cells(question, chunks)][:1] == ["70,7"]
    for name in ("table-figure-question", "table-label-match", "table-label-compound", "table-negation", "table-extreme-row", "table-topic-needed"):
        assert rules.RULES[name].module == "assistant.tables"


def test_a_damaged_tables_file_is_one_line_and_answers_go_on(tmp_path, monkeypatch, chunks) -> None:
    bad = tmp_path / "tables.toml"
    bad.write_text("[[tables]\nname = ", encoding="utf-8")
    with pytest.raises(TablesError, match=r"tables.toml: not readable TOML"):
        load_tables(bad)
    monkeypatch.setattr(tables, "tables_path", lambda: bad)
    assert table_cells(UFAGLAERTE, chunks) == []


@pytest.mark.slow
def test_ingest_fails_on_a_table_mismatch_but_keeps_the_index(tmp_path, monkeypatch, corpus_index) -> None:
    """A corpus whose report no longer prints Tabell 7's row as curated: `planvis ingest` names the cell, exits 1, keeps the passages."""
    from assistant import cli
    from assistant.index import Index
    from assistant.settings import load_settings

    report = Path(corpus_index.settings.corpus_dir) / f"{REPORT}.txt"
    lines = report.read_text(encoding="utf-8").splitlines()
    start = next(i for i, t in enumerate(lines) if t.strip().startswith("Tabell 7 Har kommunen"))
    excerpt = "\n".join(lines[start - 9 : start + 40]).replace("4,0 14,7 70,7 10,7", "4,0 14,7 77,7 10,7")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / f"{REPORT}.txt").write_text(excerpt + "\n", encoding="utf-8")
    only_t7 = tmp_path / "tables.toml"
    toml = tables.tables_path().read_text(encoding="utf-8")
    first, second = toml.index('[[tables]]\nname = "Tabell 7"'), toml.index('[[tables]]\nname = "Tabell 8"')
    only_t7.write_text(toml[first:second], encoding="utf-8")
    monkeypatch.setattr(tables, "tables_path", lambda: only_t7)
    monkeypatch.setenv("PLANVIS_CORPUS_DIR", str(corpus))
    data = tmp_path / "data"

    index = Index.open(load_settings(data_dir=data), embedder=corpus_index.embedder)
    result = index.sync_corpus(progress=False)
    assert result.added == [REPORT]
    assert len(result.failed) == 1
    assert "Tabell 7, cell Pleie og omsorg – Ganske negativt ('70,7')" in result.failed[0] and "\n" not in result.failed[0]
    assert Index.open(load_settings(data_dir=data), embedder=corpus_index.embedder).chunks()  # what was indexed is kept

    # The CLI: exit 1, and a second ingest (nothing changed) still names it.
    assert cli.main(["--data-dir", str(data), "ingest", "--quiet"]) == 1


def _docx_with_table(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Før tabellen: ufaglærte i kommunen.")
    table = document.add_table(rows=3, cols=4)
    for r, values in enumerate([["Sektor", "Ganske positivt", "Ganske negativt", "Sum"], ["Pleie og omsorg", "4,0", "70,7", "100,0"], ["SFO", "2,7", "", "100,0"]]):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    merged = document.add_table(rows=2, cols=3)
    merged.cell(0, 0).text, merged.cell(0, 1).text = "Tiltak", "Antall"
    merged.cell(0, 1).merge(merged.cell(0, 2))
    merged.cell(1, 0).text, merged.cell(1, 1).text = "Kurs", "12"
    merged.cell(1, 1).merge(merged.cell(1, 2))
    document.add_paragraph("Etter tabellen.")
    document.save(str(path))
    return path


def test_docx_tables_keep_their_headings_in_document_order(tmp_path) -> None:
    from assistant.chunking import chunk_document
    from assistant.loaders import load_file

    doc = load_file(_docx_with_table(tmp_path / "plan.docx"), manifest={})
    texts = [line.text for line in doc.lines]
    row = "Sektor: Pleie og omsorg; Ganske positivt: 4,0; Ganske negativt: 70,7; Sum: 100,0"
    assert row in texts
    assert "Sektor: SFO; Ganske positivt: 2,7; Sum: 100,0" in texts  # an empty cell is left out, not shifted
    assert "Tiltak: Kurs; Antall: 12" in texts  # a merged cell once
    assert texts.index("Før tabellen: ufaglærte i kommunen.") < texts.index(row) < texts.index("Etter tabellen.")
    assert any(row in c.text for c in chunk_document(doc))


def test_corpus_text_files_chunk_as_indexed(corpus_index) -> None:
    """The DOCX change leaves the corpus's .txt/.md chunks as the shared index has them (same ids, same text)."""
    from assistant.chunking import chunk_document
    from assistant.loaders import load_file, read_manifest

    settings = corpus_index.settings
    manifest = read_manifest(settings.corpus_dir)
    records = corpus_index.records()["docs"]
    for path in sorted(Path(settings.corpus_dir).glob("*")):
        if path.suffix not in (".txt", ".md"):
            continue
        ids = [c.id for c in chunk_document(load_file(path, manifest))]
        assert ids == records[path.stem]["chunk_ids"], path.name


@pytest.mark.parametrize(
    ("question", "table", "row", "column", "value"),
    [
        # the table named picks the table; "hvor mange prosent" asks for the share, not the count
        ("Ifølge Tabell 11, hvor mange prosent av kommunene har deltatt i 1-2 tiltak?", "Tabell 11", "1-2 tiltak", "Prosent", "37,1"),
        # the column's "ingen" does not count against the row
        (
            "Hvor stor andel av kommunene med 1000 ansatte eller mer har foreløpig ingen kompetanseplan (vedleggstabell 1)?",
            "Vedleggstabell 1", None, "Foreløpig ingen K-plan", "30,8",
        ),
        ("Tabell 1: Hvor mange HR-sjefer i fylkeskommunene svarte?", "Tabell 1", "Fylkeskommune", "HR-sjef", "5"),
    ],
)
def test_named_tables_shares_and_negations(chunks, question, table, row, column, value) -> None:
    cell = table_cells(question, chunks)[0]
    assert (cell.table, cell.column, cell.value) == (table, column, value)
    assert row is None or cell.row == row


def test_a_question_about_one_municipality_gets_no_survey_cell(chunks) -> None:
    assert table_cells("Hvilken svarprosent hadde Bærum i spørreundersøkelsen?", chunks) == []
    assert table_cells("Hvor høy var svarprosenten i Bærum blant kommunene?", chunks) == []
    with rules.disabled("table-municipality"):
        assert table_cells("Hvor høy var svarprosenten i Bærum blant kommunene?", chunks)


def test_a_leading_table_reference_is_no_part_of_its_own(corpus_assistant) -> None:
    answer = corpus_assistant.ask("I Tabell 2, hvor mange svært små kommuner i Oppland og Buskerud deltok?", engine="extractive")
    assert not answer.refused
    assert "Kildene svarer ikke" not in answer.text
    assert "Tabell 2" in answer.text.splitlines()[1]


# ---- issue 17, general table answering (rules found on b18; the questions below are written from the printed tables) ----


@pytest.mark.parametrize(
    ("question", "table", "row", "column", "value"),
    [
        # 'eller flere', 'el. mer' and '+' are one size class
        ("Hvor stor andel av kommunene med 1000+ ansatte har foreløpig ingen kompetanseplan?", "Vedleggstabell 1",
         "Svært store kommuner, 1000 ansatte eller flere", "Foreløpig ingen K-plan", "30,8"),
        # 'pleie og omsorg' names 'pleie- og omsorgstjenestene'
        ("Hvor stor andel av kommunene uten kompetanseplan har innført serviceerklæringer i pleie og omsorg?", "Vedleggstabell 8",
         "Innført serviceerklæringer i pleie- og omsorgstjenestene", "Foreløpig ingen K-plan", "36,8"),
        # 'fra 2005 til 2009' names the period's change column
        ("Hvor stor var utviklingen i avtalte årsverk i grunnskole fra 2005 til 2009?", "Tabell 4", "Kommune: Grunnskole",
         "Prosentvis endring 2005-2009", "7,1 %"),
        # 'I hvilken grad' asks for a measure
        ("I hvilken grad har kommunene uten kompetanseplan tilrettelagt opplæring for fagprøve/fagbrev?", "Vedleggstabell 3",
         "Tilrettelagt opplæring for fagprøve/fagbrev?", "Foreløpig ingen K-plan", "7,3"),
        # 'del' is the share
        ("Hvor stor del av industrikommunene har overordnet kompetanseplan og delplan?", "Vedleggstabell 1", "Industrikommuner",
         "Overordnet K-plan + delplan", "25,8"),
        # a column named, no group: everyone (the total row)
        ("Hvor mange kommunalsjefer og etatssjefer svarte på spørreundersøkelsen?", "Tabell 1", "Alle", "Kommunalsjef, etatssjef", "15"),
        # a long label named by most of its words
        ("Hvor stor andel av kommunene med delplan eller hovedplan som har vurdert tjenestebehov og kompetansebehov er delvis enig i at "
         "arbeid med kompetanseutvikling har ført til bedre kvalitet i tjenestene?", "Vedleggstabell 7",
         "(Delplan eller hovedplan) + (vurdert tjenestebehov og derav følgende kompetansebehov)", "Delvis enig", "46,8"),
    ],
)
def test_general_label_matching(chunks, question, table, row, column, value) -> None:
    top = table_cells(question, chunks)[0]
    assert (top.table, top.column, top.value) == (table, column, value)
    assert top.row.endswith(row)


def test_a_label_under_several_headings_needs_its_heading(chunks) -> None:
    # 'Avtalte årsverk' is printed under 'I alt i kommune og fylkeskommune' (350 886 in 2006) and 'Kommune i alt' (312 249).
    top = table_cells("Hvor mange avtalte årsverk var det i kommunene i 2006 ifølge SSB?", chunks)[0]
    assert top.value == "312 249" and "fylkeskommune" not in top.row.lower()
    with rules.disabled("table-group-needed"):
        assert table_cells("Hvor mange avtalte årsverk var det i kommunene i 2006 ifølge SSB?", chunks)[0].value == "350 886"


def test_the_cell_comes_with_its_row_and_the_total(chunks) -> None:
    top = table_cells("Hvor høy var den interne mobiliteten 2008 hele kommune i kommuner med 1000 ansatte eller flere?", chunks)[0]
    assert top.value == "26,0"
    texts = [line.text for line in top.context]
    assert texts[0].startswith("Resten av raden: Intern mobilitet 2007 hele kommune: 25,5;") and "N hele kommune: 47" in texts[0]
    assert "Til sammenligning: Alle – Intern mobilitet 2008 hele kommune: 18,2 prosent" in texts
    for line in top.context:
        assert line.quote in chunks[line.chunk_id].text  # each line cited to its own printed row
    with rules.disabled("table-whole-row", "table-total-compare"):
        assert table_cells("Hvor høy var den interne mobiliteten 2008 hele kommune i kommuner med 1000 ansatte eller flere?", chunks)[0].context == ()


def test_a_total_row_brings_its_shares_and_a_lead_in_its_sentence(chunks) -> None:
    top = table_cells("Hvor mange HR-sjefer svarte på spørreundersøkelsen?", chunks)[0]
    assert (top.row, top.value) == ("Alle", "65")
    assert "Til sammenligning: Prosent – HR-sjef: 28,4 prosent" in [line.text for line in top.context]
    sfo = table_cells("Hvor stor andel mener det er svært negativt å ha mange ufaglærte i SFO?", chunks)[0]
    assert sfo.value == "2,7"
    assert sfo.context[0].text == "Raden gjelder: «49,9 % oppgir å ha mange ufaglærte i SFO.»"
    assert " ".join(sfo.context[0].quote.split()) in " ".join(chunks[sfo.context[0].chunk_id].text.split())


def test_a_group_named_with_flest_is_no_extreme_row_and_a_total_needs_the_whole_question(chunks) -> None:
    # 'kommunene som deltok i flest tiltak' names a group; only 'Hvilken … høyest' asks for the extreme row.
    assert table_cells("Blant kommunene som deltok i flest KS-tiltak, 5 tiltak el. mer?", chunks) == []
    # 'dyktige ledere' is in no column or caption of the agreement table: its total row does not answer.
    assert all(c.table != "Vedleggstabell 4" for c in table_cells("Hvor stor andel er helt enig i at kommunen har dyktige ledere?", chunks))


def test_new_table_rules_are_registered_for_the_ablation() -> None:
    for name in ("table-whole-row", "table-total-compare", "table-total-row", "table-group-needed", "table-generic-head", "table-period",
                 "table-or-more", "table-degree-question", "table-share-words", "table-long-label", "table-subject-topic", "table-extreme-which", "table-row-coverage"):
        assert rules.RULES[name].module == "assistant.tables" and rules.RULES[name].found_on == ("b18",)


def test_the_answer_shows_the_row_and_cites_it(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Hvor stor andel av kommunene har deltatt i 1-2 tiltak i KS-regi?", engine="extractive")
    lines = answer.text.splitlines()
    assert "Tabell 11" in lines[1] and "1-2 tiltak – Prosent: 37,1 prosent [1]" in lines[1]
    assert lines[2].strip() == "Resten av raden: Antall: 85 [1]"
    assert any("1-2 tiltak 37,1 85" in " ".join(q.split()) for c in answer.citations if c.n == 1 for q in [c.quote])


def test_a_named_table_asks_for_a_figure_and_a_year_must_be_printed(chunks) -> None:
    top = table_cells("I vedleggstabell 6, hva var intern mobilitet hele kommune i 2008 for kommuner med 1000 ansatte eller flere?", chunks)[0]
    assert (top.table, top.value) == ("Vedleggstabell 6", "26,0")
    # Tabell 4 prints 2005-2009: a figure of 2012 is not there, while 2007 is.
    assert table_cells("Hvor mye økte avtalte årsverk i barnehage i kommunene fra 2005 til 2012?", chunks) == []
    assert table_cells("Hvor mange avtalte årsverk var det i barnehage i kommunene i 2007?", chunks)[0].value == "35 250"
    with rules.disabled("table-year"):
        assert table_cells("Hvor mye økte avtalte årsverk i barnehage i kommunene fra 2005 til 2012?", chunks)[0].value == "32,2 %"


def test_the_year_rule_is_registered() -> None:
    assert rules.RULES["table-year"].found_on == ("bq",)


def test_a_total_row_is_not_taken_when_the_question_names_another_column(chunks) -> None:
    # 'bare delplaner … og ingen overordnet plan' is no 'Foreløpig ingen K-plan' of all municipalities.
    assert table_cells("Hvor mange kommuner har bare delplaner for kompetanse og ingen overordnet plan?", chunks) == []
    # another column's year is fine: the row shows it
    top = table_cells("Hvor stor var den gjennomsnittlige andelen ufaglærte i hele kommunen i 2008, og i 2007?", chunks)[0]
    assert (top.table, top.row) == ("Vedleggstabell 5", "Alle")
    assert {"24,8", "24,0"} <= {top.value, *(v.split(": ")[-1] for v in top.context[0].text.removeprefix("Resten av raden: ").split("; "))}


def test_alle_names_the_total_only_for_what_the_table_counts(chunks) -> None:
    # 'for alle sektorer' / 'til alle ansatte' qualify another noun: no 'Alle kommunetyper' / 'Alle' row.
    assert table_cells("Hvor mange kommuner har både en overordnet plan og delplaner for alle sektorer?", chunks) == []
    assert table_cells("Hvor stor andel av kommunene hadde kartlagt den formelle utdanningen til alle ansatte?", chunks) == []
    top = table_cells("Hvor stor andel av alle kommunene er helt enig i at arbeid med kompetanseutvikling har ført til bedre kvalitet i tjenestene?", chunks)[0]
    assert (top.row.endswith("Total"), top.value) == (True, "33,6")
    assert rules.RULES["table-all-of"].found_on == ("dev",)


def test_an_english_answer_names_the_row_lines_in_english(corpus_assistant) -> None:
    answer = corpus_assistant.ask("How many contracted FTEs were there in kindergartens in the municipalities in 2009?", engine="extractive")
    lines = answer.text.splitlines()
    assert "Kommune: Barnehage – 2009: 39227" in lines[1]
    assert lines[2].strip().startswith("Rest of the row: 2005: 29 670;")
    assert lines[3].strip().startswith("For comparison: Kommune, avtalte årsverk i alt – 2009: 337004")


def test_the_named_tables_row_named_in_other_words_is_read(chunks) -> None:
    # "e-postkontakt med politikerne" names "Har e-post forbindelse til politikere" half; no other row of
    # Vedleggstabell 8 comes near, so that row is read (rule 'table-named-row', found on b28)
    question = "Vedleggstabell 8: hvor stor andel av kommunene med både overordnet kompetanseplan og delplaner har e-postkontakt med politikerne?"
    cell = table_cells(question, chunks)[0]
    assert (cell.table, cell.row, cell.value) == ("Vedleggstabell 8", "Har e-post forbindelse til politikere", "88,1")
    with rules.disabled("table-named-row"):
        assert table_cells(question, chunks) == []
    # a table not named: the half-named row is not enough
    assert not [c for c in table_cells(question.replace("Vedleggstabell 8: ", ""), chunks) if c.row == "Har e-post forbindelse til politikere"]


def test_the_named_tables_row_nearest_by_meaning_is_read(corpus_assistant) -> None:
    # "måler systematisk kvaliteten på tjenestene mot kravene" names "Tjenestenes kvalitet måles systematisk i
    # forhold disse kravene" in other words: in the table the question names, the row nearest the question by
    # dense similarity is read (rule 'table-named-dense-row', found on b29)
    question = "Vedleggstabell 8: hvor stor andel av kommunene med både overordnet kompetanseplan og delplan måler systematisk kvaliteten på tjenestene mot kravene?"
    first = corpus_assistant.ask(question, engine="extractive").text.splitlines()[1]
    assert "Tjenestenes kvalitet måles systematisk i forhold disse kravene – Overordnet Kompetanseplan + delplan: 60,5 prosent" in first, first
    with rules.disabled("table-named-dense-row"):
        first = corpus_assistant.ask(question, engine="extractive").text.splitlines()[1]
    assert "60,5" not in first, first


def test_the_dense_row_is_read_only_in_a_named_table_that_names_no_row(chunks) -> None:
    # a similarity that prefers the "Kultur" row: read in the table the question names when its words name no
    # row, not over a row they name ("administrasjon"), and not in a table the question does not name
    def similarity(texts):
        return [0.95 if "Kultur" in t else 0.80 for t in texts]

    no_row = "Tabell 4: hvor mange årsverk gikk til museer og bibliotek i 2009?"
    cell = table_cells(no_row, chunks, similarity)[0]
    assert (cell.table, cell.row) == ("Tabell 4", "Kommune: Kultur")
    assert not [c for c in table_cells(no_row, chunks) if c.row == "Kommune: Kultur"]
    named_row = no_row.replace("museer og bibliotek", "administrasjon i kommunene")
    assert table_cells(named_row, chunks, similarity)[0].row == "Kommune: Administrasjon"
    assert not [c for c in table_cells(no_row.replace("Tabell 4: ", ""), chunks, similarity) if c.row == "Kommune: Kultur"]


def test_a_named_row_of_a_named_table_without_a_column_is_read_whole(chunks) -> None:
    cells = table_cells("Hvor mange kommuner fra Troms og Finnmark deltok (Tabell 2)?", chunks)
    assert cells and (cells[0].row, cells[0].column, cells[0].value) == ("Troms, Finnmark", "Sum", "19")
    assert any("Svært liten, 50-249 ansatte: 10" in line.text for line in cells[0].context)  # the rest of the row
    with rules.disabled("table-named-row-whole"):
        assert table_cells("Hvor mange kommuner fra Troms og Finnmark deltok (Tabell 2)?", chunks) == []
    # A row of shares (its Sum is 100,0) is not read without a column: the question asks something else.
    assert table_cells("Hvor mange har mange ufaglærte i renhold (Tabell 7)?", chunks) == []


def test_a_hundred_in_a_column_of_its_own_is_a_figure(chunks) -> None:
    # Tabell 10's first column is all who have both plans (not a Sum of shares): its 100 is what was answered
    question = "Tabell 10: vurderer alle kommunene med både overordnet plan og delplan kompetansebehovet regelmessig?"
    cells = table_cells(question, chunks)
    assert cells and cells[0].row.endswith("Andel Ja") and cells[0].value == "100", [c.text() for c in cells]
    with rules.disabled("table-whole-own-column"):
        assert table_cells(question, chunks) == []


def test_a_row_called_the_highest_is_shown_with_the_real_highest(chunks) -> None:
    question = "Arbeidsmiljøutvalget er vel der planen oftest har vært behandlet – hvor stor andel i Tabell 8?"
    cells = table_cells(question, chunks)
    assert (cells[0].row, cells[0].value) == ("Arbeidsmiljøutvalg", "64,7"), [c.text() for c in cells]
    assert any(line.text == "Høyest i kolonnen: Personalmøter – Ja: 81,2 prosent" for line in cells[0].context), cells[0].context
    # asked without the claim, the row is read alone
    plain = table_cells("Hvor stor andel har behandlet planen i arbeidsmiljøutvalg (Tabell 8)?", chunks)
    assert not any(line.text.startswith("Høyest") for line in plain[0].context)
    with rules.disabled("table-claimed-extreme"):
        assert not any(line.text.startswith("Høyest") for line in table_cells(question, chunks)[0].context)
