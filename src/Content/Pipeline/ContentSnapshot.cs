using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Pipeline;

/// <summary>One consistent, validated and rendered state of the content folder: what the site and the API serve.</summary>
public sealed class ContentSnapshot
{
    public ContentSnapshot(IReadOnlyList<RenderedPage> pages, SiteData data, DateTimeOffset loadedAt)
        : this(pages, data, loadedAt, pages, [])
    {
    }

    internal ContentSnapshot(IReadOnlyList<RenderedPage> pages, SiteData data, DateTimeOffset loadedAt,
        IReadOnlyList<RenderedPage> allRendered, IReadOnlyList<Diagnostics.Diagnostic> loadDiagnostics)
    {
        Pages = pages;
        AllRendered = allRendered;
        LoadDiagnostics = loadDiagnostics;
        Data = data;
        LoadedAt = loadedAt;
        ById = pages.GroupBy(p => p.Page.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Published pages in a stable order: by section, then order, then title.</summary>
    public IReadOnlyList<RenderedPage> Pages { get; }
    public IReadOnlyDictionary<string, RenderedPage> ById { get; }
    public SiteData Data { get; }
    public DateTimeOffset LoadedAt { get; }

    /// <summary>Every page rendered, drafts and scheduled pages too, in file order: what an update after an edit starts from.</summary>
    internal IReadOnlyList<RenderedPage> AllRendered { get; }

    /// <summary>What the load reported before rendering (data files, front matter, validation): unchanged by an edit of a page body.</summary>
    internal IReadOnlyList<Diagnostics.Diagnostic> LoadDiagnostics { get; }

    public IEnumerable<RenderedPage> OfType(PageType type) => Pages.Where(p => p.Page.Type == type);
}
