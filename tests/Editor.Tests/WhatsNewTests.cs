using System.Xml.Linq;
using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class WhatsNewTests
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Three commits by two authors: pages added, one changed and one deleted, one draft added.</summary>
    private static TempDir History()
    {
        var site = Fixture.Site(
            ("rutiner/vid-oro.md", Fixture.Page("Vid oro", type: "routine")),
            ("rutiner/gammal.md", Fixture.Page("Gammal", type: "routine")));
        var git = GitRepo.Init(site);
        git.Commit("Anna Redaktör", "2026-10-01T09:00:00+02:00", "Första versionen");
        site.Write("content/rutiner/vid-oro.md", Fixture.Page("Vid oro", type: "routine", body: "Ny text om vad du gör."));
        File.Delete(site["content/rutiner/gammal.md"]);
        git.Commit("Bertil Granskare", "2026-11-02T14:30:00+01:00", "Uppdatera rutinen vid oro");
        site.Write("content/rutiner/utkast.md", Fixture.Page("Hemligt utkast", "draft: true", type: "routine"));
        git.Commit("Anna Redaktör", "2026-11-10T10:00:00+01:00", "Börja på ett utkast");
        return site;
    }

    private static void ShowAuthors(TempDir site) =>
        site.Write("content/_data/site.yml", "editUrl: \"\"\nreportUrl: \"\"\nshowAuthors: true\n");

    [Fact]
    public async Task The_whats_new_page_lists_each_commit_newest_first_with_the_pages_it_changed_by_title_in_Swedish()
    {
        using var site = History();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var page = Parser.ParseDocument(File.ReadAllText(site["out/nytt.html"]));
        var entries = page.QuerySelectorAll("[data-commit]");
        Assert.Equal(2, entries.Length);   // the draft-only commit names no published page
        Assert.Equal("2 november 2026: Ändrad: Vid oro; Borttagen: Gammal", entries[0].QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal("1 oktober 2026: Nya sidor: Start, Rutiner, Vid oro", entries[1].QuerySelector("h2")!.TextContent.Trim());
        Assert.Equal(["Vid oro ändrad", "Gammal borttagen"], entries[0].QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Equal("rutiner/vid-oro.html", entries[0].QuerySelector("a")!.GetAttribute("href"));
        // Commit subjects and git authors are for editors, not readers.
        Assert.DoesNotContain("Uppdatera rutinen", page.Body!.TextContent);
        Assert.DoesNotContain("Bertil Granskare", page.Body.TextContent);
        Assert.DoesNotContain("Hemligt utkast", page.Body.TextContent);
        Assert.Equal("nytt.xml", page.QuerySelector("link[title='Nytt i kunskapsbanken']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_whats_new_feed_has_one_atom_entry_per_commit_with_author_date_and_pages()
    {
        using var site = History();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--base-url", "https://intranat.example/vbe/")).Expect(0);

        var feed = XDocument.Load(site["out/nytt.xml"]).Root!;
        Assert.Equal("https://intranat.example/vbe/nytt.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal("2026-11-02T13:30:00Z", feed.Element(Atom + "updated")!.Value);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(["Ändrad: Vid oro; Borttagen: Gammal", "Nya sidor: Start, Rutiner, Vid oro"], entries.Select(e => e.Element(Atom + "title")!.Value));
        var first = entries[0];
        Assert.Equal("Stockholms stad", first.Element(Atom + "author")!.Element(Atom + "name")!.Value);
        Assert.StartsWith("urn:vbe-kunskapsbank:commit:", first.Element(Atom + "id")!.Value);
        Assert.Equal("https://intranat.example/vbe/rutiner/vid-oro.html", first.Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.Contains("<a href=\"https://intranat.example/vbe/rutiner/vid-oro.html\">Vid oro</a> (ändrad)", first.Element(Atom + "content")!.Value);
    }

    [Fact]
    public async Task Pages_show_the_date_of_their_last_change_from_git_and_not_its_author()
    {
        using var site = History();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var changed = Parser.ParseDocument(File.ReadAllText(site["out/rutiner/vid-oro.html"])).QuerySelector("[data-last-changed]")!;
        Assert.Equal("2026-11-02", changed.GetAttribute("datetime"));
        Assert.DoesNotContain("Bertil", changed.ParentElement!.TextContent);
    }

    [Fact]
    public async Task With_show_authors_pages_and_whats_new_name_the_author_of_each_change()
    {
        using var site = History();
        ShowAuthors(site);

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var changed = Parser.ParseDocument(File.ReadAllText(site["out/rutiner/vid-oro.html"])).QuerySelector("[data-last-changed]")!;
        var untouched = Parser.ParseDocument(File.ReadAllText(site["out/rutiner/index.html"])).QuerySelector("[data-last-changed]")!;
        Assert.Equal("2026-11-02", changed.GetAttribute("datetime"));
        Assert.Contains("av Bertil Granskare", changed.ParentElement!.TextContent);
        Assert.Equal("2026-10-01", untouched.GetAttribute("datetime"));
        Assert.Contains("av Anna Redaktör", untouched.ParentElement!.TextContent);
        var entries = Parser.ParseDocument(File.ReadAllText(site["out/nytt.html"])).QuerySelectorAll("[data-commit]");
        Assert.Contains("Ändrat av Bertil Granskare", entries[0].TextContent);
        Assert.Equal("Bertil Granskare", XDocument.Load(site["out/nytt.xml"]).Root!.Elements(Atom + "entry").First().Element(Atom + "author")!.Element(Atom + "name")!.Value);
    }

    [Fact]
    public async Task A_nyhet_trailer_in_the_commit_message_is_what_readers_see()
    {
        using var site = History();
        site.Write("content/rutiner/vid-oro.md", Fixture.Page("Vid oro", type: "routine", body: "Ett nytt steg om vad du gör först."));
        new GitRepo(site).Commit("Anna Redaktör", "2026-11-20T10:00:00+01:00", "Add step 0\n\nNyhet: Rutinen vid oro har fått ett nytt första steg.");

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var newest = Parser.ParseDocument(File.ReadAllText(site["out/nytt.html"])).QuerySelector("[data-commit] h2")!;
        Assert.Equal("20 november 2026: Rutinen vid oro har fått ett nytt första steg.", newest.TextContent.Trim());
        Assert.Equal("Rutinen vid oro har fått ett nytt första steg.", XDocument.Load(site["out/nytt.xml"]).Root!.Elements(Atom + "entry").First().Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task Outside_git_the_whats_new_page_says_there_is_no_history()
    {
        using var site = Fixture.Site();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var page = Parser.ParseDocument(File.ReadAllText(site["out/nytt.html"]));
        Assert.Empty(page.QuerySelectorAll("[data-commit]"));
        Assert.Contains("inte byggd från ett git-förråd", page.Body!.TextContent);
        Assert.Empty(XDocument.Load(site["out/nytt.xml"]).Root!.Elements(Atom + "entry"));
    }
}
