"""Citation checking, tested with real Norwegian sentences and passages from the corpus."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import citations
from assistant.citations import (
    SupportResult,
    citation_recall_precision,
    markers,
    split_sentences,
    strip_markers,
    support,
    verify,
)

ROOT = Path(__file__).resolve().parent.parent

# KS/Asplan/Fafo report, lines 1796-1806 (PDF line breaks kept, as a chunk would have them).
FAGSTIGEN = """Et eksempel på en kompetansesatsing som Sørum kommune er godt fornøyd med, er
Fagstigen. Fagstigen for hjelpepleierne er for de som ønsker å bli klinisk spesialist og består
av fire trinn. Hvert trinn inneholder 500 sider faglitteratur, 30–50 kurstimer, 10–40 timer
klinisk sykepleiefaglig veiledning og 10 timer yrkespraktisk kollegaveiledning. Kandidatene
må også levere en skriftlig oppgave på 15–20 sider innenfor det emnet de søker godkjenning
som klinisk spesialist. Første trinn i fagstigen er obligatorisk for alt fagpersonell i PRO-
seksjonen (pleie/rehabilitering/omsorg) i Sørum. Her er interne rutiner hovedtema. Senere
kan de ansatte velge om de vil følge opp med trinn to, tre og fire. Det er en forutsetning at de
som gjør det, kan bruke det de lærer i sin egen praksis. Fagstigen for hjelpepleierne skal
godkjennes av både kommunen og Fagforbundet. For hvert trinn på stigen gis et lønnstillegg
på fem tusen kroner.14"""

# Same report, lines 4980-4985.
GODKJENNING = """I Pleie og omsorg (PLO) har kommunen opprettet et firetrinns kompetanseprogram
(Fagstigen), hvor en kan søke om klinisk godkjenning etter å ha fullført de fire trinnene. Til nå
har 24 ansatte fått klinisk godkjenning som følge av Fagstigen, og noen av informantene
opplevde at tilbudet om kompetanseprogram har gjort PLO i Sørum kommune til en mer
attraktiv arbeidsplass i rekrutteringssammenheng."""

# Halden kommune, kompetanseplan 2010-2012, lines 34-36.
HALDEN = """Kompetanseplanen for 2006-2008 skulle i henhold til pkt. 7.2 vært rullert høsten 2008. Grunnet kravet om
gjennomføring av en kompetansekartlegging innen 01.04.09, ble rulleringen utsatt til 2009.  Den reviderte planen
gjelder for perioden 2010-2012."""

PASSAGES = {1: FAGSTIGEN, 2: GODKJENNING, 3: HALDEN}
NO_ANSWER = "Jeg fant ikke noe mer om dette i kildene."


# --- sentence splitting ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tiltakene omfatter f.eks. kurs og bl.a. veiledning [1].",
        "Det gjelder ca. 50 prosent av de ansatte, jf. pkt. 3.3 i avtalen [1].",
        "Se kap. 5 og s. 12, dvs. avsnittet om lederutvikling [2].",
        "Kurs, seminarer mv. holdes internt, inkl. e-læring o.l. i kommunen [1].",
        "Tiltaket ble evt. utsatt ift. budsjettet, nr. 4 på listen [1].",
        "Kostnaden var 2,5 millioner etter pkt. 3.3.1 i planen [3].",
        "Arbeidsgiverkonferansen holdes 18. februar 2010 for alle ledere [1].",
        "Dette gjelder bl. a. sykepleiere og hhv. 24 og 42 ansatte [2].",
    ],
)
def test_abbreviations_decimals_and_dates_do_not_split(text: str) -> None:
    assert split_sentences(text) == [text]


def test_split_keeps_trailing_markers_with_their_sentence() -> None:
    text = (
        "Sørum innførte Fagstigen for hjelpepleiere [1]. Hvert trinn gir et lønnstillegg [1][2]. "
        "Planen gjelder 2010-2012 [1, 3]. Kandidatene skriver en oppgave. [2] Slik er det."
    )
    assert split_sentences(text) == [
        "Sørum innførte Fagstigen for hjelpepleiere [1].",
        "Hvert trinn gir et lønnstillegg [1][2].",
        "Planen gjelder 2010-2012 [1, 3].",
        "Kandidatene skriver en oppgave. [2]",
        "Slik er det.",
    ]


def test_split_list_items_and_final_abbreviations() -> None:
    text = "Tiltak:\n\n- Fagstigen [1].\n- Lederkurs mv. [2]\n1. Første trinn er obligatorisk [1].\nKurs osv. Neste setning."
    assert split_sentences(text) == [
        "Tiltak:",
        "- Fagstigen [1].",
        "- Lederkurs mv. [2]",
        "1. Første trinn er obligatorisk [1].",
        "Kurs osv.",
        "Neste setning.",
    ]


def test_markers_and_strip() -> None:
    assert markers("Sørum innførte Fagstigen [1][3] og lederkurs [1, 2].") == [1, 3, 2]
    assert markers("Se kildene [2-4].") == [2, 3, 4]
    assert markers("Ingen kilde her.") == []
    assert strip_markers("Sørum innførte Fagstigen [1][2].") == "Sørum innførte Fagstigen."


# --- support -----------------------------------------------------------------------------------


def test_paraphrase_with_stem_overlap_is_supported() -> None:
    result = support("Sørum innførte Fagstigen for hjelpepleiere [1].", FAGSTIGEN)
    assert result.supported and result.score >= 0.6


def test_wrong_number_is_not_supported() -> None:
    assert support("24 ansatte har fått klinisk godkjenning [2].", GODKJENNING).supported
    result = support("42 ansatte har fått klinisk godkjenning [2].", GODKJENNING)
    assert result == SupportResult(False, 1.0, ("42",))


def test_name_not_in_passage_is_not_supported() -> None:
    result = support("Fagstigen skal godkjennes av kommunen og Sykepleierforbundet [1].", FAGSTIGEN)
    assert not result.supported and "Sykepleierforbundet" in result.missing
    # A municipality at the start of the sentence is still a name ("X kommune").
    assert "Halden" in support("Halden kommune har opprettet Fagstigen [2].", GODKJENNING).missing


@pytest.mark.parametrize(
    ("sentence", "passage"),
    [
        ("Lønnstillegget er 5000 kroner per trinn.", FAGSTIGEN),  # "fem tusen kroner"
        ("Kompetansekartleggingen skulle gjennomføres innen 1. april 2009.", HALDEN),  # "01.04.09"
        ("Planen gjelder for perioden 2010–12.", HALDEN),
        ("Budsjettet var 90 000 kroner.", "Budsjettet var på kr 90.000 i 2010."),
        ("Andelen var 24,5 prosent.", "Andelen var 24.5 %."),
    ],
)
def test_numbers_are_normalised(sentence: str, passage: str) -> None:
    assert support(sentence, passage).supported


def test_compounds_match_by_parts() -> None:
    assert support("Kompetanseplan skal rulleres.", "Kompetanseplanen skal rulleres årlig.").supported
    partial = support("Lederutvikling prioriteres.", "Utvikling av ledere prioriteres høyt.")
    assert partial.supported and 0.8 <= partial.score < 1.0  # parts found, relation unknown


def test_negation_month_and_quantifier_must_be_in_passage() -> None:
    assert "ikke" in support("Sørum har ikke Fagstigen.", GODKJENNING).missing
    assert "november" in support("Rulleringen ble utsatt til november 2009.", HALDEN).missing
    assert "alle" in support("Alle ansatte har fått klinisk godkjenning.", GODKJENNING).missing


# --- verify ------------------------------------------------------------------------------------


def test_verify_drops_wrong_number_and_keeps_right_one() -> None:
    answer = "24 ansatte har fått klinisk godkjenning [2]. 42 ansatte har fått klinisk godkjenning [2]."
    v = verify(answer, PASSAGES)
    assert v.text == "24 ansatte har fått klinisk godkjenning [2]."
    assert v.dropped[0][0] == "42 ansatte har fått klinisk godkjenning [2]."
    assert "42" in v.dropped[0][1]
    assert v.used_markers == (2,)


def test_verify_drops_name_not_in_cited_passage() -> None:
    passages = {**PASSAGES, 4: "I Halden kommune er det gjennomført realkompetanseforhandlinger."}
    v = verify("Halden har Fagstigen for hjelpepleierne [1].", passages)
    # "Halden" starts the sentence, but passage 4 shows it is a name, so [1] must contain it.
    assert v.kept == () and "missing Halden" in v.dropped[0][1]


def test_verify_removes_dangling_marker() -> None:
    v = verify("Sørum innførte Fagstigen for hjelpepleiere [1][9].", PASSAGES)
    assert v.text == "Sørum innførte Fagstigen for hjelpepleiere [1]."
    assert v.used_markers == (1,) and v.removed_markers == (9,)
    # A sentence whose only marker dangles is judged as uncited.
    v = verify("Sørum innførte Fagstigen for hjelpepleiere [9].", PASSAGES)
    assert v.kept == () and "dangling" in v.dropped[0][1]


def test_verify_drops_unmarked_fact_and_keeps_allowed_phrase() -> None:
    answer = f"Sørum innførte Fagstigen for hjelpepleiere [1]. Hvert trinn gir et tillegg på fem tusen kroner. {NO_ANSWER}"
    v = verify(answer, PASSAGES, allowed=[NO_ANSWER])
    assert v.kept == ("Sørum innførte Fagstigen for hjelpepleiere [1].", NO_ANSWER)
    assert v.dropped == (("Hvert trinn gir et tillegg på fem tusen kroner.", "no citation: the sentence states a fact"),)


def test_verify_keeps_short_connective_without_marker() -> None:
    assert verify("Kort sagt:", PASSAGES).kept == ("Kort sagt:",)


def test_verify_union_of_cited_passages() -> None:
    sentence = "Fagstigen har fire trinn, og 24 ansatte har fått klinisk godkjenning [1][2]."
    assert verify(sentence, PASSAGES).kept == (sentence,)
    assert verify(sentence.replace("[1][2]", "[1]"), PASSAGES).kept == ()


def test_verify_preserves_list_layout() -> None:
    answer = "Fagstigen:\n- Den har fire trinn [1].\n- Den krever 900 sider [1].\n- Planen gjelder 2010-2012 [3]."
    v = verify(answer, PASSAGES)
    assert v.text == "Fagstigen:\n- Den har fire trinn [1].\n- Planen gjelder 2010-2012 [3]."


def test_no_unsupported_number_survives() -> None:
    sentences = [
        "Fagstigen har {n} trinn [1].",
        "{n} ansatte har fått klinisk godkjenning [2].",
        "Planen gjelder fra {n} [3].",
        "Hvert trinn inneholder {n} sider faglitteratur [1][2].",
    ]
    for template in sentences:
        for n in ("7", "41", "2011", "33,5", "90 000"):
            v = verify(template.format(n=n), PASSAGES)
            assert v.kept == (), (template, n, v.kept)


# --- ALCE metrics ------------------------------------------------------------------------------


def test_alce_recall_and_precision_on_hand_example() -> None:
    statements = [
        ("24 ansatte har fått klinisk godkjenning.", [2]),  # supported, 1 relevant
        ("Fagstigen har fire trinn.", [1, 2]),  # supported by each alone: 2 relevant
        ("Hvert trinn gir fem tusen kroner.", [1, 3]),  # [3] irrelevant: [1] alone supports
        ("Hvert trinn har 500 sider, og 24 ansatte er godkjent.", [1, 2]),  # needs both: 2 relevant
        ("42 ansatte har fått klinisk godkjenning.", [2]),  # unsupported: 0 relevant
        ("Planen gjelder 2010-2012.", []),  # no citation: unsupported
    ]
    recall, precision = citation_recall_precision(statements, PASSAGES)
    assert recall == pytest.approx(4 / 6)
    assert precision == pytest.approx(6 / 8)
    assert citation_recall_precision([], PASSAGES) == (0.0, 0.0)
    assert citation_recall_precision([("Fagstigen har fire trinn.", [9])], PASSAGES) == (0.0, 0.0)


def test_alce_accepts_another_judge() -> None:
    always = citation_recall_precision([("Hva som helst.", [1, 2])], PASSAGES, judge=lambda s, p: True)
    assert always == (1.0, 1.0)


# --- agreement with hand labels ----------------------------------------------------------------


def test_support_agrees_with_hand_labels() -> None:
    rows = [json.loads(line) for line in (ROOT / "evals" / "judge_labels.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 45 and {r["supported"] for r in rows} == {True, False}
    hits = [support(r["statement"], r["passage"]).supported == r["supported"] for r in rows]
    agreement = sum(hits) / len(rows)
    by_label = {
        label: sum(h for h, r in zip(hits, rows, strict=True) if r["supported"] is label) / sum(r["supported"] is label for r in rows)
        for label in (True, False)
    }
    print(
        f"\nsupport() agrees with {sum(hits)}/{len(rows)} hand labels = {agreement:.3f} "
        f"(on supported: {by_label[True]:.3f}, on unsupported: {by_label[False]:.3f})"
    )
    assert agreement >= 0.8


def test_import_does_no_work() -> None:
    code = "import sys, assistant.citations as c; assert c._stemmer.cache_info().currsize == 0; assert 'Stemmer' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_docstring_examples() -> None:
    assert doctest.testmod(citations).failed == 0


def test_a_page_break_inside_a_sentence_does_not_split_it() -> None:
    # the report's page footer left a blank line in "… en overordnet kompetanseplan for hele / kommunen."
    text = "Bare en tredjedel har utarbeidet en plan for hele\n\nkommunen. Variasjonene er store.\n\nNytt avsnitt her."
    assert split_sentences(text) == [
        "Bare en tredjedel har utarbeidet en plan for hele\n\nkommunen.",
        "Variasjonene er store.",
        "Nytt avsnitt her.",
    ]
    # a heading or a list is still its own block
    assert split_sentences("Styringssystemer og ledelse\n\nNåværende rådmann begynte i 2005.") == [
        "Styringssystemer og ledelse",
        "Nåværende rådmann begynte i 2005.",
    ]
    assert split_sentences("Tiltak,\n\n- kurs for ledere") == ["Tiltak,", "- kurs for ledere"]


def test_a_quotation_of_several_sentences_is_one_sentence() -> None:
    text = "• «Sørum har Fagstigen. Den har fire trinn.» [1]\n• «Neste sitat.» [2] Så en setning. Og «et sitat uten slutt. Her"
    assert split_sentences(text) == [
        "• «Sørum har Fagstigen. Den har fire trinn.» [1]",
        "• «Neste sitat.» [2]",
        "Så en setning.",
        "Og «et sitat uten slutt.",
        "Her",
    ]


def test_verify_attributes_an_unmarked_fact_only_to_a_supporting_passage() -> None:
    from assistant import rules
    from assistant.citations import verify

    passages = {1: "Halden evaluerer planen høsten 2012.", 2: "Fagstigen i Sørum har fire trinn og gir lønnstillegg."}
    v = verify("Fagstigen i Sørum har fire trinn. Bærum har 42 ledere på kurs.", passages, attribute=True)
    assert v.kept == ("Fagstigen i Sørum har fire trinn [2].",)
    assert v.dropped[0][0] == "Bærum har 42 ledere på kurs."
    assert verify("Fagstigen i Sørum har fire trinn.", passages).kept == ()  # off unless asked
    with rules.disabled("attribute-unmarked"):
        assert verify("Fagstigen i Sørum har fire trinn.", passages, attribute=True).kept == ()
