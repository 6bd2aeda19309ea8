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
    # one office alone sets up no working group (review-office-alone); with others it names who did the work
    assert _status([_u("Strategien er skrevet av HR-avdelingen.")], "1") == "missing"
    assert _status([_u("Strategien er skrevet av HR-avdelingen i samarbeid med to kommunalsjefer.")], "1") == "partial"
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


# Does vs. mentions (issue 15, 2026-12-03): sentences written for these tests, not taken from a plan.


def test_step1_tillitsvalgte_consulted_or_absent_is_no_make_up() -> None:
    group = _u("Planen er utarbeidet av en prosjektgruppe med personalsjefen og to rådgivere.")
    assert _status([group, _u("Hovedtillitsvalgte fikk utkastet på høring i oktober.")], "1") == "partial"
    assert _status([group, _u("De tillitsvalgte var ikke med i gruppen.")], "1") == "partial"
    assert _status([group, _u("I gruppen satt også hovedtillitsvalgt for Fagforbundet.")], "1") == "covered"
    # levels from the top down to units also give the make-up the method asks for
    assert _status([_u("Arbeidet med planen ble ledet av kommunalsjefene og enhetslederne i fellesskap.")], "1") == "covered"
    # a plan handled by a body is no group at work
    assert _status([_u("Planen ble behandlet i partssammensatt utvalg i mai.")], "1") == "missing"


def test_step9_denied_replaced_or_past_subplans() -> None:
    assert _status([_u("Det skal ikke lages egne delplaner for sektorene.")], "9") == "missing"
    assert _status([_u("Planen erstatter de sektorvise opplæringsplanene fra 2019.")], "9") == "missing"
    assert _status([_u("Kommunen hadde tidligere en opplæringsplan for hver enhet.")], "9") == "missing"
    assert _status([_u("Hver enhet skal lage en egen opplæringsplan som bygger på målene i denne planen.")], "9") == "covered"
    # units' own plans that nothing ties to this plan: a mention
    assert _status([_u("Enhetene har egne opplæringsplaner.")], "9") == "partial"


def test_step4_defined_and_discussed_vs_defined_only() -> None:
    definition = _u("Med kompetanse mener vi de kunnskapene, ferdighetene og holdningene den ansatte bruker i jobben.", "Kompetanse")
    assert _status([definition, _u("Vi skiller mellom formalkompetanse og realkompetanse.", "Kompetanse")], "4") == "partial"
    weighed = _u("I omsorgsyrkene er holdninger like viktige som kunnskap, mens ferdigheter i fagsystemer veier tyngst i byggesak.", "Kompetanse")
    assert _status([definition, weighed], "4") == "covered"
    kinds = [_u("Tverrfaglig kompetanse er evnen til å løse oppgaver sammen med andre fag."), _u("Endringskompetanse er evnen til å ta i bruk nye måter å jobbe på.")]
    assert _status([definition, *kinds], "4") == "covered"
    assert _status([_u("Kompetanse er avgjørende for kvaliteten i tjenestene.")], "4") == "missing"


def test_step5_indicators_in_a_later_table_make_numbered_goals_evaluable() -> None:
    from assistant.plan.review_detect import units_of
    from assistant.plan.review_read import PlanText, Segment

    table = Table(("Mål", "Indikator", "Målverdi 2029"), (("1", "Andel fagarbeidere", "75 %"), ("2", "Andel ledere med lederutdanning", "90 %")), 3)
    segs = [Segment("Kompetansemål", 1, "heading"), Segment("Mål 1: Flere fagarbeidere i omsorg.", 1, "item", "Kompetansemål"), Segment("Mål 2: Tryggere ledere.", 1, "item", "Kompetansemål"), Segment("Indikatorer", 3, "heading")]
    segs += [Segment(c, 3, "cell", "Indikatorer", 0, r, k) for r, row in enumerate([table.header, *table.rows]) for k, c in enumerate(row)]
    plan = PlanText("x", tuple(segs), (table,), "", "x")
    assert detect_all(units_of(plan), plan.tables)["5"].status == "covered"
    # without the table the same goals have nothing to evaluate them by
    assert _status([_u("Mål 1: Flere fagarbeidere i omsorg.", "Kompetansemål", "item"), _u("Mål 2: Tryggere ledere.", "Kompetansemål", "item")], "5") == "partial"


def test_step8_against_goals_needs_evaluable_goals_and_cost_is_not_benefit() -> None:
    follow = [_u("Kommunalsjefene rapporterer gjennomførte tiltak, antall deltakere og kostnader i tertialrapporten."), _u("Resultatene vurderes opp mot kompetansemålene.")]
    vague_goals = [_u("Vi skal ha flere fagarbeidere.", "Våre mål"), _u("Lederne skal bli tryggere.", "Våre mål")]
    assert _status([*vague_goals, *follow], "8") == "partial"
    assert _status([*vague_goals, *follow], "10.4") == "partial"
    dated = [_u("Innen 2028 skal 75 prosent av de ansatte i omsorg ha fagbrev.", "Våre mål")]
    assert _status([*dated, *follow], "8") == "covered"


