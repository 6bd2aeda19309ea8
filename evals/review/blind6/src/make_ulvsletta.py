import sys, os, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from docxhelp import *

d = new_doc()
title(d, "Ulvsletta kommune", "Kompetanseplan 2025–2028\nPersonal- og organisasjonsavdelingen")

h(d, "1 Innledning")
p(d, "Denne planen beskriver hvordan Ulvsletta kommune skal arbeide med kompetanse i perioden 2025–2028. Planen er utarbeidet av personal- og organisasjonsavdelingen med innspill fra kommunalsjefene, og består av en felles del for hele organisasjonen og ett kapittel for hvert tjenesteområde.")
p(d, "Planen er vedtatt av kommunestyret 12. desember 2024 (sak 88/24) og er forankret i kommunens arbeidsgiverpolitikk. Felles tiltak finansieres over en sentral opplæringspost på 1,1 millioner kroner i årsbudsjettet. Tiltak i tjenesteområdene dekkes innenfor områdenes rammer og gjennom statlige tilskudd. Ambisjonen er at Ulvsletta kommune i hele planperioden skal kunne levere lovpålagte tjenester med kvalifisert personale, og at kommunen skal være kjent i regionen som en arbeidsgiver som satser på de ansatte.")
p(d, "Planen skal støtte opp under kommuneplanens samfunnsdel og kommunens visjon «Ulvsletta – nær og nyskapende».")

h(d, "2 Felles del")
h(d, "2.1 Utfordringer for hele organisasjonen", 2)
p(d, "Ulvsletta kommune har om lag 620 ansatte. Tall fra lønns- og personalsystemet per 1. september 2024 viser at 24 prosent av de ansatte er 60 år eller eldre, mot 17 prosent i 2019. Innen 2030 kan 118 ansatte gå av med alderspensjon. Avgangen vil være størst i helse og omsorg og i skolen. Samtidig viser kommunens rekrutteringsstatistikk at antallet kvalifiserte søkere per utlyst stilling har gått ned fra 6,2 i 2020 til 3,1 i 2024. Sykefraværet var 8,4 prosent i 2023.")
h(d, "2.2 Felles mål", 2)
bullets(d, [
    "Ulvsletta kommune skal være en attraktiv arbeidsgiver som beholder og utvikler sine ansatte.",
    "Ansatte skal ha den kompetansen tjenestene krever.",
    "Lederne skal være gode på personalledelse og endringsarbeid.",
    "Kommunen skal ta i bruk digitale løsninger som gir bedre tjenester.",
])
h(d, "2.3 Felles tiltak", 2)
table(d, ["Tiltak", "Målgruppe", "Tidspunkt", "Ansvar"], [
    ["Lederopplæring, 3 samlinger per år", "Alle ledere med personalansvar", "Årlig, vår og høst", "Personalsjef"],
    ["Introduksjonsdag for nyansatte", "Alle nyansatte", "Mars og oktober hvert år", "Personalavdelingen"],
    ["40-timers HMS-kurs", "Nye ledere og verneombud", "Årlig", "HMS-rådgiver"],
    ["Seniorsamtale og seniorkurs", "Ansatte 60 år og eldre", "Årlig, høst", "Personalavdelingen / nærmeste leder"],
    ["Opplæring i nytt sak-/arkivsystem", "Alle saksbehandlere", "Januar–juni 2025", "Dokumentsenteret"],
    ["Lærlingordning, minst 12 lærlinger til enhver tid", "Ungdom og voksne", "Løpende", "Lærlingkoordinator"],
], widths=[5.5, 4.5, 3.5, 3.5])
h(d, "2.4 Om tjenestekapitlene", 2)
p(d, "Kapittel 3–6 er tjenesteområdenes delplaner for kompetanse. De bygger på de felles målene i 2.2 og er utarbeidet av kommunalsjefene sammen med enhetslederne. Kommunalsjefen har ansvar for å rullere sitt kapittel hvert år innenfor rammene av den felles delen.")

h(d, "3 Helse og omsorg")
h(d, "3.1 Status", 2)
p(d, "Helse og omsorg har 292 ansatte. En gjennomgang av utdanningsnivå høsten 2024 viser at:")
bullets(d, [
    "18 prosent av de ansatte i turnus er ufaglærte. Andelen er høyest i hjemmetjenesten Nord (26 prosent).",
    "Av 41 sykepleiere er 15 over 60 år.",
    "Kommunen har tre ansatte med videreutdanning i psykisk helse og rus, mens behovet etter ny organisering av tjenesten er anslått til minst sju.",
    "Velferdsteknologi (digitalt tilsyn, medisindispensere) tas i bruk i 2025, og bare et fåtall ansatte har fått opplæring.",
    "Det er vanskelig å rekruttere til helgestillinger, og mange ansatte har små stillinger.",
])
h(d, "3.2 Mål", 2)
bullets(d, [
    "Styrke fagkompetansen i hjemmetjenesten og på Ulvsletta omsorgssenter.",
    "Øke kompetansen innen psykisk helse og rus.",
    "Ansatte skal mestre velferdsteknologiske løsninger.",
])
h(d, "3.3 Tiltak", 2)
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvar"], [
    ["Fagbrev helsearbeiderfaget (praksiskandidat)", "Ufaglærte med minst 5 års praksis", "2025–2027", "Enhetsledere"],
    ["Videreutdanning psykisk helse og rus, 2 plasser per år", "Sykepleiere, vernepleiere", "2025–2028", "Kommunalsjef helse og omsorg"],
    ["Opplæring velferdsteknologi, e-læring og praksis", "Alle ansatte i hjemmetjenesten", "Vår 2025", "Prosjektleder velferdsteknologi"],
    ["Internundervisning hver 14. dag", "Alle ansatte på omsorgssenteret", "Løpende", "Fagsykepleier"],
    ["Kurs i legemiddelhåndtering", "Nyansatte helsefagarbeidere og sykepleiere", "Årlig", "Fagsykepleier"],
], widths=[5.5, 4.5, 3, 4])

