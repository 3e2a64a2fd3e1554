using System.Globalization;
using System.Xml.Linq;
using VbeKnowledge.Content.History;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Generator.Theme;

namespace VbeKnowledge.Generator.Output;

/// <summary>
/// "Nytt i kunskapsbanken" from git history: <c>nytt.html</c> and the Atom feed <c>nytt.xml</c>, one entry
/// per commit that changed pages, newest first, with the pages it changed. feed.xml stays as it was (one
/// entry per page, by last change): a reader of nytt.xml learns what happened, a reader of feed.xml which
/// pages are fresh. Only published pages are named: a commit that touched only drafts is left out.
/// </summary>
public static class WhatsNewWriter
{
    public const int MaxCommits = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void Write(ThemeRenderer renderer, ContentSnapshot snapshot, string contentRoot, string baseUrl, OutputFolder output)
    {
        var entries = Entries(GitLog.Read(contentRoot, MaxCommits), snapshot);
        output.WriteText("nytt.html", renderer.RenderGenerated("whats-new", "nytt.html", "Nytt i kunskapsbanken",
            "Vad som har ändrats i kunskapsbanken och när, ändring för ändring.", "entries", entries.Select(e => e.View("")).ToList()));
        output.WriteText("nytt.xml", Feed(entries, baseUrl));
    }

    private sealed record Entry(ContentCommit Commit, IReadOnlyList<(Page? Page, string Path, FileStatus Status)> Pages)
    {
        public WhatsNewEntryView View(string root) => new(
            Commit.Hash[..Math.Min(10, Commit.Hash.Length)],
            SwedishDates.Long(DateOnly.FromDateTime(Commit.Date.UtcDateTime)), Commit.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Commit.Author, Commit.Subject,
            Pages.Select(p => new WhatsNewPageView(p.Page?.Title ?? p.Path, p.Page is null ? null : root + p.Page.Url, Change(p.Status), p.Page?.Type.Label() ?? "")).ToList());
    }

    private static List<Entry> Entries(IReadOnlyList<ContentCommit> commits, ContentSnapshot snapshot)
    {
        var bySource = snapshot.Pages.ToDictionary(p => p.Page.SourcePath, p => p.Page, StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var commit in commits)
        {
            var pages = new List<(Page?, string, FileStatus)>();
            foreach (var (status, path) in commit.Files.Where(f => IsPageFile(f.Path)))
            {
                if (bySource.TryGetValue(path, out var page)) pages.Add((page, path, status));
                // A deleted page is named by its file; a file that is still there but not published (a draft) is not named at all.
                else if (status == FileStatus.Deleted) pages.Add((null, path, status));
            }
            if (pages.Count > 0) entries.Add(new Entry(commit, pages.OrderBy(p => p.Item1 is null ? 1 : 0).ToList()));   // pages that exist first
        }
        return entries;
    }

    private static bool IsPageFile(string path) =>
        path.EndsWith(".md", StringComparison.Ordinal) && !path.StartsWith('_') && !path.Contains("/_data/", StringComparison.Ordinal)
        && !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase);

    private static string Change(FileStatus status) => status switch
    {
        FileStatus.Added => "ny",
        FileStatus.Deleted => "borttagen",
        _ => "ändrad",
    };

    private static string Feed(IReadOnlyList<Entry> entries, string baseUrl)
    {
        var updated = entries.Count > 0 ? entries.Max(e => e.Commit.Date).ToUniversalTime() : DateTimeOffset.UnixEpoch;
        var feed = new XElement(Atom + "feed",
            new XElement(Atom + "title", "Nytt i kunskapsbanken om våldsbejakande extremism"),
            // atom:id must be an absolute IRI; with a path-only base URL the feed gets a stable URN instead.
            new XElement(Atom + "id", baseUrl.Contains("://", StringComparison.Ordinal) ? baseUrl + "nytt.xml" : "urn:vbe-kunskapsbank:nytt"),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", baseUrl + "nytt.xml")),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", baseUrl + "nytt.html")),
            new XElement(Atom + "updated", Stamp(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "Stockholms stad")),
            entries.Select(e => new XElement(Atom + "entry",
                new XElement(Atom + "title", e.Commit.Subject),
                new XElement(Atom + "id", $"urn:vbe-kunskapsbank:commit:{e.Commit.Hash}"),
                new XElement(Atom + "link", new XAttribute("href", e.Pages.FirstOrDefault(p => p.Page is not null).Page is { } first ? baseUrl + first.Url : baseUrl + "nytt.html")),
                new XElement(Atom + "updated", Stamp(e.Commit.Date.ToUniversalTime())),
                new XElement(Atom + "author", new XElement(Atom + "name", e.Commit.Author)),
                new XElement(Atom + "content", new XAttribute("type", "html"), ContentHtml(e, baseUrl)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed + "\n";
    }

    private static string ContentHtml(Entry entry, string baseUrl) =>
        "<ul>" + string.Concat(entry.Pages.Select(p => p.Page is { } page
            ? $"<li><a href=\"{HtmlText.Escape(baseUrl + page.Url)}\">{HtmlText.Escape(page.Title)}</a> ({Change(p.Status)})</li>"
            : $"<li>{HtmlText.Escape(p.Path)} ({Change(p.Status)})</li>")) + "</ul>";

    private static string Stamp(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