def test_step7_measures_table_without_when_and_step_10_3_yardstick() -> None:
    table = Table(("Tiltak", "Målgruppe", "Ansvar"), (("Lederutvikling", "Ledere", "HR"), ("Fagdager", "Alle ansatte", "Enhetene")), 1)
    from assistant.plan.review_detect import units_of
    from assistant.plan.review_read import PlanText, Segment

    segs = tuple(Segment(c, 1, "cell", "Tiltak", 0, r, k) for r, row in enumerate([table.header, *table.rows]) for k, c in enumerate(row))
    plan = PlanText("x", segs, (table,), "", "x")
    assert detect_all(units_of(plan), plan.tables)["7"].status == "partial"
    ask = _u("Ønsker om kurs tas opp i medarbeidersamtalen med nærmeste leder.")
    assert _status([ask, _u("Leder vurderer søknaden ut fra enhetens behov og økonomi.")], "10.3") == "partial"
    assert _status([ask, _u("Leder vurderer søknaden opp mot kompetansemålene i planen.")], "10.3") == "covered"


def test_a_hollow_plan_with_every_heading_gets_no_step_covered() -> None:
    hollow = [
        ("Arbeidsgruppe", "Arbeidsgruppen har drøftet behovene grundig."),
        ("Forankring", "Planen er godt forankret i organisasjonen."),
        ("Kompetansebegrepet", "Kompetanse er avgjørende for gode tjenester."),
        ("Kompetansemål", "Målene er formulert slik at de kan følges opp og skal være målbare."),
        ("Kartlegging", "Kartleggingen viser at vi har mange dyktige medarbeidere, og at behovet for kompetanse vil øke."),
        ("Tiltak", "Tiltakene skal være konkrete og tilpasset behovene."),
        ("Evaluering", "Tiltakene skal følges opp og evalueres på en god måte."),
        ("Delplaner", "Delplaner er et nyttig verktøy for enhetene."),
        ("Gjennomføring", "Medarbeidersamtalen er viktig for leder og medarbeider."),
    ]
    res = detect_all([_u(t, h, segment=i) for i, (h, t) in enumerate(hollow)], ())
    assert [k for k, r in res.items() if r.status == "covered"] == []
    assert res["5"].status == "missing" and res["7"].status == "missing"


def test_step6_findings_in_a_table_and_a_response_rate_is_no_finding() -> None:
    from assistant.plan.review_detect import units_of
    from assistant.plan.review_read import PlanText, Segment

    table = Table(("Tjeneste", "Ansatte", "Over 60 år", "Uten fagutdanning"), (("Hjemmetjenesten", "85", "21", "30"), ("Barnehage", "60", "9", "24")), 2)
    segs = [Segment("Hva kartleggingen viser", 2, "heading")]
    segs += [Segment(c, 2, "cell", "Hva kartleggingen viser", 0, r, k) for r, row in enumerate([table.header, *table.rows]) for k, c in enumerate(row)]
    plan = PlanText("x", tuple(segs), (table,), "", "x")
    assert detect_all(units_of(plan), plan.tables)["6"].status == "covered"
    assert _status([_u("Kartleggingen ble sendt til alle 900 ansatte, og 71 prosent svarte.")], "6") == "partial"


DOES = [
    ("1", ["Arbeidet ble gjort av en gruppe med kommunalsjef, to enhetsledere og en hovedtillitsvalgt."]),
    ("2", ["Kommunestyret vedtok planen i sak 12/26.", "Målet med planen er å sikre nok fagfolk."]),
    ("2", ["Planen er en del av handlings- og økonomiplanen.", "Planen skal gi retning for kompetansearbeidet."]),
    ("5", ["Andelen helsefagarbeidere skal øke fra 60 til 75 prosent innen 2028."]),
    ("6", ["Hvert år går 25 ansatte av med pensjon, og vi mangler 14 sykepleiere."]),
    ("8", ["Vi evaluerer tiltakene på fire nivåer: reaksjon, læring, anvendelse og nytte, og rapporterer resultatene i årsmeldingen."]),
    ("9", ["Alle virksomheter skal lage egne kompetanseplaner med utgangspunkt i denne planen."]),
    ("10.3", ["Før kurset avtaler leder og ansatt hva kurset skal gi."]),
    ("10.3", ["Søknader om videreutdanning prioriteres etter kompetansemålene.", "Leder og medarbeider avtaler opplæring i medarbeidersamtalen."]),
    ("10.4", ["Vi måler om deltakerne bruker det de har lært i praksis, gjennom observasjon før og etter kurset."]),
    ("3", ["I samfunnsdelen er det satt tre mål: «Alle barn skal lykkes i skolen», «Eldre skal bo trygt hjemme» og «Kommunen skal ha sunn økonomi»."]),
    ("2", ["Kommunestyret har sluttet seg til planen.", "Målet med planen er å sikre nok fagfolk."]),
    ("1", ["En arbeidsgruppe har utarbeidet planen.", "Tillitsvalgte var med i arbeidsgruppen og ga innspill underveis."]),
    ("9", ["Enhetene som ikke har en egen opplæringsplan, skal lage en som bygger på denne planen innen 2027."]),
]
MENTIONS = [
    ("1", ["Planen er utarbeidet av HR i dialog med tillitsvalgte."], "partial"),
    ("1", ["Prosjektgruppen har bestått av HR-sjef, økonomisjef og to HR-rådgivere."], "partial"),
    ("2", ["Planen er forankret i ledelsen og skal gi retning."], "partial"),
    ("3", ["Planen skal bidra til å nå kommuneplanens mål."], "partial"),
    ("4", ["Kompetanse består av kunnskap, ferdigheter og holdninger."], "partial"),
    ("6", ["Vi har 1200 ansatte fordelt på 40 enheter."], "missing"),
    ("6", ["Kartleggingen viser at behovet for kompetanse vil øke i alle sektorer."], "partial"),
    ("7", ["Kommunen vil satse på kurs og videreutdanning."], "partial"),
    ("8", ["Deltakerne fyller ut et evalueringsskjema etter hvert kurs, og HR rapporterer resultatene."], "partial"),
    ("9", ["Planen gjelder for hele kommunen, og det lages ikke egne sektorplaner."], "missing"),
    ("10.3", ["Medarbeidersamtalen brukes til å kartlegge kompetansen."], "missing"),
    ("10.3", ["Søknader om kurs vurderes opp mot kompetansemålene."], "partial"),
]


