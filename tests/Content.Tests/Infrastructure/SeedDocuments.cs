using System.Text.RegularExpressions;

namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>
/// The four source documents (text extracted from PDF and Word) in the repository's sources/, with all
/// whitespace collapsed to single spaces: the extraction breaks table cells over many lines.
/// </summary>
public static partial class SeedDocuments
{
    /// <summary>Fails the calling test when sources/ lacks a document: the repository must carry them.</summary>
    public static void Require()
    {
        var count = Directory.Exists(RepoRoot.Seeds) ? Directory.EnumerateFiles(RepoRoot.Seeds, "*.txt").Count() : 0;
        Assert.True(count == 4, $"expected the four source documents in {RepoRoot.Seeds}, found {count}");
    }

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(() =>
        Directory.EnumerateFiles(RepoRoot.Seeds, "*.txt").ToDictionary(f => Path.GetFileName(f), f => Collapse(File.ReadAllText(f))));

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> ("000", "002", "004").</summary>
    public static string Text(string prefix) => Texts.Value.Single(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).Value;

    public static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
