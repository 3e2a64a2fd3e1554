using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

public sealed class SymbolCatalogueSpecs(SiteFixture site)
{
    [Fact]
    public Task Choosing_an_environment_shows_only_its_symbols_and_says_how_many() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("symboler/index.html");
        var cards = s.Page.Locator("[data-card]");
        var visible = s.Page.Locator("[data-card]:visible");
        var total = await cards.CountAsync();
        var autonomous = s.Page.Locator("[data-filter-section='autonoma'] [data-card]");
        var expected = await autonomous.CountAsync();
        Assert.InRange(expected, 1, total - 1);
        await Assertions.Expect(visible).ToHaveCountAsync(total);

        var option = s.Page.GetByRole(AriaRole.Button, new() { Name = "Den autonoma miljön" });
        var all = s.Page.GetByRole(AriaRole.Button, new() { Name = "Alla" });
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-pressed", "false");
        await option.ClickAsync();

        await Assertions.Expect(visible).ToHaveCountAsync(expected);
        foreach (var environment in await visible.EvaluateAllAsync<string[]>("cards => cards.map(c => c.dataset.environment)"))
            Assert.Equal("autonoma", environment);
        await Assertions.Expect(option).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(all).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(s.Page.Locator("[data-filter-group='symbols'] [aria-pressed='true']")).ToHaveCountAsync(1);
        await Assertions.Expect(s.Page.Locator("[data-filter-status]")).ToHaveTextAsync($"Visar {expected} symboler.");

        // The keyboard works the same way: Space on "Alla" brings every symbol back.
        await all.FocusAsync();
        await s.Page.Keyboard.PressAsync(" ");
        await Assertions.Expect(visible).ToHaveCountAsync(total);
        await Assertions.Expect(s.Page.Locator("[data-filter-status]")).ToHaveTextAsync($"Visar {total} symboler.");
    });
}
