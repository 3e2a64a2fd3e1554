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
    public void A_test_of_a_draft_runs_only_when_drafts_are_included()
    {
        using var content = new FixtureContent();
        File.WriteAllText(Path.Combine(content.Root, "kunskap", "ny-rutin.md"), """
            ---
            title: Ny rutin om ombudsmannaskap
            type: routine
            summary: En rutin som ännu är ett utkast.
            owner: Lokal samordnare
            sources:
              - document: plan-2023
                section: Rutin vid oro
            reviewed: 2026-11-01
            draft: true
            ---

            Text.
            """);
        File.WriteAllText(Path.Combine(content.Root, "_data", SearchTestReader.FileName), """
            - query: ombudsmannaskap
              first: ny-rutin
            - query: ombudsmannaskap
              first: vid-oro
            """);

        var published = Run(content, includeDrafts: false);
        var drafts = Run(content, includeDrafts: true);

        Assert.Equal(1, published.Ran);
        Assert.Equal(["content/_data/search-tests.yml:3:3: fel VBE029: sökningen 'ombudsmannaskap' ger inga träffar alls, men ska ge sidan 'vid-oro'."], published.Lines);
        Assert.Equal(2, drafts.Ran);
        Assert.Equal(["content/_data/search-tests.yml:3:3: fel VBE029: sökningen 'ombudsmannaskap' ska ge sidan 'vid-oro' först, men först kom 'ny-rutin' (Ny rutin om ombudsmannaskap); 'vid-oro' fanns inte bland träffarna."], drafts.Lines);
    }

    private static (int Ran, IReadOnlyList<string> Lines) Run(FixtureContent content, bool includeDrafts)
    {
        var snapshot = content.Load(includeDrafts).Snapshot!;
        var diagnostics = new DiagnosticBag();
        var ran = SearchTestCheck.Check(ContentFolder.Open(content.Root) with { DisplayPrefix = "content/" }, snapshot, SiteSearch.Build(snapshot), diagnostics);
        return (ran, diagnostics.Sorted().Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.SeverityText} {d.Code}: {d.Message}").ToList());
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
