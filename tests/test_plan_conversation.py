"""The guided conversation: answers recorded and autosaved, back/skip/goto, free questions, resume."""

from __future__ import annotations

import dataclasses

import pytest

from assistant.plan import method
from assistant.plan.answers import ANSWER_KEYS, validate_answers
from assistant.plan.conversation import FIELDS, Conversation, ConversationError, format_value, parse_answer
from assistant.plan.model import new_plan
from assistant.plan.store import PlanStore


@pytest.fixture()
def store(tmp_path) -> PlanStore:
    return PlanStore(tmp_path / "plans.sqlite")


def _field(key: str):
    return next(f for f in FIELDS if f.key == key)


def test_fields_cover_every_answers_key_and_every_step_question() -> None:
    assert [f.key for f in FIELDS[:3]] == ["kommune", "periode", "ansatte"]
    assert {f.key.partition(".")[0] for f in FIELDS} == set(ANSWER_KEYS)
    for s in method.STEPS:
        assert tuple(f.question for f in FIELDS if f.step == s.key) == s.questions
        assert {f.key.partition(".")[0] for f in FIELDS if f.step == s.key} == set(s.answer_keys)


def test_line_formats() -> None:
    goals = parse_answer(_field("kompetansemal"), "Flere med fagbrev | Trygge tjenester | andel fagbrev | 55 % | 70 % | 2029\nBedre ledelse\n")
    assert goals == [
        {"mal": "Flere med fagbrev", "overordnet_mal": "Trygge tjenester", "indikator": "andel fagbrev", "utgangspunkt": "55 %", "malverdi": "70 %", "frist": "2029"},
        {"mal": "Bedre ledelse"},
    ]
    measures = parse_answer(_field("tiltak"), "Lederskole | alle ledere | | 2027 | HR")
    assert measures == [{"tiltak": "Lederskole", "malgruppe": "alle ledere", "tidsrom": "2027", "ansvarlig": "HR"}]
    assert format_value(_field("tiltak"), measures) == "Lederskole | alle ledere |  | 2027 | HR"
    assert parse_answer(_field("arbeidsgruppe"), "- HR-sjef\n• hovedtillitsvalgt; verneombud") == ["HR-sjef", "hovedtillitsvalgt", "verneombud"]
    assert parse_answer(_field("ansatte"), "1 250") == 1250
    with pytest.raises(ConversationError, match="helt tall"):
        parse_answer(_field("ansatte"), "mange")
    with pytest.raises(ConversationError, match="bare 6"):
        parse_answer(_field("kompetansemal"), "a|b|c|d|e|f|g")
    with pytest.raises(ConversationError, match="Tomt svar"):
        parse_answer(_field("mandat"), "  ")


def test_answer_back_skip_goto_and_autosave(store) -> None:
    conv = Conversation(new_plan(), None, store)
    assert conv.current().field.key == "kommune"  # type: ignore[union-attr]
    conv.answer("Fjordvik")
    conv.answer("2027-2030")
    with pytest.raises(ConversationError):
        conv.answer("ikke et tall")
    assert conv.current().field.key == "ansatte"  # type: ignore[union-attr]  # a bad answer does not move
    conv.answer("850")
    saved = store.load(conv.plan.id)  # autosaved after every answer
    assert saved.answers_dict() == {"kommune": "Fjordvik", "periode": "2027-2030", "ansatte": 850}
    turn = conv.current()
    assert turn is not None and turn.step is not None and turn.step.key == "1" and turn.first_of_step
    conv.skip()  # arbeidsgruppe
    conv.skip()  # mandat: step 1 has no answer at all
    assert conv.plan.step_status("1") == "skipped"
    conv.back()
    conv.answer("Rådmannen ga mandatet i juni")
    assert conv.plan.step_status("1") == "done"
    conv.goto("5")
    assert conv.current().field.key == "kompetansemal"  # type: ignore[union-attr]
    conv.answer("Flere med fagbrev | | andel med fagbrev | | 70 % | 2029")
    conv.goto("start")
    conv.answer("Nordvik")  # revising an earlier answer
    progress = dict((k, st) for k, _t, st in conv.progress())
    assert progress["1"] == "done" and progress["5"] == "done" and progress["start"] == "current" and progress["9"] == "todo"
    with pytest.raises(ConversationError, match="Ukjent steg"):
        conv.goto("12")
    stored = store.load(conv.plan.id)
    assert stored.kommune == "Nordvik" and stored.version == conv.plan.version
    assert validate_answers(stored.answers_dict()) == stored.answers_dict()


