"""Search bokmål sources with English and nynorsk questions: a bokmål search form of the question.

The sources are bokmål. BM25 (Norwegian stems) and the term coverage that ranks sentences and decides
refusal match words, so an English question ("What did Bærum do about the competence account?")
matched only "Bærum" and was answered from whatever Bærum passage the dense half liked. The search
form replaces each English word or phrase the glossary knows (:mod:`assistant.glossary`, built from
the corpus's vocabulary) by its bokmål word, joins adjacent translated nouns into the corpus's
compound when the corpus has it ("competence account" -> "kompetansekonto"), drops English function
words the glossary does not know, and keeps names, numbers and unknown words as written. The answer
still quotes the Norwegian sources and speaks the question's language. Nynorsk goes through
:func:`assistant.language.nynorsk_to_bokmal`.

    >>> to_bokmal("What did Bærum do about the competence account?", "en", {"kompetansekonto"})
    'hva gjorde Bærum med kompetansekonto?'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from assistant import rules
from assistant.glossary import CORPUS_WORDS, GENERAL, GLOSSARY
from assistant.language import detect_language, nynorsk_to_bokmal
from assistant.municipality import MUNICIPALITIES

_M = "assistant.crosslingual"
rules.register(
    "english-glossary", kind="pattern", module=_M,
    what="an English question is searched and ranked with the bokmål words of a glossary of the corpus's vocabulary",
)
rules.register(
    "english-compounds", kind="pattern", module=_M,
    what="adjacent translated English nouns become the corpus's bokmål compound ('competence account' -> 'kompetansekonto')",
)
rules.register(
    "crosslingual-units", kind="pattern", module=_M, found_on=("dev",),
    what="an English or nynorsk question's kind (parts, false premise, on-topic quotes) is read from its bokmål search form",
)
rules.register(
    "english-general-words", kind="pattern", module=_M, found_on=("b18",),
    what="an English question's everyday words (verbs, adjectives: 'describe', 'largest', 'set aside') are read in the bokmål the sources write, not only its domain terms",
)
rules.register(
    "english-corpus-words", kind="pattern", module=_M, found_on=("b24",),
    what="an English question's words are read with the rest of the corpus's vocabulary (every bokmål word in two "
    "or more passages: 'safety representative' -> verneombud, 'committee' -> utvalg), not only its most common words",
)
rules.register(
    "english-word-forms", kind="pattern", module=_M, found_on=("b18",),
    what="English word forms are read as their base ('mapped' -> map, 'applied' -> apply), a hyphenated English word as its parts ('30-credit', 'two-tier'), 'isn't' as 'is not', and an English number as the sources write it ('1,000' -> 1000)",
)
rules.register(
    "english-possessive", kind="pattern", module=_M, found_on=("b18",),
    what="the holder of an office in a municipality is named as bokmål names it ('Bærum's HR director' -> "
    "'personaldirektør i Bærum'), so the role stands next to the question word ('hva heter personaldirektør …')",
)
rules.register(
    "crosslingual-refusal", kind="pattern", module=_M, found_on=("b18",),
    what="an English question's refusal checks (a number, a year on the question's topic) read its bokmål search form "
    "as they read a bokmål question: sentences on topic share its words, not only its meaning",
)
rules.register(
    "english-counted-plural", kind="pattern", module=_M, found_on=("b25",),
    what="the noun an English 'how many' counts is read in the plural the sources write ('how many engineers' -> "
    "'hvor mange ingeniører', not 'ingeniør'), so the refusal check knows what is counted",
)
rules.register(
    "nynorsk-search", kind="pattern", module=_M,
    what="a nynorsk question is searched and ranked in bokmål words (the sources' language)",
)

# English question and function words, in the bokmål that a question would use (so the refusal and
# how-to checks read them as they read a bokmål question); words mapped to "" are dropped.
FUNCTION_WORDS: dict[str, str] = {
    "how many": "hvor mange", "how much": "hvor mye", "how often": "hvor ofte", "how long": "hvor lenge",
    "how large": "hvor stor", "how big": "hvor stor", "how high": "hvor høyt", "how far": "hvor langt",
    "what share": "hvor stor andel", "what proportion": "hvor stor andel", "what percentage": "hvor stor andel",
    "at all": "i det hele tatt", "at all levels": "på alle nivåer", "above all": "først og fremst",
    "what is the name of": "hva heter", "what was the name of": "hva het", "what are the names of": "hva heter",
    "what kind of": "hva slags", "what sort of": "hva slags", "what type of": "hva slags",
    "according to": "ifølge", "compared with": "sammenlignet med", "compared to": "sammenlignet med",
    "what": "hva", "which": "hvilke", "how": "hvordan", "why": "hvorfor", "when": "når", "who": "hvem",
    "whom": "hvem", "where": "hvor", "whose": "hvem sin", "should": "bør", "we": "vi", "us": "oss",
    "our": "vår", "did": "gjorde", "do": "gjøre", "does": "gjør", "about": "med", "in": "i", "of": "",
    "and": "og", "or": "eller", "not": "ikke", "no": "ikke", "for": "for", "with": "med", "without": "uten",
    "from": "fra", "to": "til", "on": "på", "at": "på", "by": "av", "between": "mellom", "before": "før",
    "after": "etter", "than": "enn", "also": "også", "only": "bare", "all": "alle", "every": "hver",
    "each": "hver", "many": "mange", "much": "mye", "more": "mer", "most": "flest", "new": "ny",
    "other": "andre", "own": "egen", "same": "samme", "two": "to", "three": "tre", "four": "fire",
    "five": "fem", "six": "seks", "one": "en", "across": "i", "say about": "sier om", "says about": "sier om", "there": "det", "they": "de", "them": "dem", "their": "deres",
    "it": "det", "its": "sin", "this": "dette", "that": "at", "these": "disse", "those": "de",
    "you": "man", "your": "din", "i": "jeg", "is": "er", "are": "er", "was": "var", "were": "var",
    "be": "være", "been": "vært", "being": "", "has": "har", "have": "har", "had": "hadde", "get": "få",
    "got": "fikk", "give": "gi", "gave": "ga", "make": "lage", "made": "laget", "will": "skal",
    "would": "ville", "can": "kan", "could": "kunne", "must": "må", "may": "kan", "say": "si",
    "says": "sier", "said": "sa", "the": "", "a": "", "an": "", "any": "noen", "some": "noen",
    "up": "", "out": "", "into": "i", "as": "som", "so": "så", "if": "hvis", "per": "per",
    "year": "år", "years": "år", "total": "totalt", "go": "gå", "goes": "går", "set": "sette",
    "take": "ta", "taken": "tatt", "took": "tok", "use": "bruke", "used": "brukt", "uses": "bruker", "meant": "",
    "since": "siden", "until": "til", "during": "under", "while": "mens", "because": "fordi", "through": "gjennom",
    "among": "blant", "within": "innen", "already": "allerede", "still": "fortsatt",
}

# Acronyms written in capitals that are English words in lower case ("IT" is not "it"); any other word
# in capitals is a name or an acronym of the sources (SKUP, KS, HMS) and is never read as a function word.
ACRONYMS: dict[str, str] = {"IT": "IKT", "ICT": "IKT", "AI": "KI", "HR": "personal", "HSE": "HMS", "FTE": "årsverk"}


def _is_acronym(token: str) -> bool:
    return len(token) >= 2 and token.isupper()


_TABLE_OF_RE = re.compile(r"\b((?:appendix\s+)?(?:table|figure)\s+\d+)\s+(?:of|in)\s+the\s+report(?:'s)?\b", re.IGNORECASE)
_LEAD_IN_RE = re.compile(
    r"^((?:according to|in|at|for|from|within|during|under)\s[^,?]{3,80}),\s+"
    r"((?:what|which|how|who|whom|whose|when|where|why|is|are|was|were|does|do|did|has|have|can|should)\b[^?]*\??)\s*$",
    re.IGNORECASE,
)
_TABLE_REF_RE = re.compile(r"\b(?:table|figure|appendix)\b", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*|[^\w\s]", re.UNICODE)
# A number is one token (1.1.2008, 2005-2009, 1,000), so it is not rejoined as "1. 1. 2008".
_NUMBER_FIRST_RE = re.compile(r"\d+(?:[.,:/–-]\d+)*(?:-[^\W\d_]+)*|" + _WORD_RE.pattern, re.UNICODE)
# English writes thousands with commas ("1,000", "33,215") and decimals with a point ("7.4 per cent");
# the sources write "1000" / "33 215" and "7,4 prosent". A point is a decimal only before a share: "pkt. 5.3"
# is a clause and "10.2.1" a section.
_THOUSANDS_RE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")
_DECIMAL_RE = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?=\s*(?:%|per\s?cent|percent|percentage))", re.IGNORECASE)
_NEGATION_RE = re.compile(r"\b(ca|wo|do|does|did|is|are|was|were|has|have|had|should|would|could|must)n['’]t\b", re.IGNORECASE)
_NEGATED = {"ca": "can", "wo": "will"}
_MAX_PHRASE = 5
# A municipality's English possessive ("Bærum's HR director") is bokmål's "personaldirektør i Bærum": the
# question's role or document stands next to its question word ("hva heter personaldirektør …").
_POSSESSIVE = "\x00"
_GENITIVE = "\x01"
# The holder of an office (bokmål names one "personaldirektøren i Bærum"); a document stays "Sørum plan".
_ROLE_RE = re.compile(r"(?:direktør|leder|sjef|rådmann|ordfører|koordinator|tillitsvalgt|politiker)$")
# English words that are a noun and a verb; the bokmål noun ("andel") would make the question ask for a
# figure, so after a plural subject, a pronoun or "to" the verb is read ("Which municipalities share …?").
VERB_READINGS: dict[str, str] = {
    "share": "deler", "need": "trenger", "cost": "koster", "plan": "planlegger", "report": "rapporterer", "measure": "måler",
    "recruit": "rekruttere", "last": "varer", "work": "arbeider",
}
_SUBJECTS = frozenset({"they", "we", "you", "i", "to", "who", "that", "it", "he", "she"})
# Bokmål adjectives and their plural, for an English adjective before a plural noun ("small municipalities"
# -> "små kommuner", as the sources and their tables write it); the rest take "-e".
_PLURAL_ADJECTIVES = {"liten": "små", "annen": "andre", "egen": "egne"}
_ADJECTIVES = frozenset(
    {
        "liten", "annen", "egen", "stor", "ny", "god", "lokal", "viktig", "dyktig", "privat", "offentlig",
        "vanskelig", "intern", "ekstern", "formell", "uformell", "strategisk", "overordnet", "felles",
        "regional", "sentral", "høy", "lav", "kort", "lang",
    }
)
_LINKS = ("", "s", "e")


def english_base(word: str) -> list[str]:
    """Candidate base forms of an English word, the word itself first ("policies" -> policy).

    >>> english_base("employees")[:2], english_base("Sørum's")
    (['employees', 'employee'], ['sørum'])
    """
    w = re.sub(r"['’]s?$", "", word.lower())
    out = [w]
    if w.endswith("ies") and len(w) > 4:
        out.append(w[:-3] + "y")
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        out.append(w[:-1])
    if w.endswith("es") and len(w) > 4:
        out.append(w[:-2])
    if w.endswith("ed") and len(w) > 4:
        out += [w[:-2], w[:-1]]
    if w.endswith("ing") and len(w) > 5:
        out += [w[:-3], w[:-3] + "e"]
    if rules.enabled("english-word-forms"):
        if w.endswith("ied") and len(w) > 4:
            out.append(w[:-3] + "y")  # applied -> apply
        for end in ("ed", "ing"):  # a doubled final consonant: mapped -> map, planning -> plan
            stem = w[: -len(end)]
            if w.endswith(end) and len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                out.append(stem[:-1])
    return out


def english_glossary() -> dict[tuple[str, ...], str]:
    """English word sequence (base forms, lower case) -> bokmål word; the first line listing it wins
    (the domain terms of :data:`GLOSSARY`, then the everyday words of :data:`GENERAL`)."""
    return _glossary(rules.enabled("english-general-words"), rules.enabled("english-corpus-words"))


@lru_cache(maxsize=4)
def _glossary(general: bool, corpus: bool = False) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    text = GLOSSARY.strip() + ("\n" + GENERAL.strip() if general else "")
    if general and corpus:
        text += "\n" + CORPUS_WORDS.strip()
    for line in text.splitlines():
        bokmal, _, english = line.partition(":")
        for phrase in english.split(","):
            key = tuple(re.sub(r"['’]s?$", "", w.lower()) for w in _WORD_RE.findall(phrase.strip()) if w[0].isalnum())
            if key and key not in table:
                table[key] = bokmal.strip()
    return table


def _lookup(words: list[str]) -> str | None:
    table = english_glossary()
    key = tuple(words[:-1]) + (words[-1],)
    if key in table:
        return table[key]
    for base in english_base(words[-1])[1:]:
        if (alt := tuple(words[:-1]) + (base,)) in table:
            return table[alt]
    return None


def _compound(a: str, b: str, vocabulary: Iterable[str] | frozenset[str]) -> str | None:
    """The corpus's compound of two bokmål words, if it writes one ("kompetanse" + "konto")."""
    if " " in a or " " in b or not a.isalpha() or not b.isalpha():
        return None
    for link in _LINKS:
        joined = f"{a.lower()}{link}{b.lower()}"
        stems = [joined]
        if rules.enabled("english-word-forms") and re.search(r"[^aeiouyæøå]e[lnr]$", joined):
            stems.append(joined[:-2] + joined[-1])  # eksempel -> eksemplene, middel -> midlene: the "e" goes
        if any(v.startswith(s) and len(v) - len(s) <= 3 for s in stems for v in _prefixed(vocabulary, joined[:6])):
            return joined
    return None


