using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>
/// Issue 15, "Action first": a worried reader on a 390 × 844 phone sees the 112 line and the first step of «Vid oro»
/// on the first screen, without scrolling, and the page passes axe in both colour schemes.
/// </summary>
public sealed class ActionFirstSpecs(SiteFixture site)
{
    private const int Width = 390, Height = 844;
    private const string Routine = "rutiner/vid-oro.html";

    private static BrowserNewContextOptions Phone(ColorScheme scheme = ColorScheme.Light) =>
        new() { ViewportSize = new() { Width = Width, Height = Height }, IsMobile = true, HasTouch = true, ColorScheme = scheme };

    [Fact]
    public Task The_112_line_and_the_first_step_are_on_the_first_screen_of_a_phone() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync(Routine);

        Assert.Equal(0, await s.Page.EvaluateAsync<double>("() => window.scrollY"));
        var call = s.Page.Locator("[data-action-first] [data-emergency] a[href='tel:112']");
        var firstStep = s.Page.Locator("[data-action-first] [data-now-steps] > li").First;
        foreach (var (name, locator) in new[] { ("the 112 link", call), ("the first step", firstStep) })
        {
            Assert.True(await locator.IsVisibleAsync(), $"{name} is not visible");
            var box = await locator.BoundingBoxAsync();
            Assert.NotNull(box);
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= Width && box.Y + box.Height <= Height,
                $"{name} is at x={box.X}, y={box.Y}, {box.Width}×{box.Height}: not within the {Width}×{Height} screen");
        }
        Assert.Equal("Ring 112", (await call.TextContentAsync())?.Trim());
    }, Phone());

    [Fact]
    public Task The_block_comes_before_the_table_of_contents_on_a_phone() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync(Routine);

        var block = await s.Page.Locator("[data-action-first]").BoundingBoxAsync();
        var toc = await s.Page.Locator("nav.toc").BoundingBoxAsync();
        Assert.NotNull(block);
        Assert.NotNull(toc);
        Assert.True(block.Y + block.Height <= toc.Y, $"the block ends at y={block.Y + block.Height}, below the table of contents at y={toc.Y}");
    }, Phone());

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public Task Axe_finds_no_violations_on_the_routine_at_phone_width(string scheme) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync(Routine);
        var violations = await Axe.CheckAsync(s.Page);
        Assert.True(violations.Count == 0, $"axe-core on {Routine} at {Width}×{Height} ({scheme}):\n" + Axe.Describe(violations));
    }, Phone(scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light));
}