def test_resume_continues_where_she_stopped(store) -> None:
    conv = Conversation(new_plan(), None, store)
    for text in ("Fjordvik", "2027-2030", "850", "HR-sjef\nhovedtillitsvalgt"):
        conv.answer(text)
    resumed = Conversation(store.load(conv.plan.id[:8]), None, store)
    assert resumed.current().field.key == "mandat"  # type: ignore[union-attr]
    assert resumed.plan.answer("arbeidsgruppe").value == ["HR-sjef", "hovedtillitsvalgt"]  # type: ignore[union-attr]
    # Two windows on one plan: the stale one cannot overwrite the newer answers silently.
    resumed.answer("Rådmannen")
    from assistant.plan.store import VersionConflict

    with pytest.raises(VersionConflict):
        conv.answer("Et annet mandat")
    assert conv.current().field.key == "mandat" and conv.plan.answer("mandat") is None  # type: ignore[union-attr]
    assert store.load(conv.plan.id).answer("mandat").value == "Rådmannen"  # type: ignore[union-attr]


def test_turn_has_cited_explanation_and_examples_and_free_question_keeps_place(store, corpus_assistant) -> None:
    conv = Conversation(new_plan(), corpus_assistant, store)
    conv.goto("8")
    turn = conv.current()
    assert turn is not None and turn.title.startswith("Steg 8:")
    assert turn.explanation and all(method.contains(c.chunk.text, c.quote) for c in turn.explanation)
    assert turn.explanation[0].chunk.doc_id == method.REPORT
    assert {c.chunk.meta.get("municipality") for c in turn.examples} >= {"Sørum", "Bærum", "Halden"}
    answer = conv.ask("Når evalueres kompetanseplanen i Halden?")
    assert not answer.refused and answer.citations
    assert any("2012" in c.quote for c in answer.citations)
    assert conv.current().field.key == turn.field.key  # type: ignore[union-attr]


# ---- the terminal (planvis plan), fed through stdin -------------------------------------------

SESSION_1 = "\n".join(
    [
        ":hjelp",
        "Fjordvik",
        "2027-2030",
        "mange",  # not a number: one line saying so, asked again
        "850",
        "HR-sjef",  # arbeidsgruppe, one member per line, ended by an empty line
        "hovedtillitsvalgt",
        "",
        "Kommunaldirektøren",  # mandat (wrong, corrected below)
        ":tilbake",
        "Rådmannen, juni 2026",  # the changed answer
        "Hva gjorde Bærum for å evaluere SKUP?",  # a free question mid-way
        ":gå 5",
        "Flere fagarbeidere | Gode tjenester | andel med fagbrev | 55 % | 70 % | 2029",
        "",
        ":lagre og avslutt",
    ]
) + "\n"


def _run(conv, text: str) -> str:
    import io

    from assistant.cli import format_answer
    from assistant.plan.terminal import export_draft, run_terminal

    out = io.StringIO()
    assert run_terminal(conv, io.StringIO(text), out, format_answer, export_draft) == 0
    return out.getvalue()


@pytest.mark.slow
def test_terminal_answer_back_change_ask_quit_resume_export(store, corpus_assistant, tmp_path) -> None:
    plan = store.save(new_plan())
    screen = _run(Conversation(plan, corpus_assistant, store), SESSION_1)
    assert ":spør <spørsmål>" in screen and ":lagre og avslutt" in screen  # the commands are on screen
    assert "er ikke et helt tall" in screen
    assert "Dette sier rapporten" in screen and "Slik gjorde casekommunene det:" in screen
    assert "(Du er fortsatt på samme spørsmål i planen.)" in screen
    assert f"planvis plan --resume {plan.id}" in screen
    saved = store.load(plan.id)
    a = saved.answers_dict()
    assert a["arbeidsgruppe"] == ["HR-sjef", "hovedtillitsvalgt"] and a["mandat"] == "Rådmannen, juni 2026"
    assert a["kompetansemal"][0]["frist"] == "2029" and a["ansatte"] == 850
    assert saved.cursor == "kartlegging.gjennomfort"
    # Resume: the same question comes back; Ctrl-D (end of input) quits and keeps everything.
    conv = Conversation(store.load(plan.id[:10]), corpus_assistant, store, examples=False)
    screen = _run(conv, "Medarbeidersamtaler høsten 2026\n")
    assert "Spørsmål 11/21: Hvordan og når ble kompetansekartleggingen gjort" in screen
    assert store.load(plan.id).answers_dict()["kartlegging"] == {"gjennomfort": "Medarbeidersamtaler høsten 2026"}
    # Skip to the end and export a Markdown draft from the answers.
    conv = Conversation(store.load(plan.id), corpus_assistant, store, examples=False)
    out = tmp_path / "utkast.md"
    screen = _run(conv, ":gå 10.4\nTertialrapport og årsmelding\nHøsten 2030\n" + f"{out}\n")
    assert "Du har gått gjennom alle stegene" in screen and f"Utkast skrevet til {out}" in screen
    md = out.read_text(encoding="utf-8")
    assert "Fjordvik" in md and "Rådmannen, juni 2026" in md and "Tertialrapport og årsmelding" in md


