"""The six sections of a draft. Her answers, our template text, and checked quotes only.

Template sentences name no fact about her municipality; her facts come from the answers
(:class:`Context`), and anything missing is ``PLACEHOLDERS[key]``. Quoted sentences go through
:meth:`Grounder.cite` / :meth:`Grounder.method_quote`; one that fails is left out and noted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from assistant.plan import method
from assistant.plan.draft import PLACEHOLDERS, SECTION_TITLES, TILTAK_HEADER, Block, Section, TiltakRow
from assistant.plan.grounding import Grounder
from assistant.plan.suggest import Reason, Suggestion, suggest
from assistant.retrieve import Filters

REASON_LABELS = {
    "utfordringer": "utfordring",
    "prioriterte_omrader": "prioritert område",
    "kartlegging.funn": "funn i kartleggingen",
    "kartleggingsanalyse": "funn i kartleggingsanalysen",
}
KEY_MEASURES = 6  # measures evaluated level by level (her own first, then the suggestions)
# What each level looks at for one measure (our template text); the benefit level names its goal.
MEASURE_INDICATORS = {
    "reaksjoner": "Deltakernes vurdering",
    "laering": "Test eller praktisk evaluering",
    "anvendelse": "Praksis før og etter",
}
# Our template indicator per Tabell 12 level; the benefit level uses the goal's own indicator.
LEVEL_INDICATORS = {
    "reaksjoner": "Deltakernes vurdering av tiltaket",
    "laering": "Kompetanse deltakerne har tilegnet seg, målt med test eller praktisk evaluering",
    "anvendelse": "Praksis før og etter tiltaket",
}


@dataclass
class Context:
    answers: dict[str, Any]
    grounder: Grounder
    analysis: Any = None
    picks: tuple[Any, ...] = ()
    rows: tuple[TiltakRow, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    figures: list[Path] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def get(self, key: str) -> str:
        """Her answer to a scalar key, or its placeholder."""
        value = self.answers.get(key)
        return str(value) if value not in (None, "") else PLACEHOLDERS[key]

    def sub(self, key: str, mapping: dict[str, Any], sub: str) -> str:
        value = mapping.get(sub)
        return str(value) if value else PLACEHOLDERS[f"{key}.{sub}"]

    def quote_step(self, step_key: str, frame: str = "Rapportens metode sier: «{quote}»", limit: int = 1) -> list[Block]:
        """Up to ``limit`` checked quotes of a method step's explanation."""
        out: list[Block] = []
        for q in method.step(step_key).explanation:
            if len(out) >= limit:
                break
            cited = self.grounder.method_quote(q, frame)
            if cited:
                out.append(Block("p", cited))
            else:
                self.notes.append(f"left out a method quote of step {step_key} (not found in the index): {q.quote[:60]}")
        return out

    def found(self, queries: Sequence[str], anchors: Sequence[str], frame: str, filters: Filters | None = None) -> list[Block]:
        """The first checked sentence found by retrieval, in ``frame`` ({place}, {quote})."""
        for f in self.grounder.find(queries, anchors, filters=filters):
            cited = self.grounder.cite(frame.format(place=f.place or "kildene", quote=f.sentence), [f.chunk])
            if cited:
                return [Block("p", cited)]
        self.notes.append(f"no checked source sentence for {queries[0]!r}")
        return []


def kommune_name(kommune: str) -> str:
    """'Fjordvik' -> 'Fjordvik kommune'; a name that already says kommune is kept."""
    return kommune if "kommune" in kommune.lower() or kommune.startswith("[") else f"{kommune} kommune"


def _list_or_placeholder(ctx: Context, key: str) -> Block:
    items = ctx.answers.get(key) or []
    return Block("bullets", items=tuple(items)) if items else Block("p", PLACEHOLDERS[key])


def innledning(ctx: Context) -> Section:
    a = ctx.answers
    ansatte = f"Kommunen har {a['ansatte']} ansatte." if "ansatte" in a else f"Antall ansatte: {PLACEHOLDERS['ansatte']}."
    blocks = [
        Block("h3", "Om planarbeidet"),
        Block("p", f"Dette er kompetanseplanen for {kommune_name(ctx.get('kommune'))} for perioden {ctx.get('periode')}. {ansatte}"),
        Block("p", "Arbeidsgruppen har bestått av:"),
        _list_or_placeholder(ctx, "arbeidsgruppe"),
        Block("p", f"Mandat: {ctx.get('mandat')}"),
        *ctx.quote_step("1"),
        Block("h3", "Forankring og ambisjoner"),
        Block("p", f"Forankring: {ctx.get('forankring')}"),
        Block("p", f"Ambisjoner: {ctx.get('ambisjoner')}"),
        *ctx.quote_step("2"),
        Block("h3", "Overordnede mål"),
        Block("p", "Planen skal bidra til disse overordnede målene fra kommuneplanen og andre styringsdokumenter:"),
        _list_or_placeholder(ctx, "overordnede_mal"),
        *ctx.quote_step("3"),
        Block("h3", "Kompetansebegrep"),
        Block("p", ctx.get("kompetansebegrep")),
        *ctx.quote_step("4"),
    ]
    return Section("innledning", SECTION_TITLES["innledning"], tuple(blocks))


