using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>
/// Screenshots of the main pages at desktop and phone width, for the README: written to $VBE_SCREENSHOTS_DIR, or to
/// TestResults/screenshots/ beside the test assembly. Each also checks the page fits its width without sideways scrolling.
/// </summary>
public sealed class ScreenshotSpecs(SiteFixture site)
{
    private static readonly Dictionary<string, (int Width, int Height)> Viewports = new()
    {
        ["desktop"] = (1280, 900),
        ["phone"] = (390, 844),
    };

    private static readonly string[] MainPages = ["home", "routine", "plan", "symbols", "symbol", "introduction", "search", "report"];

    public static TheoryData<string, string> PagesAndViewports()
    {
        var data = new TheoryData<string, string>();
        foreach (var page in MainPages) foreach (var viewport in Viewports.Keys) data.Add(page, viewport);
        return data;
    }

    public static string Folder =>
        Environment.GetEnvironmentVariable("VBE_SCREENSHOTS_DIR") is { Length: > 0 } dir
            ? Path.GetFullPath(dir)
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    [Theory]
    [MemberData(nameof(PagesAndViewports))]
    public async Task A_main_page_fits_its_width_and_is_photographed(string layout, string viewport)
    {
        var (width, height) = Viewports[viewport];
        var options = new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = height }, IsMobile = viewport == "phone", HasTouch = viewport == "phone" };
        await site.InBrowserAsync(async s =>
        {
            await s.GotoAsync(Layouts.Pages[layout]);
            if (layout == "search") await Assertions.Expect(s.Page.Locator("[data-search-page-results] .search-result").First).ToBeVisibleAsync();

            var overflow = await s.Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1 && !e.closest('.table-wrap, .site-nav ul, .visually-hidden, .skip-link'); })
                  .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ').join('.') : '') + ' right=' + Math.round(e.getBoundingClientRect().right))
                """);
            Assert.True(overflow.Length == 0, $"{Layouts.Pages[layout]} is wider than {width}px:\n" + string.Join('\n', overflow));
            Assert.True(await s.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= innerWidth"), "The page scrolls sideways.");

            Directory.CreateDirectory(Folder);
            var file = Path.Combine(Folder, $"{layout}-{viewport}.png");
            await s.Page.ScreenshotAsync(new() { Path = file });
            Assert.True(new FileInfo(file).Length > 1000, $"{file} is nearly empty.");
        }, options);
    }
}
