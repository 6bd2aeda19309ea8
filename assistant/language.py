"""Norwegian bokmål quality checks for generated text: spelling and language detection.

The spell checker combines three sources, because each alone is too strict or too lax:

* the Debian ``hunspell-no`` dictionary ``nb_NO`` (read with spylls), which is old and lacks
  common words such as "noen" and "poeng";
* an extra vocabulary: every word form in the corpus plus :data:`EXTRA_WORDS`;
* compound splitting (2–3 known parts, linking "s"/"e"), since Norwegian writes compounds
  as one word and no word list can hold them all.

Nothing is loaded at import; the dictionary (about 5 s to parse) is read on first use and shared.

    >>> checker = load_spellchecker(["Halden kommune har en kompetanseplan."])  # doctest: +SKIP
    >>> checker.check("Noen ansatte i Halden mangler kompetanseutviklingsplan [1].")  # doctest: +SKIP
    SpellReport(words=6, misspelt=())
    >>> checker.check("Komunnen har xyzzy.").misspelt  # doctest: +SKIP
    ('Komunnen', 'xyzzy')
    >>> detect_language("Korleis kan kommunen rekruttere fleire?")
    'nn'
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from assistant import rules

if TYPE_CHECKING:  # spylls is imported lazily: importing this module must stay cheap
    from spylls.hunspell import Dictionary

# --------------------------------------------------------------------------- dictionary

DICTIONARY_NAME = "nb_NO"
DICTIONARY_DIRS: tuple[str, ...] = ("/usr/share/hunspell", "/usr/share/myspell/dicts", "/usr/share/myspell")
MISSING_DICTIONARY = "Norwegian dictionary nb_NO not found: install hunspell-no (apt-get install hunspell-no)"


def find_dictionary(dirs: Iterable[str | Path] = DICTIONARY_DIRS) -> Path:
    """Return the path stem (no extension) of the nb_NO hunspell files, or raise RuntimeError.

    >>> find_dictionary()  # doctest: +SKIP
    PosixPath('/usr/share/hunspell/nb_NO')
    """
    for d in dirs:
        stem = Path(d) / DICTIONARY_NAME
        if stem.with_suffix(".dic").is_file() and stem.with_suffix(".aff").is_file():
            return stem
    raise RuntimeError(MISSING_DICTIONARY)


@lru_cache(maxsize=4)
def _load_dictionary(stem: str) -> Dictionary:
    # Parsing the 330k-line .dic takes seconds; every SpellChecker on the same files shares one.
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(stem)


# --------------------------------------------------------------------------- vocabulary


def _wordlist(text: str) -> frozenset[str]:
    """Whitespace-separated words: long word lists read better as one string."""
    return frozenset(text.split())


# Valid bokmål words that nb_NO (2.0.10, Debian) rejects and that compound splitting cannot
# rebuild. Found by running the bare dictionary over the corpus and over typical answers;
# misspellings seen there ("felleskap", "likehet", "oppfattning") are deliberately absent.
EXTRA_WORDS: frozenset[str] = _wordlist(
    """
    noe noen noens
    litet
    poeng poenget poengene studiepoeng
    arenaer arenaene temaer temaene skjemaer skjemaene kollegaer kollegaene kollegaenes
    dataene fakturaer fakturaene firmaet firmaer firmaene kameraer
    internett internettet intranett intranettet
    e-post e-læring app appen apper chatbot chatboten pdf webinar webinaret webinarer
    coaching trainee bachelor bachelorgrad survey surveyen surveyer surveyene FoU
    søkbar søkbart søkbare interagere interagerer interagerte
    praksisnær praksisnære praksisnært
    heltidskultur heltidskulturen medarbeiderskap medarbeiderskapet
    """
)

# Abbreviations written with dots; matched before ordinary words so "f.eks." is one token.
ABBREVIATIONS: frozenset[str] = _wordlist(
    "bl.a f.eks m.fl m.m m.v o.l t.o.m f.o.m d.v.s dvs osv pkt nr ca jf jfr evt ev inkl ekskl kap mht "
    "ift mv mm mfl bl vedr ang tlf s fig tab red kl stk mill mrd kr pst årsv avd etc iht pga vs ref ibid ifm"
)

# --------------------------------------------------------------------------- tokeniser

_L = r"[^\W\d_]"  # any Unicode letter: a–z, æøå, é, ü, ...
_ABBR = "|".join(re.escape(a) + (r"\.?" if "." in a else r"\.") for a in sorted(ABBREVIATIONS, key=len, reverse=True))
_TOKEN_RE = re.compile(
    rf"""
    (?P<url>(?:https?://|www\.)[^\s<>()\[\]"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)   # links, e-mail
  | (?P<cite>\[\d+(?:\s*[,–-]\s*\d+)*\])                                       # [1], [2, 3]
  | (?P<num>{_L}*\d[\w.,:/%–-]*)                                               # 2010-2012, 5.3, A4
  | (?P<enum>(?<!\w){_L}\)(?!\w))                                              # list markers a) b)
  | (?P<abbr>(?<!\w)(?:{_ABBR})(?!{_L}))                                       # f.eks. bl.a. pkt.
  | (?P<word>{_L}+(?:-{_L}+)*)(?:['’]s?)?                                      # words, e-læring, KS'
    """,
    re.VERBOSE | re.IGNORECASE,
)


def words_of(text: str) -> list[str]:
    """The word tokens of *text* (hyphenated words kept whole; numbers, links, [n] dropped).

    >>> words_of("Se www.ks.no og pkt. 4 [1]: e-læring for 2010-2012!")
    ['Se', 'og', 'pkt.', 'e-læring', 'for']
    """
    out = []
    for m in _TOKEN_RE.finditer(text):
        if m.lastgroup == "word":
            out.append(m.group("word"))
        elif m.lastgroup == "abbr":
            out.append(m.group("abbr"))
    return out


# --------------------------------------------------------------------------- spell checker


@dataclass(frozen=True)
class SpellReport:
    """Outcome of :meth:`SpellChecker.check`: how many words, and which were not accepted."""

    words: int
    misspelt: tuple[str, ...]

    @property
    def rate(self) -> float:
        """Share of words not accepted; 0.0 for text without words."""
        return len(self.misspelt) / self.words if self.words else 0.0


MIN_PART = 3  # shortest compound part; shorter ones ("ut", "på") make nearly any string a compound
# nb_NO lists ~1300 three-letter words, many of them rare or odd ("kom", "rek", "fik", "ans",
# "ser", "ene") that turn typos into "compounds" (kom|munne, samfunn|sut|viklere). A 3-letter part
# must therefore be one of these common compound elements; parts of 4+ letters need only be known.
SHORT_PARTS: frozenset[str] = _wordlist(
    """
    fag mål tid lag råd del dag vei lov hus sak bok ord liv syn rom tak bil kur ark lys bud art
    sum tre fri bro idé ide sol sjø vår lyd lek mat vin sko fly tog ski vev app nav års uke uka
    nær rik løs bar vis dyr fot far mor gap opp inn ned mot for
    """
)
# Productive suffixes that are not words on their own: organisasjons|messig, erfarings|messige.
BOUND_SUFFIXES: frozenset[str] = frozenset({"messig", "messige", "messigt", "aktig", "aktige", "aktigt"})
MAX_PARTS = 3
LINKS = ("", "s", "e")  # Norwegian linking letters: arbeid-s-giver, barn-e-hage
MAX_ABBREVIATION = 6  # ALL CAPS up to this length is an abbreviation (HTA, KOSTRA); longer is a shouted word


class SpellChecker:
    """Accepts a word if the nb_NO dictionary, the extra vocabulary or compound splitting does.

    >>> sc = SpellChecker(["Gotvassli skriver om medarbeiderskap."])  # doctest: +SKIP
    >>> sc.is_word("Gotvassli"), sc.is_word("lederutviklingsprogrammet"), sc.is_word("komunnen")  # doctest: +SKIP
    (True, True, False)
    """

    def __init__(
        self,
        corpus_texts: Iterable[str] = (),
        *,
        extra_words: Iterable[str] = EXTRA_WORDS,
        dictionary_dirs: Iterable[str | Path] = DICTIONARY_DIRS,
    ) -> None:
        self.dictionary_path = find_dictionary(dictionary_dirs)  # fail fast with the install hint
        self._dic = _load_dictionary(str(self.dictionary_path))
        vocab: set[str] = set(extra_words)
        for text in corpus_texts:
            for w in words_of(text):
                vocab.add(w)
                vocab.update(w.split("-"))
        self.vocab: frozenset[str] = frozenset(vocab)
        # Plain dicts rather than lru_cache: per instance, unbounded (a corpus has ~10k types).
        self._word_cache: dict[str, bool] = {}
        self._part_cache: dict[str, bool] = {}
        self._split_cache: dict[tuple[str, int, bool], bool] = {}

    # -- public API

    def check(self, text: str) -> SpellReport:
        """Count the words of *text* and list those not accepted, in order (repeats kept).

        >>> sc.check("Kommunen har 3 planer [2] og xyzzy.")  # doctest: +SKIP
        SpellReport(words=5, misspelt=('xyzzy',))
        """
        words = words_of(text)
        bad = tuple(w for w in words if not self.is_token_ok(w))
        return SpellReport(words=len(words), misspelt=bad)

    def sentence_ok(self, sentence: str, max_rate: float = 0.0) -> bool:
        """True if at most *max_rate* of the sentence's words are rejected (drop LLM sentences with non-words).

        >>> sc.sentence_ok("Planen gjelder alle ansatte.")  # doctest: +SKIP
        True
        """
        return self.check(sentence).rate <= max_rate

    def is_token_ok(self, token: str) -> bool:
        """Accept a token from :func:`words_of`: abbreviation, hyphenated word or single word."""
        if "." in token:  # only listed abbreviations (f.eks., pkt.) contain dots
            return True
        if "-" in token:
            parts = token.split("-")
            if len(parts[0]) == 1:  # e-læring, A-lag, x-akse: a one-letter prefix is not a word
                parts = parts[1:]
            return self.is_word(token) or all(self.is_word(p) for p in parts)
        return self.is_word(token)

    def is_word(self, word: str) -> bool:
        """Accept one word (no spaces, hyphens or digits); results are cached."""
        hit = self._word_cache.get(word)
        if hit is None:
            hit = self._word_cache[word] = self._is_word(word)
        return hit

    # -- internals

    def _is_word(self, w: str) -> bool:
        if w.isupper() and len(w) <= MAX_ABBREVIATION:
            return True  # HTA, KS, FBR, SKUP
        if len(w) > 2 and w[-1] == "s" and w[:-1].isupper() and len(w) - 1 <= MAX_ABBREVIATION:
            return True  # genitive of an abbreviation: KRDs, SSBs
        if w in self.vocab:
            return True  # corpus forms, including names such as "Gotvassli"
        lower = w.lower()
        # A capital only at the start (sentence start) or all caps (headings) may be dropped;
        # a lowercase "halden" is not accepted because the name "Halden" is known.
        caseless = w[0].isupper() and (w[1:].islower() or w.isupper())
        if caseless and lower in self.vocab:
            return True
        if self._dic.lookup(w) or (caseless and self._dic.lookup(lower)):
            return True
        if w.islower() or caseless:
            return self._compound(lower)
        return False  # mixed case (kompetanseUtvikling) is not a word unless listed

    def _part_known(self, part: str) -> bool:
        hit = self._part_cache.get(part)
        if hit is None:
            short_ok = len(part) > MIN_PART or part in SHORT_PARTS
            hit = self._part_cache[part] = short_ok and (part in self.vocab or bool(self._dic.lookup(part)))
        return hit

    def _compound(self, w: str) -> bool:
        return len(w) >= 2 * MIN_PART and self._split(w, MAX_PARTS, first=True)

    def _split(self, w: str, parts_left: int, first: bool = False) -> bool:
        """Can *w* be cut into 1..parts_left known parts (≥ 2 when *first*), with linking letters?"""
        key = (w, parts_left, first)
        hit = self._split_cache.get(key)
        if hit is not None:
            return hit
        ok = not first and (self._part_known(w) or w in BOUND_SUFFIXES)
        if not ok and parts_left > 1:
            # Heads are tried longest first: the likeliest split is "kompetanse|plan", not "kom|...".
            for i in range(len(w) - MIN_PART, MIN_PART - 1, -1):
                if not self._part_known(w[:i]):
                    continue
                rest = w[i:]
                ok = any(
                    rest.startswith(link) and len(rest) - len(link) >= MIN_PART and self._split(rest[len(link) :], parts_left - 1)
                    for link in LINKS
                )
                if ok:
                    break
        self._split_cache[key] = ok
        return ok


# --------------------------------------------------------------------------- loader

_CHECKERS: dict[str, SpellChecker] = {}
_CHECKERS_LOCK = threading.Lock()


def load_spellchecker(corpus_texts: Iterable[str]) -> SpellChecker:
    """Build (once per distinct corpus) a :class:`SpellChecker`; later calls return the same object.

    The cache key is a SHA-256 of the texts, so callers may pass a fresh generator each time.

    >>> sc = load_spellchecker(p.read_text() for p in Path("corpus").glob("*.txt"))  # doctest: +SKIP
    """
    texts = list(corpus_texts)
    digest = hashlib.sha256()
    for t in texts:
        digest.update(t.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    key = digest.hexdigest()
    with _CHECKERS_LOCK:  # parallel first requests (Gradio threads) should not all parse the dictionary
        checker = _CHECKERS.get(key)
        if checker is None:
            checker = _CHECKERS[key] = SpellChecker(texts)
    return checker


# --------------------------------------------------------------------------- language detection

# Frequent function words that exist in only one of the three written languages. Words shared by
# bokmål and nynorsk (og, er, på, det, som) say nothing and are left out; so are English words
# that are also Norwegian words ("to" = two, "be" = pray, "for", "I").
_MARKERS: dict[str, frozenset[str]] = {
    "en": _wordlist(
        "the what how did does is of and in with are was were this that which who why when where "
        "should would could have has do from it its an a you your we they their there about will "
        "can these those"
    ),
    "nn": _wordlist(
        "ikkje kva korleis eg dei vere berre frå mykje kvifor kven desse noko nokon nokre ein eit "
        "ho vart vert òg kvar kor eigen eige eigne heile hjå dykk seier gjer fleire sjølv sidan "
        "medan difor viss då gjekk gong gongen pengar pengane same tilsette tilsett leiar leiarar leiarane "
        "tillitsvalde politikarar politikarane kommunane eldreomsorga opplæringa brukarundersøkingar"
    ),
    "nb": _wordlist(
        "ikke hva hvordan jeg de være bare fra mye hvorfor hvem disse noe noen en et hun ble "
        "hver hvor hvilke hvilken hvilket egen eget egne hele hos sier gjør flere nå siden "
        "mens derfor hvis"
    ),
}
_LANG_WORD_RE = re.compile(r"[^\W\d_]+")
_NORDIC_RE = re.compile("[æøå]")


def detect_language(text: str) -> str:
    """Guess "nb", "nn" or "en" from counts of language-specific function words.

    English needs more English markers than Norwegian evidence; bokmål is the default.

    >>> detect_language("What does the plan say about senior policy?")
    'en'
    >>> detect_language("Kva seier planen om seniorpolitikk?")
    'nn'
    >>> detect_language("Hva sier planen om seniorpolitikk?")
    'nb'
    """
    raw = _LANG_WORD_RE.findall(text)
    tokens = [t.lower() for t in raw]
    scores = {lang: sum(t in words for t in tokens) for lang, words in _MARKERS.items()}
    # Lowercase words with æ/ø/å ("på", "år", "også") are Norwegian of either kind; capitalised
    # ones are left out because English questions name places such as Bærum and Sørum.
    nordic = sum(1 for t in raw if t.islower() and _NORDIC_RE.search(t))
    if scores["en"] > max(scores["nb"], scores["nn"]) + nordic:
        return "en"
    # Bokmål wins ties and the no-evidence case: it is the corpus and answer language.
    return "nn" if scores["nn"] > scores["nb"] else "nb"


# --------------------------------------------------------------------------- nynorsk questions

# The sources are in bokmål, so a nynorsk question is searched in bokmål: BM25 and the term coverage
# that decides refusal match words, and "leiarutdanning" shares no stem with "lederutdanning".
# Whole words first, then word parts (also inside compounds: "avdelingsleiar"), then plural and
# verb endings of longer words ("stillingar" -> "stillinger", "kommunane" -> "kommunene").
_NN_WORDS = {
    "kva": "hva", "korleis": "hvordan", "kor": "hvor", "kven": "hvem", "kvifor": "hvorfor", "kvar": "hver",
    "kvart": "hvert", "ikkje": "ikke", "eg": "jeg", "ein": "en", "eit": "et", "dei": "de", "deira": "deres",
    "berre": "bare", "frå": "fra", "mykje": "mye", "meir": "mer", "fleire": "flere", "noko": "noe",
    "nokon": "noen", "nokre": "noen", "vere": "være", "vore": "vært", "vart": "ble", "vert": "blir",
    "òg": "også", "heile": "hele", "eigen": "egen", "eige": "eget", "eigne": "egne", "hjå": "hos",
    "sjølv": "selv", "sjølve": "selve", "sidan": "siden", "medan": "mens", "difor": "derfor", "viss": "hvis",
    "seier": "sier", "gjer": "gjør", "gjeld": "gjelder", "skil": "skiller", "krev": "krever",
    "meiner": "mener", "saman": "sammen", "samanlikna": "sammenlignet", "døme": "eksempel", "løn": "lønn",
    "tilsett": "ansatt", "tilsette": "ansatte", "ho": "hun", "no": "nå", "tilbod": "tilbud",
    "auka": "økte", "aukar": "øker", "auke": "økning", "auken": "økningen", "talet": "antallet", "tal": "antall",
    "heiter": "heter", "heitte": "het", "lettare": "lettere", "vanskelegare": "vanskeligere", "fekk": "fikk",
    "gjekk": "gikk", "gav": "ga", "kosta": "kostet", "kostar": "koster", "sette": "satte",
    "haust": "høst", "hausten": "høsten", "gong": "gang", "gongen": "gangen", "same": "samme",
    "pengar": "penger", "pengane": "pengene", "fyrst": "først",
    # FreeDict gives these a rarer sense ("halde" = fortsette, "personleg" = personell) or no entry.
    "halde": "holde", "haldast": "holdes", "haldt": "holdt", "heldt": "holdt", "held": "holder", "betre": "bedre",
    "personleg": "personlig", "einig": "enig", "einige": "enige", "kjem": "kommer", "tek": "tar", "teke": "tatt",
    "teken": "tatt", "sjå": "se", "fann": "fant", "valde": "valgte", "tilrår": "anbefaler", "tilrå": "anbefale",
    "tilrådd": "anbefalt", "knytast": "knyttes", "set": "setter", "gjev": "gir", "gjeve": "gitt", "gjevne": "gitt",
    "fyrste": "første", "si": "sin", "gjere": "gjøre", "høgare": "høyere", "knytt": "knyttet", "galdt": "gjaldt", "peike": "peke", "peikar": "peker", "samarbeidde": "samarbeidet",
}
# Nynorsk phrases whose bokmål is another phrase ("kva for tiltak" = "hvilke tiltak").
_NN_PHRASES = {"kor stor del": "hvor stor andel", "kva for ein": "hvilken", "kva for eit": "hvilket", "kva for": "hvilke", "kva tid": "når", "kor tid": "når"}
_NN_PHRASE_RE = re.compile(r"\b(" + "|".join(sorted(_NN_PHRASES, key=len, reverse=True)) + r")\b", re.IGNORECASE)
_NN_PARTS = (
    ("leiing", "ledelse"), ("rettleiing", "veiledning"), ("leiar", "leder"), ("sjuke", "syke"),
    ("teneste", "tjeneste"), ("verksemd", "virksomhet"), ("arbeidar", "arbeider"), ("takar", "taker"),
    ("gjevar", "giver"), ("givar", "giver"), ("pleiar", "pleier"), ("lærar", "lærer"), ("politikar", "politiker"),
    ("vidare", "videre"), ("undersøking", "undersøkelse"), ("spørje", "spørre"), ("skule", "skole"),
    ("heiltid", "heltid"), ("foreining", "forening"), ("tillitsvald", "tillitsvalgt"), ("omgrep", "begrep"),
    ("tilsetjing", "ansettelse"), ("brukar", "bruker"), ("kartleggjing", "kartlegging"),
    ("eining", "enhet"), ("hovud", "hoved"), ("oppgåve", "oppgave"), ("innbyggjar", "innbygger"),
    ("medarbeidar", "medarbeider"), ("deltakar", "deltaker"), ("spørje", "spørre"), ("arbeidsgivar", "arbeidsgiver"),
    ("vidaregåande", "videregående"), ("tenest", "tjenest"), ("oppnåing", "oppnåelse"), ("handsam", "behandl"),
    ("førebuande", "forberedende"), ("øvst", "øverst"),
)
_NN_PARTS_MAP = dict(_NN_PARTS)
_NN_PARTS_RE = re.compile("|".join(sorted(_NN_PARTS_MAP, key=len, reverse=True)))
_NN_ENDINGS = (("elsea", "elsen"), ("elsane", "elsene"), ("erane", "erne"), ("erar", "ere"), ("arane", "erne"), ("ane", "ene"), ("ast", "es"), ("ar", "er"), ("inga", "ingen"))
# Inflection endings of a nynorsk word and the bokmål ending of the same form, for finding its base form
# in the dictionary ("oppgåver" -> oppgåve + r -> "oppgaver"; "peikar" -> peike + ar -> "peker").
_NN_INFLECTIONS = (
    ("ane", ("ene",)), ("ar", ("er",)), ("ast", ("es",)), ("inga", ("ingen",)), ("ingar", ("inger",)),
    ("er", ("er",)), ("et", ("et",)), ("en", ("en",)), ("te", ("te",)), ("a", ("en", "ene", "a")), ("r", ("r",)),
    ("", ("",)),
)
_NN_WORD_RE = re.compile(r"[^\W\d_]+")
rules.register(
    "nynorsk-respelling", kind="pattern", module="assistant.language", found_on=("b18",),
    what="a nynorsk word is searched in the bokmål spelling the sources write, through the two written "
    "languages' spelling correspondences ('følgjer' -> følger, 'tiltaka' -> tiltakene, 'vanskelege' -> vanskelige)",
)
# Spelling correspondences between nynorsk and bokmål, inside a word and at its end; a word is respelt
# only into a form the bokmål sources write (:func:`_nn_respelt`), so a correspondence that does not hold
# for a word ("ei" in "eige" is no "e") changes nothing.
_NN_SPELLING = (
    ("leg", "lig"), ("gj", "g"), ("kj", "k"), ("ei", "e"), ("øy", "ø"), ("au", "ø"), ("hovud", "hoved"),
    ("løn", "lønn"), ("sjuk", "syk"), ("skul", "skol"), ("tene", "tjene"), ("føre", "for"), ("hand", "hånd"),
    ("leik", "lighet"), ("heit", "het"), ("å", "a"), ("betr", "bedr"), ("bilet", "bild"),
    ("ar", "er"),  # an agent noun inside a compound: "saksbehandlarsystemet" -> "saksbehandlersystemet"
)
_NN_SPELLING_ENDINGS = (
    ("", ""), ("ane", "ene"), ("ar", "er"), ("a", "ene"), ("a", "en"), ("a", "et"), ("ast", "es"), ("ande", "ende"),
    ("aste", "este"), ("aste", "ste"), ("ingar", "inger"), ("inga", "ingen"), ("de", "te"), ("de", "et"), ("dde", "et"),
    ("a", "e"), ("", "er"), ("", "ger"), ("", "ter"), ("ne", "ene"), ("ar", "ere"), ("ane", "ne"), ("st", "s"),
)


def _nn_respelt(low: str, vocab: frozenset[str]) -> str | None:
    """The bokmål form the sources write of a nynorsk word, found through the spelling correspondences
    (fewest first), or None ("følgjer" -> "følger", "tiltaka" -> "tiltakene", "vanskelege" -> "vanskelige",
    "treng" -> "trenger": a nynorsk strong verb's present has no ending, bokmål's has "-er").

    >>> v = frozenset({"følger", "tiltakene", "vanskelige", "trenger", "hovedavtalen"})
    >>> [_nn_respelt(w, v) for w in ("følgjer", "tiltaka", "vanskelege", "treng", "hovudavtalen", "xyz")]
    ['følger', 'tiltakene', 'vanskelige', 'trenger', 'hovedavtalen', None]
    >>> _nn_respelt("forbetringsforslag", frozenset({"forbedring", "forslag"}))
    'forbedringsforslag'
    >>> _nn_respelt("saksbehandlarsystemet", frozenset({"saksbehandlersystemet"}))
    'saksbehandlersystemet'

    """
    if not vocab or len(low) < 3:
        return None
    inner = [low]
    for old, new in _NN_SPELLING:
        if old in low:
            inner += [v for w in inner if old in w for v in dict.fromkeys((w.replace(old, new, 1), w.replace(old, new)))]
        if len(inner) > 64:
            break
    for word in inner:
        for old, new in _NN_SPELLING_ENDINGS:
            if not word.endswith(old) or len(word) - len(old) < 2 or (not old and new and len(word) > 6):
                continue  # "-er" is added only to a short strong verb's present ("treng", "skriv")
            cand = word[: len(word) - len(old)] + new
            if cand != low and cand in vocab:
                return cand
    # A compound the sources write in parts ("forbetringsforslag" -> forbedring + s + forslag)
    for word in inner[1:]:
        if word != low and _nn_compound(word, vocab):
            return word
    return None


def _nn_compound(word: str, vocab: frozenset[str]) -> bool:
    """Whether ``word`` is two words of ``vocab`` (5+ letters each), joined directly or by "s"/"e"."""
    for i in range(5, len(word) - 4):
        head, rest = word[:i], word[i:]
        if head in vocab and any(rest.startswith(link) and rest[len(link) :] in vocab and len(rest) - len(link) >= 5 for link in ("", "s", "e")):
            return True
    return False


@lru_cache(maxsize=1)
def nynorsk_dictionary() -> dict[str, str]:
    """Nynorsk base form -> bokmål base form (:data:`assistant.glossary.NYNORSK`)."""
    from assistant.glossary import NYNORSK

    return dict(pair.split(":", 1) for pair in NYNORSK.split())


def _nn_base(low: str, vocab: frozenset[str] = frozenset()) -> str | None:
    """The bokmål form of an inflected nynorsk word whose base form the dictionary has, or None; of the
    bokmål endings a nynorsk one can stand for ("-a": "-en" or "-ene"), the one the sources write.

    >>> _nn_base("oppgåver"), _nn_base("peikar"), _nn_base("leiarane")
    ('oppgaver', 'peker', 'lederne')
    """
    table = nynorsk_dictionary()
    for nn_end, nb_ends in _NN_INFLECTIONS:
        if not low.endswith(nn_end) or len(low) - len(nn_end) < 4:
            continue
        stem = low[: len(low) - len(nn_end)] if nn_end else low
        for base, rest in ((stem, ""), (stem + "e", "e")):
            if base not in table:
                continue
            nb = table[base]
            if rest and nb.endswith("e"):
                nb = nb[:-1]  # peike -> peke; "peik" + "ar" reads "pek" + "er"
            forms = []
            for end in nb_ends:
                if nb.endswith("er") and end in ("er", "ene"):
                    end = {"er": "e", "ene": "ne"}[end]  # an agent noun in -er: "leiarar", "leiarane" -> "ledere", "lederne"
                elif nb.endswith("e") and end.startswith("e"):
                    end = end[1:]  # "undersøkinga" -> "undersøkelse" + "n"
                forms.append(nb + end)
            return next((f for f in forms if f in vocab), forms[0])
    return None


def nynorsk_to_bokmal(text: str, vocabulary: Iterable[str] = frozenset()) -> str:
    """A nynorsk question in bokmål words, for searching bokmål sources (not for showing).

    Whole words and phrases first ("kva for" -> "hvilke"), then the dictionary's base forms with their
    inflection ("oppgåver" -> "oppgaver"), then word parts (also inside compounds: "avdelingsleiar"), then
    plural and verb endings of longer words ("stillingar" -> "stillinger"). A form the bokmål sources
    (``vocabulary``, lower case) write is preferred: "lederansvar" keeps its "-ar".

    >>> nynorsk_to_bokmal("Kva skil Drammen og Bærum når det gjeld leiarutdanning?")
    'Hva skiller Drammen og Bærum når det gjelder lederutdanning?'
    >>> nynorsk_to_bokmal("Kor mange meiner at arbeidsplassar med små stillingar krev meir rettleiing?")
    'Hvor mange mener at arbeidsplasser med små stillinger krever mer veiledning?'
    >>> nynorsk_to_bokmal("Korleis lærer leiarane og sjukepleiarar?")
    'Hvordan lærer lederne og sykepleiere?'
    >>> nynorsk_to_bokmal("Kva for oppgåver er eit leiaransvar?", {"lederansvar"})
    'Hvilke oppgaver er et lederansvar?'
    """
    vocab = vocabulary if isinstance(vocabulary, frozenset) else frozenset(vocabulary)

    def phrase(m: re.Match[str]) -> str:
        out = _NN_PHRASES[m.group(0).lower()]
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    def word(m: re.Match[str]) -> str:
        w = m.group(0)
        low = w.lower()
        respell = rules.enabled("nynorsk-respelling")
        if low in _NN_WORDS:
            out = _NN_WORDS[low]
        elif low in vocab:
            out = low  # a word the bokmål sources write is bokmål enough
        elif w[:1].isupper() and m.start() > 0:
            # A capital inside a question names something, in bokmål too when the sources write it so ("Hovudavtalen").
            out = (_nn_respelt(low, vocab) if respell else None) or low
        elif respell and (low in nynorsk_dictionary() and len(low) < 5):
            out = nynorsk_dictionary()[low]  # a short whole word ("høg"), too short for a base form with an ending
        elif (based := _nn_base(low, vocab)) is not None:
            out = based
        elif respell and (found := _nn_respelt(low, vocab)) is not None:
            out = found
        else:
            out = _NN_PARTS_RE.sub(lambda p: _NN_PARTS_MAP[p.group(0)], low)
            if respell and out != low and out not in vocab and (found := _nn_respelt(out, vocab)) is not None:
                out = found  # "medarbeidarundersøkingar" -> "medarbeiderundersøkelse" + "ar" -> "…undersøkelser"
            elif len(out) >= 6 and out not in vocab:
                for old, new in _NN_ENDINGS:
                    if out.endswith(old):
                        out = out[: -len(old)] + new
                        break
        if out == low:
            return w
        return out[:1].upper() + out[1:] if w[:1].isupper() else out

    return _NN_WORD_RE.sub(word, _NN_PHRASE_RE.sub(phrase, text))