def _analysis_blocks(ctx: Context) -> list[Block]:
    analysis = ctx.analysis
    if analysis is None:
        return []
    blocks: list[Block] = [Block("h3", "Funn fra analysen av personaldata")]
    texts = [getattr(f, "text", None) or (f.get("text") if isinstance(f, dict) else None) for f in getattr(analysis, "findings", ()) or ()]
    findings = [str(t) for t in texts if t]
    blocks.append(Block("bullets", items=tuple(findings)) if findings else Block("p", "Analysen av personaldataene ga ingen funn å rapportere."))
    for fig in getattr(analysis, "figures", ()) or ():
        path = Path(fig)
        if path.is_file():
            ctx.figures.append(path)
            blocks.append(Block("figure", str(path)))
        else:
            ctx.notes.append(f"figure {path} not found; left out")
    return blocks


def kartlegging(ctx: Context) -> Section:
    k = ctx.answers.get("kartlegging", {})
    funn = k.get("funn") or []
    blocks = [
        Block("p", f"Slik ble kartleggingen gjennomført: {ctx.sub('kartlegging', k, 'gjennomfort')}"),
        Block("p", "Hovedfunn:"),
        Block("bullets", items=tuple(funn)) if funn else Block("p", PLACEHOLDERS["kartlegging.funn"]),
        *_analysis_blocks(ctx),
        *ctx.quote_step("6"),
    ]
    return Section("kartlegging", SECTION_TITLES["kartlegging"], tuple(blocks))


def goals(ctx: Context) -> list[dict[str, str]]:
    """Her goals; with none, one placeholder goal per overordnet mål (or a single one)."""
    given = ctx.answers.get("kompetansemal") or []
    if given:
        return [dict(g) for g in given]
    return [{"overordnet_mal": m} for m in ctx.answers.get("overordnede_mal") or []] or [{}]


def _goal_label(i: int, goal: dict[str, str]) -> str:
    return f"Mål {i}: {goal.get('mal') or PLACEHOLDERS['kompetansemal.mal']}"


def kompetansemal(ctx: Context) -> Section:
    blocks: list[Block] = [
        Block("p", "Hvert kompetansemål bygger på et overordnet mål og er formulert slik at det kan evalueres: med indikator, utgangspunkt, målverdi og frist."),
        *ctx.quote_step("5", limit=2),
    ]
    for i, goal in enumerate(goals(ctx), start=1):
        items = [f"Bygger på det overordnede målet: {ctx.sub('kompetansemal', goal, 'overordnet_mal')}"]
        stated = ctx.answers.get("overordnede_mal") or []
        if goal.get("overordnet_mal") and stated and max(fuzz.token_set_ratio(goal["overordnet_mal"], m) for m in stated) < 80:
            items.append("Merk: dette overordnede målet står ikke blant de overordnede målene i innledningen.")
        for sub, label in (("indikator", "Indikator"), ("utgangspunkt", "Utgangspunkt"), ("malverdi", "Målverdi"), ("frist", "Frist")):
            items.append(f"{label}: {ctx.sub('kompetansemal', goal, sub)}")
        blocks += [Block("h3", _goal_label(i, goal)), Block("bullets", items=tuple(items))]
    return Section("kompetansemal", SECTION_TITLES["kompetansemal"], tuple(blocks))


def reasons(ctx: Context) -> list[Reason]:
    """Her challenges, priorities and kartlegging findings, plus the kartlegging analysis's findings."""
    out = [Reason(t, "utfordringer") for t in ctx.answers.get("utfordringer") or []]
    out += [Reason(t, "prioriterte_omrader") for t in ctx.answers.get("prioriterte_omrader") or []]
    out += [Reason(t, "kartlegging.funn") for t in (ctx.answers.get("kartlegging") or {}).get("funn") or []]
    for f in getattr(ctx.analysis, "findings", ()) or ():
        text = getattr(f, "text", None) or (f.get("text") if isinstance(f, dict) else "")
        kind = getattr(f, "kind", None) or (f.get("kind") if isinstance(f, dict) else None)
        if text:
            out.append(Reason(text, "kartleggingsanalyse", kind))
    return out


