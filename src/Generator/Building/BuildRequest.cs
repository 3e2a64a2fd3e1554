namespace VbeKnowledge.Generator.Building;

/// <summary>What to build, from where, to where, and for which address.</summary>
/// <param name="BaseUrl">The site's address, ending in '/': a path ("/vbe/") or an absolute URL; used for the sitemap, the feed and canonical links. Page links are always relative.</param>
public sealed record BuildRequest(string ContentDir, string OutputDir, string ThemeDir, string BaseUrl, DateOnly Today, bool IncludeDrafts = false, bool IsStrict = false)
{
    /// <summary>False for <c>build --no-search</c>: no search data is written (benchmarks, quick checks of the pages).</summary>
    public bool IncludeSearch { get; init; } = true;

    /// <summary>
    /// Whether the editors' relevance tests (content/_data/search-tests.yml) run and fail the build; false in
    /// <c>serve</c>, whose rebuilds stay quick. They need the search, so <c>--no-search</c> skips them too.
    /// </summary>
    public bool RunsSearchTests { get; init; } = true;
}