# The last vocabulary read and its words by six-letter prefix. The vocabulary object itself is held (and
# compared with ``is``), not its id: a freed vocabulary's id can be reused by the next one.
_PREFIX_CACHE: list[tuple[Any, dict[str, list[str]]]] = []


def _prefixed(vocabulary: Any, prefix: str) -> list[str]:
    last = _PREFIX_CACHE[-1] if _PREFIX_CACHE else None  # read once: another thread may replace it meanwhile
    if last is not None and last[0] is vocabulary:
        table = last[1]
    else:
        table = {}
        for v in vocabulary:
            table.setdefault(v[:6], []).append(v)
        _PREFIX_CACHE[:] = [(vocabulary, table)]
    return table.get(prefix, [])


def _verb_reading(token: str, prev: str, position: int) -> str | None:
    """The bokmål verb of an English noun/verb word read as a verb: after a pronoun, "to", a plural noun or a
    name ("does Alta measure", "it needs"), or None.

    >>> _verb_reading("measure", "Alta", 3), _verb_reading("needs", "it", 4), _verb_reading("measures", "the", 2)
    ('måler', 'trenger', None)
    """
    word = token.lower()
    base = word if word in VERB_READINGS else word[:-1] if word.endswith("s") and word[:-1] in VERB_READINGS else ""
    if not base or prev.endswith(("'s", "’s")):
        return None
    low = prev.lower()
    subject = low in _SUBJECTS and (base == word or low in ("it", "he", "she", "who", "that"))
    plural = base == word and _plural_word(low)
    name = base == word and position > 1 and prev[:1].isupper() and low not in FUNCTION_WORDS
    return VERB_READINGS[base] if subject or plural or name else None


