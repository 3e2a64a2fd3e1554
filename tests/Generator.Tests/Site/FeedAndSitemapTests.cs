using System.Xml.Linq;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>sitemap.xml lists every published page; feed.xml (Atom) the most recently changed ones, all real pages.</summary>
public sealed class FeedAndSitemapTests(RealSite real)
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public void Sitemap_lists_every_published_page_once_by_its_absolute_address()
    {
        using var site = new BuiltSite(RepoRoot.Content, baseUrl: "https://intranat.example/vbe/");

        var locations = XDocument.Parse(site.Text("sitemap.xml")).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();

        Assert.Equal(real.Content.Pages.Select(p => "https://intranat.example/vbe/" + p.Page.Url).Order(StringComparer.Ordinal), locations.Order(StringComparer.Ordinal));
        Assert.Contains("Sitemap: https://intranat.example/vbe/sitemap.xml", site.Text("robots.txt"));
    }

    [Fact]
    public void A_site_built_for_a_path_alone_has_no_sitemap_because_its_addresses_must_be_absolute()
    {
        Assert.False(real.Site.Exists("sitemap.xml"));
        Assert.DoesNotContain("Sitemap:", real.Site.Text("robots.txt"));
    }

    [Fact]
    public void Feed_is_atom_with_every_published_page_newest_first()
    {
        var entries = XDocument.Parse(real.Site.Text("feed.xml")).Root!.Elements(Atom + "entry").ToList();
        var published = real.Content.Pages.Select(p => "/" + p.Page.Url).ToHashSet();

        // Issue 3's tests: the feed lists every published page.
        Assert.Equal(published.Order(StringComparer.Ordinal), entries.Select(e => e.Element(Atom + "link")!.Attribute("href")!.Value).Order(StringComparer.Ordinal));
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

}
