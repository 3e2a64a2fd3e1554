using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>
/// A content folder assembled in a temp folder from fixture trees (valid-minimal, then a case's files on top)
/// and loaded through the real pipeline, with paths shown as <c>content/…</c> as an editor sees them.
/// </summary>
public sealed class FixtureContent : IDisposable
{
    /// <summary>The day the fixtures are checked against: reviews of 2026-11-01 are current, of 2025-01-01 overdue.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static string ValidMinimal => Path.Combine(RepoRoot.Fixtures, "valid-minimal");

    /// <summary>The file of an error case that lists its expected diagnostics; never part of the content.</summary>
    public const string ExpectedFile = "expected.txt";

    private readonly TempFolder _temp = new();

    public FixtureContent(params string[] trees)
    {
        Root = _temp.CopyTree(ValidMinimal, "content");
        foreach (var tree in trees) _temp.CopyTree(tree, "content", skip: ExpectedFile);
    }

    /// <summary>The temp folder named <c>content</c>.</summary>
    public string Root { get; }

    public ContentResult Load(bool includeDrafts = false) =>
        // The prefix ContentFolder.Open would give with the temp folder as working directory; set here
        // instead of changing the process-wide current directory under parallel tests.
        ContentPipeline.Load(ContentFolder.Open(Root) with { DisplayPrefix = "content/" }, new ContentOptions(Today, includeDrafts));

    public static IReadOnlyList<string> Lines(ContentResult result) =>
        result.Diagnostics.Sorted().Select(d => d.ToString()).ToList();

    public void Dispose() => _temp.Dispose();
}
