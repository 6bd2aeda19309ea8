"""Plansjekk: review an existing kompetanseplan against the method, step by step, with cited advice.

The plan is read into memory only (:mod:`assistant.plan.review_read`); it is never added to the
shared index and nothing of it is written unless the user saves the review (:func:`write_review`).
Per step the status comes from what the text does (:mod:`assistant.plan.review_detect`); the
evidence is quoted exactly from one paragraph, list item or table cell of the plan. For a step that
is not covered, the advice quotes the report's own text for the step (``method.STEPS``) and an
example from a corpus plan (Sørum, Bærum, Halden) that the same rules find covering the step --
never the plan under review itself -- and every sentence is checked with
:func:`assistant.citations.verify` against the indexed passages it cites.

    >>> review = review_file(Path("evals/review/elvdal-kompetanse-2025-2027.docx"), assistant)  # doctest: +SKIP
    >>> [s.status for s in review.steps][:3]  # doctest: +SKIP
    ['missing', 'partial', 'missing']
    >>> write_review(review, Path("sjekk.docx"))  # doctest: +SKIP
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.citations import verify
from assistant.loaders import read_manifest
from assistant.plan import method
from assistant.plan.review_checks import Finding, run_checks
from assistant.plan.review_detect import STEP_KEYS, StepResult, Unit, units_of
from assistant.plan.review_read import PlanText, read_plan
from assistant.plan.review_steps import detect_all
from assistant.types import Chunk

if TYPE_CHECKING:
    from assistant.answer import Assistant

STATUS_NO = {"covered": "Dekket", "partial": "Delvis", "missing": "Mangler"}

# What to do, per step: our own template text (Norwegian), shown before the cited sources.
TODO: dict[str, str] = {
    "1": "Sett ned en arbeidsgruppe med mandat fra rådmannen, med ledere fra flere nivåer og tillitsvalgte, og skriv i planen hvem som var med.",
    "2": "Skriv innledningsvis hvor planen er forankret (politisk vedtak, kommuneplan, budsjett og økonomiplan) og hva den skal oppnå.",
    "3": "Gjengi målene i kommuneplanen og andre styringsdokumenter som kompetansearbeidet skal tjene.",
    "4": "Beskriv hva planen legger i kompetanse, for eksempel kunnskap, ferdigheter og holdninger, og hvilke deler som er viktigst.",
    "5": "Gi hvert kompetansemål en indikator, en målverdi eller en frist, og vis hvilket overordnet mål det bygger på.",
    "6": "Beskriv hva kartleggingen viser: kompetanse som mangler, alderssammensetning, forventede avganger og framtidig behov, og når analysen skal oppdateres.",
    "7": "Før opp tiltakene med målgruppe, tidsrom, ansvarlig og kostnad, avledet av målene og analysen.",
    "8": "Beskriv hvordan og når tiltakene følges opp og evalueres, og på hvilket nivå: reaksjoner, læring, anvendelse og nytte.",
    "9": "Be hver sektor lage en delplan som bygger på målene i denne planen, med frist.",
    "10.3": "Beskriv hvordan leder og medarbeider avklarer forventninger når et tiltak starter, og at søknader vurderes opp mot målene.",
    "10.4": "Evaluer de større tiltakene ut over deltakernes reaksjoner: hva deltakerne lærte, om de bruker det i praksis, og nytten for tjenestene.",
}
NO_EXAMPLE = "Ingen av eksempelplanene (Sørum, Bærum og Halden) gjør dette godt nok til å vise som eksempel."
REPORT_LEAD = "Rapporten sier:"
EXAMPLE_LEAD = "Eksempel fra en av eksempelplanene:"


@dataclass(frozen=True)
class Evidence:
    quote: str
    page: int | None
    row: tuple[int, int] | None = field(default=None, compare=False)  # (table, row) of a cell: the report puts a row on one line


@dataclass(frozen=True)
class ReviewCitation:
    n: int
    doc_id: str
    title: str
    section: str
    page: int | None
    year: int | None
    quote: str


@dataclass(frozen=True)
class StepReview:
    step: str
    title: str
    status: str
    evidence: tuple[Evidence, ...]
    lacking: str
    advice: str
    citations: tuple[ReviewCitation, ...]


@dataclass(frozen=True)
class Review:
    """The whole review. Holds quotes of the plan in memory only; nothing is saved by building it."""

    plan: str
    steps: tuple[StepReview, ...]
    findings: tuple[Finding, ...]
    summary: str
    measures: tuple[Mapping[str, str], ...] = field(default=(), compare=False)
    period: str = ""
    kommune: str = ""  # from the plan's title ("... for Fjordvik kommune ..."), else empty

    def step(self, key: str) -> StepReview:
        return next(s for s in self.steps if s.step == key)

    def to_json(self) -> dict[str, Any]:
        """The JSON of issue 15 point 4."""
        return {
            "plan": self.plan,
            "steps": [
                {
                    "step": int(s.step) if s.step.isdigit() else s.step,
                    "title": s.title,
                    "status": s.status,
                    "evidence": [{"quote": e.quote, "page": e.page} for e in s.evidence],
                    "lacking": s.lacking,
                    "advice": s.advice,
                    "citations": [{"n": c.n, "doc_id": c.doc_id, "title": c.title, "section": c.section, "page": c.page, "year": c.year, "quote": c.quote} for c in s.citations],
                }
                for s in self.steps
            ],
            "findings": [{"check": f.check, "ok": f.ok, "quote": f.quote, "page": f.page} for f in self.findings],
            "summary": self.summary,
        }


def review_file(path: Path, assistant: Assistant) -> Review:
    """Review the plan at ``path`` (PDF, DOCX, TXT, MD). Raises ``LoadError`` (``NoTextError`` for a scan)."""
    plan = read_plan(Path(path), limit_mb=assistant.settings.upload_limit_mb)
    return review_plan(plan, assistant)


def review_plan(plan: PlanText, assistant: Assistant) -> Review:
    units = units_of(plan)
    results = detect_all(units, plan.tables)
    findings = run_checks(units, plan.tables, results)
    examples = _examples(str(assistant.settings.corpus_dir))
    own = same_corpus_plan(plan, examples)
    chunks = list(assistant.index.chunks().values())
    steps = []
    for key in STEP_KEYS:
        res = results[key]
        s = method.step(key)
        evidence = res.evidence or (nearest(units, key) if res.status == "missing" else ())
        advice = ""
        cites: tuple[ReviewCitation, ...] = ()
        if res.status != "covered":
            advice, cites = build_advice(key, chunks, {k: v for k, v in examples.items() if k != own}, res.lacking)
        steps.append(StepReview(key, s.title, res.status, tuple(Evidence(u.text, u.page, (u.table, u.row) if u.kind == "cell" and u.table is not None else None) for u in evidence), res.lacking, advice, cites))
    return Review(plan.name, tuple(steps), tuple(findings), _summary(steps), _measures(plan), _period(plan), _kommune(plan))


# ---------------------------------------------------------------------------------------------
# Examples from the corpus plans


@dataclass(frozen=True)
class CorpusPlan:
    doc_id: str
    municipality: str
    results: Mapping[str, StepResult]
    sentences: frozenset[str]


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


@lru_cache(maxsize=4)
def _examples(corpus_dir: str) -> dict[str, CorpusPlan]:
    """The corpus plans, read and run through the same rules once per process."""
    root = Path(corpus_dir)
    out: dict[str, CorpusPlan] = {}
    for doc_id, info in read_manifest(root).items():
        if info.doc_type != "plan":
            continue
        path = next((p for p in root.glob(f"{doc_id}.*")), None)
        if path is None:
            continue
        plan = read_plan(path)
        units = units_of(plan)
        out[doc_id] = CorpusPlan(doc_id, info.municipality or doc_id, detect_all(units, plan.tables), frozenset(_key(u.text) for u in units if len(u.text) > 40))
    return out


def same_corpus_plan(plan: PlanText, examples: Mapping[str, CorpusPlan]) -> str | None:
    """The corpus plan this plan is (its own file, or a copy/other format of it), if any."""
    if plan.doc_id in examples:
        return plan.doc_id
    mine = {_key(u.text) for u in units_of(plan) if len(u.text) > 40}
    for doc_id, cp in examples.items():
        if mine and len(mine & cp.sentences) >= 0.3 * len(mine):
            return doc_id
    return None


def _example_candidates(key: str, examples: Mapping[str, CorpusPlan], chunks: Sequence[Chunk]) -> Iterator[tuple[str, Chunk]]:
    """Sentences from corpus plans that cover the step, each found verbatim in an indexed passage."""
    for doc_id, cp in examples.items():
        res = cp.results.get(key)
        if res is None or res.status != "covered":
            continue
        own = [c for c in chunks if c.doc_id == doc_id]
        for u in res.evidence:  # in the rule's order: the strongest sign first
            if u.kind == "cell" or len(u.text.split()) < 6 or u.text.rstrip().endswith(":"):
                continue  # a cell or a lead-in to a list shows little on its own
            chunk = method.find_chunk(method.SourceQuote(doc_id, u.text, (0, 0)), own)
            if chunk is not None:
                yield u.text, chunk


def _checked(quote: str, n: int, chunk: Chunk) -> str:
    """The quotation with its marker if :func:`verify` finds it supported by its passage, else ''."""
    checked = verify(f"«{quote}» [{n}].", {n: chunk.text})
    return checked.text if n in checked.used_markers and not checked.dropped else ""


def _cite(n: int, chunk: Chunk, quote: str) -> ReviewCitation:
    year = chunk.meta.get("year")
    return ReviewCitation(n, chunk.doc_id, chunk.title, chunk.section_path, chunk.page, int(year) if year else None, quote)


def _stems(text: str) -> set[str]:
    return {w[:6] for w in re.findall(r"\w{4,}", text.lower())}


def build_advice(key: str, chunks: Sequence[Chunk], examples: Mapping[str, CorpusPlan], lacking: str = "") -> tuple[str, tuple[ReviewCitation, ...]]:
    """What to do (our template), the report's text for the step [1] and a case plan's example [2].

    Each quotation is checked with :func:`assistant.citations.verify` against the indexed passage
    it cites (the lead-in words are our template, not claims); one that fails is left out, and when
    no case plan has a checked example the advice says so.
    """
    s = method.step(key)
    parts = [TODO[key]]
    cites: list[ReviewCitation] = []
    if s.explanation:
        # The report's sentence closest to what the plan lacks (e.g. step 5: 'mål ... evaluere').
        # What the plan lacks weighs more than our general advice text.
        lack, todo = _stems(lacking), _stems(TODO[key])
        q = max(s.explanation, key=lambda q: (len(lack & _stems(q.quote)), len(todo & _stems(q.quote))))
        chunk = method.find_chunk(q, chunks)
        quote = method.normalise(q.quote)
        if chunk is not None and (text := _checked(quote, 1, chunk)):
            parts.append(f"{REPORT_LEAD} {text}")
            cites.append(_cite(1, chunk, quote))
    n = len(cites) + 1
    for quote, chunk in _example_candidates(key, examples, chunks):
        if text := _checked(quote, n, chunk):
            parts.append(f"{EXAMPLE_LEAD} {text}")
            cites.append(_cite(n, chunk, quote))
            break
    else:
        parts.append(NO_EXAMPLE)
    return " ".join(parts), tuple(cites)


# ---------------------------------------------------------------------------------------------
# Nearest passages, summary, answers


def nearest(units: Sequence[Unit], key: str, n: int = 2) -> tuple[Unit, ...]:
    """For a missing step: the plan's sentences closest to the step in words (at least two shared)."""
    from assistant.plan.cases import CASE_QUERIES

    words = {w[:6] for w in re.findall(r"\w{4,}", f"{CASE_QUERIES.get(key, '')} {method.step(key).title}".lower())}
    scored: list[tuple[int, int, Unit]] = []
    for u in units:
        if u.kind in ("cell", "heading", "row"):  # a row is only a matching aid: its cells are quoted
            continue
        hits = len(words & {w[:6] for w in re.findall(r"\w{4,}", u.text.lower())})
        if hits >= 2:
            scored.append((-hits, len(scored), u))
    return tuple(u for _, _, u in sorted(scored)[:n])


