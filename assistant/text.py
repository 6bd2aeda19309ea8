"""Norwegian text analysis for BM25: tokens, stopwords, Snowball stemming and decompounding.

Norwegian writes compounds as one word, so "hovedtariffavtalen" shares no token with
"tariffavtale" and "kompetanseplanen" none with "plan". :class:`Analyzer` splits a long word
into parts that are themselves words of the indexed corpus (allowing the linking letters
-s- and -e-) and adds the parts' stems beside the whole word's stem.

    >>> a = Analyzer(["tariff", "avtale", "avtalen", "hoved", "kompetanse", "plan", "planen"])
    >>> a.tokens("Hovedtariffavtalen")
    ['hovedtariffavtal', 'hoved', 'tariff', 'tariffavtal', 'avtal']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from assistant.structure import BULLETS

# NLTK's Norwegian stopword list (bokmål + nynorsk forms), plus a few question words.
STOPWORDS = frozenset(
    ["og", "i", "jeg", "det", "at", "en", "et", "den", "til", "er", "som", "på", "de", "med", "han", "av", "ikke", "ikkje", "der", "så", "var", "meg", "seg", "men", "ett", "har", "om", "vi", "min", "mitt", "ha", "hadde", "hun", "nå", "over", "da", "ved", "fra", "du", "ut", "sin", "dem", "oss", "opp", "man", "kan", "hans", "hvor", "eller", "hva", "skal", "selv", "sjøl", "her", "alle", "vil", "bli", "ble", "blei", "blitt", "kunne", "inn", "når", "være", "kom", "noen", "noe", "ville", "dere", "som", "deres", "kun", "ja", "etter", "ned", "skulle", "denne", "for", "deg", "si", "sine", "sitt", "mot", "å", "meget", "hvorfor", "dette", "disse", "uten", "hvordan", "ingen", "din", "ditt", "blir", "samme", "hvilken", "hvilke", "sånn", "inni", "mellom", "vår", "hver", "hvem", "vors", "hvis", "både", "bare", "enn", "fordi", "før", "mange", "også", "slik", "vært", "være", "båe", "begge", "siden", "dykk", "dykkar", "dei", "deira", "deires", "deim", "di", "då", "eg", "ein", "eit", "eitt", "elles", "honom", "hjå", "ho", "hoe", "henne", "hennar", "hennes", "hoss", "hossen", "ikkje", "ingi", "inkje", "korleis", "korso", "kva", "kvar", "kvarhelst", "kven", "kvi", "kvifor", "me", "medan", "mi", "mine", "mykje", "no", "nokon", "noka", "nokor", "noko", "nokre", "si", "sia", "sidan", "so", "somt", "somme", "um", "upp", "vere", "vore", "verte", "vort", "varte", "vart", "the", "a", "an", "of", "is", "are", "was", "what", "how", "did", "does", "do", "which", "who", "in", "on", "to", "and", "or", "for", "with", "about", "hva", "hvilket", "fikk", "gjorde", "gjør", "gjort", "får"]
)

DICTIONARY_FILES = ("/usr/share/hunspell/nb_NO.dic", "/usr/share/myspell/dicts/nb_NO.dic", "/usr/share/myspell/nb_NO.dic")

# Invisible characters that only get in the way of matching: soft hyphen, zero-width space /
# joiners, word joiner, BOM.
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# "kompetanse- utvikling", "kompetanse-\nutvikling" -> "kompetanseutvikling" (a hyphen after a
# letter; "30 – 50" keeps its dash). Dashes are made one "-" first, so the result is stable.
_HYPHEN_BREAK_RE = re.compile(r"(?<=[^\W\d_])-\s+")
_SPACE_RE = re.compile(r"\s+")
_DASHES_RE = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2212]")
_DECIMAL_RE = re.compile(r"(?<=\d),(?=\d)")
_DIGIT_GROUP_RE = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_QUOTES = str.maketrans({"”": '"', "“": '"', "«": '"', "»": '"', "’": "'", "‘": "'"})


def normalize(text: str) -> str:
    """Text as every matcher compares it (evidence in a passage, must-include strings in an answer,
    fixed phrases in a generated text): NFKC, lower case, no bullets or invisible characters, words
    hyphenated across a line break joined, one kind of dash and quote, the decimal comma as a point
    ("2,5" = "2.5"), no digit-group spaces ("1 500" = "1500"), single spaces.

    A hyphen after a letter goes with the white space after it, so "pleie- og omsorg" becomes
    "pleieog omsorg"; that is harmless because both sides of every comparison are normalised alike.
    Normalising twice changes nothing.

    >>> normalize("  • Kompetanse-\\n utvikling  i   KOMMUNEN ")
    'kompetanseutvikling i kommunen'
    >>> normalize("  30–50 Kurs-\\ntimer, 2,5 %  og «1 500» ")
    '30-50 kurstimer, 2.5 % og "1500"'
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if ch not in BULLETS and ch not in _INVISIBLE and unicodedata.category(ch) != "Co")
    text = _DASHES_RE.sub("-", text).translate(_QUOTES)
    text = _HYPHEN_BREAK_RE.sub("", text)
    text = _SPACE_RE.sub(" ", text).strip()
    text = _DECIMAL_RE.sub(".", text)
    return _DIGIT_GROUP_RE.sub("", text)


