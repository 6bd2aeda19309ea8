"""When the sources do not answer: the refusal rules beyond low term coverage.

:class:`assistant.answer.Assistant` refuses when the best sentence covers too little of the question
(``REFUSE_BELOW``) or when one of these rules finds a sign that the sources cannot answer:

- a name, quoted title or acronym the question uses appears nowhere in the sources ("Stavanger",
  «Leve hele livet», "KI-verktøy"), or in none of the retrieved passages ("Oslo kommune");
- no sentence on the question's topic mentions a year the question names, or the question asks what
  happened in a year after the sources were written;
- a "hvor mange / mye / stor / ofte / lenge" question has no sentence with a number (years are no
  amounts; "toårig", "i året" are durations; a money question needs a sum) that is on its topic,
  about the municipality asked about and names the programme the question names; a number with
  the unit asked for ("hvor mange dager" → "5 dagers"); the counted noun ("hvor mange lærere" is not
  answered by "270 ledere") or participation ("hvor mange deltok");
- a question asking for a name ("Hvilket firma …?", "Hvem er prosjektleder …?") has no name among the
  sentences an answer would quote ("holdt av et eksternt firma" says there is one, not which).

Each rule is registered in :mod:`assistant.rules` with what it does for a reader and the question
sets it was found on; ``planvis eval --ablation`` switches each off in turn and shows what it is worth.

    >>> bool(_AMOUNT_RE.search("Ordningen kom i stand i 2008."))
    False
    >>> bool(_MONEY_RE.search("… de fire kommunalavdelingene")), bool(_MONEY_RE.search("For 2008 var det satt av 200.000 kroner"))
    (False, True)
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Protocol

from assistant import rules
from assistant.chunking import index_text
from assistant.municipality import MUNICIPALITIES, about, named_municipalities
from assistant.question import asked_kind
from assistant.sentences import paragraph_around
from assistant.structure import strip_list_mark, table_row
from assistant.types import Hit

# The best sentence must cover at least this share of the question's (idf-weighted) terms
# (`planvis eval --calibrate` sweeps it).
REFUSE_BELOW = 0.35

_M = "assistant.refusal"
for _name, _kind, _found, _what in (
    ("refuse-below", "threshold", ("dev",), "a question whose best source sentence covers too little of it is refused"),
    ("names-in-sources", "pattern", ("dev",), "a name, quoted title or acronym the question uses must be in the sources and in a retrieved passage"),
    ("number-question", "pattern", ("dev",), "a 'hvor mange / mye / ofte / lenge' question needs an on-topic sentence with an amount (or a duration)"),
    ("money-question", "pattern", ("ha", "hc", "hd", "he", "hf", "hg", "hh"), "a question about money needs a sum of money, not any count"),
    ("unit-question", "pattern", ("hc", "hd"), "'hvor mange dager / studiepoeng …' needs a number with that unit"),
    ("participation", "pattern", ("hc", "hd"), "'hvor mange deltok' needs a sentence about taking part"),
    ("counted-noun", "pattern", ("hc", "hd", "he", "hf", "hg", "hh"), "the noun a 'hvor mange' question counts must be in the number's sentence"),
    ("municipality-number", "pattern", ("dev",), "a number question about one municipality needs a number about that municipality"),
    ("topic-check", "threshold", ("dev",), "a sentence with the asked-for number or year must be on the question's topic (shared rare words or close meaning)"),
    ("programme-number", "pattern", ("ha", "hb"), "a number question naming a programme ('Geriatriløft') needs the number in a paragraph naming it"),
    ("name-question", "pattern", ("hc", "hd", "he", "hf", "hg", "hh"), "a question asking for a name ('Hvilket firma …?') needs a name among the best sentences"),
    ("after-sources-year", "pattern", ("ha",), "a question about what happened in a year after the sources were written is refused"),
    ("year-on-topic", "pattern", ("dev",), "a year the question names must be in a sentence on its topic"),
    ("which-figure", "pattern", ("bq", "b30"), "'Hvilken svarprosent / andel / antall …?' asks for a number like 'hvor stor andel' does; 'Hva tjener …?', 'Hva betaler …?' for a sum of money"),
    ("number-counts-noun", "pattern", ("bq",), "in a 'hvor mange N' question, a number followed by another noun ('syv samlinger', 'to år') counts that noun, not N"),
    ("table-label-names", "pattern", ("bq",), "a name that is a row or column label of a curated table (the report's 'Møre og Roms' is Møre og Romsdal) is in the sources"),
    ("list-mark-no-amount", "pattern", ("b18",), "a list's enumerator ('2. Ledelsesutviklingsprogram 2010') counts nothing, so it does not answer 'hvor mange'"),
    ("table-row-number", "pattern", ("b18",), "a table cell sharing the question's topic words is read with its row ('Verneombudskurs i kommunal regi … 40 timer … 20.000.-') when a number is asked for"),
    ("money-names-thing", "pattern", ("b24",), "a sum of money answers 'Hva koster X?' only when its sentence, table row or paragraph names X (one of the question's rarest words), not because it reads like the question"),
    ("name-of-role", "pattern", ("b18",), "'Hva heter personaldirektøren i Drammen?' is answered by a name in a sentence naming that role there, not by any name ('Buskerud fylke') nor another municipality's holder"),
    ("average-question", "pattern", ("b32",), "'Hva var den gjennomsnittlige alderen …?' / 'What was the average age …?' asks for a number, so 'en høy gjennomsnittlig alder' with no number does not answer it"),
    ("members-question", "pattern", ("b30",), "'Hvem sitter i Kompetanseforum?' asks for members' names like 'Hvem er prosjektleder?' does: a sentence must name some (a web address's words name none)"),
    ("reference-no-amount", "pattern", ("b31",), "a table or figure reference ('(tabell 1)', 'figur 16') counts nothing, so it does not answer 'hvor mange'"),
    ("counted-after-adjective", "pattern", ("b31",), "'Hvor mange kommunale virksomheter …?' counts 'virksomheter': an adjective after 'hvor mange' is not the counted noun"),
    ("absent-kind-word", "pattern", ("b31",), "the noun right after 'Hvilke' ('Hvilke opplysninger …?') says what kind of answer is asked for; the sources need not write it"),
    ("english-source-term", "pattern", ("b31",), "a Norwegian term an English question gives in parentheses ('night-work supplement (nattillegg)') must be written in the sources"),
    ("absent-topic", "threshold", ("hd", "hg", "hh", "hi", "b27"), "a question on a topic the sources never name ('hjemmekontor', 'sluttsamtaler', 'permisjon') is refused unless a sentence is close in meaning, or the best sentences hold its compound's head word"),
):
    rules.register(_name, kind=_kind, module=_M, what=_what, found_on=_found)


class Sentence(Protocol):
    """A candidate answer sentence as :mod:`assistant.answer` scores it."""

    hit: Hit
    sentence: str
    terms: frozenset[str]
    lexical: float  # share of the question's weighted terms it covers
    similarity: float  # its own dense similarity to the question (0 if not computed)


# A capitalised word after these starts a sentence ("Tabell 10: Hvor stor andel …?"), it names nothing.
SENTENCE_ENDS = (".", "?", "!", ":")
_NAME_RE = re.compile(r"\b[A-ZÆØÅ][a-zæøåA-ZÆØÅ]{2,}(?:[ -][A-ZÆØÅ][a-zæøå]+)*")
# An apostrophe after a word is a genitive ("KS' rekrutteringsstrategi"), not the start of a quoted title.
_QUOTED_RE = re.compile(r"(?:[«\"“]|(?<![\w])')([^»\"'”]{3,60})[»\"'”]")
QUANTITY_RE = re.compile(
    r"\b(hvor (mye|mange|stor|store|stort|høy|høyt|lang|lenge|ofte)|kor (mykje|mange|stor|høg)|how (much|many|high|often)|hva (kostet|koster|scoret)|hvilke satser)\b",
    re.IGNORECASE,
)


# "Hva var den gjennomsnittlige alderen …?", "What was the average age …?" asks for a number as "hvor stor" does.
_AVERAGE_QUESTION_RE = re.compile(
    r"\b(?:(?:hva|kva) (?:er|var) (?:den |det )?gjennomsnitt\w*|what (?:is|was) the average)\b", re.IGNORECASE
)
_ACRONYM_RE = re.compile(r"\b[A-ZÆØÅ]{2,6}\b")
_DURATION_WORDS = frozenset(["ofte", "lenge", "lang"])
# Stems that ask for an amount ("Hvor stor andel …?") without saying what the question is about.
_AMOUNT_WORDS = frozenset(["andel", "antall", "prosent", "prosentandel"])
_DURATION_RE = re.compile(
    r"[\d½¼¾]|\b(årlig|månedlig|ukentlig|hver|ganger|året|år|måned|måneder|uke|uker|dag|dager|timer|semester|halvår|kvartal)\b|årig\b", re.IGNORECASE
)
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d\b)\d|[½¼¾]|prosent|halvpart|tredjedel|flertall|"
    r"\b(to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tjue|tretti|førti|femti|hundre|tusen)\b",
    re.IGNORECASE,
)
AMOUNT_RE = _AMOUNT_RE  # public: a number that counts something (digits or number words), not a year
# Past tense: "Hva viste evalueringen høsten 2012?" asks for an outcome; sources written in 2010 can
# only say it was planned.
_PAST_RE = re.compile(
    r"\b(viste|ble|blei|var|hadde|fikk|gikk|gjorde|kom|endte|førte|oppnådde|resulterte|lyktes|skjedde|brukte|"
    r"deltok|evaluerte|vedtok|innførte|showed|was|were|did|had|resulted)\b",
    re.IGNORECASE,
)
# A capitalised word inside a question names a programme or a text ("Geriatriløft", "Kompetanseuka").
_PROPER_RE = re.compile(r"(?<!^)(?<![.?!] )\b[A-ZÆØÅ][a-zæøå]{4,}")
# A question about money wants a sum of money (or a pay step, or a share), not any count.
_MONEY_QUESTION_RE = re.compile(r"budsjett|kost|kroner|penger|\bmidler\b|lønn|pris|betal|finansier|beløp|tilskudd|bevilg|\bhva tjen(?:er|te)\b(?![^?]*\bpå\b)", re.IGNORECASE)
_PRICE_WORDS = ("mye", "mykje", "much", "koster", "kostet")  # "hvor mye …", "hva koster …": a price or sum asked for
_MONEY_STEMS = ("peng", "kost", "kron", "lønn", "pris", "betal", "beløp", "budsjett", "tilskudd", "midl")
_MONEY_RE = re.compile(
    r"\bkr\b|kr\.|kroner|\bmill|milliard|\bNOK\b|lønnstrinn|lønnsramme|\d{1,3}(?:[ .]\d{3})+|\d\s*(?:prosent|%)", re.IGNORECASE
)
# "Hvor mange dager / studiepoeng / kroner …?" is answered by a number with that unit ("30 studiepoeng",
# "5 dagers kurs", "200.000 kroner"), not by "et visst antall poeng" or "pkt. 3.2.1".
# "Hvor mange ekstra dager …": an adjective may stand between "hvor mange" and what it counts.
_COUNT_ADJECTIVE = r"(?:(?:ekstra|nye|flere|hele|fulle|årlige)\s+)?"
_UNIT_QUESTION_RE = re.compile(rf"\b(?:hvor|kor) (?:mange|mye|mykje)\s+{_COUNT_ADJECTIVE}\w*?(poeng|dag|uke|time|måned|kron|årsverk|prosent)", re.IGNORECASE)
# "Hvor mange deltok på Kompetanseuka?" counts participants: "etter initiativ fra to vernepleiermedarbeidere"
# counts someone else.
_PARTICIPANTS_QUESTION_RE = re.compile(
    r"\b(?:hvor|kor) mange (?:\w+ )?(?:har |hadde )?(?:deltok|deltek|deltar|deltatt|deltakere|deltagere|took part|attended)\b",
    re.IGNORECASE,
)
_PARTICIPANTS_RE = re.compile(r"\bdelt(?:ok|ar|att|akere|agere|akelse|ek|ekarar)|\bdelta\b|\bmed på\b|\bgjennomført\b", re.IGNORECASE)
# "Hvor mange lærere …?" is not answered by "270 ledere": the counted noun (or a share) must be in the
# sentence. Words for kinds ("kategorier" ~ "grupper") and survey shares are spared.
_COUNTED_RE = re.compile(rf"\b(?:hvor|kor) mange {_COUNT_ADJECTIVE}([a-zæøå]{{4,}})\b", re.IGNORECASE)
# "Hvor mange kommunale virksomheter …?": an adjective (-ale, -elle, -iske, -lige, -ige) before a noun.
_ADJECTIVE_THEN_RE = re.compile(r"\b(?:hvor|kor) mange [a-zæøå]{3,}(?:ale|elle|iske|lige|ige)\s+([a-zæøå]{4,})\b", re.IGNORECASE)
_KIND_WORDS = ("kategori", "gruppe", "type", "trinn", "nivå", "del", "område", "steg", "punkt", "måte", "ganger", "prosent", "personer")
# Verbs that follow "hvor mange" without a noun ("Hvor mange fikk …?", "Hvor mange mener …?").
_COUNT_VERBS = frozenset(
    [
        *("mener", "mente", "bruker", "brukte", "jobber", "jobbet", "svarer", "svarte", "sier", "tror", "trodde"),
        *("ønsker", "ønsket", "opplever", "opplevde", "oppgir", "oppga", "satser", "satset", "gjennomfører"),
        *("gjennomførte", "planlegger", "planla", "hadde", "fikk", "får", "går", "gikk", "gir", "tar", "tok", "blir"),
        *("ble", "kommer", "kom", "trenger", "trengte", "mangler", "manglet"),
    ]
)
# "Hvilken svarprosent hadde …?", "Hvilket antall …?" ask for a figure as "hvor stor" does.
# "Hva tjener rådmannen?" asks for a pay, "Hva betaler Sørum for …?" for a price: a sum of money.
_WHICH_FIGURE_RE = re.compile(
    r"\b(?:hvilke[nt]?|hva var|hva er) (?:\w+ )?(svarprosent\w*|prosent\w*|andel\w*|antall\w*|beløp\w*)\b|\bhva (?:tjener|tjente)\b(?![^?]*\bpå\b)|\bhva (?:betaler|betalte)\b",  # "hva tjente de på …" asks what they gained
    re.IGNORECASE,
)
# Words that may follow a number without saying what it counts ("30 av lærerne", "12 i alt", "40 %").
_AFTER_NUMBER_FREE = frozenset(
    ["av", "i", "på", "til", "med", "og", "eller", "som", "har", "er", "var", "ble", "hadde", "prosent", "personer", "stykker", "nye", "flere", "totalt", "alt"]
)
_NUMBER_NOUN_RE = re.compile(r"(?<![\w.,])(\d[\d.,]*|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|førti|femti|hundre|tusen)\s+([a-zæøå]+)", re.IGNORECASE)


def counts_other(sentence: str, stem: str) -> bool:
    """Does every number of the sentence count something other than ``stem``: each is followed by
    another noun ("syv samlinger fordelt på to år" for "hvor mange lærere")?

    >>> counts_other("… basert på syv samlinger fordelt på to år.", "lære"), counts_other("270 ledere har deltatt.", "lede")
    (True, False)
    """
    found = list(_NUMBER_NOUN_RE.finditer(sentence))
    if not found or len(found) < len(_AMOUNT_RE.findall(sentence)):
        return False  # a number at the end or before a sign ("30 %") may count anything
    for m in found:
        word = m.group(2).lower()
        if word in _AFTER_NUMBER_FREE or word.startswith(stem) or stem.startswith(word[: max(4, len(word) - 2)]):
            return False
    return True


_SHARE_RE = re.compile(r"prosent|%|andel|halvpart|tredjedel|flertall", re.IGNORECASE)
_NUMBER = r"(?:\d[\d.,]*|en|ett|én|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|femten|tjue|tretti|førti|femti|hundre|tusen)"
# "Hvilket firma / dataprogram …?", "Hvem er prosjektleder …?" ask for a name; "et eksternt firma" and
# "en elektronisk database" are no answer.
# "Hva heter personaldirektøren …?", "Hvem er rådmann …?": the role whose holder is asked for.
_ROLE_QUESTION_RE = re.compile(
    r"\b(?:hvem (?:er|var)|hva heter) (?:den |det )?(\w*leder|kontaktperson|rådmann|\w*sjef|\w*direktør|ordfører)(?:en)?\b(?! \w+t\b)",
    re.IGNORECASE,
)
_NAME_QUESTION_RE = re.compile(
    r"\b(?:hvilke[nt]?|hva heter|which|what is the name of)\s+(?:\w+\s+)?\w*(?:firma|selskap|leverandør|konsulent\w*|[\w-]*program\w*|"
    r"programvare|datasystem\w*|fagsystem\w*|høgskole|høyskole|universitet|company|firm|supplier|software|vendor)\b"
    r"|\b(?:hvem (?:er|var)|hva heter) (?:den |det )?(?:\w*leder|kontaktperson|rådmann|\w*sjef|\w*direktør|ordfører)(?:en)?\b(?! \w+t\b)",
    re.IGNORECASE,
)
# "Hvem sitter i Kompetanseforum?" asks for its members: names the sources must give.
_MEMBERS_QUESTION_RE = re.compile(r"\bhvem (?:sitter|satt) i\b|\bwho (?:sits|sat|sit) on\b", re.IGNORECASE)
# A sentence with the asked-for number (or year) must be on the question's topic: it shares enough of
# its terms, or its own vector is close to the question's.
TOPIC_COVERAGE = 0.45
QUANTITY_SIMILARITY = 0.845
YEAR_SIMILARITY = 0.85
RAREST_MARGIN = 0.5
ROW_TOP = 12  # the best candidates read with their table row, when they are table cells
# A question asking for a name ("Hvilket firma …?") needs a name among the sentences an answer would quote.
NAME_TOP = 4
TOPICAL_IDF = 1.5  # "kompetanse" (idf 0.7) is in nearly every passage and says nothing
# "Hvilke regler gjelder for hjemmekontor?": a word no source text starts like is a topic the sources
# never name; the best sentence (closer than this) or a compound's head among the best sentences
# ("kompetanseregistreringen" -> "registrert") still answers.
ABSENT_SIMILARITY = 0.87
ABSENT_TOP = 6
# Words for the sources themselves, which the sources do not use ("forskerne" are the report's "vi").
_SOURCE_WORDS = ("forsker", "forfatter", "oppskrift", "casebeskriv", "metodeskiss")
# English questions share no terms with the Norwegian text: dense similarity alone decides.
ENGLISH_SIMILARITY = 0.80
ENGLISH_ANSWERABLE = 0.82




def on_topic(s: Sentence, similarity: float, english: bool, rarest: frozenset[str], topical: frozenset[str]) -> bool:
    """Is the sentence about what the question asks: close in meaning, or sharing its words
    including one of its rarest ones?"""
    if not rules.enabled("topic-check"):
        return True
    if english:
        return s.similarity >= ENGLISH_SIMILARITY
    shares_topic = bool(s.terms & topical)  # more than the municipality's name and "kompetanse"
    return (s.similarity >= similarity and shares_topic) or (s.lexical >= TOPIC_COVERAGE and bool(s.terms & rarest))


_REFERENCE_LIST_RE = re.compile(r"\([^()]*\b(?:19|20)\d\d[^()]*\)")
_CAPITALISED_RE = re.compile(r"(?<![-–:] )(?<![-–:])\b[A-ZÆØÅ][\wæøåÆØÅ]*")


def absent_topic(question: str, corpus: str, sentences: Sequence[Sentence], split: Callable[[str], Sequence[str]]) -> str:
    """A lower-case word of the question that no source text writes (nor starts like), and whose
    compound head none of the best sentences has, or "".

    >>> absent_topic("Hvilke regler bør kommunen ha for hjemmekontor?", "regler kommunen kontor", [], lambda w: ("hjemme", "kontor"))
    'hjemmekontor'
    >>> absent_topic("Hvem i Halden snakket forskerne med?", "halden snakket", [], lambda w: ())
    ''
    """
    best = " ".join(s.sentence.lower() for s in sentences[:ABSENT_TOP])
    kind = asked_kind(question) if rules.enabled("absent-kind-word") else ""
    for word in re.findall(r"(?<=[\s(«\"'])[a-zæøå]{5,}(?![\wæøåÆØÅ-])", question):
        if word.startswith(_SOURCE_WORDS) or word[: max(5, len(word) - 3)] in corpus:
            continue
        if kind and word == kind:
            continue  # "Hvilke opplysninger …?" names the kind of answer, not the topic
        parts = split(word)
        if parts:
            # The head is all but the first part ("kompetanse|registreringen", not its last split "ingen"); it
            # may stand alone ("registrert") or under the same first part ("leder|utviklings|programmet").
            head = word[len(parts[0]) :] if word.startswith(parts[0]) else parts[-1]
            stem, first = head[: max(4, min(6, len(head) - 1))], parts[0][:4]
            if re.search(rf"(?<![\wæøå])(?:{re.escape(first)}[\wæøå]*)?{re.escape(stem)}", best):
                continue
        return word
    return ""


# A single word the English question gives in parentheses: the Norwegian term for what it asks about.
_GIVEN_TERM_RE = re.compile(r"\(([A-Za-zæøåÆØÅ]{5,})\)")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


def _names_one(sentence: str, question: str, passages: str) -> bool:
    """Does the sentence name something the question does not: a capitalised word inside the sentence
    that the passages never write in lower case ("Lister Kompetanse AS", "Unique Ansatt"), or an acronym?

    >>> _names_one("• Sikre at kompetansen er registrert i kommunens database.", "Hvilket dataprogram?", "sikre at")
    False
    >>> _names_one("Studiesentrene etablerte Lister Kompetanse AS i 2003.", "Hvilket selskap?", "studiesentrene")
    True
    """
    # The first word, and a word after a dash or colon ("Bærum kommune - Kompetente medarbeidere"), is
    # capitalised anyway.
    sentence = _REFERENCE_LIST_RE.sub("", sentence)  # "(Kvålshaugen og Breunig 2009)" names authors, not the answer
    if rules.enabled("members-question"):
        sentence = _URL_RE.sub(" ", sentence)  # ".../Arbeidsgiver/Rapport-om-uonsket-deltid/" is an address, no name
    words = [m.group(0) for m in _CAPITALISED_RE.finditer(sentence) if sentence[: m.start()].strip(" •-–*")]
    asked = question.lower()
    for w in words:
        if w.lower() in asked or named_municipalities(w):
            continue
        if w.isupper():  # "IKT-ferdigheter" is no name, "KS Konsulent" is
            if re.search(rf"\b{w}\s+[A-ZÆØÅ][a-zæøå]", sentence):
                return True
            continue
        if len(w) >= 3 and not re.search(rf"(?<![\wæøå]){re.escape(w.lower())}(?![\wæøå])", passages):
            return True
    return False


def _counted_word(question: str) -> str:
    """The word after the last "hvor mange" ("Hvor mange innbyggere …? Og hvor mange jobber …?" -> "jobber")."""
    words = [m.group(1).lower() for m in _COUNTED_RE.finditer(question)]
    if words and rules.enabled("counted-after-adjective"):
        after = [m.group(1).lower() for m in _ADJECTIVE_THEN_RE.finditer(question)]
        if after and after[-1] not in _COUNT_VERBS and after[-1] not in _AFTER_NUMBER_FREE:
            words[-1] = after[-1]
    return words[-1] if words else ""


def counted_noun(question: str) -> str:
    """The stem of the noun a "hvor mange" question counts, or "".

    >>> counted_noun("Hvor mange lærere i Drammen …?"), counted_noun("Hvor mange fikk videreutdanning?")
    ('lære', '')
    """
    word = _counted_word(question)
    if not word or word in _COUNT_VERBS or not word.endswith(("e", "er", "ar", "ne")):
        return ""
    return word[: max(4, len(word) - 3)]  # "lærere" -> "lære", "lederne" -> "lede", "dagers" -> "dage"


def _number_then(unit: str) -> re.Pattern[str]:
    """A number, then (one word later at most) what matches the pattern ``unit``."""
    return re.compile(rf"(?<![\w.,]){_NUMBER}\s+(?:\w+\s+)?{unit}", re.IGNORECASE)


def counting(stem: str) -> re.Pattern[str]:
    """A number followed by the counted noun: "5 samlinger", "270 ledere", "30 studiepoeng"."""
    return _number_then(re.escape(stem))


# "(tabell 1)", "figur 10-13", "vedleggstabell 8": a pointer into the report, not an amount.
# "kapittel 3.3", "pkt. 3.2.1", "§ 7", "1/5 2008", "1.4.2009": a clause or a date, not an amount either.
_REFERENCE_NUMBER_RE = re.compile(
    r"\b(?:vedleggs)?(?:tabell|figur)(?:ene|en)?\s+\d+(?:\s*[-–]\s*\d+)?(?:\s+og\s+\d+)?\b"
    r"|(?:\b(?:kapittel|kap\.|pkt\.|punkt)|§)\s*\d+(?:\.\d+)*\.?"
    r"|(?<![\d.,/])\d{1,2}/\d{1,2}(?![\d/])|(?<![\d.,])\d{1,2}\.\d{1,2}\.(?:(?:19|20)\d\d|\d\d)\b",
    re.IGNORECASE,
)
# A footnote's mark: at the start of its text ("2 Hovedtariffavtalen (HTA) …") or glued to a word or a year
# ("KS-tiltak41", "møtebok del V5", "2008 til 20102").
_FOOTNOTE_MARK_RE = re.compile(r"^\s*\d{1,2}\s+(?=[A-ZÆØÅ])|(?<=[^\W\d_])\d{1,2}\b|(?<=\b(?:19|20)\d\d)\d{1,2}\b")


def _amount_text(sentence: str) -> str:
    """The sentence as its numbers are read: a list item's enumerator ("2.") counts nothing (rule 'list-mark-no-amount').

    >>> _amount_text("2. Ledelsesutviklingsprogram 2010: Krefter i bevegelse")
    'Ledelsesutviklingsprogram 2010: Krefter i bevegelse'
    """
    if rules.enabled("reference-no-amount"):
        sentence = _FOOTNOTE_MARK_RE.sub(" ", _REFERENCE_NUMBER_RE.sub(" ", sentence))
    return strip_list_mark(sentence) if rules.enabled("list-mark-no-amount") else sentence


def _paragraph(s: Sentence) -> str:
    """The paragraph of its passage the sentence stands in ("Fagstigen …. For hvert trinn gis …")."""
    return paragraph_around(s.hit.chunk.text, s.sentence)[0] or s.sentence


def unanswerable_reason(
    question: str,
    *,
    lang: str,
    hits: Sequence[Hit],
    sentences: Sequence[Sentence],
    corpus: str,
    terms: Mapping[str, float],
    source_free: str = "",
    top_similarity: float = 1.0,
    split: Callable[[str], Sequence[str]] = lambda word: (),
    asked_in: str = "nb",
) -> str:
    """Why the sources cannot answer ``question``, or "" (checked after the coverage threshold).

    ``sentences`` are the candidate sentences of the retrieved ``hits``; ``corpus`` is all indexed text
    in lower case; ``terms`` are the question's idf-weighted terms; ``source_free`` is the question without
    the words naming its source ("ifølge SKUP 2010–2013"), whose years and numbers need not be in the answer;
    ``asked_in``: the language the user wrote the question in (``question`` may be its bokmål search form).
    """
    source_free = source_free or question
    names = [
        m.group(0)
        for m in _NAME_RE.finditer(question)
        if m.start() > 0 and question[m.start() - 2 : m.start()].strip() not in SENTENCE_ENDS
    ]
    names += _QUOTED_RE.findall(question)
    retrieved = " ".join(" ".join(index_text(h.chunk) for h in hits).split())  # headings and titles count (they name clauses too)
    if rules.enabled("names-in-sources"):
        if rules.enabled("table-label-names"):
            # The curated tables name what the report prints cut short ("Møre og Roms"): a name that
            # is a row or column label there is in the sources.
            from assistant.tables import label_text

            labels = label_text()
            names = [n for n in names if n.lower() in corpus or not re.search(rf"(?<!\w){re.escape(n.lower())}(?!\w)", labels)]
        unknown = [n for n in names if n.lower() not in corpus and n.lower().rstrip("s") not in corpus]
        unknown += [a for a in _ACRONYM_RE.findall(question) if not re.search(rf"(?<!\w){a.lower()}(?!\w)", corpus)]
        if unknown:
            return f"not in the sources: {', '.join(unknown)}"
        lowered = retrieved.lower()
        unseen = [n for n in names if n.lower() not in lowered and n.lower().rstrip("s") not in lowered]
        if unseen:
            return f"no retrieved passage mentions {', '.join(unseen)}"
    english = lang == "en"
    if not english and top_similarity < ABSENT_SIMILARITY and rules.enabled("absent-topic"):
        word = absent_topic(question, corpus, sentences, split)
        if word:
            return f"the sources never write '{word}'"
    if asked_in == "en" and rules.enabled("english-source-term"):
        # "the night-work supplement (nattillegg)": the Norwegian term the user gives must be in the sources
        for term in _GIVEN_TERM_RE.findall(question):
            word = absent_topic(f" {term.lower()} ", corpus, sentences, split)
            if word:
                return f"the sources never write '{word}'"
    # The question's rarest words say what it is about ("poeng", "sykefravær", "mastergrad").
    asked = (
        QUANTITY_RE.search(question)
        or (_WHICH_FIGURE_RE.search(question) if rules.enabled("which-figure") else None)
        or (_AVERAGE_QUESTION_RE.search(question) if rules.enabled("average-question") else None)
    )
    # "stor" of "hvor stor" is not a topic; the noun of "hvilken svarprosent" is.
    asking = asked.group(0).lower().split()[1:] if asked and asked.re is QUANTITY_RE else []
    topic = {
        t: w
        for t, w in terms.items()
        if not t.isdigit()
        and t not in {m.lower() for m in MUNICIPALITIES}
        and t not in _AMOUNT_WORDS
        and not any(word.startswith(t) for word in asking)
    }
    top = max(topic.values(), default=0.0)
    rarest = frozenset(t for t, w in topic.items() if w >= top - RAREST_MARGIN)
    topical = frozenset(t for t, w in topic.items() if w >= TOPICAL_IDF)
    if asked and rules.enabled("number-question"):
        pattern = _DURATION_RE if asked.group(0).lower().split()[-1] in _DURATION_WORDS else _AMOUNT_RE
        named = named_municipalities(question) if rules.enabled("municipality-number") else []
        if pattern is _AMOUNT_RE and _MONEY_QUESTION_RE.search(question) and rules.enabled("money-question"):
            pattern = _MONEY_RE  # "Hvor mye er budsjettert …?" is not answered by "de fire kommunalavdelingene"
        unit = _UNIT_QUESTION_RE.search(question) if rules.enabled("unit-question") else None
        unit_re = None
        if unit:
            stem = unit.group(1).lower()
            stem = r"(?:kr\.?|kroner)" if stem == "kron" else r"(?:prosent|%)" if stem == "prosent" else rf"\w*{stem}"
            unit_re = re.compile(rf"{_number_then(stem).pattern}|\bkr\.?\s*\d", re.IGNORECASE)
        participants = bool(_PARTICIPANTS_QUESTION_RE.search(question)) and rules.enabled("participation")
        counted = counted_noun(question) if rules.enabled("counted-noun") else ""
        if _counted_word(question).startswith(_KIND_WORDS) or participants or unit:
            counted = ""  # "kategorier" ~ "grupper"; participants and units have their own rules
        # "… gjennomføres 5 samlinger": the number counts what the question counts, so it is on its topic
        # (unless that is as common a word as "ansatte").
        specific = counted and any(t.startswith(counted) or counted.startswith(t) for t in topical)
        counted_re = counting(counted) if specific else None
        # A table cell is read with its row ("Verneombudskurs i kommunal regi … 40 timer … 20.000.-").
        rows = {id(s): table_row(s.hit.chunk.text, s.sentence, whole=False) or s.sentence for s in sentences[:ROW_TOP]} if rules.enabled("table-row-number") else {}
        numeric = [
            s
            for s in sentences
            if pattern.search(_amount_text(rows.get(id(s), s.sentence)))
            and (unit_re is None or unit_re.search(rows.get(id(s), s.sentence)))
            and (not participants or _PARTICIPANTS_RE.search(s.sentence))
            and (not counted or counted in s.sentence.lower() or _SHARE_RE.search(s.sentence))
            and not (counted and rules.enabled("number-counts-noun") and not _SHARE_RE.search(s.sentence) and counts_other(_amount_text(s.sentence), counted))
            and (len(named) != 1 or about(s.hit.chunk, s.sentence, named[0]))
            and (
                on_topic(s, QUANTITY_SIMILARITY, english, rarest, topical)
                or (counted_re and counted_re.search(s.sentence))
                # a table cell has no room for the question's other words: one of its topic words puts it on topic
                or (rows.get(id(s), s.sentence) != s.sentence and bool(s.terms & topical))
            )
        ]
        if pattern is _MONEY_RE and asked.group(0).lower().split()[-1] in _PRICE_WORDS and rules.enabled("money-names-thing"):
            # "Hva koster halvdagskurset …?" is not answered by another course's "20.000" in a table of courses.
            # The words that ask about money ("penger", "kostet") name no thing.
            def names_thing(t: str) -> bool:
                return not _MONEY_QUESTION_RE.search(t) and not any(t.startswith(m) or m.startswith(t) for m in (*_MONEY_STEMS, *asking))

            thing = {t for t in rarest if names_thing(t)} or {t for t in topical if names_thing(t)}
            if thing:
                numeric = [s for s in numeric if any(t in f"{rows.get(id(s), s.sentence)} {_paragraph(s)}".lower() for t in thing)]
        # "Hvor mange deltok i Geriatriløft Drammen?": the number must be said about the programme it names.
        proper = [w.lower() for w in _PROPER_RE.findall(question) if not named_municipalities(w)] if rules.enabled("programme-number") else []
        numeric = [s for s in numeric if all(w[: max(5, len(w) - 2)] in _paragraph(s).lower() for w in proper)]
        if asked.re is _AVERAGE_QUESTION_RE:
            # "gjennomsnittlig alder": the number must be said of the averaged noun, not of "stillingsstørrelsen".
            noun = re.match(r"\s*(?:(?:den|det|the)\s+)?([a-zæøå]{4,})", question[asked.end() :].lower())
            if noun and not any(a in noun.group(1) for a in _AMOUNT_WORDS):  # "andelen", "stillingsprosenten": a figure's own name
                numeric = [s for s in numeric if noun.group(1)[:5] in rows.get(id(s), s.sentence).lower()]
        if not numeric:
            where = f" about {named[0]}" if len(named) == 1 else ""
            return f"asks for a number, and no sentence{where} with a number is about the question"
    members = rules.enabled("members-question") and _MEMBERS_QUESTION_RE.search(question)
    if rules.enabled("name-question") and (_NAME_QUESTION_RE.search(question) or members):
        naming = list(sentences[:NAME_TOP])
        role = _ROLE_QUESTION_RE.search(question) if rules.enabled("name-of-role") else None
        if role:  # the name must be said of the role, there: "Buskerud fylke" names no personaldirektør
            stem, named = role.group(1).lower(), named_municipalities(question)
            naming = [
                s for s in sentences if stem in s.sentence.lower() and (len(named) != 1 or about(s.hit.chunk, s.sentence, named[0]))
            ][:NAME_TOP]
        if not any(_names_one(s.sentence, question, retrieved) for s in naming):
            return "asks for a name, and none of the best sentences names one"
    written = max((int(h.chunk.meta["year"]) for h in hits if str(h.chunk.meta.get("year", "")).isdigit()), default=0)
    for year in re.findall(r"\b(?:19|20)\d\d\b", source_free):
        if written and int(year) > written and _PAST_RE.search(source_free) and rules.enabled("after-sources-year"):
            return f"asks what happened in {year}; the sources were written in {written}"
        if not rules.enabled("year-on-topic"):
            continue
        dated = (s for s in sentences if year in f"{s.sentence} {s.hit.chunk.title} {s.hit.chunk.section_path}")  # "## HTA 2008–2010 …"
        if not any(on_topic(s, YEAR_SIMILARITY, english, rarest, topical) for s in dated):
            return f"no sentence about the question mentions {year}"
    return ""
