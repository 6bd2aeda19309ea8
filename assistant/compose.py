"""How an extractive answer is put together from checked units: a false premise said plainly, the
parts of a multi-part question one after another, a table cell, a list, and the quoted sentences.

Every line is our own template text, the user's own words (a part's question) or a quote of a
source with its ``[n]``; every ``[n]`` is a citation of the answer, and every citation's quote is the
source's own text (a table cell's shown row is cited to the printed line it was read from).

    >>> draft = Draft()
    >>> chunk = Chunk(id="c1", text="Fagstigen består av fire trinn. Den er ny.", doc_id="d", title="t")
    >>> draft.quote(chunk, "Fagstigen består av fire trinn.")
    >>> draft.lines, [c.quote for c in draft.citations()]
    (['• «Fagstigen består av fire trinn.» [1]'], ['Fagstigen består av fire trinn.'])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from assistant import rules, sentence_store
from assistant.crosslingual import asked_alone, premise_text, reads_bokmal, shown_parts
from assistant.municipality import MUNICIPALITIES, about, drop_names, named_municipalities
from assistant.parts import missing_part, points_back, split_parts, with_context
from assistant.premise import answer_things, claim_of, false_premise, key_of, statement_owner, statement_year, statements, swap, things
from assistant.ranking import Prepared, Scored, pick_sentences, runs
from assistant.refusal import AMOUNT_RE, QUANTITY_RE, counted_noun, counting
from assistant.sentences import one_line, paragraph_around, paragraph_break, source_sentences
from assistant.structure import is_bullet, is_list_item, strip_bullet, table_row
from assistant.tables import without_leading_reference
from assistant.types import Answer, Chunk, Citation, SourceSentence
from assistant.units import ListAsk, asked_list, asking_words, best_list, explanation, introduced_items, sibling_list, table_cells

if TYPE_CHECKING:
    from assistant.answer import Assistant

_M = "assistant.compose"
rules.register(
    "on-topic-quotes", kind="pattern", module=_M,
    what="a quoted sentence after the first that shares none of the question's topic words (and does not "
    "stand next to one that does) is left out; a list item that does not is not quoted with its list",
)

rules.register(
    "partial-answer", kind="pattern", module=_M,
    what="a multi-part question with a part the sources do not answer (a number they lack) answers the other parts "
    "and says which part is missing; it is refused only when no part is answered",
)
rules.register(
    "part-after-absent", kind="pattern", module=_M, found_on=("b31",),
    what="a later part pointing back ('… og hvilke faktorer måler den?') to a first part whose name or topic the "
    "sources do not have is not answered either: 'den' is that unknown thing",
)
OWNER_HITS = 6  # passages searched without the municipality's name for a statement's owner
OWNER_OWN = 12  # best sentences of the question as asked that may say it of the asked municipality
# Refusal reasons that say the sources do not know the thing itself (assistant.refusal).
_ABSENT_REASONS = ("not in the sources", "no retrieved passage mentions", "the sources never write")
rules.register(
    "table-unretrieved-name", kind="pattern", module=_M, found_on=("b30",),
    what="a question naming a table row no retrieved passage prints ('kategorien «Annet (inkl. kultur)» … (Tabell 4)') "
    "is answered by the curated table's cell, not refused: the tables read every passage",
)
rules.register(
    "list-says-all", kind="pattern", module=_M,
    what="when the best sentence introduces a list, the answer is that sentence and its list; no other quote follows",
)

rules.register(
    "premise-owner-answer", kind="pattern", module=_M,
    what="after saying whose a thing is, a false-premise answer quotes what the sources say about it there "
    "(the question asked of the owner: 'årshjulet for SKUP i Sørum' -> in Bærum)",
)

rules.register(
    "count-answers", kind="pattern", module=_M, found_on=("dev",),
    what="a count question ('Hvor mange ansatte …?') is answered by the amount: once the first quote gives one, a later "
    "sentence that gives none (and does not stand next to the first) is left out",
)
# The questions that ask for a count or an amount (not a share, a length or how often).
COUNT_RE = re.compile(r"\b(hvor (mange|mye)|kor (mange|mykje)|how (many|much))\b", re.IGNORECASE)

rules.register(
    "thing-paragraph", kind="pattern", module=_M,
    what="a question about a named thing ('Hva gjorde Sørum med Fagstigen?') also quotes the other sentences of "
    "the best sentence's paragraph that name it, each with the sentence after it",
)

# A table cell is the direct answer, and this many sentences follow it; a list says all, nothing follows it.
AFTER_TABLE_SENTENCES = 2
OWNER_SENTENCES = 2  # a false premise's answer about the owner: the premise is the point, these support it
PARAGRAPH_WORDS = 120
# Words in nearly every passage ("kompetanse", idf ~0.7) say nothing about a question's topic.
TOPIC_IDF = 1.5
_ENDS = (".", "!", "?", ":", ";", "»", "”", '"')


@dataclass
class Draft:
    """The lines of an answer being written and the citations they use, numbered in order of first use."""

    lines: list[str] = field(default_factory=list)
    numbering: dict[str, int] = field(default_factory=dict)  # chunk id -> [n]
    chunks: dict[int, Chunk] = field(default_factory=dict)
    quotes: dict[int, list[str]] = field(default_factory=dict)

    def cite(self, chunk: Chunk, quote: str) -> int:
        """The number of ``chunk``'s citation, with ``quote`` (source text, checked) among its quotes."""
        flat = one_line(quote)
        if not flat or flat not in one_line(chunk.text):
            raise ValueError(f"quote not in passage {chunk.id}: {flat[:60]!r}")
        n = self.numbering.setdefault(chunk.id, len(self.numbering) + 1)
        self.chunks[n] = chunk
        if flat not in self.quotes.setdefault(n, []):
            self.quotes[n].append(flat)
        return n

    def quote(self, chunk: Chunk, text: str) -> None:
        """A bullet line quoting ``text`` of ``chunk`` («…» [n]); a list's bullet glyph is dropped, its "1." kept."""
        n = self.cite(chunk, text)
        shown = strip_bullet(one_line(text)).strip()
        tail = "" if shown.endswith(_ENDS) or is_list_item(text) else "."
        self.lines.append(f"• «{shown}»{tail} [{n}]")

    def run(self, run: Sequence[Scored]) -> None:
        """Consecutive sentences of one passage as one quote."""
        chunk = run[0].hit.chunk
        n = 0
        for s in run:
            n = self.cite(chunk, s.sentence)
        shown = strip_bullet(" ".join(s.sentence.strip() for s in run)).strip()
        tail = "" if shown.endswith(_ENDS) or is_bullet(run[0].sentence) else "."
        self.lines.append(f"• «{shown}»{tail} [{n}]")

    def citations(self) -> tuple[Citation, ...]:
        return tuple(Citation(n=n, chunk=self.chunks[n], quote=self._span(n)) for n in sorted(self.chunks))

    def _span(self, n: int) -> str:
        """The passage's text from its first quoted line to its last: one exact, continuous source quote even
        when the answer shows lines that are apart in it (a table row and its lead-in, a list and its items)."""
        text = one_line(self.chunks[n].text)
        quotes = self.quotes[n]
        joined = " ".join(quotes)
        if joined in text:
            return joined
        starts = [(text.find(q), q) for q in quotes]
        begin = min(i for i, _ in starts)
        end = max(i + len(q) for i, q in starts)
        return text[begin:end]


