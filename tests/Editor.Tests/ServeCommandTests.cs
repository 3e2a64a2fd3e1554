using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

public sealed class ServeCommandTests
{
    private static readonly HtmlParser Parser = new();
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_changed_on_disk_reaches_the_reload_channel_and_is_served_new()
    {
        using var dir = TempDir.WithRealContent(out var content);
        await using var serve = await PreviewProcess.StartAsync(content);
        var before = await serve.Http.GetStringAsync("rutiner/vid-oro.html", Ct);
        Assert.Contains("<script src=\"/__vbe/live.js\">", before);
        Assert.DoesNotContain("Ändrat i förhandsvisningen", before);
        using var events = await serve.OpenEventsAsync();

        var page = Path.Combine(content, "rutiner", "vid-oro.md");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page, Ct)) + "\nÄndrat i förhandsvisningen.\n", Ct);

        var (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        // Only the body changed, so only that page was re-rendered.
        Assert.Equal(["rutiner/vid-oro.html"], JsonDocument.Parse(data).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));
        Assert.Contains("Ändrat i förhandsvisningen.", await serve.Http.GetStringAsync("rutiner/vid-oro.html", Ct));
    }

    [Fact]
    public async Task A_renamed_heading_breaks_the_links_of_other_pages_to_it_and_the_search_data_catches_up()
    {
        using var dir = TempDir.WithRealContent(out var content);
        await using var serve = await PreviewProcess.StartAsync(content);
        using var events = await serve.OpenEventsAsync();
        var page = Path.Combine(content, "ansvar-och-samverkan", "vbe-team-och-lotsfunktion.md");
        var good = await File.ReadAllTextAsync(page, Ct);

        // Only the body changes, but ordlista/vbe-team.md links to #vbe-teamet: that page is checked again.
        await File.WriteAllTextAsync(page, good.Replace("\n## VBE-teamet\n", "\n## Teamet för VBE\n"), Ct);

        var (name, data) = await events.NextAsync();
        Assert.Equal("problems", name);
        var status = JsonDocument.Parse(await serve.Http.GetStringAsync("__vbe/status", Ct)).RootElement;
        var problems = status.GetProperty("problems").EnumerateArray().Where(p => p.GetProperty("code").GetString() == "VBE010").ToList();
        Assert.Contains(problems, p => p.GetProperty("file").GetString()!.EndsWith("ordlista/vbe-team.md", StringComparison.Ordinal));

        await File.WriteAllTextAsync(page, good, Ct);

        (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        // After a failed build the next one is a full build; one more body edit is incremental again.
        await File.WriteAllTextAsync(page, good + "\nOrdet qwixtorp finns bara här.\n", Ct);
        (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        Assert.Equal(["ansvar-och-samverkan/vbe-team-och-lotsfunktion.html"],
            JsonDocument.Parse(data).RootElement.GetProperty("pages").EnumerateArray().Select(p => p.GetString()));

        // The search data is written right after the page, under the name every page already links to.
        var home = Parser.ParseDocument(await serve.Http.GetStringAsync("", Ct));
        var searchData = home.Body!.GetAttribute("data-search-index")!;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await serve.Http.GetStringAsync(searchData, Ct)).Contains("qwixtorp", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "the search data never caught up with the edit");
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task A_title_change_rebuilds_the_whole_site_so_lists_show_it_too()
    {
        using var dir = TempDir.WithRealContent(out var content);
        await using var serve = await PreviewProcess.StartAsync(content);
        using var events = await serve.OpenEventsAsync();

        var page = Path.Combine(content, "rutiner", "larmvagar.md");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page, Ct)).Replace("title: Larmvägar vid en extraordinär händelse", "title: Larmvägar (ny rubrik)"), Ct);

        var (name, data) = await events.NextAsync();
        Assert.Equal("reload", name);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(data).RootElement.GetProperty("pages").ValueKind);
        var section = Parser.ParseDocument(await serve.Http.GetStringAsync("rutiner/", Ct));
        Assert.Contains(section.QuerySelectorAll("[data-card] a"), a => a.TextContent == "Larmvägar (ny rubrik)");
    }

    [Fact]
    public async Task A_broken_page_shows_file_line_and_fix_in_the_browser_and_the_preview_recovers_when_it_is_fixed()
    {
        using var dir = TempDir.WithRealContent(out var content);
        await using var serve = await PreviewProcess.StartAsync(content);
        using var events = await serve.OpenEventsAsync();
        var page = Path.Combine(content, "rutiner", "vid-oro.md");
        var good = await File.ReadAllTextAsync(page, Ct);

        await File.WriteAllTextAsync(page, good.Replace("\ntitle: ", "\ntitel: "), Ct);

        var (name, data) = await events.NextAsync();
        Assert.Equal("problems", name);
        Assert.Contains("vid-oro.md:2:1", JsonDocument.Parse(data).RootElement.GetProperty("html").GetString());
        var status = JsonDocument.Parse(await serve.Http.GetStringAsync("__vbe/status", Ct)).RootElement;
        Assert.False(status.GetProperty("ok").GetBoolean());
        var problem = status.GetProperty("problems").EnumerateArray().First(p => p.GetProperty("code").GetString() == "VBE003");
        Assert.EndsWith("rutiner/vid-oro.md", problem.GetProperty("file").GetString());
        Assert.Equal(2, problem.GetProperty("line").GetInt32());
        Assert.Equal("menade du 'title'?", problem.GetProperty("fix").GetString());

        // Any page now carries the overlay, the changed file's problems first; behind it, the last good site.
        var shown = Parser.ParseDocument(await serve.Http.GetStringAsync("index.html", Ct));
        var overlay = shown.QuerySelector("#vbe-preview-overlay[role=alert]")!;
        var first = overlay.QuerySelector("[data-problem]")!;
        Assert.Matches(@"rutiner/vid-oro\.md:2:1", first.TextContent);
        Assert.Contains("okänd nyckel 'titel'", first.TextContent);
        Assert.Contains("Åtgärd: menade du 'title'?", first.TextContent);
        Assert.NotNull(shown.QuerySelector("h1"));

        await File.WriteAllTextAsync(page, good, Ct);

        (name, _) = await events.NextAsync();
        Assert.Equal("reload", name);
        Assert.True(JsonDocument.Parse(await serve.Http.GetStringAsync("__vbe/status", Ct)).RootElement.GetProperty("ok").GetBoolean());
        Assert.Null(Parser.ParseDocument(await serve.Http.GetStringAsync("rutiner/vid-oro.html", Ct)).QuerySelector("#vbe-preview-overlay"));
    }

    [Fact]
    public async Task Assets_are_served_with_their_type_and_missing_pages_get_the_404_page()
    {
        using var dir = TempDir.WithRealContent(out var content);
        await using var serve = await PreviewProcess.StartAsync(content);
        var home = Parser.ParseDocument(await serve.Http.GetStringAsync("", Ct));
        var css = home.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;

        using var asset = await serve.Http.GetAsync(css, Ct);
        using var missing = await serve.Http.GetAsync("finns-inte.html", Ct);
        using var script = await serve.Http.GetAsync("__vbe/live.js", Ct);

        Assert.Equal("text/css", asset.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Sidan finns inte", await missing.Content.ReadAsStringAsync(Ct));
        Assert.Contains("new EventSource(\"/__vbe/events\")", await script.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task The_built_site_has_no_preview_script()
    {
        using var dir = TempDir.WithRealContent(out var content);

        await Vbe.RunAsync("build", "--content", content, "--output", dir["site"]).ContinueWith(t => t.Result.Expect(0));

        Assert.DoesNotContain(Directory.EnumerateFiles(dir["site"], "*.html", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("__vbe"));
    }
}
