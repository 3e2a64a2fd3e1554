using System.Text.RegularExpressions;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Cli;

/// <summary>The real program: exit codes 0 (ok), 1 (content errors), 2 (usage errors), and the summary line.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>A working folder with a copy of the real content as <c>content/</c>, so paths print as <c>content/…</c>.</summary>
    public CommandLineTests() => _temp.CopyTree(RepoRoot.Content, "content");

    private string Theme => BuiltSite.Theme;

    private CliRun Vbe(params string[] args) => Infrastructure.Cli.Run(_temp.Path, args);

    private void Break(string relative, string from, string to)
    {
        var path = _temp.Combine(Path.Combine("content", relative));
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>A new routine whose title key is misspelt: one error, on a page no other page links to.</summary>
    private void AddRoutineWithTitel() => File.WriteAllText(_temp.Combine("content/rutiner/ny-rutin.md"), """
        ---
        type: routine
        titel: Ny rutin
        summary: En ny rutin med ett stavfel i front matter.
        owner: Lokal samordnare
        sources:
          - document: revisionsrapport-2019
            section: Sammanfattning
        reviewed: 2026-11-24
        ---

        Text.
        """);

    [Fact]
    public void Check_of_the_real_content_exits_0_with_a_summary_line()
    {
        var run = Vbe("check", "--today", "2026-11-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Matches(new Regex(@"^\d+ sidor, 0 fel, 0 varningar, \d+\.\d s$"), run.OutLines[^1]);
    }

    [Fact]
    public void Check_with_a_content_error_exits_1_and_prints_the_diagnostic_line()
    {
        AddRoutineWithTitel();

        var run = Vbe("check", "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["content/rutiner/ny-rutin.md:2:1: fel VBE004: nyckeln 'title' saknas i front matter; typen 'routine' kräver den. Åtgärd: lägg till 'title:' i front matter (se content/README.md).",
             "content/rutiner/ny-rutin.md:3:1: fel VBE003: okänd nyckel 'titel' i front matter för typen 'routine'. Åtgärd: menade du 'title'?"],
            run.ErrorLines);
        Assert.Matches(new Regex(@"^\d+ sidor, 2 fel, 0 varningar, \d+\.\d s$"), run.OutLines[^1]);
    }

    [Fact]
    public void Check_with_github_format_prints_workflow_annotations()
    {
        AddRoutineWithTitel();

        var run = Vbe("check", "--format", "github", "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=content/rutiner/ny-rutin.md,line=3,col=1,title=VBE003::okänd nyckel 'titel' i front matter för typen 'routine'. Åtgärd: menade du 'title'?", run.ErrorLines);
    }

    [Fact]
    public void Warnings_pass_check_but_fail_it_with_strict()
    {
        Break("rutiner/vid-oro.md", "reviewed: 2026-11-24", "reviewed: 2024-01-01");

        var plain = Vbe("check", "--today", "2026-11-24");
        var strict = Vbe("check", "--strict", "--today", "2026-11-24");

        Assert.Equal(0, plain.ExitCode);
        Assert.Contains(plain.ErrorLines, l => l.StartsWith("content/rutiner/vid-oro.md:", StringComparison.Ordinal) && l.Contains(" varning VBE102: "));
        Assert.Equal(1, strict.ExitCode);
    }

    [Fact]
    public void Build_exits_0_with_the_summary_line_and_writes_the_site()
    {
        var run = Vbe("build", "--output", "site", "--theme", Theme, "--today", "2026-11-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^\d+ sidor, 0 varningar, \d+\.\d s → " + Regex.Escape(_temp.Combine("site")) + "$"), run.OutLines[0]);
        Assert.True(File.Exists(_temp.Combine("site/index.html")));
    }

    [Fact]
    public void Build_with_no_search_writes_no_search_data_and_timings_name_every_step()
    {
        var run = Vbe("build", "--output", "site", "--theme", Theme, "--today", "2026-11-24", "--no-search", "--timings");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(Directory.GetFiles(_temp.Combine("site/assets"), "search-index.*"));
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(_temp.Combine("site/index.html")));
        Assert.Equal("", home.Body!.GetAttribute("data-search-index"));
        Assert.Contains(run.OutLines, l => l.StartsWith("Inget sökindex (--no-search)", StringComparison.Ordinal));
        var steps = run.OutLines.Select(l => Regex.Match(l, @"^(\p{L}[\p{L} ]*?)\s+\d+\.\d{3} s$")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["read files", "git history", "front matter", "check", "markdown", "theme", "assets", "pages", "other files", "swap"], steps);
    }

    [Fact]
    public void Build_writes_search_data_by_default()
    {
        var run = Vbe("build", "--output", "site", "--theme", Theme, "--today", "2026-11-24");

        Assert.Equal(0, run.ExitCode);
        Assert.Single(Directory.GetFiles(_temp.Combine("site/assets"), "search-index.*.js"));
        Assert.Contains(run.OutLines, l => l.StartsWith("Sökindex: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_with_a_content_error_exits_1_and_says_the_previous_site_is_untouched()
    {
        Break("rutiner/vid-oro.md", "(larmvagar.md)", "(larmvagarna.md)");

        var run = Vbe("build", "--output", "site", "--theme", Theme, "--today", "2026-11-24");

        Assert.Equal(1, run.ExitCode);
        var broken = run.ErrorLines.Where(l => Regex.IsMatch(l, @"^content/rutiner/vid-oro\.md:\d+:\d+: fel VBE009: länken 'larmvagarna\.md' går till en sida som inte finns\.")).ToList();
        Assert.Equal(Regex.Count(File.ReadAllText(_temp.Combine("content/rutiner/vid-oro.md")), @"\(larmvagarna\.md\)"), broken.Count);
        Assert.Equal($"Bygget misslyckades: {broken.Count} fel, 0 varningar. Den förra webbplatsen i site är orörd.", run.ErrorLines[^1]);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Theory]
    [InlineData("build", "--base-url", "vbe")]
    [InlineData("check", "--format", "xml")]
    [InlineData("check", "--content", "finns-inte")]
    [InlineData("check", "--today", "24/11/2026")]
    [InlineData("publish")]
    [InlineData("new", "rutin", "Vid oro")]
    public void Usage_error_exits_2(params string[] args)
    {
        var run = Vbe(args);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Usage_error_names_the_option_and_the_fix()
    {
        var run = Vbe("build", "--base-url", "vbe", "--theme", Theme);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Fel: --base-url ska börja med '/' eller 'https://', inte 'vbe'.", run.Out + run.Error);
    }

    [Theory]
    [InlineData("build", "--outptu", "--output")]
    [InlineData("check", "--strct", "--strict")]
    [InlineData("review", "--dagar", null)]
    public void An_unknown_option_is_a_usage_error_that_writes_nothing_and_suggests_the_nearest(string command, string typo, string? suggestion)
    {
        var run = Vbe(command, typo, "out/site", "--theme", Theme);

        Assert.Equal(2, run.ExitCode);
        var expected = $"Fel: '{command}' har inget alternativ '{typo}'. Åtgärd: " +
            (suggestion is null ? $"se 'dotnet run --project src/Generator -- {command} --help' för de alternativ som finns." : $"menade du '{suggestion}'?");
        Assert.Equal(expected, Assert.Single(run.ErrorLines));
        Assert.False(Directory.Exists(_temp.Combine("out")));
        Assert.False(Directory.Exists(_temp.Combine("artifacts")));
    }

    [Fact]
    public void An_option_given_with_an_equals_sign_is_recognised()
    {
        var run = Vbe("check", "--today=2026-11-24", "--format=github");

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void An_extra_argument_is_a_usage_error()
    {
        var run = Vbe("check", "extra", "--today", "2026-11-24");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("pages,", run.Out);
    }

    [Fact]
    public void Version_prints_the_package_version()
    {
        var run = Vbe("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(new Regex(@"^vbe \d+\.\d+\.\d+$"), Assert.Single(run.OutLines));
    }

    public void Dispose() => _temp.Dispose();
}
