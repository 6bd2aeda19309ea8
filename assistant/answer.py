"""Answer a question from the sources with checked citations, or refuse honestly.

One :class:`Assistant` serves every engine:

- ``extractive`` (no LLM): picks the source sentences that best cover the question
  (:mod:`assistant.ranking`) and joins them with our own fixed phrases; every sentence is a quote
  with its citation.
- ``local`` / ``openai``: a LangChain chat model writes the answer from numbered passages; the
  result then goes through :meth:`Assistant.verify_text` (every sentence must be supported by the
  passage it cites, every number must be in it, and it must be spelt right). If nothing survives,
  the answer falls back to ``extractive``.

Refusal is decided before any engine runs, from how well the best source sentence covers the
question's terms (``assistant.refusal.REFUSE_BELOW``) and the rules of :mod:`assistant.refusal`.

    >>> assistant = Assistant(settings, index)                       # doctest: +SKIP
    >>> ans = assistant.ask("Hva gjorde Sørum med Fagstigen?")       # doctest: +SKIP
    >>> ans.text, [c.chunk.doc_id for c in ans.citations]            # doctest: +SKIP
    >>> [h.chunk.doc_id for h in assistant.search("Fagstigen", k=3)]  # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
import time
from collections.abc import Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from assistant import compose, rules, sentence_store
from assistant.chunking import index_text
from assistant.citations import Verified, strip_markers, verify
from assistant.crosslingual import refusal_language
from assistant.index import Index
from assistant.language import detect_language
from assistant.llm_faults import NOTICES, failure_kind, stream_within
from assistant.municipality import about, drop_names, named_municipalities
from assistant.prompts import render_prompt
from assistant.question import drop_source
from assistant.question import standalone_question as standalone_question  # re-exported
from assistant.ranking import Prepared, Scored, Terms, pick_sentences, score_sentences
from assistant.refusal import ENGLISH_ANSWERABLE, QUANTITY_RE, REFUSE_BELOW, unanswerable_reason
from assistant.retrieve import Filters, Retriever
from assistant.sentences import one_line, source_sentences
from assistant.settings import Settings
from assistant.text import Analyzer
from assistant.types import Answer, Chunk, Citation, Hit, SourceSentence
from assistant.units import LIST_RULES, ListUnit, list_units

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

LOCAL_SENTENCES = 4
LOCAL_WORDS = 90
SIMILARITY_WEIGHT = 2.0
SIMILARITY_FLOOR = 0.80
RERANK_TOP = 20
SENTENCE_WEIGHT = 10.0
FOLLOWUP_BOOST = 2.0
COMPARE_SENTENCES = 4
COMPARE_WORDS = 90
COMPARE_HITS = 5
SOURCE_WEIGHT = 0.3
MIN_GENERATED_WORDS = 3

_M = "assistant.answer"
rules.register(
    "sentence-rerank", kind="bonus", module=_M, found_on=("dev",),
    what="the best candidate sentences are re-ranked by their own dense similarity to the question",
)
rules.register(
    "followup-boost", kind="bonus", module=_M, found_on=("dev",),
    what="in a follow-up ('Enn brukerundersøkelser?') the follow-up's own words say what is new, so they weigh more",
)
rules.register(
    "dense-answerability", kind="threshold", module=_M, found_on=("dev",),
    what="a confident dense match lifts answerability: a paraphrase shares few words with its source",
)
rules.register(
    "english-answerable", kind="threshold", module=_M, found_on=("dev",),
    what="an English question is answerable when the dense similarity is high, since it shares no words with Norwegian text",
)
rules.register(
    "comparison-sides", kind="pattern", module=_M, found_on=("dev",),
    what="a question naming two or more municipalities is answered one municipality at a time ('Om Sørum: …')",
)
rules.register(
    "side-own-sentences", kind="pattern", module=_M, found_on=("ha", "hc"),
    what="a comparison side quotes only sentences about its municipality",
)
rules.register(
    "generated-says-something", kind="pattern", module=_M,
    what="a generated 'sentence' of markers or one or two words says nothing, however well it is cited",
)
rules.register("generated-spelling", kind="pattern", module=_M, what="a generated Norwegian sentence with a misspelt word is dropped")

# How servers say a prompt does not fit their context (llama.cpp's server ends the stream empty).
_TOO_LONG_RE = re.compile(r"context|too long|maximum.{0,20}length|exceed|no generation chunks", re.IGNORECASE)


def on_side(s: Scored, name: str) -> bool:
    """May this sentence be quoted under "Om <name>:"? (see :func:`assistant.municipality.about`)"""
    return about(s.hit.chunk, s.sentence, name)


@dataclass(frozen=True)
class Event:
    """One streaming event: ``sources`` (citations known before text), ``delta`` (text), ``final``."""

    kind: str
    text: str = ""
    citations: tuple[Citation, ...] = ()
    answer: Answer | None = None


@dataclass(frozen=True)
class TermStatistics:
    """What ranking needs from the whole index (idf, the analyzer); the same for every Assistant over it."""

    idf: Mapping[str, float]
    default_idf: float
    analyzer: Analyzer


Passages = Mapping[int, "Chunk | str"] | Sequence["Citation | Hit | Chunk"]


class Assistant:
    """Retrieval + answer engines over one index.

    The public calls for a UI, a drafting engine or a reviewer: :meth:`ask` / :meth:`stream` (with
    history), :meth:`search`, :meth:`sentences`, :meth:`cite`, :meth:`verify_text`, :meth:`spellcheck`.
    """

    def __init__(
        self, settings: Settings, index: Index, retriever: Retriever | None = None, statistics: TermStatistics | None = None
    ) -> None:
        self.settings = settings
        self.index = index
        self.retriever = retriever or Retriever(index, settings)
        self._stats = statistics
        self._analyzer: Analyzer | None = statistics.analyzer if statistics else None
        self._spell: Any = None
        self._corpus_text: str | None = None
        self._lists: tuple[tuple[int, int, frozenset[str]], list[ListUnit]] | None = None
        self._lists_content: int | None = None
        self._warm = False

    # ---- shared preparation --------------------------------------------------------------
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = self.index.analyzer()
        return self._analyzer

    def statistics(self) -> TermStatistics:
        """The index-wide term statistics; pass them to another Assistant over the same index to share them.

        >>> other = Assistant(settings, index, retriever=r, statistics=assistant.statistics())  # doctest: +SKIP
        """
        if self._stats is None:
            chunks = list(self.index.chunks().values())
            df: dict[str, int] = {}
            for c in chunks:
                for t in set(self.analyzer().tokens(index_text(c))):
                    df[t] = df.get(t, 0) + 1
            n = max(len(chunks), 1)
            self._stats = TermStatistics({t: math.log(1 + n / d) for t, d in df.items()}, math.log(1 + n), self.analyzer())
        return self._stats

    def idf(self) -> Mapping[str, float]:
        return self.statistics().idf

    def question_terms(self, question: str) -> dict[str, float]:
        """The question's content terms (stemmed, compounds split) with their idf weights."""
        stats = self.statistics()
        terms: dict[str, float] = {}
        for word in re.findall(r"\w+", question.lower()):
            for t in self.analyzer().tokens(word):
                terms[t] = stats.idf.get(t, stats.default_idf)
        return terms

    def corpus_text(self) -> str:
        """All indexed text, lower-cased and with white space collapsed, for checking whether a name occurs anywhere."""
        if self._corpus_text is None:
            # One space for every run of white space: a name broken over a line ("Samarbeid om etisk
            # kompetanseheving") is still found.
            self._corpus_text = " ".join("\n".join(index_text(c) for c in self.index.chunks().values()).split()).lower()
        return self._corpus_text

    def prepare(
        self, question: str, history: Sequence[Mapping[str, str]] = (), k: int = 6, filters: Filters | None = None, asked_in: str = ""
    ) -> Prepared:
        """Retrieve, rank the candidate sentences and decide answerability (what every engine starts from).
        ``asked_in``: the language the user wrote, when ``question`` is a part of a question already in its
        bokmål search form."""
        self.warm()
        standalone = standalone_question(question, history)
        lang = detect_language(question)
        asked_in = asked_in or lang
        if lang in ("nn", "en"):  # searched and ranked in bokmål, the sources' language (assistant.crosslingual)
            from assistant.crosslingual import corpus_vocabulary, to_bokmal

            vocabulary = corpus_vocabulary(self.index)
            standalone = to_bokmal(standalone, lang, vocabulary)
            question_words = to_bokmal(question, lang, vocabulary)
        else:
            question_words = question
        named = named_municipalities(standalone)
        if len(named) >= 2 and rules.enabled("comparison-search"):
            k = max(k, COMPARE_HITS * len(named))  # a comparison needs passages about each side
        hits = self.retriever.search(standalone, k=k, filters=filters)
        prepared = Prepared(question=question, standalone=standalone, lang="en" if lang == "en" else "nb", hits=hits, filters=filters, asked_in=asked_in)
        # "…, ifølge SKUP?" says where to look, more than what to find: its words weigh less when the
        # sentences are ranked, and the sentence vectors are compared with the question without them.
        # Refusal still weighs the whole question ("ifølge Oslos plan" is not answered from Sørum's).
        asked = drop_source(standalone)
        full_terms = self.question_terms(standalone)
        asked_terms = full_terms if asked == standalone else self.question_terms(asked)
        ranked = {t: w if t in asked_terms else w * SOURCE_WEIGHT for t, w in full_terms.items()}
        if standalone != question and rules.enabled("followup-boost"):
            # "Enn brukerundersøkelser?": the follow-up's own words say what is new, so they weigh more.
            for t in self.question_terms(question_words):
                if t in ranked:
                    ranked[t] *= FOLLOWUP_BOOST
        wants_number = bool(QUANTITY_RE.search(standalone)) or "andel" in standalone.lower()
        terms = Terms(ranked, full_terms, wants_number)
        # The best sentence windows of the dense retriever point at the answering sentences.
        windows = self.index.dense_windows(standalone, 24, filters.where() if filters else None)
        scored, best_lexical = score_sentences(hits, terms, self.analyzer(), windows)
        self._rerank(asked, scored)
        prepared.sentences = scored
        prepared.top_similarity = windows[0][2] if windows else 0.0
        # Answerability: how much of the question the best sentence covers, lifted when the dense
        # retriever is confident (paraphrases share few words with the source).
        prepared.best_coverage = best_lexical
        if rules.enabled("dense-answerability"):
            prepared.best_coverage += SIMILARITY_WEIGHT * max(0.0, prepared.top_similarity - SIMILARITY_FLOOR)
        # Signs that the sources cannot answer, beyond low term coverage (see assistant.refusal).
        reason = unanswerable_reason(
            standalone, lang=refusal_language(prepared.lang), hits=hits, sentences=scored, corpus=self.corpus_text(), terms=full_terms, source_free=asked,
            # absent-topic reads bokmål words only: an English or nynorsk word left untranslated is not absent
            top_similarity=prepared.top_similarity if asked_in == "nb" else 1.0, split=self.analyzer().split, asked_in=asked_in,
        )
        if reason:
            prepared.best_coverage = min(prepared.best_coverage, REFUSE_BELOW - 0.01)
            prepared.refusal_reason = reason
        if lang == "en" and hits and not reason and prepared.top_similarity >= ENGLISH_ANSWERABLE and rules.enabled("english-answerable"):
            # BM25 cannot match English words against Norwegian text; the dense retriever can, so
            # judge answerability by its similarity instead of term coverage.
            prepared.best_coverage = max(prepared.best_coverage, REFUSE_BELOW)
        return prepared

    def _rerank(self, question: str, scored: list[Scored]) -> None:
        """Re-rank the best candidate sentences by their own dense similarity to the question.

        The window similarity says which 80 words match; the sentence's own vector says which
        sentence does. Only the head of the list is re-ranked (a sentence not in the store yet is
        embedded, ~15 ms each); the rest keeps its order below it. The similarities are kept for the
        refusal rules even when the re-ranking rule is off.
        """
        head = scored[:RERANK_TOP]
        if len(head) < 2:
            return
        # The sentences' vectors come from the store next to the index (assistant.sentence_store): a dot
        # product, not an embedding run of ~20 sentences per question.
        sims = sentence_store.store_for(self.index).similarities(self.index.query_vector(question), [s.sentence for s in head])
        weight = SENTENCE_WEIGHT if rules.enabled("sentence-rerank") else 0.0
        top, low = max(sims), min(sims)
        for s, sim in zip(head, sims, strict=True):
            s.similarity = sim
            s.score += weight * (sim - top)
        for s in scored[RERANK_TOP:]:
            s.score += weight * (low - top)
        scored.sort(key=lambda s: -s.score)

    # ---- the public calls ----------------------------------------------------------------
    def search(self, query: str, k: int | None = None, filters: Filters | None = None) -> list[Hit]:
        """The ``k`` best passages for ``query`` (hybrid retrieval), optionally filtered.

        >>> [h.chunk.doc_id for h in assistant.search("lederutvikling", k=2, filters=Filters(municipality="Sørum"))]  # doctest: +SKIP
        ['sorum-strategisk-kompetanseutviklingsplan-2010-2013', 'sorum-strategisk-kompetanseutviklingsplan-2010-2013']
        """
        return self.retriever.search(query, k=k, filters=filters)

    def sentences(self, chunk: Chunk) -> list[SourceSentence]:
        """The sentences of a passage, each with what a citation needs (text as quoted, offsets, position).

        >>> s = assistant.sentences(hit.chunk)[0]                       # doctest: +SKIP
        >>> s.text, s.citation(1).quote == s.text                       # doctest: +SKIP
        """
        return source_sentences(chunk)

    def cite(self, chunk: Chunk, quote: str, n: int = 1) -> Citation:
        """A citation ``[n]`` of ``quote`` in ``chunk``; ValueError if the passage does not contain it
        (compared on one line, as quotes are written).

        >>> assistant.cite(chunk, "Fagstigen består av fire trinn.").quote   # doctest: +SKIP
        """
        flat = one_line(quote)
        if not flat or flat not in one_line(chunk.text):
            raise ValueError(f"quote not in passage {chunk.id}: {flat[:60]!r}")
        return Citation(n=n, chunk=chunk, quote=flat)

    def spellcheck(self, text: str) -> list[str]:
        """The words of a Norwegian text that are misspelt (the nb_NO dictionary plus the corpus's words).

        >>> assistant.spellcheck("Komunnen har en kompetanseplan.")     # doctest: +SKIP
        ['Komunnen']
        """
        return list(self.spellchecker().check(text).misspelt)

    def verify_text(self, text: str, passages: Passages, *, spelling: bool = True, attribute: bool = False) -> Verified:
        """Check a generated text with ``[n]`` markers against the passages it cites, as the LLM engines'
        answers are checked: a sentence stays only if its cited passages support it (every number and
        name in them, enough of its words), it says something (three words or more) and, with
        ``spelling``, it is spelt right. ``passages`` maps a number to a chunk or text, or lists
        citations (by their ``n``), hits or chunks (numbered from 1). With ``attribute``, a fact
        sentence the model left without a marker is cited to a passage that supports it on its own.

        >>> v = assistant.verify_text("Sørum har Fagstigen [1]. Halden har 42 ledere [1].", [chunk])  # doctest: +SKIP
        >>> v.text, v.dropped                                             # doctest: +SKIP
        """
        texts = _passage_texts(passages)
        verified = verify(text, texts, attribute=attribute)
        dropped = list(verified.dropped)
        kept: list[str] = []
        for sentence in verified.kept:
            if len(re.findall(r"[^\W\d_]{2,}", strip_markers(sentence))) < MIN_GENERATED_WORDS and rules.enabled("generated-says-something"):
                dropped.append((sentence, "says nothing"))
            else:
                kept.append(sentence)
        if spelling and kept and rules.enabled("generated-spelling"):
            good = []
            for sentence in kept:
                misspelt = self.spellcheck(strip_markers(sentence))
                if misspelt:
                    dropped.append((sentence, f"spelling ({', '.join(misspelt[:3])})"))
                else:
                    good.append(sentence)
            kept = good
        used = tuple(sorted({n for s in kept for n in _markers_of(s) if n in texts}))
        return Verified(" ".join(kept), tuple(kept), tuple(dropped), used, verified.removed_markers)

    def spellchecker(self) -> Any:
        """The spell checker (built once, on first use): ``.check(text) -> SpellReport``."""
        if self._spell is None:
            from assistant.language import load_spellchecker

            self._spell = load_spellchecker(c.text for c in self.index.chunks().values())
        return self._spell

    # ---- answering -----------------------------------------------------------------------
    def ask(
        self, question: str, history: Sequence[Mapping[str, str]] = (), engine: str | None = None, filters: Filters | None = None
    ) -> Answer:
        """Answer ``question`` (a follow-up is read with ``history``: ``[{"role", "content"}, …]``).

        >>> assistant.ask("Og hva med Bærum?", [{"role": "user", "content": "Hva gjorde Sørum med lederutvikling?"}]).text  # doctest: +SKIP
        """
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
        # A false premise, a multi-part question, a table cell or a list can answer a question the
        # sentence ranking alone would refuse; such an answer is put together from checked quotes
        # (assistant.compose) whatever the engine, so every engine gives the same units.
        composed = None
        if name == "extractive" or not prepared.answerable or compose.needs_units(self, prepared):
            composed = compose.extractive(self, prepared, PHRASES[prepared.lang])
        if composed is None and (name == "extractive" or not prepared.answerable):
            answer = self.refusal(prepared, name)
            yield Event("sources", citations=answer.citations)
            yield Event("delta", text=answer.text)
            yield Event("final", answer=replace(answer, latency_s=time.perf_counter() - started))
            return
        if composed is not None:
            answer = composed if name == "extractive" else replace(composed, engine=name, notes=(*composed.notes, "composed from checked quotes"))
            yield Event("sources", citations=answer.citations)
            yield Event("delta", text=answer.text)
        else:
            answer = yield from self._generate(prepared, name)
        yield Event("final", answer=replace(answer, latency_s=time.perf_counter() - started))

    def refusal(self, prepared: Prepared, engine: str) -> Answer:
        """The honest refusal, with the closest passages cited."""
        phrases = PHRASES[prepared.lang]
        cites = tuple(Citation(n=i, chunk=h.chunk, quote=h.chunk.text) for i, h in enumerate(prepared.hits[:3], start=1))
        text = phrases["refusal"] + (" " + phrases["closest"] if cites else "")
        why = prepared.refusal_reason or (
            "no part of the question answered, nothing on its topic to quote"
            if prepared.answerable
            else f"best coverage {prepared.best_coverage:.2f} below {REFUSE_BELOW}"
        )
        return Answer(prepared.question, text, cites, True, engine, notes=(why,))

    def _extractive(self, prepared: Prepared, note: str | None = None) -> Answer:
        """The extractive answer (see :mod:`assistant.compose`), or the refusal; ``note`` names the LLM
        failure the answer stands in for."""
        phrases = PHRASES[prepared.lang]
        notice = NOTICES[prepared.lang].get(note, phrases["fallback_note"]) if note else None
        answer = compose.extractive(self, prepared, phrases, notice)
        if answer is None:
            return replace(self.refusal(prepared, "extractive"), notes=("nothing on the question's topic to quote",))
        return replace(answer, notes=(*((note,) if note else ()), *answer.notes))

    def list_units(self) -> list[ListUnit]:
        """Every list of the indexed passages (see :func:`assistant.units.list_units`), built with the other
        index-wide structures (:meth:`warm`) and again when the passages change (a chunk id holds a digest
        of its text, so the ids say when they do), and for the rules switched off (an ablation run's lists are
        built without the rule it measures)."""
        chunks = self.index.chunks()
        off = rules.switched_off() & LIST_RULES
        key = (id(chunks), len(chunks), off)
        if self._lists is None or self._lists[0] != key:
            content = hash((frozenset(chunks), off))
            if self._lists is not None and self._lists_content == content:
                self._lists = (key, self._lists[1])  # the same passages in a reloaded mapping
            else:
                self._lists = (key, list_units(chunks, self.analyzer()))
                self._lists_content = content
        return self._lists[1]

    def warm(self) -> None:
        """Build what every answer needs from the whole index (term statistics, the text for name checks, the
        list index, the stored sentence vectors) so that no single question pays for it; run by the first
        :meth:`prepare`, and callable at start-up."""
        if self._warm:
            return
        self.statistics()
        self.corpus_text()
        self.list_units()
        sentence_store.store_for(self.index).vectors([])
        self._warm = True

    def comparison_groups(self, prepared: Prepared) -> list[tuple[str, list[Scored]]] | None:
        """A comparison ("Hvordan skiller Sørum og Bærum seg …?") answered one municipality at a time.

        Each side is asked as its own question (the question with the other names taken out), so it gets its own passages, sentence
        ranking and refusal check, and picks among the sentences about it; its quotes come under
        "Om <kommune>:", in the order the question names them. None when the question names fewer
        than two municipalities.
        """
        named = named_municipalities(prepared.standalone)
        if len(named) < 2 or not rules.enabled("comparison-sides"):
            return None
        lowered = prepared.standalone.lower()
        named.sort(key=lambda m: lowered.find(m.lower()))  # in the order the question names them
        groups = []
        for name in named:
            asked = drop_names(prepared.standalone, [other for other in named if other != name])
            side = self.prepare(asked, filters=prepared.filters, asked_in=prepared.asked_in)
            if rules.enabled("side-own-sentences"):
                side.sentences = [s for s in side.sentences if on_side(s, name)]
            picked = pick_sentences(side, COMPARE_SENTENCES, COMPARE_WORDS) if side.answerable else []
            groups.append((name, picked))
        return groups

    # ---- LLM engines ---------------------------------------------------------------------
    def _passages_for_llm(self, prepared: Prepared, engine: str) -> list[tuple[int, Hit, str]]:
        """Numbered passages for the prompt; for the small local model only its best sentences."""
        if engine == "local":
            # Prompt processing runs at ~75 tokens/s here: give the small model only the best few
            # sentences, at most LOCAL_WORDS words (about 250 prompt tokens in all), grouped by passage.
            by_hit: dict[int, list[Scored]] = {}
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

    def _check_generated(
        self, raw: str, passages: Sequence[tuple[int, Hit, str]], prepared: Prepared
    ) -> tuple[str, tuple[int, ...], tuple[str, ...]] | None:
        """Citation check, then spelling check (Norwegian answers); None if nothing is left."""
        raw = raw.strip()
        if not raw or PHRASES["nb"]["refusal"].lower() in raw.lower() or "finner ikke" in raw.lower():
            return None
        # The header names the document and municipality, which a chunk often says only as "kommunen".
        verified = self.verify_text(raw, {i: h.chunk for i, h, _ in passages}, spelling=prepared.lang == "nb", attribute=True)
        notes = []
        for sentence, why in verified.dropped:
            if why.startswith("spelling ("):
                notes.append(f"dropped for {why}: {sentence[:60]}")
            elif why != "says nothing":
                notes.append(f"dropped: {sentence[:80]} ({why})")
        kept = verified.kept
        if not kept or not any(re.search(r"\[\d+\]", s) for s in kept):
            return None
        used = tuple(sorted({int(n) for s in kept for n in re.findall(r"\[(\d+)\]", s)}))
        return " ".join(kept), used, tuple(notes)


def _markers_of(sentence: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", sentence)]


def _passage_texts(passages: Passages) -> dict[int, str]:
    """Numbered texts to check against; a chunk counts with its context header (document,
    municipality, section), which a passage itself often gives only as "kommunen"."""

    def text_of(p: Any) -> str:
        if isinstance(p, str):
            return p
        chunk = p.chunk if isinstance(p, Citation | Hit) else p
        return index_text(chunk)

    if isinstance(passages, Mapping):
        return {int(n): text_of(p) for n, p in passages.items()}
    out: dict[int, str] = {}
    for i, p in enumerate(passages, start=1):
        out[p.n if isinstance(p, Citation) else i] = text_of(p)
    return out
