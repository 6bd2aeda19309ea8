"""The status of each method step, decided from what the plan's sentences *do*.

Each step of 10.2.1 (and 10.3, 10.4) requires a few concrete elements, written down in
:data:`ELEMENTS` from the report's text for the step (``method.STEPS``, ../shared/notes/method.md
section A). A step is

* ``covered`` when every required element is *done* in the plan's text (a sentence, list item or
  table row that does it: "Kommunedirektøren nedsatte en arbeidsgruppe ... med mandat"),
* ``partial`` when some element is done, or the step is only mentioned or intended ("planen bør
  forankres politisk", "vi skal senere finne indikatorer", "det er viktig å kartlegge"),
* ``missing`` when nothing in the text touches it. A heading alone counts for nothing; the heading
  a sentence stands under is only a weak hint (a row in a table under "Hvem har laget planen").

An element is done by its *content*, not by the step's vocabulary: the words in a clause that denies
or replaces them ("ingen egne delplaner", "erstatter de sektorvise planene") are nothing; tillitsvalgte
consulted are not members; goals "vurderes opp mot" count only when the goals can be evaluated; a
measures table that never says when is measures named; an indicator table later in the plan makes the
numbered goals it refers to evaluable. Each such check is a ``review-*`` rule in
:mod:`assistant.rules` (``planvis eval --review --ablation`` switches them off one at a time).

    >>> units = [Unit("Innen 2028 skal 70 prosent av de ansatte ha fagbrev.", None, "para", "Mål", 0)]
    >>> detect_all(units, ())["5"].status
    'covered'
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from assistant import rules
from assistant.plan import review_detect as d
from assistant.plan.review_detect import StepResult, Unit, _has
from assistant.plan.review_facts import LACKS, NEGATION, RECURS, announced, deferred, negated, plan_year
from assistant.plan.review_read import Table


@dataclass(frozen=True)
class Element:
    """One thing the method says a step must contain, and our Norwegian text for when it is lacking."""

    name: str
    lacking: str


# What each step must contain (the report's text for the step, in our words). A step is covered when
# all its elements are done; the lacking text of each element not done is shown to the user.
ELEMENTS: dict[str, tuple[Element, ...]] = {
    "1": (
        Element("hvem", "Planen sier ikke hvem som har utarbeidet den (en arbeidsgruppe eller prosjektgruppe)."),
        Element("sammensetning", "Planen sier ikke hvem gruppen bestod av (ledere fra flere nivåer, tillitsvalgte) eller hvem som ga mandatet."),
    ),
    "2": (
        Element("forankring", "Planen sier ikke hvor den er forankret (vedtak, kommuneplan, budsjett og økonomiplan)."),
        Element("ambisjon", "Planen sier ikke hva den skal oppnå (formål og ambisjon)."),
    ),
    "3": (Element("mål gjengitt", "Planen gjengir ikke målene i kommuneplanen eller andre styringsdokumenter som kompetansen skal tjene."),),
    "4": (
        Element("definisjon", "Planen avklarer ikke hva den legger i kompetanse (kunnskap, ferdigheter, holdninger)."),
        Element("drøfting", "Planen drøfter ikke om alle delene av kompetansebegrepet er like viktige, eller hva den mener med faglig, administrativ, tverrfaglig og endringskompetanse."),
    ),
    "5": (
        Element("mål", "Planen har ingen kompetansemål."),
        Element("evaluerbar", "Målene har ikke indikator, målverdi eller frist, så de kan ikke evalueres."),
    ),
    "6": (Element("funn", "Planen sier ikke hva kartleggingen viser: hvilken kompetanse som mangler, alder, avganger og framtidig behov."),),
    "7": (
        Element("tiltak", "Planen har ingen konkrete tiltak."),
        Element("målgruppe og tid/ansvar", "Tiltakene står uten målgruppe, tidsrom og ansvarlig."),
    ),
    "8": (
        Element("hvordan", "Planen sier ikke hvordan resultatene følges opp (rapportering, metode, når)."),
        Element("nivå eller mål", "Planen sier ikke på hvilket nivå resultatene vurderes ut over deltakernes reaksjoner, eller opp mot hvilke mål."),
    ),
    "9": (Element("delplaner", "Planen sier ikke at sektorene skal ha egne delplaner som bygger på denne planen."),),
    "10.3": (
        Element("avklaring", "Planen sier ikke at leder og medarbeider avklarer tiltakene seg imellom (i medarbeidersamtalen)."),
        Element("forventninger eller mål", "Planen sier ikke hva som forventes av et tiltak når det starter, eller at ønsker og søknader vurderes opp mot målene."),
    ),
    "10.4": (Element("ut over reaksjoner", "Evalueringen går ikke ut over deltakernes reaksjoner eller om tiltakene ble gjennomført; læring, anvendelse og nytte vurderes ikke."),),
}

MISSING_TEXT: dict[str, str] = {
    "1": "Planen sier ikke hvem som har utarbeidet den, hvem som ga mandatet, eller om tillitsvalgte var med.",
    "2": "Planen sier verken hvor den er forankret eller hva ambisjonen er.",
    "3": "Planen nevner ikke kommunens overordnede mål fra kommuneplanen eller andre styringsdokumenter.",
    "8": "Planen sier ikke hvordan tiltakene følges opp og evalueres.",
    "10.3": "Planen sier ikke hvordan tiltakene gjennomføres: hvem avtaler hva, og hvordan søknader vurderes mot målene.",
    "10.4": "Planen sier ikke hvordan resultatene av tiltakene skal evalueres.",
}


def _re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


# A sentence about the sectors' own plans is step 9's, whoever writes them.
ABOUT_SUBPLANS = _re(r"(delplan\w*|delkompetanseplan\w*|(enhetene|sektorene|tjenesteområdene|virksomhetene|avdelingene|seksjonene)s? (egne |sine )?\w*planer|lokale \w*planer|egne \w*planer|enhetens \w*plan)")


# "Does vs. mentions" (issue 15): the rules below are general claims about plan language, each
# registered so the review eval can switch it off and measure it.
rules.register("review-negated", kind="pattern", module="assistant.plan.review_steps", what="A step's words in a clause that denies, excludes or puts them in the past ('var ikke med', 'ingen delplaner', 'erstatter de sektorvise planene', 'hadde en plan for 2016-2019') are not the step done, nor a mention of it.")
rules.register("review-cited-duty", kind="pattern", module="assistant.plan.review_steps", what="A sentence that cites what an agreement or a law requires ('Hovedtariffavtalen ... arbeidsgiver skal kartlegge') states a duty, not work the plan did.")
rules.register("review-consulted", kind="pattern", module="assistant.plan.review_steps", what="Tillitsvalgte who were consulted (høring, til uttalelse, drøftingsmøte) are not members of the group that wrote the plan; step 1 needs the employees' side in the group.")
rules.register("review-goal-refs", kind="pattern", module="assistant.plan.review_steps", what="A goal is evaluable when a table elsewhere in the plan gives its number an indicator or target value ('Mål | Indikator | Målverdi' rows '1', '2'); a table cell holding only goal numbers is a reference, not a goal.")
rules.register("review-steer-doc", kind="pattern", module="assistant.plan.review_steps", what="A 'hovedmål', 'visjon' or 'overordnede mål' is the municipality's top-level goal (step 3) only with a steering document named in the sentence or its heading; otherwise it may be the plan's own main goal.")
rules.register("review-anchor-plan", kind="pattern", module="assistant.plan.review_steps", what="Step 2's anchoring must name the plan or its measures, and is neither a duty an agreement sets nor a budget frame that only limits the plan ('gjennomføres innenfor de økonomiske rammene').")
rules.register("review-concept-discussed", kind="pattern", module="assistant.plan.review_steps", what="Step 4 needs the concept of competence discussed as well as defined (the method: are all parts equally important; what do faglig, administrativ, tverrfaglig and endringskompetanse mean): parts weighed, two kinds or two components explained. Formal/real competence is no answer; 'kompetanse er avgjørende' is no mention.")
rules.register("review-dated-measures", kind="pattern", module="assistant.plan.review_steps", what="A table of measures that never says when (no time column, no dates in most rows) names measures but does not plan them over the plan's years: step 7 partial.")
rules.register("review-evaluable-against", kind="pattern", module="assistant.plan.review_steps", what="Evaluating results 'opp mot kompetansemålene' is step 8's yardstick only when the goals can be evaluated (step 5 covered).")
rules.register("review-weigh-yardstick", kind="pattern", module="assistant.plan.review_steps", what="10.3: the samtale must be about measures, and requests weighed against the plan's goals or plan, not only 'ut fra enhetens behov og økonomi'.")
rules.register("review-benefit-not-cost", kind="pattern", module="assistant.plan.review_steps", what="Reporting what measures cost is volume, not the benefit level of Tabell 12; cost counts only weighed against benefit (kost/nytte, lønnsomhet).")

# Where each review rule was found (plans, not question sets: ``found_on`` is for question sets).
REVIEW_FOUND_ON: dict[str, tuple[str, ...]] = {
    "review-negated": ("review-blind2",),
    "review-cited-duty": ("review-blind2",),
    "review-consulted": ("review-blind2",),
    "review-goal-refs": ("review-blind2",),
    "review-steer-doc": ("review-blind2",),
    "review-anchor-plan": ("review-blind2",),
    "review-concept-discussed": ("review-blind2",),
    "review-dated-measures": ("review-blind2",),
    "review-evaluable-against": ("review-blind2",),
    "review-weigh-yardstick": ("review-blind2",),
    "review-benefit-not-cost": ("review-blind2",),
    "review-anchor-political": ("review-own-moldal", "review-blind2"),
    "review-subplans-derived": ("method",),
    "review-findings-counted": ("method",),
    "review-survey-logistics": ("review-own-tindfjord",),
    "review-level-with-method": ("method",),
    "review-goals-about-goals": ("review-blind2",),
    "review-measure-named": ("method",),
    "review-findings-table": ("review-own-rindoy",),
    "review-members-heading": ("review-blind3",),
    "review-vision-not-goals": ("review-blind3",),
    "review-definition-list": ("review-blind3",),
    "review-eval-after": ("review-blind3",),
    "review-subplans-announced": ("review-blind4",),
    "review-kind-as-target": ("review-blind4",),
    "review-own-main-goal": ("review-blind4",),
    "review-ambition-own": ("review-blind5", "review-blind4"),
    "review-followed-people": ("review-blind5",),
    "review-planning-not-plan": ("review-blind6",),
    "review-office-alone": ("review-blind6",),
    "review-data-captures": ("review-blind6",),
    "review-subplans-anaphora": ("review-blind6",),
    "review-subplans-declared": ("review-blind6",),
    "review-announced": ("review-blind7", "review-blind6", "review-blind4"),
    "review-members-in-group": ("review-blind7",),
    "review-members-listed": ("review-blind7",),
    "review-subplan-discourse": ("review-blind7",),
    "review-measure-asserted": ("review-blind7",),
    "review-implementation-mentioned": ("review-own2-storvatn", "review-blind5"),
    "review-goal-sections": ("review-own2-hasselvik",),
    "review-concept-heading": ("review-own3-dalen", "review-own3-lauvoy"),
    "review-situation-mentioned": ("review-own4-ramsli",),
    "review-wished-change": ("review-own4-ramsli",),
    "review-plan-subject": ("review-blind12",),
}

# An agreement's or a law's requirement quoted as such: a duty, not the plan's own work.
CITED_DUTY = _re(r"(hovedtariffavtale\w*|\bhta\b|hovedavtale\w*|arbeidsmiljølov\w*|opplæringslov\w*|\bloven\b|forskrift\w*|det framgår (det )?at|\bplikt\w*)")


POLITICAL_ANCHOR = _re(r"(kommunestyre\w*|bystyre\w*|formannskap\w*|kommuneplan\w*|samfunnsdel\w*|økonomiplan\w*|budsjett\w*|planstrategi\w*|handlingsprogram\w*|arbeidsgiverpolitikk\w*|arbeidsgiverstrateg\w*|administrasjonsutvalg\w*|partssammensatt\w*|\bamu\b|arbeidsmiljøutvalg\w*|politisk\w*|temaplan\w*)")
rules.register("review-anchor-political", kind="pattern", module="assistant.plan.review_steps", what="Step 2's anchoring is political or in the municipality's plans and budget (report 10.1); approval by the administration alone ('godkjent av rådmannens ledergruppe') is a mention.")

UNIT_PLANS = _re(r"\b(enhet|sektor|seksjon|virksomhet|avdeling|tjenesteområd|kommunalområd)\w* (egne |sine |eget |sin )?\w*plan\w*")
# Parts of this plan declared to be the units' sub-plans ("Kapittel 3-6 er tjenesteområdenes delplaner",
# "Del B utgjør sektorenes kompetanseplaner"): the sub-plans are there, in the present tense.
DECLARED_SUBPLANS = _re(r"\b(kapittel|kapitlene|kapitler|del|delene|vedlegg\w*)\b[^.]{0,20}\b(er|utgjør)\s+(\w+\s+)?(tjenesteområd|sektor|enhet|virksomhet|avdeling|kommunalområd)\w*s?\s+(egne\s+)?\w*plan(er|ene)\b")
rules.register("review-subplans-declared", kind="pattern", module="assistant.plan.review_steps", what="Chapters or parts of this plan declared to be the units' sub-plans ('Kapittel 3-6 er tjenesteområdenes delplaner') are sub-plans there, in the present tense (step 9).")
PRONOUN_SUBJECT = _re(r"^\W*(de|disse|dei|desse)\s+(bygger|byggjer|er|blir|skal|vil|har|tar|følger|utledes|knyttes|rulleres|inneholder|gjelder)\b")
rules.register("review-subplans-anaphora", kind="pattern", module="assistant.plan.review_steps", what="A sentence whose subject is a pronoun ('De bygger på de felles målene', 'Disse skal ...') right after a sentence about sub-plans is about those sub-plans: it can tie them to this plan (step 9).")
DERIVED = _re(r"((konkretiser\w*|utdyp\w*|operasjonaliser\w*|bryt\w* ned)\s+(\w+\s+){0,2}(planen|denne|målene|den overordnede)|bygg(er|e) på|byggjer på|bygg\w* opp under|utled\w*|avled\w*|i tråd med|forankre\w*|følge\w* opp|(ta|tar|med) utgangspunkt i|støtte\w* opp under|henge\w* sammen med|knytte\w* til|ut fra|på grunnlag av|basert på|gir rammene|innenfor rammene)")
rules.register("review-subplans-derived", kind="pattern", module="assistant.plan.review_steps", what="Step 9 needs the units' plans tied to this plan ('bygger på', 'utledes av', 'følger opp den overordnede planen'), as the report's 'forankret i den overordnede planen'; plans of their own that nothing ties to it are a mention.")
# Step 9 asks whether the sectors *have* sub-plans (method: "Does every major sector have a sub-plan
# derived from the overall plan?"). "skal utarbeide ... innen 1. juni 2026" sets a deadline for writing
# them: announced, not yet there, and so are the plan's other "skal" sentences about them. A present-tense verb ("utarbeider", "lager", "har", "foreligger")
# says they are made as part of the plan's running and stays firm.
PRESENT_SUBPLAN = _re(r"\b(utarbeider|utarbeides|lager|lages|har|er utarbeidet|foreligger|revideres|rulleres)\b")
rules.register("review-subplans-announced", kind="pattern", module="assistant.plan.review_steps", what="Step 9: sub-plans that 'skal' be written 'innen' a deadline are announced, not there yet (the method asks whether each sector has one): a mention, unless a present-tense verb says they are made ('utarbeider', 'lager', 'har', 'foreligger'); 'handlingsplanen' (definite singular) is this plan's own action part, no unit's plan.")

rules.register("review-findings-counted", kind="pattern", module="assistant.plan.review_steps", what="Step 6 covered needs at least one finding in numbers (how many, what share, how old); findings asserted without any figure are a mention.")

SURVEY_LOGISTICS = _re(r"(\bsvarte\b|svarprosent\w*|svarandel\w*|\bbesvart\b|ble sendt (ut )?til|sendt ut til|fikk tilsendt|deltok i (kartlegging|undersøkels)\w*|\brespondent\w*)")
LEVEL_METHOD = _re(r"(før og etter|fagprøve\w*|\bprøve\w*|\btest\w*|eksamen\w*|observ\w*|intervju\w*|spør\w* (vi )?(lederne|leder|brukerne)|indikator\w*|undersøkels\w*|journal\w*|statistikk\w*|regnskap\w*|\bmåler\b|\bmåles\b (ved|gjennom|med))")
rules.register("review-survey-logistics", kind="pattern", module="assistant.plan.review_steps", what="How many were asked or answered ('sendt til alle 900 ansatte, og 71 prosent svarte') is about the survey, not a finding of it.")
rules.register("review-level-with-method", kind="pattern", module="assistant.plan.review_steps", what="10.4: a level beyond reactions counts when the plan says how it is evaluated (a method, measure or report), not when it only names the level ('Effekten av tiltakene skal måles').")

# The plan itself (or its measures) named in a sentence, and a budget frame that only limits it.
ABOUT_PLAN = _re(r"\b(\w*plan(en|a)?|\w*strategi(en|a)?|tiltak(ene|a)?|den|dette dokumentet|skup|kompetansearbeidet|satsing\w*)\b")
ADOPTION_LINE = _re(r"^\W*(vedtatt|vedteken|behandlet|godkjent|stadfestet)\s+(i|av)\s")
WITHIN_FRAME = _re(r"\binnenfor (de |den )?(\w+ )?(økonomiske )?(ramme\w*|budsjett\w*)")


# Step 2's ambition is what the plan itself aims at (method.md: "avklar ambisjoner"). Not a "skal" of a
# relative clause ("samler kurs som skal prioriteres": the courses, not the plan), not "den" as a
# determiner ("den ansatte skal dele"), not "hensiktsmessig" (suitable); and a plan that only makes a
# task easier ("skal gjøre det lettere for ledere å planlegge", "hjelpe oss å prioritere") states its use,
# not the level of competence the municipality aims for. A stated aim ("Ambisjonen er", "Formålet er",
# "Det langsiktige målet er at ...") always counts.
PLAN_AIM = _re(r"\b(planen|plan|strategien|kompetanseplanen|kompetansestrategien|skup)\b(?:(?!(?<!ment )(?<!tenkt )\bsom\b)[^.;:]){0,40}?\b(skal|vil|ønsker|bidra\w*|verktøy\w*|gi retning)\b|\bden (skal|vil|er ment)\b")
STATED_AIM = _re(r"\b((vi|kommunen|planen) (sikter|sikte) mot|siktemål\w*|målet vårt er|ambisjon\w*|formål\w*|hensikt(en)?\b|målsetting\w* med planen|målet med (planen|strategien)|planens (hoved)?mål|(planen|strategien) har som mål|langsiktige mål\w*)")
NAMED_AIM = _re(r"\b(ambisjon\w*|formål(et)?\b|langsiktige mål(et|ene)?\b)")
EASE_ONLY = _re(r"\b(gjøre|gjør) det (lettere|enklere)\b|\bhjelpe\w* (oss|lederne|ledere|de ansatte|ansatte)\b")
rules.register("review-ambition-own", kind="pattern", module="assistant.plan.review_steps", what="Step 2's ambition is what the plan itself aims at: not a 'skal' of a relative clause ('samler kurs som skal prioriteres'), not 'den' as a determiner ('den ansatte skal'), and not a plan that only makes a task easier ('skal gjøre det lettere for ledere å planlegge'); 'Ambisjonen/Formålet er' and 'Det langsiktige målet er at' always count.")

# Steps 8/10.4: people followed up ("Lærlingene følges opp av egne instruktører", "oppfølging av
# sykefravær", "nyansatte følges opp av en fadder") is supervision of apprentices, new staff or the sick,
# not a follow-up of the measures' results.
FOLLOWED_PEOPLE = _re(r"\b(lærling\w*|nyansatt\w*|nye medarbeidere|sykmeldt\w*|elev\w*|student\w*)\b\s+(\w+\s+){0,2}følge[rs]?\s+(\w+\s+)?opp\b|\bfølge[rs]?\s+(\w+\s+)?opp\s+(\w+\s+){0,2}(lærling\w*|nyansatt\w*|sykmeldt\w*|sykefravær\w*|elev\w*|student\w*)\b|sykefraværsoppfølging\w*|oppfølging av (\w+ )?(sykefravær\w*|sykmeldt\w*|lærling\w*|nyansatt\w*)")
rules.register("review-followed-people", kind="pattern", module="assistant.plan.review_steps", what="Steps 8/10.4: apprentices, new staff or the sick followed up ('Lærlingene følges opp av egne instruktører', 'sykefraværsoppfølging') is supervision of people, not a follow-up of the measures' results.")


def cited_duty(u: Unit) -> bool:
    return rules.enabled("review-cited-duty") and _has(CITED_DUTY, u.norm)


# Step 1 -----------------------------------------------------------------------------------------
GROUP = _re(r"\b(arbeidsgrupp\w*|prosjektgrupp\w*|styringsgrupp\w*|referansegrupp\w*|plangrupp\w*|gruppe|gruppen|gruppa|komit[eé]\w*|kompetanseforum\w*|partssammensatt\w*|utvalg)\b")
SET_UP = _re(r"\b(nedsatt\w*|satte ned|sette ned|setter ned|oppnevnt\w*|etablert\w*|ble satt sammen)\b")
WORK = _re(r"\b(utarbeid\w*|laget|lagd|lage|skrevet|skrive|skrev|utformet|utviklet|arbeidet med (planen|strategien)|arbeidet (ble|er|har vært) (ledet|gjort)|ledet av|st(o|od|år) bak|har hatt \w+ møter|møttes|møtest)\b")
AGENT = _re(r"(avdeling\w*|\bhr\b|personal\w*|administrasjon\w*|stab\w*|rådmann\w*|kommunedirektør\w*|leder\w*|sjef\w*|rådgiver\w*)")
MAKEUP = _re(r"(tillitsvalgt\w*|verneombud\w*|fagforbund\w*|utdanningsforbund\w*|sykepleierforbund\w*|\bnsf\b|fagforening\w*|arbeidstakerorganisasjon\w*|representant\w*|bestått av|besto av|bestod av|medlemm\w*|sammensetning\w*|\bsatt?\b i gruppen|\bsat\b)")
MANDATE = _re(r"\b(mandat\w*|oppdrag\w*|bestilling\w*)")
ROLE = d.ROLE
# The employees' side (the method: "tillitsvalgte bør være representert") -- in the group, not consulted.
EMPLOYEE_SIDE = _re(r"(tillitsvalgt\w*|verneombud\w*|fagforbund\w*|utdanningsforbund\w*|sykepleierforbund\w*|\bnsf\b|fagforening\w*|arbeidstakerorganisasjon\w*|ansattrepresentant\w*|de ansattes representant\w*|fagorganisasjon\w*|ansattes organisasjon\w*|\bhtv\b|\bhvo\b|ansattes representant\w*|representant\w* for (de )?ansatte|\bdelta\b|fellesorganisasjonen|\bunio\b|akademikerne)")
CONSULTED = _re(r"(til uttalelse|i dialog med|dialog med|etter innspill|involvert|\bhøring\w*|drøft\w* med|drøftingsmøte\w*|\binformert\b|\borientert\b|\binnspill\w*|kommentar\w*|\bbehandlet\b|\bbehandles\b|lagt fram|legges fram)")
# Or the organisation's levels, the method's "fra HR-/organisasjonsdirektør ned til enhetsnivå": a
# top-level and a unit-level role among those doing the work.
LEVEL_TOP = _re(r"(rådmann\w*|kommunedirektør\w*|kommunalsjef\w*|\w*direktør\w*|hr-sjef\w*|personalsjef\w*|organisasjonssjef\w*|ledergruppe\w*)")
LEVEL_UNIT = _re(r"(enhetsleder\w*|avdelingsleder\w*|teamleder\w*|virksomhetsleder\w*|seksjonsleder\w*|tjenesteleder\w*|rektor\w*|styrer\w*|leder\w* (for|ved|i) (en |et )?(enhet|avdeling|skole|barnehage|sykehjem)\w*|enhetsnivå|alle (leder|ledelses)?nivå\w*)")
# Said to be in the group ("var med i arbeidsgruppen og ga innspill underveis"): a member, consulted too.
MEMBER = _re(r"(\bvar med i\b|\bsatt i\b|\bsat i\b|\bdeltok i (arbeids|prosjekt|styrings)?grupp\w*|\bmedlem\w*|\bbestod av\b|\bbesto av\b|\bbestått av\b|representert i (arbeids|prosjekt|styrings)?grupp\w*|\bi gruppen\b|\bi gruppa\b)")
# A political or formal handling of the plan ("behandlet i partssammensatt utvalg") is not work on it.
HANDLED = _re(r"\b(behandlet|behandles|vedtatt|vedtas|godkjent|til uttalelse|på høring|lagt fram|legges fram)\b")


# A heading that names the group's make-up ("Sammensetning", "Gruppens medlemmer"): the rows or items
# under it are the group's members (a members table in an appendix: "Marte Sæther | Hovedtillitsvalgt").
MAKEUP_HEADING = _re(r"^\W*(\w+\s+)?(sammensetning|medlemmer|deltakere i (arbeids|prosjekt|styrings)?gruppen)\W*$")
rules.register("review-members-heading", kind="pattern", module="assistant.plan.review_steps", what="Under a heading that names the group's make-up ('Sammensetning', 'Medlemmer'), a table row or list item naming the employees' side is a member of the group (step 1), as under a heading naming the group.")


# "Planlegging", "planleggingsdag", "planlegge" are the activity of planning (a measure's
# "Felles planleggingsdag"), not the plan document a group wrote.
# (in compounds too: "Kompetanseplanen er utarbeidet av ...")
PLAN_DOC = _re(r"\b\w*(plan(?!legg)\w*|strategi\w*)|\butkast\w*")
rules.register("review-planning-not-plan", kind="pattern", module="assistant.plan.review_steps", what="'Planlegging', 'planleggingsdag', 'planlegge' name the activity of planning, not the plan: a measure's row with leaders of two levels ('Felles planleggingsdag' | 'Kommunalsjef / rektorer') is no make-up of the group that wrote the plan (step 1).")

# The plan written by one office or department alone ("Planen er utarbeidet av personalkontoret og
# godkjent av kommunedirektøren"): nobody else took part, so no working group is set up or named.
OFFICE_ALONE = _re(r"\b(utarbeidet|skrevet|laget|lagd|utformet)\s+av\s+(\w+-\s+og\s+)?(\w+-)?(\w*avdeling\w*|\w*kontor\w*|hr\w*|personal\w*|administrasjon\w*|stab\w*)\s*(?=[.,;]|\s+og\s+(er\s+|ble\s+)?(godkjent|vedtatt|behandlet|lagt fram)\b|$)")
TOGETHER = _re(r"(samarbeid\w*|sammen med|innspill\w*|i dialog|involver\w*|medvirk\w*|drøft\w*|bidra\w*|grupp\w*|tillitsvalgt\w*)")
rules.register("review-office-alone", kind="pattern", module="assistant.plan.review_steps", what="A plan written by one office or department alone ('utarbeidet av personalkontoret og godkjent av kommunedirektøren'), with nobody working with it or consulted on it anywhere in the plan, sets up no working group: step 1 is not even mentioned.")


def _office_alone(u: Unit) -> bool:
    return rules.enabled("review-office-alone") and _has(OFFICE_ALONE, u.norm) and not _has(TOGETHER, u.norm)


# Step 1's make-up is of a *group*: the employees' side working with an office that wrote the plan
# ("i samarbeid med hovedtillitsvalgte") took part, but in no group the method's way.
rules.register("review-members-in-group", kind="pattern", module="assistant.plan.review_steps", what="Step 1: the employees' side counts as the group's make-up only as members of a group (named in the sentence, the one before or the heading); 'utarbeidet av personalavdelingen i samarbeid med hovedtillitsvalgte' is taking part, not a group across levels.")

# A list of people beside the group's own sentence: the rows of a table or the items in the section
# where a group is said to do the work, most of them naming a role ("Kari Fosse | Hovedtillitsvalgt
# Fagforbundet", "Rektor, Steinsland ungdomsskole"), are its members -- unless the table is one of
# measures, goals or dates.
NOT_PEOPLE_HEADER = _re(r"(tiltak|aktivitet|\bmål|frist|tidsrom|periode|\bnår\b|kostnad|indikator|målgruppe|funn|status)")
PERSON_ROLE = _re(ROLE.pattern + "|" + EMPLOYEE_SIDE.pattern + "|" + LEVEL_TOP.pattern + "|" + LEVEL_UNIT.pattern)
rules.register("review-members-listed", kind="pattern", module="assistant.plan.review_steps", what="Step 1: a table or list of people, most naming a role, in the section where a group is said to do the work (or under a members heading) lists the group's members; the employees' side or a top and a unit level among them is the make-up.")


# The plan worked out as a project ("Planen er utarbeidet som et prosjekt med denne organiseringen:"):
# a group at work, whose members its organisation lists.
PROJECT = _re(r"\b(prosjekt(et)?|prosjektorganisering\w*|kompetanseråd\w*)\b")


def _listed_members(text: Sequence[Unit], who: Sequence[Unit], tables: Sequence[Table]) -> list[Unit]:
    sections = {u.heading for u in who if (_has(GROUP, u.norm) or _has(PROJECT, u.norm)) and u.kind not in ("row", "item")}
    out: list[Unit] = []
    for heading in sections:
        for kind in ("row", "item"):
            people = [u for u in text if u.heading == heading and u.kind == kind]
            if kind == "row":
                people = [u for u in people if u.table is not None and u.table < len(tables) and not _has(NOT_PEOPLE_HEADER, d.to_bokmal(" | ".join(tables[u.table].header)))]
            roles = [u for u in people if _has(PERSON_ROLE, u.norm) and len(u.norm.split()) <= 16]
            if len(roles) < 2 or len(roles) < 0.6 * len(people):
                continue
            staff = [u for u in roles if _has(EMPLOYEE_SIDE, u.norm) and not negated(u, EMPLOYEE_SIDE) and not _has(CONSULTED, u.norm)]
            if staff or (any(_has(LEVEL_TOP, u.norm) for u in roles) and any(_has(LEVEL_UNIT, u.norm) for u in roles)):
                out += staff or roles[:2]
    return out


# A paragraph that opens on a sub-plan ("Kompetanseplan for helse og omsorg 2024-2027 er avledet av
# denne planen. ... Planen ble utarbeidet av kommunalsjef helse sammen med enhetslederne") goes on
# about that sub-plan: its "planen" is the sub-plan, not this one.
rules.register("review-subplan-discourse", kind="pattern", module="assistant.plan.review_steps", what="Sentences after one about a sub-plan in the same paragraph ('Kompetanseplan for helse og omsorg er avledet av denne planen. ... Planen ble utarbeidet av kommunalsjef helse ...') speak of that sub-plan: who wrote it is not who wrote this plan (step 1).")


THE_PLAN = _re(r"^\W*(planen|den)\b")
THIS_PLAN = _re(r"\b(denne|vår|kommunens) (\w+ )?plan")


def _subplan_discourse(text: Sequence[Unit]) -> set[int]:
    out: set[int] = set()
    opened: set[int] = set()
    for i, u in enumerate(text):
        if u.kind == "para" and u.segment in opened and _has(THE_PLAN, u.norm) and not _has(THIS_PLAN, u.norm):
            out.add(i)
        if u.kind == "para" and (_has(ABOUT_SUBPLANS, u.norm) or (_has(d.SUBPLAN, u.norm) and _has(d.UNITWORD, u.norm))) and not negated(u, d.SUBPLAN):
            opened.add(u.segment)
    return out


# A unit's own plan ("Enhet for helse og omsorg skal lage en egen opplæringsplan"): a sub-plan, whose
# making is no work on this plan.
OWN_PLAN = _re(r"\b(egen|eget|sin|sitt|egne|sine)\s+(\w+\s+)?\w*plan\w*")


def _staff_denied(u: Unit) -> bool:
    """A clause saying the employees' side was not in the group ("Tillitsvalgte var ikke med i arbeidsgruppen, men ...")."""
    return any(_has(EMPLOYEE_SIDE, c) and _has(NEGATION, c) and (_has(GROUP, c) or _has(MEMBER, c)) for c in re.split(r"[,;:]\s+(?:men|og|mens)\s+|[;:]", u.norm))