def test_sentences_that_do_a_step_cover_it() -> None:
    for key, texts in DOES:
        assert _status([_u(t, segment=i) for i, t in enumerate(texts)], key) == "covered", (key, texts)


def test_sentences_that_only_mention_a_step_do_not_cover_it() -> None:
    for key, texts, want in MENTIONS:
        assert _status([_u(t, segment=i) for i, t in enumerate(texts)], key) == want, (key, texts)
    # a request weighed against the goals is 10.3, not step 8's evaluation against the goals
    assert _status([_u("Søknader om kurs vurderes opp mot kompetansemålene.")], "8") == "missing"


def test_step1_members_listed_under_the_groups_heading() -> None:
    members = ["Personalsjef (leder)", "Kommunalsjef helse", "Enhetsleder hjemmetjenesten", "Hovedtillitsvalgt Fagforbundet"]
    assert _status([_u(t, "Arbeidsgruppe", "item", i) for i, t in enumerate(members)], "1") == "covered"
    assert _status([_u(t, "Arbeidsgruppe", "item", i) for i, t in enumerate(["Personalsjef (leder)", "HR-rådgiver"])], "1") == "partial"


def test_step5_a_deadline_in_the_heading_or_lead_in_dates_the_listed_goals() -> None:
    goals = ["Flere fagarbeidere i hjemmetjenesten.", "Tryggere ledere."]
    assert _status([_u(t, "Mål innen 2029", "item", i) for i, t in enumerate(goals)], "5") == "covered"
    lead = [_u("Innen 2029 skal vi ha:", "Kompetansemål", "para", 0)] + [_u(t, "Kompetansemål", "item", i + 1) for i, t in enumerate(goals)]
    assert _status(lead, "5") == "covered"
    assert _status([_u(t, "Kompetansemål", "item", i) for i, t in enumerate(goals)], "5") == "partial"


def test_step8_the_goals_indicators_followed_up_is_evaluation_against_the_goals() -> None:
    report = _u("Indikatorene rapporteres i årsmeldingen hvert år.", "Oppfølging", segment=1)
    assert _status([_u("Innen 2028 skal 75 prosent av de ansatte i omsorg ha fagbrev.", "Våre mål"), report], "8") == "covered"
    assert _status([_u("Vi skal ha flere fagarbeidere.", "Våre mål"), report], "8") == "partial"


def test_step1_members_table_under_a_make_up_heading_and_a_mandate_that_only_involves_them() -> None:
    who = _u("Strategien er laget av en arbeidsgruppe som rådmannen satte ned i 2025.", "Innledning", segment=0)
    # the mandate's list says whom the group shall involve: consulted, not members
    mandate = [_u("Arbeidsgruppen skulle:", "Mandat", segment=1), _u("legge fram et utkast for ledergruppen,", "Mandat", "item", 2), _u("sørge for at tillitsvalgte blir involvert underveis.", "Mandat", "item", 3)]
    assert _status([who, *mandate], "1") == "partial"
    rows = [Unit("Navn: Per Hansen. Rolle: Hovedtillitsvalgt, Delta", None, "row", "Medlemmer", 4), Unit("Navn: Eva Berg. Rolle: Enhetsleder, Sjøvik skole", None, "row", "Medlemmer", 5)]
    assert _status([who, *mandate, *rows], "1") == "covered"


def test_step3_a_steering_documents_vision_is_no_goal() -> None:
    assert _status([_u("Kommuneplanen har som visjon at Sjøvik skal være «en raus kommune med plass til alle».")], "3") == "partial"
    assert _status([_u("Kommuneplanens mål er at «alle barn i Sjøvik skal fullføre videregående skole».")], "3") == "covered"


