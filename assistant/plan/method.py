"""The method of the report's chapter 10 as data: eleven steps, each explained by quoted, cited text.

Every explanation and every row of Tabell 12 is an exact quotation of the KS/Asplan Viak/Fafo report
(whitespace-normalised), with its 1-based line range in ``corpus/<doc_id>.txt``, its section and
printed page. :func:`check_sources` verifies each quotation against the indexed passages, so a
changed corpus fails loudly (:class:`MethodSourceError`) instead of citing text that is not there.
The step *questions* are our own Norwegian template text (not source text).

    >>> step("5").title
    'Utarbeid kompetansemål'
    >>> [s.key for s in STEPS][-3:]
    ['9', '10.3', '10.4']
    >>> [lv.name for lv in EVALUATION_LEVELS]
    ['Reaksjoner', 'Læring', 'Anvendelse', 'Nytte']
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from assistant.types import Chunk, Citation

if TYPE_CHECKING:  # only for the signature of case_examples
    from assistant.answer import Assistant

REPORT = "ks-asplan-fafo-2010-strategisk-kompetansestyring"
S101 = "10.1 Sentrale forutsetninger for bruk av metoden"
S1021 = "10.2.1 Hvordan utarbeide en kompetanseplan – innhold og prosess"
S103 = "10.3 Gjennomføring av kompetansetiltak og – aktiviteter"
S104 = "10.4 Oppfølging og evaluering"


@dataclass(frozen=True)
class SourceQuote:
    doc_id: str  # e.g. "ks-asplan-fafo-2010-strategisk-kompetansestyring"
    quote: str  # exact text of the source (whitespace-normalised)
    lines: tuple[int, int]  # 1-based inclusive line numbers in that doc's corpus file
    section: str = ""
    page: int | None = None


@dataclass(frozen=True)
class EvaluationLevel:
    """One row of Tabell 12 (Lai 2004): level, its question and example method, verbatim."""

    key: str  # "reaksjoner" | "laering" | "anvendelse" | "nytte"
    name: str
    question: str
    method: str
    source: SourceQuote


@dataclass(frozen=True)
class MethodStep:
    key: str  # "1".."9", "10.3", "10.4"
    title: str  # the report's Norwegian heading of the step
    explanation: tuple[SourceQuote, ...]  # what the report says (quoted, cited)
    questions: tuple[str, ...]  # the questions we ask the user (our Norwegian template text)
    answer_keys: tuple[str, ...]  # the answers-file keys this step fills (issue 12 point 8)


class MethodSourceError(RuntimeError):
    """A quotation of the method is not in the indexed text of its document (one line, names it)."""


def _q(quote: str, a: int, b: int, section: str = S1021, page: int | None = None) -> SourceQuote:
    return SourceQuote(doc_id=REPORT, quote=quote, lines=(a, b), section=section, page=page)


STEPS: tuple[MethodStep, ...] = (
    MethodStep(
        key="1",
        title="Etabler arbeidsgruppe",
        explanation=(
            _q(
                "Det bør etableres en arbeidsgruppe eller lignende med mandat fra rådmannen som består av utvalgte medlemmer fra "
                "personal/organisasjonsdirektør til virksomhetsnivået. Også tillitsvalgte bør være representert i arbeidsgruppa.",
                3598, 3600, page=93,
            ),
            _q(
                "Et grundig arbeid med kompetanseplanen i en arbeidsgruppe vil innebære en ”kompetanseutvikling om kompetanse” i hele "
                "organisasjonen.",
                3600, 3602, page=93,
            ),
        ),
        questions=(
            "Hvem sitter i arbeidsgruppen som lager planen? Er både ledelsen, virksomhetsnivået og de tillitsvalgte representert?",
            "Hvem ga arbeidsgruppen mandat (for eksempel rådmannen), og hva går mandatet ut på?",
        ),
        answer_keys=("arbeidsgruppe", "mandat"),
    ),
    MethodStep(
        key="2",
        title="Avklar kompetanseplanens forankring og ambisjoner",
        explanation=(
            _q(
                "Den overordnede kompetanseplanen bør innlede med en beskrivelse og redegjørelse for kompetanseplanens forankring og "
                "ambisjoner.",
                3606, 3607, page=93,
            ),
            _q(
                "Vi vil også anbefale at forankringen innebærer en involvering av politikerne som inkluderer en tydeliggjøring av "
                "kompetanse som en kritisk faktor for kvalitet i tjenestene kommunen leverer.",
                3577, 3579, S101, 93,
            ),
            _q("Videre må kompetanseplanen ha en forankring inn mot det årlige budsjettarbeidet og økonomiplanen.", 3583, 3584, S101, 93),
        ),
        questions=(
            "Hvordan er planen forankret – politisk, administrativt og i budsjettet og økonomiplanen?",
            "Hvilke ambisjoner har kommunen med kompetanseplanen?",
        ),
        answer_keys=("forankring", "ambisjoner"),
    ),
    MethodStep(
        key="3",
        title="Overordnede mål fra kommuneplan og andre styringsdokumenter i kommunen beskrives",
        explanation=(
            _q("Overordnede mål fra kommuneplan og andre styringsdokumenter i kommunen beskrives.", 3609, 3610, page=93),
            _q(
                "Denne overordnede kompetanseplanen utformes slik at den blir en del av planverket til den overordnede kommuneplanen.",
                3582, 3583, S101, 93,
            ),
        ),
        questions=("Hvilke overordnede mål i kommuneplanen og andre styringsdokumenter skal kompetansearbeidet støtte opp under?",),
        answer_keys=("overordnede_mal",),
    ),
    MethodStep(
        key="4",
        title="Klargjør forståelsen av kompetansebegrepets komponenter",
        explanation=(
            _q(
                "Kompetansebegrepet som skal legges til grunn i planen bør drøftes. Er alle delene av kompetansebegrepet like viktige, "
                "dvs. både kunnskap, ferdigheter og holdninger? Hva mener vi med faglig kompetanse, administrativ kompetanse, "
                "tverrfaglig kompetanse, endringskompetanse og så videre?",
                3614, 3617, page=93,
            ),
        ),
        questions=(
            "Hvilket kompetansebegrep legger dere til grunn, og hvilke deler er viktigst for dere (kunnskap, ferdigheter, "
            "holdninger; faglig, administrativ, tverrfaglig eller endringskompetanse)?",
        ),
        answer_keys=("kompetansebegrep",),
    ),
    MethodStep(
        key="5",
        title="Utarbeid kompetansemål",
        explanation=(
            _q(
                "Arbeidsgruppen bør deretter arbeide fram forslag til kompetansemål. Disse må være klart forankret i de overordnede "
                "målene til kommunen slik de er uttrykt i kommuneplan og andre styringsdokumenter.",
                3620, 3622, page=94,
            ),
            _q(
                "Ved utformingen av målene er det viktig at arbeidsgruppen også husker på at målene skal være gjenstand for oppfølging "
                "og evaluering, med andre ord er det viktig å formulere mål som det er mulig å evaluere på en tilfredsstillende måte i "
                "etterkant av gjennomføringen.",
                3622, 3625, page=94,
            ),
        ),
        questions=(
            "Hvilke kompetansemål har dere? For hvert mål: hvilket overordnet mål det bygger på, hva det skal måles med "
            "(indikator), utgangspunktet i dag, målverdien og fristen.",
        ),
        answer_keys=("kompetansemal",),
    ),
    MethodStep(
        key="6",
        title="Analyser dataene fra kompetansekartleggingen",
        explanation=(
            _q(
                "Data fra kompetansekartleggingen, herunder dagens kompetansebeholdning og fremtidige kompetansebehov, analyseres i "
                "forhold til de fastsatte kompetansemålene. Har vi den kompetansen vi skisserer i målene? Kommer vi til å ha denne "
                "kompetansen framover?",
                3629, 3631, page=94,
            ),
            _q(
                "Her bør kommunen benytte seg av data om alder og ansettelsesforhold på dagens ansatte og lage framskrivninger. "
                "Hvilken kompetanse mener vi er særlig kritisk, hvilken mangler og hvilken kompetanse er på vei ut av organisasjonen vår?",
                3631, 3634, page=94,
            ),
            _q(
                "Et viktig spørsmål å besvare i denne fasen av arbeidet er også når dagens analyse av kartleggingsdataene skal oppdateres.",
                3645, 3647, page=94,
            ),
        ),
        questions=(
            "Hvordan og når ble kompetansekartleggingen gjort, og når skal analysen oppdateres?",
            "Hva viste kartleggingen (kritisk kompetanse, mangler, kompetanse som er på vei ut)?",
        ),
        answer_keys=("kartlegging",),
    ),
    MethodStep(
        key="7",
        title="Utarbeid strategier og tiltak",
        explanation=(
            _q(
                "På bakgrunn av målene og analysene av kompetansen i dag og framover utarbeides det forslag til strategier og tiltak. "
                "Planen bør gå over et visst antall år for å kunne ha betydning.",
                3652, 3653, page=94,
            ),
            _q(
                "Strategiene i den overordnede planen bør peke på overordnede og tverrsektorielle/tverretatlige innsatser, for eksempel "
                "i form av behovet for å bruke lønn mer strategisk, lederutvikling, satsing på rekruttering vs. behov for "
                "videreutvikling av kompetansen som finnes i kommunen med mer.",
                3654, 3657, page=94,
            ),
            _q(
                "I denne sammenheng bør det også gjøres nytte-/kostnadsvurderinger av de alternative kompetansetiltakene og "
                "-aktivitetene før endelig beslutning tas.",
                3660, 3662, page=94,
            ),
            _q(
                "Hvordan få til læring i arbeid? Har vi tilrettelagt for kollegaveiledning, refleksjon på arbeidsplassen og god bruk av "
                "ledelsesressursene gjennom arbeidstidsordninger, turnuser og tilsetting i heltids-/deltidsstillinger?",
                3665, 3667, page=94,
            ),
        ),
        questions=(
            "Hvilke områder prioriterer dere i planperioden?",
            "Hvilke utfordringer skal planen møte (for eksempel rekruttering, ufaglærte, deltid, ledelse)?",
            "Hvilke tiltak har kommunen allerede planlagt?",
        ),
        answer_keys=("prioriterte_omrader", "utfordringer", "tiltak"),
    ),
    MethodStep(
        key="8",
        title="Utarbeid plan og retningslinje for oppfølging og evaluering av kompetansetiltakene",
        explanation=(
            _q(
                "Det utarbeides retningslinjer for oppfølging og evalueringer av kompetansetiltak i kompetanseplanen, slik at kunnskap om "
                "og vurderinger av disse kan tas inn i planleggingen av nye kompetansetiltak. Oppfølging og evalueringer bør ta "
                "utgangspunkt i kompetansemålene som er satt, både i overordnet kompetanseplan og i delkompetanseplaner.",
                3673, 3677, page=95,
            ),
            _q(
                "Videre er det viktig at evalueringene som brukes i forbindelse med kompetansemålene ikke er løsrevet fra kommunens "
                "øvrige vurderingsarbeid.",
                3677, 3678, page=95,
            ),
        ),
        questions=(
            "Hvem har ansvaret for å følge opp planen og tiltakene?",
            "Når og hvordan skal planen rulleres (for eksempel årlig i forbindelse med budsjettarbeidet)?",
        ),
        answer_keys=("oppfolging",),
    ),
    MethodStep(
        key="9",
        title="Utarbeid delkompetanseplaner for de fleste sektorene i kommunene, med forankring i den overordnede kompetanseplanen",
        explanation=(
            _q(
                "Utarbeid delkompetanseplaner for de fleste sektorene i kommunene, med forankring i den overordnede kompetanseplanen.",
                3683, 3684, page=95,
            ),
            _q("Alternativt kan den overordnede kompetanseplanen henvise til delkompetanseplaner på ulike områder.", 3659, 3660, page=94),
            _q("Disse spørsmålene bør også være sentrale for den enkelte sektor når de utarbeider sine delplaner.", 3667, 3668, page=94),
        ),
        questions=("Hvilke sektorer eller områder skal lage egne delplaner med forankring i denne planen?",),
        answer_keys=("delplaner",),
    ),
    MethodStep(
        key="10.3",
        title="Gjennomføring av kompetansetiltak og – aktiviteter",
        explanation=(
            _q(
                "Dersom plandelen av kompetansestyringen er grundig gjennomarbeidet, vil ledere og ansatte i ulike deler av "
                "kommuneorganisasjonen kunne vurdere ønsker og innspill om kompetansetiltak og – aktiviteter på en mer systematisk "
                "måte i forhold til mål, føringer og tilgjengelige ressurser.",
                3688, 3691, S103, 95,
            ),
            _q(
                "Ved oppstart av kompetansetiltak/-aktiviteter bør det også foretas en (gjerne muntlig) avklaring av forventninger "
                "mellom ledelse og ansatt i forhold til hva som vil være oppfølgingen i organisasjonen etter gjennomføringen av "
                "tiltaket/aktiviteten.",
                3691, 3693, S103, 95,
            ),
        ),
        questions=("Hvilket budsjett har dere til kompetansetiltak i planperioden, og hvor kommer midlene fra?",),
        answer_keys=("budsjett",),
    ),
    MethodStep(
        key="10.4",
        title="Oppfølging og evaluering",
        explanation=(
            _q(
                "En jevnlig oppfølging av kompetansetiltak bør skje gjennom det ordinære styringssystemet og -rutinene til kommunen. "
                "Omfang og type tiltak kan rapporteres på denne måten og gi kommuneledelsen et grunnlag for å vurdere oppfølgingen av "
                "kompetanseplanen.",
                3707, 3709, S104, 95,
            ),
            _q(
                "I tillegg bør kommunen evaluere større kompetansesatsinger. Evalueringer bør legges inn i planleggingen av "
                "kompetansesatsinger av et visst omfang.",
                3710, 3711, S104, 95,
            ),
            _q(
                "Alle evalueringer bør inneholde vurderinger av tiltakenes lønnsomhet (kostnad-/nytte vurderinger jf. modell), og "
                "måloppnåelse (resultat/effekt).",
                3746, 3747, S104, 96,
            ),
        ),
        questions=(
            "Gjennom hvilken ordinær rapportering skal resultatene rapporteres (for eksempel tertialrapport og årsmelding)?",
            "Når og hvordan skal planen som helhet evalueres?",
        ),
        answer_keys=("oppfolging",),
    ),
)

_T12 = S104 + " (Tabell 12)"
EVALUATION_LEVELS: tuple[EvaluationLevel, ...] = (
    EvaluationLevel(
        "reaksjoner", "Reaksjoner", "Hvor fornøyde var deltakerne med tiltaket?", "Medarbeidersamtaler, medarbeiderundersøkelser mm",
        _q("Reaksjoner Hvor fornøyde var deltakerne med tiltaket? Medarbeidersamtaler, medarbeiderundersøkelser mm", 3720, 3725, _T12, 95),
    ),
    EvaluationLevel(
        "laering", "Læring", "Hvilken kompetanse har deltakerne tilegnet seg som følge av tiltaket?",
        "Praktiske evalueringer, skriftlige tester",
        _q(
            "Læring Hvilken kompetanse har deltakerne tilegnet seg som følge av tiltaket? Praktiske evalueringer, skriftlige tester",
            3727, 3731, _T12, 95,
        ),
    ),
    EvaluationLevel(
        "anvendelse", "Anvendelse", "I hvilken grad blir tilegnet kompetanse anvendt i praksis?", "Måling av praksis før og etter tiltak",
        _q("Anvendelse I hvilken grad blir tilegnet kompetanse anvendt i praksis? Måling av praksis før og etter tiltak", 3733, 3737, _T12, 95),
    ),
    EvaluationLevel(
        "nytte", "Nytte", "I hvilken grad har tiltaket gitt samlet organisatorisk nytte i forhold til overordnede mål?",
        "Indirekte gjennom brukerundersøkelser etc.",
        _q(
            "Nytte I hvilken grad har tiltaket gitt samlet organisatorisk nytte i forhold til overordnede mål? Indirekte gjennom "
            "brukerundersøkelser etc.",
            3739, 3744, _T12, 96,
        ),
    ),
)

_BY_KEY = {s.key: s for s in STEPS}


def step(key: str) -> MethodStep:
    """The step with this key ("1".."9", "10.3", "10.4"); KeyError naming the known keys otherwise."""
    try:
        return _BY_KEY[str(key).strip()]
    except KeyError:
        raise KeyError(f"unknown method step {key!r} (known: {', '.join(_BY_KEY)})") from None


def all_quotes() -> list[tuple[str, SourceQuote]]:
    """Every quotation with the name of what it explains ("step 5", "Tabell 12 Læring")."""
    out = [(f"step {s.key}", q) for s in STEPS for q in s.explanation]
    out += [(f"Tabell 12 {lv.name}", lv.source) for lv in EVALUATION_LEVELS]
    return out


# ---- checking the quotations against the index ------------------------------------------------

_QUOTES_RE = re.compile(r"[”“„\"«»]")
_WRAP_HYPHEN_RE = re.compile(r"-\s+")


def normalise(text: str) -> str:
    """Whitespace collapsed, quotation marks unified, a hyphen at a line wrap joined ("nytte- /kostnad")."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    text = _QUOTES_RE.sub('"', text)
    return _WRAP_HYPHEN_RE.sub("-", " ".join(text.split()))


