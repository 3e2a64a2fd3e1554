using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class AliasTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Each_alias_becomes_a_redirect_page_with_meta_refresh_canonical_and_a_visible_link()
    {
        using var site = Fixture.Site(("rutiner/ny.md", Fixture.Page("Ny rutin", "aliases: [rutiner/gammal.html, /oro, arkiv/]", type: "routine")));

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"], "--base-url", "https://intranat.example/vbe/")).Expect(0);

        foreach (var (path, target) in new[] { ("rutiner/gammal.html", "../rutiner/ny.html"), ("oro.html", "rutiner/ny.html"), ("arkiv/index.html", "../rutiner/ny.html") })
        {
            var page = Parser.ParseDocument(File.ReadAllText(site["out/" + path]));
            Assert.Equal($"0; url={target}", page.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
            Assert.Equal("https://intranat.example/vbe/rutiner/ny.html", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            var link = page.QuerySelector("main a")!;
            Assert.Equal(target, link.GetAttribute("href"));
            Assert.Equal("Ny rutin", link.TextContent);
            Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        }
        Assert.DoesNotContain("gammal.html", File.ReadAllText(site["out/sitemap.xml"]));
    }

    [Fact]
    public async Task Without_an_absolute_base_url_the_canonical_link_is_relative()
    {
        using var site = Fixture.Site(("rutiner/ny.md", Fixture.Page("Ny rutin", "aliases: [gammal/sida.html]", type: "routine")));

        (await Vbe.RunAsync("build", "--content", site["content"], "--output", site["out"])).Expect(0);

        var page = Parser.ParseDocument(File.ReadAllText(site["out/gammal/sida.html"]));
        Assert.Equal("../rutiner/ny.html", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("../utanfor.html")]
    [InlineData("https://example.org/sida.html")]
    [InlineData("rutiner/sida.html?x=1")]
    [InlineData("assets/site.css")]
    [InlineData("rutiner/.dold.html")]
    public async Task An_alias_outside_the_site_is_an_error_on_the_aliases_line(string alias)
    {
        using var site = Fixture.Site(("rutiner/ny.md", Fixture.Page("Ny rutin", $"aliases: ['{alias}']", type: "routine")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches($@"content/rutiner/ny\.md:10:10: fel VBE022: aliaset '{System.Text.RegularExpressions.Regex.Escape(alias)}' är ingen säker adress på webbplatsen\. Åtgärd: skriv den gamla adressen", run.Stderr);
    }

    [Fact]
    public async Task An_alias_that_is_another_pages_address_is_an_error()
    {
        using var site = Fixture.Site(
            ("rutiner/ny.md", Fixture.Page("Ny rutin", "aliases: [rutiner/annan.html, sok.html]", type: "routine")),
            ("rutiner/annan.md", Fixture.Page("Annan rutin", type: "routine")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches(@"content/rutiner/ny\.md:10:10: fel VBE023: aliaset 'rutiner/annan\.html' är adressen till sidan .*content/rutiner/annan\.md\. Åtgärd: ta bort aliaset", run.Stderr);
        Assert.Contains("fel VBE023: aliaset 'sok.html' är adressen till en sida som webbplatsen själv skriver.", run.Stderr);
    }

    [Fact]
    public async Task Two_pages_claiming_one_alias_is_an_error_on_the_second()
    {
        using var site = Fixture.Site(
            ("rutiner/a.md", Fixture.Page("A", "aliases: [gammal.html]", type: "routine")),
            ("rutiner/b.md", Fixture.Page("B", "aliases: [gammal.html]", type: "routine")));

        var run = await Vbe.RunAsync("check", "--content", site["content"]);

        run.Expect(1);
        Assert.Matches(@"content/rutiner/b\.md:10:10: fel VBE024: aliaset 'gammal\.html' används också av .*content/rutiner/a\.md\.", run.Stderr);
    }
}
