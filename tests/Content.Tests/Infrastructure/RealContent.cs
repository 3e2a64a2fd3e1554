using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>The repository's real content/, loaded once through the shared library, drafts included.</summary>
public static class RealContent
{
    /// <summary>The day the content was last reviewed in full; fixed so the tests do not age.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    private static readonly Lazy<ContentResult> Loaded = new(() =>
        ContentPipeline.Load(ContentFolder.Open(RepoRoot.Content), new ContentOptions(Today, IncludeDrafts: true)));

    public static ContentResult Result => Loaded.Value;

    public static ContentSnapshot Snapshot =>
        Result.Snapshot ?? throw new InvalidOperationException("content/ does not load: " + string.Join("\n", Result.Diagnostics.Sorted()));

    public static IEnumerable<Page> Pages => Snapshot.Pages.Select(p => p.Page);

    public static IEnumerable<Page> OfType(PageType type) => Pages.Where(p => p.Type == type);
}
