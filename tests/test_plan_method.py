"""The method as data: every quotation is in the real index, a changed one fails loudly, case examples are cited."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from assistant.plan import method
from assistant.plan.answers import ANSWER_KEYS
from assistant.plan.method import EVALUATION_LEVELS, STEPS, MethodSourceError, check_sources, normalise

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_steps_in_order_with_keys() -> None:
    assert [s.key for s in STEPS] == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10.3", "10.4"]
    assert method.step("10.4").title == "Oppfølging og evaluering"
    with pytest.raises(KeyError, match="known"):
        method.step("11")
    for s in STEPS:
        assert s.explanation and s.questions and s.answer_keys
        assert set(s.answer_keys) <= set(ANSWER_KEYS)
    covered = {k for s in STEPS for k in s.answer_keys} | {"kommune", "periode", "ansatte"}
    assert covered == set(ANSWER_KEYS)


def test_quotes_match_their_lines_in_the_corpus_file() -> None:
    # The line numbers are the report file's own: the quotation is in exactly those lines.
    lines = (CORPUS / f"{method.REPORT}.txt").read_text(encoding="utf-8").splitlines()
    for where, q in method.all_quotes():
        text = "\n".join(lines[q.lines[0] - 1 : q.lines[1]])
        assert method.contains(text, q.quote), (where, q.lines)
        assert q.page is not None and q.section.startswith("10.")


def test_evaluation_levels_are_tabell_12() -> None:
    assert [lv.key for lv in EVALUATION_LEVELS] == ["reaksjoner", "laering", "anvendelse", "nytte"]
    assert EVALUATION_LEVELS[1].question == "Hvilken kompetanse har deltakerne tilegnet seg som følge av tiltaket?"
    assert EVALUATION_LEVELS[3].method == "Indirekte gjennom brukerundersøkelser etc."


def test_normalise_tolerates_wrap_artefacts() -> None:
    assert normalise("nytte-\n/kostnadsvurderinger  av\n de") == "nytte-/kostnadsvurderinger av de"
    assert method.contains("en kompetanseplan for hele kommune-\norganisasjonen.", "for hele kommuneorganisasjonen.")
    assert not method.contains("for hele kommuneorganisasjonen.", "for hele kommunen.")


def test_check_sources_on_the_real_index(corpus_index) -> None:
    check_sources(corpus_index)  # raises if any quotation is missing


def test_a_changed_quote_fails_loudly(corpus_index, monkeypatch) -> None:
    s = STEPS[4]
    bad = dataclasses.replace(s.explanation[0], quote=s.explanation[0].quote.replace("kompetansemål", "kompetansemålsetninger"))
    monkeypatch.setattr(method, "STEPS", (*STEPS[:4], dataclasses.replace(s, explanation=(bad,)), *STEPS[5:]))
    with pytest.raises(MethodSourceError, match=r"step 5: quote «Arbeidsgruppen bør deretter"):
        check_sources(corpus_index)


def test_a_quote_with_wrong_lines_fails(corpus_index, monkeypatch) -> None:
    s = STEPS[0]
    moved = dataclasses.replace(s.explanation[0], lines=(100, 110))
    monkeypatch.setattr(method, "STEPS", (dataclasses.replace(s, explanation=(moved,)), *STEPS[1:]))
    with pytest.raises(MethodSourceError, match=r"step 1: .* is at lines 3592-3625, not 100-110"):
        check_sources(corpus_index)


def test_explanation_citations_point_at_the_chunk(corpus_index) -> None:
    cites = method.explanation_citations(method.step("6"), corpus_index)
    assert [c.n for c in cites] == [1, 2, 3]
    for c, q in zip(cites, method.step("6").explanation, strict=True):
        assert c.chunk.doc_id == method.REPORT and c.chunk.lines == q.lines and c.chunk.page == q.page
        assert method.contains(c.chunk.text, c.quote)


@pytest.mark.slow
def test_case_examples_step_8_find_the_evaluation(corpus_assistant) -> None:
    cites = method.case_examples("8", corpus_assistant)
    assert cites and [c.n for c in cites] == list(range(1, len(cites) + 1))
    for c in cites:
        assert method.contains(c.chunk.text, c.quote)  # an exact quotation of the passage it cites
    plans = {c.chunk.meta.get("municipality") for c in cites if c.chunk.meta.get("doc_type") == "plan"}
    assert plans == {"Sørum", "Bærum", "Halden"}
    joined = " ".join(c.quote for c in cites)
    # Halden's dated evaluation, or Bærum's årshjul (method.md section C, step 8).
    wanted = ("Kompetanseplanen evalueres høsten 2012", "helhetlig evaluering av kompetansearbeidet", "Fjorårets SKUP evalueres", "evaluerer fjorårets plan")
    assert any(w in joined for w in wanted), joined


# Where each plan covers each step, from method.md section C (plan-file line ranges: the notes'
# concatenated line numbers minus 5472 Sørum, 6361 Bærum, 7041 Halden). The search texts of
# assistant.plan.cases were written with section C in view, so this guards against regressions;
# it is not a held-out measure.
COVERAGE = {
    "Sørum": {
        "2": [(33, 53)], "3": [(55, 91)], "4": [(136, 177)], "5": [(137, 140), (878, 880), (465, 866)],
        "6": [(280, 383), (424, 429)], "7": [(465, 866)], "8": [(434, 464)], "9": [(869, 889), (385, 429)],
        "10.3": [(256, 274), (453, 454)], "10.4": [(456, 461)],
    },
    "Bærum": {
        "1": [(160, 166), (178, 179)], "2": [(213, 217)], "3": [(4, 5)], "5": [(388, 441), (526, 564), (657, 680)],
        "6": [(589, 595)], "7": [(320, 655)], "8": [(144, 155)], "9": [(237, 252), (103, 110)], "10.3": [(292, 319)],
        "10.4": [(321, 321), (335, 336), (639, 641)],
    },
    "Halden": {
        "1": [(165, 171), (272, 272)], "2": [(5, 41)], "3": [(7, 19)], "4": [(61, 63)], "5": [(143, 154)],
        "6": [(173, 180), (259, 260), (119, 141)], "7": [(186, 268)], "8": [(274, 290)], "9": [(28, 31), (257, 268)],
        "10.3": [(278, 278)], "10.4": [(274, 290)],
    },
}
PLAN_FILES = {"Sørum": "sorum-strategisk-kompetanseutviklingsplan-2010-2013", "Bærum": "baerum-skup-2010-2013", "Halden": "halden-kompetanseplan-2010-2012"}


def _quote_line(doc_id: str, quote: str) -> int | None:
    """The file line where the quoted sentence starts (whitespace-normalised search)."""
    def key(text: str) -> str:  # letters and digits only: the loaders join "Kompetansefo-\nrum" and turn ♦ into •
        return re.sub(r"[\W_]+", "", text.lower())

    lines = (CORPUS / f"{doc_id}.txt").read_text(encoding="utf-8").splitlines()
    head = key(quote)[:30]
    for i in range(len(lines)):
        if head in key(" ".join(lines[i : i + 4])) and head not in key(" ".join(lines[i + 1 : i + 4])):
            return i + 1
    return None


def case_coverage(assistant) -> tuple[int, int, list[str]]:
    hits, total, misses = 0, 0, []
    for s in STEPS:
        found = {c.chunk.meta.get("municipality"): c for c in method.case_examples(s, assistant) if c.chunk.meta.get("doc_type") == "plan"}
        for name, steps in COVERAGE.items():
            if s.key not in steps:
                continue
            total += 1
            c = found.get(name)
            line = _quote_line(PLAN_FILES[name], c.quote) if c else None
            if line is not None and any(a <= line <= b for a, b in steps[s.key]):
                hits += 1
            else:
                misses.append(f"{name} step {s.key}: line {line}")
    return hits, total, misses


@pytest.mark.slow
def test_case_examples_sit_where_method_md_says_the_plans_cover_the_step(corpus_assistant) -> None:
    hits, total, misses = case_coverage(corpus_assistant)
    assert total == 31
    assert hits >= 16, misses  # 18/31 when written (sentence line inside the range)