def test_step4_definition_as_a_lead_in_with_its_parts_listed() -> None:
    units = [_u("Med kompetanse mener vi tre ting som henger sammen:", segment=0), _u("kunnskap – det den ansatte vet,", kind="item", segment=1),
             _u("ferdigheter – det hun kan gjøre,", kind="item", segment=2), _u("holdninger – hvordan hun møter brukeren.", kind="item", segment=3),
             _u("Vi legger mer vekt på holdninger enn før.", segment=4)]
    assert _status(units, "4") == "covered"
    assert _status([units[0], units[4]], "4") == "partial"  # the lead-in without its list defines nothing


def test_step8_an_assessment_before_start_or_a_plan_following_up_a_duty_is_no_evaluation() -> None:
    assert _status([_u("Store tiltak skal vurderes opp mot forventet nytte før de settes i gang.")], "8") == "missing"
    assert _status([_u("Planen følger opp arbeidsgivers plikter etter hovedavtalen.")], "8") == "missing"
    assert _status([_u("Planen følger opp arbeidsgivers plikter etter hovedavtalen.")], "10.4") == "missing"
    assert _status([_u("Tiltakene evalueres etter at de er gjennomført, og resultatene rapporteres i årsmeldingen.")], "8") != "missing"


def test_step9_sector_plans_with_an_adjective_between() -> None:
    assert _status([_u("Oppvekst og helse skal utarbeide egne sektorvise kompetanseplaner innen 2027.")], "9") != "missing"


def test_step9_subplans_due_by_a_deadline_are_announced_not_there() -> None:
    due = _u("Sektorene skal innen 1. juni 2026 utarbeide delkompetanseplaner som bygger på denne planen.")
    more = _u("Delplanene skal vise hvordan sektoren bidrar til kompetansemålene.")
    assert _status([due, more], "9") == "partial"
    assert _status([_u("Enhetene skal utarbeide egne opplæringsplaner innen 1. mars hvert år, med utgangspunkt i denne planen.")], "9") == "partial"
    # made as the plan runs (present tense), with a deadline for handing them in: there
    made = _u("Hver sektor utarbeider en egen opplæringsplan som bygger på denne planen og legges fram innen 1. februar.")
    assert _status([made], "9") == "covered"
    # this plan's own action part is no unit's plan
    own = _u("Ledere har ansvar for at tiltakene i handlingsplanen blir gjennomført i egen enhet.")
    assert _status([own, due], "9") == "partial"


def test_step4_a_kind_of_competence_as_what_to_raise_is_no_mention() -> None:
    assert _status([_u("Styrke fagkompetansen i helse og velferd, særlig innen demens.", kind="item")], "4") == "missing"
    assert _status([_u("Fagkompetanse er den kunnskapen en trenger i faget.")], "4") == "partial"


def test_step5_items_under_the_plans_own_main_goal_are_goals() -> None:
    items = [_u("bli bedre til å rekruttere sykepleiere og lærere", heading="For å nå hovedmålet vil vi", kind="item"),
             _u("styrke ledernes kompetanse", heading="For å nå hovedmålet vil vi", kind="item")]
    assert _status(items, "5") == "partial"
    steer = [_u(u.text, heading="Kommuneplanens hovedmål", kind="item") for u in items]
    assert _status(steer, "5") == "missing"


def test_step2_the_ambition_is_what_the_plan_itself_aims_at() -> None:
    adopted = _u("Planen er vedtatt av kommunestyret og innarbeidet i økonomiplanen.")
    # the plan's contents, a relative clause's "skal", "den" as a determiner: no ambition
    assert _status([adopted, _u("Denne planen samler kurs og opplæring som skal prioriteres i 2025 og 2026.")], "2") == "partial"
    assert _status([adopted, _u("Avtalen beskriver hva leder og ansatt forventer, og hvordan den ansatte skal dele ny kunnskap.")], "2") == "partial"
    # a plan that only makes a task easier states its use: a mention, not the ambition
    ease = _u("Planen skal også gjøre det lettere for ledere å planlegge opplæring i egen enhet.")
    assert _status([adopted, ease], "2") == "partial"
    assert _status([ease], "2") == "partial"
    # what the plan aims at, or a stated ambition / long-term aim
    assert _status([adopted, _u("Den skal gjøre kommunen i stand til å møte eldrebølgen med nok fagfolk.")], "2") == "covered"
    assert _status([adopted, _u("Det langsiktige målet er at organisasjonen skal ha den kompetansen som sikrer gode tjenester.", heading="Mål")], "2") == "covered"


def test_step8_people_followed_up_is_no_follow_up_of_the_measures() -> None:
    assert _status([_u("Lærlingene følges opp av egne instruktører, og instruktørene får tilbud om instruktørkurs.")], "8") == "missing"
    assert _status([_u("Lærlingene følges opp av egne instruktører, og instruktørene får tilbud om instruktørkurs.")], "10.4") == "missing"
    assert _status([_u("Tiltakene følges opp i ledermøtet to ganger i året, og kursene evalueres av deltakerne.")], "8") != "missing"


