using System.Xml.Linq;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Output;

/// <summary>
/// sitemap.xml and robots.txt: every published page, with its last change. The sitemap format allows
/// only absolute addresses, so a site built for a path alone (<c>/</c>, <c>/vbe/</c>) gets none.
/// </summary>
public static class SitemapWriter
{
    /// <summary>Whether the base URL is absolute (http or https), as every &lt;loc&gt; must be.</summary>
    public static bool CanWrite(string baseUrl) => StaticJsonWriter.CanWrite(baseUrl);

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
        "User-agent: *\nAllow: /\n" + (CanWrite(baseUrl) ? $"Sitemap: {baseUrl}sitemap.xml\n" : "");
}
