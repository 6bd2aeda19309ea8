"""The guided conversation: answers recorded and autosaved, back/skip/goto, free questions, resume."""

from __future__ import annotations

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