def extractive(assistant: Assistant, prepared: Prepared, phrases: Mapping[str, str], notice: str | None = None) -> Answer | None:
    """The extractive answer to ``prepared``, or None when nothing answers it (the caller refuses)."""
    draft = Draft([notice] if notice else [])
    notes: list[str] = []
    # An English or nynorsk question is read in its bokmål search form (assistant.crosslingual).
    premise = _premise(assistant, prepared)
    if premise is not None:
        draft.lines += [premise_text(premise, prepared.lang), phrases["intro"]]
        # A lead-in stays before the quote it introduces (a year's premise gives them in that order).
        ordered = premise.sentences if premise.said else _premise_order(prepared, premise.sentences)
        for i, s in enumerate(ordered):
            row = table_row(s.chunk.text, s.text)  # a table cell says what it is with its row
            if row or premise.said or i or not rules.enabled("premise-context"):
                draft.quote(s.chunk, row or s.text)
            else:
                _quote_in_context(draft, s)
        _owner_answer(assistant, prepared, premise, draft)
        _asked_answer(assistant, prepared, premise, draft)
        _statement_rest(assistant, prepared, premise, draft)
        notes.append(f"false premise: {premise.thing} is {premise.actual}'s, not {premise.asked}'s")
        return _answer(prepared, draft, notes)
    # A follow-up read with the previous question ("… Alta kommune? Og hvor mange jobber …?") asks one thing.
    # "I Tabell 2, hvor mange …?" asks one thing: the leading table reference says where to look.
    pieces = split_parts(without_leading_reference(prepared.standalone)) if asked_alone(assistant.index, prepared) else [prepared.standalone]
    draft.lines.append(phrases["intro"])
    if len(pieces) > 1:
        answered, absent = 0, ""
        for part, asked in zip(shown_parts(prepared.question, pieces), with_context(pieces), strict=True):
            sub = assistant.prepare(asked, filters=prepared.filters, asked_in=prepared.asked_in)
            if absent and points_back(part) and rules.enabled("part-after-absent"):
                # "…10-FAKTOR, og hvilke faktorer måler den?": "den" is the thing the sources do not know
                sub.refusal_reason = absent
            at = len(draft.lines)
            draft.lines.append(part)  # the user's own words head the part's quotes
            if not (absent and sub.refusal_reason == absent) and single(assistant, sub, draft, phrases):
                answered += 1
            else:
                draft.lines[at:] = [missing_part(part, prepared.lang)]
                notes.append(f"part not answered: {part} ({sub.refusal_reason or 'low coverage'})")
                if not answered and sub.refusal_reason.startswith(_ABSENT_REASONS):
                    absent = sub.refusal_reason
        if answered < len(pieces) and prepared.refusal_reason.startswith(("asks for a number", "asks for a name")) and not rules.enabled("partial-answer"):
            return None  # without the rule: the asked-for detail is missing, so the whole question is refused
        return _answer(prepared, draft, notes) if answered else None
    return _answer(prepared, draft, notes) if single(assistant, prepared, draft, phrases) else None


def needs_units(assistant: Assistant, prepared: Prepared) -> bool:
    """Does the question need the composed answer whatever the engine: a false premise or several parts?"""
    if asked_alone(assistant.index, prepared) and len(split_parts(without_leading_reference(prepared.standalone))) > 1:
        return True
    return _premise(assistant, prepared) is not None


def _premise(assistant: Assistant, prepared: Prepared) -> Any:
    """The question's false premise (read in bokmål); a rare lower-case word counts only when the
    question would be refused as asked (see assistant.premise.false_premise)."""
    if not reads_bokmal(prepared):
        return None
    chunks = assistant.index.chunks()
    # The best sentence's own word for what the question asks about ("oppvekstkonferanse" for "årlig konferanse").
    extra = tuple(answer_things(prepared.standalone, prepared.sentences[0].sentence, chunks)) if prepared.answerable and prepared.sentences else ()
    found = false_premise(prepared.standalone, chunks, prepared.filters, rare_words=not prepared.answerable, extra=extra)
    if found is None and rules.enabled("premise-statement-words"):
        # "Lyngdal har et ettårig lederutviklingshjul …. Hva går det ut på?": the statement's rare words, in any form
        told = (false_premise(clause, chunks, prepared.filters, rare_words=True, any_form=True) for clause in statements(prepared.standalone))
        found = next((p for p in told if p is not None), None)
    if found is None and prepared.refusal_reason.startswith("no sentence about the question mentions"):
        found = statement_year(prepared.standalone, prepared.sentences, assistant.analyzer().tokens)
    if found is None and rules.enabled("premise-statement-owner") and len(named := named_municipalities(prepared.standalone)) == 1 and claim_of(prepared.standalone):
        # "Hvorfor sa ansatte i Bærum at …?": the words may be another municipality's; searched without the name
        hits = assistant.search(drop_names(prepared.standalone, named), k=OWNER_HITS)
        candidates = [s for h in hits for s in source_sentences(h.chunk)]
        own = [(s.hit.chunk, s.sentence) for s in prepared.sentences[:OWNER_OWN]]
        found = statement_owner(prepared.standalone, assistant.question_terms(prepared.standalone), candidates, own, assistant.analyzer().tokens)
    return found


