"""Multi-part questions: "Hvor mange ansatte har Sørum kommune, og hva er Fagstigen?" asks two things,
and each is answered (or said to be missing from the sources) on its own.

A question splits where a new question starts: after a question mark inside it, or at a comma or
"og" followed by a question word ("…, og hva …", "… og hvor mange …"). A later part that points back
with a pronoun ("… og hvor mange trinn har den?") or names no municipality while the first names one
is read with the earlier part's names.

    >>> split_parts("Hvor mange ansatte har Sørum kommune, og hva er Fagstigen?")
    ['Hvor mange ansatte har Sørum kommune?', 'Hva er Fagstigen?']
    >>> split_parts("Hva er Fagstigen? Hvor mange har fått klinisk godkjenning?")
    ['Hva er Fagstigen?', 'Hvor mange har fått klinisk godkjenning?']
    >>> split_parts("Hvordan skiller Sørum og Bærum seg?"), split_parts("Hva vet vi om hvem som deltar og hvorfor?")
    (['Hvordan skiller Sørum og Bærum seg?'], ['Hva vet vi om hvem som deltar og hvorfor?'])
    >>> missing_part("Hvor mange ansatte har Sørum kommune?")
    'Kildene sier ikke hvor mange ansatte Sørum kommune har.'
"""

from __future__ import annotations

import re

from assistant import rules
from assistant.municipality import named_municipalities

_M = "assistant.parts"
rules.register(
    "multi-part", kind="pattern", module=_M,
    what="a question that asks several things ('…, og hva er …?', two question marks) is answered part by part, "
    "and a part the sources do not answer is said to be missing",
)

# Question words that start a new question after "og" / a comma ("…, og hva er Fagstigen?").
_WH = r"(?:hva|hvem|hvor|hvilke|hvilken|hvilket|hvordan|hvorfor|når|kva|kven|kor|korleis|kvifor|what|who|how|which|when|why|where)"
# "…, og hva …", "… og hvor mange …", "…; hva …": a coordinated question; "hvem som deltar og hvorfor" is
# one question (the second word ends it).
_SPLIT_RE = re.compile(rf"(?:,\s*(?:og|men|and|but)?|\s+(?:og|and)|;)\s+(?={_WH}\b\s+\w)", re.IGNORECASE)
# A later part that points back to what the first part named ("… og hvor mange trinn har den?").
_POINTS_BACK_RE = re.compile(r"\b(den|det|dette|de|dem|disse|deres|denne|dei|it|they|them|its|their)\b", re.IGNORECASE)
_NAME_RE = re.compile(r"(?<!^)\b[A-ZÆØÅ][\wæøåÆØÅ-]{3,}")


def points_back(text: str) -> bool:
    """Does ``text`` point back with a pronoun ("Hva erfaring har de med det?"), to words said before it?

    >>> points_back("hvor lenge varer den?"), points_back("Hvordan brukes BMS-kartet der?")
    (True, False)
    """
    return bool(_POINTS_BACK_RE.search(text))


