"""Multi-part questions (assistant.parts): the split, the context a later part needs, the missing-part sentence."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.parts import missing_part, split_parts, with_context


@pytest.mark.parametrize(
    ("question", "parts"),
    [
        ("Hvor mange ansatte har Sørum kommune, og hva er Fagstigen?", ["Hvor mange ansatte har Sørum kommune?", "Hva er Fagstigen?"]),
        ("Hva er Fagstigen? Og hvor mange trinn har den?", ["Hva er Fagstigen?", "Hvor mange trinn har den?"]),
        ("Hva er Fagstigen og hvor stort lønnstillegg gis?", ["Hva er Fagstigen?", "Hvor stort lønnstillegg gis?"]),
        ("Når skal Halden evaluere planen, og hvordan evaluerer Bærum SKUP?", ["Når skal Halden evaluere planen?", "Hvordan evaluerer Bærum SKUP?"]),
        # a finite verb after ", og når" is a direct question's order, not an indirect clause's
        ("Hvem er ledersamlingen for, og når er den avholdt og for hvor lenge?", ["Hvem er ledersamlingen for?", "Når er den avholdt og for hvor lenge?"]),
    ],
)
def test_a_question_asking_several_things_is_split(question: str, parts: list[str]) -> None:
    assert split_parts(question) == parts


@pytest.mark.parametrize(
    "question",
    [
        "Hvordan skiller Sørum og Bærum seg i arbeidet med kompetanseplaner?",  # one question about two sides
        "Hva sier rapporten om hvordan kommunene rekrutterer og hvilke tiltak de bruker?",  # an indirect question
        "Hvem deltar og hvorfor?",  # a part of two words is no question of its own
        "Hvilke kommuner har kompetanseplan?",
        "Hva går steg 6 i metoden ut på? Hva skal vi gjøre med kartleggingsdataene?",  # a new sentence keeps the old reading
    ],
)
def test_a_question_asking_one_thing_stays_whole(question: str) -> None:
    assert split_parts(question) == [question]


def test_the_rule_off_keeps_the_question_whole() -> None:
    with rules.disabled("multi-part"):
        assert split_parts("Hvor mange ansatte har Sørum kommune, og hva er Fagstigen?") == [
            "Hvor mange ansatte har Sørum kommune, og hva er Fagstigen?"
        ]


def test_a_later_part_pointing_back_gets_the_first_parts_names() -> None:
    assert with_context(["Hva er Fagstigen?", "Hvor mange trinn har den?"]) == ["Hva er Fagstigen?", "Hvor mange trinn har den? (Fagstigen)"]
    # a part with its own municipality needs nothing
    assert with_context(["Hva gjør Sørum?", "Hva gjør Bærum?"]) == ["Hva gjør Sørum?", "Hva gjør Bærum?"]


@pytest.mark.parametrize(
    ("part", "sentence"),
    [
        ("Hvor mange ansatte har Sørum kommune?", "Kildene sier ikke hvor mange ansatte Sørum kommune har."),
        ("Hva koster Fagstigen?", "Kildene svarer ikke på dette: «Hva koster Fagstigen?»"),
        ("Hvem eier Vålerenga?", "Kildene svarer ikke på dette: «Hvem eier Vålerenga?»"),
    ],
)
def test_a_missing_part_is_said_in_our_own_words(part: str, sentence: str) -> None:
    assert missing_part(part) == sentence


def test_the_names_a_later_part_borrows_stay_separate_names() -> None:
    # "(Halden Læring)" would read as one name the sources lack; each borrowed name stands alone.
    assert with_context(["Hvilken score fikk Halden på indikatoren Læring og utvikling?", "Hva var ønsket resultat?"])[1] == (
        "Hva var ønsket resultat? (Halden, Læring)"
    )


def test_a_pronoun_points_back_to_the_definite_noun_before_it() -> None:
    # "den" is the lederskole, which the first part names in lower case
    assert with_context(["Hvor mange ledere har gått lederskolen i Drammen?", "Hvor lenge varer den?"]) == [
        "Hvor mange ledere har gått lederskolen i Drammen?",
        "Hvor lenge varer den? (Drammen, lederskolen, ledere)",
    ]
    with rules.disabled("pronoun-antecedent"), rules.disabled("back-reference"):
        assert with_context(["Hvor mange ledere har gått lederskolen i Drammen?", "Hvor lenge varer den?"])[1] == "Hvor lenge varer den? (Drammen)"


def test_a_later_part_naming_the_first_parts_thing_gets_its_words() -> None:
    # "prosjektet" is the project the first part describes; without its words the part is searched as "støtte"
    parts = ["Hvilket program finansierer Bærums prosjekt der brukerne intervjuer hverandre?", "Hvor mye støtte har prosjektet fått?"]
    later = with_context(parts)[1]
    assert later.startswith("Hvor mye støtte har prosjektet fått? (") and all(w in later for w in ("brukerne", "intervjuer", "Bærums")), later
    with rules.disabled("back-reference"):
        assert with_context(parts)[1] == "Hvor mye støtte har prosjektet fått? (Bærums)"
    # a definite noun the first part did not name is no back-reference
    assert with_context(["Hvor mange ansatte har Sørum?", "Hva er Fagstigen?"])[1] == "Hva er Fagstigen?"


def test_a_when_clause_is_the_condition_of_the_question_after_it() -> None:
    question = "Når einingane i Bærum lagar framtidsbiletet, kva skal dei vurdere?"
    assert split_parts(question) == [question]
    with rules.disabled("when-clause"):
        assert split_parts(question) == ["Når einingane i Bærum lagar framtidsbiletet?", "Kva skal dei vurdere?"]
    # "Når skal …" asks when: a question of its own
    assert split_parts("Når skal Halden evaluere planen, og hvordan evaluerer Bærum SKUP?")[0] == "Når skal Halden evaluere planen?"


def test_both_parts_about_a_lower_case_thing_are_answered(corpus_assistant) -> None:
    answer = corpus_assistant.ask("Hvem holder lederskolen i Drammen, og hvor lenge varer den?", engine="extractive")
    assert not answer.refused and "toårig" in answer.text, answer.text


def test_without_the_rule_a_coordinated_direct_question_reads_as_indirect() -> None:
    question = "Hvem er ledersamlingen for, og når er den avholdt og for hvor lenge?"
    with rules.disabled("coordinated-direct"):
        assert split_parts(question) == [question]


def test_a_leading_clause_is_part_of_the_question_after_it() -> None:
    question = "Da lederne beskrev et vellykket tiltak, hvor mange av eksemplene gjaldt nye datasystemer?"
    assert split_parts(question) == [question]
    assert split_parts("I hvilke tjenester er serviceerklæringer vanligst, og hvor mange kommuner har brukergarantier?") == [
        "I hvilke tjenester er serviceerklæringer vanligst?",
        "Hvor mange kommuner har brukergarantier?",
    ]
    with rules.disabled("leading-clause"):
        assert len(split_parts(question)) == 2


def test_a_pointer_to_a_table_is_no_part_of_its_own() -> None:
    question = "Har kommuner med kompetanseplan oftere servicetorg? Hva viser vedleggstabell 8?"
    assert split_parts(question) == [question]
    with rules.disabled("table-pointer-part"):
        assert len(split_parts(question)) == 2
