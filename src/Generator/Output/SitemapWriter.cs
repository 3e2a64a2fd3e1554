using System.Xml.Linq;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Output;

/// <summary>sitemap.xml and robots.txt: every published page, with its last change.</summary>
public static class SitemapWriter
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static string Sitemap(IReadOnlyList<RenderedPage> pages, string baseUrl)
    {
        var urlset = new XElement(Ns + "urlset",
            pages.Select(p => new XElement(Ns + "url",
                new XElement(Ns + "loc", baseUrl + p.Page.Url),
                new XElement(Ns + "lastmod", FeedWriter.ChangedAt(p.Page).ToString("yyyy-MM-dd")))));
        return new XDeclaration("1.0", "utf-8", null) + "\n" + urlset + "\n";
    }

    public static string Robots(string baseUrl) =>
        $"User-agent: *\nAllow: /\nSitemap: {baseUrl}sitemap.xml\n";
}