rules.register(
    "pronoun-antecedent", kind="pattern", module=_M, found_on=("b18",),
    what="a later part that points back with a pronoun ('… og hvor lenge varer den?') is searched with the definite "
    "nouns of the part before ('lederskolen'), which is what a pronoun points back to, not only its names",
)
rules.register(
    "coordinated-direct", kind="pattern", module=_M, found_on=("b25",),
    what="a question word after ', og' followed by a finite verb ('…, og når er det avholdt?') starts a direct question "
    "of its own, not an indirect clause ('…, og hvilke tiltak de bruker')",
)
rules.register(
    "when-clause", kind="pattern", module=_M, found_on=("b27",),
    what="'Når einingane … lagar framtidsbiletet, kva skal dei vurdere?' is one question: a 'når' followed by a noun, not a verb, "
    "starts the condition of the question after it",
)
rules.register(
    "back-reference", kind="pattern", module=_M, found_on=("b24", "b27"),
    what="a later part whose definite noun names what the first part named ('… og hvor mye støtte har prosjektet fått?'), "
    "or that points back with a pronoun ('… etikkutvalg …, og hvem sitter i dem?'), is searched with all the first part's words",
)
# A definite noun ("lederskolen", "kompetanseplanen", "tiltakene"): what a later "den / det / de" points back to.
_DEFINITE_RE = re.compile(r"(?<![\wæøå])[a-zæøå]{4,}(?:en|et|ene)(?![\wæøå])")
# Words with a definite-looking ending that are no nouns.
_NOT_NOUNS = frozenset(["sammen", "mellom", "etter", "neste", "hele", "alene", "siden", "igjen", "senere", "bedre"])
MIN_PART_WORDS = 3
rules.register(
    "leading-clause", kind="pattern", module=_M, found_on=("b30",),
    what="a leading clause with no question word and no verb first ('Da lederne beskrev et vellykket tiltak, hvor mange "
    "…?', 'Vedleggstabell 4: blant dem som …, hvor mange …?') is part of the question after it, not a part of its own",
)
rules.register(
    "table-pointer-part", kind="pattern", module=_M, found_on=("b29", "b30"),
    what="'Hva viser vedleggstabell 8?' after a question says where to look for its answer: no part of its own",
)
_TABLE_POINTER_RE = re.compile(
    r"^\s*(?:hva|what)\s+(?:viser|sier|står det i|says?|shows?|does|do)\s+(?:the\s+)?(?:vedleggs|appendix\s+)?(?:tabell|table)\s+\d+"
    r"(?:\s+(?:show|say|om det))?\s*\??\s*$",
    re.IGNORECASE,
)
# A piece that asks: a question word anywhere ("I hvilke tjenester …"), or a verb first (a yes/no question).
_ASKS_RE = re.compile(
    rf"\b{_WH}\b|^\s*(?:er|var|har|hadde|finnes|fins|gjelder|skal|kan|bør|må|blir|ble|fikk|får|gir|bruker|stemmer|"
    r"is|are|was|were|do|does|did|has|have|can|should|will)\b",
    re.IGNORECASE,
)
# "Når ble …?", "Når skal …?", "When was …?" ask for a time; "Når lederne forklarte …, hvilke …?" is a clause
# (a noun follows "når"), so only a verb or an auxiliary right after it asks.
_WHEN_ASKS_RE = re.compile(
    r"^(?:når\s+(?!\w+ne\b)(?:ble|blei|vart|var|er|kom|fikk|gikk|tok|må|skal|skulle|vil|kan|bør|"
    r"[a-zæøå]{2,}(?:es|er|et|te|de|ar|a))\b|when\s+(?:was|were|is|are|did|does|do|will|should|must|has|had|can)\b)",
    re.IGNORECASE,
)
# A content word of a part ("prosjekt", "funksjonshemmede"), a question word, a definite ending ("ordninga").
_CONTENT_RE = re.compile(r"(?<![\wæøå-])[a-zæøå][a-zæøå-]{4,}(?![\wæøå])")
_WH_WORD_RE = re.compile(rf"^{_WH}$")
_DEFINITE_END_RE = re.compile(r"(?:ene|ane|en|et|a)$")
# "Hvis en kommune …, hvordan …?": a condition before the question is part of it.
_CONDITION_RE = re.compile(r"^(?:hvis|dersom|om|selv om|fordi|siden|ettersom|etter at|før|mens|if|unless|because)\b", re.IGNORECASE)
# A clause in the order of an indirect question ("hvilke tiltak de bruker", "hvem som deltar") is part of
# the question before it, not a question of its own.
# A finite verb right after the question word is a direct question's order ("når er det avholdt", "når
# holdes den"), not an indirect one's.
_FINITE_VERB = (
    r"(?:er|var|har|hadde|skal|skulle|vil|ville|kan|kunne|bør|burde|må|måtte|blir|ble|gjør|gjorde|får|fikk|"
    r"går|gikk|kommer|kom|står|sto|varer|varte|[a-zæøå]{3,}es)"
)
_SUBJECT = r"\s+(?:som|de|vi|man|den|det|han|hun|dei|kommunen|kommunene)\b"
_INDIRECT_START_RE = re.compile(rf"^(?i:{_WH})(?:\s+[a-zæøå]+)?{_SUBJECT}", re.IGNORECASE)
# After ", og" inside one sentence the verb's place decides: "…, og når er det avholdt?" asks again.
_COORDINATED_INDIRECT_RE = re.compile(rf"^(?i:{_WH})(?:\s+(?!{_FINITE_VERB}\b)[a-zæøå]+)?{_SUBJECT}", re.IGNORECASE)