def _summary(steps: Sequence[StepReview]) -> str:
    count = {k: sum(s.status == k for s in steps) for k in STATUS_NO}
    def keys(status: str) -> str:
        ks = [s.step for s in steps if s.status == status]
        return ", ".join(ks[:-1]) + f" og {ks[-1]}" if len(ks) > 1 else "".join(ks)

    text = f"Planen dekker {count['covered']} av {len(steps)} steg i metoden, {count['partial']} delvis og mangler {count['missing']}."
    if count["missing"]:
        text += f" Mangler: steg {keys('missing')}."
    if count["partial"]:
        text += f" Delvis: steg {keys('partial')}."
    return text


def _measures(plan: PlanText) -> tuple[Mapping[str, str], ...]:
    from assistant.plan import review_detect as d

    found = d.measure_table(plan.tables)
    if found is None:
        return ()
    header = found[1].header
    cols: dict[str, int] = {}
    for i, h in enumerate(header):
        for name, pat in (("mal", d.GOAL_COLUMN), ("tiltak", re.compile(r"tiltak|aktivitet", re.I)), ("malgruppe", d.COL_TARGET), ("tidsrom", d.COL_TIME), ("ansvarlig", d.COL_RESP), ("kostnad", re.compile(r"kostnad|budsjett|pris", re.I))):
            if pat.search(h) and name not in cols:
                cols[name] = i
                break
        else:
            cols.setdefault("tiltak", i)
    rows = []
    for row in found[1].rows:
        item = {name: row[i] for name, i in cols.items() if i < len(row) and row[i]}
        if item.get("tiltak"):
            rows.append(item)
    return tuple(rows)


