using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>
/// Statements a line-by-line read against the four source documents found unsupported (issue #18): each
/// test pins what the content says to what a source says, so the statement cannot creep back.
/// </summary>
public sealed class SourceFidelityTests
{
    private static string AllSources => string.Join(" ", new[] { "000", "001", "002", "004" }.Select(SeedDocuments.Text));

    private static Page PageAt(string sourcePath) => RealContent.Pages.Single(p => p.SourcePath == sourcePath);

    public static TheoryData<string> SymbolPages => new(RealContent.Pages
        .Where(p => p.Type == PageType.Symbol || p.SourcePath == "symboler/_index.md")
        .Select(p => p.SourcePath).Order(StringComparer.Ordinal));

    /// <summary>How to document graffiti beyond reporting it: the sources say nothing of photographs, screenshots or notes.</summary>
    [Theory]
    [MemberData(nameof(SymbolPages))]
    public void Symbol_page_gives_no_documentation_advice_the_sources_lack(string sourcePath)
    {
        SeedDocuments.Require();
        var page = PageAt(sourcePath);
        var text = SeedDocuments.Collapse(page.Symbol?.Action + " " + page.Body);

        foreach (var advice in new[] { "fotografera", "skärmbild", "notera plats", "när och var", "var och när" })
        {
            if (!AllSources.Contains(advice, StringComparison.OrdinalIgnoreCase))
            {
                var advised = text.Replace("Källorna säger inget om att " + advice, "", StringComparison.OrdinalIgnoreCase);
                Assert.False(advised.Contains(advice, StringComparison.OrdinalIgnoreCase), $"{page.DisplayPath} says '{advice}', which no source does");
            }
        }
    }

    /// <summary>Where a symbol page says what to do with graffiti, it says what Hägersten-Liljeholmen's plan says: report it in the incident system.</summary>
    [Theory]
    [MemberData(nameof(SymbolPages))]
    public void Symbol_page_reports_graffiti_where_the_source_says(string sourcePath)
    {
        SeedDocuments.Require();
        Assert.Contains("rapporterar in skadegörelse såsom klotter och klistermärken med extremistiska budskap i incidentrapporteringssystemet", SeedDocuments.Text("002"));
        var page = PageAt(sourcePath);

        Assert.Contains("incidentrapporteringssystem", SeedDocuments.Collapse(page.Body));
        if (page.Symbol is { } symbol && symbol.Action.Contains("lotter", StringComparison.Ordinal))
        {
            Assert.Contains("rapporter", symbol.Action, StringComparison.OrdinalIgnoreCase);
        }
    }

    public static TheoryData<string> IntroductionPages => new(RealContent.Pages
        .Where(p => p.Section == "introduktion")
        .Select(p => p.SourcePath).Order(StringComparer.Ordinal));

    /// <summary>No source says how long the introduction or the web training takes: the prose gives no times.</summary>
    [Theory]
    [MemberData(nameof(IntroductionPages))]
    public void Introduction_prose_states_no_reading_times(string sourcePath)
    {
        var page = PageAt(sourcePath);
        var prose = SeedDocuments.Collapse(page.Summary + " " + page.Body);

        Assert.DoesNotMatch(@"(?i)\b\d+ minuter|minut|timm|kvart", prose);
    }

    /// <summary>The audit report's wording of when a suspected crime may be reported despite secrecy (OSL), as the report has it.</summary>
    private const string PenaltyThreshold =
        "endast om misstanken angår brott för vilket det inte är föreskrivet lindrigare straff än fängelse i ett år eller vid försök till brott lindrigare straff än fängelse två år";

    public static TheoryData<string> LegalPages => new(
        "juridik/sekretess-och-informationsdelning.md",
        "rutiner/samtycke-och-informationsdelning.md",
        "rutiner/sekretessbrytande-regel.md");

    [Theory]
    [MemberData(nameof(LegalPages))]
    public void Legal_page_quotes_the_audit_reports_penalty_threshold(string sourcePath)
    {
        SeedDocuments.Require();
        Assert.Contains(PenaltyThreshold, SeedDocuments.Text("001"));
        var body = SeedDocuments.Collapse(PageAt(sourcePath).Body);

        Assert.Contains("”" + PenaltyThreshold + "”", body);
        // "Det lägsta straffet är fängelse i ett år" reads as exactly one year; the source means at least one.
        Assert.DoesNotMatch(@"lägsta straffet (för brottet )?(är|ska vara) fängelse", body);
        Assert.DoesNotContain("för försöket", body);
    }

