using System.Text.RegularExpressions;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>
/// Issue 18: in acute danger a page may say to call 112 (a national public fact); anything more specific about
/// the police must come from the sources, and "Kontakta polisen direkt" comes from none of them.
/// </summary>
public sealed partial class EmergencyAdviceTests
{
    [GeneratedRegex(@"polisen\s+direkt", RegexOptions.IgnoreCase)]
    private static partial Regex PoliceDirectly();

    [Fact]
    public void No_page_tells_readers_to_contact_the_police_directly()
    {
        var pages = RealContent.Pages.Where(p => PoliceDirectly().IsMatch(p.Body)).Select(p => p.SourcePath).ToList();

        Assert.Empty(pages);
        Assert.DoesNotMatch(PoliceDirectly(), File.ReadAllText(Path.Combine(RepoRoot.Content, "README.md")));
        Assert.All(Directory.EnumerateFiles(RepoRoot.Seeds, "*.txt"), f => Assert.DoesNotMatch(PoliceDirectly(), File.ReadAllText(f)));
    }

    [Fact]
    public void Every_page_that_speaks_of_acute_danger_says_to_call_112()
    {
        var pages = RealContent.Pages.Where(p => p.Body.Contains("akut fara", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(pages);
        Assert.All(pages, p => Assert.True(p.Body.Contains("112", StringComparison.Ordinal), $"{p.SourcePath} speaks of acute danger without 112"));
    }
}
