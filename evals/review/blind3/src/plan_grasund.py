"""Plan A (strong): Gråsund kommune – Strategisk kompetanseplan 2025–2028 (DOCX)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import build

B = []
a = B.append
a(("title", "Gråsund kommune"))
a(("subtitle", "Strategisk kompetanseplan 2025–2028"))
a(("subtitle", "«Rett kompetanse – nær innbyggerne»"))
a(("small", "Vedtatt av kommunestyret 12. desember 2024, sak 88/24. Saksbehandler: HR-avdelingen, Stab og støtte."))

a(("h1", "Innhold"))
a(("p", "1 Innledning · 2 Bakgrunn og plangrunnlag · 3 Kommunens mål · 4 Kompetanse i denne planen · "
        "5 Nåsituasjon og framtidig behov · 6 Mål for kompetansearbeidet · 7 Satsingsområder og handlingsdel · "
        "8 Planer i sektorene · 9 Rapportering og læring"))

a(("h1", "1 Innledning"))
a(("p", "Gråsund kommune har om lag 14 300 innbyggere og 1 150 ansatte fordelt på 862 årsverk. "
        "De neste ti årene vil antallet innbyggere over 80 år øke kraftig, samtidig som det blir færre i "
        "yrkesaktiv alder. Allerede i dag bruker vi store beløp på innleie av sykepleiere i sommermånedene, og "
        "flere stillinger i barnehage og skole står uten søkere med riktig utdanning. Vi kommer ikke til å "
        "løse dette bare ved å lyse ut flere stillinger. Vi må bli flinkere til å utvikle og bruke den "
        "kompetansen vi allerede har, og vi må prioritere strengere."))
a(("p", "Denne planen erstatter «Opplæringsplan for Gråsund kommune 2019–2022». Den gamle planen var i "
        "hovedsak en oversikt over kurs. Den nye planen er ment å være et styringsverktøy for kommunedirektøren "
        "og lederne: den sier hva vi skal oppnå, hvorfor, hvordan vi skal gjøre det og hvordan vi skal vite om vi "
        "har lyktes."))
a(("h2", "1.1 Slik er planen utarbeidet"))
a(("p", "Kommunedirektøren oppnevnte 4. mars 2024 en arbeidsgruppe med skriftlig mandat. Mandatet ble lagt fram "
        "for partssammensatt utvalg 19. mars 2024. Gruppen fikk i oppdrag å"))
a(("bullets", [
    "sammenstille og analysere resultatene fra kompetansekartleggingen våren 2024 og HR-data om alder og stillingsstørrelser,",
    "foreslå kompetansemål som kan følges opp og etterprøves,",
    "foreslå strategier og et flerårig tiltaksprogram med kostnadsoverslag,",
    "foreslå hvordan tiltakene skal følges opp og evalueres, og",
    "legge fram et høringsutkast innen 1. oktober 2024.",
]))
a(("p", "Arbeidsgruppen har hatt denne sammensetningen:"))
a(("table", [
    ["Rolle i gruppen", "Funksjon i organisasjonen"],
    ["Leder", "HR-sjef, Stab og støtte"],
    ["Medlem", "Kommunalsjef helse og velferd"],
    ["Medlem", "Kommunalsjef oppvekst og kultur"],
    ["Medlem", "Virksomhetsleder, Gråsund omsorgssenter"],
    ["Medlem", "Rektor, Vestre Gråsund skole"],
    ["Medlem", "Avdelingsleder, hjemmetjenesten sone sør"],
    ["Medlem", "Enhetsleder, teknisk drift"],
    ["Medlem", "Hovedtillitsvalgt, Fagforbundet"],
    ["Medlem", "Hovedtillitsvalgt, Utdanningsforbundet"],
    ["Medlem", "Foretakstillitsvalgt, Norsk Sykepleierforbund"],
    ["Medlem", "Hovedverneombud"],
    ["Sekretær", "HR-rådgiver med ansvar for kompetanse og rekruttering"],
], [4.0, 12.4]))
a(("p", "Gruppen har hatt ni møter. I tillegg har medlemmene gjennomført arbeidsmøter i egne virksomheter, og "
        "utkastet ble drøftet i lederforum i august 2024. Erfaringen er at selve arbeidet har gitt lederne og de "
        "tillitsvalgte et bedre felles språk om kompetanse, noe vi vil bygge videre på i gjennomføringen."))

a(("h1", "2 Bakgrunn og plangrunnlag"))
a(("h2", "2.1 Plassering i planverket"))
a(("p", "Planstrategi for Gråsund kommune 2024–2027 slår fast at kommunen skal ha en overordnet, strategisk "
        "kompetanseplan som tematisk plan under kommuneplanen. Planen er derfor vedtatt av kommunestyret og ikke "
        "bare administrativt. Den gjelder hele kommuneorganisasjonen, også stab og støttetjenester."))
a(("p", "Planen er koblet til budsjettet på to måter. For det første innarbeides tiltakene i handlingsdelen "
        "(kapittel 7) i handlings- og økonomiplanen hvert år, slik at kommunestyret tar stilling til nivået på "
        "kompetansemidlene. For det andre skal kommunedirektørens budsjettforslag vise hvordan de sentrale "
        "kompetansemidlene (4,2 mill. kroner i 2025) og øremerkede statlige midler fordeles på planens mål."))
a(("p", "Planen bygger også på Hovedavtalens bestemmelser om kompetanseutvikling og hovedtariffavtalens "
        "kapittel 3.3, og på Gråsund kommunes arbeidsgiverstrategi «Sammen om oppdraget» (2023)."))
a(("h2", "2.2 Ambisjonsnivå"))
a(("p", "Vi har valgt å ha få mål og heller følge dem tett. Ambisjonen er at Gråsund ved utgangen av 2028 skal "
        "klare å dekke det vanlige bemanningsbehovet i helse og omsorg uten innleie fra byrå, og at alle "
        "lærere som underviser i fag med kompetansekrav, oppfyller kravene. Dette er krevende, og planen "
        "forutsetter at kompetansemidlene holdes på minst dagens nivå i hele perioden. Blir rammene lavere, "
        "må kommunestyret ta stilling til hvilke mål som skal nedprioriteres."))

a(("h1", "3 Kommunens mål"))
a(("p", "Kommuneplanens samfunnsdel 2023–2035 har fire hovedmål. Kompetansearbeidet skal først og fremst "
        "støtte disse:"))
a(("numbered", [
    "Innbyggerne skal kunne leve trygge og aktive liv i eget hjem så lenge som mulig.",
    "Alle barn og unge skal oppleve mestring, og flere skal fullføre videregående opplæring.",
    "Gråsund skal ha et levende næringsliv og en effektiv, digital kommune.",
    "Gråsund kommune skal være en attraktiv arbeidsgiver med en heltidskultur.",
]))
a(("p", "Mål 1 krever flere med helsefaglig utdanning og ny kompetanse på velferdsteknologi og "
        "rehabilitering i hjemmet. Mål 2 krever at lærere og barnehagelærere har formell kompetanse, og at "
        "tjenestene rundt barna samarbeider bedre. Mål 3 stiller krav til digital kompetanse i hele "
        "organisasjonen og til saksbehandling innen plan og bygg. Mål 4 handler om at vi må beholde folk, "
        "og at læring på arbeidsplassen forutsetter at folk er på jobb i større stillinger."))
a(("p", "Arbeidsgiverstrategien har i tillegg målet om at «Gråsund kommune skal være en lærende "
        "organisasjon der erfaring deles». Dette er tatt inn i strategi 4 i kapittel 7."))

a(("h1", "4 Kompetanse i denne planen"))
a(("p", "Med kompetanse mener vi de kunnskapene, ferdighetene og holdningene som trengs for å løse "
        "oppgavene våre i tråd med kravene til tjenestene. Både formell utdanning og erfaringsbasert "
        "kompetanse regnes med."))

a(("h1", "5 Nåsituasjon og framtidig behov"))
a(("h2", "5.1 Datagrunnlag"))
a(("p", "Analysen bygger på disse kildene:"))
a(("bullets", [
    "kompetansekartlegging i KS Læring, mars–april 2024 (svar fra 78 prosent av de ansatte),",
    "HR-data per 31.12.2023 om alder, stillingsstørrelse, turnover og sykefravær,",
    "SSBs befolkningsframskrivinger 2024 (hovedalternativet) for Gråsund og de to nabokommunene,",
    "medarbeiderundersøkelsen 10-FAKTOR 2023 og brukerundersøkelser i hjemmetjenesten og skolen,",
    "NAVs bedriftsundersøkelse og opptakstall fra høgskolen og de videregående skolene i regionen.",
]))
a(("p", "Arbeidet med analysen ble organisert som et eget delprosjekt ledet av HR-rådgiver og økonomisjef, og "
        "resultatene ble lagt fram for arbeidsgruppen i juni 2024."))
a(("h2", "5.2 Alder og forventet avgang"))
a(("p", "Tabellen viser utvalgte yrkesgrupper. Forventet avgang omfatter både pensjonering (beregnet ut fra "
        "gjennomsnittlig avgangsalder 64,1 år) og ordinær turnover de siste tre årene. Behovet i 2030 er "
        "framskrevet ut fra befolkningsutviklingen og dagens dekningsgrad."))
a(("table", [
    ["Yrkesgruppe", "Årsverk 2023", "Andel 55 år+", "Forventet avgang 2025–2030", "Beregnet behov 2030 (årsverk)", "Rekrutteringsbehov til 2030"],
    ["Sykepleiere", "118", "27 %", "34", "142", "ca. 58"],
    ["Helsefagarbeidere", "210", "31 %", "71", "240", "ca. 101"],
    ["Vernepleiere", "22", "14 %", "4", "30", "ca. 12"],
    ["Lærere", "164", "22 %", "41", "150", "ca. 27"],
    ["Barnehagelærere", "58", "19 %", "12", "55", "ca. 9"],
    ["Ingeniører/arealplanleggere", "14", "36 %", "6", "16", "ca. 8"],
], [3.6, 2.2, 2.2, 2.8, 2.8, 2.8]))
a(("h2", "5.3 Hva analysen forteller oss"))
a(("p", "Helse og omsorg er det området der gapet er størst. Antall innbyggere over 80 år vil ifølge "
        "framskrivingen øke fra 690 i 2024 til 1 120 i 2035, altså med over 60 prosent. Med dagens "
        "organisering betyr det et behov for rundt 160 flere helsefaglige årsverk. Regionen utdanner ikke nok "
        "sykepleiere til å dekke behovet: høgskolen uteksaminerte 46 sykepleiere i 2023, og begge "
        "nabokommunene rekrutterer fra det samme kullet. Vi må derfor regne med at en stor del av behovet "
        "må dekkes ved å kvalifisere egne ansatte."))
a(("p", "17 prosent av dem som arbeider i omsorgstjenestene, har ikke helsefaglig utdanning. Mange av disse "
        "har lang erfaring og har i kartleggingen oppgitt at de ønsker fagbrev. Dette er den største "
        "kompetansereserven vi har."))
a(("p", "Noe kritisk kompetanse er på vei ut. Ni av fjorten sykepleiere med videreutdanning i palliasjon "
        "eller geriatri er over 58 år, og to av tre med kompetanse på byggesak i teknisk sektor går av med "
        "pensjon innen 2027. Uten tiltak vil vi miste denne kompetansen før den er overført."))
a(("p", "I skolen mangler 41 lærere fordypning i fag der de underviser og der det stilles kompetansekrav. "
        "Elevtallet går samtidig ned med om lag 8 prosent fram mot 2030, så vi har ikke behov for å øke "
        "lærerstaben. Her er utfordringen formell kompetanse, ikke antall."))
a(("p", "Digitalt ser vi et tydelig skille. I hjemmetjenesten svarer 34 prosent at de er usikre i bruken av "
        "digitale verktøy og velferdsteknologi, mot 12 prosent i administrasjonen. Samtidig vil innføringen "
        "av digitalt tilsyn og medisindispensere i 2025–2026 gjøre denne kompetansen kritisk."))
a(("p", "Noen kompetanseområder vil vi trenge mindre av. Overgangen til elektronisk arkiv og "
        "selvbetjeningsløsninger reduserer behovet for manuell arkiv- og sentralbordkompetanse, og "
        "omleggingen av kjøkkendriften i 2026 gjør at færre stillinger krever tradisjonell storkjøkkenkompetanse. "
        "Ansatte i disse funksjonene skal få tilbud om omskolering før vi rekrutterer eksternt."))
a(("p", "Andelen deltid i helse og omsorg er 52 prosent. Små stillinger gir færre vakter, mindre kontakt med "
        "kolleger og dårligere vilkår for læring i arbeidet. Dette er grunnen til at heltid er tatt inn som "
        "kompetansemål."))
a(("h2", "5.4 Svakheter i datagrunnlaget og ny analyse"))
a(("p", "Kartleggingen fanger formell utdanning godt, men sier mindre om ferdigheter og holdninger. Vi har "
        "derfor supplert med gruppeintervjuer med seks virksomhetsledere. Kompetansedataene i KS Læring "
        "oppdateres av den enkelte ansatte, og HR oppdaterer alders- og avgangsprognosene hvert år i januar. "
        "En ny, fullstendig analyse gjennomføres høsten 2026, slik at den kan brukes i rulleringen av planen "
        "i 2027."))

a(("h1", "6 Mål for kompetansearbeidet"))
a(("p", "Arbeidsgruppen har formulert seks mål. Hvert mål er knyttet til ett av hovedmålene i samfunnsdelen "
        "(kapittel 3). Indikatorer, utgangsverdi, målverdi og frist for hvert mål står i måltabellen i "
        "kapittel 9.1."))
a(("table", [
    ["Nr.", "Kompetansemål", "Støtter hovedmål"],
    ["K1", "Gråsund har nok sykepleiere og helsefagarbeidere til å møte veksten i antall eldre.", "1"],
    ["K2", "Flere medarbeidere i omsorgstjenestene har fagbrev eller høyere helsefaglig utdanning.", "1"],
    ["K3", "Lærere som underviser i fag med kompetansekrav, oppfyller kravene.", "2"],
    ["K4", "Medarbeiderne bruker digitale verktøy og velferdsteknologi trygt i tjenestene.", "1 og 3"],
    ["K5", "Lederne har kompetanse til å lede omstilling og læring i egen virksomhet.", "3 og 4"],
    ["K6", "Flere jobber heltid, slik at kompetansen brukes og utvikles i det daglige arbeidet.", "4"],
], [1.2, 12.0, 3.2]))

a(("h1", "7 Satsingsområder og handlingsdel"))
a(("h2", "7.1 Fire strategier"))
a(("p", "Strategiene gjelder på tvers av sektorene og skal brukes av alle ledere når de velger og "
        "prioriterer kompetansetiltak."))
a(("p", "Strategi 1 – Utvikle egne ansatte før vi rekrutterer. Analysen viser at vi ikke kan rekruttere oss "
        "ut av mangelen. Fagbrev for ufaglærte, videreutdanning for sykepleiere og omskolering av ansatte i "
        "funksjoner med synkende behov går derfor foran eksterne rekrutteringstiltak når midlene er knappe."))
a(("p", "Strategi 2 – Rekruttere målrettet og bruke lønn strategisk. Vi bruker lønn der det gir effekt: "
        "rekrutteringstillegg for sykepleiere i turnus, kompetansetillegg etter fullført videreutdanning i "
        "prioriterte fag og studiestipend med bindingstid for sykepleierstudenter fra Gråsund."))
a(("p", "Strategi 3 – Lederutvikling. Lederne er avgjørende for at ny kompetanse faktisk blir tatt i bruk. "
        "Alle ledere med personalansvar skal gjennom kommunens lederprogram i perioden."))
a(("p", "Strategi 4 – Læring i arbeidet. Det meste av læringen skjer i det daglige arbeidet. Vi skal legge "
        "til rette for kollegaveiledning og faste refleksjonsgrupper, sette av tid til faglig oppdatering i "
        "turnusplanene og ta i bruk langvakter og årsturnus der det gir mulighet for større stillinger. "
        "Praksisveiledere for studenter og lærlinger får redusert vaktbelastning i veiledningsperioden."))
a(("h2", "7.2 Vurdering av kostnad og nytte"))
a(("p", "Arbeidsgruppen har sammenlignet alternativer før tiltakene ble valgt. Innleie av sykepleiere fra byrå "
        "kostet 6,8 mill. kroner i 2023. Videreutdanning og kompetansetillegg for ti sykepleiere koster om lag "
        "1,1 mill. kroner per år, og et fagbrevløp for en assistent om lag 45 000 kroner inkludert vikarutgifter. "
        "Vurderingen er at fagbrev- og videreutdanningstiltakene gir best nytte per krone. Et forslag om "
        "egen rekrutteringskampanje i utlandet ble vurdert, men lagt bort fordi kostnaden var høy og "
        "erfaringene fra andre kommuner er blandet."))
a(("h2", "7.3 Tiltak 2025–2028"))
a(("table", [
    ["Tiltak", "Mål", "Målgruppe", "Ansvar", "Tid", "Kostnad per år"],
    ["Fagbrevløp for ufaglærte (praksiskandidat), 15 plasser per år", "K2", "Assistenter i helse og omsorg", "Kommunalsjef helse og velferd", "2025–2028", "675 000"],
    ["Videreutdanning geriatri, palliasjon og rehabilitering", "K1, K2", "Sykepleiere", "Virksomhetsledere helse", "Oppstart høst 2025", "550 000"],
    ["Studiestipend med bindingstid (2 år)", "K1", "Sykepleierstudenter", "HR-sjef", "Fra 2025", "400 000"],
    ["Kompetansetillegg etter fullført videreutdanning", "K1", "Sykepleiere, vernepleiere", "HR-sjef / lønnsforhandlinger", "Fra lønnsoppgjøret 2025", "360 000"],
    ["Kompetanse for kvalitet – videreutdanning for lærere", "K3", "Lærere uten fordypning", "Kommunalsjef oppvekst", "2025–2028", "Statlige midler + 300 000"],
    ["Superbrukernettverk for velferdsteknologi og e-læring", "K4", "Alle ansatte i hjemmetjenesten", "Enhetsleder IKT / virksomhetsledere", "2025–2026", "250 000"],
    ["Lederprogram «Lede læring» (4 samlinger)", "K5", "Ledere med personalansvar", "HR-sjef", "Kull 1 2025, kull 2 2026", "480 000"],
    ["Mentorordning for nye ledere", "K5", "Nytilsatte ledere", "HR-avdelingen", "Løpende", "60 000"],
    ["Heltidsprosjekt med årsturnus og langvakter", "K6", "Omsorgssenteret og hjemmetjenesten", "Kommunalsjef helse og velferd", "Pilot 2025, spres 2026", "350 000"],
    ["Refleksjonsgrupper og kollegaveiledning (1 time hver 14. dag)", "K4, K6", "Alle turnusavdelinger", "Avdelingsledere", "Fra 2025", "Innenfor ramme"],
    ["Overføring av byggesakskompetanse (tandem og dokumentasjon)", "K5", "Plan og bygg", "Enhetsleder plan og bygg", "2025–2027", "120 000"],
    ["Omskolering ved omlegging av kjøkken og arkiv", "K2, K4", "Berørte ansatte", "HR-sjef / tillitsvalgte", "2026", "200 000"],
], [4.6, 1.4, 3.0, 3.0, 2.4, 2.0]))

a(("h1", "8 Planer i sektorene"))
a(("p", "Den strategiske planen gir rammene, men mange tiltak må konkretiseres nærmere der tjenestene ytes. "
        "Helse og velferd og oppvekst og kultur skal derfor utarbeide egne sektorvise kompetanseplaner innen "
        "utgangen av 2026. Fram til disse foreligger, gjelder tiltakene i kapittel 7.3."))
a(("p", "For barnehagene og skolene vil den regionale ordningen for kompetanseutvikling og "
        "videreutdanningsordningen Kompetanse for kvalitet fortsatt være viktige kilder til finansiering."))

a(("h1", "9 Rapportering og læring"))
a(("p", "Det er ikke nok å telle kurs. Vi vil vite om tiltakene gir den kompetansen vi har bestemt oss for, "
        "om den blir brukt, og om innbyggerne merker forskjell. Dette kapitlet beskriver hvordan."))
a(("h2", "9.1 Måltabell"))
a(("table", [
    ["Mål", "Indikator", "Utgangsverdi 2024", "Målverdi", "Frist", "Kilde"],
    ["K1", "Innleie av sykepleiere fra byrå (kroner)", "6,8 mill.", "0 (utenom ekstraordinære situasjoner)", "31.12.2028", "Regnskap"],
    ["K1", "Ubesatte sykepleierstillinger per 1. oktober", "9", "2 eller færre", "2027", "HR-data"],
    ["K2", "Andel ansatte i omsorgstjenestene uten helsefaglig utdanning", "17 %", "8 %", "2028", "HR-data / KS Læring"],
    ["K3", "Antall lærere som ikke oppfyller kompetansekravene", "41", "0", "1.8.2028", "Skoleeiers oversikt"],
    ["K4", "Andel i hjemmetjenesten som oppgir at de er usikre på digitale verktøy", "34 %", "Under 15 %", "2026", "Kartlegging KS Læring"],
    ["K5", "Andel ledere med personalansvar som har fullført lederprogrammet", "0 %", "90 %", "2027", "HR-avdelingen"],
    ["K6", "Gjennomsnittlig stillingsstørrelse i helse og omsorg", "68 %", "80 %", "2028", "HR-data"],
], [1.2, 4.4, 2.2, 3.2, 2.2, 3.2]))
a(("h2", "9.2 Evaluering på flere nivåer"))
a(("p", "Deltakernes egen vurdering av et kurs sier lite om effekten. Større tiltak skal derfor vurderes på "
        "flere nivåer, og det skal bestemmes før oppstart hvordan det skal skje:"))
a(("bullets", [
    "Læring: hva deltakerne faktisk har lært, målt ved bestått fagprøve, eksamen i videreutdanning eller praktisk prøve etter superbrukeropplæring.",
    "Bruk i praksis: om kompetansen tas i bruk, målt ved sammenligning før og etter tiltaket, for eksempel antall avvik i legemiddelhåndtering, andel brukere med velferdsteknologi eller lederes bruk av utviklingssamtaler.",
    "Nytte for tjenesten: om tiltaket bidrar til kommuneplanens mål, vurdert indirekte gjennom brukerundersøkelser, innleiekostnader, sykefravær og turnover.",
]))
a(("p", "Evalueringen av kompetansemålene skal ikke være et eget system ved siden av det øvrige "
        "kvalitetsarbeidet. Indikatorene i måltabellen legges inn i kommunens kvalitetssystem og "
        "internkontroll, og resultatene for K3 inngår i den årlige tilstandsrapporten for skolen."))
a(("h2", "9.3 Løpende oppfølging og evaluering av større satsinger"))
a(("p", "Løpende oppfølging skjer i det ordinære styringssystemet. I tertialrapportene rapporterer "
        "kommunalsjefene på antall deltakere, type tiltak og forbruk av kompetansemidler. Årsrapporten "
        "inneholder en vurdering av måloppnåelsen for hvert av målene K1–K6."))
a(("p", "Tre satsinger er så store at de evalueres særskilt: fagbrevløpet, lederprogrammet og "
        "heltidsprosjektet. For hver av dem lager ansvarlig leder et evalueringsopplegg før oppstart, med "
        "en kvantitativ del (indikatorene over) og en kvalitativ del (intervjuer med deltakere, ledere og "
        "tillitsvalgte). Evalueringen skal også vurdere kostnad opp mot nytte, blant annet om sparte "
        "innleiekostnader står i forhold til utgiftene. Heltidsprosjektet evalueres etter pilotåret i 2026, de "
        "to andre satsingene høsten 2027."))
a(("p", "Når et tiltak ikke gir forventet resultat, skal vi finne ut hvorfor: var det feil tiltak, ble det "
        "gjennomført dårlig, eller var ambisjonen for høy i forhold til ressursene? HR-avdelingen samler "
        "erfaringene, og de legges fram for arbeidsgruppen før rulleringen av planen i 2027."))
a(("h2", "9.4 Ledernes ansvar"))
a(("p", "Virksomhetslederne har ansvar for at tiltakene i planen blir gjennomført i egen virksomhet, og for å "
        "prioritere innenfor egen budsjettramme. Søknader om videreutdanning sendes nærmeste leder innen "
        "1. mars. Ansattes ønsker og behov kommer blant annet fram i medarbeidersamtalen."))

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "grasund-strategisk-kompetanseplan-2025-2028.docx"
    build(B, out)
    print("wrote", out)
