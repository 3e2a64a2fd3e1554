using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>Every page names its owner (a role), its source and the date it was last reviewed (issue 4).</summary>
public sealed class PageMetadataTests
{
    public static TheoryData<string> PagePaths => new(RealContent.Pages.Select(p => p.SourcePath).Order(StringComparer.Ordinal));

    private static Page PageAt(string sourcePath) => RealContent.Pages.Single(p => p.SourcePath == sourcePath);

    [Theory]
    [MemberData(nameof(PagePaths))]
    public void Page_has_an_owner_a_source_and_a_review_date(string sourcePath)
    {
        var page = PageAt(sourcePath);

        Assert.False(string.IsNullOrWhiteSpace(page.Owner));
        Assert.DoesNotContain("FYLL I", page.Owner, StringComparison.Ordinal);
        // A symbol rests on public sources rather than on the city's documents.
        Assert.True(page.Sources.Count > 0 || page.Symbol?.PublicSources.Count > 0, "no sources and no publicSources");
        Assert.All(page.Sources, s => Assert.False(string.IsNullOrWhiteSpace(s.Section), $"{s.Document} names no section"));
        Assert.NotEqual(default, page.Reviewed);
        Assert.True(page.Reviewed <= RealContent.Today, $"reviewed {page.Reviewed} is in the future");
    }

    [Fact]
    public void Real_content_loads_without_errors_or_warnings()
    {
        Assert.Empty(RealContent.Result.Diagnostics.Sorted().Select(d => d.ToString()));
    }
}
