using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Caching;

/// <summary>Output-cache tags: one per content type, one for responses that mix types, one for everything.</summary>
public static class CacheTags
{
    /// <summary>Every cached content response.</summary>
    public const string Content = "content";

    /// <summary>Responses that can show pages of any type (the pages resource); evicted on every change.</summary>
    public const string AnyPage = "pages";

    public static string For(PageType type) => "type:" + type.Name();

    /// <summary>What to evict after a reload that changed pages of <paramref name="changed"/> types.</summary>
    public static IReadOnlyList<string> ToEvict(IReadOnlySet<PageType> changed) =>
        changed.Count == 0 ? [] : [AnyPage, .. changed.Select(For).Order(StringComparer.Ordinal)];
}
