"""Austre Nes (written 2026-12-03 before the step rules were rewritten; labelled before its first run).

Plain, nynorsk-flavoured text with few headings and no method words; built as TXT by make_plans.py.
Labels: 1 covered (a group set down by the rådmann, its members named), 2 partial (purpose only;
political treatment only intended), 3 missing, 4 partial (one kind of competence), 5 partial (goals,
indicators only promised), 6 covered (numbers from the review of staff), 7 covered (measures with
target group, start and responsible), 8 partial (evaluation said, only counts of participants),
9 missing, 10.3 covered (agreed in the samtale, wishes weighed against the goals), 10.4 partial
(only whether measures ran).
"""

TITLE = "Austre Nes kommune – Plan for kompetanse i helse og omsorg 2026–2029"
BLOCKS = [
    ("h", "Kvifor ein plan"),
    ("p", "Vi har mange flinke folk, men vi merkar at det blir vanskelegare å få tak i fagfolk. Denne planen skal hjelpe leiarane i helse og omsorg å velje rett når pengane til opplæring skal fordelast."),
    ("p", "Vi ønskjer at planen blir lagd fram for formannskapet seinare i år."),
    ("h", "Korleis planen vart til"),
    ("p", "Rådmannen sette ned ei lita gruppe hausten 2025 for å skrive planen. I gruppa sat personalleiaren, to einingsleiarar frå heimetenesta og sjukeheimen, ein representant frå Fagforbundet og hovudverneombodet."),
    ("p", "Gruppa møttest seks gonger og henta inn innspel frå tilsette på to allmøte."),
    ("h", "Kva vi meiner med kompetanse"),
    ("p", "Med kompetanse meiner vi her først og fremst fagleg kompetanse, altså at folk har den utdanninga jobben krev."),
    ("h", "Korleis står det til"),
    ("p", "Vi gjekk i vår gjennom lister over alle tilsette i heimetenesta og på sjukeheimen. Av 140 tilsette manglar 31 fagbrev eller anna helsefagleg utdanning."),
    ("p", "22 tilsette er over 62 år og kan gå av med pensjon dei neste fire åra. Av desse er ni sjukepleiarar."),
    ("p", "Talet på brukarar med demens vil auke, og vi treng fleire med vidareutdanning i demensomsorg."),
    ("h", "Dette vil vi få til"),
    ("b", "Fleire tilsette skal ha fagbrev."),
    ("b", "Leiarane skal bli tryggare i personalarbeidet."),
    ("b", "Vi skal bli betre på digitale verktøy i tenestene."),
    ("p", "Vi skal seinare finne gode måtar å måle om vi når måla."),
    ("h", "Kva vi gjer"),
    ("p", "Hausten 2026 startar vi eit fagbrevløp for assistentar i heimetenesta. Einingsleiaren i heimetenesta har ansvaret for løpet."),
    ("p", "Frå januar 2027 får alle nye leiarar eit leiarkurs på fire samlingar. Personalleiaren har ansvaret for kurset."),
    ("p", "Sjukepleiarar som vil ta vidareutdanning i demensomsorg, får dekt studieavgifta og fri med løn til eksamen frå 2026."),
    ("h", "Når nokon vil på kurs"),
    ("p", "I medarbeidarsamtalen avtalar leiar og tilsett kva opplæring den tilsette skal ta, og kva som er venta etterpå. Ønske om kurs blir vurderte opp mot måla i denne planen før leiaren seier ja."),
    ("h", "Følgje med"),
    ("p", "Einingsleiarane skriv kvart år opp kor mange som har vore med på tiltaka."),
    ("p", "Vi skal evaluere planen når perioden er over."),
]
