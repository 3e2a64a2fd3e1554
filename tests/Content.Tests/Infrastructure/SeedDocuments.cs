using System.Text.RegularExpressions;

namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>
/// The four source documents (text extracted from PDF and Word) beside the repository, with all
/// whitespace collapsed to single spaces: the extraction breaks table cells over many lines.
/// </summary>
public static partial class SeedDocuments
{
    public static bool IsPresent => Directory.Exists(RepoRoot.Seeds);

    public const string MissingReason = "the source documents are not beside the repository (../shared/seeds)";

    private static readonly Lazy<IReadOnlyDictionary<string, string>> Texts = new(() =>
        Directory.EnumerateFiles(RepoRoot.Seeds, "*.txt").ToDictionary(f => Path.GetFileName(f), f => Collapse(File.ReadAllText(f))));

    /// <summary>The seed file whose name starts with <paramref name="prefix"/> ("000", "002", "004").</summary>
    public static string Text(string prefix) => Texts.Value.Single(t => t.Key.StartsWith(prefix, StringComparison.Ordinal)).Value;

    public static string Collapse(string text) => Whitespace().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