_TOKEN_RE = re.compile(r"\d+(?:[.,]\d+)*|[a-zæøåéèüäöó]+(?:-[a-zæøåéèüäöó]+)*")
_MIN_PART = 4
_MIN_COMPOUND = 8


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer

    return Stemmer.Stemmer("norwegian")


def dictionary_words() -> frozenset[str]:
    """Base forms from Debian's nb_NO hunspell list (hunspell-no), for decompounding.

    The corpus alone misses many compound parts ("tariff" occurs only inside compounds), so
    the dictionary's base words are added to the vocabulary when it is installed.
    """
    from pathlib import Path

    for name in DICTIONARY_FILES:
        path = Path(name)
        if path.is_file():
            out = set()
            for line in path.read_text(encoding="utf-8", errors="ignore").splitlines()[1:]:
                word = line.split("/", 1)[0].strip()
                if len(word) >= _MIN_PART and word.isalpha() and word.islower():
                    out.add(word)
            return frozenset(out)
    return frozenset()


def words(text: str) -> list[str]:
    """Lower-cased word and number tokens, hyphenated words split into their parts too."""
    out: list[str] = []
    for tok in _TOKEN_RE.findall(text.lower()):
        if "-" in tok:
            out.extend(p for p in tok.split("-") if p)
        else:
            out.append(tok)
    return out


class Analyzer:
    """Tokens for BM25 with a vocabulary of known words for decompounding."""

    def __init__(self, vocab: Iterable[str]) -> None:
        self.vocab = frozenset(w for w in vocab if len(w) >= _MIN_PART and not w.isdigit())
        self._split_cache: dict[str, tuple[str, ...]] = {}
        self._stems: frozenset[str] | None = None

    def _known_tail(self, word: str) -> bool:
        """A tail may be inflected differently from the corpus form: 'avtalen' for 'avtale'."""
        if word in self.vocab:
            return True
        if self._stems is None:
            stem = _stemmer().stemWord
            self._stems = frozenset(stem(w) for w in self.vocab)
        return len(word) >= _MIN_PART + 1 and _stemmer().stemWord(word) in self._stems

    @classmethod
    def from_texts(cls, texts: Iterable[str], extra: Iterable[str] = ()) -> Analyzer:
        vocab: set[str] = set(extra)
        for t in texts:
            vocab.update(words(t))
        return cls(vocab)

    def split(self, word: str, depth: int = 0) -> tuple[str, ...]:
        """A compound's parts as a flat partition (empty if it is not one).

        The longest known head is tried first, so a compound splits as little as possible:
        "medarbeidersamtaler" -> ("medarbeider", "samtaler"), not five short "words".
        """
        if len(word) < (_MIN_COMPOUND if depth == 0 else 10) or depth > 2 or not word.isalpha():
            return ()  # inner parts split only when long: "samtaler" is not "samt" + "aler"
        if depth == 0 and word in self._split_cache:
            return self._split_cache[word]
        result: tuple[str, ...] = ()
        for i in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
            head, tail = word[:i], word[i:]
            heads = [head]
            if head.endswith(("s", "e")) and len(head) > _MIN_PART:
                heads.append(head[:-1])  # linking letter: arbeid-s-giver, kompetans-e
            known_head = next((h for h in heads if h in self.vocab), None)
            if known_head is None:
                continue
            deeper = self.split(tail, depth + 1)
            if deeper:
                result = (known_head, *deeper)
                break
            if self._known_tail(tail):
                result = (known_head, tail)
                break
        if depth == 0:
            self._split_cache[word] = result
        return result

    def tokens(self, text: str, query: bool = False) -> list[str]:
        """Stemmed tokens without stopwords; compound parts follow the whole word's stem."""
        stem = _stemmer().stemWord
        out: list[str] = []
        for w in words(text):
            if w in STOPWORDS or (len(w) < 2 and not w.isdigit()):
                continue
            out.append(stem(w))
            parts = self.split(w)
            for i, part in enumerate(parts):
                if part not in STOPWORDS:
                    out.append(stem(part))
                if 0 < i < len(parts) - 1:
                    # the compound's tail as a word of its own: hoved|tariffavtalen -> tariffavtal
                    out.append(stem("".join(parts[i:])))
        return out