def _bokmal_plural(noun: str, vocab: set[str] | frozenset[str]) -> str:
    """The plural the sources write of a bokmål noun ("ingeniør" -> "ingeniører", "time" -> "timer"), else the noun.

    >>> _bokmal_plural("ingeniør", frozenset({"ingeniører"})), _bokmal_plural("leder", frozenset({"ledere"})), _bokmal_plural("kurs", frozenset())
    ('ingeniører', 'ledere', 'kurs')
    """
    if " " in noun or noun.endswith("ere"):
        return noun
    ends = ("e",) if noun.endswith("er") else ("er", "r", "e")  # an agent noun: "leder" -> "ledere"
    return next((noun + end for end in ends if noun + end in vocab), noun)


def _plural_word(word: str) -> bool:
    """Whether a lower-case English word is the plural of a noun the glossary knows ("municipalities", "leaders").

    >>> _plural_word("municipalities"), _plural_word("leaders"), _plural_word("does"), _plural_word("process")
    (True, True, False, False)
    """
    if not word.endswith("s") or word.endswith("ss") or word in FUNCTION_WORDS or len(word) < 4:
        return False
    singulars = [word[:-1]] + ([word[:-3] + "y"] if word.endswith("ies") else []) + ([word[:-2]] if word.endswith("es") else [])
    return any((w,) in english_glossary() for w in singulars)


