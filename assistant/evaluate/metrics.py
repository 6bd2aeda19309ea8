"""Per-question judgements: must-include matching, retrieval relevance and ranx ranking metrics, ALCE citation scores, judges."""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.text import normalize

CURVE_KS = tuple(range(1, 11))
RETRIEVE_K = 10  # passages retrieved per question for the ranking metrics


# ---------------------------------------------------------------------------------------------
# Answer matching


def normalize_answer(text: str) -> str:
    """Normalise for must-include matching: the one normaliser of the core (:func:`assistant.text.normalize`):
    case, white space, line-break hyphens, dashes, quotes, the decimal comma ("2,5" = "2.5") and
    digit-group spaces ("1 500" = "1500").

    >>> normalize_answer("  30–50 Kurs-\\ntimer, 2,5 %  og 1 500 ")
    '30-50 kurstimer, 2.5 % og 1500'
    """
    return normalize(text)


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


_GUILLEMETS = re.compile(r"«[^»]*»")


def own_text(answer_text: str) -> str:
    """The words of an answer that are ours: without [n] markers and without «quoted» source text.

    >>> own_text("Dette står i kildene:\\n• «Sørum har Fagstigen.» [1]")
    'Dette står i kildene:\\n•'
    """
    from assistant.citations import strip_markers

    return strip_markers(_GUILLEMETS.sub("", answer_text)).strip()