rules.register("review-staff-denied", kind="pattern", module="assistant.plan.review_steps", what="A plan that says the employees' side was not in the group ('Tillitsvalgte var ikke med i arbeidsgruppen') lacks the make-up the method asks for, however many levels of leaders took part (step 1).")


rules.register("review-subplans-pending", kind="pattern", module="assistant.plan.review_steps", what="Sub-plans that exist for some sectors while others' are announced or only to be considered ('Oppvekst skal utarbeide sin innen juni 2026', 'vil bli vurdert') are step 9 partly done.")


rules.register("review-plan-itself", kind="pattern", module="assistant.plan.review_steps", what="A plan word in the definite singular with no sector or unit in the sentence ('Handlingsplanen ble behandlet i administrasjonsutvalget') is the plan itself, not a sub-plan mentioned (step 9).")


# The plan as the sentence's subject ("Handlingsplanen gjelder for to år og omfatter enhetene i helse og
# omsorg"): the units that follow are its scope, not the owners of plans; "neste handlingsplan" is its next
# version. A sub-plan word (delplan, sektorplan) or "planen for helse" is a unit's plan all the same.
ITSELF_SUBJECT = _re(r"^\W*(?!del|sektor|enhet|virksomhet)\w*planen\b(?!\s+for\b)")
NEXT_VERSION = re.compile(r"neste (\w+ )?\w*plan(en)?$", re.IGNORECASE)