def _goal_for(ctx: Context, text: str) -> str:
    """The label of her goal closest to ``text``, or the placeholder when none is close."""
    best, label = 0.0, PLACEHOLDERS["tiltak.mal"]
    for i, goal in enumerate(ctx.answers.get("kompetansemal") or [], start=1):
        score = fuzz.token_set_ratio(text.lower(), f"{goal.get('mal', '')} {goal.get('overordnet_mal', '')}".lower())
        if score > best and score >= 50:
            best, label = score, _goal_label(i, goal)
    return label


def tiltak(ctx: Context) -> Section:
    a = ctx.answers
    own: list[TiltakRow] = []
    for t in a.get("tiltak") or []:
        own.append(
            TiltakRow(
                mal=t.get("mal") or _goal_for(ctx, t.get("tiltak", "")),
                tiltak=f"Eget tiltak: {ctx.sub('tiltak', t, 'tiltak')}",
                malgruppe=ctx.sub("tiltak", t, "malgruppe"),
                omfang=ctx.sub("tiltak", t, "omfang"),
                tidsrom=ctx.sub("tiltak", t, "tidsrom"),
                ansvarlig=ctx.sub("tiltak", t, "ansvarlig"),
                kostnad=ctx.sub("tiltak", t, "kostnad"),
                own=True,
            )
        )
    ctx.suggestions = tuple(suggest(reasons(ctx), ctx.grounder))
    suggested = [
        TiltakRow(
            mal=_goal_for(ctx, f"{s.reason.text} {s.measure.name}"),
            tiltak=f"Forslag: {s.measure.name} {''.join(f'[{n}]' for n in s.cites)}",
            malgruppe=s.measure.malgruppe,
            omfang=s.measure.arena,
            tidsrom=PLACEHOLDERS["tiltak.tidsrom"],
            ansvarlig=PLACEHOLDERS["tiltak.ansvarlig"],
            kostnad=PLACEHOLDERS["tiltak.kostnad"],
            own=False,
            cites=s.cites,
            reason=s.reason.text,
            kind=s.measure.key,
        )
        for s in ctx.suggestions
    ]
    ctx.rows = tuple(own + suggested)
    blocks: list[Block] = [
        *ctx.quote_step("7"),
        Block(
            "p",
            "Tabellen viser kommunens egne tiltak (merket «Eget tiltak») og tiltak foreslått ut fra kildene (merket «Forslag»). "
            "Hvert forslag svarer på en utfordring eller prioritering dere har oppgitt; begrunnelse og kilder står under tabellen.",
        ),
    ]
    if not own:
        blocks.append(Block("p", f"Egne tiltak: {PLACEHOLDERS['tiltak']}"))
    blocks.append(Block("table", header=TILTAK_HEADER, rows=tuple(r.cells() for r in ctx.rows)))
    blocks.append(Block("p", f"Budsjett for planen: {ctx.get('budsjett')}"))
    if not ctx.suggestions:
        blocks.append(Block("p", "Ingen tiltak fra kildene passet til utfordringene og prioriteringene som er oppgitt."))
    for s in ctx.suggestions:
        label = REASON_LABELS.get(s.reason.source, s.reason.source)
        blocks += [
            Block("h3", f"Forslag: {s.measure.name}"),
            Block("p", f"Foreslått fordi dere har oppgitt dette som {label}: «{s.reason.text}»"),
            Block("p", s.used),
            Block("p", s.result),
        ]
    picked = [_pick_block(ctx, p) for p in ctx.picks]
    if any(picked):
        blocks += [Block("h3", "Notater fra samtalen"), *[b for b in picked if b]]
    return Section("tiltak", SECTION_TITLES["tiltak"], tuple(blocks))


def _pick_block(ctx: Context, pick: Any) -> Block | None:
    citation = getattr(pick, "citation", None)
    chunk, quote = getattr(citation, "chunk", None), getattr(citation, "quote", "")
    if chunk is None or not quote:
        return None
    cited = ctx.grounder.cite(f"«{' '.join(str(quote).split())}»", [chunk])
    if not cited:
        ctx.notes.append(f"left out a picked note whose quote its passage does not support: {str(quote)[:60]}")
    return Block("p", cited) if cited else None


def _levels(ctx: Context) -> list[tuple[Any, str, str]]:
    """(level, cited question, cited method) per Tabell 12 level; cells that fail the check are plain names."""
    out = []
    for level in method.EVALUATION_LEVELS:
        chunks = ctx.grounder.source_chunks(level.source)
        question = ctx.grounder.cite(f"«{level.question}»", chunks) or "[sitat mangler]"
        how = ctx.grounder.cite(f"«{level.method}»", chunks) or "[sitat mangler]"
        out.append((level, question, how))
    return out


