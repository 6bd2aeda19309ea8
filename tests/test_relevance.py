"""The relevance rule shared by retrieval metrics, evals and the question checker."""

from __future__ import annotations

import pytest

from assistant.relevance import contains_evidence, first_relevant_rank, normalize

FAGSTIGEN = (
    "Et eksempel på en kompetansesatsing som Sørum kommune er godt fornøyd med, er \n"
    "Fagstigen. Fagstigen for hjelpepleierne er for de som ønsker å bli klinisk spesialist og består \n"
    "av fire trinn. Hvert trinn inneholder 500 sider faglitteratur, 30–50 kurstimer."
)
LONG_QUOTE = (
    "Fagstigen for hjelpepleierne er for de som ønsker å bli klinisk spesialist og består av "
    "fire trinn. Hvert trinn inneholder 500 sider faglitteratur, 30–50 kurstimer."
)


# --- normalize --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("kompetanse- utvikling", "kompetanseutvikling"),
        ("kompetanse-\nutvikling", "kompetanseutvikling"),
        ("kompetanse-  \n\n  utvikling", "kompetanseutvikling"),
        ("Kompetanse‑\nutvikling", "kompetanseutvikling"),  # U+2011 non-breaking hyphen
        ("KOMPETANSEPLAN", "kompetanseplan"),
        ("  mange   mellomrom\t og\nlinjer  ", "mange mellomrom og linjer"),
        ("• punkt", "punkt"),
        ("♦ Dilemmatrening gjennomføres.", "dilemmatrening gjennomføres."),
        ("\uf0b7 Symbol-font punkt", "symbol-font punkt"),
        ("◦ a ▪ b ■ c ● d · e", "a b c d e"),
        ("kompe\u00adtanse", "kompetanse"),  # soft hyphen
        ("ﬁnansiering", "finansiering"),  # NFKC folds the ligature
        ("HTA-avtalen", "hta-avtalen"),  # a hyphen inside a word stays
        ("", ""),
    ],
)
def test_normalize(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_makes_dashes_one() -> None:
    # one normaliser for evidence and must-include matching: "30–50" in a source matches "30-50"
    assert normalize("30–50 kurstimer") == normalize("30-50 kurstimer") == "30-50 kurstimer"
    assert normalize("2008 – 2010") == "2008 - 2010"
    assert normalize("2,5 % av 1 500") == "2.5 % av 1500"


def test_normalize_is_idempotent() -> None:
    once = normalize(FAGSTIGEN)
    assert normalize(once) == once


# --- contains_evidence ------------------------------------------------------------------


def test_exact_substring() -> None:
    assert contains_evidence(FAGSTIGEN, "består av fire trinn")


def test_substring_across_line_break_and_case() -> None:
    assert contains_evidence(FAGSTIGEN, "FAGSTIGEN FOR HJELPEPLEIERNE er for de som ønsker")


def test_word_hyphenated_across_lines_in_passage() -> None:
    passage = "Kommunen har utarbeidet en kompetanse-\nplan for hele organisasjonen."
    assert contains_evidence(passage, "utarbeidet en kompetanseplan for hele organisasjonen")


def test_word_hyphenated_in_quote_but_not_in_passage() -> None:
    passage = "Kommunen har utarbeidet en kompetanseplan for hele organisasjonen."
    assert contains_evidence(passage, "utarbeidet en kompe- tanseplan for hele organisasjonen")


def test_bullets_in_passage_are_ignored() -> None:
    passage = "♦ Det arrangeres en utviklingsdag for hele kommunen.\n♦ Det gjennomføres læringssamlinger."
    assert contains_evidence(passage, "Det arrangeres en utviklingsdag for hele kommunen.")


def test_small_difference_is_tolerated() -> None:
    # A glued footnote number and a missing comma.
    passage = "Prosjektet vant for øvrig Smartprisen fra Innovasjon Norge i 200839. Bærum er ..."
    assert contains_evidence(passage, "Prosjektet vant, for øvrig Smartprisen fra Innovasjon Norge i 2008.")


def test_long_quote_cut_by_chunk_boundary_counts() -> None:
    # The passage holds only the first half of a long quote.
    passage = "Fagstigen for hjelpepleierne er for de som ønsker å bli klinisk spesialist og består av"
    assert len(normalize(LONG_QUOTE)) > 120
    assert contains_evidence(passage, LONG_QUOTE)


def test_long_quote_whole_passage() -> None:
    assert contains_evidence(FAGSTIGEN, LONG_QUOTE)


def test_unrelated_passage_is_false() -> None:
    passage = "Drammen kommune ligger i Buskerud fylke og har et areal på 137,48 kvadratkilometer."
    assert not contains_evidence(passage, "Fagstigen for hjelpepleierne består av fire trinn")


def test_same_topic_other_wording_is_false() -> None:
    passage = "Sørum har et program der hjelpepleiere kan bli kliniske spesialister i flere steg."
    assert not contains_evidence(passage, "Fagstigen for hjelpepleierne er for de som ønsker å bli klinisk spesialist")


def test_passage_that_is_a_piece_of_the_quote_is_false() -> None:
    # partial_ratio alone would score 100 here: a passage cannot hold more than itself.
    assert not contains_evidence("fire trinn", "Fagstigen for hjelpepleierne består av fire trinn")


def test_long_quote_needs_a_whole_half() -> None:
    passage = "Hvert trinn inneholder 500 sider faglitteratur."
    assert not contains_evidence(passage, LONG_QUOTE)


def test_empty_quote_is_false() -> None:
    assert not contains_evidence(FAGSTIGEN, "")
    assert not contains_evidence(FAGSTIGEN, "  • \n ")


def test_empty_passage_is_false() -> None:
    assert not contains_evidence("", "Fagstigen for hjelpepleierne")


# --- first_relevant_rank ----------------------------------------------------------------

PASSAGES = [
    "Alta kommune ligger i den vestlige delen av Finnmark fylke.",
    "Lyngdal kommune startet arbeidet med kompetansekartlegging desember 2009.",
    FAGSTIGEN,
    "Til nå har 24 ansatte fått klinisk godkjenning som følge av Fagstigen.",
]


def test_first_relevant_rank_is_one_based() -> None:
    assert first_relevant_rank(PASSAGES, ["Lyngdal kommune startet arbeidet med kompetansekartlegging"]) == 2


def test_first_relevant_rank_takes_the_first_of_several_quotes() -> None:
    quotes = ["24 ansatte fått klinisk godkjenning", "består av fire trinn"]
    assert first_relevant_rank(PASSAGES, quotes) == 3


def test_first_relevant_rank_none_when_nothing_matches() -> None:
    assert first_relevant_rank(PASSAGES, ["Bærum har et ledernettverk for tjenesteledere"]) is None


def test_first_relevant_rank_none_without_quotes() -> None:
    assert first_relevant_rank(PASSAGES, []) is None
    assert first_relevant_rank(PASSAGES, [""]) is None


def test_first_relevant_rank_no_passages() -> None:
    assert first_relevant_rank([], ["består av fire trinn"]) is None
