"""Plan C (mid): Myrvoll kommune – Kompetanse- og rekrutteringsplan 2025–2029 (DOCX -> PDF)."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import build

B = []
a = B.append
a(("title", "Kompetanse- og rekrutteringsplan 2025–2029"))
a(("subtitle", "Myrvoll kommune"))
a(("small", "Tematisk plan. Vedtatt i kommunestyret 23. april 2025, PS 31/25. Ansvarlig: kommunedirektøren v/ HR og organisasjon."))

a(("h1", "1. Innledning"))
a(("p", "Myrvoll er en kommune med 6 900 innbyggere, spredt bosetting og lange avstander. Kommunen har "
        "rundt 640 ansatte. Som mange andre distriktskommuner merker vi at det har blitt vanskeligere å få "
        "kvalifiserte søkere til ledige stillinger, særlig i helse og omsorg, i barnehagene og innen teknisk "
        "forvaltning. Samtidig endrer oppgavene seg raskt, blant annet fordi flere tjenester digitaliseres og "
        "fordi innbyggerne forventer mer."))
a(("p", "Planen skal gi lederne et felles grunnlag for å prioritere kompetansetiltak og rekruttering. Den "
        "erstatter tidligere «Rekrutteringsstrategi 2018» og de ulike opplæringsoversiktene som har ligget i "
        "virksomhetene."))
a(("p", "Planen er utarbeidet av en prosjektgruppe som kommunedirektøren oppnevnte i februar 2024. "
        "Prosjektgruppens mandat og sammensetning går fram av vedlegg 1. Gruppen har hentet innspill gjennom "
        "to arbeidsverksteder med virksomhetslederne, et dialogmøte med ungdomsrådet om rekruttering av unge, "
        "og behandling i arbeidsmiljøutvalget og partssammensatt utvalg før politisk vedtak."))

a(("h1", "2. Forankring"))
a(("p", "Kompetanse- og rekrutteringsplanen er en tematisk plan under kommuneplanen og er tatt inn i "
        "kommunal planstrategi 2024–2027, vedtatt av kommunestyret i oktober 2024. At planen er politisk "
        "vedtatt, betyr at kommunestyret står bak prioriteringene, og at kompetanse behandles som en "
        "forutsetning for kvaliteten i tjenestene – ikke bare som et personalspørsmål."))
a(("p", "Tiltakene i planen skal innarbeides i handlings- og økonomiplanen hvert år. Kommunestyret tar "
        "dermed årlig stilling til hvor mye som skal settes av til kompetanse og rekruttering. Planen "
        "følger også opp arbeidsgivers plikter etter hovedtariffavtalen kapittel 3 og Hovedavtalen."))
a(("p", "Ambisjonen er at planen skal være et verktøy lederne bruker, ikke en hylleplan. Vi har derfor "
        "begrenset oss til tre satsingsområder, og vi har bevisst latt være å ta med alt som kunne vært "
        "ønskelig. Med dagens økonomiske rammer er det realistisk å gjennomføre tiltakene i kapittel 6, men "
        "ikke mer."))
a(("p", "Planen skal bidra til å nå målene i kommuneplanens samfunnsdel 2022–2034 og følge opp "
        "arbeidsgiverpolitikken. Samfunnsdelen har som visjon at Myrvoll skal være «et godt sted å vokse opp, "
        "leve og bli gammel»."))

a(("h1", "3. Verdigrunnlag og prinsipper"))
a(("p", "Myrvoll kommunes verdier er åpen, modig og raus. Verdiene skal prege måten vi møter innbyggerne og "
        "hverandre på, og de har betydning for hvilken kompetanse vi etterspør."))
a(("h2", "3.1 Hva vi mener med kompetanse"))
a(("p", "I arbeidet med planen brukte prosjektgruppen mye tid på å bli enige om hva vi egentlig snakker om "
        "når vi sier «kompetanse». Vi har landet på at kompetanse består av tre deler som henger sammen:"))
a(("bullets", [
    "kunnskap – det vi vet, og som ofte er dokumentert gjennom utdanning og sertifiseringer,",
    "ferdigheter – det vi kan gjøre i praksis, for eksempel å gjennomføre en vanskelig samtale, forflytte en bruker trygt eller bruke et fagsystem,",
    "holdninger – hvordan vi møter innbyggerne og kollegene, og om vi er villige til å lære og endre oss.",
]))
a(("p", "De tre delene er ikke like lette å måle, og tidligere har vi nesten bare sett på formell utdanning. "
        "Prosjektgruppen mener at holdninger må vektlegges mer enn før, særlig i tjenester med tett "
        "brukerkontakt. En faglig dyktig medarbeider som ikke lytter til brukeren, gir ikke god tjeneste. "
        "Vi regner også realkompetanse – det folk har lært gjennom arbeid og erfaring – som fullverdig "
        "kompetanse, og vil bruke den mer aktivt ved intern rekruttering."))
a(("p", "Vi skiller videre mellom ulike typer kompetanse som alle trengs i en kommune:"))
a(("table", [
    ["Type", "Hva det betyr hos oss", "Vekt i planperioden"],
    ["Fagkompetanse", "Utdanning og spesialkompetanse som tjenesten krever, for eksempel sykepleie, barnehagelærer, byggesak", "Høy – grunnlaget for alle tjenester"],
    ["Tverrfaglig kompetanse", "Evnen til å samarbeide på tvers av fag og tjenester rundt samme innbygger", "Høy – særlig rundt barn og unge"],
    ["Digital kompetanse", "Å kunne bruke og forbedre digitale verktøy og velferdsteknologi", "Høy – økt vekt"],
    ["Administrativ kompetanse", "Saksbehandling, økonomi, forvaltningsrett og arkiv", "Middels"],
    ["Ledelseskompetanse", "Personalledelse, økonomistyring og å lede utvikling", "Høy"],
    ["Endringskompetanse", "Vilje og evne til å ta i bruk nye arbeidsmåter", "Høy – økt vekt"],
], [3.6, 8.0, 4.8]))
a(("p", "I denne planperioden gir vi digital kompetanse og endringskompetanse større vekt enn tidligere. "
        "Det skyldes ikke at fagkompetansen er mindre viktig, men at den ikke lenger er nok alene."))

a(("h1", "4. Utfordringsbildet"))
a(("p", "Vi vet at flere yrkesgrupper står foran store pensjonsavganger, og at det er hard konkurranse om "
        "sykepleiere, vernepleiere og barnehagelærere i regionen. Erfaringer fra medarbeidersamtaler og "
        "innspill fra lederne tyder på at mange ansatte ønsker mer faglig påfyll, men at det er vanskelig å "
        "få tid til dette i en travel hverdag."))
a(("p", "Kommunen har ikke gjennomført en samlet kartlegging av kompetansen siden 2019. Høsten 2025 tas "
        "kompetansemodulen i KS Læring i bruk i alle virksomheter. Resultatene skal gi et bedre grunnlag "
        "for å se hvor behovene er størst, og vil bli brukt når planen skal revideres."))

a(("h1", "5. Satsingsområder og mål"))
a(("p", "Prosjektgruppen foreslår tre satsingsområder for perioden. Alle henger sammen med samfunnsdelens "
        "mål om gode og trygge tjenester i hele kommunen."))
a(("h2", "5.1 Rekruttere og beholde"))
a(("p", "Mål: Myrvoll kommune skal bli en mer attraktiv arbeidsgiver for fagutdannede, og flere skal velge å "
        "bli værende hos oss."))
a(("h2", "5.2 Digital omstilling"))
a(("p", "Mål: Den digitale kompetansen skal styrkes i alle tjenester, slik at nye løsninger tas i bruk og gir "
        "bedre tjenester for innbyggerne."))
a(("h2", "5.3 Ledelse"))
a(("p", "Mål: Lederne skal ha trygghet og kompetanse til å lede egne ansatte gjennom endringer og til å "
        "skape et godt læringsmiljø."))
a(("p", "Konkrete måltall for det enkelte år fastsettes i virksomhetsplanene."))

a(("h1", "6. Strategier og tiltak"))
a(("p", "Tiltakene er delt i tre grupper. De fleste gjelder på tvers av sektorene, slik at ledere på alle "
        "nivåer kan bruke dem når de skal prioritere. Tiltak som koster mer enn 200 000 kroner i året, "
        "skal vurderes opp mot alternative tiltak og forventet nytte før de settes i gang."))
a(("h2", "6.1 Strategier"))
a(("bullets", [
    "Vi satser først på å utvikle dem vi har. Intern mobilitet, fagbrev og videreutdanning for egne ansatte prioriteres foran dyr ekstern rekruttering.",
    "Vi bruker lønn bevisst. Rekrutteringstillegg brukes bare for stillinger der vi har dokumentert problemer med å få søkere, og kompetansetillegg gis etter fullført videreutdanning som kommunen har behov for.",
    "Heltid er hovedregelen. Større stillinger gir bedre kontinuitet for brukerne og bedre muligheter for læring i arbeidet.",
    "Læring skjer først og fremst på jobb. Vi skal bygge ut kollegaveiledning, refleksjon i arbeidstiden og systematisk deling av erfaringer mellom virksomheter.",
    "Vi samarbeider i regionen. Lederutvikling og deler av fagopplæringen gjennomføres sammen med nabokommunene i Indre Myrvoll-regionen.",
]))
a(("h2", "6.2 Tiltaksoversikt"))
a(("table", [
    ["Tiltak", "Satsingsområde", "Ansvar", "Når", "Finansiering"],
    ["Heltidsturnus med langvakter, pilot på Myrvoll sykehjem", "Rekruttere og beholde", "Virksomhetsleder sykehjem", "2025, evt. utvidelse 2026", "Innenfor ramme"],
    ["Rekrutteringstillegg for sykepleiere og barnehagelærere (kr 30 000)", "Rekruttere og beholde", "Kommunedirektør / HR", "Fra 1.5.2025", "Lønnspott"],
    ["Sommerjobb og studentstilling for sykepleier- og vernepleierstudenter", "Rekruttere og beholde", "HR og organisasjon", "Årlig", "Kompetansemidler"],
    ["Fagbrev på jobb for assistenter og fagarbeidere uten fagbrev", "Rekruttere og beholde", "Kommunalsjef helse", "2025–2029", "Kompetansemidler + statstilskudd"],
    ["Veiledningsgrupper for nyutdannede sykepleiere og lærere (første to år)", "Rekruttere og beholde", "Virksomhetsledere", "Fra høsten 2025", "Innenfor ramme"],
    ["Digitale ambassadører i alle virksomheter, med to samlinger i året", "Digital omstilling", "IKT-leder", "Fra 2025", "Kompetansemidler"],
    ["Opplæring i nytt sak- og arkivsystem og i Visma Flyt", "Digital omstilling", "Arkivleder / IKT", "Vår 2025", "Prosjektmidler"],
    ["Refleksjonstid på 30 minutter per uke i turnusbaserte avdelinger", "Digital omstilling / Ledelse", "Avdelingsledere", "Fra 2025", "Innenfor ramme"],
    ["Regionalt lederprogram (fem samlinger) for alle med personalansvar", "Ledelse", "HR-sjef", "Kull 2025–2026 og 2027–2028", "Kompetansemidler, delt med regionen"],
    ["Ledernettverk med kollegaveiledning i grupper på 4–6 ledere", "Ledelse", "HR og organisasjon", "Løpende", "Innenfor ramme"],
], [4.4, 3.0, 3.2, 2.6, 3.2]))

a(("h1", "7. Sektorvise opplæringsplaner"))
a(("p", "Denne planen er overordnet. Hver sektor har en egen opplæringsplan som skal bygge på satsingsområdene "
        "i kapittel 5 og konkretisere tiltakene for sine tjenester."))
a(("bullets", [
    "Opplæringsplan for helse og omsorg 2024–2027 ble vedtatt av hovedutvalg for helse og omsorg i juni 2024 og justeres nå slik at den er i samsvar med denne planen.",
    "Kompetanseplan for oppvekst 2025–2028 omfatter skolene og barnehagene og bygger på den statlige videreutdanningsordningen og den regionale ordningen for barnehagene. Planen ble lagt fram sammen med denne planen.",
    "Opplæringsplan for teknisk og stab utarbeides i løpet av 2025 etter samme mal.",
]))
a(("p", "De sektorvise planene skal ha en fast oppbygning: hvilke av satsingsområdene sektoren særlig må "
        "bidra til, hvilke tiltak som gjennomføres, hvem de gjelder for og når, og hvordan sektoren legger "
        "til rette for læring i arbeidet gjennom turnus, veiledning og møtestruktur. Planene oppdateres hvert "
        "år i januar, slik at de kan tas med i virksomhetsplanene."))

a(("h1", "8. Oppfølging og evaluering"))
a(("h2", "8.1 Prioritering av søknader"))
a(("p", "Ønsker om kurs og videreutdanning skal vurderes opp mot satsingsområdene i denne planen og "
        "sektorens opplæringsplan. Når det er flere søkere enn midler, prioriterer leder i denne rekkefølgen:"))
a(("numbered", [
    "kompetanse som er lovpålagt eller nødvendig for at tjenesten skal være forsvarlig,",
    "kompetanse innenfor planens tre satsingsområder,",
    "annen kompetanse som virksomheten har behov for.",
]))
a(("p", "Søknadsfristen for videreutdanning som starter om høsten, er 15. februar. Leder gir svar innen "
        "15. april."))
a(("h2", "8.2 Forventningsavklaring før oppstart"))
a(("p", "Før en medarbeider starter på videreutdanning eller et lengre kurs, skal leder og medarbeider ha "
        "en samtale om forventningene på begge sider: Hva skal den nye kompetansen brukes til? Hvilke "
        "oppgaver kan medarbeideren få etterpå? Hvordan skal kollegene få del i det som er lært? Hva "
        "forventes av medarbeideren i studietiden? For utdanning over 15 studiepoeng skrives dette inn i en "
        "avtale som også regulerer permisjon, dekning av utgifter og eventuell bindingstid."))
a(("h2", "8.3 Permisjon og dekning av utgifter"))
a(("p", "Kommunen dekker kursavgift, reise og nødvendig litteratur for tiltak som er godkjent av leder. "
        "For videreutdanning med bindingstid gis permisjon med lønn på eksamensdager og inntil to "
        "lesedager per eksamen. Bindingstiden er ett år for utdanning på 30 studiepoeng og to år for "
        "utdanning på 60 studiepoeng eller mer. Nærmere regler står i kommunens permisjonsreglement."))

a(("pagebreak", None))
a(("h1", "Vedlegg 1. Prosjektgruppens mandat og sammensetning"))
a(("h2", "Mandat"))
a(("p", "Kommunedirektøren ga 12. februar 2024 prosjektgruppen i oppdrag å utarbeide forslag til en samlet "
        "kompetanse- og rekrutteringsplan for Myrvoll kommune. Gruppen skulle:"))
a(("bullets", [
    "vurdere kommunens behov for kompetanse og rekruttering de neste fem årene,",
    "foreslå satsingsområder, mål og tiltak som gjelder på tvers av sektorene,",
    "sørge for at virksomhetslederne og de ansattes organisasjoner blir involvert,",
    "levere høringsutkast til kommunedirektørens ledergruppe innen 1. desember 2024.",
]))
a(("h2", "Sammensetning"))
a(("table", [
    ["Navn", "Stilling / rolle"],
    ["Ingrid Aune (leder)", "HR-sjef"],
    ["Pål Rønning", "Kommunalsjef oppvekst"],
    ["Siri Tangen", "Virksomhetsleder, Myrvoll sykehjem"],
    ["Kari Nyhus", "Enhetsleder, Bjørkeli barnehage"],
    ["Arne Lien", "Avdelingsleder, teknisk drift"],
    ["Marte Sæther", "Hovedtillitsvalgt, Fagforbundet"],
    ["Jonas Vik", "Hovedtillitsvalgt, Utdanningsforbundet"],
    ["Linn Haugen", "Hovedtillitsvalgt, Norsk Sykepleierforbund"],
    ["Ola Brekke", "Hovedverneombud"],
    ["Eva Storli (sekretær)", "HR-rådgiver"],
], [5.5, 10.9]))

if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "myrvoll-kompetanse-og-rekrutteringsplan-2025-2029.docx"
    build(B, out, font="Arial", header_fill="E2EFD9", table_font=9)
    print("wrote", out)