def test_step1_office_alone_and_a_planning_day_are_no_group() -> None:
    alone = _u("Planen er utarbeidet av personalkontoret og godkjent av kommunedirektøren.")
    assert _status([alone], "1") == "missing"
    # others consulted on the draft: the office's writing is who did the work, a mention
    assert _status([_u("Planen er skrevet av HR-avdelingen."), _u("Hovedtillitsvalgte fikk utkastet til uttalelse før det ble lagt fram for administrasjonsutvalget.")], "1") == "partial"
    # "planleggingsdag" is no plan: a measure's row with leaders of two levels is no make-up
    wrote = _u("Planen er utarbeidet av personal- og organisasjonsavdelingen med innspill fra kommunalsjefene.")
    row = _u("Felles planleggingsdag skole og barnehage | Alle pedagoger | August | Kommunalsjef oppvekst / rektorer og styrere", kind="row")
    other = _u("Planen har en felles del og ett kapittel for hvert tjenesteområde.")
    assert _status([wrote, other, row], "1") == "partial"


def test_step4_what_the_mapping_captures_is_no_weighing_of_the_parts() -> None:
    define = _u("I planen bruker vi KS sin definisjon: Kompetanse er de kunnskaper, ferdigheter og holdninger som gjør det mulig å utføre arbeidsoppgavene.")
    assert _status([define, _u("Kartleggingen fanger i liten grad opp ferdigheter og holdninger.")], "4") == "partial"
    assert _status([define, _u("Holdninger er like viktige som kunnskap og ferdigheter i møte med brukerne.")], "4") == "covered"


def test_step9_chapters_declared_sub_plans_and_tied_by_a_pronoun() -> None:
    declared = _u("Kapittel 3–6 er tjenesteområdenes delplaner for kompetanse.")
    tied = _u("De bygger på de felles målene i 2.2 og er utarbeidet av kommunalsjefene sammen med enhetslederne.")
    assert _status([declared, tied], "9") == "covered"
    assert _status([declared], "9") == "partial"


# Session 21: tense, modality and negation read once (assistant.plan.review_facts), and step facts
# read from the whole plan. Wording below is not taken from any labelled plan.


def test_announced_needs_a_deadline_a_start_or_a_later_year() -> None:
    from assistant.plan.review_facts import announced, plan_year

    units = [_u("Kompetanseplan for Elvenes 2027–2030", kind="heading"), _u("Planen ble godkjent av bystyret 3. november 2026.")]
    now = plan_year(units)
    assert now == 2026  # the year after "godkjent", not the period's
    assert announced(_u("Fra 2028 lager hver etat sin egen opplæringsplan."), now)
    assert announced(_u("Utarbeidelsen av etatsplanene skal begynne neste år."), now)
    assert announced(_u("Virksomhetene skal innen 1. mai levere egne planer."), now)
    # a bare "skal" is the plan's rule; a present tense without a later year is done
    assert not announced(_u("Hver etat skal ha en opplæringsplan."), now)
    assert not announced(_u("Hver etat lager en opplæringsplan hvert år."), now)
    assert not announced(_u("Fra 2025 lager hver etat sin egen opplæringsplan."), now)


def test_step9_subplans_from_a_later_year_or_in_a_section_dated_later_are_announced() -> None:
    derived = "som bygger på denne planen"
    assert _status([_u(f"Hvert tjenesteområde utarbeider en egen kompetanseplan {derived}.")], "9") == "covered"
    later = [_u("Plan 2026–2029", kind="heading"), _u(f"Fra 2028 utarbeider hvert tjenesteområde en egen kompetanseplan {derived}.", heading="Delplaner")]
    assert _status(later, "9") == "partial"
    dated = [_u("Plan 2026–2029", kind="heading"), _u(f"Tjenesteområdene skal utarbeide egne kompetanseplaner {derived}.", heading="Delplaner"), _u("Personalavdelingen lager en felles mal i løpet av 2027.", heading="Delplaner")]
    assert _status(dated, "9") == "partial"
    # sector names are the units: "Pleie og omsorg og oppvekst har egne planer"
    assert _status([_u(f"Pleie og omsorg og kultur har egne kompetanseplaner {derived}.")], "9") == "covered"
    assert _status([_u("Kompetanseplan for oppvekst 2026–2029 er avledet av denne planen.")], "9") == "covered"


def test_step1_employees_side_counts_as_members_of_a_group_only() -> None:
    alone = [_u("Strategien er laget av organisasjonsavdelingen sammen med de hovedtillitsvalgte.")]
    assert _status(alone, "1") == "partial"
    body = [_u("Strategien er laget av et utvalg der organisasjonsavdelingen og de hovedtillitsvalgte har vært med.")]
    assert _status(body, "1") == "covered"


def test_step1_people_listed_in_the_groups_section_are_its_members() -> None:
    h = "Om planarbeidet"
    units = [_u("Ordføreren ba kommunedirektøren sette ned en prosjektgruppe, som har utarbeidet planen.", heading=h, segment=0)]
    units += [_u(t, heading=h, kind="item", segment=i) for i, t in enumerate(["Personalsjef Ane Dahl", "Virksomhetsleder for sykehjemmet", "Hovedtillitsvalgt for Delta", "Hovedverneombudet"], start=1)]
    assert _status(units, "1") == "covered"
    # a list of measures in that section is no member list
    measures = [units[0]] + [_u(t, heading=h, kind="item", segment=i) for i, t in enumerate(["Lederkurs for nye ledere", "Fagbrev for assistenter"], start=1)]
    assert _status(measures, "1") == "partial"