def split_parts(question: str) -> list[str]:
    """The parts of a question, each a question of its own; one part when it asks one thing."""
    if not rules.enabled("multi-part"):
        return [question]
    pieces: list[tuple[str, bool]] = []  # (piece, coordinated: not the first of its sentence)
    for sentence in re.findall(r"[^?]+\?|[^?]+$", question.strip()):
        split = [p for p in _SPLIT_RE.split(sentence) if p.strip()]
        if len(split) > 1 and rules.enabled("leading-clause") and not _ASKS_RE.search(split[0]):
            # "Da lederne beskrev et vellykket tiltak, hvor mange …?": a clause without a question word or a
            # verb first says what the question after it is about; it asks nothing of its own.
            split[:2] = [f"{split[0]}, {split[1].lstrip()}"]
        pieces.extend((p, k > 0) for k, p in enumerate(split))
    tidied = [(_tidy(p), coordinated) for p, coordinated in pieces]
    tidied = [(p, c) for p, c in tidied if p]
    if rules.enabled("table-pointer-part") and len(tidied) > 1:
        # "…? Hva viser vedleggstabell 8?" says where to look for the answer to the part before it.
        tidied = [t for t in tidied if not _TABLE_POINTER_RE.match(t[0])] or tidied
        if len(tidied) == 1:
            return [question]
    parts = [p for p, _ in tidied]
    indirect = [
        (_COORDINATED_INDIRECT_RE if c and rules.enabled("coordinated-direct") else _INDIRECT_START_RE).match(p) for p, c in tidied[1:]
    ]
    # "Når einingane … lagar framtidsbiletet, kva skal dei vurdere?": a "når" clause before the question is its condition.
    when_clause = re.match(r"(?:når|when)\b", parts[0], re.IGNORECASE) and not _WHEN_ASKS_RE.match(parts[0]) and rules.enabled("when-clause")
    if any(indirect) or _CONDITION_RE.match(parts[0]) or when_clause:
        return [question]
    if any(len(re.findall(r"[^\W\d_]{4,}", p)) < 2 and not _NAME_RE.search(p) for p in parts[1:]):
        return [question]  # "…, og hva var målet?" leans on the part before it
    if len(parts) < 2 or any(len(re.findall(r"\w+", p)) < MIN_PART_WORDS for p in parts):
        return [question]
    return parts


