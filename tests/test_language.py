"""Tests for assistant.language: the bokmål spell check and the nb/nn/en language guess.

Spell-check tests need Debian's hunspell-no (nb_NO). They go through the ``checker`` fixtures,
which *fail* with the install hint when it is missing: CI installs it, so a silent skip would
hide a broken environment.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from assistant.language import (
    MISSING_DICTIONARY,
    SpellChecker,
    SpellReport,
    detect_language,
    find_dictionary,
    load_spellchecker,
    nynorsk_to_bokmal,
    words_of,
)

CORPUS_DIR = Path(__file__).resolve().parent.parent / "corpus"


def _require_dictionary() -> None:
    try:
        find_dictionary()
    except RuntimeError as exc:
        pytest.fail(f"{exc} — the spell-check tests need it (CI installs it)", pytrace=False)


@pytest.fixture(scope="module")
def corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS_DIR.glob("*.txt"))]
    assert texts, f"no corpus texts in {CORPUS_DIR}"
    return texts


@pytest.fixture(scope="module")
def checker(corpus_texts: list[str]) -> SpellChecker:
    """The production set-up: dictionary + built-in words + corpus vocabulary."""
    _require_dictionary()
    return load_spellchecker(corpus_texts)


@pytest.fixture(scope="module")
def bare_checker() -> SpellChecker:
    """Dictionary + built-in words only, so the tests do not lean on the corpus."""
    _require_dictionary()
    return SpellChecker([])


# --------------------------------------------------------------------------- no dictionary needed


def test_report_rate() -> None:
    assert SpellReport(words=0, misspelt=()).rate == 0.0
    assert SpellReport(words=4, misspelt=("xyzzy",)).rate == 0.25


def test_missing_dictionary_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError) as info:
        SpellChecker([], dictionary_dirs=[tmp_path])
    assert str(info.value) == MISSING_DICTIONARY
    assert "apt-get install hunspell-no" in str(info.value)


def test_tokeniser_drops_numbers_links_and_citations() -> None:
    text = "Se https://www.ks.no/a?b=1, www.fafo.no og post@halden.kommune.no [1] [2, 3] i 2010–2012, pkt. 5.3 og A4."
    assert words_of(text) == ["Se", "og", "i", "pkt.", "og"]


def test_tokeniser_keeps_hyphenated_words_and_abbreviations() -> None:
    assert words_of("Etter- og videreutdanning, f.eks. e-læring (bl.a. HTA-avtalen) og KS' rapport.") == [
        "Etter",
        "og",
        "videreutdanning",
        "f.eks.",
        "e-læring",
        "bl.a.",
        "HTA-avtalen",
        "og",
        "KS",
        "rapport",
    ]


# --------------------------------------------------------------------------- spelling

CORRECT_SENTENCES = [
    "Noen kommuner har egne seniorpolitiske tiltak for ansatte over 62 år [1].",
    "Kompetanseutviklingsplanen skal rulleres årlig og følges opp i budsjettet.",
    "Arbeidsgiverpolitikken i Halden kommune legger vekt på å styrke kompetanseutviklingen.",
    "Lederutviklingsprogrammet retter seg mot både nye og erfarne ledere.",
    "Ifølge kompetanseplanen skal alle enheter kartlegge kompetansebehovet hvert år [2].",
    "Tillitsvalgte skal involveres i arbeidet, jf. HTA kap. 3.3 og Hovedavtalen § 7.",
    "Dokumentene sier ikke noe om hvor mye som er satt av til etter- og videreutdanning.",
    "SKUP er Bærum kommunes strategiske kompetanseplan for perioden 2010–2013.",
    "Det finnes også e-læringskurs og nettbaserte kurs, f.eks. om velferdsteknologi.",
    "Jeg fant dessverre ingen opplysninger om dette i kildene.",
    "Kommunen bør samarbeide med KS og NAV om rekruttering av helsefagarbeidere.",
    "Flere av informantene peker på at mangel på tid er en barriere for læring på arbeidsplassen.",
]


@pytest.mark.parametrize("sentence", CORRECT_SENTENCES)
def test_correct_bokmaal_passes_without_corpus(bare_checker: SpellChecker, sentence: str) -> None:
    report = bare_checker.check(sentence)
    assert report.misspelt == (), report
    assert report.rate == 0.0
    assert bare_checker.sentence_ok(sentence)


@pytest.mark.parametrize(
    "word",
    [
        "noen",
        "Noen",
        "kompetanseplan",
        "kompetanseutviklingsplanen",
        "kompetanseutviklingsplan",
        "seniorpolitiske",
        "arbeidsgiverpolitikken",
        "lederutviklingsprogrammet",
        "kompetansegap",
        "organisasjonsmessige",
        "læringsarenaer",
        "KOMPETANSEPLAN",
        "HTA",
        "KS",
        "FBR",
        "SKUP",
        "KRDs",
    ],
)
def test_words_and_compounds_accepted(bare_checker: SpellChecker, word: str) -> None:
    assert bare_checker.check(word).misspelt == ()


@pytest.mark.parametrize(
    "word",
    [
        "kompetanseutviklingg",
        "gjennomføringne",
        "xyzzy",
        "komunnen",
        "Komunnen",
        "kompetanceplan",
        "medarbejdere",
        "udvikling",
        "hvad",
        "nogle",
        "kompetanseplanning",
        "strategiplanningen",
        "employees",
        "workforce",
        "utviklng",
        "organisasjonn",
        "ansattte",
        "rekrutering",
        "tjenestee",
        "kommunne",
        "kompetanseUtvikling",
        "halden",
    ],
)
def test_garbled_danish_and_english_words_flagged(checker: SpellChecker, word: str) -> None:
    # With the full corpus vocabulary, the set-up used in production.
    assert checker.check(word).misspelt == (word,)


def test_numbers_and_citations_are_not_words(checker: SpellChecker) -> None:
    report = checker.check("[1] 2010 5.3 62 % 2010–2012 [2, 3] 1.200.000")
    assert report == SpellReport(words=0, misspelt=())
    assert report.rate == 0.0


def test_report_lists_misspellings_in_order(checker: SpellChecker) -> None:
    report = checker.check("Komunnen har xyzzy ansatte og xyzzy planer [1].")
    assert report.words == 7
    assert report.misspelt == ("Komunnen", "xyzzy", "xyzzy")
    assert report.rate == pytest.approx(3 / 7)
    assert not checker.sentence_ok("Komunnen har xyzzy ansatte og xyzzy planer [1].")
    assert checker.sentence_ok("Komunnen har xyzzy ansatte og xyzzy planer [1].", max_rate=0.5)


def test_hyphenated_words_need_accepted_parts(checker: SpellChecker) -> None:
    assert checker.check("HTA-avtalen, Sør-Odal, e-handel og helse- og omsorgssektoren").misspelt == ()
    assert checker.check("HTA-xyzzy").misspelt == ("HTA-xyzzy",)


def test_names_come_from_the_corpus(checker: SpellChecker, bare_checker: SpellChecker) -> None:
    sentence = "Gotvassli og Fafo skriver om medarbeiderskap."
    assert checker.check(sentence).misspelt == ()
    assert bare_checker.check(sentence).misspelt == ("Gotvassli", "Fafo")


def test_whole_corpus_passes_with_its_own_vocabulary(checker: SpellChecker, corpus_texts: list[str]) -> None:
    for text in corpus_texts:
        assert checker.check(text).misspelt == ()


def test_load_spellchecker_caches_per_corpus(checker: SpellChecker, corpus_texts: list[str]) -> None:
    assert load_spellchecker(iter(corpus_texts)) is checker  # a generator gives the same key
    assert load_spellchecker(["Annen tekst."]) is not checker


def test_speed_after_warm_up(checker: SpellChecker) -> None:
    text = " ".join(CORRECT_SENTENCES)
    checker.check(text)  # warm the caches
    n = checker.check(text).words
    start = time.perf_counter()
    for _ in range(20):
        checker.check(text)
    per_word_ms = (time.perf_counter() - start) * 1000 / (20 * n)
    assert per_word_ms < 5.0, f"{per_word_ms:.3f} ms per word"


# --------------------------------------------------------------------------- language detection

ENGLISH = [
    "What does the plan say about senior policy?",
    "How does Halden municipality work with recruitment?",
    "Is there a budget for further education?",
    "Which measures did Bærum introduce for apprentices?",
    "Summarize the competence plan for Sørum.",
    "Who is responsible for training in the municipality?",
    "Tell me about the KS report and its main findings.",
    "Why are leaders important in competence development?",
]
NYNORSK = [
    "Kva seier planen om lærlingar?",
    "Korleis jobbar kommunen med rekruttering?",
    "Eg lurer på kva tiltak dei har for seniorar.",
    "Kvifor er det viktig med ein kompetanseplan?",
    "Kven har ansvaret for opplæringa i kommunen?",
    "Har kommunen noko mål for heiltid?",
    "Finst det tiltak for dei som ikkje har fagbrev?",
    "Kor mykje pengar er sett av til vidareutdanning?",
]
BOKMAAL = [
    "Hva sier planen om lærlinger?",
    "Hvordan jobber kommunen med rekruttering?",
    "Jeg lurer på hvilke tiltak de har for seniorer.",
    "Hvorfor er det viktig med en kompetanseplan?",
    "Hvem har ansvaret for opplæringen i kommunen?",
    "Har kommunen noe mål for heltid?",
    "Finnes det tiltak for de som ikke har fagbrev?",
    "Hvor mye penger er satt av til videreutdanning?",
    "Kompetanseplan for Halden",  # no markers at all: bokmål by default
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [(t, "en") for t in ENGLISH] + [(t, "nn") for t in NYNORSK] + [(t, "nb") for t in BOKMAAL],
)
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_detect_language_on_corpus_text(corpus_texts: list[str]) -> None:
    # Long bokmål documents with English references and quotes are still bokmål.
    for text in corpus_texts:
        assert detect_language(text) == "nb"


def test_detect_language_empty() -> None:
    assert detect_language("") == "nb"
    assert detect_language("2010 [1]") == "nb"


@pytest.mark.parametrize(
    ("nynorsk", "bokmal"),
    [
        ("Kva skil Drammen og Bærum når det gjeld leiarutdanning?", "Hva skiller Drammen og Bærum når det gjelder lederutdanning?"),
        ("Korleis rekrutterer kommunane sjukepleiarar?", "Hvordan rekrutterer kommunene sykepleiere?"),
        ("Kor mykje kostar lærlingordninga?", "Hvor mye koster lærlingordningen?"),
        ("Kva meiner tillitsvalde om opplæringa av tilsette?", "Hva mener tillitsvalgte om opplæringen av ansatte?"),
        # "kva for" is "hvilke"; inflected words through the dictionary's base forms
        ("Kva for oppgåver har leiarane?", "Hvilke oppgaver har lederne?"),
        ("Kor mange innbyggjarar har Sørum?", "Hvor mange innbyggere har Sørum?"),
        ("Kor mykje auka talet på årsverk i vidaregåande opplæring?", "Hvor mye økte antallet på årsverk i videregående opplæring?"),
        ("Kva gjer FoU-eininga i Halden?", "Hva gjør FoU-enheta i Halden?"),
        # "handsame" is "behandle", inside compounds too; "førebuande" "forberedende"
        ("Kven tek seg av sakshandsaming og fakturahandsaming?", "Hvem tar seg av saksbehandling og fakturabehandling?"),
        ("Har dei eit servicetorg med førebuande sakshandsaming?", "Har de et servicetorg med forberedende saksbehandling?"),
        # "øvste" is "øverste" (b31-nn-007)
        ("Kva gjer den øvste leiinga?", "Hva gjør den øverste ledelsen?"),
    ],
)
def test_nynorsk_question_in_bokmal_words(nynorsk: str, bokmal: str) -> None:
    assert nynorsk_to_bokmal(nynorsk) == bokmal


def test_nynorsk_mapping_leaves_bokmal_and_names_alone() -> None:
    text = "Hvordan har Sørum og Bærum lagt opp lederopplæringen for sykepleiere i 2010?"
    assert nynorsk_to_bokmal(text) == text
    assert nynorsk_to_bokmal("Kva gjer Halden?") == "Hva gjør Halden?"  # not the dictionary's "halden" (= held)


def test_nynorsk_prefers_the_form_the_sources_write() -> None:
    # "leiaransvar" -> "lederansvar": the "-ar" of "ansvar" is no plural ending when the sources write the word
    assert nynorsk_to_bokmal("Er det eit leiaransvar?", {"lederansvar"}) == "Er det et lederansvar?"
    assert nynorsk_to_bokmal("Kva pregar verksemda?", {"virksomheten"}) == "Hva preger virksomheten?"


def test_nynorsk_respelt_into_the_bokmal_the_sources_write() -> None:
    from assistant import rules

    vocab = frozenset({"følger", "tiltakene", "vanskelige", "trenger", "hovedavtalen", "enige", "bedre", "holdes"})
    assert nynorsk_to_bokmal("Kva følgjer av tiltaka?", vocab) == "Hva følger av tiltakene?"
    assert nynorsk_to_bokmal("Kva treng ein for vanskelege samtalar?", vocab).startswith("Hva trenger en for vanskelige")
    assert nynorsk_to_bokmal("Kva seier Hovudavtalen?", vocab) == "Hva sier Hovedavtalen?"
    assert nynorsk_to_bokmal("Er dei einige?", vocab) == "Er de enige?"
    # FreeDict's rarer senses are overridden: "halde" is holde, not fortsette
    assert nynorsk_to_bokmal("Når skal kurset haldast?", vocab) == "Når skal kurset holdes?"
    assert nynorsk_to_bokmal("Kor høg var svarprosenten?") == "Hvor høy var svarprosenten?"
    # nynorsk "bilete" is bokmål "bilde", inside a compound too
    assert nynorsk_to_bokmal("Kva står i framtidsbiletet?", vocab | {"framtidsbildet"}) == "Hva står i framtidsbildet?"
    # a respelling the sources do not write changes nothing
    assert nynorsk_to_bokmal("Kva følgjer?", frozenset()) == nynorsk_to_bokmal("Kva følgjer?", frozenset({"annet"}))
    with rules.disabled("nynorsk-respelling"):
        assert "tiltaka" in nynorsk_to_bokmal("Kva følgjer av tiltaka?", vocab)


def test_nynorsk_superlatives_passives_shares_and_compounds() -> None:
    vocab = frozenset({"viktigste", "forbedring", "forslag", "tjenestene", "tjenes", "tjene"})
    assert nynorsk_to_bokmal("Kva er det viktigaste?", vocab) == "Hva er det viktigste?"
    assert nynorsk_to_bokmal("Kor stor del av kommunane?") == "Hvor stor andel av kommunene?"
    assert nynorsk_to_bokmal("Korleis bør planen knytast til budsjettet?") == "Hvordan bør planen knyttes til budsjettet?"
    # a compound the sources write in parts; a respelling of one "tene" is tried before both
    assert "forbedringsforslag" in nynorsk_to_bokmal("Kven kjem med forbetringsforslag?", vocab)
    assert nynorsk_to_bokmal("Kva seier tenestene?", vocab) == "Hva sier tjenestene?"