@lru_cache(maxsize=4)
def _phrase_starts(general: bool, corpus: bool = False) -> frozenset[str]:
    return frozenset(key[0] for key in _glossary(general, corpus) if len(key) > 1)


def _hyphen_parts(token: str, vocabulary: set[str] | frozenset[str]) -> list[str]:
    """A hyphenated English word the glossary and the sources do not know, as its parts ("30-credit" ->
    30, credit; "two-tier" -> two, tier); names (Sør-Trøndelag, KS-tiltak) and known words stay whole.

    >>> _hyphen_parts("30-credit", frozenset()), _hyphen_parts("part-time", frozenset()), _hyphen_parts("Sør-Trøndelag", frozenset())
    (['30', 'credit'], ['part-time'], ['Sør-Trøndelag'])
    """
    if "-" not in token or token[0].isupper() or token[0] == "-" or token.lower() in vocabulary:
        return [token]
    if token.lower() in FUNCTION_WORDS or _lookup([token.lower()]) is not None:
        return [token]
    if token.lower() in _phrase_starts(rules.enabled("english-general-words"), rules.enabled("english-corpus-words")):
        return [token]  # "non-formal competence" is a glossary phrase
    return [p for p in token.split("-") if p]


def english_to_bokmal(question: str, vocabulary: Iterable[str] = frozenset()) -> str:
    """The bokmål search form of an English question (see the module docstring).

    >>> english_to_bokmal("In Table 12 of the report, which method is used?")
    'i tabell 12, hvilke metode er brukt?'
    >>> english_to_bokmal("According to Bærum's SKUP, who is responsible?")
    'hvem er ansvar, ifølge Bærum SKUP?'
    """
    if rules.enabled("english-glossary"):
        # "Table 12 of the report": a table is named by its number, so the report's name adds nothing
        # and would hide the leading table reference ("I Tabell 12, …") that says where to look.
        question = _TABLE_OF_RE.sub(r"\1", question)
        # "According to Bærum's SKUP, what …?": a leading phrase says where to look and asks nothing, so it
        # goes after the question, as bokmål writes it ("Hva …, ifølge SKUP?"): read first it was taken
        # for a part of its own. A leading table reference stays (it is read where it stands).
        m = _LEAD_IN_RE.match(question)
        if m and not _TABLE_REF_RE.search(m.group(1)):
            question = f"{m.group(2)[:1].upper()}{m.group(2)[1:].rstrip(' ?')}, {m.group(1)[:1].lower()}{m.group(1)[1:]}?"
    vocab = vocabulary if isinstance(vocabulary, (set, frozenset)) else frozenset(vocabulary)
    forms = rules.enabled("english-word-forms")
    if forms:
        question = _THOUSANDS_RE.sub(lambda m: m.group(0).replace(",", ""), question)
        question = _DECIMAL_RE.sub(r"\1,\2", question)
        question = _NEGATION_RE.sub(lambda m: _NEGATED.get(m.group(1).lower(), m.group(1)) + " not", question)
    tokens = (_NUMBER_FIRST_RE if forms else _WORD_RE).findall(question)
    if forms:
        tokens = [part for tok in tokens for part in _hyphen_parts(tok, vocab)]
    out: list[tuple[str, bool]] = []  # (text, translated noun)
    plural: set[int] = set()  # positions in ``out`` of translated English plural nouns
    readings = rules.enabled("english-general-words")
    auxiliary = False  # a "did/does/do" of this clause has been read
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not tok[0].isalnum():
            out.append((tok, False))
            auxiliary = auxiliary and tok not in "?.,;:!"
            i += 1
            continue
        done = False
        for n in range(min(_MAX_PHRASE, len(tokens) - i), 0, -1) if rules.enabled("english-glossary") else ():
            words = [re.sub(r"['’]s?$", "", t.lower()) for t in tokens[i : i + n]]
            if not all(t[0].isalnum() for t in tokens[i : i + n]):
                continue
            hit = ACRONYMS.get(tok) if n == 1 and tok in ACRONYMS else _lookup(words)
            phrase = " ".join(words)
            prev = tokens[i - 1] if i else ""
            if n == 1 and readings and (verb := _verb_reading(tok, prev, i)):
                out.append((verb, False))
            elif hit is not None:
                if readings and _plural_word(words[-1]) and tokens[i + n - 1].islower():
                    plural.add(len(out))
                if re.search(r"['’]s$", tokens[i + n - 1]) and " " not in hit and rules.enabled("english-possessive"):
                    hit += _GENITIVE  # made bokmål's definite genitive below, unless it joins a compound
                out.append((hit, True))
            elif phrase in FUNCTION_WORDS and not any(_is_acronym(t) for t in tokens[i : i + n]) and not (
                phrase == "i" and tok == "i" and forms  # English writes "I"; a lower-case "i" is Norwegian ("Krefter i bevegelse")
            ):
                if phrase == "do" and auxiliary:
                    pass  # "What did Bærum do about …": the auxiliary already says "gjorde"
                elif FUNCTION_WORDS[phrase]:
                    out.append((FUNCTION_WORDS[phrase], False))
                auxiliary = auxiliary or phrase in ("did", "does", "do")
            else:
                continue
            i += n
            done = True
            break
        if not done:
            name = re.sub(r"['’]s$", "", tok)
            if name != tok and name in MUNICIPALITIES and rules.enabled("english-possessive"):
                name = _POSSESSIVE + name  # "Bærum's HR director": placed after what it owns (below)
            out.append((name, False))  # names, numbers, words we do not know
            i += 1
    if readings:
        for k in sorted(plural):
            j = k - 1
            while j >= 0 and out[j][0] in ("'", "’", "‘", '"', "«"):
                j -= 1  # "'fairly small' municipalities"
            if j >= 0 and out[j][0] in _ADJECTIVES:
                adjective = out[j][0]
                out[j] = (_PLURAL_ADJECTIVES.get(adjective, adjective if adjective.endswith("e") else adjective + "e"), out[j][1])
            if k and out[k - 1][0] == "hvor mange" and rules.enabled("english-counted-plural"):
                out[k] = (_bokmal_plural(out[k][0], vocab), out[k][1])
    if rules.enabled("english-compounds"):
        merged: list[tuple[str, bool]] = []
        for text, noun in out:
            if noun and merged and merged[-1][1] and (joined := _compound(merged[-1][0].rstrip(_GENITIVE), text, vocab)):
                merged[-1] = (joined, True)
            else:
                merged.append((text, noun))
        out = merged
    for k, (text, noun) in enumerate(out):
        if text.endswith(_GENITIVE):
            # "the municipality's vocational school": bokmål's definite genitive, when the sources write it
            word = text[:-1]
            genitive = word + ("ns" if word.endswith("e") else "ens")
            out[k] = (genitive if genitive in vocab else word, noun)
    placed: list[tuple[str, bool]] = []
    for k, (text, noun) in enumerate(out):
        if text.startswith(_POSSESSIVE):
            nxt = out[k + 1] if k + 1 < len(out) else ("", False)
            if nxt[1] and _ROLE_RE.search(nxt[0]):
                placed.append((f"{nxt[0]} i {text[1:]}", True))  # "personaldirektøren i Bærum", as bokmål says it
                out[k + 1] = ("", False)
            else:
                placed.append((text[1:], noun))
        elif text:
            placed.append((text, noun))
    return _joined([t for t, _ in placed])