h(d, "4 Oppvekst")
h(d, "4.1 Status", 2)
p(d, "Oppvekst omfatter tre skoler, fem barnehager, PPT og helsestasjon, i alt 214 ansatte.")
bullets(d, [
    "Skole: 14 lærere mangler studiepoeng for å oppfylle kompetansekravene i norsk, matematikk eller engelsk. Fire av disse har ikke fritak.",
    "Andelen elever med spesialundervisning er 9,8 prosent, over landssnittet. Skolene melder behov for mer kompetanse på tilpasset opplæring og klasseledelse.",
    "Barnehage: Én av fem barnehager oppfyller ikke pedagognormen. 11 assistenter har fagbrev som barne- og ungdomsarbeider.",
    "PPT har én ledig stilling som ikke har latt seg besette etter to utlysninger.",
])
h(d, "4.2 Mål", 2)
bullets(d, [
    "Lærerne skal oppfylle kompetansekravene.",
    "Styrke arbeidet med tidlig innsats og inkludering.",
    "Flere barnehagelærere i barnehagene.",
])
h(d, "4.3 Tiltak", 2)
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvar"], [
    ["Videreutdanning gjennom Kompetanse for kvalitet", "Lærere uten godkjent kompetanse", "2025–2027", "Rektorer"],
    ["Regional kompetanseutvikling (Dekomp/Rekomp), tema inkludering", "Alle ansatte i skole og barnehage", "2025–2026", "Kommunalsjef oppvekst"],
    ["Arbeidsplassbasert barnehagelærerutdanning", "Assistenter med fagbrev", "Oppstart høst 2025", "Styrere"],
    ["Felles planleggingsdag skole og barnehage", "Alle pedagoger", "August hvert år", "Kommunalsjef oppvekst"],
], widths=[5.5, 4.5, 3, 4])

h(d, "5 Samfunnsutvikling og teknisk")
h(d, "5.1 Status", 2)
p(d, "Området har 68 ansatte innen plan, byggesak, landbruk, vann og avløp, vei og eiendom. Av åtte saksbehandlere på plan og byggesak har tre sluttet de siste to årene. Vann og avløp har to driftsoperatører over 63 år som har nøkkelkompetanse på renseanlegget, og denne kompetansen er ikke overført til andre.")
h(d, "5.2 Mål", 2)
bullets(d, [
    "Sikre nøkkelkompetanse i vann og avløp.",
    "Stabil og kompetent bemanning på plan og byggesak.",
])
h(d, "5.3 Tiltak", 2)
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvar"], [
    ["Opplæringsplan og dobbeltbemanning for overføring av kompetanse på renseanlegget", "Driftsoperatører VA", "2025", "Enhetsleder VA"],
    ["Fagbrev VA-operatør", "Ansatte i VA uten fagbrev", "2025–2026", "Enhetsleder VA"],
    ["Kurs i plan- og bygningsloven (KS/NKF)", "Saksbehandlere", "Årlig", "Enhetsleder plan og byggesak"],
    ["Samarbeid med nabokommunene om fagnettverk byggesak", "Saksbehandlere", "Fra 2025", "Kommunalsjef"],
], widths=[5.5, 4.5, 3, 4])

h(d, "6 Administrasjon og støttetjenester")
h(d, "6.1 Status", 2)
p(d, "Sentraladministrasjonen, økonomi, IKT, servicetorg og personal har 46 ansatte. Overgangen til nytt sak-/arkivsystem og økt bruk av digitale skjemaer krever ny kompetanse. Servicetorget får flere henvendelser om digitale tjenester og trenger kompetanse i veiledning av innbyggere.")
h(d, "6.2 Mål", 2)
bullets(d, ["God digital kompetanse i administrasjonen.", "Servicetorget skal gi god veiledning om digitale tjenester."])
h(d, "6.3 Tiltak", 2)
table(d, ["Tiltak", "Målgruppe", "Periode", "Ansvar"], [
    ["Superbrukere i sak/arkiv", "Én per enhet", "2025", "Dokumentsenteret"],
    ["Kurs i digital veiledning (Digihjelpen)", "Ansatte på servicetorget", "Høst 2025", "Leder servicetorg"],
    ["Kurs i offentlige anskaffelser", "Innkjøpsansvarlige", "2026", "Økonomisjef"],
], widths=[5.5, 4.5, 3, 4])

h(d, "7 Oppfølging")
p(d, "Enhetsleder har ansvar for at tiltakene i eget tjenesteområde blir gjennomført. Den enkelte ansattes ønsker om kompetanseutvikling tas opp i den årlige medarbeidersamtalen.")
p(d, "Alle kurs i kommunal regi evalueres av deltakerne på et eget skjema. Antall gjennomførte tiltak og antall deltakere rapporteres i årsmeldingen. Planen skal evalueres før den rulleres i 2028.")

out = "/work/blind-review-6/ulvsletta-kompetanseplan-2025-2028.docx"
d.save(out)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "/work/blind-review-6", out], check=True)
os.remove(out)
print("done")
