using System.Xml.Linq;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Output;

/// <summary>An Atom feed of every published page by its last change (last commit, else review date), newest first.</summary>
public static class FeedWriter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(IReadOnlyList<RenderedPage> pages, string baseUrl)
    {
        var entries = pages
            .Select(p => (p.Page, Updated: ChangedAt(p.Page)))
            .OrderByDescending(e => e.Updated).ThenBy(e => e.Page.Id, StringComparer.Ordinal)
            .ToList();
        var updated = entries.Count > 0 ? entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", "Kunskapsbanken om våldsbejakande extremism – senast ändrat"),
            new XElement(Atom + "id", baseUrl + "feed.xml"),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + "feed.xml")),
            new XElement(Atom + "link", new XAttribute("href", baseUrl)),
            new XElement(Atom + "updated", updated.ToString("yyyy-MM-ddTHH:mm:ssZ")),
            new XElement(Atom + "author", new XElement(Atom + "name", "Stockholms stad")),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Page.Title),
                new XElement(Atom + "id", baseUrl + e.Page.Url),
                new XElement(Atom + "link", new XAttribute("href", baseUrl + e.Page.Url)),
                new XElement(Atom + "updated", e.Updated.ToString("yyyy-MM-ddTHH:mm:ssZ")),
                new XElement(Atom + "category", new XAttribute("term", e.Page.Type.Name()), new XAttribute("label", e.Page.Type.Label())),
                new XElement(Atom + "summary", e.Page.LastChange is { } c ? $"{e.Page.Summary} (Ändrat: {c.Subject})" : e.Page.Summary))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed + "\n";
    }

    public static DateTimeOffset ChangedAt(Page page) =>
        page.LastChange?.Date.ToUniversalTime() ?? new DateTimeOffset(page.Reviewed.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