_OPENING, _CLOSING, _EITHER = frozenset("«“‘("), frozenset("»”’)?.!,:;"), frozenset("'\"")


def _joined(tokens: list[str]) -> str:
    """The tokens as text, punctuation against its word and a quotation mark against what it quotes
    ("i 'Flink med folk' program", not "i ' Flink med folk ' program", whose lone marks the checks
    read as words of their own).

    >>> _joined(["i", "'", "Flink", "med", "folk", "'", "program", "?"])
    "i 'Flink med folk' program?"
    """
    out: list[str] = []
    glue, open_marks = True, set()
    for tok in tokens:
        if tok in _EITHER and tok in open_marks:
            open_marks.discard(tok)
            closing = True
        else:
            closing = tok in _CLOSING
        out.append(tok if glue or closing else " " + tok)
        glue = tok in _OPENING or tok in _EITHER and not closing
        if glue and tok in _EITHER:
            open_marks.add(tok)
    return "".join(out).strip()


def to_bokmal(text: str, lang: str, vocabulary: Iterable[str] = frozenset()) -> str:
    """The bokmål search form of a question in ``lang`` ("en", "nn"; bokmål is returned as it is)."""
    if lang == "en" and (rules.enabled("english-glossary") or rules.enabled("english-compounds")):
        return english_to_bokmal(text, vocabulary)
    if lang == "nn" and rules.enabled("nynorsk-search"):
        return nynorsk_to_bokmal(text, vocabulary)
    return text


