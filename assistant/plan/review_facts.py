"""What a plan's clause says of the thing it names: done, only announced, only intended, or denied.

Every step of the review asks whether the plan *does* something (a group set up, sectors that have
their own plans, a mapping with findings). The same sentence shapes turn a thing done into a thing not
(yet) done, whatever the step, so they are read here once and every step uses them:

* **denied** -- the words stand in a clause with a negation or a past state ("ingen egne delplaner",
  "erstatter de sektorvise planene", "hadde en plan for 2016-2019"): :func:`negated`;
* **intended** -- a wish, a recommendation or an open deferral ("bør", "på sikt", "etter hvert",
  "det er viktig å"): :func:`deferred`;
* **announced** -- a modal ("skal", "vil", "kommer til å") with a deadline, a later start or a year
  after the plan was written ("skal innen 1. juni 2026 utarbeide", "Arbeidet skal starte i 2026"), or a
  present tense from a later year ("Fra 2027 lager sektorene egne planer"): :func:`announced`. A bare
  "skal" is the plan's rule ("Hver enhet skal ha en opplæringsplan"), not an announcement.

The plan's own "now" is the year it was adopted or, failing that, the first year of its period
(:func:`plan_year`); without one, only the year-free signs count.

    >>> u = Unit("Arbeidet med sektorplanene skal starte i 2026.", None, "para", "", 0)
    >>> announced(u, 2024)
    True
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant import rules
from assistant.plan.review_detect import Unit


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A sentence that only intends, wishes or defers says the plan has not done the thing yet ("etter hvert"
# is "gradually", not "etter hvert større tiltak", after each larger measure).
DEFERRED = _re(r"\b(bør|(skal|vil|kommer til å) (\w+ )?senere|på et senere tidspunkt|på sikt|etter hvert(?!\s+(større|nytt|enkelt|\w*tiltak|\w*kurs|år|halvår|semester|møte|\w*samling)\b)|ved behov|tar sikte på|planlegger å|ønsker (vi )?at (planen|den)|det er viktig|vurdere å|kan vurderes|i framtiden vil vi)\b")

# A denial, exclusion or past state in the same clause as the step's words.
NEGATION = _re(r"\b(ikke|ingen|intet|uten|verken|erstatter|erstattes|avvikles|avviklet|tidligere|hadde|gjaldt)\b")
_CLAUSE = re.compile(r"[^,;:()]+")
LACKS = re.compile(r"\b(som|der|hvor) (ennå |enda |i dag )?(ikke|ikkje) (har|hadde|finnes)\b")

MODAL = _re(r"\b(skal|vil|skulle|kommer til å|planlegges|er planlagt)\b")
# A start still to come: the thing does not exist yet.
# A start, a setting-up or an adoption still to come ("skal settes ned", "skal behandles i
# kommunestyret"): the thing does not exist yet -- unless it recurs ("behandles hvert år").
START = _re(r"\b(start\w*|begynne\w*|begynner|settes i gang|igangsettes|komme i gang|innføres|etableres|settes ned|nedsettes|opprettes|oppnevnes|vedtas|behandles|godkjennes)\b")
RECURS = _re(r"\b(hvert|hver|årlig\w*|jevnlig|løpende|fortløpende)\b")
BY_DEADLINE = _re(r"\binnen\b")
YEAR_AFTER = re.compile(r"\b(fra og med|f\.o\.m\.|fra|i|innen|i løpet av|høsten|våren|sommeren|etter|til)\s+(\d{1,2}\.\s*)?(\w+\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
FROM_YEAR = re.compile(r"\b(fra og med|f\.o\.m\.|fra|innen|i løpet av)\s+((?:19|20)\d{2})\b", re.IGNORECASE)
NEXT = _re(r"\b(neste (år|revisjon|rullering|planperiode|gang)|seinere|senere)\b")
ADOPTED = _re(r"\b(vedtatt|vedteken|behandlet|godkjent|stadfestet)\b")
_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")

rules.register("review-announced", kind="pattern", module="assistant.plan.review_facts", what="A thing the plan names is only announced, not there yet, when a modal ('skal', 'vil') goes with a deadline ('innen'), a start ('skal starte i 2026') or a year after the plan was adopted, or a present tense with a later starting year ('Fra 2027 lager sektorene egne planer'); a bare 'skal' is the plan's rule, not an announcement.")


def deferred(u: Unit) -> bool:
    return bool(DEFERRED.search(u.norm))


def negated(u: Unit, pattern: re.Pattern[str]) -> bool:
    """True when every match of ``pattern`` in the unit stands in a clause with a negation."""
    if not rules.enabled("review-negated"):
        return False
    found = False
    # "Enhetene som ikke har en opplæringsplan, skal lage en": who lacks one, not a denial.
    for clause in _CLAUSE.findall(LACKS.sub(" ", u.norm)):
        if pattern.search(clause):
            found = True
            if not NEGATION.search(clause):
                return False
    return found


def plan_year(units: Sequence[Unit]) -> int | None:
    """The plan's "now": the year it was adopted (near the top), else the first year of its period."""
    head = [u for u in units[:25] if u.kind in ("para", "heading", "item")]
    # The first year after the word ("Vedtatt av kommunestyret 11. desember 2024"), not the period's.
    adopted = [int(y.group(1)) for u in head for m in ADOPTED.finditer(u.norm) if (y := _YEAR.search(u.norm, m.end()))]
    if adopted:
        return max(adopted)
    for u in head:
        if u.kind == "heading" and (years := _YEAR.findall(u.norm)):
            return min(int(y) for y in years)
    return None


def later_year(text: str, now: int | None) -> bool:
    return now is not None and any(int(m.group(4)) > now for m in YEAR_AFTER.finditer(text))


def announced(u: Unit, now: int | None) -> bool:
    """The thing the unit names is announced for later, not done (see the module's docstring)."""
    if not rules.enabled("review-announced"):
        return False
    text = u.norm
    if MODAL.search(text) and (BY_DEADLINE.search(text) or (START.search(text) and not RECURS.search(text)) or later_year(text, now) or NEXT.search(text)):
        return True
    return now is not None and any(int(m.group(2)) > now for m in FROM_YEAR.finditer(text))
