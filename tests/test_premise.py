"""False premises (assistant.premise) on the real corpus passages: a thing tied to the wrong municipality."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.premise import false_premise, things
from assistant.sentences import one_line


def test_the_things_a_question_names() -> None:
    assert things("Hva står det om Fagstigen i Halden sin plan?") == ["Fagstigen"]
    assert things("Hva sier Sørums plan om SKUP?") == ["SKUP"]
    assert things("Hvordan jobber Bærum med rekruttering?") == []


@pytest.mark.parametrize(
    ("question", "thing", "actual", "where"),
    [
        ("Hva står det om Fagstigen i Halden sin plan?", "Fagstigen", "Sørum", "Haldens plan"),
        ("Hva sier Sørums plan om SKUP?", "SKUP", "Bærum", "Sørums plan"),
        ("Hvordan bruker Drammen Fagstigen?", "Fagstigen", "Sørum", "kildene om Drammen"),
        ("Hva lærte Halden av Kompetanseuka?", "Kompetanseuka", "Lyngdal", "kildene om Halden"),
    ],
)
def test_a_thing_tied_to_the_wrong_municipality_is_found(corpus_index, question: str, thing: str, actual: str, where: str) -> None:
    premise = false_premise(question, corpus_index.chunks())
    assert premise is not None
    assert (premise.thing, premise.actual, premise.where) == (thing, actual, where)
    assert premise.text() == f"Kildene knytter {thing} til {actual}; {where} nevner ikke {thing}."
    # every sentence offered as evidence is source text that names the thing and is about `actual`
    assert premise.sentences
    for s in premise.sentences:
        assert s.text in one_line(s.chunk.text)
        assert thing.lower()[:6] in s.text.lower()


@pytest.mark.parametrize(
    "question",
    [
        "Hva gjorde Sørum med Fagstigen?",  # the right municipality
        "Hva sier Bærums SKUP om medarbeidersamtaler?",
        "Hva sier Halden om Fagstigen og Sørum?",  # two municipalities: a comparison, not a premise
        "Hva sier Haldens plan om lederutvikling?",  # nothing named
        "Hva sier Haldens plan om Stavanger?",  # unknown to the sources: the refusal rules say so
    ],
)
def test_a_true_premise_is_left_alone(corpus_index, question: str) -> None:
    assert false_premise(question, corpus_index.chunks()) is None


def test_the_rule_off_finds_nothing(corpus_index) -> None:
    with rules.disabled("false-premise"):
        assert false_premise("Hva står det om Fagstigen i Halden sin plan?", corpus_index.chunks()) is None