def with_context(parts: list[str]) -> list[str]:
    """Each part as a question that can be searched alone: a later part that names no municipality
    while the first names one, or that points back with a pronoun, gets the first part's names
    ("hvor mange trinn har den?" -> "hvor mange trinn har den? (Fagstigen)").

    >>> with_context(["Hva er Fagstigen?", "Hvor mange trinn har den?"])
    ['Hva er Fagstigen?', 'Hvor mange trinn har den? (Fagstigen)']
    """
    from assistant.text import STOPWORDS

    first = parts[0]
    names = [m.group(0) for m in _NAME_RE.finditer(first)]
    nouns = [w for w in dict.fromkeys(_DEFINITE_RE.findall(first)) if w not in STOPWORDS and w not in _NOT_NOUNS]
    # What the first part is about, in its own words ("prosjekt", "funksjonshemmede", "etikkutvalg").
    content = [w for w in dict.fromkeys(_CONTENT_RE.findall(first.lower())) if w not in STOPWORDS and w not in _NOT_NOUNS and not _WH_WORD_RE.match(w)]
    out = [first]
    for part in parts[1:]:
        lowered = part.lower()
        missing = [n for n in names if n.lower() not in lowered]
        if _POINTS_BACK_RE.search(part) and rules.enabled("pronoun-antecedent"):
            missing += [w for w in nouns if w not in lowered]
        if rules.enabled("back-reference") and (_refers_back(part, first) or _POINTS_BACK_RE.search(part)):
            # "… og hvor mye støtte har prosjektet fått?" is about the first part's project, "… og hvem sitter i
            # dem?" about its "etikkutvalg", which no definite noun names: the part is searched with the first part's words.
            missing += [w for w in content if w not in lowered and not any(w.startswith(n.lower()) or n.lower().startswith(w) for n in missing)]
        own_place = bool(named_municipalities(part))
        if missing and (_POINTS_BACK_RE.search(part) or (not own_place and named_municipalities(first) and not _NAME_RE.search(part))):
            part = f"{part} ({', '.join(missing)})"  # each name on its own: "Halden, Læring" is no one name
        out.append(part)
    return out


def _refers_back(part: str, first: str) -> bool:
    """Does a definite noun of the later part name what the first part named ("prosjektet" after
    "Bærums prosjekt der …")?

    >>> _refers_back("Hvor mye støtte har prosjektet fått?", "Hvilket program finansierer Bærums prosjekt der brukerne intervjuer hverandre?")
    True
    >>> _refers_back("Hva er Fagstigen?", "Hvor mange ansatte har Sørum?")
    False
    """
    words = set(re.findall(r"[a-zæøå-]{4,}", first.lower()))
    for noun in _DEFINITE_RE.findall(part.lower()):
        stem = _DEFINITE_END_RE.sub("", noun)
        if noun not in _NOT_NOUNS and len(stem) >= 4 and any(w == stem or (w.startswith(stem) and w != noun) for w in words):
            return True
    return False


def _tidy(piece: str) -> str:
    piece = piece.strip(" ,;")
    if not re.search(r"\w", piece):
        return ""
    piece = piece[0].upper() + piece[1:]
    return piece if piece.endswith("?") else piece.rstrip(".!") + "?"


# "Hvor mange ansatte har Sørum kommune?" -> "hvor mange ansatte Sørum kommune har": an indirect question
# puts the verb after its subject. Done only when the subject is plain (a name, "kommunen", a pronoun).
_INDIRECT_RE = re.compile(
    rf"^((?i:{_WH})(?:\s+(?:mange|mye|stor|store|stort|ofte|lenge|lang|høy|gammel|type|slags))?(?:\s+[a-zæøå]+)?)\s+"
    r"(har|hadde|er|var|gjør|gjorde|bruker|brukte|får|fikk|gir|ga|skal|vil|kan|bør|må)\s+"
    r"((?:[A-ZÆØÅ][\wæøå]+(?:\s+kommune)?|kommunen|de|den|det|man|planen|rapporten))(\s+.*)?$",
)


def missing_part(part: str, lang: str = "nb") -> str:
    """Our own sentence saying that the sources do not answer this part of a question."""
    bare = part.strip().rstrip("?").strip()
    if lang == "en":
        return f"The sources do not answer this part: «{bare}?»"
    m = _INDIRECT_RE.match(bare)
    if m:
        wh, verb, subject, rest = m.group(1), m.group(2), m.group(3), (m.group(4) or "")
        return f"Kildene sier ikke {wh[0].lower()}{wh[1:]} {subject} {verb}{rest}."
    return f"Kildene svarer ikke på dette: «{bare}?»"
