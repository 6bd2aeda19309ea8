"""Evaluation harness: retrieval, answers, citations, refusal, spelling and latency on a question set.

``planvis eval`` runs one configuration (retrieval mode + answer engine) over ``evals/questions.jsonl``
and writes ``summary.json``, ``report.md``, ``results.jsonl`` and three plots; ``--compare`` runs
the naive LangChain baseline, dense, BM25, hybrid and every available answer engine side by side;
``--gate`` turns the summary into a pass/fail check for CI.

How relevance is judged, so any chunking can be compared: a retrieved passage is relevant when it
contains one of the question's evidence quotes (:func:`assistant.relevance.contains_evidence`).
Each quote counts once: the first passage that contains it is the hit, and a later passage with the
same quote (overlapping chunks) is neither credited nor penalised. Recall@k is then the share of a
question's quotes found in its top k passages (for one quote: whether it was found), and the
ranking metrics (recall@k, MRR@10, nDCG@10) are computed by ranx from these judgements.

    >>> must_include_ok("Det gis 2.5 timer  per uke.", ["2,5 timer"])
    (True, [])

Nothing heavy is imported at module load: ranx (numba), matplotlib and the models load on use.
"""

from __future__ import annotations

import json
import math
import re
import statistics
import sys
import time
import tomllib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from assistant.relevance import contains_evidence
from assistant.relevance import normalize as normalize_evidence
from assistant.types import Chunk, Hit

TYPES = ("case_fact", "tariff", "survey_figure", "plan_method", "comparison", "followup", "unanswerable")
CURVE_KS = tuple(range(1, 11))
RETRIEVE_K = 10  # passages retrieved per question for the ranking metrics
LLM_SAMPLE = 20  # questions per LLM engine in --compare unless --full
# --fast (CI) answers every question with the extractive engine (217 questions: ~45 s including the fixed
# start-up, ~2 min on a busy 2-core machine); a larger set is cut to a fixed stratified subset of this size.
FAST_MAX_QUESTIONS = 250
OPENAI_PROBE_S = 2.0

# Every key of summary.json that must be a number (dotted paths into the nested objects).
SUMMARY_KEYS = (
    "retrieval.recall@1",
    "retrieval.recall@5",
    "retrieval.recall@10",
    "retrieval.mrr@10",
    "retrieval.ndcg@10",
    "answers.must_include",
    "answers.evidence_cited",
    "citations.precision",
    "citations.recall",
    "refusal.accuracy",
    "refusal.false_refusal_rate",
    "language.spelling_error_rate",
    "latency.p50_s",
    "latency.p95_s",
)

METRIC_HELP = {
    "retrieval.recall@1": "Share of a question's evidence quotes found in the first retrieved passage (averaged over answerable questions).",
    "retrieval.recall@5": "Share of evidence quotes found in the top 5 passages. With one quote per question this is simply 'was the evidence in the top 5'.",
    "retrieval.recall@10": "Share of evidence quotes found in the top 10 passages.",
    "retrieval.mrr@10": "Mean reciprocal rank: 1 if the first passage holds evidence, 1/2 if the second, ..., 0 if none of the top 10 does.",
    "retrieval.ndcg@10": "Normalised discounted cumulative gain over the top 10: rewards finding all evidence quotes, and finding them early.",
    "retrieval.hit_rate@5": "Share of questions with at least one evidence quote in the top 5 (extra, not a gate key).",
    "answers.evidence_cited": "Share of answerable questions (with evidence quotes) whose answer cites a passage that contains one of the evidence quotes. A refusal is a miss.",
    "answers.must_include": "Share of answerable questions whose answer contains every must-include string (case, white space, dashes and decimal comma/point ignored). A refusal is a miss.",
    "answers.fallback_rate": "LLM engines: share of non-refused answers where nothing the model wrote survived the citation and spelling checks, so the extractive quotes were shown instead (always 0 for extractive).",
    "citations.recall": "ALCE citation recall: share of cited statements that the union of their cited passages supports (averaged per answer). Judged by the project's own support check.",
    "citations.precision": "ALCE citation precision: share of citations that are needed. A citation is irrelevant if it alone does not support its statement while the other citations do (or the statement is unsupported).",
    "refusal.accuracy": "Share of all questions where the assistant refused exactly when it should (unanswerable questions refused, answerable ones answered).",
    "refusal.false_refusal_rate": "Share of answerable questions that were refused.",
    "refusal.unanswerable_refused": "Share of unanswerable questions that were refused (extra).",
    "language.spelling_error_rate": "Misspelt words / words in our own answer text (markers and «quoted» source text removed), Norwegian answers only.",
    "latency.p50_s": "Median seconds per question, retrieval + answer, in process.",
    "latency.p95_s": "95th percentile seconds per question.",
}


class EvalError(Exception):
    """A problem with the inputs (question file, gate file); one line for the CLI."""


# ---------------------------------------------------------------------------------------------
# Questions


@dataclass(frozen=True)
class Question:
    id: str
    question: str
    type: str
    answer: str = ""
    must_include: tuple[str, ...] = ()
    evidence: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    history: tuple[Mapping[str, str], ...] = ()
    lang: str = "nb"

    @property
    def answerable(self) -> bool:
        return self.type != "unanswerable"


