"""How the case municipalities handled a method step: cited sentences found by retrieval.

For each of the three plans in the corpus (Sørum, Bærum, Halden) the step's search text is run with
a filter on that plan; the report's case descriptions (its appendix, one section per municipality)
are searched as well. From the passages found, the sentence that best matches the search text
(term coverage plus the sentence's own embedding similarity) is returned as a :class:`Citation`
whose quote is the sentence exactly as it stands in the passage (whitespace-normalised). Nothing is
paraphrased, so an example can only say what the source says.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from assistant.citations import one_line, split_sentences
from assistant.retrieve import Filters, owner
from assistant.types import Chunk, Citation

if TYPE_CHECKING:
    from assistant.answer import Assistant
    from assistant.plan.method import MethodStep

PLANS = ("Sørum", "Bærum", "Halden")

# What to search for, per step: words the plans use for it (method.md section C lists where each
# plan covers each step). Our own search text, never shown as source text.
CASE_QUERIES: dict[str, str] = {
    "1": "arbeidsgruppe mandat rådmannens beslutning utarbeide kompetanseplanen drøftet med tillitsvalgte ledergruppen",
    "2": "planens forankring plangrunnlaget kommuneplanen vedtatt formål med planen",
    "3": "overordnede mål kommuneplanen handlingsprogrammet strategiske mål visjon",
    "4": "definisjon kompetanse kunnskaper ferdigheter holdninger kompetansebegrepet",
    "5": "mål for kompetanseutviklingen målet er at organisasjonen skal ha kompetanse",
    "6": "kartlegging av kompetanse analyse kompetansebehov gapanalyse dagens situasjon",
    "7": "tiltak for kompetanseutvikling lederutvikling opplæring kurs tiltaksplan",
    "8": "kompetanseplanen evalueres evaluering av planen rulleres årlig oppfølging",
    "9": "delplaner kompetanseplaner for enhetene seksjonene sektorene lokale planer",
    "10.3": "ledere har ansvar for gjennomføring av kompetanseutvikling medarbeidersamtaler",
    "10.4": "oppfølging og rapportering av tiltakene evaluering brukerundersøkelser skriftlige evalueringer effekt",
}

HITS_PER_SOURCE = 3
WINDOWS = 24  # dense sentence windows per source, to score the candidate sentences
WINDOW_WEIGHT = 10.0  # as in assistant.answer: a window's similarity above the floor counts like coverage
MIN_WORDS = 6
_NUMBERED = re.compile(r"^\d+(?:\.\d+)*\.?\s")


def _candidates(hits: list[Chunk]) -> list[tuple[Chunk, str]]:
    out = []
    for chunk in hits:
        for sentence in split_sentences(chunk.text):
            quote = one_line(sentence)
            words = [w for w in quote.split() if any(ch.isalpha() for ch in w)]
            if len(words) < MIN_WORDS or len(words) < len(quote.split()) * 2 / 3 or _NUMBERED.match(quote):
                continue  # headings ("1.1 Kommuneplanen …") and flattened table rows say nothing on their own
            if quote.rstrip().endswith(":"):
                continue  # a lead-in to a list says nothing without the list
            out.append((chunk, quote))
    return out


def _best(query: str, cands: list[tuple[Chunk, str]], assistant: Assistant, n: int, where: dict[str, Any] | None) -> list[tuple[Chunk, str]]:
    """The ``n`` sentences that best match ``query``: term coverage plus their dense window similarity.

    The window similarities come with the one query embedding (the index stores sentence windows),
    so no sentence is embedded here; on 2 busy cores embedding ~30 sentences per step took seconds.
    """
    if not cands:
        return []
    terms = assistant.question_terms(query)
    total = sum(terms.values()) or 1.0
    analyzer = assistant.analyzer()
    windows = assistant.index.dense_windows(query, WINDOWS, where)
    floor = windows[-1][2] if windows else 0.0
    by_chunk: dict[str, list[tuple[str, float]]] = {}
    for cid, text, sim in windows:
        by_chunk.setdefault(cid, []).append((" ".join(text.split()), sim))

    def score(chunk: Chunk, sentence: str) -> float:
        toks = set(analyzer.tokens(sentence))
        coverage = sum(w for t, w in terms.items() if t in toks) / total
        sim = max((s for text, s in by_chunk.get(chunk.id, []) if sentence[:60] in text), default=floor)
        return coverage + WINDOW_WEIGHT * (sim - floor)

    # Ties keep the passage order: the better-ranked passage comes first.
    ranked = sorted(enumerate(cands), key=lambda ic: (-score(*ic[1]), ic[0]))
    picked: list[tuple[Chunk, str]] = []
    for _i, cand in ranked:
        if cand[1] not in {q for _, q in picked}:
            picked.append(cand)
        if len(picked) >= n:
            break
    return picked


def case_examples(s: MethodStep, assistant: Assistant, per_plan: int = 1, case_descriptions: bool = True) -> tuple[Citation, ...]:
    """Up to ``per_plan`` cited sentences from each plan, plus one from the report's case descriptions.

    Returns numbered citations (1..n) in the order Sørum, Bærum, Halden, case description. A plan
    with no matching passage is simply absent.
    """
    query = CASE_QUERIES.get(s.key) or s.title
    found: list[tuple[Chunk, str]] = []
    for name in PLANS:
        filters = Filters(doc_type="plan", municipality=name)
        hits = assistant.retriever.search(query, k=HITS_PER_SOURCE, filters=filters)
        found += _best(query, _candidates([h.chunk for h in hits]), assistant, per_plan, filters.where())
    if case_descriptions:
        hits = assistant.retriever.search(query, k=HITS_PER_SOURCE * 3, filters=Filters(doc_type="report"))
        cases = [h.chunk for h in hits if owner(h.chunk) and h.chunk.section and h.chunk.section[0].startswith("VEDLEGG")]
        found += _best(query, _candidates(cases[:HITS_PER_SOURCE]), assistant, 1, Filters(doc_type="report").where())
    return tuple(Citation(n=i, chunk=chunk, quote=quote) for i, (chunk, quote) in enumerate(found, start=1))


def example_owner(citation: Citation) -> str:
    """Whose example this is: "Sørum", or "Drammen (casebeskrivelse)" for the report's appendix."""
    name = owner(citation.chunk) or citation.chunk.meta.get("municipality") or citation.chunk.title
    return f"{name} (casebeskrivelse)" if citation.chunk.doc_id.startswith("ks-asplan-fafo") else str(name)