rules.register(
    "premise-statement-words", kind="pattern", module=_M, found_on=("dev",),
    what="a rare word of a statement the question makes about a municipality ('Lyngdal har et ettårig "
    "lederutviklingshjul. Hva går det ut på?') has its owner checked in any form, not only a definite one: "
    "the statement says the municipality has it",
)


def single(assistant: Assistant, prepared: Prepared, draft: Draft, phrases: Mapping[str, str]) -> bool:
    """Write the answer to one question into ``draft``: a table cell, a list, then sentences; False if
    nothing answers it (``draft`` is then unchanged)."""
    start = len(draft.lines)
    chunks = assistant.index.chunks()
    # A sign that the sources cannot answer (a year, a name they lack) is not overruled by a list; a table
    # row is no sentence, so a number question the sentences cannot answer may still have its cell, and a
    # year no sentence mentions may be a table's column ("Intern mobilitet 2008"; tables.table_cells checks it).
    reason = prepared.refusal_reason
    table_reasons: tuple[str, ...] = ("asks for a number", "no sentence about the question mentions")
    if rules.enabled("table-unretrieved-name"):
        # The curated tables read every passage, not only the retrieved ones: a row the question names in
        # quotes («Annet (inkl. kultur)») is found there though no retrieved passage prints it.
        table_reasons += ("no retrieved passage mentions",)
    table = _table(assistant, prepared, draft, chunks) if not reason or reason.startswith(table_reasons) else 0
    listed = _list(assistant, prepared, draft) if not reason else 0
    wrote = table + listed
    if prepared.answerable and not listed:
        groups = assistant.comparison_groups(prepared)  # each side already quotes only its own sentences
        if groups is None:
            candidates = _without_idle_items(assistant, prepared)
            chosen = _count_first(candidates, thing_paragraph(prepared, candidates, pick_sentences(candidates)))
            groups = [("", counted(prepared, on_topic(assistant, prepared, chosen)))]
        if wrote:
            groups = [(name, _not_quoted(chosen, draft)[:AFTER_TABLE_SENTENCES]) for name, chosen in groups]
        elif not any(chosen for _, chosen in groups):
            del draft.lines[start:]
            return False
        for name, chosen in groups:
            if name:
                draft.lines.append(phrases["about"].format(name=name) if chosen else phrases["nothing_about"].format(name=name))
            _write_runs(draft, chosen, assistant.list_units(), assistant, prepared)
    elif not wrote:
        return False
    return True


def _write_runs(draft: Draft, chosen: Sequence[Scored], units: Sequence[Any], assistant: Assistant, prepared: Prepared) -> None:
    """The chosen sentences as quotes; a sentence that introduces a list is followed by the list's items
    (units.introduced_items), and a chosen sentence inside an item already quoted is not quoted again."""
    listed: list[tuple[str, str]] = []  # (chunk id, item text) quoted with a lead-in
    topic, analyzer = topic_terms(assistant, prepared.standalone), assistant.analyzer()
    for i, run in enumerate(runs(chosen)):
        pending: list[Scored] = []
        for s in run:
            chunk = s.hit.chunk
            if any(cid == chunk.id and one_line(s.sentence).strip() in text for cid, text in listed):
                continue
            items = introduced_items(chunk, s.sentence, units)
            sibling = sibling_list(chunk, s.sentence, topic, units, analyzer) if items and i == 0 else None
            if sibling is not None:  # the passage's list under the heading the question names answers it
                items = list(sibling.items)
                if pending:
                    draft.run(pending)
                pending = []
                draft.quote(sibling.chunk, sibling.lead_in)
            else:
                pending.append(s)
                told = _told_apart(assistant, prepared, s.sentence, items) if items else []
                if told:  # "hvilke av målene handler om kompetanse": the items the question's words pick out
                    listed.extend((at.id, one_line(at.text[item.start : item.end])) for at, item in items)
                    items = told
                elif items and not _names_a_question_word(assistant, prepared, s.sentence):
                    items = []  # a lead-in off the question's topic does not bring its list
            if not items:
                continue
            if pending:
                _quote_run(draft, pending, listed)
            pending = []
            quoted = {q for qs in draft.quotes.values() for q in qs}
            for at, item in items:
                text = one_line(at.text[item.start : item.end])
                listed.append((at.id, text))
                if text not in quoted:
                    draft.quote(at, text)
            if s is chosen[0] and rules.enabled("list-says-all"):
                return  # the best sentence introduces the list: the list is the answer, nothing follows it
        if pending:
            _quote_run(draft, pending, listed)


def _quote_run(draft: Draft, run: Sequence[Scored], listed: list[tuple[str, str]]) -> None:
    """A run of sentences as one quote; a table cell laid out alone in its passage is quoted with the rest
    of its row (structure.table_row), whose cells are then not quoted again."""
    chunk = run[0].hit.chunk
    row = table_row(chunk.text, " ".join(s.sentence for s in run))
    if row:
        listed.append((chunk.id, row))
        draft.quote(chunk, row)
    else:
        draft.run(run)


def _names_a_question_word(assistant: Assistant, prepared: Prepared, sentence: str) -> bool:
    """Does the sentence share a whole topic word of the question (not only a part of a compound:
    'hovedprinsipper' does not name 'hovedansvaret')?"""
    analyzer, topic = assistant.analyzer(), topic_terms(assistant, prepared.standalone)
    whole = {toks[0] for w in re.findall(r"\w+", prepared.standalone.lower()) if (toks := analyzer.tokens(w))} & topic
    return bool(whole & set(analyzer.tokens(sentence)))


