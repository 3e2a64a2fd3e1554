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
/// Readers see which pages are new, changed or removed, by title; a commit subject is written for editors
/// and is not shown. An editor who wants to tell readers more writes a <c>Nyhet:</c> trailer in the commit
/// message (<see cref="GitLog.ReaderNoteTrailer"/>). Authors are named only when site.yml sets <c>showAuthors: true</c>.
/// </summary>
public static class WhatsNewWriter
{
    public const int MaxCommits = 50;
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void Write(ThemeRenderer renderer, ContentSnapshot snapshot, string contentRoot, string baseUrl, bool showAuthors, OutputFolder output)
    {
        var entries = Entries(GitLog.Read(contentRoot, MaxCommits), snapshot, contentRoot);
        output.WriteText("nytt.html", renderer.RenderGenerated("whats-new", "nytt.html", "Nytt i kunskapsbanken",
            "Vilka sidor som är nya, ändrade eller borttagna, och när.", "entries", entries.Select(e => e.View("", showAuthors)).ToList()));
        output.WriteText("nytt.xml", Feed(entries, baseUrl, showAuthors));
    }

    /// <param name="Pages">Each page the commit touched, with its title (for a deleted page, the title it had).</param>
    private sealed record Entry(ContentCommit Commit, IReadOnlyList<(Page? Page, string Title, FileStatus Status)> Pages)
    {
        public WhatsNewEntryView View(string root, bool showAuthors) => new(
            Commit.Hash[..Math.Min(10, Commit.Hash.Length)],
            SwedishDates.Long(DateOnly.FromDateTime(Commit.Date.UtcDateTime)), Commit.Date.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            showAuthors ? Commit.Author : null, Title,
            Pages.Select(p => new WhatsNewPageView(p.Title, p.Page is null ? null : root + p.Page.Url, Change(p.Status), p.Page?.Type.Label() ?? "")).ToList());

        /// <summary>The editor's note for readers, else what happened by title: "Ny sida: A; Ändrad: B, C".</summary>
        public string Title => Commit.ReaderNote ?? string.Join("; ", Pages.GroupBy(p => p.Status).OrderBy(g => g.Key)
            .Select(g => $"{Label(g.Key, g.Count())}: {Titles(g.Select(p => p.Title).ToList())}"));

        private static string Label(FileStatus status, int count) => (status, count > 1) switch
        {
            (FileStatus.Added, false) => "Ny sida", (FileStatus.Added, true) => "Nya sidor",
            (FileStatus.Deleted, false) => "Borttagen", (FileStatus.Deleted, true) => "Borttagna",
            (_, false) => "Ändrad", (_, true) => "Ändrade",
        };

        private static string Titles(IReadOnlyList<string> titles) =>
            titles.Count <= 3 ? string.Join(", ", titles) : $"{string.Join(", ", titles.Take(3))} och {titles.Count - 3} till";
    }

    private static List<Entry> Entries(IReadOnlyList<ContentCommit> commits, ContentSnapshot snapshot, string contentRoot)
    {
        var bySource = snapshot.Pages.ToDictionary(p => p.Page.SourcePath, p => p.Page, StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var commit in commits)
        {
            var pages = new List<(Page?, string, FileStatus)>();
            foreach (var (status, path) in commit.Files.Where(f => IsPageFile(f.Path)))
            {
                if (bySource.TryGetValue(path, out var page)) pages.Add((page, page.Title, status));
                // A deleted page is named by the title it had (its file if that cannot be read); a file that is
                // still there but not published (a draft) is not named at all.
                else if (status == FileStatus.Deleted) pages.Add((null, GitLog.TitleBefore(contentRoot, commit.Hash, path) ?? path, status));
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

    private static string Feed(IReadOnlyList<Entry> entries, string baseUrl, bool showAuthors)
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
                new XElement(Atom + "title", e.Title),
                new XElement(Atom + "id", $"urn:vbe-kunskapsbank:commit:{e.Commit.Hash}"),
                new XElement(Atom + "link", new XAttribute("href", e.Pages.FirstOrDefault(p => p.Page is not null).Page is { } first ? baseUrl + first.Url : baseUrl + "nytt.html")),
                new XElement(Atom + "updated", Stamp(e.Commit.Date.ToUniversalTime())),
                new XElement(Atom + "author", new XElement(Atom + "name", showAuthors ? e.Commit.Author : "Stockholms stad")),
                new XElement(Atom + "content", new XAttribute("type", "html"), ContentHtml(e, baseUrl)))));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Declaration + "\n" + feed + "\n";
    }

    private static string ContentHtml(Entry entry, string baseUrl) =>
        "<ul>" + string.Concat(entry.Pages.Select(p => p.Page is { } page
            ? $"<li><a href=\"{HtmlText.Escape(baseUrl + page.Url)}\">{HtmlText.Escape(page.Title)}</a> ({Change(p.Status)})</li>"
            : $"<li>{HtmlText.Escape(p.Title)} ({Change(p.Status)})</li>")) + "</ul>";

    private static string Stamp(DateTimeOffset date) => date.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
