"""The step decision (assistant.plan.review_steps) on sentences written for these tests, in wording
none of the labelled plans uses: covered needs every element *done*; a mention, an intention or a
heading is at most partial."""

from __future__ import annotations

from assistant.plan.review_detect import Unit, to_bokmal
from assistant.plan.review_read import Table
from assistant.plan.review_steps import ELEMENTS, detect_all


def _u(text: str, heading: str = "", kind: str = "para", segment: int = 0) -> Unit:
    return Unit(text, None, kind, heading, segment)


def _status(units: list[Unit], key: str, tables: tuple[Table, ...] = ()) -> str:
    return detect_all(units, tables)[key].status


def test_every_step_has_its_elements_as_data() -> None:
    assert set(ELEMENTS) == {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10.3", "10.4"}
    assert all(e.lacking for els in ELEMENTS.values() for e in els)


def test_step1_group_and_makeup_done_vs_who_wrote_it_vs_subplans() -> None:
    group = [_u("Ordføreren og kommunedirektøren oppnevnte en prosjektgruppe som utarbeidet strategien."), _u("I gruppen satt to virksomhetsledere og en tillitsvalgt fra Delta.")]
    assert _status(group, "1") == "covered"
    assert _status([_u("Strategien er skrevet av HR-avdelingen.")], "1") == "partial"
    # who writes the sectors' plans is not who did this plan's work
    assert _status([_u("Delplanene utarbeides av kommunalsjefene sammen med tillitsvalgte.")], "1") == "missing"
    assert _status([_u("En arbeidsgruppe med tillitsvalgte bør settes ned senere.")], "1") == "partial"


def test_step1_in_a_table_of_roles() -> None:
    cells = [("Rolle", 0, 0), ("Hvem", 0, 1), ("Mandat", 1, 0), ("Gitt av rådmannen i mars", 1, 1), ("Arbeidsgruppe", 2, 0), ("Personalsjef, to enhetsledere og hovedtillitsvalgt", 2, 1)]
    units = [Unit(t, 2, "cell", "Slik ble planen laget", 0, 0, r, c) for t, r, c in cells]
    table = Table(("Rolle", "Hvem"), (("Mandat", "Gitt av rådmannen i mars"), ("Arbeidsgruppe", "Personalsjef, to enhetsledere og hovedtillitsvalgt")), 2)
    from assistant.plan.review_detect import units_of
    from assistant.plan.review_read import PlanText, Segment

    plan = PlanText("x", (Segment("Slik ble planen laget", 1, "heading"), *(Segment(u.text, 2, "cell", "Slik ble planen laget", 0, u.row, u.col) for u in units)), (table,), "", "x")
    res = detect_all(units_of(plan), plan.tables)["1"]
    assert res.status == "covered"
    assert all(e.kind == "cell" for e in res.evidence)  # quoted cell by cell, never a row run together


def test_step2_anchoring_only_intended_is_not_anchoring() -> None:
    assert _status([_u("Strategien skal gi lederne retning i opplæringsarbeidet."), _u("Den bør på sikt vedtas av kommunestyret.")], "2") == "partial"
    assert _status([_u("Strategien skal gi lederne retning i opplæringsarbeidet."), _u("Den ble vedtatt av bystyret i juni.")], "2") == "covered"


def test_step3_goals_stated_vs_plan_refers_to_them() -> None:
    assert _status([_u("Planen bygger på kommuneplanens mål om gode tjenester og skal bidra til at vi er en god arbeidsgiver.")], "3") == "partial"
    stated = [_u("Kommuneplanens samfunnsdel har tre hovedmål:"), _u("Alle barn skal lykkes i skolen.", kind="item", segment=1), _u("Eldre skal bo trygt hjemme.", kind="item", segment=2)]
    assert _status(stated, "3") == "covered"


def test_step5_goals_need_something_to_evaluate_them_by() -> None:
    vague = [_u("Vi skal ha flere fagarbeidere.", "Våre mål"), _u("Lederne skal bli tryggere.", "Våre mål"), _u("Vi skal senere lage indikatorer for målene.", "Våre mål")]
    assert _status(vague, "5") == "partial"
    dated = [_u("Innen august 2028 skal andelen fagarbeidere være minst 70 prosent.", "Våre mål"), _u("Lederne skal bli tryggere, målt i medarbeiderundersøkelsen.", "Våre mål")]
    assert _status(dated, "5") == "covered"
    # a forecast with a year is no goal
    assert _status([_u("Halvparten av sykepleierne vil gå av før 2030.")], "5") == "missing"


def test_step6_findings_vs_a_mapping_planned() -> None:
    assert _status([_u("Vi skal kartlegge kompetansen i alle enheter i 2027.")], "6") == "partial"
    assert _status([_u("Kartleggingen viste at 40 av 210 ansatte i barnehagene mangler barnehagelærerutdanning.")], "6") == "covered"
    assert _status([_u("Enheter med over 40 årsverk skal ha en opplæringsplan.")], "6") == "missing"


def test_step7_measures_with_details_in_the_paragraph() -> None:
    para = [_u("Fra høsten 2026 tilbys et kurs i velferdsteknologi for ansatte i hjemmetjenesten.", segment=1), _u("Enhetsleder har ansvaret.", segment=1), _u("Våren 2027 starter et mentorprogram for nye ledere.", segment=2)]
    assert _status(para, "7") == "covered"
    assert _status([_u("Aktuelle tiltak er kurs, hospitering og e-læring.")], "7") == "partial"


def test_step8_how_and_level_vs_a_vague_mention() -> None:
    assert _status([_u("Vi vil følge opp planen og se hvordan det går.")], "8") == "partial"
    assert _status([_u("Leder skal vurdere søknadene og kompetansen til den enkelte.")], "8") == "missing"
    done = [_u("Resultatene rapporteres i årsmeldingen og sammenlignes med målverdiene."), _u("Deltakerne evalueres med en praktisk prøve etter opplæringen.")]
    assert _status(done, "8") == "covered" and _status(done, "10.4") == "covered"
    assert _status([_u("Lederen bruker i praksis planen når tiltak skal velges.")], "10.4") == "missing"


def test_step10_3_needs_agreement_and_expectations_or_weighing() -> None:
    only = [_u("Deltakelse i kurs avtales mellom leder og medarbeider i medarbeidersamtalen.")]
    assert _status(only, "10.3") == "partial"
    both = [*only, _u("Søknader om videreutdanning prioriteres ut fra målene i planen.")]
    assert _status(both, "10.3") == "covered"


def test_nynorsk_endings_are_matched_in_bokmal() -> None:
    assert to_bokmal("Leiarane avtalar kurs for assistentar") == "lederne avtaler kurs for assistenter"
    assert to_bokmal("Ansvar og svar") == "ansvar og svar"
