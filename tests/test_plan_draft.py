"""Drafting on the real index: sections, grounded suggestions, placeholders, no invented facts, polish checks."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from plan_helpers import eval_draft

from assistant.citations import support
from assistant.evaluate.drafting import missing_placeholders, score_draft
from assistant.fakes import FakeChatModel
from assistant.plan.draft import PLACEHOLDERS, SECTION_TITLES, Block, build_draft, draft_text
from assistant.plan.grounding import Grounder, section_label
from assistant.plan.polish import check_polish, facts_of, polish_section
from assistant.plan.suggest import NO_RESULT, matches

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def fjordvik(corpus_assistant):
    return eval_draft("fjordvik", corpus_assistant)


def test_all_sections_in_order(fjordvik):
    _, draft = fjordvik
    assert [s.title for s in draft.sections] == list(SECTION_TITLES.values())
    assert draft.title == "Kompetanseplan for Fjordvik kommune 2027-2030"
    assert all(s.blocks for s in draft.sections)


def test_every_suggestion_is_cited_checked_and_answers_a_stated_challenge(fjordvik):
    answers, draft = fjordvik
    stated = set(answers["utfordringer"]) | set(answers["prioriterte_omrader"]) | set(answers["kartlegging"]["funn"])
    suggested = [r for r in draft.tiltak if not r.own]
    assert len(suggested) >= 3
    assert {"fagstige", "fagbrev"} <= {r.kind for r in suggested}  # recruitment in care, unskilled staff
    passages = {r.n: r.passage for r in draft.references}
    text = draft_text(draft)
    for row in suggested:
        assert row.cites and all(n in passages for n in row.cites), row
        assert row.reason in stated and f"«{row.reason}»" in text
        assert re.search(r"\[\d+\]", row.tiltak)
    # Each quoted sentence of the Tiltak section is supported by the passage it cites.
    for block in draft.section("tiltak").blocks:
        for quote, marks in re.findall(r"«([^«»]+)»\s*((?:\[\d+\])+)", block.text):
            union = "\n".join(passages[int(n)] for n in re.findall(r"\d+", marks))
            assert support(quote, union).supported, quote


def test_own_measures_are_marked_as_hers(fjordvik):
    answers, draft = fjordvik
    own = [r for r in draft.tiltak if r.own]
    assert [r.tiltak for r in own] == [f"Eget tiltak: {t['tiltak']}" for t in answers["tiltak"]]
    assert own[0].kostnad == "250000" and own[0].tidsrom == "2027-2028"


def test_goals_are_evaluable_or_placeholders_and_have_four_levels(fjordvik):
    _, draft = fjordvik
    goals = draft.section("kompetansemal").blocks
    second = next(i for i, b in enumerate(goals) if b.text.startswith("Mål 2:"))
    items = goals[second + 1].items
    assert "Indikator: Andel sykepleiere som slutter per år" in items
    assert f"Frist: {PLACEHOLDERS['kompetansemal.frist']}" in items and f"Målverdi: {PLACEHOLDERS['kompetansemal.malverdi']}" in items
    tables = [b for b in draft.section("oppfolging").blocks if b.kind == "table" and b.header[0] == "Nivå"]
    assert len(tables) == 2  # one per goal
    for table in tables:
        assert [row[0] for row in table.rows] == ["Reaksjoner", "Læring", "Anvendelse", "Nytte"]
        assert all(re.search(r"«.+» \[\d+\]", row[2]) for row in table.rows)  # Tabell 12's method, cited
    measures = next(b for b in draft.section("oppfolging").blocks if b.kind == "table" and b.header[0] == "Hva som evalueres")
    assert [r[0] for r in measures.rows][0] == "Veiledningsprogram for nyutdannede sykepleiere"
    assert len(measures.rows) == min(6, len(draft.tiltak)) and all(len(r) == 5 for r in measures.rows)
    text = draft_text(draft)
    assert "Planen rulleres: Årlig i forbindelse med budsjettet" in text
    assert f"Planen evalueres: {PLACEHOLDERS['oppfolging.evaluering']}" in text


def test_eval_scores_and_no_outside_facts(fjordvik, corpus_assistant):
    answers, draft = fjordvik
    scores = score_draft(draft, answers, corpus_assistant.spellchecker())
    assert scores["sections_present"] == 1.0
    assert scores["suggested_rows_cited"] == 1.0 and scores["suggestions_matching"] == 1.0
    assert scores["citation_support"] == 1.0 and scores["citations_checked"] >= 10
    assert scores["placeholders_for_missing"] == 1.0
    assert scores["outside_facts"] == []
    assert scores["spelling_error_rate"] < 0.01


def test_eval_catches_an_invented_fact_and_a_bent_quote(fjordvik):
    answers, draft = fjordvik
    first = draft.sections[0]
    invented = replace(first, blocks=(Block("p", "Kommunen har 37 lærlinger i Storelva."), *first.blocks))
    ref = draft.references[-1]
    bent = replace(draft.sections[-1], blocks=(*draft.sections[-1].blocks, Block("p", f"«Sørum kuttet 40 stillinger i 2011.» [{ref.n}].")))
    tampered = replace(draft, sections=(invented, *draft.sections[1:-1], bent))
    scores = score_draft(tampered, answers)
    assert {"37", "Storelva"} <= set(scores["outside_facts"])
    assert scores["citation_support"] < 1.0


def test_missing_answers_become_placeholders(corpus_assistant):
    answers = {"kommune": "Testvik", "utfordringer": ["Vi har mange ufaglærte i barnehagene"]}
    draft = build_draft(answers, corpus_assistant)
    md = draft.markdown()
    expected = missing_placeholders(answers)
    assert len(expected) > 15
    assert [p for p in expected if p not in md] == []
    assert score_draft(draft, answers)["outside_facts"] == []
    assert any(r.kind == "fagbrev" for r in draft.tiltak)
    assert "Testvik kommune" in draft.title and PLACEHOLDERS["periode"] in draft.title


def test_cite_drops_what_the_passage_does_not_say(corpus_assistant):
    g = Grounder(corpus_assistant)
    found = g.find(["Fagstigen klinisk spesialist hjelpepleiere Sørum"], ["fagstige"])
    at = next(f for f in found if f.place == "Sørum")
    chunk = at.chunk
    assert g.cite("«Fagstigen har gitt 99 sykepleiere fagbrev i Bærum.»", [chunk]) is None
    assert g.cite(f"Erfaring fra Halden: «{at.sentence}»", [chunk]) is None  # the frame's place must be the passage's
    ok = g.cite(f"Erfaring fra Sørum: «{at.sentence}»", [chunk])
    assert ok and ok.endswith("[1].") and g.references[0].chunk_id == chunk.id


def test_picked_notes_are_rechecked(corpus_assistant):
    from assistant.types import Citation

    found = Grounder(corpus_assistant).find(["Fagstigen klinisk spesialist hjelpepleiere Sørum"], ["fagstige"])[0]
    good = Citation(n=1, chunk=found.chunk, quote=found.sentence)
    fake = replace(good, quote="Fagstigen ble lagt ned i 2012 etter store kutt.")

    class Pick:
        def __init__(self, citation):
            self.citation = citation

    draft = build_draft({"kommune": "Testvik"}, corpus_assistant, picks=[Pick(good), Pick(fake)])
    text = draft_text(draft)
    assert "Notater fra samtalen" in text
    assert "lagt ned i 2012" not in text
    assert any("picked note" in n for n in draft.notes)


def test_kartlegging_analysis_feeds_the_draft(corpus_assistant, tmp_path):
    from assistant.kartlegging import analyse_file, write_analysis

    fixture = __import__("pathlib").Path(__file__).parent / "fixtures" / "kartlegging" / "tiny.csv"
    write_analysis(analyse_file(fixture, year=2026), tmp_path)
    draft = build_draft({"kommune": "Testvik"}, corpus_assistant, kartlegging=tmp_path)
    blocks = draft.section("kartlegging").blocks
    findings = next(b for b in blocks if b.kind == "bullets" and b.items)
    assert draft.data_facts and set(draft.data_facts) == set(findings.items)
    assert draft.figures and all(f.endswith(".png") for f in draft.figures)
    assert any(r.reason in draft.data_facts for r in draft.tiltak)  # a finding can carry a suggestion
    assert score_draft(draft, {"kommune": "Testvik"})["outside_facts"] == []
    with pytest.raises(ValueError, match="no analysis here"):
        build_draft({}, corpus_assistant, kartlegging=tmp_path / "missing")


# ---- matching and polish checks: plain strings --------------------------------------------------
def test_matching_is_on_stems_compounds_and_typos():
    assert matches("Sykepleierrekruttering er vanskelig")[0][0].key == "fagstige"
    assert matches("Vi sliter med å rekrutere")  # typo
    assert "digital" not in [m.key for m, _ in matches("Vi trenger mer innsikt i økonomi")]
    assert [m.key for m, _ in matches("Mange ufaglærte assistenter")][0] == "fagbrev"
    assert matches("Godt vær i sommer") == []
    assert matches("Stor avgang", finding_kind="retirement")[0][1] >= 2


def test_section_label_prefers_numbered_headings():
    assert section_label(("10 STRATEGISK", "10.4 Oppfølging og evaluering", "NIVÅ SPØRSMÅL Eksempel metode")) == "10.4 Oppfølging og evaluering"
    assert section_label(("VEDLEGG", "SØRUM", "Satsingsområder og iverksatte tiltak")) == "Sørum, Satsingsområder og iverksatte tiltak"


PASSAGES = {1: "I Sørum har 24 ansatte fått klinisk godkjenning som følge av Fagstigen."}
ORIGINAL = "Planen gjelder Fjordvik kommune med 1450 ansatte og et budsjett på [fyll inn: budsjett for planen]."


@pytest.mark.parametrize(
    ("polished", "why"),
    [
        ("Planen omfatter Fjordvik kommune, som har 1450 ansatte og budsjett [fyll inn: budsjett for planen].", None),
        ("Planen gjelder Fjordvik kommune med 1450 ansatte.", "lost placeholder"),
        ("Planen gjelder kommunen med 1450 ansatte og budsjett [fyll inn: budsjett for planen].", "lost fact Fjordvik"),
        ("Planen gjelder Fjordvik kommune med 1500 ansatte og budsjett [fyll inn: budsjett for planen].", "new number"),
        ("Planen gjelder Fjordvik kommune med 1450 ansatte og budsjet [fyll inn: budsjett for planen].", "spelling"),
        ("", "empty"),
    ],
)
def test_polish_check(polished, why, corpus_assistant):
    facts = facts_of({"kommune": "Fjordvik", "ansatte": 1450})
    got = check_polish(ORIGINAL, polished, PASSAGES, facts, corpus_assistant.spellchecker())
    assert (got is None) if why is None else (got is not None and got.startswith(why)), got


def test_polish_keeps_citations_and_support():
    cited = "Sørum har gitt 24 ansatte klinisk godkjenning [1]."
    assert check_polish(cited, "Sørum har gitt 24 ansatte klinisk godkjenning.", PASSAGES).startswith("lost citation")
    assert check_polish(cited, "Sørum har gitt 24 ansatte klinisk godkjenning og høyere lønn [1].", PASSAGES).startswith("unsupported")
    assert check_polish(cited, "I Sørum har 24 ansatte fått klinisk godkjenning [1].", PASSAGES) is None


def test_polish_section_keeps_the_original_when_the_model_breaks_a_rule():
    from assistant.plan.draft import Section

    keep = "Planen gjelder Fjordvik kommune med 1450 ansatte og et tydelig mål for arbeidet."
    section = Section("x", "X", (Block("p", keep), Block("p", "«Sitat fra kilden som aldri sendes til modellen.» [1]."), Block("bullets", items=("a",))))
    model = FakeChatModel(["Planen gjelder Fjordvik kommune med 2000 ansatte og et tydelig mål for arbeidet."])
    polished, notes = polish_section(section, model, PASSAGES, ["Fjordvik", "1450"])
    assert polished == section and notes and "new number 2000" in notes[0]
    assert len(model.prompts) == 1  # the quote and the bullets were not sent
    model = FakeChatModel(["Planen for Fjordvik kommune har 1450 ansatte og et tydelig mål for arbeidet."])
    polished, notes = polish_section(section, model, PASSAGES, ["Fjordvik", "1450"])
    assert polished.blocks[0].text.startswith("Planen for Fjordvik") and not notes
    assert NO_RESULT.endswith(".")


def test_a_goal_on_an_unstated_overordnet_mal_is_flagged(corpus_assistant):
    answers = {
        "overordnede_mal": ["Gode tjenester nær innbyggerne"],
        "kompetansemal": [
            {"mal": "Flere med fagbrev", "overordnet_mal": "Gode tjenester nær innbyggerne"},
            {"mal": "Bedre ledelse", "overordnet_mal": "Sunn økonomi"},
        ],
    }
    blocks = build_draft(answers, corpus_assistant).section("kompetansemal").blocks
    bullets = [b.items for b in blocks if b.kind == "bullets"]
    flagged = [any(i.startswith("Merk:") for i in items) for items in bullets]
    assert flagged == [False, True]