def _table(assistant: Assistant, prepared: Prepared, draft: Draft, chunks: Mapping[str, Chunk]) -> int:
    """The best table cell as the answer's first line, cited to the printed row it was read from."""
    def similarity(texts: Sequence[str]) -> Sequence[float]:
        return sentence_store.store_for(assistant.index).similarities(assistant.index.query_vector(prepared.standalone), texts)

    for cell in table_cells(prepared.standalone, chunks, similarity)[:1]:
        chunk = chunks.get(cell.chunk_id)
        if chunk is None or (prepared.filters is not None and not prepared.filters.accepts(chunk)):
            continue
        try:
            n = draft.cite(chunk, cell.quote)
        except ValueError:
            continue  # a curated cell whose row is not in its passage is never shown
        draft.lines.append(f"• {cell.text()} [{n}]")
        for line in getattr(cell, "context", ()):  # the rest of its row, the table's total to compare with
            context_chunk = chunks.get(line.chunk_id)
            if context_chunk is not None:
                try:
                    draft.lines.append(f"  {line.shown(prepared.lang)} [{draft.cite(context_chunk, line.quote)}]")
                except ValueError:
                    continue
        return 1
    return 0


rules.register(
    "list-named-subject", kind="pattern", module=_M, found_on=("b18",),
    what="'Hvilket ansvar har lederen …?' is answered by the list headed by the question's subject ('Leder' and its items), "
    "when a list's one-word lead-in is the subject after the verb and the list covers the question",
)
# "Hvilket ansvar har (den enkelte) lederen …": the subject is the word after the verb.
_WHICH_SUBJECT_RE = re.compile(
    r"^\s*(?:hvilke[nt]?|kva for)\s+[a-zæøå]+\s+(?:har|skal|bør|må|får|gjør)\s+(?:den enkelte\s+|de\s+|en\s+|ein\s+)?([a-zæøå]{4,})\b",
    re.IGNORECASE,
)
# "Hvilke vedlegg …?", "Hva slags vedlegg …?": the kind of thing asked for, which a list's heading may name.
_KIND_RE = re.compile(r"^\s*(?:hvilke[nt]?|hva slags|hva)\s+([a-zæøå]{4,})\s+(?:følger?|kommer?|hører?|finnes|inngår|inngå|ligger?|står|stå|har|ha|er)\b", re.IGNORECASE)
rules.register(
    "list-kind-heading", kind="pattern", module=_M, found_on=("b31",),
    what="'Hvilke vedlegg følger med planen?': a list whose heading is the kind of thing asked for ('VEDLEGG:') is quoted whole",
)
rules.register(
    "list-lead-in-named", kind="pattern", module=_M, found_on=("b31",),
    what="a question that names a list's heading ('… under inkluderende arbeidsliv og systematisk HMS-arbeid?') gets that list, whole",
)
LEAD_IN_NAMED = 0.75  # of the heading's content words (at least LEAD_IN_WORDS) the question writes
LEAD_IN_WORDS = 3
LEAD_IN_MAX = 8  # words: a heading, not a sentence introducing a list


def _named_share(lead_in: str, asked: Sequence[str]) -> float:
    """The share of a short heading's content words the question writes (0 for a long or near-empty one).

    >>> _named_share("Bærum kommune ved den øverste ledelsen", "hva ansvar har bærum kommune ved den øverste ledelsen".split())
    1.0
    """
    from assistant.text import STOPWORDS

    if len(lead_in.split()) > LEAD_IN_MAX:
        return 0.0
    words = [w for w in re.findall(r"[^\W\d_]{3,}", lead_in.lower()) if w not in STOPWORDS]
    if len(words) < LEAD_IN_WORDS:
        return 0.0
    return sum(w in asked for w in words) / len(words)


SUBJECT_WORDS = 3  # a lead-in that is a heading ("Leder", "Bærum kommune ved den øverste ledelsen" is none)