def _itself(u: Unit) -> bool:
    found = [m.group(0) for m in d.SUBPLAN.finditer(u.norm)]
    if rules.enabled("review-plan-subject"):
        found = [f for f in found if not NEXT_VERSION.search(u.norm[: u.norm.lower().find(f.lower()) + len(f)])]
    definite = all(re.fullmatch(r"\w*planen", f, re.IGNORECASE) for f in found)  # "handlingsplanen", not "delplaner"
    if rules.enabled("review-plan-subject") and (not found or (definite and _has(ITSELF_SUBJECT, u.norm))):
        return True
    return definite and not _has(d.UNITWORD, u.norm)


rules.register("review-plan-subject", kind="pattern", module="assistant.plan.review_steps", what="The plan as a sentence's subject ('Handlingsplanen omfatter enhetene i helse og omsorg') or its next version ('når neste handlingsplan skal lages') is the plan itself, not a unit's sub-plan (step 9).")


rules.register("review-levels-took-part", kind="pattern", module="assistant.plan.review_steps", what="Leaders of several levels named in a sentence about duties ('Personalsjefen har ansvar for å informere enhetslederne') are no make-up of the group: only a sentence about who took part, sat in or worked on it is (step 1).")


def _step1(text: Sequence[Unit], units: Sequence[Unit], tables: Sequence[Table] = (), now: int | None = None) -> tuple[dict[str, list[Unit]], list[Unit]]:
    who: list[Unit] = []
    makeup: list[Unit] = []
    mention: list[Unit] = []
    strict = rules.enabled("review-consulted")
    plan_word = PLAN_DOC if rules.enabled("review-planning-not-plan") else d.PLAN_WORD
    # The office wrote it alone only when nobody else took part anywhere (no one consulted on the draft).
    others = any(_has(CONSULTED, v.norm) or (_has(TOGETHER, v.norm) and _has(plan_word, v.norm)) for v in text)
    about_sub = _subplan_discourse(text) if rules.enabled("review-subplan-discourse") else set()
    for i, u in enumerate(text):
        if _has(ABOUT_SUBPLANS, u.norm) or (_has(OWN_PLAN, u.norm) and _has(d.UNITWORD, u.norm)) or (_office_alone(u) and not others) or i in about_sub:
            continue
        plan_ctx = _has(plan_word, u.norm) or (_has(plan_word, u.norm_heading) and _has(WORK, u.norm_heading))
        group = _has(GROUP, u.norm)
        if group and rules.enabled("review-consulted") and _has(HANDLED, u.norm) and not _has(WORK, u.norm):
            group = False  # the plan handled by a body, not a group at work on it
        if group or (_has(WORK, u.norm) and _has(plan_word, u.norm)):
            mention.append(u)
        elif rules.enabled("review-consulted") and _has(plan_word, u.norm) and _has(CONSULTED, u.norm) and _has(EMPLOYEE_SIDE, u.norm) and not negated(u, EMPLOYEE_SIDE):
            mention.append(u)  # "Planen er drøftet med de tillitsvalgte": the employees' side heard, no group
        if deferred(u) or announced(u, now):
            continue  # "Det skal nedsettes en arbeidsgruppe høsten 2026": no group at work yet
        # Who did the work: a group set up or at work on the plan, or someone who wrote it.
        did = (group and (_has(SET_UP, u.norm) or _has(WORK, u.norm) or plan_ctx)) or (_has(WORK, u.norm) and _has(plan_word, u.norm) and (_has(AGENT, u.norm) or _has(PROJECT, u.norm)))
        if did:
            who.append(u)
        roles = {m.group(1).lower() for m in ROLE.finditer(u.norm)}
        in_group = group or plan_ctx or (i > 0 and text[i - 1] in who)
        if strict:
            # The make-up the method asks for: the employees' side among the members -- not denied
            # ("var ikke med i prosjektgruppen") and not only consulted ("fikk utkastet til uttalelse").
            consulted = _has(CONSULTED, u.norm) and not _has(MEMBER, u.norm)
            member = _has(EMPLOYEE_SIDE, u.norm) and not negated(u, EMPLOYEE_SIDE) and not consulted
            if member and rules.enabled("review-members-in-group"):
                # "utarbeidet av personalavdelingen i samarbeid med hovedtillitsvalgte": they took part,
                # but in no group -- the make-up is of a group (named here, above, or in the heading).
                member = group or _has(MEMBER, u.norm) or _has(GROUP, u.norm_heading) or _has(MAKEUP_HEADING, u.norm_heading) or (i > 0 and text[i - 1] in who and _has(GROUP, text[i - 1].norm))
            levels = _has(LEVEL_TOP, u.norm) and _has(LEVEL_UNIT, u.norm) and not consulted
            if levels and rules.enabled("review-levels-took-part") and not (did or group or _has(MEMBER, u.norm) or _has(MAKEUP, u.norm) or _has(WORK, u.norm)):
                levels = False  # "Personalsjefen har ansvar for å informere enhetslederne": duties, not members
            in_group = in_group or _has(GROUP, u.norm_heading) or (rules.enabled("review-members-heading") and _has(MAKEUP_HEADING, u.norm_heading))
            if (in_group or did) and (member or levels):
                makeup.append(u)
            # A lead-in naming the members ("Arbeidsgruppen bestod av:", "følgende sammensetning:"), not a
            # mandate's ("Gruppen skulle:" ... "levere utkast til kommunedirektørens ledergruppe").
            lists_members = not rules.enabled("review-members-heading") or _has(MAKEUP, u.norm) or _has(MEMBER, u.norm) or bool(re.search(r"\b(følgende|disse)\b", u.norm, re.I))
            if (did or group) and u.text.rstrip().endswith(":") and lists_members:
                items = [v for v in text[i + 1 : i + 14] if v.kind == "item"]
                # A mandate's "sørge for at ... de ansattes organisasjoner blir involvert" consults them.
                staff = [v for v in items if _has(EMPLOYEE_SIDE, v.norm) and not negated(v, EMPLOYEE_SIDE) and not (_has(CONSULTED, v.norm) and not _has(MEMBER, v.norm))]
                if staff or (any(_has(LEVEL_TOP, v.norm) for v in items) and any(_has(LEVEL_UNIT, v.norm) for v in items)):
                    makeup.extend(staff or items[:2])
            continue
        if in_group and (_has(MAKEUP, u.norm) or _has(MANDATE, u.norm) or len(roles) >= 2):
            makeup.append(u)
        # A list of members after "sammensetning:" / "bestod av:": its items name the roles.
        if did and u.text.rstrip().endswith(":"):
            items = [v for v in text[i + 1 : i + 12] if v.kind == "item"]
            if sum(bool(ROLE.search(v.norm) or MAKEUP.search(v.norm)) for v in items) >= 2:
                makeup.extend(items[:2])
        if did and _has(MAKEUP, u.norm) and not makeup:
            makeup.append(u)
    if who and strict and rules.enabled("review-members-listed"):
        makeup += _listed_members(text, who, tables)
    if not who and strict:
        # A list of members under a heading that names the group ("Arbeidsgruppe": "Personalsjef
        # (leder)", "Hovedtillitsvalgt Fagforbundet", ...): the group and its make-up, without a sentence.
        for heading in dict.fromkeys(u.heading for u in text if u.kind in ("item", "row") and _has(GROUP, u.norm_heading)):
            items = [u for u in text if u.heading == heading and u.kind in ("item", "row") and (_has(ROLE, u.norm) or _has(EMPLOYEE_SIDE, u.norm))]
            if len(items) >= 2:
                who.extend(items[:1])
                staff = [u for u in items if _has(EMPLOYEE_SIDE, u.norm) and not negated(u, EMPLOYEE_SIDE)]
                if staff or (any(_has(LEVEL_TOP, u.norm) for u in items) and any(_has(LEVEL_UNIT, u.norm) for u in items)):
                    makeup.extend(staff or items[1:3])
    if strict and rules.enabled("review-staff-denied") and any(_staff_denied(u) for u in text):
        # "Tillitsvalgte var ikke med i arbeidsgruppen": leaders from every level do not make up for it.
        makeup = [u for u in makeup if _has(EMPLOYEE_SIDE, u.norm) and not negated(u, EMPLOYEE_SIDE) and not _staff_denied(u)]
    # "Arbeidsgruppen har hatt følgende sammensetning:" is both, once a group did the work.
    return {"hvem": who, "sammensetning": makeup if who else []}, mention