def _loose(text: str) -> str:
    # The loaders join a word split at a line end ("kompetanse-\nplanen" -> "kompetanseplanen"),
    # and a heading can lose its space ("10.1Sentrale"): compare without spaces and hyphens.
    return re.sub(r"[\s\-]+", "", normalise(text)).lower()


def contains(passage: str, quote: str) -> bool:
    """Is ``quote`` in ``passage``, up to whitespace and line-wrap/hyphenation artefacts?"""
    return normalise(quote) in normalise(passage) or _loose(quote) in _loose(passage)


def find_chunk(quote: SourceQuote, chunks: Iterable[Chunk]) -> Chunk | None:
    """The indexed passage of ``quote.doc_id`` that contains the quotation, preferring one over its lines."""
    found = [c for c in chunks if c.doc_id == quote.doc_id and contains(c.text, quote.quote)]
    found.sort(key=lambda c: not (c.lines[0] <= quote.lines[1] and quote.lines[0] <= c.lines[1]))
    return found[0] if found else None


def check_sources(index: Any) -> None:
    """Verify every quotation against the indexed passages of its document.

    ``index`` is an :class:`assistant.index.Index` (anything with ``.chunks() -> dict[str, Chunk]``).
    A quotation must occur (whitespace-normalised) in one passage, or across neighbouring passages
    of its document, whose lines overlap its line range. Raises :class:`MethodSourceError` naming
    the step and the start of the quotation for the first one that fails.
    """
    chunks: Mapping[str, Chunk] = index.chunks()
    by_doc: dict[str, list[Chunk]] = {}
    for c in chunks.values():
        by_doc.setdefault(c.doc_id, []).append(c)
    for where, q in all_quotes():
        doc = sorted(by_doc.get(q.doc_id, []), key=lambda c: c.lines)
        if not doc:
            raise MethodSourceError(f"method {where}: document {q.doc_id!r} is not in the index (quote «{q.quote[:60]}…»)")
        near = [c for c in doc if c.lines[0] <= q.lines[1] and q.lines[0] <= c.lines[1]]
        if any(contains(c.text, q.quote) for c in near) or (near and contains("\n".join(c.text for c in near), q.quote)):
            continue
        elsewhere = find_chunk(q, doc)
        if elsewhere is not None:
            raise MethodSourceError(
                f"method {where}: quote «{q.quote[:60]}…» is at lines {elsewhere.lines[0]}-{elsewhere.lines[1]}, "
                f"not {q.lines[0]}-{q.lines[1]}, of {q.doc_id}"
            )
        raise MethodSourceError(f"method {where}: quote «{q.quote[:60]}…» not found in {q.doc_id} (lines {q.lines[0]}-{q.lines[1]})")
    for lv in EVALUATION_LEVELS:
        for part in (lv.question, lv.method):
            if not contains(lv.source.quote, part):
                raise MethodSourceError(f"method Tabell 12 {lv.name}: «{part}» is not in its source row")


def explanation_citations(s: MethodStep, index: Any, start: int = 1) -> tuple[Citation, ...]:
    """The step's explanation as numbered :class:`Citation` objects on the indexed passages."""
    chunks = list(index.chunks().values())
    out: list[Citation] = []
    for q in s.explanation:
        chunk = find_chunk(q, chunks)
        if chunk is None:
            raise MethodSourceError(f"method step {s.key}: quote «{q.quote[:60]}…» not found in {q.doc_id}")
        # The passage narrowed to the quotation's own lines and page, so the reference is exact.
        page = (q.page, q.page) if q.page is not None else chunk.pages
        out.append(Citation(n=start + len(out), chunk=replace(chunk, lines=q.lines, pages=page), quote=q.quote))
    return tuple(out)


def case_examples(s: MethodStep | str, assistant: Assistant, per_plan: int = 1) -> tuple[Citation, ...]:
    """How Sørum, Bærum and Halden (and the report's case descriptions) handled step ``s``.

    Found by retrieval in the plans and the case descriptions; see :mod:`assistant.plan.cases`.
    """
    from assistant.plan.cases import case_examples as _find

    return _find(step(s) if isinstance(s, str) else s, assistant, per_plan=per_plan)