def _list(assistant: Assistant, prepared: Prepared, draft: Draft) -> int:
    """The list the question asks for, item by item (a numbered item asked for alone with its explanation)."""
    # A follow-up's list question leans on the question before ("Og hva er neste steg?"): sentences answer it.
    # An English or nynorsk question asked on its own is read in its bokmål search form (rule 'crosslingual-lists').
    alone = asked_alone(assistant.index, prepared) if rules.enabled("crosslingual-lists") else prepared.standalone == prepared.question
    ask = asked_list(prepared.standalone) if alone else None
    units = assistant.list_units()
    subject = _WHICH_SUBJECT_RE.match(prepared.standalone) if rules.enabled("list-named-subject") else None
    if ask is None and alone and subject:
        # "Hvilket ansvar har lederen …?": a list headed by the question's subject ("Leder") is the answer.
        word = subject.group(1).lower()

        def names_subject(lead: str) -> bool:  # "Leder" names "lederen", "Medarbeider" "medarbeideren"
            heads = re.findall(r"\w{4,}", lead.lower())
            return len(heads) == 1 and len(lead.split()) <= SUBJECT_WORDS and word.startswith(heads[0])

        units = [u for u in units if u.lead_in and names_subject(u.lead_in)]
        ask = ListAsk("all", "") if units else None
    retrieved = {h.chunk.id for h in prepared.hits}  # a list found by its heading must be in a passage the question found
    kind = _KIND_RE.match(prepared.standalone) if ask is None and alone and rules.enabled("list-kind-heading") else None
    if kind:
        # "Hvilke vedlegg følger med Haldens plan?": the list headed "VEDLEGG:" is the answer, whole.
        word = kind.group(1).lower()

        def heads_kind(lead: str) -> bool:  # "VEDLEGG:" for "vedlegg", "vedleggene"
            heads = re.findall(r"[^\W\d_]{4,}", lead.lower())
            return len(heads) == 1 and len(lead.split()) <= SUBJECT_WORDS and word.startswith(heads[0]) and len(word) - len(heads[0]) <= 3

        named = named_municipalities(prepared.standalone)  # Halden's attachments are no answer about Sørum's plan
        units = [
            u for u in assistant.list_units()
            if u.lead_in and heads_kind(u.lead_in) and u.chunk.id in retrieved and all(about(u.chunk, u.lead_in, m) for m in named)
        ]
        ask = ListAsk("all", "") if units else None
    if ask is None and alone and rules.enabled("list-lead-in-named"):
        # "… under inkluderende arbeidsliv og systematisk HMS-arbeid?", "Hvilket ansvar har Bærum kommune ved den
        # øverste ledelsen?": the list under the heading the question names, whole
        asked = re.findall(r"[^\W\d_]{3,}", prepared.standalone.lower())
        shares = [(u, _named_share(u.lead_in, asked)) for u in units if u.lead_in and u.chunk.id in retrieved]
        headed = [(u, share) for u, share in shares if share >= LEAD_IN_NAMED]
        if headed:
            units = [max(headed, key=lambda x: x[1])[0]]
            ask = ListAsk("all", "")
    if ask is None:
        return 0
    found = best_list(prepared.standalone, assistant.question_terms(prepared.standalone), ask, units, assistant.analyzer(), prepared.filters)
    if found is None:
        return 0
    unit, items = found
    if _sentence_names_it_better(assistant, prepared, unit, asking_words(ask, assistant.analyzer())):
        return 0
    if unit.lead_in:
        try:  # "Noen av dem er sentrale …:" with the sentence it refers to (rule 'lead-in-refers-back')
            draft.quote(unit.chunk, f"{unit.before} {unit.lead_in}" if unit.before else unit.lead_in)
        except ValueError:  # a footnote mark between them
            draft.quote(unit.chunk, unit.lead_in)
    else:
        name = unit.caption.rstrip(" *:") if unit.caption else unit.chunk.section[-1] if unit.chunk.section else unit.chunk.title
        draft.lines.append(f"{name}:")
    for chunk, item in items:
        more = explanation(chunk, item) if ask.which != "all" else []
        text = one_line(chunk.text[item.start : item.end])
        if more and f"{text} {more[0]}" in one_line(chunk.text):  # the item and what follows it read as one quote
            text = f"{text} {more.pop(0)}"
        draft.quote(chunk, text)
        for piece in more:
            draft.quote(chunk, piece)
    return 1


rules.register(
    "crosslingual-lists", kind="pattern", module=_M, found_on=("b24", "b25"),
    what="an English or nynorsk question asked on its own ('What is on that list?') gets a list as a bokmål one does, read "
    "from its bokmål search form; only a follow-up read with the question before it is answered by sentences",
)
rules.register(
    "list-rarest-word", kind="pattern", module=_M, found_on=("b27",),
    what="a list is not the answer when the question's rarest word that the best sentence or the list has is the "
    "sentence's alone ('Hvilke deler består planleggingsfasen …?': 'Planleggingsfasen kan deles opp i …', not the method's steps)",
)


def _sentence_names_it_better(assistant: Assistant, prepared: Prepared, unit: Any, asking: set[str]) -> bool:
    """Does the best sentence have the question's rarest word that it or the list has (not counting the
    words that say what is asked of a list, ``asking``), and the list not?"""
    if not rules.enabled("list-rarest-word") or not prepared.sentences:
        return False
    best = prepared.sentences[0]
    start = one_line(best.sentence).strip()[:40]
    own_items = [one_line(c.text[i.start : i.end]) for c, i in unit.items if c.id == best.hit.chunk.id]
    if any(start in item for item in own_items) or (unit.lead_in and best.hit.chunk.id == unit.chunk.id and start in one_line(unit.lead_in)):
        return False  # the best sentence is the list's own lead-in or item
    said = set(assistant.analyzer().tokens(best.sentence))
    if unit.numbered:  # a numbered list's items are its steps, whether or not it calls them so
        asking = asking | set(assistant.analyzer().tokens("steg stegene trinn trinnene fase fasene step steps"))
    terms = {t: w for t, w in assistant.question_terms(prepared.standalone).items() if (t in said or t in unit.context) and not t.isdigit() and t not in asking}
    if not terms:
        return False
    rarest = max(terms, key=lambda t: terms[t])
    return rarest in said and rarest not in unit.context


def thing_paragraph(prepared: Prepared, candidates: Prepared, chosen: list[Scored]) -> list[Scored]:
    """``chosen`` plus the sentences of the best sentence's paragraph that name the thing the question
    asks about, each with the sentence after it (see the rule 'thing-paragraph'), in source order."""
    if not chosen or not rules.enabled("thing-paragraph") or QUANTITY_RE.search(prepared.standalone):
        return chosen
    best = chosen[0]
    keys = [key_of(t) for t in things(prepared.standalone)]
    keys = [k for k in keys if k.search(best.sentence)]
    if not keys:
        return chosen
    paragraph, _ = paragraph_around(best.hit.chunk.text, best.sentence)
    same = sorted((s for s in candidates.sentences if s.n == best.n and s.sentence[:60] in paragraph), key=lambda s: s.position)
    extra: list[Scored] = []
    words = sum(len(s.sentence.split()) for s in chosen if s.n == best.n)
    for i, s in enumerate(same):
        if not any(k.search(s.sentence) for k in keys):
            continue
        for add in (s, same[i + 1] if i + 1 < len(same) and same[i + 1].position == s.position + 1 else None):
            if add is None or add in chosen or add in extra:
                continue
            if words + len(add.sentence.split()) > PARAGRAPH_WORDS:
                break
            extra.append(add)
            words += len(add.sentence.split())
    if not extra:
        return chosen
    mine = sorted([s for s in chosen if s.n == best.n] + extra, key=lambda s: s.position)
    return mine + [s for s in chosen if s.n != best.n]


def _places(assistant: Assistant) -> set[str]:
    return {t for m in MUNICIPALITIES for t in assistant.analyzer().tokens(m)}


