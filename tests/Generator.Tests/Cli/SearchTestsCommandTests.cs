using System.Text.RegularExpressions;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Cli;

/// <summary>
/// The editors' relevance tests (content/_data/search-tests.yml) through the real program: check and build run
/// them against the site search and report a wrong expectation or a malformed entry like any content error.
/// </summary>
public sealed class SearchTestsCommandTests : IDisposable
{
    private const string TestsFile = "content/_data/search-tests.yml";
    private readonly TempFolder _temp = new();

    /// <summary>A working folder with a copy of the real content, so paths print as <c>content/…</c>.</summary>
    public SearchTestsCommandTests() => _temp.CopyTree(RepoRoot.Content, "content");

    private static string Fixture(string name) => Path.Combine(RepoRoot.Path, "tests", "Generator.Tests", "Fixtures", "search-tests", name);

    private CliRun Vbe(params string[] args) => Infrastructure.Cli.Run(_temp.Path, args);

    private void UseTests(string fixture) => File.Copy(Fixture(fixture), _temp.Combine(TestsFile), overwrite: true);

    [Fact]
    public void Shipped_search_tests_pass_on_the_real_content_and_number_at_least_40()
    {
        var queries = Regex.Matches(File.ReadAllText(Path.Combine(RepoRoot.Content, "_data", "search-tests.yml")), @"^- query: ", RegexOptions.Multiline).Count;

        var run = Vbe("check", "--today", "2026-11-24");

        Assert.True(queries >= 40, $"content/_data/search-tests.yml has {queries} queries; ship at least 40.");
        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Wrong_expectations_are_errors_with_their_line_the_page_that_came_first_and_a_fix()
    {
        UseTests("wrong-expectations.yml");

        var run = Vbe("check", "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        const string fix = "Åtgärd: lägg till sökordet som tagg (tags:) på sidan 'vid-oro', lägg till en synonymgrupp i content/_data/synonyms.yml eller ge sidan en tydligare titel; ska en annan sida komma först, ändra testet i stället.";
        Assert.Equal(3, run.ErrorLines.Count);
        Assert.Equal($"{TestsFile}:2:3: fel VBE029: sökningen 'hakors' ska ge sidan 'vid-oro' först, men först kom 'hakkors' (Hakkors (nazistiskt)); 'vid-oro' fanns inte bland träffarna. {fix}", run.ErrorLines[0]);
        Assert.Matches(new Regex($"^{Regex.Escape(TestsFile)}:4:3: fel VBE029: sökningen 'klotter' ska ge sidan 'vid-oro' bland de tre första, men de tre första var 'graffiti-och-klistermarken' \\(Klotter och klistermärken\\), '[^']+' \\([^)]+\\), '[^']+' \\(.+\\); 'vid-oro' (kom på plats \\d+|fanns inte bland träffarna)\\. {Regex.Escape(fix)}$"), run.ErrorLines[1]);
        Assert.Equal($"{TestsFile}:6:3: fel VBE029: sökningen 'qxqx' ger inga träffar alls, men ska ge sidan 'vid-oro'. Åtgärd: lägg till ordet som tagg (tags:) på sidan 'vid-oro', eller lägg till en synonymgrupp med ordet och ett ord som finns på sidan i content/_data/synonyms.yml.", run.ErrorLines[2]);
        Assert.Matches(new Regex(@"^\d+ sidor, 3 fel, 0 varningar, \d+\.\d s$"), run.OutLines[^1]);
    }

    [Fact]
    public void Malformed_entries_are_errors_with_their_line_and_a_fix()
    {
        UseTests("malformed.yml");

        var run = Vbe("check", "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            [$"{TestsFile}:3:3: fel VBE028: okänd nyckel 'frist' i söktestet. Åtgärd: menade du 'first'?",
             $"{TestsFile}:4:3: fel VBE028: söktestet har ingen sökfråga. Åtgärd: skriv det en läsare söker på efter 'query:', till exempel 'query: orosanmälan'.",
             $"{TestsFile}:7:10: fel VBE028: 'first' anger en sida 'hakkor' som inte finns. Åtgärd: menade du 'hakkors'?",
             $"{TestsFile}:10:3: fel VBE028: söktestet 'hakkors' har både 'first' och 'top3'. Åtgärd: behåll en av dem: 'first' om sidan ska komma först, annars 'top3'.",
             $"{TestsFile}:11:3: fel VBE028: söktestet 'hakkors' säger inte vilken sida sökningen ska ge. Åtgärd: lägg till 'first: sid-id' (sidan ska komma först) eller 'top3: sid-id' (bland de tre första).",
             $"{TestsFile}:12:3: fel VBE028: söktestet är inte en rad med nycklar (query, first eller top3). Åtgärd: skriv varje test som '- query: sökord' följt av 'first: sid-id' eller 'top3: sid-id' (se content/README.md).",
             $"{TestsFile}:13:10: fel VBE028: 'query' ska vara en enda text, inte en lista. Åtgärd: skriv 'query: …' med texten på samma rad."],
            run.ErrorLines);
    }

    [Fact]
    public void Build_fails_on_a_wrong_expectation_and_leaves_the_previous_site_untouched()
    {
        UseTests("wrong-expectations.yml");

        var run = Vbe("build", "--output", "site", "--theme", BuiltSite.Theme, "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{TestsFile}:2:3: fel VBE029: sökningen 'hakors' ska ge sidan 'vid-oro' först", StringComparison.Ordinal));
        Assert.Equal("Bygget misslyckades: 3 fel, 0 varningar. Den förra webbplatsen i site är orörd.", run.ErrorLines[^1]);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public void Build_with_no_search_skips_the_search_tests()
    {
        UseTests("wrong-expectations.yml");

        var run = Vbe("build", "--output", "site", "--theme", BuiltSite.Theme, "--today", "2026-11-24", "--no-search");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("VBE029", run.Error + run.Out);
    }

    public void Dispose() => _temp.Dispose();
}
