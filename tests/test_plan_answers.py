"""The answers file of issue 12 point 8: shapes, one-line errors naming the key, round trip."""

from __future__ import annotations

import pytest
import yaml

from assistant.plan.answers import ANSWER_KEYS, SUBKEYS, AnswersError, dump_answers, load_answers, validate_answers

FULL = """
kommune: Fjordvik
periode: 2027-2030
ansatte: 850
arbeidsgruppe: [HR-sjef Kari Nilsen, hovedtillitsvalgt i Fagforbundet]
mandat: Rådmannen ga mandatet 12. januar 2026.
forankring: Vedtatt i kommunestyret
ambisjoner: Alle enheter skal ha en delplan
overordnede_mal: [Gode tjenester nær innbyggerne]
kompetansebegrep: Kunnskap, ferdigheter og holdninger
kompetansemal:
  - mal: Flere helsefagarbeidere med fagbrev
    overordnet_mal: Gode tjenester nær innbyggerne
    indikator: andel med fagbrev
    utgangspunkt: 40 %
    malverdi: 60 %
    frist: 2026-10-01
kartlegging:
  gjennomfort: Spørreundersøkelse våren 2026
  funn: [30 ufaglærte i hjemmetjenesten]
prioriterte_omrader: [helse og omsorg]
utfordringer: [rekruttering av sykepleiere]
tiltak:
  - tiltak: Lederskole
    malgruppe: nye ledere
    kostnad: 120000
budsjett: 500000
oppfolging: {ansvarlig: HR-sjefen, rapportering: tertialrapport, rullering: årlig i oktober}
delplaner: [Helse og omsorg, Oppvekst]
"""


def test_full_file_loads_with_scalars_as_text(tmp_path):
    path = tmp_path / "svar.yaml"
    path.write_text(FULL, encoding="utf-8")
    a = load_answers(path)
    assert list(a) == [k for k in ANSWER_KEYS if k in a] and len(a) == len(ANSWER_KEYS)
    assert a["ansatte"] == 850
    assert a["budsjett"] == "500000"  # YAML's int used as text
    assert a["periode"] == "2027-2030"
    assert a["kompetansemal"][0]["frist"] == "2026-10-01"  # YAML's date used as text
    assert a["tiltak"][0]["kostnad"] == "120000"
    assert a["kartlegging"]["funn"] == ["30 ufaglærte i hjemmetjenesten"]


def test_dump_round_trips_unchanged(tmp_path):
    a = validate_answers(yaml.safe_load(FULL))
    text = dump_answers(a)
    path = tmp_path / "ut.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_answers(path) == a
    assert dump_answers(load_answers(path)) == text
    assert load_answers_text("{}") == {} and validate_answers(yaml.safe_load(dump_answers({}))) == {}


def load_answers_text(text: str) -> dict:
    return validate_answers(yaml.safe_load(text))


def test_missing_and_empty_keys_are_left_out():
    a = load_answers_text("kommune: Fjordvik\nmandat:\nutfordringer: []\noppfolging: {rullering: }\n")
    assert a == {"kommune": "Fjordvik"}


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("foo: 1", "foo: unknown key"),
        ("ansatte: mange", "ansatte: expected a whole number"),
        ("ansatte: true", "ansatte: expected a whole number"),
        ("ansatte: 12.5", "ansatte: expected a whole number"),
        ("utfordringer: rekruttering", "utfordringer: expected a list"),
        ("kommune: [a, b]", "kommune: expected a text"),
        ("tiltak: {tiltak: x}", "tiltak: expected a list of mappings"),
        ("tiltak: [x]", "tiltak[1]: expected a mapping"),
        ("kompetansemal: [{mal: x, frsit: 2027}]", "kompetansemal[1].frsit: unknown key"),
        ("kartlegging: {funn: mange ufaglærte}", "kartlegging.funn: expected a list"),
        ("oppfolging: [årlig]", "oppfolging: expected a mapping"),
        ("delplaner: [[a]]", "delplaner[1]: expected a text"),
        ("- kommune: x", "answers: expected a mapping"),
    ],
)
def test_bad_shapes_name_the_key_in_one_line(text, starts):
    with pytest.raises(AnswersError) as info:
        load_answers_text(text)
    message = str(info.value)
    assert message.startswith(starts), message
    assert "\n" not in message


def test_file_errors_are_one_line(tmp_path):
    with pytest.raises(AnswersError, match="no such file"):
        load_answers(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("kommune: [Fjordvik\nperiode: 2027\n", encoding="utf-8")
    with pytest.raises(AnswersError, match=r"not valid YAML at line \d") as info:
        load_answers(bad)
    assert "\n" not in str(info.value)


def test_labels_cover_every_key():
    assert all(label and label[0].isupper() for label in ANSWER_KEYS.values())
    assert set(SUBKEYS) <= set(ANSWER_KEYS)
    assert {"mal", "overordnet_mal", "indikator", "utgangspunkt", "malverdi", "frist"} <= set(SUBKEYS["kompetansemal"])
    assert {"tiltak", "malgruppe", "omfang", "tidsrom", "ansvarlig", "kostnad"} <= set(SUBKEYS["tiltak"])


def test_a_plan_dumps_to_the_answers_file():
    from assistant.plan.model import new_plan

    plan = new_plan(owner="test").with_answer("kommune", "Fjordvik", step="1").with_answer("ansatte", 850, step="1")
    plan = plan.with_answer("utfordringer", ["Rekruttering av sykepleiere"], step="7")
    text = dump_answers(plan)
    assert yaml.safe_load(text) == {"kommune": "Fjordvik", "ansatte": 850, "utfordringer": ["Rekruttering av sykepleiere"]}
    assert dump_answers(plan) == dump_answers(plan.answers_dict())
