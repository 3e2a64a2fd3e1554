using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Building;

/// <summary>Under a sub-path such as /vbe/ every page link stays relative, so the site works there and from disk.</summary>
public sealed class BaseUrlTests
{
    [Fact]
    public void Site_built_for_a_sub_path_has_only_relative_links()
    {
        using var site = new BuiltSite(RepoRoot.Content, baseUrl: "/vbe/");

        var rooted = site.HtmlFiles
            .SelectMany(f => site.Html(f).QuerySelectorAll("[href], [src], form[action]")
                .Select(e => (File: f, Url: e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "")))
            .Where(l => l.Url.StartsWith('/'))
            .Select(l => $"{l.File}: {l.Url}").ToList();

        Assert.Empty(rooted);
        Assert.Contains("<loc>/vbe/rutiner/vid-oro.html</loc>", site.Text("sitemap.xml"));
        Assert.Contains("Sitemap: /vbe/sitemap.xml", site.Text("robots.txt"));
    }
}