def test_cli_list_export_answers_delete(tmp_path, capsys) -> None:
    from assistant.cli import main
    from assistant.plan.answers import load_answers

    store = PlanStore(tmp_path / "plans.sqlite")
    conv = Conversation(new_plan(), None, store)
    for text in ("Fjordvik", "2027-2030", "850", "HR-sjef\nhovedtillitsvalgt"):
        conv.answer(text)
    pid = conv.plan.id
    assert main(["--data-dir", str(tmp_path), "plan", "--list"]) == 0
    assert pid in capsys.readouterr().out
    out = tmp_path / "svar.yaml"
    assert main(["--data-dir", str(tmp_path), "plan", "--export-answers", pid[:8], str(out)]) == 0
    assert load_answers(out) == conv.plan.answers_dict()  # what draft --answers reads back, unchanged
    assert main(["--data-dir", str(tmp_path), "plan", "--delete", pid]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path), "plan", "--resume", pid]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such plan" in err


def test_kartlegging_directory_is_attached_as_aggregates(store, tmp_path) -> None:
    from assistant.kartlegging import analyse_file, write_analysis

    fixtures = __import__("pathlib").Path(__file__).resolve().parent / "fixtures" / "kartlegging"
    out = tmp_path / "kart"
    write_analysis(analyse_file(fixtures / "gen_comma.csv", year=2026), out)
    conv = Conversation(new_plan(), None, store)
    summary = conv.set_kartlegging(out)
    stored = store.load(conv.plan.id).kartlegging
    assert stored == summary and stored["dir"] == str(out.resolve()) and "findings" in stored["analysis"]
    with pytest.raises(ConversationError, match="Fant ingen kartlegging"):
        conv.set_kartlegging(tmp_path / "finnes-ikke")


@pytest.mark.slow
def test_cli_plan_starts_a_saved_plan_and_prints_how_to_resume(tmp_path, capsys, monkeypatch, corpus_settings) -> None:
    import io

    from assistant.cli import main

    (tmp_path / "index").symlink_to(corpus_settings.index_dir)  # the real index, read only; plans go to tmp_path
    monkeypatch.setattr("sys.stdin", io.StringIO("Fjordvik\n:lagre og avslutt\n"))
    assert main(["--data-dir", str(tmp_path), "plan", "--no-examples"]) == 0
    screen = capsys.readouterr().out
    plans = PlanStore(tmp_path / "plans.sqlite").list()
    assert len(plans) == 1 and plans[0].kommune == "Fjordvik"
    assert f"planvis plan --resume {plans[0].id}" in screen and "Spørsmål 2/21" in screen


def test_picks_resolve_to_their_passage_for_the_draft(corpus_assistant) -> None:
    from assistant.plan.conversation import resolve_picks
    from assistant.plan.model import pick_from_citation

    answer = corpus_assistant.ask("Når evalueres kompetanseplanen i Halden?")
    plan = new_plan().with_pick(pick_from_citation("note", "Evaluering som i Halden", answer.citations[0]))
    plan = plan.with_pick(pick_from_citation("measure", "Endret kilde", answer.citations[0]))
    # A passage re-chunked since (its id changed): found again by the quote's first sentence.
    moved = dataclasses.replace(plan.picks[1], chunk_id="halden:gone")
    gone = dataclasses.replace(plan.picks[1], id="x", chunk_id="halden:gone", quote="Denne setningen står ikke i kilden.")
    plan = plan.with_pick(moved).with_pick(gone)
    resolved = resolve_picks(plan, corpus_assistant.index)
    assert [r.pick.text for r in resolved] == ["Evaluering som i Halden", "Endret kilde"]  # the unknown quote is left out
    for r in resolved:
        assert r.citation.chunk.id == answer.citations[0].chunk.id and r.citation.quote == answer.citations[0].quote
