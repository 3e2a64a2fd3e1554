using System.Text.RegularExpressions;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Cli;

/// <summary>A broken theme is reported like broken content, with the theme file's path (Fluid's message lacks it).</summary>
public sealed class ThemeErrorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public ThemeErrorTests() => _temp.CopyTree(BuiltSite.Theme, "theme");

    private CliRun Build() => Infrastructure.Cli.Run(_temp.Path, "build", "--content", RepoRoot.Content, "--output", "site", "--today", "2026-11-24");

    [Fact]
    public void Broken_liquid_template_is_reported_with_the_theme_path_line_and_column()
    {
        var layout = _temp.Combine("theme/layouts/page.liquid");
        var lines = File.ReadAllLines(layout).ToList();
        lines.Insert(2, "{% if page.title %}never closed");
        File.WriteAllLines(layout, lines);

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        var error = Assert.Single(run.ErrorLines, l => l.Contains(" fel VBE202: ", StringComparison.Ordinal));
        Assert.Matches(new Regex(@"^theme/layouts/page\.liquid:\d+:\d+: fel VBE202: mallen går inte att tolka: "), error);
        Assert.False(Directory.Exists(_temp.Combine("site")));
    }

    [Fact]
    public void Missing_layout_is_reported_with_the_path_it_should_have()
    {
        File.Delete(_temp.Combine("theme/layouts/glossary.liquid"));

        var run = Build();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/layouts/glossary.liquid:1:1: fel VBE201: temat har ingen layout 'glossary'. Åtgärd: lägg till theme/layouts/glossary.liquid, eller återställ filen från git.", run.ErrorLines);
    }

    public void Dispose() => _temp.Dispose();
}