def topic_terms(assistant: Assistant, question: str) -> set[str]:
    """The question's words that say what it is about: not a municipality's name, not in nearly every passage,
    not the frame that announces the topic ("handler om", rule 'topic-frame-words') nor a number word."""
    places = _places(assistant)
    if rules.enabled("topic-frame-words"):
        frame = _frame_words(question) + " " + " ".join(_NUMBER_WORDS_RE.findall(question))
        places = places | set(assistant.analyzer().tokens(frame))
    return {t for t, w in assistant.question_terms(question).items() if w >= TOPIC_IDF and t not in places and not t.isdigit()}


rules.register(
    "topic-frame-words", kind="pattern", module=_M, found_on=("b18",),
    what="'hvilke av dem handler om X' is about X: the verb announcing a topic ('handler om', 'dreier seg om', 'gjelder', "
    "'står det om') "
    "and a number word ('seks mål') are no topic words, so 'handlefrihet' is not on the topic of 'handler om rekruttering'",
)
_FRAME_RE = re.compile(
    r"\b(handler|handlet|dreier|dreide|gjelder|gjaldt|omhandler|omhandlet)\s+(?:seg\s+)?(?:om|på)\b"
    # "Hva står det om Fagstigen …": where the sources say it, not what
    r"|\b(står|sto|stod)\s+det\s+(?:om|i)\b",
    re.IGNORECASE,
)
_NUMBER_WORDS_RE = re.compile(r"\b(?:to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv)\b", re.IGNORECASE)


def _frame_words(question: str) -> str:
    """The verbs that announce the question's topic ("handler om", "dreier seg om"), which are not the topic."""
    return " ".join(m.group(1) or m.group(2) for m in _FRAME_RE.finditer(question))


def on_topic(assistant: Assistant, prepared: Prepared, chosen: list[Scored]) -> list[Scored]:
    """The chosen sentences without those off the question's topic (see the rule 'on-topic-quotes'):
    the first stays; a later one stays if it shares a topic word, or stands next to one that does; a
    sentence introducing a list ("… følgende tiltak nevnes:") goes when none of its items stays."""
    if len(chosen) < 2 or not asked_alone(assistant.index, prepared) or not rules.enabled("on-topic-quotes"):
        return chosen  # a follow-up's topic is partly in the question before it
    topic = topic_terms(assistant, prepared.standalone)
    if not topic:
        return chosen
    analyzer = assistant.analyzer()
    # Any word of the question's own (not only its topic words) keeps a sentence: only one that shares
    # nothing with the question is left out.
    asked = {t for t in assistant.question_terms(prepared.standalone) if t not in _places(assistant) and not t.isdigit()}
    own = {id(s): bool(asked & set(analyzer.tokens(s.sentence))) for s in chosen}
    own[id(chosen[0])] = True
    if QUANTITY_RE.search(prepared.standalone):  # a "hvor mange" question is answered by a number, in whatever words
        own.update({id(s): True for s in chosen if AMOUNT_RE.search(s.sentence)})
    kept = [
        s
        for s in chosen
        if own[id(s)] or any(own[id(c)] and c.n == s.n and abs(c.position - s.position) == 1 for c in chosen if c is not s)
    ]
    return [
        s
        for s in kept
        if s is chosen[0]
        or own[id(s)]
        or not s.sentence.rstrip().endswith(":")
        or any(c.n == s.n and c.position == s.position + 1 for c in kept)
    ]


def counted(prepared: Prepared, chosen: list[Scored]) -> list[Scored]:
    """A count question's quotes once the first gives the count (see the rule 'count-answers'): a later
    sentence that gives no amount and does not stand next to the first is left out."""
    if len(chosen) < 2 or not COUNT_RE.search(prepared.standalone) or not rules.enabled("count-answers"):
        return chosen
    first = chosen[0]
    if not AMOUNT_RE.search(first.sentence):
        return chosen  # the count is not in the first quote: the others may hold it
    return [s for s in chosen if s is first or AMOUNT_RE.search(s.sentence) or (s.n == first.n and abs(s.position - first.position) == 1)]


rules.register(
    "count-sentence-first", kind="pattern", module=_M, found_on=("dev",),
    what="'Hvor mange samlinger …?': a candidate sentence of the best quote's passage that counts the noun ('5 samlinger á "
    "tre dager') is quoted first when the best quote gives no number and no chosen sentence counts it",
)
COUNT_TOP = 6  # candidates read for a sentence that counts what the question counts


def _count_first(prepared: Prepared, chosen: list[Scored]) -> list[Scored]:
    """The chosen quotes, led by a candidate counting the question's noun when none of them does (rule
    'count-sentence-first')."""
    noun = counted_noun(prepared.standalone) if chosen and rules.enabled("count-sentence-first") else ""
    if not noun:
        return chosen
    pattern = counting(noun)
    if AMOUNT_RE.search(chosen[0].sentence) or any(pattern.search(s.sentence) for s in chosen):
        return chosen  # "41 prosent av kommunene …" answers with a number already
    # in the passage of the best quote: "det gjennomføres 5 samlinger" goes on about the programme it describes
    found = next((s for s in prepared.sentences[:COUNT_TOP] if s.n == chosen[0].n and pattern.search(s.sentence)), None)
    return chosen if found is None else [found, *chosen]


def _without_idle_items(assistant: Assistant, prepared: Prepared) -> Prepared:
    """The candidates without list items that share none of the question's topic words, so that a list
    following a quoted sentence brings only the items that answer."""
    if not reads_bokmal(prepared) or not rules.enabled("on-topic-quotes"):
        return prepared
    topic = topic_terms(assistant, prepared.standalone)
    distinct = _distinct_words(assistant, prepared) if rules.enabled("list-distinct-words") else {}
    if not topic and not distinct:
        return prepared
    analyzer = assistant.analyzer()
    # The items of a list the best sentence introduces ("… fastsettes følgende hovedprinsipper:") are its answer.
    best = prepared.sentences[0] if prepared.sentences else None
    introduced: set[int] = set()
    if best is not None and best.sentence.rstrip().endswith(":"):
        following = sorted((s for s in prepared.sentences if s.n == best.n and s.position > best.position), key=lambda s: s.position)
        for expected, s in enumerate(following, start=best.position + 1):
            if s.position != expected or not is_list_item(s.sentence):
                break
            introduced.add(id(s))
    kept = [
        s
        for s in prepared.sentences
        if not is_list_item(s.sentence)
        or id(s) in introduced
        or (topic | distinct.get(s.n, set())) & set(analyzer.tokens(s.sentence))
    ]
    if len(kept) == len(prepared.sentences):
        return prepared
    return replace(prepared, sentences=kept)


