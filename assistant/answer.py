"""Answer a question from the sources with checked citations, or refuse honestly.

One :class:`Assistant` serves every engine:

- ``extractive`` (no LLM): picks the source sentences that best cover the question and joins
  them with our own fixed phrases; every sentence is a quote with its citation.
- ``local`` / ``openai``: a LangChain chat model writes the answer from numbered passages; the
  result then goes through :func:`assistant.citations.verify` (every sentence must be supported
  by the passage it cites, every number must be in it) and the Norwegian spell check. If
  nothing survives, the answer falls back to ``extractive``.

Refusal is decided before any engine runs, from how well the best source sentence covers the
question's terms (calibrated on ``evals/questions.jsonl``, see ``REFUSE_BELOW``).

    >>> assistant = Assistant(settings, index)                       # doctest: +SKIP
    >>> ans = assistant.ask("Hva gjorde Sørum med Fagstigen?")       # doctest: +SKIP
    >>> ans.text, [c.chunk.doc_id for c in ans.citations]            # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from assistant.chunking import index_text
from assistant.citations import one_line, paragraph_around, split_sentences, strip_markers, verify
from assistant.index import Index
from assistant.language import detect_language, nynorsk_to_bokmal
from assistant.llm_faults import NOTICES, failure_kind, stream_within
from assistant.prompts import render_prompt
from assistant.refusal import ENGLISH_ANSWERABLE, QUANTITY_RE, REFUSE_BELOW, counted_noun, counting, unanswerable_reason
from assistant.retrieve import MUNICIPALITIES, Filters, Retriever, drop_names, named_municipalities, owner
from assistant.settings import Settings
from assistant.text import Analyzer
from assistant.types import Answer, Chunk, Citation, Hit

ENGINE_NAMES = ("extractive", "local", "openai")

# Our own fixed phrases: the only words in an answer that are not quoted from a source.
PHRASES = {
    "nb": {
        "refusal": "Jeg finner ikke svar på dette i kildene.",
        "closest": "Dette er de nærmeste utdragene:",
        "intro": "Dette står i kildene:",
        "fallback_note": "Språkmodellens svar kunne ikke kontrolleres mot kildene, så her er sitatene.",
        "about": "Om {name}:",
        "nothing_about": "Om {name} finner jeg ikke noe om dette i kildene.",
    },
    "en": {
        "refusal": "I cannot find an answer to this in the sources.",
        "closest": "These are the closest passages:",
        "intro": "The sources say (quoted in Norwegian):",
        "fallback_note": "The language model's answer could not be checked against the sources, so here are the quotes.",
        "about": "About {name}:",
        "nothing_about": "About {name}, I find nothing on this in the sources.",
    },
}

# Words that say what kind of answer is wanted, not what it is about.
_QUESTION_NOISE = frozenset(
    [
        "hvordan",
        "hvorfor",
        "hvilke",
        "hvilken",
        "hvilket",
        "kva",
        "korleis",
        "kvifor",
        "what",
        "which",
        "how",
        "why",
        "does",
        "did",
        "kommune",
        "kommunen",
        "kommunene",
        "kommunar",
        "kommunane",
        "municipality",
        "municipalities",
        "plan",
        "planen",
        "sier",
        "står",
        "seier",
        "say",
        "says",
    ]
)
_FOLLOWUP_RE = re.compile(r"^\s*(og|men|enn|hva med|kva med|what about|and|også)\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"\b(den|det|dette|de|dem|disse|deres|dei|dei|it|they|them|this|that|those)\b", re.IGNORECASE)
WINDOW_WEIGHT = 10.0
RANK_PENALTY = 0.06
NUMBER_BONUS = 0.3
COUNTED_BONUS = 0.5  # a number with the counted noun ("5 samlinger"); +2 on fresh questions (he/hh), none lost
MAX_SENTENCES = 6
MAX_WORDS = 150
LOCAL_SENTENCES = 4
LOCAL_WORDS = 90
SIMILARITY_WEIGHT = 2.0
SIMILARITY_FLOOR = 0.80
RERANK_TOP = 20
SENTENCE_WEIGHT = 10.0
PICK_MARGIN = 1.0
FOLLOWUP_BOOST = 2.0
FOLLOWING_FOR = 3
FOLLOWING_WORDS = 20
LIST_WORDS = 40
QUESTION_PENALTY = 1.0
FOOTNOTE_PENALTY = 0.5
COMPARE_SENTENCES = 4  # 3 -> 4: two more comparisons right on fresh questions (hc/hf), none lost on any set
COMPARE_WORDS = 90
COMPARE_HITS = 5
SOURCE_WEIGHT = 0.3  # chosen on questions written after this tuning (see the CHANGELOG), not on evals/
# The tariff document's own notes (its preface, the "Kilde: …" paragraph under each text) say where a
# text was found, not what it says: they are not answers.
_EDITORIAL_RE = re.compile(r"^(?:Kilde:|Denne filen samler)[^\n]*(?:\n(?!\s*\n)[^\n]*)*", re.MULTILINE)
# How servers say a prompt does not fit their context (llama.cpp's server ends the stream empty).
_TOO_LONG_RE = re.compile(r"context|too long|maximum.{0,20}length|exceed|no generation chunks", re.IGNORECASE)
# A footnote number glued to the end of a sentence by the PDF text ("… fem tusen kroner.14").
_FOOTNOTE_END_RE = re.compile(r"(?<=[^\W\d_])([.!?][”\"»]?)\d{1,3}$")
_FOOTNOTE_RE = re.compile(r"\s*\d{1,3} (?=[A-ZÆØÅ](?:[a-zæøå]|\s))")
_LIST_ITEM_RE = re.compile(r"\s*(?:[•\-–▪♦]|\d{1,2}[.)]\s)")
_NAMES_RE = re.compile(rf"\b({'|'.join(MUNICIPALITIES)})", re.IGNORECASE)
# A sentence that starts by referring to the one before: "Dette innebærer …", "Videre er det …".
_POINTS_BACK_RE = re.compile(r"^\W*(?:dette|denne|disse|til sammen|slik|her|derfor|videre|i tillegg|dessuten|samtidig|likevel)\b", re.IGNORECASE)
_HEADING_RE = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s*[^.!?]*$")


def _on_side(s: _Scored, name: str) -> bool:
    """May this sentence be quoted under "Om <name>:"?

    It names ``name``; or it names no case municipality and its passage is ``name``'s (its plan, its
    case description); or, in a passage that is no one's, the last municipality named before it in
    its paragraph is ``name`` ("I Drammen har 270 ledere … Gjennom denne lederskolen …" is about
    Drammen; the survey figure in the next paragraph is about no one). A sentence from Drammen's case
    description is not about Bærum, however well it matches the question.
    """
    names = named_municipalities(s.sentence)
    if names:
        return name in names
    whose = owner(s.hit.chunk)
    if whose:
        return whose == name
    paragraph, cut = paragraph_around(s.hit.chunk.text, s.sentence)
    before = [m.group(1) for m in _NAMES_RE.finditer(paragraph[: max(cut, 0)])]
    return bool(before) and before[-1].lower() == name.lower()


_CLAUSE_BREAK_RE = re.compile(r",?\s+(?:og|mens|and|while)\s+(?=(?:hv\w*|når|kva|kor\w*|what|how|which|when|who)\b)", re.IGNORECASE)


def _side_clauses(question: str, named: Sequence[str]) -> dict[str, str]:
    """One clause per municipality when a question asks each its own thing ("Når evalueres planen i
    Halden, og hvordan evaluerer Bærum sin SKUP?"), else {}.

    >>> _side_clauses("Når evalueres planen i Halden, og hvordan evaluerer Bærum sin SKUP?", ["Halden", "Bærum"])
    {'Halden': 'Når evalueres planen i Halden?', 'Bærum': 'hvordan evaluerer Bærum sin SKUP?'}
    >>> _side_clauses("Hvordan skiller Sørum og Bærum seg?", ["Sørum", "Bærum"])
    {}
    """
    parts = [p.strip(" ,?") for p in _CLAUSE_BREAK_RE.split(question) if p.strip(" ,?")]
    if len(parts) != len(named) or "?" in question.rstrip()[:-1]:
        return {}
    owners = [named_municipalities(p) for p in parts]
    if any(len(o) != 1 for o in owners) or sorted(o[0] for o in owners) != sorted(named):
        return {}
    return {o[0]: f"{p}?" for o, p in zip(owners, parts, strict=True)}


def _is_heading(sentence: str) -> bool:
    """A numbered heading ("10.2.1 Hvordan utarbeide en kompetanseplan"), a Markdown one or a title in capitals."""
    letters = [ch for ch in sentence if ch.isalpha()]
    return bool(_HEADING_RE.match(sentence)) or sentence.lstrip().startswith("#") or (len(letters) > 8 and sum(ch.isupper() for ch in letters) > 0.8 * len(letters))


def _coverage(terms: Mapping[str, float], total: float, toks: set[str], header: set[str]) -> tuple[frozenset[str], float]:
    """The question terms a sentence covers (in its own words or its passage's heading), and their
    weighted share, the sentence's own words counting double.

    >>> covered, share = _coverage({"fagstig": 2.0, "sørum": 1.0}, 3.0, {"fagstig"}, {"sørum"})
    >>> sorted(covered), round(share, 3)
    (['fagstig', 'sørum'], 0.833)
    """
    covered = frozenset(t for t in terms if t in toks or t in header)
    # fsum: a frozenset's order follows the string hash seed, and a plain sum's last bit with it
    own = math.fsum(terms[t] for t in covered if t in toks)
    return covered, (math.fsum(terms[t] for t in covered) + own) / (2 * total)


def _title_key(text: str) -> str:
    """A heading for comparison: without numbering, end punctuation, case and extra spaces.

    >>> _title_key("5.  Kompetansebehov for Sørum kommune.") == _title_key("Kompetansebehov for Sørum kommune")
    True
    """
    return " ".join(text.split()).lower().lstrip("0123456789. ").rstrip(".:; ")


_SOURCE_RE = re.compile(
    r"(?:,\s*)?\b(?:ifølge|i følge|according to|slik det står i)\s+(?:den |det |de |the )?[^,.:;?!]*?"
    r"(?:rapport|plan|skup|avtale|tariff|undersøkels|survey|report|agreement|møtebok|dokument)[^,.:;?!]*[,:]?",
    re.IGNORECASE,
)


def drop_source(question: str) -> str:
    """The question without the words that name its source ("ifølge KS-rapporten fra 2010").

    >>> drop_source("Hva skal internrevisjonene i Bærum bidra med, ifølge den strategiske kompetanseplanen SKUP?")
    'Hva skal internrevisjonene i Bærum bidra med?'
    >>> drop_source("Ifølge KS-rapporten fra 2010: er det mangel på penger som er problemet?")
    'er det mangel på penger som er problemet?'
    >>> drop_source("Hvordan gikk det etter at Sørum innførte Fagstigen?")
    'Hvordan gikk det etter at Sørum innførte Fagstigen?'
    """
    rest = " ".join(_SOURCE_RE.sub(" ", question).split())
    rest = re.sub(r"\s+([?.!])", r"\1", rest)
    return rest if re.search(r"[^\W\d_]{3,}", rest) else question


def _runs(chosen: Sequence[_Scored]) -> list[list[_Scored]]:
    """Chosen sentences grouped into quotes: sentences that follow each other in one passage read as one.

    List items (and the line that introduces them) stay one quote each.
    """
    runs: list[list[_Scored]] = []
    for s in chosen:
        prev = runs[-1][-1] if runs else None
        joinable = (
            prev is not None
            and prev.n == s.n
            and s.position == prev.position + 1
            and not prev.sentence.rstrip().endswith(":")
            and not _LIST_ITEM_RE.match(s.sentence)
            and not _LIST_ITEM_RE.match(prev.sentence)
        )
        if joinable:
            runs[-1].append(s)
        else:
            runs.append([s])
    return runs


@dataclass(frozen=True)
class Event:
    """One streaming event: ``sources`` (citations known before text), ``delta`` (text), ``final``."""

    kind: str
    text: str = ""
    citations: tuple[Citation, ...] = ()
    answer: Answer | None = None


@dataclass
class _Scored:
    n: int  # passage number (1-based)
    hit: Hit
    sentence: str
    position: int
    terms: frozenset[str]
    score: float  # ranking score: coverage + window and sentence similarity
    lexical: float = 0.0
    similarity: float = 0.0  # the sentence's own dense similarity (set for the re-ranked head only)


@dataclass
class Prepared:
    """A question made ready for an engine: standalone form, language, numbered passages."""

    question: str
    standalone: str
    lang: str
    hits: list[Hit]
    sentences: list[_Scored] = field(default_factory=list)
    best_coverage: float = 0.0
    refusal_reason: str = ""
    top_similarity: float = 0.0
    filters: Filters | None = None

    @property
    def answerable(self) -> bool:
        return bool(self.hits) and self.best_coverage >= REFUSE_BELOW


def standalone_question(question: str, history: Sequence[Mapping[str, str]]) -> str:
    """Rewrite an elliptical follow-up ("Og hva med Bærum?") into a standalone question.

    Rule-based, so it works without an LLM: a new municipality replaces the one asked about
    before; otherwise the previous question gives the context.

    >>> standalone_question("Og hva med Bærum?", [{"role": "user", "content": "Hva gjorde Sørum med lederutvikling?"}])
    'Hva gjorde Bærum med lederutvikling?'
    >>> standalone_question("Og i Bærums?", [{"role": "user", "content": "Hva står i Sørums plan om seniorpolitikk?"}])
    'Hva står i Bærums plan om seniorpolitikk?'
    """
    previous = next((t.get("content", "") for t in reversed(history) if t.get("role") == "user"), "")
    if not previous:
        return question
    new_names = named_municipalities(question)  # also inflected: "Og i Bærums plan?"
    old_names = named_municipalities(previous)
    content = [
        w for w in re.findall(r"\w+", question.lower()) if w not in {"og", "hva", "med", "kva", "enn", "men", "what", "about", "and"}
    ]
    pronoun = bool(_PRONOUN_RE.search(question)) and not new_names and not re.search(r"(?<!^)(?<![.?!] )\b[A-ZÆØÅ][a-zæøå]{2,}", question)
    is_elliptical = bool(_FOLLOWUP_RE.match(question)) or len(content) <= 2 or pronoun
    if not is_elliptical:
        return question
    if new_names and old_names:
        if len([w for w in content if not named_municipalities(w) and len(w) > 3]) >= 2:
            return question  # "Og hva med Bærum – hva slags lederutdanning har de brukt?" says it all
        rewritten = previous
        for old in old_names:
            rewritten = re.sub(rf"\b{old}(?=s?\b)", new_names[0], rewritten, flags=re.IGNORECASE)  # "Sørums" -> "Bærums"
        return rewritten
    return f"{previous} {question}".strip()


class Assistant:
    """Retrieval + answer engines over one index."""

    def __init__(self, settings: Settings, index: Index, retriever: Retriever | None = None) -> None:
        self.settings = settings
        self.index = index
        self.retriever = retriever or Retriever(index, settings)
        self._idf: dict[str, float] | None = None
        self._analyzer: Analyzer | None = None
        self._spell: Any = None
        self._corpus_text: str | None = None

    # ---- shared preparation --------------------------------------------------------------
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = self.index.analyzer()
        return self._analyzer

    def idf(self) -> dict[str, float]:
        if self._idf is None:
            chunks = list(self.index.chunks().values())
            df: dict[str, int] = {}
            for c in chunks:
                for t in set(self.analyzer().tokens(index_text(c))):
                    df[t] = df.get(t, 0) + 1
            n = max(len(chunks), 1)
            self._idf = {t: math.log(1 + n / d) for t, d in df.items()}
            self._idf_default = math.log(1 + n)
        return self._idf

    def question_terms(self, question: str) -> dict[str, float]:
        idf = self.idf()
        default = getattr(self, "_idf_default", 1.0)
        terms: dict[str, float] = {}
        for word in re.findall(r"\w+", question.lower()):
            if word in _QUESTION_NOISE:
                continue
            for t in self.analyzer().tokens(word):
                terms[t] = idf.get(t, default)
        return terms

    def corpus_text(self) -> str:
        """All indexed text, lower-cased, for checking whether a name occurs anywhere."""
        if self._corpus_text is None:
            self._corpus_text = "\n".join(index_text(c) for c in self.index.chunks().values()).lower()
        return self._corpus_text

    def prepare(self, question: str, history: Sequence[Mapping[str, str]] = (), k: int = 6, filters: Filters | None = None) -> Prepared:
        standalone = standalone_question(question, history)
        lang = detect_language(question)
        if lang == "nn":  # searched in bokmål, the sources' language; answered in bokmål
            standalone = nynorsk_to_bokmal(standalone)
            question_words = nynorsk_to_bokmal(question)
        else:
            question_words = question
        named = named_municipalities(standalone)
        if len(named) >= 2:
            k = max(k, COMPARE_HITS * len(named))  # a comparison needs passages about each side
        hits = self.retriever.search(standalone, k=k, filters=filters)
        prepared = Prepared(question=question, standalone=standalone, lang="en" if lang == "en" else "nb", hits=hits, filters=filters)
        # "…, ifølge SKUP?" says where to look, more than what to find: its words weigh less when the
        # sentences are ranked, and the sentence vectors are compared with the question without them.
        # Refusal still weighs the whole question ("ifølge Oslos plan" is not answered from Sørum's).
        asked = drop_source(standalone)
        full_terms = self.question_terms(standalone)
        asked_terms = full_terms if asked == standalone else self.question_terms(asked)
        terms = {t: w if t in asked_terms else w * SOURCE_WEIGHT for t, w in full_terms.items()}
        full_total = sum(full_terms.values()) or 1.0
        if standalone != question:
            # "Enn brukerundersøkelser?": the follow-up's own words say what is new, so they weigh more.
            for t in self.question_terms(question_words):
                if t in terms:
                    terms[t] *= FOLLOWUP_BOOST
        total = sum(terms.values()) or 1.0
        same_terms = terms == full_terms  # no source words, no follow-up: the whole question's coverage is the same
        # The best sentence windows of the dense retriever point at the answering sentences.
        windows = self.index.dense_windows(standalone, 24, filters.where() if filters else None)
        floor = windows[-1][2] if windows else 0.0
        by_chunk: dict[str, list[tuple[str, float]]] = {}
        for cid, text, sim in windows:
            by_chunk.setdefault(cid, []).append((" ".join(text.split("\n", 1)[-1].split()), sim))
        scored: list[_Scored] = []
        best_lexical = 0.0
        wants_number = bool(QUANTITY_RE.search(standalone)) or "andel" in standalone.lower()
        noun = counted_noun(standalone)
        counts = counting(noun) if noun else None
        for n, hit in enumerate(hits, start=1):
            header = set(self.analyzer().tokens(index_text(replace(hit.chunk, text=""))))
            titles = {_title_key(t) for t in hit.chunk.section}
            for pos, sentence in enumerate(split_sentences(_EDITORIAL_RE.sub("", hit.chunk.text))):
                words = sentence.split()
                if len(words) < 4 or sum(w.replace(",", "").replace(".", "").isdigit() for w in words) > len(words) / 2:
                    continue  # headings and flattened table rows are no answers
                if _is_heading(sentence) or _title_key(sentence) in titles:
                    continue  # "5. Kompetansebehov for Sørum kommune" is the passage's own heading
                toks = set(self.analyzer().tokens(sentence))
                covered, coverage = _coverage(terms, total, toks, header)
                flat = " ".join(sentence.split())
                window_sim = max((sim for text, sim in by_chunk.get(hit.chunk.id, []) if flat[:60] in text), default=floor)
                score = coverage + WINDOW_WEIGHT * (window_sim - floor) - RANK_PENALTY * (n - 1)
                if sentence.rstrip().endswith("?"):
                    score -= QUESTION_PENALTY  # a question in the text ("Hvor fornøyde var deltakerne?") is no answer
                if _FOOTNOTE_RE.match(sentence):
                    score -= FOOTNOTE_PENALTY  # "16 I spørreundersøkelsen har …" is a footnote, beside the point
                if wants_number and re.search(r"\d|prosent", sentence):
                    score += NUMBER_BONUS  # "Hvor mange ...?" is answered by a sentence with a number
                if counts and counts.search(sentence):
                    score += COUNTED_BONUS  # "Hvor mange samlinger …?" by "… gjennomføres 5 samlinger"
                quote = _FOOTNOTE_END_RE.sub(r"\1", one_line(sentence))  # "… fem tusen kroner.14" -> "… kroner."
                scored.append(_Scored(n, hit, quote, pos, covered, score, coverage))
                whole = coverage if same_terms else _coverage(full_terms, full_total, toks, header)[1]
                best_lexical = max(best_lexical, whole)
        scored.sort(key=lambda s: -s.score)
        self._rerank(asked, scored)
        prepared.sentences = scored
        prepared.top_similarity = windows[0][2] if windows else 0.0
        # Answerability: how much of the question the best sentence covers, lifted when the dense
        # retriever is confident (paraphrases share few words with the source).
        prepared.best_coverage = best_lexical + SIMILARITY_WEIGHT * max(0.0, prepared.top_similarity - SIMILARITY_FLOOR)
        # Signs that the sources cannot answer, beyond low term coverage (see assistant.refusal).
        reason = unanswerable_reason(
            standalone, lang=prepared.lang, hits=hits, sentences=scored, corpus=self.corpus_text(), terms=full_terms, source_free=asked
        )
        if reason:
            prepared.best_coverage = min(prepared.best_coverage, REFUSE_BELOW - 0.01)
            prepared.refusal_reason = reason
        if lang == "en" and hits and not reason and prepared.top_similarity >= ENGLISH_ANSWERABLE:
            # BM25 cannot match English words against Norwegian text; the dense retriever can, so
            # judge answerability by its similarity instead of term coverage.
            prepared.best_coverage = max(prepared.best_coverage, REFUSE_BELOW)
        return prepared

    def _rerank(self, question: str, scored: list[_Scored]) -> None:
        """Re-rank the best candidate sentences by their own dense similarity to the question.

        The window similarity says which 80 words match; the sentence's own vector says which
        sentence does. Embedding ~20 short sentences costs ~0.3 s here, so only the head of the
        list is re-ranked; the rest keeps its order below it. Measured on evals/questions.jsonl
        (share of questions with a must-include sentence among the first 4): 0.57 -> 0.64.
        """
        head = scored[:RERANK_TOP]
        if len(head) < 2:
            return
        sims = self.index.sentence_similarities(question, [s.sentence for s in head])
        top, low = max(sims), min(sims)
        for s, sim in zip(head, sims, strict=True):
            s.similarity = sim
            s.score += SENTENCE_WEIGHT * (sim - top)
        for s in scored[RERANK_TOP:]:
            s.score += SENTENCE_WEIGHT * (low - top)
        scored.sort(key=lambda s: -s.score)

    # ---- answering -----------------------------------------------------------------------
    def ask(
        self, question: str, history: Sequence[Mapping[str, str]] = (), engine: str | None = None, filters: Filters | None = None
    ) -> Answer:
        final: Answer | None = None
        for event in self.stream(question, history, engine, filters):
            if event.kind == "final":
                final = event.answer
        assert final is not None
        return final

    def stream(
        self, question: str, history: Sequence[Mapping[str, str]] = (), engine: str | None = None, filters: Filters | None = None
    ) -> Iterator[Event]:
        """Yield ``sources`` first, then ``delta`` text, then the checked ``final`` answer."""
        started = time.perf_counter()
        name = engine or self.settings.engine
        if name not in ENGINE_NAMES:
            raise ValueError(f"unknown engine {name!r}: choose one of {', '.join(ENGINE_NAMES)}")
        prepared = self.prepare(question, history, filters=filters)
        if not prepared.answerable:
            answer = self._refusal(prepared, name)
            yield Event("sources", citations=answer.citations)
            yield Event("delta", text=answer.text)
            yield Event("final", answer=replace(answer, latency_s=time.perf_counter() - started))
            return
        if name == "extractive":
            answer = self._extractive(prepared)
            yield Event("sources", citations=answer.citations)
            yield Event("delta", text=answer.text)
        else:
            answer = yield from self._generate(prepared, name)
        yield Event("final", answer=replace(answer, latency_s=time.perf_counter() - started))

    def _refusal(self, prepared: Prepared, engine: str) -> Answer:
        phrases = PHRASES[prepared.lang]
        cites = tuple(Citation(n=i, chunk=h.chunk, quote=h.chunk.text) for i, h in enumerate(prepared.hits[:3], start=1))
        text = phrases["refusal"] + (" " + phrases["closest"] if cites else "")
        why = prepared.refusal_reason or f"best coverage {prepared.best_coverage:.2f} below {REFUSE_BELOW}"
        return Answer(prepared.question, text, cites, True, engine, notes=(why,))

    def _pick_sentences(self, prepared: Prepared, max_sentences: int | None = None, max_words: int | None = None) -> list[_Scored]:
        """Greedy: the best sentence, then those that add uncovered question terms (MMR-like)."""
        if not prepared.sentences:
            return []
        max_sentences = max_sentences or MAX_SENTENCES
        max_words = max_words or MAX_WORDS
        best = prepared.sentences[0]
        chosen = [best]
        covered = set(best.terms)
        words = len(best.sentence.split())
        for cand in prepared.sentences[1:]:
            if len(chosen) >= max_sentences:
                break
            if cand.score < best.score - PICK_MARGIN or words + len(cand.sentence.split()) > max_words:
                continue
            if any(fuzz.ratio(c.sentence, cand.sentence) > 90 for c in chosen):
                continue  # the same sentence quoted in two documents
            adds_terms = bool(cand.terms - covered)
            neighbour = any(c.n == cand.n and abs(c.position - cand.position) == 1 for c in chosen)
            if adds_terms or neighbour or cand.score >= best.score - PICK_MARGIN / 2:
                chosen.append(cand)
                covered |= cand.terms
                words += len(cand.sentence.split())
        # The sentence after the best one often carries its point ("… består av:" + the list).
        leads = chosen[:FOLLOWING_FOR]
        for lead in list(leads):
            nxt = next((c for c in prepared.sentences if c.n == lead.n and c.position == lead.position + 1), None)
            if nxt is not None and nxt not in chosen and words + len(nxt.sentence.split()) <= max_words + FOLLOWING_WORDS:
                chosen.append(nxt)
                leads.append(nxt)
                words += len(nxt.sentence.split())
        # A lead sentence that points back ("Dette innebærer en månedlig rapportering …") needs the one before it.
        for lead in list(leads):
            if not _POINTS_BACK_RE.search(lead.sentence):
                continue
            prev = next((c for c in prepared.sentences if c.n == lead.n and c.position == lead.position - 1), None)
            if prev is not None and prev not in chosen and words + len(prev.sentence.split()) <= max_words + FOLLOWING_WORDS:
                chosen.append(prev)
                words += len(prev.sentence.split())
        # A lead sentence that ends in a colon introduces a list: quote the list too.
        for lead in leads:
            if not lead.sentence.rstrip().endswith(":"):
                continue
            items = sorted((c for c in prepared.sentences if c.n == lead.n and c.position > lead.position), key=lambda c: c.position)
            added = 0
            for expected, item in enumerate(items, start=lead.position + 1):
                if item.position != expected or added + len(item.sentence.split()) > LIST_WORDS:
                    break
                if item not in chosen:
                    chosen.append(item)
                    added += len(item.sentence.split())
        # Keep source order inside a passage; the passage with the best sentence comes first.
        best_in: dict[int, float] = {}
        for c in chosen:
            best_in[c.n] = max(best_in.get(c.n, c.score), c.score)
        return sorted(chosen, key=lambda s: (-best_in[s.n], s.n, s.position))

    def _extractive(self, prepared: Prepared, note: str | None = None) -> Answer:
        phrases = PHRASES[prepared.lang]
        lines = [NOTICES[prepared.lang].get(note, phrases["fallback_note"])] if note else []
        lines.append(phrases["intro"])
        groups = self._comparison_groups(prepared) or [("", self._pick_sentences(prepared))]
        if not any(chosen for _, chosen in groups):
            return replace(self._refusal(prepared, "extractive"), notes=("no side of the comparison has a sentence about it",))
        numbering: dict[str, int] = {}  # chunk id -> citation number
        chunks: dict[int, Chunk] = {}
        quotes: dict[int, list[str]] = {}
        for name, chosen in groups:
            if name:
                lines.append(phrases["about"].format(name=name) if chosen else phrases["nothing_about"].format(name=name))
            for run in _runs(chosen):
                n = numbering.setdefault(run[0].hit.chunk.id, len(numbering) + 1)
                chunks[n] = run[0].hit.chunk
                for s in run:
                    if s.sentence not in quotes.setdefault(n, []):
                        quotes[n].append(s.sentence)
                sentence = " ".join(s.sentence.strip() for s in run).lstrip("•-–▪ ").strip()
                tail = (
                    ""
                    if sentence.endswith((".", "!", "?", ":", ";", "»", "”", '"')) or run[0].sentence.lstrip().startswith(("•", "-", "–", "▪"))
                    else "."
                )
                lines.append(f"• «{sentence}»{tail} [{n}]")
        cites = tuple(Citation(n=n, chunk=chunks[n], quote=" ".join(quotes[n])) for n in sorted(chunks))
        return Answer(prepared.question, "\n".join(lines), cites, False, "extractive", notes=(note,) if note else ())

    def _comparison_groups(self, prepared: Prepared) -> list[tuple[str, list[_Scored]]] | None:
        """A comparison ("Hvordan skiller Sørum og Bærum seg …?") answered one municipality at a time.

        Each side is asked as its own question (its own clause when the question asks each side its own
        thing, else the question with the other names taken out), so it gets its own passages, sentence
        ranking and refusal check, and picks among the sentences about it (``_on_side``); its quotes come
        under "Om <kommune>:", in the order the question names them. None when the question names fewer
        than two municipalities.
        """
        named = named_municipalities(prepared.standalone)
        if len(named) < 2:
            return None
        lowered = prepared.standalone.lower()
        named.sort(key=lambda m: lowered.find(m.lower()))  # in the order the question names them
        groups = []
        clauses = _side_clauses(prepared.standalone, named)
        for name in named:
            asked = clauses.get(name) or drop_names(prepared.standalone, [other for other in named if other != name])
            side = self.prepare(asked, filters=prepared.filters)
            side.sentences = [s for s in side.sentences if _on_side(s, name)]  # a side picks among its own sentences
            picked = self._pick_sentences(side, COMPARE_SENTENCES, COMPARE_WORDS) if side.answerable else []
            groups.append((name, picked))
        return groups

    # ---- LLM engines ---------------------------------------------------------------------
    def _passages_for_llm(self, prepared: Prepared, engine: str) -> list[tuple[int, Hit, str]]:
        """Numbered passages for the prompt; for the small local model only its best sentences."""
        if engine == "local":
            # Prompt processing runs at ~75 tokens/s here: give the small model only the best few
            # sentences, at most LOCAL_WORDS words (about 250 prompt tokens in all), grouped by passage.
            by_hit: dict[int, list[_Scored]] = {}
            words = 0
            for sc in prepared.sentences[:LOCAL_SENTENCES]:
                words += len(sc.sentence.split())
                if by_hit and words > LOCAL_WORDS:
                    break
                by_hit.setdefault(sc.n, []).append(sc)
            out = []
            for i, (n, sents) in enumerate(sorted(by_hit.items()), start=1):
                text = " ".join(sc.sentence for sc in sorted(sents, key=lambda sc: sc.position))
                out.append((i, prepared.hits[n - 1], text))
            return out
        return [(i, h, h.chunk.text) for i, h in enumerate(prepared.hits[: self.settings.llm_passages], start=1)]

    @staticmethod
    def _passage_header(hit: Hit, engine: str) -> str:
        """Who and where a passage is from; short for the local model, whose prompt time counts."""
        if engine == "local":
            c = hit.chunk
            who = c.meta.get("municipality") or " ".join(c.title.split()[:3])
            return f"{who}: {' '.join(c.section[-1].split()[:6])}" if c.section else str(who)
        return hit.chunk.title + (f", {hit.chunk.section_path}" if hit.chunk.section else "")

    def _generate(self, prepared: Prepared, engine: str) -> Generator[Event, None, Answer]:
        from assistant.llm import make_chat_model, stream_text

        passages = self._passages_for_llm(prepared, engine)
        cites = tuple(Citation(n=i, chunk=h.chunk, quote=text) for i, h, text in passages)
        yield Event("sources", citations=cites)
        language = "engelsk" if prepared.lang == "en" else "norsk bokmål"
        system = render_prompt("answer_system", language=language)
        raw = ""
        while True:
            context = "\n\n".join(f"[{i}] ({self._passage_header(h, engine)})\n{text}" for i, h, text in passages)
            user = render_prompt("answer_user", passages=context, question=prepared.standalone)
            try:
                model = make_chat_model(self.settings, engine)
                # The whole answer within PLANVIS_LLM_TIMEOUT_S, whatever the server does (see llm_faults).
                for delta in stream_within(stream_text(model, [("system", system), ("user", user)]), self.settings.llm_timeout_s):
                    raw += delta
                    yield Event("delta", text=delta)
                break
            except Exception as exc:  # a down server or a broken model must not cost the user the answer
                if not raw and len(passages) > 1 and _TOO_LONG_RE.search(str(exc)):
                    passages = passages[: len(passages) // 2]  # a server with a short context: fewer passages
                    continue
                reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                kind = failure_kind(exc)  # the notice says which: down, slow, error or unreadable
                answer = self._extractive(prepared, note=kind)
                return replace(answer, engine=engine, notes=(f"fallback to extractive: {engine} failed, {kind} ({reason})",))
        checked = self._check_generated(raw, passages, prepared)
        if checked is None:
            answer = self._extractive(prepared, note="fallback")
            return replace(answer, engine=engine, notes=("fallback to extractive: nothing in the generated answer was supported",))
        text, used, notes = checked
        kept = tuple(c for c in cites if c.n in used)
        return Answer(prepared.question, text, kept, False, engine, notes=notes)

    def spellchecker(self) -> Any:
        if self._spell is None:
            from assistant.language import load_spellchecker

            self._spell = load_spellchecker(c.text for c in self.index.chunks().values())
        return self._spell

    def _check_generated(
        self, raw: str, passages: Sequence[tuple[int, Hit, str]], prepared: Prepared
    ) -> tuple[str, tuple[int, ...], tuple[str, ...]] | None:
        """Citation check, then spelling check (Norwegian answers); None if nothing is left."""
        # The header names the document and municipality, which a chunk often says only as "kommunen".
        texts = {i: index_text(h.chunk) for i, h, _ in passages}
        raw = raw.strip()
        if not raw or PHRASES["nb"]["refusal"].lower() in raw.lower() or "finner ikke" in raw.lower():
            return None
        verified = verify(raw, texts)
        notes = [f"dropped: {s[:80]} ({why})" for s, why in verified.dropped]
        # A "sentence" of markers or one or two words says nothing, however well it is cited.
        kept = [s for s in verified.kept if len(re.findall(r"[^\W\d_]{2,}", strip_markers(s))) >= 3]
        if prepared.lang == "nb" and kept:
            checker = self.spellchecker()
            good = []
            for sentence in kept:
                report = checker.check(strip_markers(sentence))
                if report.misspelt:
                    notes.append(f"dropped for spelling ({', '.join(report.misspelt[:3])}): {sentence[:60]}")
                else:
                    good.append(sentence)
            kept = good
        if not kept or not any(re.search(r"\[\d+\]", s) for s in kept):
            return None
        used = tuple(sorted({int(n) for s in kept for n in re.findall(r"\[(\d+)\]", s)}))
        return " ".join(kept), used, tuple(notes)