def load_questions(path: str | Path) -> list[Question]:
    """Read the question set (JSON lines); raise :class:`EvalError` naming the bad line."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"{p}: no such question file")
    out: list[Question] = []
    for no, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
            out.append(
                Question(
                    id=str(d["id"]),
                    question=str(d["question"]),
                    type=str(d.get("type", "case_fact")),
                    answer=str(d.get("answer", "")),
                    must_include=tuple(d.get("must_include") or ()),
                    evidence=tuple(d.get("evidence") or ()),
                    sources=tuple(d.get("sources") or ()),
                    history=tuple(d.get("history") or ()),
                    lang=str(d.get("lang") or "nb"),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise EvalError(f"{p}:{no}: bad question line ({type(exc).__name__}: {exc})") from exc
    if not out:
        raise EvalError(f"{p}: no questions")
    return out


def stratified_sample(questions: Sequence[Question], n: int = LLM_SAMPLE) -> list[Question]:
    """A deterministic sample of ``n`` questions, every type represented in proportion.

    Each type gets its share (largest remainder, at least one), taken evenly spaced through that
    type's questions in file order; the result keeps file order.

    >>> qs = [Question(f"q{i}", "?", "a" if i < 30 else "b") for i in range(40)]
    >>> [q.id for q in stratified_sample(qs, 4)]
    ['q0', 'q10', 'q20', 'q30']
    """
    if n >= len(questions):
        return list(questions)
    by_type: dict[str, list[Question]] = {}
    for q in questions:
        by_type.setdefault(q.type, []).append(q)
    quota = {t: max(1, math.floor(n * len(qs) / len(questions))) for t, qs in by_type.items()}
    rest = sorted(by_type, key=lambda t: -(n * len(by_type[t]) / len(questions) - math.floor(n * len(by_type[t]) / len(questions))))
    i = 0
    while sum(quota.values()) < n and rest:
        t = rest[i % len(rest)]
        if quota[t] < len(by_type[t]):
            quota[t] += 1
        i += 1
    while sum(quota.values()) > n:  # the minimum of one per type overshot: trim the largest
        t = max(quota, key=lambda t: quota[t])
        quota[t] -= 1
    chosen: set[str] = set()
    for t, qs in by_type.items():
        step = len(qs) / quota[t] if quota[t] else 0
        chosen.update(qs[int(j * step)].id for j in range(quota[t]))
    return [q for q in questions if q.id in chosen]


# ---------------------------------------------------------------------------------------------
# Answer matching


_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2212]")
_DECIMAL = re.compile(r"(?<=\d),(?=\d)")
_DIGIT_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}\b)")
_QUOTES = str.maketrans({"”": '"', "“": '"', "«": '"', "»": '"', "’": "'", "‘": "'"})


def normalize_answer(text: str) -> str:
    """Normalise for must-include matching: case, white space, line-break hyphens, dashes, quotes,
    the decimal comma ("2,5" = "2.5") and digit-group spaces ("1 500" = "1500").

    >>> normalize_answer("  30–50 Kurs-\\ntimer, 2,5 %  og 1 500 ")
    '30-50 kurstimer, 2.5 % og 1500'
    """
    text = normalize_evidence(text)
    text = _DASHES.sub("-", text).translate(_QUOTES)
    text = _DECIMAL.sub(".", text)
    return _DIGIT_GROUP.sub("", text)


def must_include_ok(answer_text: str, must_include: Sequence[str], refused: bool = False) -> tuple[bool, list[str]]:
    """Whether the answer contains every must-include string, and the ones it lacks.

    A refused answer is a miss whatever it quotes.

    >>> must_include_ok("Fagstigen har FIRE  trinn [1].", ["fagstigen", "fire trinn"])
    (True, [])
    >>> must_include_ok("Jeg finner ikke svar.", ["24"], refused=True)
    (False, ['24'])
    """
    if refused:
        return False, list(must_include)
    text = normalize_answer(answer_text)
    missing = [m for m in must_include if normalize_answer(m) not in text]
    return not missing, missing


# ---------------------------------------------------------------------------------------------
# Retrieval judgements and ranx metrics


def judge_passages(passages: Sequence[str], quotes: Sequence[str]) -> list[list[int]]:
    """For each passage (in rank order), the indices of the evidence quotes it contains."""
    from assistant.relevance import contains_evidence

    return [[j for j, q in enumerate(quotes) if contains_evidence(p, q)] for p in passages]


def _run_entries(found: Sequence[Sequence[int]], k: int) -> dict[str, float]:
    """ranx run entries for the first ``k`` passages: a quote id where a passage first finds a
    quote, a filler id otherwise (duplicates of an already found quote count as non-relevant)."""
    entries: dict[str, float] = {}
    seen: set[int] = set()
    pos = 0
    for rank, quotes in enumerate(found[:k], start=1):
        new = [j for j in quotes if j not in seen]
        seen.update(new)
        for doc in [f"ev{j}" for j in new] or [f"miss{rank}"]:
            pos += 1
            entries[doc] = 1000.0 - pos
    return entries or {"none": 1.0}


def ranking_metrics(judged: Mapping[str, tuple[int, Sequence[Sequence[int]]]], ks: Iterable[int] = CURVE_KS) -> dict[str, dict[str, float]]:
    """Per-question ranking metrics computed by ranx.

    ``judged`` maps a question id to (number of evidence quotes, per-rank quote indices). Returns
    ``{qid: {"recall@k": ..., "mrr@10": ..., "ndcg@10": ..., "hit_rate@5": ...}}``. Recall@k uses a
    run cut after k *passages* (a passage may hold several quotes), so it is exact per passage rank.

    >>> m = ranking_metrics({"q1": (1, [[], [0], []]), "q2": (2, [[0, 1]])})  # doctest: +SKIP
    >>> m["q1"]["recall@1"], m["q1"]["recall@2"], m["q1"]["mrr@10"], m["q2"]["recall@1"]  # doctest: +SKIP
    (0.0, 1.0, 0.5, 1.0)
    """
    judged = {q: v for q, v in judged.items() if v[0] > 0}
    if not judged:
        return {}
    from ranx import Qrels, Run, evaluate

    qrels = Qrels({q: {f"ev{j}": 1 for j in range(n)} for q, (n, _) in judged.items()})
    out: dict[str, dict[str, float]] = {q: {} for q in judged}

    def scores(run_dict: dict[str, dict[str, float]], metrics: list[str]) -> dict[str, dict[str, float]]:
        run = Run(run_dict)
        evaluate(qrels, run, metrics, return_mean=True, save_results_in_run=True)
        return {m: {q: float(v) for q, v in run.scores[m].items()} for m in metrics}

    for k in sorted(set(ks) | {1, 5, 10}):
        got = scores({q: _run_entries(found, k) for q, (_, found) in judged.items()}, ["recall"])
        for q, v in got["recall"].items():
            out[q][f"recall@{k}"] = v
    full = scores({q: _run_entries(found, RETRIEVE_K) for q, (_, found) in judged.items()}, ["mrr", "ndcg"])
    for q in judged:
        out[q]["mrr@10"] = full["mrr"][q]
        out[q]["ndcg@10"] = full["ndcg"][q]
        out[q]["hit_rate@5"] = 1.0 if any(judged[q][1][:5]) else 0.0
    return out


# ---------------------------------------------------------------------------------------------
# Citations (ALCE) and the judge


def answer_statements(text: str) -> list[tuple[str, list[int]]]:
    """The statements of an answer for citation metrics: its sentences that carry [n] markers.

    >>> answer_statements("Dette står i kildene:\\n• «Sørum har Fagstigen.» [1]\\n• «Halden har kurs.» [2]")
    [('• «Sørum har Fagstigen.» [1]', [1]), ('• «Halden har kurs.» [2]', [2])]
    """
    from assistant.citations import markers, split_sentences

    return [(s, markers(s)) for s in split_sentences(text) if markers(s)]


Judge = Callable[[str, str], bool]


def support_judge(statement: str, passage: str) -> bool:
    """The project's own lexical support check, as an ALCE judge."""
    from assistant.citations import support

    return support(statement, passage).supported


_CLAIM_WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass
class CitationScore:
    statements: int
    recall: float
    precision: float
    unsupported: list[str]


def citation_scores(text: str, passages: Mapping[int, str], judge: Judge = support_judge) -> CitationScore | None:
    """ALCE recall/precision for one answer (None when it has no cited statement)."""
    from assistant.citations import citation_recall_precision, strip_markers

    statements = answer_statements(text)
    if not statements:
        return None

    def claims(statement: str, passage: str) -> bool:
        # A "sentence" of bare markers ("[n] [1] [2]", seen from small LLMs) claims nothing, so it
        # supports nothing; the lexical check alone would pass it for lack of content words.
        return bool(_CLAIM_WORD.search(statement)) and judge(statement, passage)

    recall, precision = citation_recall_precision(statements, passages, judge=claims)
    unsupported = []
    for s, cites in statements:
        have = [c for c in cites if c in passages]
        if len(have) < len(cites) or not claims(strip_markers(s), "\n\n".join(passages[c] for c in have)):
            unsupported.append(s.strip())
    return CitationScore(len(statements), recall, precision, unsupported)


