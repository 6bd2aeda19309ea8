"""Norwegian analysis for BM25: stemming, stopwords and decompounding."""

from assistant.text import Analyzer, words


def test_compounds_share_tokens_with_their_parts() -> None:
    a = Analyzer(["hoved", "tariff", "avtale", "tariffavtale", "kompetanse", "plan", "planen", "arbeid", "giver", "politikk"])
    assert set(a.tokens("tariffavtale")) & set(a.tokens("Hovedtariffavtalen"))
    assert set(a.tokens("plan")) <= set(a.tokens("kompetanseplanen"))
    assert "politikk" in a.tokens("arbeidsgiverpolitikken") or "politikk" in " ".join(a.tokens("arbeidsgiverpolitikken"))


def test_stopwords_and_question_words_are_dropped() -> None:
    a = Analyzer([])
    assert a.tokens("Hva gjorde de med det?") == []
    assert a.tokens("Kva gjorde dei?") == []


def test_short_words_are_not_split_into_nonsense() -> None:
    a = Analyzer(["kommune", "leder"])
    assert a.split("kommunene") == ()
    assert words("KS-tiltakene 2008") == ["ks", "tiltakene", "2008"]
