"""How the case municipalities handled a method step: cited sentences found by retrieval.

For each of the three plans in the corpus (Sørum, Bærum, Halden) the step's search text is run with
a filter on that plan; the report's case descriptions (its appendix, one section per municipality)
are searched as well. From the passages found, the sentence that best matches the search text
(term coverage plus the sentence's own embedding similarity) is returned as a :class:`Citation`
whose quote is the sentence exactly as it stands in the passage (whitespace-normalised). Nothing is
paraphrased, so an example can only say what the source says.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    "1": "arbeidsgruppe mandat rådmannen tillitsvalgte utarbeide kompetanseplanen ledere drøftes",
    "2": "planens forankring plangrunnlaget kommuneplanen vedtatt formål med planen",
    "3": "overordnede mål kommuneplanen handlingsprogrammet strategiske mål visjon",
    "4": "definisjon kompetanse kunnskaper ferdigheter holdninger kompetansebegrepet",
    "5": "mål for kompetanseutviklingen målet er at organisasjonen skal ha kompetanse",
    "6": "kartlegging av kompetanse analyse kompetansebehov gapanalyse dagens situasjon",
    "7": "tiltak for kompetanseutvikling lederutvikling opplæring kurs tiltaksplan",
    "8": "evaluering av kompetanseplanen evalueres rulleres årlig oppfølging",
    "9": "delplaner kompetanseplaner for enhetene seksjonene sektorene lokale planer",
    "10.3": "ledere har ansvar for gjennomføring av kompetanseutvikling medarbeidersamtaler",
    "10.4": "evaluering av tiltakene brukerundersøkelser medarbeiderundersøkelse resultater effekt",
}

HITS_PER_SOURCE = 3
RERANK = 8  # sentences per source re-ranked by their own embedding (each costs an embedding once)
MIN_WORDS = 5


def _candidates(hits: list[Chunk]) -> list[tuple[Chunk, str]]:
    out = []
    for chunk in hits:
        for sentence in split_sentences(chunk.text):
            quote = one_line(sentence)
            words = quote.split()
            if len(words) < MIN_WORDS or sum(w.strip(".,").isdigit() for w in words) > len(words) / 3:
                continue  # headings and flattened table rows say nothing on their own
            if quote.rstrip().endswith(":"):
                continue  # a lead-in to a list says nothing without the list
            out.append((chunk, quote))
    return out


def _best(query: str, cands: list[tuple[Chunk, str]], assistant: Assistant, n: int) -> list[tuple[Chunk, str]]:
    if not cands:
        return []
    terms = assistant.question_terms(query)
    total = sum(terms.values()) or 1.0
    analyzer = assistant.analyzer()

    def coverage(sentence: str) -> float:
        toks = set(analyzer.tokens(sentence))
        return sum(w for t, w in terms.items() if t in toks) / total

    # Keep the passage order as a tie-break; the better-ranked passage comes first.
    ranked = sorted(enumerate(cands), key=lambda ic: (-coverage(ic[1][1]), ic[0]))[:RERANK]
    sims = assistant.index.sentence_similarities(query, [q for _, (_, q) in ranked])
    scored = sorted(zip(ranked, sims, strict=True), key=lambda r: -(coverage(r[0][1][1]) + 2.0 * r[1]))
    picked: list[tuple[Chunk, str]] = []
    for (_i, cand), _sim in scored:
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
        hits = assistant.retriever.search(query, k=HITS_PER_SOURCE, filters=Filters(doc_type="plan", municipality=name))
        found += _best(query, _candidates([h.chunk for h in hits]), assistant, per_plan)
    if case_descriptions:
        hits = assistant.retriever.search(query, k=HITS_PER_SOURCE * 3, filters=Filters(doc_type="report"))
        cases = [h.chunk for h in hits if owner(h.chunk) and h.chunk.section and h.chunk.section[0].startswith("VEDLEGG")]
        found += _best(query, _candidates(cases[:HITS_PER_SOURCE]), assistant, 1)
    return tuple(Citation(n=i, chunk=chunk, quote=quote) for i, (chunk, quote) in enumerate(found, start=1))


def example_owner(citation: Citation) -> str:
    """Whose example this is: "Sørum", or "Drammen (casebeskrivelse)" for the report's appendix."""
    name = owner(citation.chunk) or citation.chunk.meta.get("municipality") or citation.chunk.title
    return f"{name} (casebeskrivelse)" if citation.chunk.doc_id.startswith("ks-asplan-fafo") else str(name)