# The last index read, its passage count and its words; the index itself is held (compared with ``is``), as
# a freed index's id can be reused by the next one.
_VOCAB: list[tuple[Any, int, frozenset[str]]] = []


def corpus_vocabulary(index: Any) -> frozenset[str]:
    """Every lower-case word of the indexed passages (cached per index and passage count)."""
    chunks = index.chunks()
    last = _VOCAB[-1] if _VOCAB else None  # read once: another thread may replace it meanwhile
    if last is not None and last[0] is index and last[1] == len(chunks):
        return last[2]
    words = frozenset(w.lower() for c in chunks.values() for w in re.findall(r"[^\W\d_]{3,}", c.text))
    _VOCAB[:] = [(index, len(chunks), words)]
    return words


def asked_alone(index: Any, prepared: Any) -> bool:
    """Whether ``prepared.standalone`` is the question's own words (in bokmål for an English or nynorsk
    question), not a follow-up read with the question before it: the question-type mechanisms (parts,
    lists, on-topic quotes) read the bokmål search form of a question asked on its own as they read a
    bokmål question.

    >>> class P: question = standalone = "Hva er Fagstigen?"
    >>> asked_alone(None, P)
    True
    """
    if prepared.standalone == prepared.question:
        return True
    if not rules.enabled("crosslingual-units"):
        return False
    lang = detect_language(prepared.question)
    if lang not in ("en", "nn") or index is None:
        return False
    return prepared.standalone == to_bokmal(prepared.question, lang, corpus_vocabulary(index))