def _kommune(plan: PlanText) -> str:
    head = next((s.text for s in plan.segments if s.kind == "heading"), "")
    m = re.search(r"\b([A-ZÆØÅ][\wæøå-]+) kommune\b", head) or re.search(r"^([A-ZÆØÅ][\wæøå-]+) kommune\b", plan.segments[0].text if plan.segments else "")
    return m.group(1) if m else ""


def _period(plan: PlanText) -> str:
    head = next((s.text for s in plan.segments if s.kind == "heading"), "")
    m = re.search(r"\b(20\d{2})\s*[–-]\s*((?:20)?\d{2})\b", head)
    return f"{m.group(1)}-{m.group(2)}" if m else ""


def review_to_answers(review: Review) -> dict[str, Any]:
    """Answers for a new draft (issue 12 point 8 keys), pre-filled with the plan's own text where found.

    Only covered or partial steps contribute; each value is an exact quote of the plan.
    """
    from assistant.plan.answers import validate_answers

    def quotes(key: str) -> list[str]:
        s = review.step(key)
        return [e.quote for e in s.evidence] if s.status != "missing" else []

    out: dict[str, Any] = {}
    if review.kommune:
        out["kommune"] = review.kommune
    if review.period:
        out["periode"] = review.period
    if q := quotes("1"):
        out["arbeidsgruppe"] = q
    if q := quotes("2"):
        out["forankring"] = q[0]
        if len(q) > 1:
            out["ambisjoner"] = q[1]
    if q := quotes("3"):
        out["overordnede_mal"] = q
    if q := quotes("4"):
        out["kompetansebegrep"] = " ".join(q)
    if q := quotes("5"):
        out["kompetansemal"] = [{"mal": t} for t in q]
    if q := quotes("6"):
        out["kartlegging"] = {"funn": q}
    if review.measures:
        out["tiltak"] = [dict(m) for m in review.measures]
    elif q := quotes("7"):
        out["tiltak"] = [{"tiltak": t} for t in q]
    follow: dict[str, str] = {}
    if q := quotes("8"):
        follow["rapportering"] = " ".join(q)
    rull = next((f for f in review.findings if f.check.startswith("Dato for neste") and f.ok), None)
    if rull is not None:
        follow["rullering"] = rull.quote
    if follow:
        out["oppfolging"] = follow
    if q := quotes("9"):
        out["delplaner"] = q
    return validate_answers(out)


def plan_from_review(review: Review, owner: str) -> Any:
    """A new, unsaved :class:`assistant.plan.model.Plan` holding :func:`review_to_answers` (each
    answer under the method step whose keys it fills), for the user to save and go on drafting."""
    from assistant.plan.model import new_plan

    step_of = {key: s.key for s in method.STEPS for key in s.answer_keys}
    plan = new_plan(owner=owner)
    for key, value in review_to_answers(review).items():
        if isinstance(value, dict):
            for sub, part in value.items():
                plan = plan.with_answer(f"{key}.{sub}", part, step=step_of.get(key, "start"))
        else:
            plan = plan.with_answer(key, value, step=step_of.get(key, "start"))
    return plan


def write_review(review: Review, path: Path) -> Path:
    """Save the review as Markdown (.md) or Word (.docx); see :mod:`assistant.plan.review_report`."""
    from assistant.plan.review_report import write_docx, write_markdown

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        write_markdown(review, path)
    elif suffix == ".docx":
        write_docx(review, path)
    else:
        raise ValueError(f"{path.name}: the review can be saved as .md or .docx, not '{suffix or '(none)'}'")
    return path
