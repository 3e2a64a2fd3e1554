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
            .Where(f => f != "404.html")   // served at any missing address: see the next test
            .SelectMany(f => site.Html(f).QuerySelectorAll("[href], [src], form[action]")
                .Select(e => (File: f, Url: e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "")))
            .Where(l => l.Url.StartsWith('/'))
            .Select(l => $"{l.File}: {l.Url}").ToList();

        Assert.Empty(rooted);
        Assert.False(site.Exists("sitemap.xml"));   // <loc> must be absolute: FeedAndSitemapTests
    }

    [Fact]
    public void The_404_page_links_from_the_base_url_because_a_server_shows_it_at_any_address()
    {
        using var site = new BuiltSite(RepoRoot.Content, baseUrl: "/vbe/");
        var page = site.Html("404.html");

        var urls = page.QuerySelectorAll("link[href], script[src], nav a[href], main a[href]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/vbe/", u));
    }
}
