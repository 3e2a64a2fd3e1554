using System.Text.RegularExpressions;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Content.Validation;

namespace VbeKnowledge.Content.Tests.Validation;

/// <summary>The editors' relevance tests (content/_data/search-tests.yml) against the real site search.</summary>
public sealed class SearchTestCheckTests
{
    [Fact]
    public void Every_shipped_search_test_runs_and_passes_on_the_real_content()
    {
        var entries = Regex.Matches(File.ReadAllText(Path.Combine(RepoRoot.Content, "_data", SearchTestReader.FileName)), @"^- query: ", RegexOptions.Multiline).Count;
        var diagnostics = new DiagnosticBag();

        var ran = SearchTestCheck.Check(ContentFolder.Open(RepoRoot.Content), RealContent.Snapshot, SiteSearch.Build(RealContent.Snapshot), diagnostics);

        Assert.Empty(diagnostics.Sorted());
        Assert.True(entries >= 40, $"ship at least 40 queries; the file has {entries}.");
        Assert.Equal(entries, ran);
    }

    [Fact]
    public void The_content_pipeline_the_api_loads_ignores_the_search_tests_file()
    {
        using var content = new FixtureContent();
        File.WriteAllText(Path.Combine(content.Root, "_data", SearchTestReader.FileName), "- query: [broken\n  frist: nowhere\n");

        var result = content.Load();

        Assert.True(result.IsSuccess);
        Assert.Empty(FixtureContent.Lines(result));
    }
}