# Step 3 -----------------------------------------------------------------------------------------
PLAN_SUBJECT = _re(r"^\W*(denne |den nye )?(kompetanse)?(plan(en)?|strategi(en)?|vi|den|tiltakene|kompetansearbeidet|arbeidet|kommunens kompetansearbeid)\b")
STATES = _re(r"\bhar (\w+ ){0,2}(\w*mål\w*|satsingsområder|innsatsområder)\s*:|\b(skal|vil|ønsker|har som mål|mål(et|ene)? (er|om) at|slår fast|fastslår|framgår (det )?at|heter det|er at)\b")
GOALISH = _re(r"\b(\w*mål\w*|visjon\w*|målsetting\w*)\b")


# The steering documents themselves. "Hovedmål", "overordnede mål" or "visjon" alone may be the
# plan's own main goal ("Hovedmål: Vardeli kommune skal ha medarbeidere med riktig kompetanse"): a
# goal is the municipality's top-level goal only when a steering document is named with it.
STEER_DOC = _re(r"(kommuneplan\w*|samfunnsdel\w*|handlingsprogram\w*|økonomiplan\w*|styringsdokument\w*|arbeidsgiverpolitikk\w*|arbeidsgiverstrateg\w*|planstrategi\w*|målekart\w*|kommunestyre\w*|bystyre\w*)")


# A vision ("Samfunnsdelen har som visjon at Myrvoll skal være «et godt sted å vokse opp»") is the
# document's direction; the method asks which of its *goals* competence must serve.
VISION = _re(r"\bvisjon\w*")
GOALS_NAMED = _re(r"(\w*mål(et|ene|a|setting\w*)?\b|satsingsområd\w*|prioritert\w* område\w*|innsatsområd\w*)")
rules.register("review-vision-not-goals", kind="pattern", module="assistant.plan.review_steps", what="A steering document's vision, quoted or stated ('Samfunnsdelen har som visjon at ...'), is its direction, not the goals competence must serve: step 3 is then mentioned, not done.")


def _names_doc(u: Unit) -> bool:
    return not rules.enabled("review-steer-doc") or _has(STEER_DOC, u.norm) or _has(STEER_DOC, u.norm_heading)


def _step3(text: Sequence[Unit], units: Sequence[Unit]) -> tuple[list[Unit], list[Unit]]:
    stated: list[Unit] = []
    for i, u in enumerate(text):
        steer = _has(d.STEER, u.norm) and _names_doc(u)
        if u.kind == "row" and _row_header_steer(u, units):
            stated.append(u)
            continue
        if not steer or deferred(u):
            continue
        head = " ".join(u.norm.split()[:8])
        own = _has(d.STEER, head) and not _has(PLAN_SUBJECT, u.norm) and _has(STATES, u.norm) and len(u.text.split()) >= 8
        # The document's goals quoted in the sentence ("I samfunnsdelen er det satt tre mål: «...»").
        quoted = rules.enabled("review-steer-doc") and _has(STEER_DOC, u.norm) and _quotes_goals(u.text)
        # ... or listed after a colon ("de tre målene i arbeidsgiverpolitikken: å beholde, utvikle og rekruttere").
        quoted = quoted or (rules.enabled("review-steer-doc") and _has(STEER_DOC, u.norm) and bool(re.search(r"\bmål\w*\b[^:]{0,60}:\s*\S+(\s+\S+){2,}", u.norm)))
        if (own or quoted) and rules.enabled("review-vision-not-goals") and _has(VISION, u.norm) and not _has(GOALS_NAMED, u.norm):
            continue  # the kommuneplan's vision is its direction, not the goals competence must serve (a mention)
        if own or quoted:
            stated.append(u)
            continue
        # A sentence naming the steering document's goals, then the goals as a list.
        if u.kind != "item" and _has(GOALISH, u.norm) and not _has(PLAN_SUBJECT, u.norm):
            follows = [v for v in text[i + 1 : i + 5] if v.kind == "item"]
            if len(follows) >= 2:
                stated += [u, *follows[:2]]
    # A steering document named without its goals ("Planen bygger på kommuneplanen") is a mention.
    # (Whether a passing reference in the anchoring section is one, the labellers disagree: Solvang and
    # Bergli partial, Vardeli missing; we keep it a mention.)
    mention = [u for u in text if _has(d.STEER, u.norm) and _names_doc(u)]
    return stated, mention


# A quotation right after a document's name ("arbeidsgiverstrategien «Sammen for Tindeland»") is the
# document's title, not its goals.
TITLED = re.compile(r"\b\w*(strategi|plan|politikk|del|program|melding|prosjekt)\w*\s+«[^»]*»", re.IGNORECASE)
rules.register("review-title-quote", kind="pattern", module="assistant.plan.review_steps", what="A quotation right after a document's name ('arbeidsgiverstrategien «Sammen for Tindeland»') is that document's title, not its goals quoted (step 3).")


def _quotes_goals(text: str) -> bool:
    if rules.enabled("review-title-quote"):
        text = TITLED.sub(" ", text)
    return bool(re.search(r"«[^»]{15,}»", text))


def _row_header_steer(row: Unit, units: Sequence[Unit]) -> bool:
    """A table whose first column is headed by the steering documents' goals ("Mål i kommuneplanen")."""
    head = next((u for u in units if u.kind == "cell" and u.table == row.table and u.row == 0 and u.col == 0), None)
    return head is not None and _has(d.STEER, head.norm) and _has(GOALISH, head.norm)


