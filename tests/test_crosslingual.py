"""English and nynorsk questions searched in bokmål (assistant.crosslingual)."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.crosslingual import corpus_vocabulary, english_base, english_glossary, to_bokmal


def test_english_words_become_bokmal_and_names_stay() -> None:
    vocab = frozenset({"kompetansekonto", "kompetanseplan"})
    assert to_bokmal("What did Bærum do about the competence account?", "en", vocab) == "hva gjorde Bærum gjøre med kompetansekonto?"
    assert to_bokmal("How many nurses does Sørum's Fagstigen have?", "en", vocab) == "hvor mange sykepleier gjør Sørum Fagstigen har?"
    assert to_bokmal("Hva gjorde Sørum?", "nb", vocab) == "Hva gjorde Sørum?"


def test_compounds_only_when_the_corpus_writes_them() -> None:
    assert to_bokmal("the quality report", "en", frozenset()) == "kvalitet rapport"
    assert to_bokmal("the quality report", "en", frozenset({"kvalitetsrapporten"})) == "kvalitetsrapport"
    with rules.disabled("english-compounds"):
        assert to_bokmal("the quality report", "en", frozenset({"kvalitetsrapport"})) == "kvalitet rapport"


def test_rules_off_leave_the_question_as_it_was() -> None:
    with rules.disabled("english-glossary", "english-compounds"):
        assert to_bokmal("What did Bærum do?", "en") == "What did Bærum do?"
    with rules.disabled("nynorsk-search"):
        assert to_bokmal("Kva gjer leiarane?", "nn") == "Kva gjer leiarane?"
    assert to_bokmal("Kva gjer leiarane?", "nn") == "Hva gjør lederne?"


def test_english_base_forms_and_glossary_phrases() -> None:
    assert "policy" in english_base("policies") and "train" in english_base("training")
    table = english_glossary()
    assert table[("union", "representative")] == "tillitsvalgt"
    assert table[("competence",)] == "kompetanse"


@pytest.mark.integration
def test_english_question_reaches_the_kompetansekonto_passages(corpus_assistant) -> None:
    question = "What did Bærum do about the competence account?"
    vocab = corpus_vocabulary(corpus_assistant.index)
    assert "kompetansekontoen" in vocab or "kompetansekonto" in vocab
    hits = corpus_assistant.search(to_bokmal(question, "en", vocab), k=5)
    assert any("kompetansekonto" in h.chunk.text.lower() for h in hits)
    answer = corpus_assistant.ask(question)
    assert not answer.refused and "kompetansekonto" in answer.text.lower()
    assert answer.text.startswith("The sources say")  # answered in English, quoting the Norwegian sources
    with rules.disabled("english-glossary", "english-compounds"):
        before = corpus_assistant.ask(question)
    assert "kompetansekonto" not in before.text.lower()  # the symptom of issue 17 without the search form
