using System.Text.RegularExpressions;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Validation;

/// <summary>
/// Checks the old addresses in <c>aliases</c>: each must be a safe path inside the site, no page's
/// or the site's own address, and claimed by one page only. The generator writes a redirect page at each.
/// </summary>
public static partial class AliasCheck
{
    /// <summary>Addresses the generator writes itself, besides the pages.</summary>
    public static readonly string[] SiteAddresses = ["sok.html", "404.html", "nytt.html"];

    [GeneratedRegex(@"^[A-Za-z0-9_-][A-Za-z0-9_.-]*(/[A-Za-z0-9_.-]+)*$")]
    private static partial Regex SafePath();

    /// <summary>The site path a redirect is written to: <c>/rutiner/oro</c> → <c>rutiner/oro.html</c>, <c>gammal/</c> → <c>gammal/index.html</c>; null when unsafe.</summary>
    public static string? SitePath(string alias)
    {
        var path = alias.Trim().TrimStart('/');
        if (path.EndsWith('/')) path += "index.html";
        else if (!path.EndsWith(".html", StringComparison.Ordinal) && !Path.GetFileName(path).Contains('.')) path += ".html";
        if (!path.EndsWith(".html", StringComparison.Ordinal) || !SafePath().IsMatch(path)) return null;
        if (path.Split('/').Any(segment => segment is "." or ".." || segment.StartsWith('.'))) return null;
        if (path.StartsWith("assets/", StringComparison.Ordinal)) return null;
        return path;
    }

    public static void Check(IReadOnlyList<Page> pages, DiagnosticBag diagnostics)
    {
        var pageUrls = pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var claimed = new Dictionary<string, Page>(StringComparer.Ordinal);
        foreach (var page in pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var at = page.Positions.TryGetValue("aliases", out var p) ? p : SourcePosition.StartOf(page.DisplayPath);
            foreach (var alias in page.Aliases)
            {
                var path = SitePath(alias);
                if (path is null) { diagnostics.Add(DiagnosticCatalog.UnsafeAlias(at, alias)); continue; }
                if (pageUrls.TryGetValue(path, out var existing))
                    diagnostics.Add(DiagnosticCatalog.AliasClash(at, alias, existing == page ? "sidan själv" : $"sidan {existing.DisplayPath}"));
                else if (SiteAddresses.Contains(path))
                    diagnostics.Add(DiagnosticCatalog.AliasClash(at, alias, "en sida som webbplatsen själv skriver"));
                else if (claimed.TryGetValue(path, out var other) && other != page)
                    diagnostics.Add(DiagnosticCatalog.DuplicateAlias(at, alias, other.DisplayPath));
                else claimed[path] = page;
            }
        }
    }
}