# Step 8 / 10.4 -----------------------------------------------------------------------------------
# Evaluating or following up the plan, its measures or their results -- not assessing a person,
# an application or the competence situation.
EVAL_VERB = _re(r"(\b(spør|spørres|spurte) (\w+ ){0,3}om\b|\b(resultat\w*|måloppnåelse\w*|evaluering\w*)\b.{0,30}\b(legges|legger|presenteres|meldes|tas)\s+(\w+\s+)?(fram|inn)\b|\bgår (vi |de |hr |ledergruppen )?gjennom (\w+ )?(måloppnåelse\w*|resultat\w*|indikator\w*)|\bteller (vi|de|hr|lederne)\b|\b(års)?rapport(en)?\s+(\w+\s+){0,4}om\b|\b(spør|spørres|spurte) (vi |de |hr |lederne )?(\w+ ){0,2}om\b|\bobserver\w*|\bteller (\w+ ){0,2}opp\b|\bregner (vi |de |hr )?(\w+ ){0,3}ut\b|\bberegn\w*|svarer på (et |en )?(skjema|spørreskjema|undersøkels\w*)|evaluer\w*|etterprøv\w*|\bfølge[rs]?\b(\s+\S+){0,2}\s+opp\b|oppfølging\w*|rapporter\w*|resultatmåling\w*|\bmåle[rs]?\b|\bmålt\b|kost.{0,3}nytte|\bvurder\w*\s+(om|hvordan|effekt\w*|nytte\w*|resultat\w*|i hvilken grad|måloppnåelse)|\bvurder\w*\s+(\w+\s+)?(opp\s+)?mot\b|gjennomgår resultat\w*|sammenlign\w*|\btelles\b|skriv\w* .{0,20}opp)")
EVAL_OBJECT = _re(r"(tiltak\w*|\bantall\w*|\bkostet\b|\bsparte?\b|besparels\w*|\bplan(en|a)?\b|strategi\w*|resultat\w*|måloppnåelse|effekt\w*|\w*mål(ene|et)?\b|indikator\w*|deltaker\w*|kurs\w*|program\w*|samling\w*|opplæring\w*|fagprøve\w*|status|mange som har)")
HOW = _re(d.HOW.pattern + r"|(\b(spør|spørres|spurte) (\w+ ){0,3}(ledere|lederne|brukere|brukerne|ansatte|deltakere|deltakerne)\b|metode\w*|spørreskjema\w*|undersøkels\w*|statistikk\w*|indikator\w*|fagprøve\w*|evalueringsrapport\w*|medarbeidersamtale\w*|utviklingssamtale\w*|\btelles\b)")
# Results against the goals -- also the goals' own indicators followed up ("Indikatorene rapporteres i
# årsmeldingen"), which counts only when the goals have them (step 5 covered, see detect_all).
AGAINST_GOALS = _re(d.AGAINST_GOALS.pattern + r"|\bom (vi|de|kommunen|enhetene) har (nådd|oppnådd) (\w+ )?mål\w*|\b(om|hvorvidt) (\w+ ){0,2}målene (er|blir|ble) (nådd|oppnådd)|((opp )?mot|med) (\w+ ){0,3}(målverdi\w*|indikator\w*|kompetansemål\w*|målene)|måloppnåelse|bidratt til .{0,30}mål|\b(indikatorene|målverdiene|måltallene|resultatindikator\w*)\b")
LEARNING = _re(d.LEARNING.pattern + r"|(\blært\b|fagprøve\w*|eksamen\w*|bestått\w*|beståtte|kunnskapsprøve\w*|\bprøve\b)")
# The benefit level: reporting what measures cost ("antall deltakere ... og kostnader") is volume,
# not benefit; cost counts only weighed against benefit (the report's "lønnsomhet (kost/nytte)").
BENEFIT = _re(r"(\bom (vi|de|kommunen|enhetene) har (nådd|oppnådd) (\w+ )?mål\w*|\b(om|hvorvidt) (\w+ ){0,2}målene (er|blir|ble) (nådd|oppnådd)|(kost|utgift)\w*.{0,40}\b(mot|med)\b.{0,40}\b(spart|sparte|besparels\w*|innspar\w*)|\bnytte\w*|\beffekt\w*|brukerundersøkels\w*|måloppnåelse|kost.{0,3}nytte|kostnadseffektiv\w*|lønnsom\w*|gevinst\w*)")
EVAL_HEADING = _re(r"(evaluer\w*|oppfølging\w*|følge med|måloppnåelse|resultat)")


REQUEST = _re(r"\b(søknad\w*|ønsker|ønske|ønskene|forespørsl\w*)\b")
STRONG_EVAL = _re(r"(evaluer\w*|etterprøv\w*|rapporter\w*|resultatmåling\w*|\bmåle[rs]?\b)")


# An assessment before a measure is decided ("skal vurderes opp mot alternative tiltak og forventet
# nytte før de settes i gang") is step 7's cost-benefit before deciding, not an evaluation of results;
# the plan "følger opp" a duty or another document ("Planen følger opp arbeidsgivers plikter etter
# hovedtariffavtalen", "følge opp arbeidsgiverpolitikken") carries it out, it is no follow-up of results.
BEFORE_START = _re(r"\b(før (de|det|tiltaket|tiltakene|den|noe) (settes i gang|igangsettes|startes|starter|vedtas|besluttes|iverksettes)|før (oppstart|igangsetting|beslutning)|i forkant av (oppstart|beslutning|vedtak))\b")
FOLLOWS_DOC = _re(r"\bfølge[rs]?\s+(\w+\s+)?opp\s+(\w+\s+){0,2}(\w*plikt\w*|\w*politikk\w*|\w*avtale\w*|\w*loven|lov\w*|kommuneplan\w*|samfunnsdel\w*|planstrategi\w*|vedtak\w*|føring\w*|\w*melding\w*|\w*reform\w*|\w*strategi(en|er)?\b)")
rules.register("review-eval-after", kind="pattern", module="assistant.plan.review_steps", what="Steps 8 and 10.4 are about the results of the plan's measures afterwards: an assessment before a measure is decided ('vurderes opp mot forventet nytte før de settes i gang') is planning, and a plan that 'følger opp' a duty or another document carries it out; neither is follow-up or evaluation.")


ANALYSIS_OBJECT = _re(r"(analyse\w*|kartlegging\w*|framskriving\w*|fremskriving\w*|prognose\w*|bemanningsnorm\w*|\bbehov (i )?\d{4})")
RESULT_OBJECT = _re(r"(tiltak\w*|resultat\w*|effekt\w*|måloppnåelse|deltaker\w*|\bkurs\w*|opplæring\w*|indikator\w*|målene\b|nådd)")
rules.register("review-analysis-not-eval", kind="pattern", module="assistant.plan.review_steps", what="Computing or following up the analysis of needs ('Behov 2030 er beregnet ut fra SSBs framskriving', 'viser hvordan sektoren følger opp analysen') is step 6's work, not an evaluation of results (steps 8 and 10.4), unless measures, results or goals are named.")


def eval_units(text: Sequence[Unit]) -> list[Unit]:
    """Sentences (or rows/items under an evaluation heading) that evaluate or follow up the plan's results."""
    out = []
    for u in text:
        verb = _has(EVAL_VERB, u.norm)
        if verb and _has(REQUEST, u.norm) and not _has(STRONG_EVAL, u.norm):
            verb = False  # requests weighed ("Søknader vurderes opp mot målene") are 10.3, not evaluation
        if verb and rules.enabled("review-followed-people") and not _has(STRONG_EVAL, u.norm) and _has(FOLLOWED_PEOPLE, u.norm):
            verb = False
        if verb and rules.enabled("review-eval-after") and not _has(STRONG_EVAL, u.norm) and (_has(BEFORE_START, u.norm) or _has(FOLLOWS_DOC, u.norm)):
            verb = False
        if verb and rules.enabled("review-analysis-not-eval") and _has(ANALYSIS_OBJECT, u.norm) and not _has(RESULT_OBJECT, u.norm):
            verb = False  # "Behov 2030 er beregnet ut fra SSBs framskriving", "følger opp analysen": step 6's work
        under = u.kind in ("row", "item") and _has(EVAL_HEADING, u.norm_heading)
        if (verb and _has(EVAL_OBJECT, u.norm)) or under:
            out.append(u)
    return out


# The participants' own rating ("et spørreskjema der deltakerne vurderer innhold, foreleser og nytte for
# eget arbeid") is their reaction, whatever they are asked to rate: usefulness they judge themselves is no
# measured benefit.
SELF_RATED = _re(r"\b(deltaker(ne)?|kursdeltaker\w*|de som (har )?deltatt|de ansatte som deltok)\b[^.;]{0,80}?\b(vurderer|vurdere|gir (\w+ )?(karakter|tilbakemelding|poeng|score)|svarer på|fyller ut|krysser av|rangerer|scorer)\b")
# The rating clause, up to where the sentence goes on to another actor (", og lederne vurderer ...").
SELF_RATED_CLAUSE = _re(SELF_RATED.pattern + r".*?(?=[;:.]|,\s+(og|men|mens|samtidig som)\s|$)")
rules.register("review-self-rated", kind="pattern", module="assistant.plan.review_steps", what="What the participants rate themselves ('skjema der deltakerne vurderer innhold, foreleser og nytte for eget arbeid') is reaction level, even when they rate usefulness or learning (steps 8 and 10.4).")


def levels(evals: Sequence[Unit]) -> dict[str, list[Unit]]:
    out: dict[str, list[Unit]] = {"reaction": [], "learning": [], "application": [], "benefit": [], "goals": []}
    for u in evals:
        if deferred(u):
            continue
        norm = u.norm
        if rules.enabled("review-self-rated") and _has(SELF_RATED, norm):
            out["reaction"].append(u)
            # The rest of the sentence may name another level ("..., og lederne vurderer etter seks måneder").
            norm = SELF_RATED_CLAUSE.sub(" ", norm)
        benefit = BENEFIT if rules.enabled("review-benefit-not-cost") else d.BENEFIT
        for key, pat in (("reaction", d.REACTION), ("learning", LEARNING), ("application", d.APPLICATION), ("benefit", benefit), ("goals", AGAINST_GOALS)):
            if _has(pat, norm) and u not in out[key]:
                out[key].append(u)
    return out


# 10.3 ------------------------------------------------------------------------------------------
AGREE = _re(r"(medarbeidersamtale\w*|utviklingssamtale\w*|\bavtaler?\b|\bavtales\b|\bavklar\w*|forventning\w*|\bblir enige\b|\benige om\b)")
WEIGH = _re(r"((søknad\w*|ønske\w*|forespørsl\w*|behov\w*|valg|prioritering\w*).{0,80}(vurder\w*|prioriter\w*|veies|vektlegg\w*|behandles|avgjør\w*)|(vurder\w*|prioriter\w*|veies).{0,40}(søknad\w*|ønske\w*|tiltak\w*)).{0,80}(opp mot|ut fra|i forhold til|etter|i tråd med|kriteri\w*).{0,60}(mål\w*|plan\w*|satsing\w*|strategi\w*|behov\w*|kriteri\w*)|\bprioriter\w*\W.{0,60}(mål|strategi|satsing)|målene styrer|styres av målene")

AGREE_ABOUT = _re(r"(studi\w*|forventning\w*|oppstart\w*|kurs\w*|opplæring\w*|tiltak\w*|utdanning\w*|kompetanseutvikling\w*|søknad\w*|ønske\w*|utviklingsplan\w*|hospiter\w*|fagbrev\w*|program\w*|læringsmål\w*)")
YARDSTICK = _re(r"\b(\w*mål(ene|et|a)?|planen|planens|satsing\w*|strategi\w*|kriteri\w*|handlingsplan\w*)\b")

NEEDS_RAISED = _re(r"(kompetanse\w*|behov\w*|ønske\w*|utviklingsplan\w*|\bkurs\w*|opplæring\w*|utdanning\w*)")
RAISED = _re(r"\b(tas opp|tar opp|tatt opp|drøft\w*|snakke\w* om|diskuter\w*|tema\b|avtal\w*|meld\w* inn|gjennomgås|går gjennom (\w+ )?(behov|ønske)\w*)")
SAMTALE = _re(r"(medarbeidersamtale\w*|utviklingssamtale\w*|medarbeidarsamtale\w*)")
DECIDES = _re(r"\b(godkjenner|godkjennes|avgjør|avgjøres|innvilger|innvilges|behandler|prioriterer)\b.{0,30}\b(søknad\w*|ønske\w*)|\b(søknad\w*|ønske\w*)\b.{0,40}\b(godkjennes|godkjent av|avgjøres|innvilges|behandles av)\b")
rules.register("review-implementation-mentioned", kind="pattern", module="assistant.plan.review_steps", what="10.3: the samtale where needs are raised ('Kompetansebehov skal tas opp i medarbeidersamtalen') or a leader deciding requests ('Lederen godkjenner søknader om kurs') names where measures are settled without settling them: a mention of 10.3, not nothing.")

# Step 6 mentioned: the staff's age, retirement or lack of competence stated as the situation.
SITUATION = _re(r"(pensjonsalder\w*|går av med pensjon|nærmer seg pensjon\w*|eldre arbeidsstokk|\bmangler (kompetanse|fagfolk|sykepleiere|lærere)|vanskelig å rekruttere|problem\w* med å rekruttere|rekrutteringsutfordring\w*)")
rules.register("review-situation-mentioned", kind="pattern", module="assistant.plan.review_steps", what="Step 6: the staff's age, retirement or lack of competence stated as the situation ('mange ansatte nærmer seg pensjonsalder', 'vanskelig å rekruttere sykepleiere') touches the analysis without a mapping's findings: a mention.")

# Step 7: who takes part, said without "for" ("ledergruppe er påmeldt", "deltakerne er").
PARTICIPANTS = _re(r"(\b(er|blir) påmeldt\b|\bdeltakerne er\b|\bdeltakere\b: )")


# ---------------------------------------------------------------------------------------------


