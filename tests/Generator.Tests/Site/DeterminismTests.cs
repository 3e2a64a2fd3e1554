using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>The same input gives byte-identical output (issue 3 §6).</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        using var first = new BuiltSite(RepoRoot.Content);
        using var second = new BuiltSite(RepoRoot.Content);

        var a = SiteFiles.Snapshot(first.Output);
        var b = SiteFiles.Snapshot(second.Output);

        Assert.Equal(a.Keys, b.Keys);
        var differing = a.Keys.Where(k => !a[k].AsSpan().SequenceEqual(b[k])).ToList();
        Assert.Empty(differing);
        Assert.True(a.Count > 150, $"only {a.Count} files");
    }
}
