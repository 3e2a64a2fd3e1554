using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

public sealed class KeyboardSpecs(SiteFixture site)
{
    // Every element a keyboard user can reach, in document order (the theme uses no positive tabindex),
    // each tagged so the Tab walk can say which one has focus.
    private const string TagFocusable = """
        () => {
          const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
            .filter(e => e.tabIndex >= 0 && !e.disabled && !e.closest('[hidden], [inert]') && e.checkVisibility({ visibilityProperty: true })
              || e.classList.contains('skip-link'));
          all.forEach((e, i) => e.setAttribute('data-tab-probe', String(i)));
          return all.map(e => (e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.id || e.textContent.trim())).slice(0, 80));
        }
        """;

    private const string DescribeFocus = """
        () => {
          const e = document.activeElement;
          if (!e || e === document.body) return 'null';
          const s = getComputedStyle(e), r = e.getBoundingClientRect();
          const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
          return JSON.stringify({ probe: Number(e.getAttribute('data-tab-probe') ?? -1), name: e.tagName.toLowerCase() + ' ' + (e.getAttribute('href') || e.id || ''),
                   hasIndicator: outline || s.boxShadow !== 'none',
                   isOnScreen: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0 && r.top < innerHeight && r.left < innerWidth });
        }
        """;

    [Theory]
    [InlineData("index.html")]
    [InlineData("rutiner/vid-oro.html")]
    [InlineData("symboler/index.html")]
    [InlineData("introduktion/steg-1-vad-ar-vbe.html")]
    [InlineData("sok.html?q=sekretess")]
    public Task Tab_from_the_top_reaches_the_skip_link_first_then_every_link_in_order_with_visible_focus(string path) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync(path);
        if (path.StartsWith("sok.html")) await Assertions.Expect(s.Page.Locator("[data-search-page-results] .search-result").First).ToBeVisibleAsync();
        var expected = await s.Page.EvaluateAsync<string[]>(TagFocusable);
        Assert.StartsWith("a #main", expected[0]);
        var links = await s.Page.Locator("a[href][data-tab-probe]").CountAsync();
        Assert.True(links > 10, $"The page should have many links to walk; found {links}.");

        var reached = new List<int>();
        var problems = new List<string>();
        for (var step = 0; step < expected.Length + 3; step++)
        {
            await s.Page.Keyboard.PressAsync("Tab");
            var focus = JsonSerializer.Deserialize<Focus>(await s.Page.EvaluateAsync<string>(DescribeFocus));
            if (focus is null) break;                    // past the last element: focus left the page
            reached.Add(focus.Probe);
            if (!focus.HasIndicator) problems.Add($"no visible focus indicator on {focus.Name}");
            if (!focus.IsOnScreen) problems.Add($"focused but off screen: {focus.Name}");
            if (reached.Count > 1 && focus.Probe == reached[0]) break;   // wrapped around
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
        var missing = Enumerable.Range(0, expected.Length).Except(reached).Select(i => expected[i]).ToList();
        Assert.True(missing.Count == 0, "Tab never reached:\n" + string.Join('\n', missing));
        Assert.Equal(Enumerable.Range(0, expected.Length), reached.Take(expected.Length));
    });

    [Fact]
    public Task The_skip_link_moves_focus_to_the_main_content() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("rutiner/vid-oro.html");
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await s.Page.EvaluateAsync<string>("() => document.activeElement.id"));
        await s.Page.Keyboard.PressAsync("Tab");
        var inMain = await s.Page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)");
        Assert.True(inMain, "After the skip link, the next Tab should land inside <main>.");
    });

    private sealed record Focus(
        [property: JsonPropertyName("probe")] int Probe,
        [property: JsonPropertyName("name")] string Name,
        [property: JsonPropertyName("hasIndicator")] bool HasIndicator,
        [property: JsonPropertyName("isOnScreen")] bool IsOnScreen);
}
