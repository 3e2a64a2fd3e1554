using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class EditLinkTests
{
    private static readonly HtmlParser Parser = new();

    private static TempDir SiteWith(string siteYml)
    {
        var site = Fixture.Site(("rutiner/vid-oro.md", Fixture.Page("Vid oro", type: "routine")));
        site.Write("content/_data/site.yml", siteYml);
        return site;
    }

    [Fact]
    public async Task Configured_links_lead_to_the_pages_source_file_and_a_prefilled_report()
    {
        using var site = SiteWith("""
            editUrl: https://git.example.test/vbe/-/edit/main/content/
            reportUrl: https://git.example.test/vbe/-/issues/new?title=Fel%20på%20{title}&sida={url}
            """);

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var page = Parser.ParseDocument(File.ReadAllText(site["out/rutiner/vid-oro.html"]));
        Assert.Equal("https://git.example.test/vbe/-/edit/main/content/rutiner/vid-oro.md", page.QuerySelector("[data-edit-link]")!.GetAttribute("href"));
        Assert.Equal("Redigera sidan", page.QuerySelector("[data-edit-link]")!.TextContent);
        Assert.Equal("https://git.example.test/vbe/-/issues/new?title=Fel%20på%20Vid%20oro&sida=%2Frutiner%2Fvid-oro.html", page.QuerySelector("[data-report-link]")!.GetAttribute("href"));
        Assert.Equal("Rapportera ett fel", page.QuerySelector("[data-report-link]")!.TextContent);
    }

    [Fact]
    public async Task Empty_settings_hide_both_links()
    {
        using var site = SiteWith("editUrl: \"\"\nreportUrl:\n");

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var page = Parser.ParseDocument(File.ReadAllText(site["out/rutiner/vid-oro.html"]));
        Assert.Null(page.QuerySelector("[data-edit-link]"));
        Assert.Null(page.QuerySelector("[data-report-link]"));
        Assert.Null(page.QuerySelector(".page-meta__actions"));
    }

    [Fact]
    public async Task The_real_content_ships_without_addresses_so_the_links_are_hidden()
    {
        using var dir = new TempDir();

        (await Vbe.RunAsync("build", "--output", dir["out"])).Expect(0);

        Assert.True(File.Exists(Path.Combine(Repo.Content, "_data", "site.yml")));
        Assert.DoesNotContain("data-edit-link", File.ReadAllText(dir["out/rutiner/vid-oro.html"]));
    }

    [Fact]
    public async Task A_settings_key_with_a_typo_or_an_address_that_is_not_https_is_reported_on_its_line()
    {
        using var site = SiteWith("editurl: https://git.example.test/\nreportUrl: intranet/fel\n");

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches(@"content/_data/site\.yml:1:1: fel VBE003: okänd nyckel 'editurl' i front matter för typen 'site\.yml'\. Åtgärd: menade du 'editUrl'\?", run.Stderr);
        Assert.Matches(@"content/_data/site\.yml:2:12: fel VBE005: 'reportUrl' ska vara en https://-adress, eller tom för att dölja länken\.", run.Stderr);
    }

    [Fact]
    public async Task Settings_that_are_not_valid_yaml_are_a_data_file_error_in_Swedish_on_their_line()
    {
        using var site = SiteWith("editUrl: https://git.example.test/\n  reportUrl: [\n");

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches(@"content/_data/site\.yml:\d+:\d+: fel VBE001: datafilen är inte giltig YAML: [^.]+\. Åtgärd: kontrollera indraget", run.Stderr);
    }
}