def judge_agreement(labels_path: str | Path, judge: Judge = support_judge, name: str = "support") -> dict[str, Any]:
    """How often ``judge`` agrees with the hand labels (``evals/judge_labels.jsonl``).

    Returns counts (tp/fp/fn/tn with 'supported' as positive), agreement, Cohen's kappa and the
    disagreements.
    """
    p = Path(labels_path)
    if not p.is_file():
        return {"judge": name, "n_labels": 0, "agreement": 0.0, "kappa": 0.0, "note": f"{p}: no hand labels"}
    rows = [json.loads(line) for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    c: Counter[str] = Counter()
    disagreements = []
    for r in rows:
        got = bool(judge(r["statement"], r["passage"]))
        want = bool(r["supported"])
        c[("t" if got == want else "f") + ("p" if got else "n")] += 1
        if got != want:
            disagreements.append({"statement": r["statement"], "label": want, "judge": got, "why": r.get("why", "")})
    n = len(rows)
    agree = (c["tp"] + c["tn"]) / n if n else 0.0
    # Cohen's kappa: agreement beyond what the two marginals give by chance.
    judge_pos = (c["tp"] + c["fp"]) / n if n else 0.0
    label_pos = (c["tp"] + c["fn"]) / n if n else 0.0
    chance = judge_pos * label_pos + (1 - judge_pos) * (1 - label_pos)
    kappa = (agree - chance) / (1 - chance) if n and chance < 1 else 0.0
    return {
        "judge": name,
        "n_labels": n,
        "agreement": round(agree, 4),
        "kappa": round(kappa, 4),
        "true_supported": c["tp"],
        "false_supported": c["fp"],
        "false_unsupported": c["fn"],
        "true_unsupported": c["tn"],
        "disagreements": disagreements,
    }


def llm_judge(settings: Any) -> Judge:
    """An LLM judge over the OpenAI-compatible endpoint: 'does the passage support the statement?'."""
    from assistant.llm import make_chat_model, stream_text

    model = make_chat_model(settings, "openai")
    system = (
        "Du vurderer om en påstand støttes av et utdrag. Svar bare 'ja' hvis alt i påstanden "
        "(tall, navn, nektelser, sammenhenger) står i eller følger direkte av utdraget; ellers 'nei'."
    )

    def judge(statement: str, passage: str) -> bool:
        reply = "".join(
            stream_text(model, [("system", system), ("user", f"Utdrag:\n{passage}\n\nPåstand: {statement}\n\nSvar ja eller nei.")])
        )
        return reply.strip().lower().startswith(("ja", "yes"))

    return judge


# ---------------------------------------------------------------------------------------------
# Retrievers for the comparison


class CachingRetriever:
    """Wraps a retriever so the metric search (k=10) and the answer's search share one call.

    The time of the real search is kept, so end-to-end latency still includes retrieval. ``cap``
    limits what the answer engine gets (the naive baseline answers from its top 4).
    """

    def __init__(self, base: Any, k: int = RETRIEVE_K, cap: int | None = None) -> None:
        self.base = base
        self.k = k
        self.cap = cap
        self._cache: dict[str, list[Hit]] = {}
        self._asked: dict[str, int] = {}
        self.last_search_s = 0.0

    def search(self, query: str, k: int | None = None, filters: Any = None) -> list[Hit]:
        if filters is not None and (getattr(filters, "doc_type", None) or getattr(filters, "municipality", None)):
            return list(self.base.search(query, k=k, filters=filters))
        want = max(self.k, k or 0)
        if query not in self._cache or self._asked.get(query, 0) < want:
            started = time.perf_counter()
            self._cache[query] = list(self.base.search(query, k=want))
            self._asked[query] = want
            self.last_search_s = time.perf_counter() - started
        hits = self._cache[query][: k or self.k]
        return hits[: self.cap] if self.cap else hits

    def full(self, query: str) -> list[Hit]:
        """The uncapped top-k for the metrics."""
        self.search(query, self.k)
        return self._cache[query][: self.k]

    def clear(self) -> None:
        self._cache.clear()
        self._asked.clear()


class BaselineRetriever:
    """What a newcomer builds with LangChain: RecursiveCharacterTextSplitter(1000, 200) over the raw
    corpus texts, all-MiniLM-L6-v2 embeddings, a Chroma store in a temporary directory and plain
    similarity search. LangChain documents become our :class:`Chunk`/:class:`Hit` at this edge."""

    ANSWER_K = 4  # the newcomer's retriever: top-4 similarity

    def __init__(self, settings: Any, persist_dir: str | Path) -> None:
        import chromadb
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        from assistant.embeddings import LangChainEmbeddings, make_embedder
        from assistant.loaders import SUPPORTED, load_file, read_manifest

        started = time.perf_counter()
        docs: list[Document] = []
        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        corpus = Path(settings.corpus_dir)
        manifest = read_manifest(corpus)
        for path in sorted(p for p in corpus.iterdir() if p.is_file() and p.suffix.lower() in SUPPORTED):
            if path.suffix.lower() in (".txt", ".md"):
                text = path.read_text(encoding="utf-8", errors="replace")
            else:  # PDF/DOCX: the newcomer would use a loader; ours gives the same raw text
                text = load_file(path, manifest, []).text
            docs.extend(splitter.create_documents([text], metadatas=[{"source": path.name}]))
        self.chunks = [
            Chunk(id=f"baseline-{i}", text=d.page_content, doc_id=Path(d.metadata["source"]).stem, title=d.metadata["source"])
            for i, d in enumerate(docs)
        ]
        self._by_id = {c.id: c for c in self.chunks}
        self.store = Chroma(
            collection_name="baseline",
            embedding_function=LangChainEmbeddings(make_embedder("st:minilm")),
            persist_directory=str(persist_dir),
            client_settings=chromadb.config.Settings(anonymized_telemetry=False, is_persistent=True, persist_directory=str(persist_dir)),
        )
        for start in range(0, len(docs), 64):
            part = docs[start : start + 64]
            self.store.add_documents(part, ids=[c.id for c in self.chunks[start : start + 64]])
        self.build_s = time.perf_counter() - started

    def search(self, query: str, k: int | None = None, filters: Any = None) -> list[Hit]:
        k = k or self.ANSWER_K
        found = self.store.similarity_search_with_score(query, k=k)
        hits = []
        for rank, (doc, distance) in enumerate(found, start=1):
            chunk = self._by_id.get(str(doc.id)) or Chunk(
                id=str(doc.id), text=doc.page_content, doc_id=str(doc.metadata.get("source")), title=str(doc.metadata.get("source"))
            )
            hits.append(Hit(chunk=chunk, rank=rank, score=-float(distance)))
        return hits


# ---------------------------------------------------------------------------------------------
# Running one configuration


@dataclass
class QuestionResult:
    id: str
    type: str
    question: str
    standalone: str
    lang: str
    answerable: bool
    n_quotes: int
    found: list[list[int]]  # per retrieved passage (rank order), the evidence quotes it holds
    retrieved: list[str]  # "doc_id: start of text" per passage, for the report
    answer: str
    refused: bool
    engine: str
    latency_s: float
    first_delta_s: float
    search_s: float
    must_include_ok: bool | None
    missing: list[str]
    evidence_cited: bool | None = None  # answerable: does a cited passage hold an evidence quote?
    cit_statements: int = 0
    cit_recall: float | None = None
    cit_precision: float | None = None
    unsupported: list[str] = field(default_factory=list)
    spell_words: int = 0
    misspelt: list[str] = field(default_factory=list)
    metrics: dict[str, float] = field(default_factory=dict)
    expected: str = ""
    notes: list[str] = field(default_factory=list)

    @property
    def first_rank(self) -> int | None:
        return next((r for r, f in enumerate(self.found, start=1) if f), None)


_GUILLEMETS = re.compile(r"«[^»]*»")


def own_text(answer_text: str) -> str:
    """The words of an answer that are ours: without [n] markers and without «quoted» source text.

    >>> own_text("Dette står i kildene:\\n• «Sørum har Fagstigen.» [1]")
    'Dette står i kildene:\\n•'
    """
    from assistant.citations import strip_markers

    return strip_markers(_GUILLEMETS.sub("", answer_text)).strip()


@dataclass
class RunConfig:
    name: str
    engine: str = "extractive"
    mode: str = "hybrid"
    note: str = ""


def run_questions(
    questions: Sequence[Question],
    assistant: Any,
    retriever: CachingRetriever,
    engine: str,
    *,
    judge: Judge = support_judge,
    spell: Any = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[QuestionResult]:
    """Retrieve (top 10) and answer every question; judge retrieval, answer, citations and spelling."""
    from assistant.answer import standalone_question

    results: list[QuestionResult] = []
    for i, q in enumerate(questions, start=1):
        standalone = standalone_question(q.question, q.history)
        retriever.clear()
        hits = retriever.full(standalone)
        search_s = retriever.last_search_s
        found = judge_passages([h.chunk.text for h in hits], q.evidence) if q.evidence else [[] for _ in hits]
        started = time.perf_counter()
        first_delta = 0.0
        answer = None
        for event in assistant.stream(q.question, q.history, engine=engine):
            if event.kind == "delta" and not first_delta:
                first_delta = time.perf_counter() - started
            if event.kind == "final":
                answer = event.answer
        assert answer is not None
        latency = time.perf_counter() - started + search_s
        ok, missing = must_include_ok(answer.text, q.must_include, answer.refused) if q.answerable else (None, [])
        res = QuestionResult(
            id=q.id,
            type=q.type,
            question=q.question,
            standalone=standalone,
            lang=q.lang,
            answerable=q.answerable,
            n_quotes=len(q.evidence),
            found=found,
            retrieved=[f"{h.chunk.doc_id}: {' '.join(h.chunk.text.split())[:90]}" for h in hits],
            answer=answer.text,
            refused=answer.refused,
            engine=answer.engine,
            latency_s=latency,
            first_delta_s=first_delta + search_s,
            search_s=search_s,
            must_include_ok=ok,
            missing=missing,
            evidence_cited=(not answer.refused and any(contains_evidence(c.chunk.text, e) for c in answer.citations for e in q.evidence))
            if q.answerable and q.evidence
            else None,
            expected=q.answer,
            notes=list(answer.notes),
        )
        if not answer.refused:
            passages = {c.n: c.chunk.text for c in answer.citations}
            score = citation_scores(answer.text, passages, judge)
            if score:
                res.cit_statements, res.cit_recall, res.cit_precision, res.unsupported = (
                    score.statements,
                    score.recall,
                    score.precision,
                    score.unsupported,
                )
        if spell is not None and q.lang != "en":
            report = spell.check(own_text(answer.text))
            res.spell_words, res.misspelt = report.words, list(report.misspelt)
        results.append(res)
        if progress:
            progress(i, len(questions))
    metrics = ranking_metrics({r.id: (r.n_quotes, r.found) for r in results if r.answerable})
    for r in results:
        r.metrics = metrics.get(r.id, {})
    return results


# ---------------------------------------------------------------------------------------------
# Summaries


def _mean(xs: Sequence[float]) -> float:
    return float(statistics.fmean(xs)) if xs else 0.0


def _pct(xs: Sequence[float], p: float) -> float:
    """Percentile with linear interpolation (numpy's default)."""
    if not xs:
        return 0.0
    s = sorted(xs)
    pos = (len(s) - 1) * p / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def _r(x: float) -> float:
    return round(float(x), 4)


def summarize(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """The summary object for a set of results (all keys of :data:`SUMMARY_KEYS` are numbers)."""
    notes: list[str] = []
    answerable = [r for r in results if r.answerable]
    unanswerable = [r for r in results if not r.answerable]
    ranked = [r for r in answerable if r.metrics]
    retrieval = {f"recall@{k}": _r(_mean([r.metrics.get(f"recall@{k}", 0.0) for r in ranked])) for k in CURVE_KS}
    retrieval |= {
        "mrr@10": _r(_mean([r.metrics.get("mrr@10", 0.0) for r in ranked])),
        "ndcg@10": _r(_mean([r.metrics.get("ndcg@10", 0.0) for r in ranked])),
        "hit_rate@5": _r(_mean([r.metrics.get("hit_rate@5", 0.0) for r in ranked])),
        "n_judged": len(ranked),
        "search_p50_s": _r(_pct([r.search_s for r in results], 50)),
    }
    if not ranked:
        notes.append("retrieval: no answerable question with evidence quotes here, so the ranking metrics are 0 (not applicable)")
    must = [bool(r.must_include_ok) for r in answerable]
    if not answerable:
        notes.append("answers.must_include: no answerable question here, reported as 0 (not applicable)")
    cited = [r for r in results if r.cit_recall is not None]
    answered = [r for r in results if not r.refused]
    if not cited:
        notes.append("citations: no answer with cited statements here, reported as 0 (not applicable)")
    elif len(cited) < len(answered):
        notes.append(
            f"citations: {len(answered) - len(cited)} non-refused answer(s) had no cited statement and are not in the citation averages"
        )
    refusal = {
        "accuracy": _r(_mean([float(r.refused != r.answerable) for r in results])),
        "false_refusal_rate": _r(_mean([float(r.refused) for r in answerable])),
        "unanswerable_refused": _r(_mean([float(r.refused) for r in unanswerable])),
        "refused": sum(r.refused for r in results),
    }
    if not answerable:
        notes.append("refusal.false_refusal_rate: no answerable question here, reported as 0 (not applicable)")
    words = sum(r.spell_words for r in results)
    misspelt = sum(len(r.misspelt) for r in results)
    if not words:
        notes.append("language.spelling_error_rate: no Norwegian answer words were checked, reported as 0")
    lat = [r.latency_s for r in results]
    first = [r.first_delta_s for r in results]
    return {
        "n_questions": len(results),
        "n_answerable": len(answerable),
        "retrieval": retrieval,
        "answers": {
            "must_include": _r(_mean([float(m) for m in must])),
            "evidence_cited": _r(_mean([float(bool(r.evidence_cited)) for r in answerable if r.evidence_cited is not None])),
            "n": len(answerable),
            "fallback_rate": _r(_mean([float(any("fallback" in n for n in r.notes)) for r in answered])),
        },
        "citations": {
            "recall": _r(_mean([r.cit_recall or 0.0 for r in cited])),
            "precision": _r(_mean([r.cit_precision or 0.0 for r in cited])),
            "answers_with_statements": len(cited),
            "statements": sum(r.cit_statements for r in cited),
        },
        "refusal": refusal,
        "language": {
            "spelling_error_rate": _r(misspelt / words if words else 0.0),
            "words": words,
            "misspelt": misspelt,
            "top_misspelt": [w for w, _ in Counter(w for r in results for w in r.misspelt).most_common(10)],
        },
        "latency": {
            "p50_s": _r(_pct(lat, 50)),
            "p95_s": _r(_pct(lat, 95)),
            "mean_s": _r(_mean(lat)),
            "first_delta_p50_s": _r(_pct(first, 50)),
            "first_delta_p95_s": _r(_pct(first, 95)),
        },
        "notes": notes,
    }


def full_summary(results: Sequence[QuestionResult], meta: Mapping[str, Any]) -> dict[str, Any]:
    """Overall summary plus the same per question type under ``by_type``."""
    summary = summarize(results)
    types = [t for t in TYPES if any(r.type == t for r in results)] + sorted({r.type for r in results} - set(TYPES))
    summary["by_type"] = {t: summarize([r for r in results if r.type == t]) for t in types}
    summary["meta"] = dict(meta)
    return summary


def metric(summary: Mapping[str, Any], key: str) -> Any:
    """Look up a dotted key ("retrieval.recall@5", "by_type.tariff.answers.must_include")."""
    node: Any = summary
    for part in key.split("."):
        if not isinstance(node, Mapping) or part not in node:
            raise KeyError(key)
        node = node[part]
    return node


def failure_breakdown(results: Sequence[QuestionResult]) -> list[str]:
    """Report lines: where the misses come from (retrieval, refusal threshold, answer selection)."""
    answerable = [r for r in results if r.answerable]
    if not results:
        return []
    not_found = [r for r in answerable if r.first_rank is None]
    late = [r for r in answerable if r.first_rank is not None and r.first_rank > 5]
    false_ref = [r for r in answerable if r.refused]
    false_ref_found = [r for r in false_ref if r.first_rank is not None and r.first_rank <= 5]
    lacking = [r for r in answerable if not r.refused and not r.must_include_ok]
    lacking_found = [r for r in lacking if r.first_rank is not None and r.first_rank <= 5]
    unans = [r for r in results if not r.answerable]
    wrongly_answered = [r for r in unans if not r.refused]

    def ids(rs: Sequence[QuestionResult]) -> str:
        return ", ".join(r.id for r in rs[:12]) + (" …" if len(rs) > 12 else "")

    lines = ["## Where the misses come from", "", f"Of {len(answerable)} answerable questions:", ""]
    lines.append(
        f"- {len(not_found)} had no evidence in the top {RETRIEVE_K} passages (a retrieval miss){': ' + ids(not_found) if not_found else ''}"
    )
    lines.append(f"- {len(late)} had their first evidence only at rank 6–{RETRIEVE_K}{': ' + ids(late) if late else ''}")
    lines.append(
        f"- {len(false_ref)} were refused; in {len(false_ref_found)} of them the evidence was in the top 5, so the refusal threshold "
        f"(not retrieval) is to blame{': ' + ids(false_ref_found) if false_ref_found else ''}"
    )
    lines.append(
        f"- {len(lacking)} were answered but lack a must-include string; in {len(lacking_found)} of them the evidence was in the top 5, "
        f"so the answer picked the wrong sentences{': ' + ids(lacking_found) if lacking_found else ''}"
    )
    if unans:
        lines.append(
            f"\nOf {len(unans)} unanswerable questions, {len(wrongly_answered)} were answered instead of refused{': ' + ids(wrongly_answered) if wrongly_answered else ''}."
        )
    lines.append("")
    return lines


def worst_questions(results: Sequence[QuestionResult], n: int = 15) -> list[tuple[QuestionResult, list[str]]]:
    """The questions that went worst, each with plain-language reasons."""
    scored = []
    for r in results:
        reasons: list[str] = []
        bad = 0.0
        if r.answerable:
            rank = r.first_rank
            if rank is None:
                reasons.append(f"retrieval: no evidence quote in the top {RETRIEVE_K} passages")
                bad += 3
            elif rank > 5:
                reasons.append(f"retrieval: first evidence only at rank {rank} (outside the top 5; the extractive answer reads the top 6)")
                bad += 1
            elif r.n_quotes > 1 and r.metrics.get("recall@5", 1.0) < 1.0:
                reasons.append(f"retrieval: only {r.metrics.get('recall@5', 0):.0%} of the {r.n_quotes} evidence quotes in the top 5")
                bad += 0.5
            if r.refused:
                reasons.append("answer: refused although the sources answer it (false refusal)")
                bad += 2
            elif not r.must_include_ok:
                reasons.append("answer: lacks " + ", ".join(f"«{m}»" for m in r.missing))
                bad += 1.5
        elif not r.refused:
            reasons.append("answer: answered a question the sources cannot answer (should have refused)")
            bad += 3
        if r.unsupported:
            reasons.append(f"citations: {len(r.unsupported)} statement(s) not supported by their cited passages")
            bad += 0.5
        if r.misspelt:
            reasons.append("spelling: " + ", ".join(r.misspelt[:5]))
            bad += 0.25
        if reasons:
            scored.append((bad, r.id, r, reasons))
    scored.sort(key=lambda x: (-x[0], x[1]))
    return [(r, reasons) for _, _, r, reasons in scored[:n]]


# ---------------------------------------------------------------------------------------------
# Gate


def read_gate(path: str | Path) -> dict[str, dict[str, float]]:
    """Read a TOML gate: ``"retrieval.recall@5" = {min = 0.85}`` (also ``max``; tables work too)."""
    p = Path(path)
    if not p.is_file():
        raise EvalError(f"{p}: no such gate file")
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EvalError(f"{p}: not valid TOML ({exc})") from exc
    gate: dict[str, dict[str, float]] = {}

    def walk(node: Mapping[str, Any], prefix: str) -> None:
        for key, value in node.items():
            name = f"{prefix}{key}"
            if not isinstance(value, Mapping):
                raise EvalError(f"{p}: {name} must be a table like {{min = 0.8}}")
            bounds = {b: value[b] for b in ("min", "max") if b in value}
            if bounds:
                for b, v in bounds.items():
                    if not isinstance(v, (int, float)) or isinstance(v, bool):
                        raise EvalError(f"{p}: {name}.{b} must be a number")
                extra = set(value) - {"min", "max"}
                if extra:
                    raise EvalError(f"{p}: {name}: unknown field(s) {', '.join(sorted(extra))} (use min / max)")
                gate[name] = {b: float(v) for b, v in bounds.items()}
            else:
                walk(value, name + ".")

    walk(data, "")
    return gate


def check_gate(summary: Mapping[str, Any], gate: Mapping[str, Mapping[str, float]]) -> list[str]:
    """One line per failed threshold (empty when everything passes)."""
    failures = []
    for key, bounds in gate.items():
        try:
            value = metric(summary, key)
        except KeyError:
            failures.append(f"{key}: not in the summary")
            continue
        if not isinstance(value, (int, float)):
            failures.append(f"{key}: not a number ({value!r})")
            continue
        if "min" in bounds and value < bounds["min"]:
            failures.append(f"{key} = {value:.4g} is below the minimum {bounds['min']:.4g}")
        if "max" in bounds and value > bounds["max"]:
            failures.append(f"{key} = {value:.4g} is above the maximum {bounds['max']:.4g}")
    return failures


# ---------------------------------------------------------------------------------------------
# Plots and reports


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def plot_recall_curve(curves: Mapping[str, Mapping[str, Any]], path: Path) -> None:
    """Recall@k for k = 1..10, one line per configuration."""
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    for name, summary in curves.items():
        ys = [summary["retrieval"].get(f"recall@{k}", 0.0) for k in CURVE_KS]
        ax.plot(CURVE_KS, ys, marker="o", label=name)
    ax.set_xlabel("k (passages retrieved)")
    ax.set_ylabel("Recall@k (share of evidence quotes found)")
    ax.set_ylim(0, 1.02)
    ax.set_xticks(list(CURVE_KS))
    ax.grid(alpha=0.3)
    ax.legend(loc="center right")
    ax.set_title("Retrieval: Recall@k")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_by_type(summary: Mapping[str, Any], path: Path) -> None:
    """Per question type: Recall@5, must-include and refusal accuracy."""
    plt = _pyplot()
    types = list(summary["by_type"])
    series = [
        ("Recall@5", lambda s: s["retrieval"]["recall@5"]),
        ("Must-include", lambda s: s["answers"]["must_include"]),
        ("Refusal accuracy", lambda s: s["refusal"]["accuracy"]),
    ]
    fig, ax = plt.subplots(figsize=(max(6.4, 1.2 * len(types) + 2), 4.2))
    width = 0.8 / len(series)
    for i, (label, get) in enumerate(series):
        xs = [j + (i - (len(series) - 1) / 2) * width for j in range(len(types))]
        ax.bar(xs, [get(summary["by_type"][t]) for t in types], width=width, label=label)
    ax.set_xticks(range(len(types)))
    ax.set_xticklabels([f"{t}\n(n={summary['by_type'][t]['n_questions']})" for t in types], fontsize=8)
    ax.set_ylim(0, 1.05)
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=8, loc="lower left")
    ax.set_title("By question type (unanswerable: only refusal applies)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_latency(latencies: Mapping[str, Sequence[float]], path: Path) -> None:
    """Histogram of per-question seconds (retrieval + answer); log-scaled when the range is wide."""
    import numpy as np

    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 4.2))
    values = [x for xs in latencies.values() for x in xs]
    lo = max(min((x for x in values if x > 0), default=1e-3), 1e-3)
    hi = max(values, default=1.0)
    wide = hi / lo > 100
    bins = np.geomspace(lo, hi * 1.01, 40) if wide else np.linspace(0, hi * 1.01 or 1.0, 30)
    several = sum(1 for xs in latencies.values() if xs) > 1
    for name, xs in latencies.items():
        if xs:
            label = f"{name} (p50 {_pct(xs, 50):.2f} s, p95 {_pct(xs, 95):.2f} s)"
            clipped = [max(x, lo) for x in xs]
            if several:
                ax.hist(clipped, bins=bins, histtype="step", linewidth=1.6, label=label)
            else:
                ax.hist(clipped, bins=bins, alpha=0.8, label=label)
    if wide:
        ax.set_xscale("log")
    ax.set_xlabel("seconds per question (retrieval + answer)" + (", log scale" if wide else ""))
    ax.set_ylabel("questions")
    ax.grid(alpha=0.3)
    ax.legend(fontsize=8)
    ax.set_title("Latency")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


PLOTS = ("recall_at_k.png", "by_type.png", "latency.png")


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _md_cell(text: str, limit: int = 200) -> str:
    text = " ".join(str(text).split())
    text = text if len(text) <= limit else text[: limit - 1] + "…"
    return text.replace("|", "\\|")


def render_report(summary: Mapping[str, Any], results: Sequence[QuestionResult], judge: Mapping[str, Any] | None, title: str) -> str:
    meta = summary.get("meta", {})
    lines = [f"# {title}", ""]
    lines.append(
        f"Questions: **{summary['n_questions']}** ({summary['n_answerable']} answerable) from `{meta.get('questions', '?')}`; "
        f"retrieval **{meta.get('mode', '?')}**, answer engine **{meta.get('engine', '?')}**; run took {meta.get('duration_s', 0):.0f} s."
    )
    lines += [
        "",
        "How this works: every question in the set was written by a person together with a reference answer, 1–3 short "
        "strings a correct answer must contain, and evidence quotes copied word for word from the source documents "
        "(unanswerable questions have none). For each question the assistant searches the sources (10 passages are kept "
        "for the search metrics) and then answers with numbered citations [n], or refuses when the sources do not cover "
        "the question. All numbers are shares from 0 to 1 (higher is better) unless they are error rates or seconds.",
    ]
    lines += ["", "## Headline numbers", "", "| Metric | Value | What it means |", "|---|---|---|"]
    for key in (
        *SUMMARY_KEYS[:5],
        "retrieval.hit_rate@5",
        SUMMARY_KEYS[5],
        "answers.fallback_rate",
        *SUMMARY_KEYS[6:10],
        "refusal.unanswerable_refused",
        *SUMMARY_KEYS[10:],
    ):
        lines.append(f"| `{key}` | {_fmt(metric(summary, key))} | {METRIC_HELP.get(key, '')} |")
    lines += [
        "",
        "Relevance is judged by text, not by chunk id: a retrieved passage is relevant when it contains one of the "
        "question's evidence quotes (normalised; exact substring, or fuzzy match ≥ 85, long quotes by halves ≥ 90). "
        "So any chunking can be compared. Ranking metrics are computed by ranx.",
    ]
    if summary.get("notes"):
        lines += ["", "Notes: " + "; ".join(summary["notes"])]
    lines += ["", "![Recall@k](recall_at_k.png)", "", "## By question type", ""]
    cols = ["n", "recall@5", "mrr@10", "must_include", "cit. recall", "cit. precision", "refusal acc.", "false refusals", "p50 s"]
    lines += ["| Type | " + " | ".join(cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for t, s in summary["by_type"].items():
        vals = [
            s["n_questions"],
            s["retrieval"]["recall@5"],
            s["retrieval"]["mrr@10"],
            s["answers"]["must_include"],
            s["citations"]["recall"],
            s["citations"]["precision"],
            s["refusal"]["accuracy"],
            s["refusal"]["false_refusal_rate"],
            s["latency"]["p50_s"],
        ]
        lines.append(f"| {t} | " + " | ".join(_fmt(v) for v in vals) + " |")
    lines += [
        "",
        "For `unanswerable` questions only the refusal columns apply (there is no evidence and no expected answer); the other columns show 0.",
        "",
        "![By type](by_type.png)",
        "",
        "![Latency](latency.png)",
        "",
    ]
    if judge:
        lines += ["## How far to trust the citation numbers", ""]
        if judge.get("n_labels"):
            lines.append(
                f"The citation metrics use the project's own support check as judge. On {judge['n_labels']} hand-labelled "
                f"(statement, passage) pairs it agrees with the human label **{judge['agreement']:.0%}** of the time "
                f"(Cohen's κ = {judge['kappa']:.2f}): it called {judge['false_supported']} unsupported statements supported "
                f"and {judge['false_unsupported']} supported statements unsupported."
            )
            for d in judge.get("disagreements", [])[:8]:
                verdict = "supported" if d["judge"] else "unsupported"
                lines.append(f"- judged {verdict}, label says otherwise: “{_md_cell(d['statement'], 140)}” ({_md_cell(d['why'], 120)})")
        else:
            lines.append(judge.get("note", "No hand labels found."))
        for other in judge.get("others", []):
            lines.append(
                f"\nLLM judge `{other.get('judge')}`: agreement {other.get('agreement', 0):.0%} (κ = {other.get('kappa', 0):.2f}) on {other.get('n_labels', 0)} labels."
            )
        lines.append("")
    lines += failure_breakdown(results)
    worst = worst_questions(results)
    lines += ["## Worst questions", "", "What went wrong, worst first (retrieval failures and wrong refusals weigh most).", ""]
    if not worst:
        lines.append("Nothing went wrong on any question.")
    for r, reasons in worst:
        lines.append(f"### {r.id} ({r.type}) – {_md_cell(r.question, 160)}")
        if r.standalone != r.question:
            lines.append(f"- searched as: {_md_cell(r.standalone, 160)}")
        for reason in reasons:
            lines.append(f"- {reason}")
        if r.expected:
            lines.append(f"- expected: {_md_cell(r.expected, 200)}")
        lines.append(f"- answer ({'refused' if r.refused else r.engine}): {_md_cell(r.answer, 260)}")
        if r.answerable and r.retrieved:
            lines.append(f"- top passage: {_md_cell(r.retrieved[0], 120)}")
        lines.append("")
    lines += [
        "## Files",
        "",
        "- `summary.json`: every number above, also per type under `by_type`.",
        "- `results.jsonl`: one line per question with the answer, the ranks of the evidence and what was judged.",
        "",
    ]
    return "\n".join(lines)


def write_outputs(
    out_dir: Path, summary: Mapping[str, Any], results: Sequence[QuestionResult], judge: Mapping[str, Any] | None, title: str
) -> None:
    """summary.json, results.jsonl, report.md and the three plots, directly in ``out_dir``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1), encoding="utf-8")
    with (out_dir / "results.jsonl").open("w", encoding="utf-8") as fh:
        for r in results:
            fh.write(json.dumps({**asdict(r), "first_rank": r.first_rank}, ensure_ascii=False) + "\n")
    name = str(summary.get("meta", {}).get("name") or "run")
    plot_recall_curve({name: summary}, out_dir / "recall_at_k.png")
    plot_by_type(summary, out_dir / "by_type.png")
    plot_latency({name: [r.latency_s for r in results]}, out_dir / "latency.png")
    (out_dir / "report.md").write_text(render_report(summary, results, judge, title), encoding="utf-8")


# ---------------------------------------------------------------------------------------------
# Entry points used by the CLI


def _progress(label: str, every: int = 25) -> Callable[[int, int], None]:
    started = time.perf_counter()

    def show(i: int, n: int) -> None:
        if i == n or i % every == 0:
            print(f"  {label}: {i}/{n} questions, {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)

    return show


def engine_available(settings: Any, engine: str) -> tuple[bool, str]:
    """Whether an answer engine can run here, and why not."""
    if engine == "extractive":
        return True, ""
    if engine == "local":
        if not Path(settings.local_model_path).is_file():
            return False, f"local model not found at {settings.local_model_path} (run `make models`)"
        try:
            import llama_cpp  # noqa: F401
        except Exception as exc:  # ImportError or a broken native build
            return False, f"llama_cpp does not import ({type(exc).__name__}: {str(exc)[:80]})"
        return True, ""
    if engine == "openai":
        import urllib.error
        import urllib.request

        url = str(settings.llm_base_url).rstrip("/") + "/models"
        req = urllib.request.Request(url, headers={"Authorization": f"Bearer {settings.llm_api_key}"})
        try:
            with urllib.request.urlopen(req, timeout=OPENAI_PROBE_S) as resp:  # noqa: S310 - URL from our settings
                if resp.status == 200:
                    return True, ""
                return False, f"GET {url} answered {resp.status}"
        except (urllib.error.URLError, OSError, ValueError) as exc:
            return False, f"GET {url} did not answer within {OPENAI_PROBE_S:.0f} s ({str(getattr(exc, 'reason', exc))[:80]})"
    return False, f"unknown engine {engine!r}"


@dataclass
class Context:
    """What every configuration shares: settings, the index, the spell checker, the judge."""

    settings: Any
    index: Any
    questions: list[Question]
    questions_path: Path
    judge: Judge = support_judge
    spell: Any = None
    _shared: Any = field(default=None, repr=False)

    def assistant(self, retriever: Any) -> Any:
        from assistant.answer import Assistant

        a = Assistant(self.settings, self.index, retriever=retriever)
        if self._shared is not None:  # idf over the index is the same for every configuration
            a._idf, a._idf_default, a._analyzer = self._shared
        else:
            a.idf()
            self._shared = (a._idf, a._idf_default, a._analyzer)
        return a


def make_context(
    settings: Any, index: Any, questions_path: str | Path, *, limit: int | None = None, fast: bool = False, spelling: bool = True
) -> Context:
    """Load the questions (the first ``limit``; with ``fast`` the fixed CI subset) and the shared checkers."""
    questions = load_questions(questions_path)
    if limit:
        questions = questions[:limit]
    if fast and len(questions) > FAST_MAX_QUESTIONS:
        questions = stratified_sample(questions, FAST_MAX_QUESTIONS)
    spell = None
    if spelling:
        try:
            from assistant.language import load_spellchecker

            spell = load_spellchecker(c.text for c in index.chunks().values())
        except RuntimeError as exc:  # the nb_NO dictionary is missing
            print(f"planvis: notice: spelling not checked ({exc})", file=sys.stderr)
    return Context(settings, index, questions, Path(questions_path), spell=spell)


def run_config(
    ctx: Context, cfg: RunConfig, questions: Sequence[Question], retriever: Any | None = None, cap: int | None = None
) -> tuple[dict[str, Any], list[QuestionResult]]:
    """Run one configuration; returns (summary, results)."""
    from assistant.retrieve import Retriever

    started = time.perf_counter()
    base = retriever if retriever is not None else Retriever(ctx.index, ctx.settings, mode=cfg.mode)
    caching = CachingRetriever(base, cap=cap)
    assistant = ctx.assistant(caching)
    # Warm up outside the timings: the embedding model(s) and, for an LLM engine, its weights.
    base.search("kompetanseplan", k=RETRIEVE_K)
    ctx.index.dense_search("kompetanseplan", 1)
    if cfg.engine in ("local", "openai"):
        from assistant.llm import make_chat_model

        make_chat_model(ctx.settings, cfg.engine)
    results = run_questions(
        questions,
        assistant,
        caching,
        cfg.engine,
        judge=ctx.judge,
        spell=ctx.spell,
        progress=_progress(cfg.name, 25 if cfg.engine == "extractive" else 1),
    )
    meta = {
        "name": cfg.name,
        "engine": cfg.engine,
        "mode": cfg.mode,
        "questions": str(ctx.questions_path),
        "duration_s": round(time.perf_counter() - started, 1),
        "retrieve_k": RETRIEVE_K,
        "answer_k": cap or 6,
    }
    summary = full_summary(results, meta)
    if cfg.note:
        summary["notes"].append(cfg.note)
    return summary, results


def evaluate_one(ctx: Context, engine: str, mode: str, out_dir: Path, labels: Path | None, llm_judge_on: bool = False) -> dict[str, Any]:
    """``planvis eval``: one configuration over all questions; writes the report files."""
    ok, why = engine_available(ctx.settings, engine)
    if not ok:
        raise EvalError(f"engine {engine} is not available: {why}")
    summary, results = run_config(ctx, RunConfig(name=f"{mode}+{engine}", engine=engine, mode=mode), ctx.questions)
    judge = judge_report(ctx, labels, llm_judge_on)
    summary["judge"] = {k: v for k, v in judge.items() if k != "disagreements"}
    write_outputs(out_dir, summary, results, judge, f"Planvis evaluation: {mode} retrieval, {engine} answers")
    return summary


def judge_report(ctx: Context, labels: Path | None, llm_judge_on: bool) -> dict[str, Any]:
    path = labels or ctx.questions_path.parent / "judge_labels.jsonl"
    report = judge_agreement(path)
    if llm_judge_on:
        ok, why = engine_available(ctx.settings, "openai")
        if ok:
            other = judge_agreement(path, llm_judge(ctx.settings), name=f"llm:{ctx.settings.llm_model}")
            report["others"] = [{k: v for k, v in other.items() if k != "disagreements"}]
        else:
            report["others"] = [{"judge": "llm", "n_labels": 0, "agreement": 0.0, "kappa": 0.0, "note": f"skipped: {why}"}]
    return report


COMPARE_ROWS = ("baseline", "dense", "bm25", "hybrid", "extractive", "local", "openai")
# The summary keys, with the LLM fallback rate after must-include and citation recall before precision.
COMPARE_COLUMNS = (
    *SUMMARY_KEYS[:7],
    "answers.fallback_rate",
    "citations.recall",
    "citations.precision",
    *SUMMARY_KEYS[9:],
)

COLUMN_NAMES = {
    "answers.must_include": "must-include",
    "answers.evidence_cited": "evidence cited",
    "answers.fallback_rate": "LLM fallbacks",
    "citations.recall": "cit. recall",
    "citations.precision": "cit. precision",
    "refusal.accuracy": "refusal acc.",
    "refusal.false_refusal_rate": "false refusals",
    "language.spelling_error_rate": "spelling errors",
    "latency.p50_s": "p50 s",
    "latency.p95_s": "p95 s",
}


def compare(
    ctx: Context,
    out_dir: Path,
    labels: Path | None,
    *,
    full: bool = False,
    llm_judge_on: bool = False,
    engines: Sequence[str] = ("extractive", "local", "openai"),
) -> dict[str, Any]:
    """``planvis eval --compare``: every configuration in one run; writes comparison.json/.md."""
    import tempfile

    out_dir.mkdir(parents=True, exist_ok=True)
    rows: dict[str, Any] = {}
    summaries: dict[str, dict[str, Any]] = {}
    latencies: dict[str, list[float]] = {}
    started = time.perf_counter()

    def keep(name: str, summary: dict[str, Any], results: list[QuestionResult]) -> None:
        summary["meta"]["name"] = name
        summaries[name] = summary
        if name != "extractive":  # the same run as hybrid
            latencies[name] = [r.latency_s for r in results]
        rows[name] = {"available": True, **{k: v for k, v in summary.items() if k != "meta"}, "meta": summary["meta"]}
        write_outputs(out_dir / name, summary, results, None, f"Planvis evaluation: {name}")

    with tempfile.TemporaryDirectory(prefix="planvis-baseline-") as tmp:
        print(
            "  baseline: building the LangChain index (RecursiveCharacterTextSplitter 1000/200, all-MiniLM-L6-v2, Chroma)",
            file=sys.stderr,
            flush=True,
        )
        baseline = BaselineRetriever(ctx.settings, tmp)
        note = (
            f"naive LangChain baseline: {len(baseline.chunks)} chunks of ≤1000 characters (overlap 200) over the raw corpus texts, "
            f"all-MiniLM-L6-v2 in Chroma, similarity search; built in {baseline.build_s:.0f} s; the extractive answer gets its top {BaselineRetriever.ANSWER_K}"
        )
        summary, results = run_config(
            ctx, RunConfig("baseline", note=note, mode="baseline"), ctx.questions, retriever=baseline, cap=BaselineRetriever.ANSWER_K
        )
        keep("baseline", summary, results)
        del baseline
    for mode in ("dense", "bm25", "hybrid"):
        summary, results = run_config(ctx, RunConfig(mode, mode=mode, note=f"{mode} retrieval, extractive answers"), ctx.questions)
        keep(mode, summary, results)
        if mode == "hybrid":
            hybrid_results = results
    sample = ctx.questions if full else stratified_sample(ctx.questions, LLM_SAMPLE)
    for engine in engines:
        if engine == "extractive":
            summary = json.loads(json.dumps(summaries["hybrid"]))
            summary["notes"].append("same run as the hybrid row: hybrid retrieval with the extractive engine")
            keep("extractive", summary, hybrid_results)
            continue
        ok, why = engine_available(ctx.settings, engine)
        if not ok:
            rows[engine] = {"available": False, "note": why}
            print(f"  {engine}: not available ({why})", file=sys.stderr, flush=True)
            continue
        note = (
            "all questions" if full else f"fixed stratified sample of {len(sample)} questions (every type, evenly spaced; --full for all)"
        )
        try:
            summary, results = run_config(
                ctx, RunConfig(engine, engine=engine, mode="hybrid", note=f"hybrid retrieval, {engine} engine, {note}"), sample
            )
        except Exception as exc:  # a model that loads but fails mid-run is reported, not fatal
            rows[engine] = {"available": False, "note": f"failed: {type(exc).__name__}: {str(exc)[:160]}"}
            continue
        keep(engine, summary, results)
    judge = judge_report(ctx, labels, llm_judge_on)
    meta = {
        "questions": str(ctx.questions_path),
        "n_questions": len(ctx.questions),
        "duration_s": round(time.perf_counter() - started, 1),
        "llm_sample": "all" if full else len(sample),
    }
    comparison = dict(rows)  # keyed by configuration name only; run facts and the judge go beside it
    (out_dir / "comparison.json").write_text(json.dumps(comparison, ensure_ascii=False, indent=1), encoding="utf-8")
    side = {"meta": meta, "judge": {k: v for k, v in judge.items() if k != "disagreements"}}
    (out_dir / "comparison_meta.json").write_text(json.dumps(side, ensure_ascii=False, indent=1), encoding="utf-8")
    plot_recall_curve({n: s for n, s in summaries.items() if n in ("baseline", "dense", "bm25", "hybrid")}, out_dir / "recall_at_k.png")
    plot_latency(latencies, out_dir / "latency.png")
    if "hybrid" in summaries:
        plot_by_type(summaries["hybrid"], out_dir / "by_type.png")
    (out_dir / "comparison.md").write_text(render_comparison(rows, meta, judge), encoding="utf-8")
    return comparison


def render_comparison(rows: Mapping[str, Any], meta: Mapping[str, Any], judge: Mapping[str, Any]) -> str:
    lines = [
        "# Planvis: configurations side by side",
        "",
        f"{meta['n_questions']} questions from `{meta['questions']}`; the whole comparison took {meta['duration_s']:.0f} s.",
        "",
        "- **baseline**: what a newcomer builds with LangChain — RecursiveCharacterTextSplitter(1000, 200) over the raw texts, "
        "all-MiniLM-L6-v2, Chroma, top-4 similarity (10 retrieved for the metrics).",
        "- **dense** / **bm25** / **hybrid**: our index (structure-aware chunks) with e5 only, Norwegian BM25 only, or both fused (the product).",
        "- Retrieval rows retrieve 10 passages and answer with the extractive engine.",
        "- **extractive** / **local** / **openai**: answer engines on hybrid retrieval. LLM engines run on "
        + (
            "all questions."
            if meta.get("llm_sample") == "all"
            else f"a fixed stratified sample of {meta.get('llm_sample')} questions, so their numbers are noisier."
        ),
        "",
    ]
    short = {k: COLUMN_NAMES.get(k, k.split(".", 1)[1]) for k in COMPARE_COLUMNS}
    lines += [
        "| Configuration | n | " + " | ".join(short[k] for k in COMPARE_COLUMNS) + " |",
        "|---|---" + "|---" * len(COMPARE_COLUMNS) + "|",
    ]
    for name, row in rows.items():
        if not row.get("available"):
            lines.append(f"| {name} | – | " + " | ".join("–" for _ in COMPARE_COLUMNS) + " |")
            continue
        lines.append(f"| {name} | {row['n_questions']} | " + " | ".join(_fmt(metric(row, k)) for k in COMPARE_COLUMNS) + " |")
    unavailable = [(n, r["note"]) for n, r in rows.items() if not r.get("available")]
    if unavailable:
        lines += ["", "Not run here:"] + [f"- **{n}**: {note}" for n, note in unavailable]
    if rows.get("baseline", {}).get("available") and rows.get("hybrid", {}).get("available"):
        gain = metric(rows["hybrid"], "retrieval.recall@5") - metric(rows["baseline"], "retrieval.recall@5")
        lines += ["", f"Hybrid vs. the naive baseline: Recall@5 {gain * 100:+.1f} points."]
    lines += [
        "",
        "Column meanings:",
        "",
    ]
    lines += [f"- `{k}`: {METRIC_HELP[k]}" for k in COMPARE_COLUMNS]
    if judge.get("n_labels"):
        lines += [
            "",
            f"Citation judge (the project's support check) agrees with {judge['n_labels']} hand labels {judge['agreement']:.0%} of the time (κ = {judge['kappa']:.2f}).",
        ]
    lines += [
        "",
        "![Recall@k](recall_at_k.png)",
        "",
        "![Latency](latency.png)",
        "",
        "Each configuration's full report is in its own folder (`<name>/report.md`).",
        "",
    ]
    return "\n".join(lines)


def calibrate(ctx: Context, out_dir: Path) -> dict[str, Any]:
    """Sweep the refusal threshold (best sentence coverage) over the question set."""
    from assistant.refusal import REFUSE_BELOW
    from assistant.retrieve import Retriever

    assistant = ctx.assistant(Retriever(ctx.index, ctx.settings))
    rows = [(q, assistant.prepare(q.question, q.history)) for q in ctx.questions]
    cov = [(p.best_coverage if p.hits else -1.0, q.answerable) for q, p in rows]
    sweep = []
    for t in [round(0.10 + 0.01 * i, 2) for i in range(61)]:
        acc = _mean([float((c >= t) == ans) for c, ans in cov])
        fr = _mean([float(c < t) for c, ans in cov if ans])
        ur = _mean([float(c < t) for c, ans in cov if not ans])
        sweep.append({"threshold": t, "accuracy": _r(acc), "false_refusal_rate": _r(fr), "unanswerable_refused": _r(ur)})
    best = max(sweep, key=lambda s: (s["accuracy"], -abs(s["threshold"] - REFUSE_BELOW)))
    result = {
        "current": REFUSE_BELOW,
        "best": best,
        "sweep": sweep,
        "coverage": [{"id": q.id, "type": q.type, "coverage": _r(p.best_coverage)} for q, p in rows],
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "calibration.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def iter_summary_lines(summary: Mapping[str, Any]) -> Iterator[str]:
    """The headline numbers as printable lines."""
    yield f"n_questions: {summary['n_questions']}"
    for key in SUMMARY_KEYS:
        yield f"{key}: {metric(summary, key):.4g}"