def test_step1_who_wrote_a_sub_plan_is_not_who_wrote_this_plan() -> None:
    units = [_u("Opplæringsplan for skole og barnehage er avledet av denne planen. Planen ble skrevet av kommunalsjef oppvekst sammen med rektorene og en tillitsvalgt fra Utdanningsforbundet.")]
    units = [_u(t, segment=0) for t in ("Opplæringsplan for skole og barnehage er avledet av denne planen.", "Planen ble skrevet av kommunalsjef oppvekst sammen med rektorene og en tillitsvalgt fra Utdanningsforbundet.")]
    assert _status(units, "1") == "missing"


def test_step7_a_wished_measure_or_the_plan_describing_itself_is_no_measure() -> None:
    wished = [_u("Kommunen ønsker å gi alle nye ledere et lederkurs i 2027, med HR som ansvarlig.", segment=0)]
    assert _status(wished, "7") != "covered"
    described = [_u("Dokumentet gir en oversikt over kursene vi tilbyr alle ansatte i 2027.", segment=0), _u("Planen gjelder for alle ansatte.", segment=0)]
    assert _status(described, "7") != "covered"
    done = [_u("Alle nye ledere får et lederkurs over fire dager våren 2027; HR har ansvaret.", segment=0), _u("Assistenter i barnehagene tilbys fagbrev høsten 2027, og styrerne har ansvaret.", segment=1)]
    assert _status(done, "7") == "covered"


def test_step8_asking_whether_learning_is_used_and_cost_against_savings() -> None:
    how = _u("Resultatene rapporteres i årsmeldingen.", heading="Oppfølging")
    asked = _u("Seks måneder etter hvert større tiltak spør HR lederne om de ansatte bruker det de har lært.", heading="Oppfølging")
    assert _status([how, asked], "8") == "covered"
    assert _status([how, asked], "10.4") == "covered"
    saved = _u("Vi regner ut hva utdanningen kostet mot hva vi sparte på innleie.", heading="Oppfølging")
    assert _status([how, saved], "10.4") == "covered"
    counted = [_u("HR teller opp hvor mange som har deltatt på kurs hvert år."), _u("Deltakerne svarer på et skjema om hvor fornøyde de var.")]
    assert _status(counted, "8") == "partial"


def test_step10_3_a_samtale_raising_needs_or_a_leader_deciding_requests_is_a_mention() -> None:
    assert _status([_u("Utviklingsbehov tas opp i medarbeidersamtalen hvert år.")], "10.3") == "partial"
    assert _status([_u("Nærmeste leder avgjør søknader om videreutdanning.")], "10.3") == "partial"
    assert _status([_u("Vi har brukt innspill fra medarbeidersamtalene.")], "10.3") == "missing"


def test_step2_4_5_aims_definitions_and_goal_sections() -> None:
    anchor = _u("Bystyret vedtok planen i juni 2026, og tiltakene dekkes over budsjettet.")
    assert _status([anchor, _u("Vi sikter mot at alle tjenester har fagfolk nok innen 2030.")], "2") == "covered"
    assert _status([_u("Vi definerer kompetanse som kunnskap, ferdigheter og holdninger."), _u("Ferdighetene og holdningene betyr like mye som kunnskapen.")], "4") == "covered"
    goals = [_u(t, heading="Mål for kompetansen", kind="item", segment=i) for i, t in enumerate(["Andelen med fagbrev skal være 90 prosent innen 2028.", "Alle lærere skal oppfylle kravene innen 2027."])]
    stray = [_u("Gruppen fikk i oppgave å foreslå mål og tiltak for planperioden.", heading="Om arbeidet", segment=5), _u("Det første målet krever flere sykepleiere.", heading="Kommunens mål", segment=6)]
    assert _status(goals + stray, "5") == "covered"


