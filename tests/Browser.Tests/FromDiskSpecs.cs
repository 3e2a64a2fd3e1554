using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>Every link is relative and search needs no server, so the built folder works opened straight from disk.</summary>
public sealed class FromDiskSpecs(SiteFixture site)
{
    private string FileUrl(string path) => new Uri(Path.Combine(site.SiteDir, path)).AbsoluteUri;

    [Fact]
    public Task The_site_opened_from_disk_links_to_a_routine() => site.InBrowserAsync(async s =>
    {
        await s.Page.GotoAsync(FileUrl("index.html"));
        await s.Page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Rutiner", Exact = true }).ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(FileUrl("rutiner/index.html"));
        await s.Page.GetByRole(AriaRole.Link, new() { Name = "Larmvägar vid en extraordinär händelse" }).First.ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(FileUrl("rutiner/larmvagar.html"));
        await Assertions.Expect(s.Page.Locator("h1")).ToHaveTextAsync("Larmvägar vid en extraordinär händelse");
        Assert.NotEqual("rgba(0, 0, 0, 0)", await s.Page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
    });

    [Fact]
    public Task Search_works_from_disk() => site.InBrowserAsync(async s =>
    {
        await s.Page.GotoAsync(FileUrl("symboler/index.html"));
        var input = s.Page.GetByRole(AriaRole.Combobox, new() { Name = "Sök i kunskapsbanken" });
        await input.PressSequentiallyAsync("larmvägarna");
        await Assertions.Expect(s.Page.Locator("[data-search-list] [role=option]").First).ToBeVisibleAsync();
        await input.PressAsync("ArrowDown");
        await input.PressAsync("Enter");
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("^" + Regex.Escape(FileUrl("rutiner/larmvagar.html")) + "(#.*)?$"));
        await Assertions.Expect(s.Page.Locator("h1")).ToHaveTextAsync("Larmvägar vid en extraordinär händelse");

        await s.Page.GotoAsync(FileUrl("sok.html") + "?q=sekretess");
        await Assertions.Expect(s.Page.Locator("[data-search-page-results] .search-result").First).ToBeVisibleAsync();
    });
}
