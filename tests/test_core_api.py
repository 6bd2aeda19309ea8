"""The core's public calls on the real corpus index: search, sentences, cite, verify_text, spellcheck."""

from __future__ import annotations

import pytest

from assistant.answer import Assistant
from assistant.municipality import about, owner
from assistant.retrieve import Filters
from assistant.types import Chunk, SourceSentence


def _fagstigen(corpus_assistant) -> Chunk:
    hits = corpus_assistant.search("Fagstigen for hjelpepleierne består av fire trinn", k=5)
    return next(h.chunk for h in hits if "fire trinn" in h.chunk.text)


def test_search_with_filters(corpus_assistant) -> None:
    hits = corpus_assistant.search("lederutvikling", k=3, filters=Filters(doc_type="plan", municipality="Sørum"))
    assert hits and all(h.chunk.meta["municipality"] == "Sørum" and h.chunk.meta["doc_type"] == "plan" for h in hits)
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))


def test_sentences_of_a_passage_carry_their_citation(corpus_assistant) -> None:
    chunk = _fagstigen(corpus_assistant)
    sentences = corpus_assistant.sentences(chunk)
    assert sentences and all(isinstance(s, SourceSentence) for s in sentences)
    assert [s.position for s in sentences] == list(range(len(sentences)))
    four = next(s for s in sentences if "fire trinn" in s.text)
    assert "\n" not in four.text and "fire trinn" in chunk.text[four.start : four.end].replace("\n", " ")
    citation = four.citation(2)
    assert citation.n == 2 and citation.chunk == chunk and citation.quote == four.text


def test_cite_checks_the_quote(corpus_assistant) -> None:
    chunk = _fagstigen(corpus_assistant)
    quote = next(s.text for s in corpus_assistant.sentences(chunk) if "fire trinn" in s.text)
    assert corpus_assistant.cite(chunk, quote, n=3).quote == quote
    with pytest.raises(ValueError, match="quote not in passage"):
        corpus_assistant.cite(chunk, "Fagstigen består av ni trinn.")


def test_verify_text_keeps_what_the_passage_supports(corpus_assistant) -> None:
    chunk = _fagstigen(corpus_assistant)
    text = "Fagstigen for hjelpepleierne består av fire trinn [1]. Fagstigen består av ni trinn [1]. Ja [1]."
    verified = corpus_assistant.verify_text(text, [chunk], spelling=False)
    assert verified.kept == ("Fagstigen for hjelpepleierne består av fire trinn [1].",)
    reasons = dict(verified.dropped)
    assert "missing 9" in reasons["Fagstigen består av ni trinn [1]."] or "ni" in reasons["Fagstigen består av ni trinn [1]."]
    assert reasons["Ja [1]."] == "says nothing"
    assert verified.used_markers == (1,)
    # a mapping of numbers to texts works the same, and a marker to no passage is removed
    by_number = corpus_assistant.verify_text("Fagstigen for hjelpepleierne består av fire trinn [2][7].", {2: chunk.text}, spelling=False)
    assert by_number.kept == ("Fagstigen for hjelpepleierne består av fire trinn [2].",) and by_number.removed_markers == (7,)


def test_spellcheck_and_verify_text_spelling(corpus_assistant) -> None:
    assert corpus_assistant.spellcheck("Fagstigen har fire trinn.") == []
    assert corpus_assistant.spellcheck("Fagstigen har fire trinnxq.") == ["trinnxq"]
    chunk = _fagstigen(corpus_assistant)
    verified = corpus_assistant.verify_text("Fagstigen for hjelpepleierne bestårxq av fire trinn [1].", [chunk])
    assert not verified.kept and verified.dropped[0][1].startswith("spelling (")


def test_statistics_are_shared(corpus_assistant, corpus_settings, corpus_index) -> None:
    stats = corpus_assistant.statistics()
    other = Assistant(corpus_settings, corpus_index, retriever=corpus_assistant.retriever, statistics=stats)
    assert other.statistics() is stats and other.analyzer() is stats.analyzer
    assert other.question_terms("Fagstigen i Sørum") == corpus_assistant.question_terms("Fagstigen i Sørum")


def test_one_notion_of_whose_passage_a_sentence_is() -> None:
    drammen = Chunk(id="c", text="I Drammen har 270 ledere gått.\nDen varer i to år.\n\nEn undersøkelse viser mye.", doc_id="r", title="t")
    assert about(drammen, "Den varer i to år.", "Drammen") and not about(drammen, "Den varer i to år.", "Bærum")
    assert not about(drammen, "En undersøkelse viser mye.", "Drammen")  # a new paragraph names no one
    plan = Chunk(id="p", text="Planen gjelder alle.", doc_id="s", title="t", meta={"municipality": "Sørum"})
    assert owner(plan) == "Sørum" and about(plan, "Planen gjelder alle.", "Sørum")
    assert not about(plan, "I Drammen er det annerledes.", "Sørum")
