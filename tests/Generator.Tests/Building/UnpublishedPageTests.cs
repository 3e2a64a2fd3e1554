using System.Xml.Linq;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Building;

/// <summary>Drafts and pages with a future publish date stay out of the site, its lists, sitemap and feed.</summary>
public sealed class UnpublishedPageTests : IDisposable
{
    private static readonly string[] Unpublished = ["rutiner/utkast-rutin.html", "rutiner/planerad-rutin.html"];
    private readonly TempFolder _temp = new();
    private readonly string _content;

    public UnpublishedPageTests()
    {
        // The valid fixture tree of Content.Tests (small enough that the feed lists every page), plus a
        // section with a draft, a page scheduled for 2027 and one published today.
        _content = _temp.CopyTree(Path.Combine(RepoRoot.Fixtures, "valid-minimal"), "content");
        _temp.CopyTree(Path.Combine(RepoRoot.Path, "tests", "Generator.Tests", "Fixtures", "unpublished"), "content");
    }

    [Fact]
    public void Draft_and_scheduled_pages_are_left_out()
    {
        using var site = new BuiltSite(_content, baseUrl: "https://intranat.example/");   // with a sitemap

        Assert.All(Unpublished, p => Assert.False(site.Exists(p), p));
        var sitemap = site.Text("sitemap.xml");
        var feed = site.Text("feed.xml");
        Assert.All(Unpublished, p => Assert.DoesNotContain(p, sitemap));
        Assert.All(Unpublished, p => Assert.DoesNotContain(p, feed));
        Assert.Empty(site.Html("rutiner/index.html").QuerySelectorAll("[data-card=utkast-rutin], [data-card=planerad-rutin]"));
        Assert.True(site.Exists("rutiner/publicerad-rutin.html"));
        Assert.Contains("rutiner/publicerad-rutin.html", sitemap);
        Assert.NotNull(site.Html("rutiner/index.html").QuerySelector("[data-card=publicerad-rutin]"));
    }

    [Fact]
    public void Drafts_option_includes_them()
    {
        using var site = new BuiltSite(_content, includeDrafts: true);

        Assert.All(Unpublished, p => Assert.True(site.Exists(p), p));
        Assert.Equal(2, site.Html("rutiner/index.html").QuerySelectorAll("[data-card=utkast-rutin], [data-card=planerad-rutin]").Length);
    }

    [Fact]
    public void Feed_of_a_small_site_lists_every_published_page()
    {
        using var site = new BuiltSite(_content);
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var links = XDocument.Parse(site.Text("feed.xml")).Descendants(atom + "entry")
            .Select(e => e.Element(atom + "link")!.Attribute("href")!.Value.TrimStart('/')).Order(StringComparer.Ordinal);

        Assert.Equal(site.HtmlFiles.Except(["sok.html", "nytt.html", "404.html"]), links);
    }

    public void Dispose() => _temp.Dispose();
}
