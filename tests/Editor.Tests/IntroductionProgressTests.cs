using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

/// <summary>The introduction path remembers progress in this browser only (localStorage), in real Chromium.</summary>
public sealed class IntroductionProgressTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task Marking_steps_done_fills_the_progress_bars_and_the_start_page_offers_to_go_on()
    {
        BrowserSite.SkipWithoutChromium();
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        await page.GotoAsync(site.Address + "introduktion/steg-1-vad-ar-vbe.html");
        Assert.Equal("0", await page.TextContentAsync(".step-header [data-intro-done]"));
        await page.CheckAsync("[data-step-done]");
        Assert.Equal("1", await page.TextContentAsync(".step-header [data-intro-done]"));
        Assert.Equal(1, await page.EvalOnSelectorAsync<int>(".step-header [data-intro-bar]", "b => b.value"));

        await page.GotoAsync(site.Address + "introduktion/steg-2-extremistmiljoer.html");
        await page.CheckAsync("[data-step-done]");
        Assert.Equal("2", await page.TextContentAsync(".step-header [data-intro-done]"));
        Assert.True(await page.IsVisibleAsync(".step-header [data-intro-progress]"));

        await page.GotoAsync(site.Address + "introduktion/index.html");
        Assert.Equal("2", await page.TextContentAsync("[data-intro-path] [data-intro-done]"));
        Assert.Equal(2, await page.EvalOnSelectorAsync<int>("[data-intro-path] [data-intro-bar]", "b => b.value"));
        Assert.Equal(2, await page.Locator("[data-step-done-badge]:visible").CountAsync());

        await page.GotoAsync(site.Address + "index.html");
        Assert.Equal("Du har gjort 2 av 8 steg – fortsätt med steg 3.", await page.TextContentAsync("[data-intro-resume]"));
        Assert.Equal("introduktion/steg-3-riktlinjer-och-handlingsplan.html", await page.GetAttributeAsync("[data-door=new]", "href"));

        await page.GotoAsync(site.Address + "introduktion/steg-1-vad-ar-vbe.html");
        await page.UncheckAsync("[data-step-done]");
        Assert.Equal("1", await page.TextContentAsync(".step-header [data-intro-done]"));

        // Nothing leaves the browser: every request went to the site itself.
        Assert.All(requests, url => Assert.StartsWith(site.Address, url));
    }

    [Fact]
    public async Task Progress_is_kept_per_browser_and_a_new_reader_starts_at_zero()
    {
        BrowserSite.SkipWithoutChromium();
        await using var first = await site.Browser.NewContextAsync();
        var page = await first.NewPageAsync();
        await page.GotoAsync(site.Address + "introduktion/steg-1-vad-ar-vbe.html");
        await page.CheckAsync("[data-step-done]");

        await using var second = await site.Browser.NewContextAsync();
        var other = await second.NewPageAsync();
        await other.GotoAsync(site.Address + "introduktion/index.html");

        Assert.Equal("0", await other.TextContentAsync("[data-intro-path] [data-intro-done]"));
        Assert.False(await other.IsVisibleAsync("[data-intro-resume]"));
    }
}
