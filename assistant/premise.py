"""False premises: a question that ties a named thing to one municipality when the sources tie it to another.

"Hva står det om Fagstigen i Halden sin plan?" assumes Halden has a Fagstige; the sources describe
Sørum's, and Halden's plan never mentions it. The honest answer says so, in our own words, and cites
what the sources do say about the thing:

    «Kildene knytter Fagstigen til Sørum; Haldens plan nevner ikke Fagstigen.»  + the cited sentences

The check is done in code over every passage (not only the retrieved ones): the thing (a name the
question writes with a capital, an acronym, a quoted title) is mentioned in the sources; every
mention that is about a municipality (:func:`assistant.municipality.about`) is about another one; and
no passage of the asked municipality's own documents, nor any passage about it, mentions it.

    >>> things("Hva står det om Fagstigen i Halden sin plan?")
    ['Fagstigen']
    >>> possessive("Halden"), possessive("Bærum")
    ('Haldens', 'Bærums')
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from assistant import rules
from assistant.municipality import MUNICIPALITIES, about, named_municipalities
from assistant.retrieve import Filters
from assistant.sentences import source_sentences
from assistant.types import Chunk, SourceSentence

_M = "assistant.premise"
rules.register(
    "false-premise", kind="pattern", module=_M,
    what="a question that ties a named thing to a municipality the sources do not tie it to is told so, "
    "with the sources' sentences about whose it is",
)

# A name inside a question ("Fagstigen", "SKUP", «Leve hele livet»): not its first word, not a municipality.
_THING_RE = re.compile(r"(?<![.?!] )(?<!^)\b(?:[A-ZÆØÅ][a-zæøå]{3,}[\wæøå-]*|[A-ZÆØÅ]{3,6})\b")
_QUOTED_RE = re.compile(r"[«\"“]([^»\"”]{3,60})[»\"”]")
# Words a question capitalises that name no particular thing.
_GENERIC = frozenset(["Kommune", "Kommunen", "Kommunes", "Plan", "Planen", "Rapporten", "Norge", "Norsk", "Norwegian"])
# "Haldens plan", "SKUP": the question asks about the municipality's own document.
_DOCUMENT_RE = re.compile(r"\bplan\w*|\bskup\b|\bdokument\w*|\bstrategi\w*", re.IGNORECASE)
MAX_SENTENCES = 3


@dataclass(frozen=True)
class FalsePremise:
    """A thing the question ties to ``asked`` that the sources tie to ``actual``."""

    thing: str  # as the question writes it
    asked: str
    actual: str
    where: str  # what was checked: "Haldens plan" or "kildene om Halden"
    sentences: tuple[SourceSentence, ...]  # the sources' sentences that tie the thing to ``actual``

    def text(self) -> str:
        """Our own sentence saying so (the first claim is backed by the cited sentences, the second was
        checked over the asked municipality's passages)."""
        return f"Kildene knytter {self.thing} til {self.actual}; {self.where} nevner ikke {self.thing}."


def possessive(name: str) -> str:
    """The genitive of a municipality's name ("Haldens"; a name ending in s takes none)."""
    return name if name.endswith("s") else f"{name}s"


def things(question: str) -> list[str]:
    """The named things a question asks about: capitalised names and acronyms inside it, quoted titles."""
    found = [m.group(0) for m in _THING_RE.finditer(question)]
    found += _QUOTED_RE.findall(question)
    return [t for t in dict.fromkeys(found) if t not in _GENERIC and not named_municipalities(t)]


def key_of(thing: str) -> re.Pattern[str]:
    """How a mention is found: the name without its inflection ending, then any ending ("Fagstigen" ~
    "fagstige", "Geriatriløftet" ~ "Geriatriløft"), as a whole word ("Kompetanseuka" is not "kompetanseutvikling").

    >>> bool(key_of("Fagstigen").search("Første trinn i fagstigen")), bool(key_of("Kompetanseuka").search("kompetanseutvikling"))
    (True, False)
    """
    word = thing.lower()
    stem = re.sub(r"(?:ene|en|et|a|e|er|s)$", "", word) if " " not in word and len(word) > 6 else word
    return re.compile(rf"(?<![\wæøå]){re.escape(stem)}(?:ene|en|et|a|e|er|s)?(?![\wæøå])", re.IGNORECASE)


def false_premise(question: str, chunks: Mapping[str, Chunk], filters: Filters | None = None) -> FalsePremise | None:
    """The false premise of ``question``, or None (also when the rule is off)."""
    if not rules.enabled("false-premise"):
        return None
    named = named_municipalities(question)
    if len(named) != 1:
        return None
    asked = named[0]
    passages = [c for c in chunks.values() if filters is None or filters.accepts(c)]
    own_docs = [c for c in passages if str(c.meta.get("municipality") or "").lower() == asked.lower()]
    for thing in things(question):
        key = key_of(thing)
        mentioned = [c for c in passages if key.search(c.text)]
        if not mentioned or any(key.search(c.text) for c in own_docs):
            continue  # unknown to the sources (the refusal rules say so), or the asked one's own text has it
        owners: Counter[str] = Counter()
        unowned = 0  # mentions about no municipality: the report's or the agreement's own text
        ties: dict[str, list[SourceSentence]] = {}
        for chunk in mentioned:
            for s in source_sentences(chunk):
                if not key.search(s.text):
                    continue
                whose = [m for m in MUNICIPALITIES if about(chunk, s.text, m)]
                unowned += not whose
                for m in whose:
                    owners[m] += 1
                    ties.setdefault(m, []).append(s)
        if not owners or asked in owners or unowned * 2 > sum(owners.values()):
            continue  # a thing of no one municipality ("Hovedavtalen") is no one's to get wrong
        actual, _ = owners.most_common(1)[0]
        has_plan = any(c.meta.get("doc_type") == "plan" for c in own_docs)
        where = f"{possessive(asked)} plan" if has_plan and _DOCUMENT_RE.search(question) else f"kildene om {asked}"
        # Sentences that name the municipality themselves say whose it is most plainly.
        best = sorted(ties[actual], key=lambda s: (actual.lower() not in s.text.lower(), s.chunk.lines, s.position))
        return FalsePremise(thing, asked, actual, where, tuple(best[:MAX_SENTENCES]))
    return None
