using AngleSharp.Dom;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>No internal link, image, script or stylesheet points nowhere; anchors exist; external links are marked.</summary>
public sealed class LinkTests(RealSite real)
{
    private static readonly string[] ExternalSchemes = ["http:", "https:", "mailto:", "tel:"];

    [Fact]
    public void No_internal_link_or_image_points_to_a_missing_file_or_anchor()
    {
        var broken = SiteLinks.Broken(real.Site);

        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(30)));
    }

    [Fact]
    public void Link_checker_finds_a_broken_link_and_a_broken_anchor()
    {
        // The check above proves nothing unless it can fail: feed it a page with one of each.
        using var site = new BuiltSite(Content.Tests.Infrastructure.RepoRoot.Content);
        var page = Path.Combine(site.Output, "rutiner", "vid-oro.html");
        File.WriteAllText(page, File.ReadAllText(page)
            .Replace("</main>", "<a href=\"../finns-inte.html\">x</a><a href=\"larmvagar.html#finns-inte\">y</a></main>"));

        var broken = SiteLinks.Broken(site);

        Assert.Equal(["rutiner/vid-oro.html: ../finns-inte.html", "rutiner/vid-oro.html: larmvagar.html#finns-inte"], broken);
    }

    [Fact]
    public void Every_external_link_in_a_page_body_is_marked_external()
    {
        var links = real.Site.HtmlFiles
            .SelectMany(f => real.Site.Html(f).QuerySelectorAll("main a[href]").Select(a => (File: f, Link: a)))
            .Where(l => l.Link.GetAttribute("href")!.StartsWith("http", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.True(l.Link.ClassList.Contains("external"), $"{l.File}: {l.Link.GetAttribute("href")}"));
        Assert.All(links, l => Assert.Equal("noopener noreferrer", l.Link.GetAttribute("rel")));
    }

    [Fact]
    public void No_link_uses_an_unsafe_scheme_or_an_empty_anchor()
    {
        var bad = real.Site.HtmlFiles
            .SelectMany(f => real.Site.Html(f).QuerySelectorAll("[href]").Select(e => (File: f, Href: e.GetAttribute("href")!)))
            .Where(l => l.Href == "#" || l.Href.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.Empty(bad);
    }

    internal static bool IsExternal(string url) => ExternalSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Resolves every href, src and action of a built site against the files on disk.</summary>
internal static class SiteLinks
{
    public static List<string> Broken(BuiltSite site)
    {
        var broken = new List<string>();
        foreach (var file in site.HtmlFiles)
        {
            var document = site.Html(file);
            foreach (var url in document.QuerySelectorAll("[href], [src], form[action]").Select(Url))
            {
                if (url.Length == 0 || LinkTests.IsExternal(url) || url.StartsWith("data:", StringComparison.Ordinal)) continue;
                if (!Resolves(site, file, document, url)) broken.Add($"{file}: {url}");
            }
        }
        return broken;
    }

    private static string Url(IElement e) => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "";

    private static bool Resolves(BuiltSite site, string file, IDocument document, string url)
    {
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var pathAndQuery = hash < 0 ? url : url[..hash];
        var path = Uri.UnescapeDataString(pathAndQuery.Split('?')[0]);
        if (path.Length == 0) return fragment is not null && document.GetElementById(fragment) is not null;

        var folder = Path.GetDirectoryName(Path.Combine(site.Output, file))!;
        var target = Path.GetFullPath(Path.Combine(folder, path));
        if (!target.StartsWith(site.Output + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(target)) return false;
        if (string.IsNullOrEmpty(fragment)) return true;
        var targetPath = Path.GetRelativePath(site.Output, target).Replace('\\', '/');
        return targetPath.EndsWith(".html", StringComparison.Ordinal) && site.Html(targetPath).GetElementById(fragment) is not null;
    }
}