rules.register(
    "list-distinct-words", kind="pattern", module=_M, found_on=("b18",),
    what="a list item is on the question's topic when it shares a question word that at most half of its list's items "
    "share ('kompetanse' tells 'Gjennomføre kompetansetiltak' from 'Sikre økonomisk handlefrihet'), however common the word is elsewhere",
)


# "Hvilke av dem / av målene …?", "Which of them …?": a question asking for some members of a list.
_SELECTION_RE = re.compile(r"\b(?:hvilke[nt]?|hva|kva for(?: nokre| ein| eit)?|which|what)\s+av\b|\bwhich of\b", re.IGNORECASE)


def _asked_words(assistant: Assistant, question: str) -> set[str]:
    """All the question's words but places, digits and the frame announcing its topic ("handler om")."""
    analyzer, places = assistant.analyzer(), _places(assistant)
    asked = {t for t in assistant.question_terms(question) if t not in places and not t.isdigit()}
    return asked - set(analyzer.tokens(_frame_words(question)))


def _told_apart(assistant: Assistant, prepared: Prepared, lead_in: str, items: Sequence[tuple[Chunk, Any]]) -> list[tuple[Chunk, Any]]:
    """The items of the list a quoted lead-in (sharing a word of the question) introduces that a question word
    tells apart from the rest: in some items, at most half of them (rule 'list-distinct-words'); [] when none does."""
    if not rules.enabled("list-distinct-words") or len(items) < 3 or not _SELECTION_RE.search(prepared.standalone):
        return []  # "Hvilke tiltak …?" asks for the whole list; "hvilke av dem …?" for some of it
    analyzer, asked = assistant.analyzer(), _asked_words(assistant, prepared.standalone)
    if not asked & set(analyzer.tokens(lead_in)):
        return []
    holding = [set(analyzer.tokens(item.text)) & asked for _, item in items]
    distinct = _telling_apart(holding)
    return [pair for pair, h in zip(items, holding, strict=True) if h & distinct]


def _telling_apart(holding: Sequence[set[str]]) -> set[str]:
    """Of the question words each list item holds, those in at most half of the items ('list-distinct-words')."""
    return {t for t in set().union(*holding) if sum(t in h for h in holding) * 2 <= len(holding)}


def _distinct_words(assistant: Assistant, prepared: Prepared) -> dict[int, set[str]]:
    """Per retrieved passage, the question's words that tell its lists' items apart: in some items of a list,
    at most half of them (see the rule 'list-distinct-words')."""
    from assistant.structure import list_blocks

    analyzer, asked = assistant.analyzer(), _asked_words(assistant, prepared.standalone)
    out: dict[int, set[str]] = {}
    for n, hit in enumerate(prepared.hits, start=1):
        for block in list_blocks(hit.chunk.text):
            if len(block.items) < 3:
                continue
            if telling := _telling_apart([set(analyzer.tokens(item.text)) & asked for item in block.items]):
                out.setdefault(n, set()).update(telling)
    return out


def _not_quoted(chosen: list[Scored], draft: Draft) -> list[Scored]:
    quoted = {q for qs in draft.quotes.values() for q in qs}
    return [s for s in chosen if not any(s.sentence in q for q in quoted)]


def _owner_answer(assistant: Assistant, prepared: Prepared, premise: Any, draft: Draft) -> None:
    """The question asked of the thing's owner, answered with its best sentences about the owner that
    the premise's own quotes do not already give (see the rule 'premise-owner-answer')."""
    if not rules.enabled("premise-owner-answer") or premise.said:
        return  # a year's premise quotes every sentence naming the thing already
    asked = swap(prepared.standalone, premise.asked, premise.actual)
    if asked == prepared.standalone:
        return
    # The premise's quotes already say what the thing is; the question's other words ("årshjulet")
    # say what it asks about it. Without them the question may say nothing ("Hvordan fungerer som Bærum
    # har innført?") or read as an unknown name ("Bærums Smartprisen"): then it is asked whole.
    rest = " ".join(key_of(premise.thing).sub(" ", asked).split())
    forms = [rest, asked] if len(topic_terms(assistant, rest)) >= 1 else [asked]
    for form in forms:
        chosen = _owner_sentences(assistant, prepared, premise, draft, form)
        if chosen:
            for run in runs(chosen[:OWNER_SENTENCES]):
                draft.run(run)
            return


rules.register(
    "premise-date-asked", kind="pattern", module=_M, found_on=("b18",),
    what="a date tied to the wrong municipality ('Bærums SKUP skal evalueres høsten 2012') leaves the rest of the question "
    "about the asked one: what the sources say of it there (how SKUP is evaluated) is quoted after the owner's sentences",
)
_DATE_THING_RE = re.compile(r"\d")


def _asked_answer(assistant: Assistant, prepared: Prepared, premise: Any, draft: Draft) -> None:
    """For a date premise, the question without its date answered about the asked municipality (rule 'premise-date-asked')."""
    if premise.said or not _DATE_THING_RE.search(premise.thing) or not rules.enabled("premise-date-asked"):
        return
    rest = " ".join(key_of(premise.thing).sub(" ", prepared.standalone).split())
    topic, analyzer = topic_terms(assistant, rest), assistant.analyzer()
    _quote_rest(
        assistant, prepared, rest, draft,
        lambda s: about(s.hit.chunk, s.sentence, premise.asked) and bool(topic & set(analyzer.tokens(s.sentence))),
    )