    [Fact]
    public void Autumn_training_is_not_dated_to_a_year_the_source_does_not_give()
    {
        SeedDocuments.Require();
        Assert.Contains("Under hösten kommer socialförvaltningen erbjuda utbildningstillfällen för anhörigstödverksamhet", SeedDocuments.Text("001"));
        var body = SeedDocuments.Collapse(PageAt("utbildning/forelasningar-och-workshops.md").Body);

        Assert.Contains("utbildningstillfällen för anhörigstödverksamhet", body);
        Assert.DoesNotContain("hösten 2019", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("”under hösten”", body);
    }

    /// <summary>Only Hägersten-Liljeholmen's plan has a section on grants and premises; the plans index must not say all district plans do.</summary>
    [Fact]
    public void Plans_index_says_which_district_plan_has_a_section_on_grants_and_premises()
    {
        SeedDocuments.Require();
        Assert.Contains("Föreningsbidrag och upplåtande av lokaler", SeedDocuments.Text("002"));
        Assert.DoesNotContain("upplåtande av lokaler", SeedDocuments.Text("000"));
        var body = SeedDocuments.Collapse(PageAt("handlingsplaner/_index.md").Body);

        Assert.DoesNotContain("Dessutom finns **kompetenshöjande** aktiviteter och ett avsnitt om **föreningsbidrag", body);
        Assert.Contains("Norra innerstadens plan har inget sådant avsnitt", body);
    }

    /// <summary>
    /// Parts of the sources the pages used to collapse or leave out (issue #18's gap list): the source's words,
    /// and how the page says them. Seed file, page, source text, page text.
    /// </summary>
    public static TheoryData<string, string, string, string> GapStatements => new()
    {
        // The 2019 audit on its page.
        // §3 introduction
        { "001", "granskning/revisionsrapport-2019.md", "Ärendena är fördelade över flera stadsdelar", "ärendena är fördelade över flera stadsdelar" },
        // §2.2
        { "001", "granskning/revisionsrapport-2019.md", "som en trygg och säker stad vilket är ett ansvar som sträcker sig över samtliga nämnder", "trygg och säker stad, och det ansvaret gäller alla nämnder" },
        // §3.2
        { "001", "granskning/revisionsrapport-2019.md", "En utvärdering av nätverket kommer genomföras i slutet av året", "skulle nätverket utvärderas i slutet av året" },
        { "001", "granskning/revisionsrapport-2019.md", "En ytterligare utbildning kommer genomföras under hösten", "Ytterligare en utbildning skulle enligt rapporten hållas under hösten" },
        // §3.3.7
        { "001", "granskning/revisionsrapport-2019.md", "Enskede-Årsta-Vantörs stadsdels- förvaltning har en övergripande strategi för samverkan med civil- samhället men inte specifikt", "**Enskede-Årsta-Vantör** har en övergripande strategi för samverkan med civilsamhället, men den gäller inte specifikt" },
        { "001", "granskning/revisionsrapport-2019.md", "Skärholmens stadsdelsförvaltning kommer ta fram en strategi för samverkan med civilsamhället som en del av Agenda 2030", "**Skärholmen** skulle ta fram en strategi för samverkan med civilsamhället som en del av Agenda 2030" },
        { "001", "granskning/revisionsrapport-2019.md", "Något sådant arbete har inte påbörjats vid tiden för granskningen", "när granskningen gjordes hade det arbetet inte påbörjats" },
        // The socialförvaltningen plan's section on the administration, department by department.
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "en stab, kompetenscenter barn och unga, kompetenscenter vuxna, kvalitet och uppföljning samt LSS-hälsa", "en stab, kompetenscenter barn och unga, kompetenscenter vuxna, kvalitet och uppföljning samt LSS-hälsa" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "likställighet, rättssäkerhet och med god kvalitet", "likställighet, rättssäkerhet och god kvalitet" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "stödjer utvecklingen av en evidensbaserad praktik", "stödja utvecklingen av en evidensbaserad praktik" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "besvarar remisser", "besvarar remisser" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "institutions-, öppen- och familjehemsvård för barn, unga och vuxna", "institutions-, öppen- och familjehemsvård för barn, unga och vuxna" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "rekrytering och utbildning av jourhem och familjehem", "rekrytering och utbildning av jourhem och familjehem" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "skyddade boenden för kvinnor och ungdomar", "skyddade boenden för kvinnor och ungdomar" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "korttidshem för barn och vuxna samt kolloverksamhet enligt LSS", "korttidshem för barn och vuxna och kolloverksamhet enligt LSS" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "Vid avdelningen handläggs ärenden enligt alkohollagen", "handläggs också ärenden enligt alkohollagen" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "boutredare som handlägger dödsboärenden", "boutredare som handlägger dödsboärenden" },
        { "004", "handlingsplaner/socialforvaltningen-2017-2018.md", "Huvudsakligen arbetar avdelningen med boendefrågan, initialt ekonomiskt bistånd och samhällsinformation", "främst med boende, ekonomiskt bistånd i början och samhällsinformation" },
    };

    [Theory]
    [MemberData(nameof(GapStatements))]
    public void Page_gives_what_its_source_says(string seed, string sourcePath, string source, string page)
    {
        SeedDocuments.Require();
        Assert.Contains(source, SeedDocuments.Text(seed));

        Assert.Contains(page, SeedDocuments.Collapse(PageAt(sourcePath).Body));
    }
}
