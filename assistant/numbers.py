"""Numbers in Norwegian text as the citation check compares them: "90 000" = "90.000", "2,5" = "2.5",
"fem tusen" = 5000, "2010-12" = 2010-2012, a date "13.10.06" may support "13. oktober 2006".

    >>> sorted(numbers("Til nå har 24 ansatte fått fem tusen kroner", ["til", "nå", "har", "ansatte", "fått", "fem", "tusen", "kroner"]))
    ['24', '5000']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

NUMBER_WORDS = {
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "sju": 7,
    "syv": 7,
    "åtte": 8,
    "ni": 9,
    "ti": 10,
    "elleve": 11,
    "tolv": 12,
    "tretten": 13,
    "fjorten": 14,
    "femten": 15,
    "seksten": 16,
    "sytten": 17,
    "atten": 18,
    "nitten": 19,
    "tjue": 20,
    "tretti": 30,
    "førti": 40,
    "femti": 50,
    "seksti": 60,
    "sytti": 70,
    "åtti": 80,
    "nitti": 90,
    "hundre": 100,
    "tusen": 1000,
}
# "en/ett" is mostly the article; only a passage may use it to *support* a "1".
PASSAGE_ONLY_NUMBER_WORDS = {"en": 1, "ett": 1, "én": 1, "ei": 1}
MULTIPLIERS = {
    "hundre": 100,
    "tusen": 1000,
    "million": 1_000_000,
    "millioner": 1_000_000,
    "mill": 1_000_000,
    "milliard": 1_000_000_000,
    "milliarder": 1_000_000_000,
    "mrd": 1_000_000_000,
}



_NUM = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)|\d+(?:[.,]\d+)*)")
_UNIT = re.compile(r"\s*([^\W\d_]+)")
_YEAR_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*(\d\d)\b(?!\d)")


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else repr(round(x, 6)).rstrip("0")


def _canon(raw: str) -> tuple[str, set[str]]:
    """Canonical form of one number token, plus extra forms a *passage* may also offer."""
    tok = re.sub(r"[ \u00a0\u202f]", "", raw)
    parts = re.split(r"[.,]", tok)
    seps = re.findall(r"[.,]", tok)
    extra: set[str] = set()
    if len(parts) == 1:
        # PDF extraction glues footnote numbers onto years ("200839" = 2008 + note 39).
        if 5 <= len(tok) <= 6 and 1900 <= int(tok[:4]) <= 2099:
            extra.add(tok[:4])
        if " " in raw or "\u00a0" in raw:
            extra.update(str(int(p)) for p in re.split(r"\s", raw) if p.strip("0"))
        return str(int(tok)), extra
    if all(s == "." for s in seps) and len(parts[0]) <= 3 and all(len(p) == 3 for p in parts[1:]):
        return str(int("".join(parts))), extra  # 90.000 / 1.000.000 are thousands
    if len(parts) == 2:
        return _fmt(float(f"{parts[0]}.{parts[1]}")), extra  # 2,5 and 3.5 are decimals
    nums = [int(p) for p in parts if p]
    if len(nums) == 3 and 1 <= nums[0] <= 31 and 1 <= nums[1] <= 12 and len(parts[2]) in (2, 4):
        # A date (d.m.yy or d.m.yyyy): "13. oktober 2006" may rest on "13.10.06".
        y = nums[2] + (2000 if nums[2] < 50 else 1900) if nums[2] < 100 else nums[2]
        extra.update({str(nums[0]), str(y), f"month:{nums[1]}"})
        return f"{nums[0]}.{nums[1]}.{y}", extra
    return ".".join(map(str, nums)), extra  # section numbers: 3.3.1


def numbers(text: str, words: Sequence[str], *, passage: bool = False) -> set[str]:
    """Canonical numbers in `text`; for a passage also every extra form that may support a claim."""
    found: set[str] = set()
    short_years: set[int] = set()
    for m in _YEAR_RANGE.finditer(text):  # "2010-12" means 2010-2012
        found.add(str(int(m.group(1)[:2]) * 100 + int(m.group(2))))
        short_years.add(m.start(2))
    for m in _NUM.finditer(text):
        if m.start() in short_years:
            continue
        canon, extra = _canon(m.group())
        unit = _UNIT.match(text, m.end())
        factor = MULTIPLIERS.get(unit.group(1).lower(), 0) if unit else 0
        if factor and canon.replace(".", "", 1).isdigit():
            extra.add(canon)  # a passage's "5 tusen" may support "5" as well as "5000"
            canon = _fmt(float(canon) * factor)
        found.add(canon)
        if passage:
            found |= extra
    table = {**NUMBER_WORDS, **PASSAGE_ONLY_NUMBER_WORDS} if passage else NUMBER_WORDS
    for i, w in enumerate(words):
        if w in table and w not in MULTIPLIERS:
            nxt = words[i + 1] if i + 1 < len(words) else ""
            found.add(str(table[w] * MULTIPLIERS.get(nxt, 1)))  # "fem tusen" = 5000
    return found

