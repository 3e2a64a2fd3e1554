using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>Issue 8: axe-core finds nothing at WCAG 2.1 AA on any layout, in the light and the dark colour scheme.</summary>
public sealed class AccessibilitySpecs(SiteFixture site)
{
    public static TheoryData<string, string> LayoutsAndSchemes()
    {
        var data = new TheoryData<string, string>();
        foreach (var layout in Layouts.Pages.Keys) { data.Add(layout, "light"); data.Add(layout, "dark"); }
        return data;
    }

    [Theory]
    [MemberData(nameof(LayoutsAndSchemes))]
    public Task Axe_finds_no_WCAG_2_1_AA_violations(string layout, string scheme) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync(Layouts.Pages[layout]);
        if (layout == "search") await Assertions.Expect(s.Page.Locator("[data-search-page-results] .search-result").First).ToBeVisibleAsync();
        var violations = await Axe.CheckAsync(s.Page);
        Assert.True(violations.Count == 0, $"axe-core on {Layouts.Pages[layout]} ({scheme}):\n" + Axe.Describe(violations));
    }, new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });

    [Theory]
    [InlineData("light")]
    [InlineData("dark")]
    public Task Axe_finds_no_violations_in_the_open_search_popup_with_a_selected_hit(string scheme) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("rutiner/index.html");
        var input = s.Page.Locator("#search-input");
        await input.FillAsync("orosanmälan");
        await Assertions.Expect(s.Page.Locator("[data-search-list] [role=option]").First).ToBeVisibleAsync();
        await input.PressAsync("ArrowDown");
        await Assertions.Expect(s.Page.Locator("[data-search-list] [aria-selected=true]")).ToHaveCountAsync(1);
        var violations = await Axe.CheckAsync(s.Page);
        Assert.True(violations.Count == 0, $"axe-core on the open search popup ({scheme}):\n" + Axe.Describe(violations));
    }, new BrowserNewContextOptions { ColorScheme = scheme == "dark" ? ColorScheme.Dark : ColorScheme.Light });

    // Issue 14: the search page in each state a reader meets, on a phone (the folded type filter) and a desktop;
    // landmark-unique as well, because the page holds two search forms.
    [Theory]
    [InlineData("hakkors", 390)]
    [InlineData("hakkors", 1280)]
    [InlineData("sekretezz", 390)]
    [InlineData("sekretezz", 1280)]
    public Task Axe_finds_no_violations_on_the_search_page_with_results_or_none(string query, int width) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=" + query);
        var shown = query == "sekretezz" ? "[data-search-suggestions] [data-did-you-mean]" : "[data-search-page-results] .search-result";
        await Assertions.Expect(s.Page.Locator(shown).First).ToBeVisibleAsync();
        var violations = await Axe.CheckAsync(s.Page, "landmark-unique");
        Assert.True(violations.Count == 0, $"axe-core on sok.html?q={query} at {width}px:\n" + Axe.Describe(violations));
    }, new BrowserNewContextOptions { ViewportSize = new() { Width = width, Height = 900 } });

    [Fact]
    public Task Axe_reports_a_planted_violation_with_its_rule_and_target() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        await s.Page.EvaluateAsync("() => { const i = document.createElement('img'); i.src = 'symboler/bilder/afa.svg'; i.id = 'planted'; document.querySelector('main').append(i); }");
        var violations = await Axe.CheckAsync(s.Page);
        var description = Axe.Describe(violations);
        Assert.Contains("image-alt", description);
        Assert.Contains("#planted", description);
    });
}