def refusal_language(lang: str) -> str:
    """The language the refusal checks read a question in: an English question's search form is bokmål
    words (rule 'crosslingual-refusal'), so it is checked as a bokmål question is, by the words it shares
    with a sentence and not by the dense similarity alone (that was for English words, which share none).

    >>> refusal_language("en"), refusal_language("nb")
    ('nb', 'nb')
    """
    return "nb" if lang == "en" and rules.enabled("crosslingual-refusal") and rules.enabled("english-glossary") else lang


def reads_bokmal(prepared: Any) -> bool:
    """Whether the bokmål mechanisms may read ``prepared.standalone``: a bokmål question, or the bokmål
    search form of an English or nynorsk one (rule 'crosslingual-units')."""
    return prepared.lang == "nb" or rules.enabled("crosslingual-units")


def shown_parts(question: str, pieces: list[str]) -> list[str]:
    """The parts of a multi-part question as the user wrote them, when the question splits into as many
    parts in its own language as its bokmål search form did (``pieces``); else ``pieces``.

    >>> shown_parts("How many steps does Fagstigen have, and what does each give?", ["Hvor mange trinn har Fagstigen?", "Hva gir hver?"])
    ['How many steps does Fagstigen have?', 'What does each give?']
    """
    from assistant.parts import split_parts

    own = split_parts(question)
    return own if len(own) == len(pieces) else pieces


def premise_text(premise: Any, lang: str) -> str:
    """The false-premise sentence (:class:`assistant.premise.FalsePremise`) in the answer's language.

    >>> from types import SimpleNamespace as NS
    >>> premise_text(NS(thing="Fagstigen", asked="Halden", actual="Sørum", where="Haldens plan", said="", text=lambda: ""), "en")
    "The sources tie Fagstigen to Sørum; Halden's plan does not mention Fagstigen."
    """
    if lang != "en":
        return premise.text()
    if premise.said and premise.where.startswith("kildene om "):  # a statement said of another municipality
        return f"The sources say this about {premise.actual}, not about {premise.asked}."
    if premise.said:  # a year's premise
        return f"The sources say {premise.actual}, not {premise.asked}."
    if premise.where.endswith(" plan"):
        return f"The sources tie {premise.thing} to {premise.actual}; {premise.asked}'s plan does not mention {premise.thing}."
    return f"The sources tie {premise.thing} to {premise.actual}; the sources on {premise.asked} do not mention {premise.thing}."