# Paraphrases of each step's elements, written for this test (session 21) to check that the decision
# rests on what a sentence does, not on one plan's wording; the expected status is the README's criteria.
PARAPHRASES = [
 # step 1
 ("1", ["En arbeidsgruppe oppnevnt av rådmannen har stått for arbeidet med planen.", "Gruppen har bestått av personalsjef, to enhetsledere og en hovedtillitsvalgt."], "covered"),
 ("1", ["Planen er et resultat av arbeidet i en prosjektgruppe satt sammen av kommunedirektøren.", "I prosjektgruppen har følgende deltatt: kommunalsjef for oppvekst, tre rektorer og hovedtillitsvalgt i Utdanningsforbundet."], "covered"),
 ("1", ["Kommunedirektøren ba en gruppe med ledere fra alle nivåer og tillitsvalgte om å lage et forslag til plan."], "covered"),
 ("1", ["Ei arbeidsgruppe oppnemnd av kommunedirektøren har laga planen.", "Arbeidsgruppa har hatt denne samansetjinga: personalsjef, to einingsleiarar og ein hovudtillitsvald."], "covered"),
 ("1", ["Planen er utarbeidet av personalavdelingen."], "missing"),
 ("1", ["Planen er skrevet av HR etter innspill fra enhetslederne."], "partial"),
 ("1", ["Det skal settes ned en arbeidsgruppe med tillitsvalgte for neste revisjon av planen."], "partial"),
 # step 2
 ("2", ["Planen ble vedtatt i kommunestyret 12. juni 2026.", "Målet med planen er at kommunen skal ha rett kompetanse til rett tid."], "covered"),
 ("2", ["Kommunestyret behandlet planen i juni 2026.", "Med planen ønsker vi å gå fra tilfeldig kursing til systematisk kompetanseutvikling."], "covered"),
 ("2", ["Planen er forankret i økonomiplanen 2026–2029 og ble vedtatt av bystyret.", "Vår ambisjon er å utdanne egne fagfolk."], "covered"),
 ("2", ["Planen skal behandles i kommunestyret i mars 2026."], "partial"),
 # step 3
 ("3", ["Kommuneplanens samfunnsdel har tre hovedmål: trygge oppvekstvilkår, en aktiv alderdom og et levende næringsliv."], "covered"),
 ("3", ["I kommuneplanen er det vedtatt at kommunen skal være en attraktiv arbeidsgiver og at flere eldre skal bo hjemme."], "covered"),
 ("3", ["Planen bygger på kommuneplanen."], "partial"),
 # step 5
 ("5", ["Mål 1: Andelen ansatte med fagbrev skal øke fra 70 til 85 prosent innen 2028.", "Mål 2: Alle ledere skal ha lederutdanning innen 2027."], "covered"),
 ("5", ["Vi vil at innen 2028 har 9 av 10 assistenter fagbrev.", "Alle sykepleiere skal ha tatt kurs i legemiddelhåndtering innen utgangen av 2026."], "covered"),
 ("5", ["Målet er flere fagarbeidere og bedre ledelse."], "partial"),
 # step 6
 ("6", ["Kartleggingen viste at hver tredje ansatt i hjemmetjenesten er over 60 år."], "covered"),
 ("6", ["Gjennomgangen av personaldata viser at 14 av 40 lærere går av med pensjon innen 2030."], "covered"),
 ("6", ["Analysen av kompetansebeholdningen viste at 35 prosent av assistentene mangler fagbrev."], "covered"),
 ("6", ["Vi skal kartlegge kompetansen i 2026."], "partial"),
 # step 8
 ("8", ["Resultatene rapporteres til kommunestyret i årsmeldingen.", "Effekten av tiltakene måles gjennom brukerundersøkelser før og etter."], "covered"),
 ("8", ["Kommunedirektøren legger hvert år fram en rapport om måloppnåelsen for kommunestyret."], "covered"),
 ("8", ["Tiltakene skal evalueres."], "partial"),
 # step 9
 ("9", ["Alle virksomheter har egne opplæringsplaner som er utledet av denne planen."], "covered"),
 ("9", ["Hver enhet lager årlig en kompetanseplan på grunnlag av denne planen."], "covered"),
 ("9", ["Sektorene kan lage egne planer ved behov."], "partial"),
 ("9", ["Det finnes ingen delplaner for sektorene."], "missing"),
 ("9", ["Fra neste år skal hver sektor lage sin egen plan med utgangspunkt i denne planen."], "partial"),
 # 10.3
 ("10.3", ["I medarbeidersamtalen avtaler leder og medarbeider hvilke tiltak som skal gjennomføres og hva som forventes etterpå."], "covered"),
 ("10.3", ["Søknader om videreutdanning vurderes opp mot målene i planen.", "Leder og medarbeider blir enige om tiltak i utviklingssamtalen."], "covered"),
]


def test_paraphrases_of_each_steps_elements() -> None:
    wrong = [(key, texts, want, got) for key, texts, want in PARAPHRASES if (got := _status([_u(t, segment=i) for i, t in enumerate(texts)], key)) != want]
    assert not wrong, wrong


def test_late_session_21_fixes_in_new_wording() -> None:
    h = "Hva vi mener med kompetanse"
    plain = [_u("Begrepet kompetanse rommer det den enkelte vet, det den enkelte kan og hvordan en møter brukerne.", heading=h), _u("Det siste er vel så viktig som eksamenspapirer.", heading=h)]
    assert _status(plain, "4") == "covered"
    assert _status([_u("Kompetansebegrepet drøftes ikke i denne planen.")], "4") == "missing"
    assert _status([_u("Hver etat har en egen opplæringsplan som konkretiserer denne planen.")], "9") == "covered"
    weigh = [_u("I medarbeidersamtalen blir leder og medarbeider enige om hvilke kurs som skal prioriteres, ut fra målene i planen.")]
    assert _status(weigh, "10.3") == "covered"
    h1 = "Organisering"
    project = [_u("Strategien er utarbeidet som et prosjekt med denne organiseringen:", heading=h1)]
    project += [Unit(t, None, "row", h1, 1, 0, r, 0) for r, t in enumerate(["Prosjekteier. Representant: Rådmann", "Medlem. Representant: Virksomhetsleder skole", "Medlem. Representant: Hovedtillitsvalgt Delta"], start=1)]
    table = Table(("Rolle", "Representant"), (("Prosjekteier", "Rådmann"), ("Medlem", "Virksomhetsleder skole"), ("Medlem", "Hovedtillitsvalgt Delta")), 1)
    assert detect_all(project, (table,))["1"].status == "covered"