def _pick(units: Sequence[Unit], n: int = 3) -> tuple[Unit, ...]:
    """Up to n quotable units (a table row becomes its cells), in order, without repeats."""
    out: list[Unit] = []
    for u in dict.fromkeys(units):
        for q in u.quotable():
            if q not in out:
                out.append(q)
    return tuple(out[:n])


def decide(key: str, done: Mapping[str, Sequence[Unit]], mentioned: Sequence[Unit], partial_lack: str | None = None) -> StepResult:
    """covered when every element of the step is done, partial when any is done or the step is
    mentioned, missing otherwise; ``lacking`` names the elements not done."""
    elements = ELEMENTS[key]
    have = [e for e in elements if done.get(e.name)]
    # The first unit of each element done, then the rest: the quotes show every element, not three of one.
    firsts = [done[e.name][0] for e in have]
    evidence = [*firsts, *(u for e in elements for u in done.get(e.name, ()) if u not in firsts)]
    if len(have) == len(elements):
        return StepResult("covered", _pick(evidence), "")
    if have or mentioned:
        lack = partial_lack or " ".join(e.lacking for e in elements if e not in have)
        return StepResult("partial", _pick([*evidence, *mentioned]), lack)
    return StepResult("missing", (), MISSING_TEXT.get(key, " ".join(e.lacking for e in elements)))




def detect_all(units: Sequence[Unit], tables: Sequence[Table]) -> dict[str, StepResult]:
    """Status, evidence and what is lacking for every step in :data:`review_detect.STEP_KEYS`."""
    # Sentences, list items and table rows (rows quoted through their cells); not headings, not lone cells.
    text = [u for u in units if u.kind not in ("cell", "heading")]
    sentences = [u for u in text if u.kind != "row"]
    now = plan_year(units)
    r: dict[str, StepResult] = {}

    done1, mention1 = _step1(text, units, tables, now)
    r["1"] = decide("1", done1, mention1)

    anchor = [u for u in text if _has(d.ANCHOR_VERB, u.norm) and _has(d.ANCHOR_BODY, u.norm) and not deferred(u) and not announced(u, now)]
    if rules.enabled("review-anchor-plan"):
        # The plan anchored, not a duty an agreement sets ("forankret i Hovedtariffavtalen ... arbeidsgiver
        # skal kartlegge"), another document's basis ("arbeidsgiverpolitikken bygger på verdiene") or a
        # limit ("gjennomføres innenfor de økonomiske rammene"): the plan or its measures must be named.
        # (a subject-less adoption line at the plan's head, "Vedtatt i kommunestyret 26. november 2025", is the plan's)
        anchor = [u for u in anchor if not cited_duty(u) and (_has(ABOUT_PLAN, u.norm) or _has(ADOPTION_LINE, u.norm)) and not _has(WITHIN_FRAME, u.norm)]
    if rules.enabled("review-anchor-political"):
        # The report (10.1): the plan is anchored with the politicians, in the kommuneplan's set of
        # plans and in the budget and økonomiplan. Approval by the administration alone ("godkjent av
        # rådmannens ledergruppe") is anchoring begun, not done.
        anchor = [u for u in anchor if _has(POLITICAL_ANCHOR, u.norm)]
    purpose = [u for u in text if (_has(d.PURPOSE, u.norm) and not _has(d.GOAL_HEADING, u.norm_heading) and not _has(EVAL_VERB, u.norm)) or re.search(r"(ambisjon|formål)", u.norm, re.I)]
    if rules.enabled("review-ambition-own"):
        # (a heading that names the ambition, "Plassering og ambisjon", is where the aim stands)
        aims = [u for u in text if (_has(PLAN_AIM, u.norm) or _has(STATED_AIM, u.norm)) and (not _has(d.GOAL_HEADING, u.norm_heading) or _has(NAMED_AIM, u.norm_heading)) and not _has(EVAL_VERB, u.norm)]
        eased = [u for u in aims if _has(EASE_ONLY, u.norm) and not _has(STATED_AIM, u.norm)]
        purpose = [u for u in aims if u not in eased] + [u for u in text if _has(NAMED_AIM, u.norm) and u not in aims]
    anchor_mention = [u for u in text if _has(d.ANCHOR_BODY, u.norm) and re.search(r"forankr|vedt|behandl|godkjen", u.norm, re.I)]
    if rules.enabled("review-ambition-own"):
        anchor_mention = anchor_mention + eased  # a plan's use ("gjøre det lettere å prioritere") is a mention
    r["2"] = decide("2", {"forankring": anchor, "ambisjon": purpose}, anchor_mention)

    stated, steer = _step3(text, units)
    r["3"] = decide("3", {"mål gjengitt": stated}, steer)

    r["4"] = _step4(sentences)

    r["5"] = _step5(sentences, units, tables)

    def numbered(u: Unit) -> bool:
        if u.kind == "row":
            return True  # a findings row: its figures are in its cells
        return any(not d.YEAR_ONLY.match(m.group()) for m in d.NUMBER_FINDING.finditer(u.norm))

    def finding(u: Unit) -> bool:
        if rules.enabled("review-survey-logistics") and _has(SURVEY_LOGISTICS, u.norm):
            return False  # how many were asked or answered is about the survey, not what it found
        if deferred(u) or _has(ABOUT_SUBPLANS, u.norm) and not _has(d.MAPPING, u.norm):
            return False
        numbers = [m.group() for m in d.NUMBER_FINDING.finditer(u.norm) if not d.YEAR_ONLY.match(m.group())]
        return bool(numbers and (_has(d.MAPPING, u.norm) or _has(d.AGE_NEED, u.norm))) or (_has(d.MAPPING, u.norm) and _has(d.AGE_NEED, u.norm) and bool(re.search(r"\bvis(er|te)\b", u.norm, re.I)))

    findings = [u for u in text if finding(u)]
    if rules.enabled("review-findings-table"):
        findings += _finding_rows(text, tables)
    if rules.enabled("review-findings-counted") and not any(numbered(u) for u in findings):
        # "Kartleggingen viser at vi mangler kompetanse på flere områder" asserts a finding; what the
        # mapping found is told in numbers somewhere (how many, what share, how old).
        findings = []
    mapped = [u for u in text if re.search(r"kartlegg|analyse|\bgap\b|meldt inn (sine |sitt )?(\w+)?behov|\bbehovene er\b", u.norm, re.I) and not cited_duty(u)]
    if rules.enabled("review-situation-mentioned"):
        # "Vi vet at mange ansatte nærmer seg pensjonsalder": the situation asserted, no mapping's findings.
        mapped += [u for u in text if u not in mapped and _has(SITUATION, u.norm) and _has(d.STAFF, u.norm) and not deferred(u) and u.kind != "row"]
    r["6"] = decide("6", {"funn": findings}, mapped, "Planen nevner en kartlegging, men ikke hva den viser: hvilken kompetanse som mangler, alder, avganger og framtidig behov.")

    r["7"] = _step7(text, units, tables)

    evals = eval_units(text)
    lv = levels(evals)
    how = [u for u in evals if _has(HOW, u.norm) and not deferred(u)]
    # Results weighed "opp mot kompetansemålene" say something only when the goals can be evaluated
    # (step 5: an indicator, a target value or a deadline); otherwise it is a mention.
    against = lv["goals"] if r["5"].status == "covered" or not rules.enabled("review-evaluable-against") else []
    beyond = lv["learning"] + lv["application"] + lv["benefit"] + against
    r["8"] = decide("8", {"hvordan": how, "nivå eller mål": beyond}, evals)

    # A sub-plan denied, replaced or in the past ("ingen egne delplaner", "erstatter de sektorvise
    # opplæringsplanene", "hadde en opplæringsplan for 2016-2019") is no sub-plan, not even a mention.
    live = [u for u in text if _has(d.SUBPLAN, u.norm) and not negated(u, d.SUBPLAN) and not (rules.enabled("review-plan-itself") and _itself(u))]
    subs = [u for u in live if _has(d.UNITWORD, u.norm)]
    firm = [u for u in subs if (_has(d.FIRM, u.norm) or (rules.enabled("review-subplans-declared") and _has(DECLARED_SUBPLANS, u.norm))) and not _has(d.VAGUE, u.norm) and not deferred(u)]
    if rules.enabled("review-subplans-announced"):
        # "tiltakene i handlingsplanen" (definite singular) is this plan's own action part, not a unit's plan.
        firm = [u for u in firm if any(m.group(0).lower() != "handlingsplanen" for m in d.SUBPLAN.finditer(u.norm))]
        # Once the plan sets a deadline for writing them, its other "skal" sentences describe plans
        # still to come ("Delplanene skal vise ..."); only a present-tense one says they are made.
        # The section that dates their making later ("HR utarbeider en felles mal i løpet av 2025" under
        # "Delplaner") announces them too: a bare "skal utarbeide" there is the plan still to come.
        sections = {u.heading for u in firm}
        if any(announced(u, now) for u in firm) or any(announced(v, now) for v in text if v.heading in sections and v.heading):
            # "Enhetene som ikke har en opplæringsplan, skal lage en innen 2027": the others have one now.
            firm = [u for u in firm if _has(PRESENT_SUBPLAN, u.norm) and (not announced(u, now) or _has(LACKS, u.norm))]
    table = d.measure_table(tables)
    if table is not None:  # a sub-plan listed as a measure in the measures table is planned, verb or not
        firm += [u for u in units if u.kind == "cell" and u.table == table[0] and u.row > 0 and _has(d.SUBPLAN, u.norm) and _has(d.UNITWORD, u.norm)]
    loose = subs + live
    # One sector's plan made while the others' are still to come ("Helse og omsorg har en kompetanseplan
    # for 2024-2027 ... Oppvekst skal utarbeide sin innen juni 2026"): the sectors' plans are partly there.
    pending = [u for u in subs if u not in firm and (announced(u, now) or deferred(u)) and not _has(LACKS, u.norm) and not _has(RECURS, u.norm)] if rules.enabled("review-subplans-pending") else []
    if firm and pending and any(_has(PRESENT_SUBPLAN, u.norm) for u in firm):
        r["9"] = decide("9", {}, [*firm, *pending], "Bare noen av sektorene har en delplan; de andre er ennå ikke laget.")
    elif firm and rules.enabled("review-subplans-derived"):
        # The report: sub-plans "forankret i den overordnede planen". Units' own plans that nothing
        # ties to this plan are sub-plans named, not derived (looked for anywhere about sub-plans).
        about = [u for u in text if (_has(d.SUBPLAN, u.norm) or _has(ABOUT_SUBPLANS, u.norm) or _has(UNIT_PLANS, u.norm) or _has(ABOUT_SUBPLANS, u.norm_heading)) and not negated(u, d.SUBPLAN)]
        if rules.enabled("review-subplans-anaphora"):
            # "Kapittel 3-6 er tjenesteområdenes delplaner. De bygger på de felles målene": a sentence
            # whose subject is a pronoun ("De", "Disse") goes on about the previous sentence's sub-plans.
            about += [v for k, v in enumerate(text) if k > 0 and text[k - 1] in about and v not in about and _has(PRONOUN_SUBJECT, v.norm)]
        in_table = [u for u in firm if u.kind == "cell"]  # a measure of this plan: derived from it
        if not in_table and not any(_has(DERIVED, u.norm) for u in about):
            r["9"] = decide("9", {}, firm + loose, "Planen nevner delplaner, men ikke at hver sektor skal lage en som bygger på denne planen.")
        else:
            r["9"] = decide("9", {"delplaner": firm + [u for u in about if _has(DERIVED, u.norm)]}, loose)
    else:
        r["9"] = decide("9", {"delplaner": firm}, loose, "Planen nevner delplaner, men ikke at hver sektor skal lage en som bygger på denne planen.")

    # The samtale must be about measures (not a mapping's "gått gjennom registreringene"), and
    # requests weighed against the plan's goals (not only "ut fra enhetens behov og økonomi").
    substance = rules.enabled("review-weigh-yardstick")
    agree = [u for u in sentences if _has(AGREE, u.norm) and _has(d.PEOPLE, u.norm) and not deferred(u) and (not substance or _has(AGREE_ABOUT, u.norm))]
    weigh = [u for u in sentences if _has(WEIGH, u.norm) and not deferred(u) and (not substance or _has(YARDSTICK, u.norm))]
    # (a measure's responsible, "(ansvar: IT)", is step 7's detail, no leader's duty to carry measures out)
    duty = [u for u in sentences if _has(d.DUTY, re.sub(r"\bansvar\w*\s*:[^,;)]*", " ", u.norm)) and _has(d.PEOPLE, u.norm) and re.search(r"(tiltak|opplæring|kompetanse|gjennomfør)", u.norm, re.I)]
    # The second element: what is expected of the measure ("hva opplæringen skal føre til"), or the
    # requests weighed against the goals.
    expect = [u for u in agree if re.search(r"(forventning\w*|forventes|skal føre til|hva .{0,40} skal (bidra|brukes|gi))", u.norm, re.I)]
    if rules.enabled("review-implementation-mentioned"):
        # The samtale where needs are raised ("Kompetansebehov skal tas opp i medarbeidersamtalen") or a
        # leader deciding requests ("Lederen godkjenner søknader om kurs") names where measures are
        # settled without settling them: 10.3 mentioned.
        duty = duty + [u for u in sentences if ((_has(SAMTALE, u.norm) and _has(NEEDS_RAISED, u.norm) and _has(RAISED, u.norm) and not re.search(r"kartlegg", u.norm, re.I)) or (_has(DECIDES, u.norm) and _has(d.PEOPLE, u.norm))) and u not in agree]
    r["10.3"] = decide("10.3", {"avklaring": agree, "forventninger eller mål": expect + weigh}, duty)

    lack = "Evalueringen stopper ved deltakernes reaksjoner eller ved om tiltakene ble gjennomført; læring, anvendelse og nytte vurderes ikke."
    above = lv["learning"] + lv["application"] + lv["benefit"]
    if rules.enabled("review-level-with-method"):
        # "Effekten av tiltakene skal måles" names a level without saying how: the report wants the
        # evaluation designed (a method, a measure, a report) -- in the sentence or in the plan's step 8.
        above = [u for u in above if _has(HOW, u.norm) or _has(LEVEL_METHOD, u.norm)] or (above if how else [])
    r["10.4"] = decide("10.4", {"ut over reaksjoner": above}, lv["reaction"] + evals, lack)
    return r


