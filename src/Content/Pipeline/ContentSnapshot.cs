using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Pipeline;

/// <summary>One consistent, validated and rendered state of the content folder: what the site and the API serve.</summary>
public sealed class ContentSnapshot
{
    public ContentSnapshot(IReadOnlyList<RenderedPage> pages, SiteData data, DateTimeOffset loadedAt)
    {
        Pages = pages;
        Data = data;
        LoadedAt = loadedAt;
        ById = pages.GroupBy(p => p.Page.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>Published pages in a stable order: by section, then order, then title.</summary>
    public IReadOnlyList<RenderedPage> Pages { get; }
    public IReadOnlyDictionary<string, RenderedPage> ById { get; }
    public SiteData Data { get; }
    public DateTimeOffset LoadedAt { get; }

    public IEnumerable<RenderedPage> OfType(PageType type) => Pages.Where(p => p.Page.Type == type);
}