# Session 21, second half (found on the lead's blind-review-8 after its second scoring; now dev).
def test_step1_employees_side_denied_leaves_the_make_up_undone() -> None:
    group = [_u("Kommunedirektøren oppnevnte en arbeidsgruppe med mandat å lage forslag til ny plan."), _u("Gruppen besto av personalsjef, kommunalsjef for helse, en rektor og en barnehagestyrer.")]
    assert _status(group, "1") == "covered"
    assert _status([*group, _u("Tillitsvalgte var ikke med i arbeidsgruppen.")], "1") == "partial"


def test_step3_a_documents_quoted_title_is_no_goal_quoted() -> None:
    assert _status([_u("Planen bygger på kommuneplanen og på arbeidsgiverstrategien «Sammen for Tindeland»."), _u("Den ble vedtatt av kommunestyret.")], "3") == "partial"
    assert _status([_u("I kommuneplanens samfunnsdel er ett av målene: «Alle innbyggere skal få gode og trygge tjenester»."), _u("Den ble vedtatt av kommunestyret.")], "3") == "covered"


def test_step8_participants_rating_usefulness_is_reaction_level() -> None:
    form = _u("Alle interne kurs evalueres med et spørreskjema der deltakerne vurderer innhold, foreleser og nytte for eget arbeid på en skala fra 1 til 6.", "Oppfølging")
    assert _status([form], "10.4") == "partial"
    both = _u("Evalueringen skjer på to nivåer: deltakerne svarer på et skjema etter hvert kurs, og lederne vurderer etter seks måneder om kompetansen brukes i praksis.", "Oppfølging")
    assert _status([both], "10.4") == "covered"


def test_step9_one_sectors_plan_made_and_the_others_to_come_is_partial() -> None:
    made = _u("Helse og omsorg har en kompetanseplan for 2024–2027 som bygger på denne strategien.")
    assert _status([made], "9") == "covered"
    assert _status([made, _u("Oppvekst skal utarbeide sin delplan innen juni 2026.")], "9") == "partial"
    assert _status([made, _u("Delplanene for oppvekst og helse skal være ferdige innen 1. mars hvert år.")], "9") == "covered"


# Found on blind9 (written blind, scored three times untuned: 16, 16, 17 of 27; then dev).
def test_blind9_general_readings() -> None:
    group = _u("Planen er laget av HR-rådgiver sammen med en arbeidsgruppe med enhetsledere fra helse og fra oppvekst, etter bestilling fra kommunedirektøren.")
    denied = _u("Tillitsvalgte var ikke med i arbeidsgruppen, men et utkast ble sendt hovedtillitsvalgte til orientering.")
    assert _status([group, denied], "1") == "partial"
    duties = [_u("Planen er skrevet av personalsjefen i samarbeid med hovedtillitsvalgte."), _u("Personalsjefen har ansvar for å holde planen oppdatert og for å informere enhetslederne om den.")]
    assert _status(duties, "1") == "partial"
    itself = [_u("Handlingsplanen ble behandlet i administrasjonsutvalget 3. desember 2024."), _u("Handlingsplanen rulleres høsten 2026.")]
    assert _status(itself, "9") == "missing"
    form = _u("Alle kurs evalueres ved at deltakerne fyller ut et elektronisk evalueringsskjema der de vurderer innhold, foredragsholder og nytte.", "Evaluering")
    assert _status([form], "10.4") == "partial"
    projection = [_u("Behov 2030 er beregnet ut fra SSBs framskriving av antall innbyggere over 80 år."), _u("Hver sektor har egen kompetanseplan som viser hvordan sektoren følger opp analysen ovenfor.")]
    assert _status(projection, "8") == "missing"
    box = [_u("Hva er kompetanse?", "Bakgrunn"), _u("Vi bruker en vid forståelse av kompetanse: de kunnskaper, ferdigheter og holdninger som gjør at en medarbeider kan løse oppgavene sine.", "Bakgrunn"), _u("I denne planperioden er faglig kompetanse og endringskompetanse viktigst for oss.", "Bakgrunn")]
    assert _status(box, "4") == "covered"


def test_step9_the_plan_as_subject_or_its_next_version_is_no_sub_plan() -> None:
    # Session 22 (found on blind12); wording not from any labelled plan.
    scope = _u("Opplæringsplanen gjelder for 2026 og 2027 og omfatter alle enheter i oppvekst.")
    assert _status([scope], "9") == "missing"
    assert _status([_u("Erfaringene tas med når neste kompetanseplan skal utarbeides.")], "9") == "missing"
    # a unit's plan is a sub-plan all the same
    assert _status([_u("Opplæringsplanen for helse og omsorg bygger på denne planen.")], "9") != "missing"
    assert _status([_u("Delplanen for oppvekst omfatter alle skolene.")], "9") != "missing"