# Step 4 -----------------------------------------------------------------------------------------
CONCEPT_HEADING = _re(r"(hva (er|betyr) kompetanse|(mener|legger) vi (med|i) kompetanse|vi (mener|legger) (med|i) kompetanse|kompetansebegrep\w*|begrepet kompetanse|definisjon\w* av kompetanse|om kompetanse\W*$|^\W*[\d.]*\s*kompetanse\W*$)")
rules.register("review-concept-heading", kind="pattern", module="assistant.plan.review_steps", what="Step 4: under a heading that asks or names the concept ('Hva er kompetanse?', 'Begrepet kompetanse'), a sentence about competence naming two of its parts defines it, whatever its verb ('handler om', '=').")
DEFINE4 = _re(d.DEFINE.pattern + r"|kompetanse\s*=|\b(forstår|definerer|oppfatter|ser på) (vi )?(begrepet )?kompetanse(n)? (som|slik)|kompetanse (forstås|oppfattes) (her )?som|bruker (vi )?(begrepet )?kompetanse (om|som)|kompetanse menes|legger vi i (begrepet )?kompetanse|\b(vid|bred|smal|snever|felles) forståelse av (begrepet )?kompetanse|kompetansekomponent\w* (er|omfatter)")
# An attempt at the concept, however thin ("Med kompetanse mener vi først og fremst faglig
# kompetanse"): a mention. "Kompetanse er avgjørende for gode tjenester" is not one.
CONCEPT = _re(r"(med kompetanse mener vi|kompetanse (defineres|forstås|omfatter|vil si|består)|kompetansebegrep\w*|definer\w* kompetanse|legger vi i (begrepet )?kompetanse|bruker (vi )?(begrepet )?kompetanse (om|som)|kompetanse menes|kompetansekomponent\w*)")
# The method's questions: "Er alle delene av kompetansebegrepet like viktige?" and "hva legger vi i
# faglig, administrativ, tverrfaglig og endringskompetanse?". Formal- and realkompetanse say how
# competence is documented, not what it consists of, so they are no answer to the second.
METHOD_KIND = _re(r"(faglig kompetanse|fagkompetanse|administrativ kompetanse|tverrfaglig kompetanse|endringskompetanse|ledelseskompetanse|lederkompetanse|digital kompetanse|kjernekompetanse|relasjonskompetanse|samarbeidskompetanse|kulturkompetanse|språkkompetanse)")
KIND_DEFINED = _re(METHOD_KIND.pattern + r"[\W_]{0,6}(er|omfatter|handler om|betyr|vil si|dreier seg om|innebærer|mener vi|menes|:|–|-)\s")
PARTS_BACK = _re(r"^\W*(det (siste|første|andre)|de (tre|to) (delene|siste)|disse|begge|alle tre|delene)\b")
PARTS = _re(r"(\bdelene\b|\bdel(er|ene)? av kompetanse\w*|komponent\w*|" + d.COMPONENT.pattern + "|" + METHOD_KIND.pattern + ")")
WEIGHED = _re(r"(like viktig\w*|vel så viktig\w*|(betyr|teller|veier) like mye|viktigst\w*|viktigere|like avgjørende|mer avgjørende|vektlegg\w*|legger (vi )?(\w+ )?vekt på|(mest|særlig|størst|mer) vekt|i liten grad|det som avgjør)")
# "Klargjør forståelsen av kompetansebegrepets komponenter": each part explained on its own
# ("Kunnskap er av praktisk eller teoretisk art. Ferdigheter er ...").
PART_EXPLAINED = _re(r"^\W*(kunnskap\w*|ferdighet\w*|holdning\w*|evner|erfaring\w*|verdier)\W{0,4}\s*(\w+\s+){0,3}(er|omfatter|handler om|betyr|vil si|styrer|innebærer|dreier seg om|:)\s")


rules.register("review-definition-list", kind="pattern", module="assistant.plan.review_steps", what="A definition of competence may be a lead-in ('Kompetanse består av tre deler:') with its parts as list items ('kunnskap – det vi vet', 'ferdigheter – ...'): the lead-in and items together define it.")


# Step 4 clarifies what the plan means by competence. A kind of competence as the object of a goal or
# measure ("Styrke fagkompetansen i helse og velferd", "heve den faglige kompetansen") is what to raise,
# not the concept discussed: no mention of step 4.
KIND_TARGET = _re(r"\b(styrke|styrker|styrket|øke|øker|heve|hever|bedre|utvikle|utvikler|sikre|sikrer|bygge|ha|få|trenger|mangler)\s+(den\s+|sin\s+|deres\s+|egen\s+)?(tilstrekkelig\s+|nok\s+|mer\s+|god\s+|høy\s+)?(fagkompetanse|formalkompetansen|realkompetansen|fagkompetansen|faglige kompetansen|kjernekompetansen|tverrfaglige kompetansen|spisskompetansen|endringskompetansen)\b")
rules.register("review-kind-as-target", kind="pattern", module="assistant.plan.review_steps", what="Step 4: a kind of competence as the object of a goal or measure ('Styrke fagkompetansen i helse og velferd') is what to raise, not the concept clarified: no mention of step 4.")


# What a mapping or its data captures of the parts ("Kartleggingen fanger i liten grad opp ferdigheter
# og holdninger") is about the data -- the method asks it under step 6 ("Do our data capture skills and
# attitudes?") -- not a weighing of the concept's parts.
DATA_CAPTURES = _re(r"(kartlegging\w*|undersøkels\w*|\bdata(ene)?\b|datagrunnlag\w*|registrering\w*|statistikk\w*).{0,60}\b(fange\w* (\w+ ){0,3}opp|måle\w*|registrer\w*|viser|dekke\w*)\b")
rules.register("review-data-captures", kind="pattern", module="assistant.plan.review_steps", what="What a mapping or its data captures of competence's parts ('Kartleggingen fanger i liten grad opp ferdigheter og holdninger') is about the data (the method's step 6 question), not a discussion of whether the parts weigh equally (step 4).")


def _about_data(u: Unit) -> bool:
    return rules.enabled("review-data-captures") and _has(DATA_CAPTURES, u.norm)


def _step4(sentences: Sequence[Unit]) -> StepResult:
    """A definition of competence with its parts, and the parts discussed: weighed against each other,
    or the kinds of competence the method names explained (at least two)."""
    def components(u: Unit) -> int:
        return len({m.group().lower() if " " in m.group() else m.group().lower()[:6] for m in d.COMPONENT.finditer(u.norm)})

    defined = [u for u in sentences if re.search(r"kompetanse", u.norm, re.I) and _has(DEFINE4, u.norm) and components(u) >= 2]
    if rules.enabled("review-concept-heading"):
        # Under a heading that asks or names the concept ("Hva er kompetanse?", "Begrepet kompetanse"),
        # a sentence about competence with its parts is the definition ("Kompetanse handler om hva den
        # enkelte kan (kunnskap), ...", "Kompetanse = kunnskap + ferdigheter + holdninger").
        # A question standing as its own paragraph ("Hva er kompetanse?" in a box) heads what follows it.
        asked = {k for k, u in enumerate(sentences) if u.text.rstrip().endswith("?") and len(u.text.split()) <= 8 and _has(CONCEPT_HEADING, u.norm)}
        under = {k + j for k in asked for j in range(1, 4)}
        defined += [u for k, u in enumerate(sentences) if u not in defined and (_has(CONCEPT_HEADING, u.norm_heading) or k in under) and re.search(r"kompetanse", u.norm, re.I) and components(u) >= 2 and not _about_data(u)]
    if rules.enabled("review-definition-list"):
        # "Kompetanse består av tre deler som henger sammen:" and then the parts as a list ("kunnskap – det
        # vi vet", "ferdigheter – ...", "holdninger – ..."): the lead-in and its items are the definition.
        for k, u in enumerate(sentences):
            if u.kind == "item" or not u.text.rstrip().endswith(":") or not re.search(r"kompetanse", u.norm, re.I) or not _has(DEFINE4, u.norm) or u in defined:
                continue
            items = []
            for v in sentences[k + 1 : k + 9]:
                if v.kind != "item":
                    break
                items.append(v)
            heads = {m.group().lower()[:6] for v in items if (m := d.COMPONENT.match(v.norm.lstrip(" -–•")))}
            if len(heads) >= 2:
                defined += [u, *[v for v in items if d.COMPONENT.match(v.norm.lstrip(" -–•"))]]
    if not rules.enabled("review-concept-discussed"):
        kinds = [u for u in sentences if _has(d.KIND, u.norm) or (re.search(r"kompetanse", u.norm, re.I) and _has(d.DEFINE, u.norm))]
        res = decide("4", {"definisjon": defined, "drøfting": defined}, kinds)
        return res
    weighed = [u for u in sentences if _has(PARTS, u.norm) and _has(WEIGHED, u.norm) and not deferred(u) and not _about_data(u)]
    # A weighing that refers back to the parts just defined ("Det siste er vel så viktig som formell utdanning").
    weighed += [v for k, v in enumerate(sentences) if k > 0 and sentences[k - 1] in defined and v.segment == sentences[k - 1].segment and _has(PARTS_BACK, v.norm) and _has(WEIGHED, v.norm) and v not in weighed]
    explained = [u for u in sentences if _has(KIND_DEFINED, u.norm)]
    distinct = {m.group().lower()[:8] for u in explained for m in METHOD_KIND.finditer(u.norm)}
    parts = [u for u in sentences if _has(PART_EXPLAINED, u.norm)]
    n_parts = len({m.group(1)[:6] for u in parts if (m := PART_EXPLAINED.search(u.norm))})
    discussed = weighed + (explained if len(distinct) >= 2 else []) + (parts if n_parts >= 2 else [])
    # A mention: a kind of competence named, or an attempt at the concept.
    def kind_named(u: Unit) -> bool:
        if not _has(d.KIND, u.norm):
            return False
        if rules.enabled("review-kind-as-target"):  # every kind named only as what to raise: not about the concept
            return len(d.KIND.findall(u.norm)) > len(KIND_TARGET.findall(u.norm))
        return True

    # ("Kompetansebegrepet drøftes ikke i denne planen" denies the step: no mention)
    kinds = [u for u in sentences if (kind_named(u) or _has(CONCEPT, u.norm) or (_has(DEFINE4, u.norm) and components(u) >= 1)) and not negated(u, CONCEPT)]
    done = {"definisjon": defined, "drøfting": discussed if (defined or len(distinct) >= 2) else []}
    return decide("4", done, kinds)