rules.register(
    "statement-rest-topic", kind="pattern", module=_M, found_on=("b27",),
    what="after a statement's corrected year, a question that points back to it with a pronoun is asked with the "
    "statement, its year left out ('Bærum har kompetansekonto. Hva erfaring har de med det?'): the statement says what "
    "'det' is; a question naming its own topic ('Hvordan brukes BMS-kartet der?') is asked alone",
)


def _statement_rest(assistant: Assistant, prepared: Prepared, premise: Any, draft: Draft) -> None:
    """After a statement's corrected year (rule 'premise-statement-year'), the question the statement
    leads up to ("… i 2008. Hvordan brukes BMS-kartet der?"), answered with its best sentences."""
    if not premise.said or premise.thing not in prepared.standalone:
        return
    rest = " ".join(prepared.standalone.replace(premise.thing, " ").split())
    if rules.enabled("statement-rest-topic") and points_back(rest):
        # "… kompetansekonto siden 2004. Hva erfaring har de med det?": the statement says what "det" is.
        told = re.sub(rf"[\s,]*\b(?:siden|sidan|since|fra|frå|from|i|in)?\s*{re.escape(premise.asked)}\b", "", premise.thing)
        rest = " ".join(prepared.standalone.replace(premise.thing, f" {told} ").split())
    named = named_municipalities(prepared.standalone)
    if not rest or not topic_terms(assistant, rest):
        return
    if len(named) != 1:
        _quote_rest(assistant, prepared, rest, draft, lambda s: True)
        return
    asked = rest if named[0] in rest else f"{rest} ({named[0]})"
    _quote_rest(assistant, prepared, asked, draft, lambda s: about(s.hit.chunk, s.sentence, named[0]))


def _quote_rest(assistant: Assistant, prepared: Prepared, rest: str, draft: Draft, keep: Callable[[Scored], bool]) -> None:
    """``rest`` of the question asked on its own, its best sentences that ``keep`` accepts quoted after the
    premise's (those not quoted yet, OWNER_SENTENCES at most)."""
    sub = assistant.prepare(rest, filters=prepared.filters, asked_in=prepared.asked_in)
    if not sub.answerable:
        return
    chosen = [s for s in pick_sentences(sub) if keep(s)]
    for run in runs(_not_quoted(chosen, draft)[:OWNER_SENTENCES]):
        draft.run(run)


def _owner_sentences(assistant: Assistant, prepared: Prepared, premise: Any, draft: Draft, asked: str) -> list[Scored]:
    """The best sentences for ``asked`` about the thing at its owner, not quoted yet."""
    sub = assistant.prepare(asked, filters=prepared.filters, asked_in=prepared.asked_in)
    if not sub.answerable:
        return []
    # Only what is said about the thing: a sentence naming it, or one of a passage the premise quotes.
    key, cited = key_of(premise.thing), {c.id for c in draft.chunks.values()}
    topic, analyzer = topic_terms(assistant, asked), assistant.analyzer()
    number = bool(QUANTITY_RE.search(asked))  # "hvor mange" is answered by a number, in whatever words

    def counts(sentence: str) -> bool:
        return number and bool(AMOUNT_RE.search(sentence))

    chosen = [
        s for s in pick_sentences(sub)
        if about(s.hit.chunk, s.sentence, premise.actual)
        and (key.search(s.sentence) or (s.hit.chunk.id in cited and (topic & set(analyzer.tokens(s.sentence)) or counts(s.sentence))))
    ]
    return _not_quoted(chosen, draft)


rules.register(
    "premise-context", kind="pattern", module=_M, found_on=("dev",),
    what="a false premise's first sentence is quoted with the sentence after it in its paragraph ('Det er innført "
    "folkevalgtdager …' + 'I 2009 var det fokus på …'), and a short one ('Dilemmatrening gjennomføres.') also with "
    "what leads up to it in its paragraph or list item: what the question asks about the thing is said around it",
)
SHORT_SENTENCE = 4  # words: "Dilemmatrening gjennomføres." says what is done, not why or where
CONTEXT_BACK = 2  # sentences a short one may take from before it
CONTEXT_WORDS = 40  # a sentence longer than this is another topic's, not the thing's context


def _quote_in_context(draft: Draft, s: SourceSentence) -> None:
    """``s`` quoted with its context in its paragraph (rule 'premise-context'): the sentence after it and,
    when ``s`` is short, up to :data:`CONTEXT_BACK` before it (back to its list item's start)."""
    sentences = source_sentences(s.chunk)
    text = s.chunk.text

    def joined(a: SourceSentence, b: SourceSentence, added: SourceSentence) -> bool:  # one paragraph, ``added`` not too long
        return not paragraph_break(text, a.end, b.start) and len(added.text.split()) <= CONTEXT_WORDS

    first = last = s.position
    if len(s.text.split()) <= SHORT_SENTENCE:
        while first > 0 and s.position - first < CONTEXT_BACK and not is_bullet(sentences[first].text):
            before = sentences[first - 1]
            if not joined(before, sentences[first], before):
                break
            first -= 1
    if last + 1 < len(sentences) and joined(s, sentences[last + 1], sentences[last + 1]) and not is_bullet(sentences[last + 1].text):
        last += 1
    run = sentences[first : last + 1]
    try:
        draft.quote(s.chunk, " ".join(x.text for x in run))
    except ValueError:  # a footnote mark between them: each sentence on its own
        for x in run:
            draft.quote(x.chunk, x.text)


def _premise_order(prepared: Prepared, sentences: Sequence[Any]) -> list[Any]:
    """The premise's sentences, those the question's own ranking puts higher first."""
    rank = {s.sentence: i for i, s in enumerate(prepared.sentences)}
    return sorted(sentences, key=lambda s: rank.get(s.text, len(rank)))


def _answer(prepared: Prepared, draft: Draft, notes: list[str]) -> Answer:
    return Answer(prepared.question, "\n".join(draft.lines), draft.citations(), False, "extractive", notes=tuple(notes))
