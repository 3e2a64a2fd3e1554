using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Validation;

/// <summary>A published page may not link to a page readers do not get; a build with drafts shows both.</summary>
public sealed class UnpublishedLinkTests
{
    [Theory]
    [InlineData("VBE026-link-to-a-draft")]
    [InlineData("VBE026-link-to-a-scheduled-page")]
    public void A_build_with_drafts_accepts_the_link(string caseName)
    {
        using var content = new FixtureContent(Path.Combine(RepoRoot.Fixtures, "errors", caseName));

        var result = content.Load(includeDrafts: true);

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));
    }

    [Fact]
    public void A_draft_may_link_to_another_draft()
    {
        using var content = new FixtureContent(Path.Combine(RepoRoot.Fixtures, "errors", "VBE026-link-to-a-draft"));
        var linking = Path.Combine(content.Root, "kunskap", "lankar-till-utkast.md");
        File.WriteAllText(linking, File.ReadAllText(linking).Replace("reviewed: 2026-11-01", "reviewed: 2026-11-01\ndraft: true"));

        var result = content.Load();

        Assert.True(result.IsSuccess, string.Join("\n", result.Diagnostics.Sorted()));
    }
}