# "Mål 3 (Gode oppvekstvilkår): ..." -- a numbered goal; a cell "1, 2" or "Mål 1" -- a reference to goals.
GOAL_LABEL = re.compile(r"^\W*(?:(?:kompetanse|del|hoved)?m[åa]l(?:\s+nr\.?)?)\s*(\d{1,2})\b", re.IGNORECASE)
GOAL_REF_CELL = re.compile(r"^\W*(?:(?:kompetanse|del)?m[åa]l\s*)?\d{1,2}(?:\s*(?:,|og|\+|/|-|–)\s*\d{1,2})*\W*$", re.IGNORECASE)
INDICATOR_COL = _re(r"(indikator\w*|målverdi\w*|måltall\w*|utgangsverdi\w*|utgangspunkt\w*|resultatmål\w*|målepunkt\w*|\bmåles\b|status \d{4})")


# A sentence about the goals ("Målene er formulert slik at de kan følges opp", "Målene skal være
# målbare", "Kompetansemålene bygger på kapittel 2") claims something of them; it is not a goal and
# gives none of them an indicator.
ABOUT_GOALS = _re(r"^\W*(alle |disse |de |våre |planens )?(\w*målene|målsettingene|delmålene)\b(?!\s*(er|skal være)\s*(at|å)\b).{0,80}\b(formulert|målbar\w*|evaluerbar\w*|følges opp|evalueres|konkret\w*|retningsgivende|bygger|utledet|skal være|står|gjelder|styrer)")
rules.register("review-goals-about-goals", kind="pattern", module="assistant.plan.review_steps", what="A sentence about the goals ('Målene er formulert slik at de kan følges opp', 'Målene skal være målbare') is no goal and makes none evaluable.")


def _indicator_refs(units: Sequence[Unit], tables: Sequence[Table]) -> set[str]:
    """Goal numbers that a table of indicators or target values gives something to evaluate by."""
    out: set[str] = set()
    for t in tables:
        header = [d.to_bokmal(h) for h in t.header]
        goal_col = next((i for i, h in enumerate(header) if d.GOAL_COLUMN.search(h)), None)
        if goal_col is None or not any(INDICATOR_COL.search(h) for h in header):
            continue
        for row in t.rows:
            cell = row[goal_col] if goal_col < len(row) else ""
            text = " ".join(d.to_bokmal(c) for c in row)
            if GOAL_REF_CELL.match(cell) and (d.INDICATOR.search(text) or d.DEADLINE.search(text) or re.search(r"\d", text.replace(cell, "", 1))):
                out.update(re.findall(r"\d{1,2}", cell))
    return out


def _step5(sentences: Sequence[Unit], units: Sequence[Unit], tables: Sequence[Table]) -> StepResult:
    """Goals, and for each something to evaluate it by. Covered when at least half of the goals
    (and at least one) have an indicator, a target value or a deadline."""
    goals = [u for u in d.goal_units(sentences) if not deferred(u)]
    if rules.enabled("review-goals-about-goals"):
        goals = [u for u in goals if not _has(ABOUT_GOALS, u.norm)]
    in_tables = d.table_goals(units, tables)
    refs: set[str] = set()
    # A lead-in ending in a colon, for the list items that follow it (by segment order).
    lead_ins: dict[int, list[Unit]] = {}
    last: Unit | None = None
    for u in sentences:
        if u.kind != "item" and u.text.rstrip().endswith(":"):
            last = u
        elif u.kind != "item":
            last = None
        elif last is not None:
            lead_ins.setdefault(u.segment, []).append(last)
    if rules.enabled("review-goal-refs"):
        # A goal cell holding only goal numbers ("1, 2") points to goals written elsewhere: in a table
        # of indicators it makes those goals evaluable; in any table it is no goal of its own.
        refs = _indicator_refs(units, tables)
        in_tables = [(u, ok) for u, ok in in_tables if not GOAL_REF_CELL.match(u.text)]
        numbered = [u for u in sentences if GOAL_LABEL.match(u.text) and u not in goals and not deferred(u)]
        goals = goals + numbered

    def good_goal(u: Unit) -> bool:
        if d.evaluable(u):
            return True
        if rules.enabled("review-goal-refs") and (_has(d.DEADLINE, u.norm_heading) or (u.kind == "item" and any(_has(d.DEADLINE, v.norm) for v in lead_ins.get(u.segment, ())))):
            return True  # "Mål innen 2029" / "Innen 2029 skal vi ha:" dates the goals listed under it
        m = GOAL_LABEL.match(u.text)
        return bool(m and m.group(1) in refs)

    good = [u for u in goals if good_goal(u)] + [u for u, ok in in_tables if ok]
    every = goals + [u for u, _ in in_tables]
    done: dict[str, Sequence[Unit]] = {"mål": [*good, *(u for u in every if u not in good)], "evaluerbar": good if every and len(good) >= 0.5 * len(every) else []}
    res = decide("5", done, [])
    if res.status == "covered" and len(good) < len(every):
        return StepResult("covered", res.evidence, "Noen av målene mangler indikator, målverdi eller frist.")
    if res.status == "partial":
        return StepResult("partial", _pick([*[u for u in every if u not in good], *good]), res.lacking if not good else "De fleste målene har verken indikator, målverdi eller frist, så de kan ikke evalueres.")
    return res


NAMED_MEASURE = _re(d.MEASURE.pattern.replace("tiltak\\w*|", "") + r"|\btiltak\s+\d|\w+tiltak\b")
rules.register("review-measure-named", kind="pattern", module="assistant.plan.review_steps", what="A measure is named (a course, an education, a programme, mentoring ...); a sentence about 'tiltakene' in general is not one.")


# A table of what the mapping found: a column of staff, age, shares or lacks, and figures in its rows
# ("Teneste | Tilsette | Over 60 år | Manglar fagutdanning"); not a table of goals or measures.
FINDING_COL = _re(r"(ansatte|årsverk|andel|antall|\bover \d+|alder|mangler|behov|pensjon|avgang\w*|turnover|fagutdanning|fagbrev|stillinger|vakan\w*|sluttet)")
NOT_FINDING_COL = _re(r"(tiltak|aktivitet|\bmål\b|målverdi|indikator|kostnad|ansvar)")
rules.register("review-findings-table", kind="pattern", module="assistant.plan.review_steps", what="Step 6's findings may stand in a table (staff, age, shares or lacks per service, with figures), not only in sentences.")


def _finding_rows(text: Sequence[Unit], tables: Sequence[Table]) -> list[Unit]:
    out: list[Unit] = []
    for t_no, t in enumerate(tables):
        header = [d.to_bokmal(h) for h in t.header]
        if not any(FINDING_COL.search(h) for h in header[1:]) or any(NOT_FINDING_COL.search(h) for h in header):
            continue
        for u in text:
            if u.kind == "row" and u.table == t_no and sum(bool(re.search(r"\d", c.text)) for c in u.parts) >= 2:
                out.append(u)
    return out


UNDATED = "Tiltakstabellen sier hvem tiltakene er for, men ikke når de skal gjennomføres (tidsrom eller frist), så tiltakene er ikke planlagt over planperioden."


def _dated(t: Table) -> bool:
    """A measures table that says when: a time column, or a date or period in most of its rows."""
    if d.COL_TIME.search(d.to_bokmal(" | ".join(t.header))):
        return True
    dated = sum(bool(d.TIME.search(d.to_bokmal(" ".join(r)))) for r in t.rows)
    return bool(t.rows) and dated >= 0.5 * len(t.rows)


# A measure the plan puts in place -- not one it wishes for ("kommunen ønsker å legge til rette for at
# medarbeiderne får opplæring"), not the plan describing itself ("Denne planen gir en oversikt over
# hvilke kurs kommunen tilbyr i 2025"), not a goal in a list of goals ("vi skal følge lovpålagte krav
# til opplæring" under "Forankring og mål").
WISH = _re(r"\b(ønsker|ønsker vi|håper|ønskjer) (å|at)\b")
SELF_DESCRIBED = _re(r"^\W*(denne |den |vår )?(\w*plan(en)?|strategien|dokumentet|oversikten)\s+(gir|viser|beskriver|inneholder|omtaler|samler|gjelder|er)\b")
rules.register("review-measure-asserted", kind="pattern", module="assistant.plan.review_steps", what="Step 7: a measure is one the plan puts in place, not one it wishes for ('ønsker å legge til rette for opplæring'), not the plan describing itself ('Denne planen gir en oversikt over hvilke kurs ...'), and not an item in a list of goals.")


LABELLED_MEASURE = _re(r"^\W*tiltak\b[^:.]{0,20}:\s*\S")
LABELLED_GOAL = _re(r"^\W*(kompetanse|del)?mål\s*\d{0,2}\s*:")


def _goal_item(u: Unit) -> bool:
    return (u.kind == "item" or _has(LABELLED_GOAL, u.norm)) and _has(d.GOAL_HEADING, u.norm_heading) and not re.search(r"tiltak|aktivitet|kurs|opplæring", u.norm_heading, re.I) and _has(d.GOAL_SHAPE, u.norm)


def _step7(text: Sequence[Unit], units: Sequence[Unit], tables: Sequence[Table]) -> StepResult:
    """Measures, and for them whom they are for and when or who is responsible (a measures table
    with those columns, or sentences that say so within their paragraph)."""
    sentences = [u for u in text if u.kind != "row"]
    table = d.measure_table(tables)
    measures = [u for u in sentences if _has(d.MEASURE, u.norm) and not _has(d.PURPOSE, u.norm) and (u.kind == "item" or _has(d.MEASURE_VERB, u.norm) or (rules.enabled("review-measure-asserted") and _has(LABELLED_MEASURE, u.norm))) and not deferred(u)]
    if rules.enabled("review-measure-named"):
        # "Tiltakene skal være konkrete og tilpasset behovene" speaks of measures without naming one.
        measures = [u for u in measures if u.kind == "item" or _has(NAMED_MEASURE, u.norm)]
    named = [u for u in sentences if _has(d.MEASURE, u.norm) and re.search(r"(kurs|opplæring|utdanning|e-læring|hospiter|veiledning|program|mentor|fagbrev|samling)", u.norm, re.I)]
    if rules.enabled("review-measure-asserted"):
        measures = [u for u in measures if not _has(WISH, u.norm) and not _has(SELF_DESCRIBED, u.norm) and not _goal_item(u)]

    def paragraph(u: Unit) -> str:
        return " ".join(v.norm for v in sentences if v.segment == u.segment)

    # A measure's details are often spread over its paragraph ("Oppstart er mars 2010 ..." after
    # "Rådmannens ledergruppe er påmeldt ..."): one detail in the sentence, the other in the paragraph.
    def whom(text: str) -> bool:
        return _has(d.TARGET, text) or _has(d.RESP, text) or _has(PARTICIPANTS, text)

    rich = [u for u in measures if (_has(d.TIME, u.norm) and whom(paragraph(u))) or (whom(u.norm) and _has(d.TIME, paragraph(u)))]
    if rules.enabled("review-measure-asserted"):
        # One sentence listing several measures, each with its own responsible ("e-læring for alle ansatte
        # (ansvar: IT), fagbrev for ufaglærte (ansvar: kommunalsjef helse)") plans each of them.
        rich = rich + [u for u in rich for _ in range(len(d.RESP.findall(u.norm)) - 1)]
    flat = [u for u in units if d.flat_table_header(u.norm)]
    if table is not None:
        cells = [u for u in units if u.kind == "cell" and u.table == table[0] and u.row <= 1]
        if not rules.enabled("review-dated-measures") or _dated(table[1]):
            return StepResult("covered", _pick(cells, 10) or _pick(measures), "")
        # A table of measures with whom and who is responsible but no when ("Lederutvikling | Ledere |
        # HR"): measures named, not yet planned over the plan's years.
        body = [u for u in units if u.kind == "cell" and u.table == table[0] and u.row >= 1]
        done_t: dict[str, Sequence[Unit]] = {"tiltak": [*body, *measures], "målgruppe og tid/ansvar": rich if len(rich) >= 2 else []}
        return decide("7", done_t, named, None if done_t["målgruppe og tid/ansvar"] else UNDATED)
    done: dict[str, Sequence[Unit]] = {"tiltak": measures or named, "målgruppe og tid/ansvar": rich if len(rich) >= 2 or (flat and measures) else []}
    return decide("7", done, named)