def oppfolging(ctx: Context) -> Section:
    o = ctx.answers.get("oppfolging", {})
    levels = _levels(ctx)
    blocks: list[Block] = [
        *ctx.quote_step("8"),
        *ctx.quote_step("10.4", limit=2),
        Block("p", "Hvert kompetansemål og hvert sentralt tiltak evalueres på de fire nivåene i rapportens Tabell 12 (reaksjoner, læring, anvendelse og nytte)."),
    ]
    header = ("Nivå", "Spørsmål", "Metode (Tabell 12)", "Indikator")
    for i, goal in enumerate(goals(ctx), start=1):
        nytte = ctx.sub("kompetansemal", goal, "indikator")
        if goal.get("malverdi"):
            nytte += f" (målverdi {goal['malverdi']})"
        rows = tuple((lv.name, q, how, LEVEL_INDICATORS.get(lv.key, nytte)) for lv, q, how in levels)
        blocks += [Block("h3", f"Evaluering av {_goal_label(i, goal)}"), Block("table", header=header, rows=rows)]
    if ctx.rows:
        # One row per key measure: what each level looks at; the methods are in the goal tables above.
        measure_rows: tuple[tuple[str, ...], ...] = tuple(
            (re.sub(r"^(Eget tiltak|Forslag): ", "", r.tiltak.split(" [")[0]),
             *(MEASURE_INDICATORS.get(lv.key, f"Bidrag til {r.mal}") for lv, _, _ in levels))
            for r in ctx.rows[:KEY_MEASURES]
        )
        blocks += [
            Block("h3", "Evaluering av sentrale tiltak"),
            Block("p", "Hvert sentralt tiltak evalueres på de samme fire nivåene, med metodene fra Tabell 12 i tabellene over."),
            Block("table", header=("Hva som evalueres", *(lv.name for lv, _, _ in levels)), rows=measure_rows),
        ]
    blocks += [
        Block("h3", "Kostnad og nytte"),
        Block("p", "For hvert større tiltak vurderes kostnaden opp mot nytten og måloppnåelsen, både med tall og med en kvalitativ vurdering."),
        *ctx.found(
            ("evalueringer bør vurdere lønnsomhet kostnad nytte og måloppnåelse resultat effekt",),
            ("lønnsom", "kostnad", "nytte"),
            "Rapporten sier: «{quote}»",
        ),
        Block("h3", "Ansvar, rapportering og rullering"),
        Block("p", f"Ansvarlig for oppfølgingen: {ctx.sub('oppfolging', o, 'ansvarlig')}"),
        Block("p", f"Resultatene rapporteres gjennom: {ctx.sub('oppfolging', o, 'rapportering')}"),
        Block("p", f"Planen rulleres: {ctx.sub('oppfolging', o, 'rullering')}"),
        Block("p", f"Planen evalueres: {ctx.sub('oppfolging', o, 'evaluering')}"),
        *ctx.found(
            ("Handlingsplanene rulleres årlig i forbindelse med budsjettarbeidet",),
            ("rulleres", "rullering"),
            "Erfaring fra {place}: «{quote}»",
            Filters(municipality="Halden"),
        ),
    ]
    return Section("oppfolging", SECTION_TITLES["oppfolging"], tuple(blocks))


DELPLAN_CONTENT = (
    "Sektorens kompetansemål, avledet av målene i denne planen",
    "Sektorens analyse av kartleggingen: hvilken kompetanse som finnes, mangler og trengs framover",
    "Tiltak med målgruppe, omfang, tidsrom, ansvarlig og kostnad (samme tabell som i denne planen)",
    "Hvordan det legges til rette for læring i arbeid: kollegaveiledning, refleksjon, arbeidstid og turnus",
    "Hvordan tiltakene følges opp og evalueres, og når delplanen rulleres",
)


def delplaner(ctx: Context) -> Section:
    names = ctx.answers.get("delplaner") or []
    blocks: list[Block] = [*ctx.quote_step("9", limit=2)]
    if not names:
        blocks.append(Block("p", f"Delplaner: {PLACEHOLDERS['delplaner']}"))
        names = []
    for name in names:
        blocks += [Block("h3", f"Delplan: {name}"), Block("p", "Delplanen bygger på denne overordnede planen og bør inneholde:"), Block("bullets", items=DELPLAN_CONTENT)]
    blocks += ctx.found(
        ("seksjonenes egne kompetanseplaner skal støtte opp under den strategiske planen og bygges inn i budsjettet",),
        ("seksjon",),
        "Erfaring fra {place}: «{quote}»",
        Filters(municipality="Sørum"),
    )
    return Section("delplaner", SECTION_TITLES["delplaner"], tuple(blocks))
