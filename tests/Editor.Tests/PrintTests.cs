using System.Text.RegularExpressions;
using VbeKnowledge.Editor.Tests.Infra;

namespace VbeKnowledge.Editor.Tests;

/// <summary>Printing through Chromium's own PDF output: one clean A4 page where the content allows, with the URL and date.</summary>
public sealed partial class PrintTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [GeneratedRegex(@"/Type\s*/Page[^s]")]
    private static partial Regex PdfPage();

    private async Task<int> PrintedPages(string path)
    {
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Address + path);
        var pdf = await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true });
        await page.CloseAsync();
        return PdfPage().Matches(System.Text.Encoding.Latin1.GetString(pdf)).Count;
    }

    [Theory]
    // rutiner/larmvagar.html is no longer of ordinary length: with the "Gör så här nu" block and the source's
    // text for both alarm paths it prints on two pages (the block comes first).
    [InlineData("rutiner/graffiti-och-klistermarken.html")]
    [InlineData("rutiner/sekretessbrytande-regel.html")]
    [InlineData("symboler/wolfsangel.html")]
    public async Task A_routine_or_symbol_of_ordinary_length_prints_on_one_A4_page(string path)
    {
        BrowserSite.SkipWithoutChromium();

        Assert.Equal(1, await PrintedPages(path));
    }

    [Fact]
    public async Task The_printed_page_has_no_navigation_and_ends_with_its_address_and_the_date()
    {
        BrowserSite.SkipWithoutChromium();
        var page = await site.Browser.NewPageAsync();
        await page.GotoAsync(site.Address + "rutiner/vid-oro.html");
        await page.EmulateMediaAsync(new() { Media = Microsoft.Playwright.Media.Print });

        foreach (var selector in new[] { ".site-header", ".site-nav", ".toc", ".breadcrumbs", ".search-box", ".flow-diagram" })
            Assert.False(await page.IsVisibleAsync(selector), selector + " should not print");
        Assert.True(await page.IsVisibleAsync(".prose ol li"));   // the steps print as the numbered list
        var note = await page.TextContentAsync("[data-print-note]");
        Assert.True(await page.IsVisibleAsync("[data-print-note]"));
        Assert.Contains("från " + site.Address + "rutiner/vid-oro.html", note);
        Assert.Matches(@"Utskriven den \d{1,2} (januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december) \d{4}", note);
        Assert.Contains("Senast granskad 24 november 2026", note);
    }
}
