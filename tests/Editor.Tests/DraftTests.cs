using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class DraftTests
{
    private static TempDir Content() => Fixture.Site(
        ("rutiner/utkast.md", Fixture.Page("Utkast", "draft: true", type: "routine")),
        ("rutiner/senare.md", Fixture.Page("Senare", "publish: 2026-12-01", type: "routine")),
        ("rutiner/idag.md", Fixture.Page("Idag", "publish: 2026-11-25", type: "routine")));

    [Fact]
    public async Task Drafts_and_scheduled_pages_are_left_out_of_the_site_its_lists_sitemap_and_feed()
    {
        using var site = Content();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--today", "2026-11-25", "--base-url", "https://intranat.example/")).Expect(0);

        Assert.False(File.Exists(site["out/rutiner/utkast.html"]));
        Assert.False(File.Exists(site["out/rutiner/senare.html"]));
        Assert.True(File.Exists(site["out/rutiner/idag.html"]));
        var listed = File.ReadAllText(site["out/rutiner/index.html"]) + File.ReadAllText(site["out/sitemap.xml"]) + File.ReadAllText(site["out/feed.xml"]);
        Assert.DoesNotContain("utkast", listed);
        Assert.DoesNotContain("senare", listed);
        Assert.Contains("rutiner/idag.html", listed);
    }

    [Fact]
    public async Task With_drafts_the_site_includes_drafts_and_scheduled_pages()
    {
        using var site = Content();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--today", "2026-11-25", "--drafts")).Expect(0);

        Assert.True(File.Exists(site["out/rutiner/utkast.html"]));
        Assert.True(File.Exists(site["out/rutiner/senare.html"]));
    }

    [Fact]
    public async Task A_scheduled_page_appears_on_its_publish_date()
    {
        using var site = Content();

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--today", "2026-12-01")).Expect(0);

        Assert.True(File.Exists(site["out/rutiner/senare.html"]));
    }
}
