using System.Text.RegularExpressions;
using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>
/// Issue 14 in the browser: results are pages with their sections under them (item 4), pages for editors only
/// when asked for (item 5), one number everywhere (item 7) and no dead ends (item 8), on a phone and a desktop.
/// </summary>
public sealed class SearchResultsSpecs(SiteFixture site)
{
    private const string Options = "[data-search-list] [role=option]";
    private const string Results = "[data-search-page-results] > .search-result";
    private const int Phone = 390;
    private const int Desktop = 1280;

    private static BrowserNewContextOptions Width(int width) => width == Phone
        ? new() { ViewportSize = new() { Width = Phone, Height = 844 }, IsMobile = true, HasTouch = true }
        : new() { ViewportSize = new() { Width = Desktop, Height = 900 } };

    private static ILocator SearchBox(BrowserSession s) => s.Page.GetByRole(AriaRole.Combobox, new() { Name = "Sök i kunskapsbanken" });

    // The type filters as the reader sees them: buttons on a wide screen, the options of one select on a phone.
    private static ILocator Filters(BrowserSession s, int width) =>
        s.Page.Locator(width == Phone ? "[data-search-type-select] option" : "[data-search-type-buttons] button");

    private static int CountIn(string label) => int.Parse(label[(label.LastIndexOf('(') + 1)..label.LastIndexOf(')')]);

    // Item 7: the popup shows a few pages, counts all it found and ends with a link to all of them; the search
    // page shows that many, and "Alla (N)" and the type filters add up to the same N.
    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public Task The_popup_counts_every_page_found_and_links_to_all_of_them_on_the_search_page(int width) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("rutiner/vid-oro.html");
        await SearchBox(s).FillAsync("hakkors");
        var all = s.Page.Locator("[data-search-list] [data-search-all]");
        await Assertions.Expect(all).ToHaveTextAsync(new Regex("^Visa alla \\d+ träffar$"));
        var total = int.Parse(Regex.Match(await all.TextContentAsync() ?? "", "\\d+").Value);
        var pagesShown = await s.Page.Locator("[data-search-list] > .search-result").CountAsync();
        Assert.True(total > pagesShown, $"'hakkors' should find more pages ({total}) than the popup shows ({pagesShown}).");
        await Assertions.Expect(s.Page.Locator("[data-search-live]")).ToHaveTextAsync($"{total} träffar. Pil ned för att välja.");
        // The link is the last option, so the arrow keys reach it: ArrowUp from nothing selected wraps to it.
        await Assertions.Expect(s.Page.Locator(Options).Last).ToHaveAttributeAsync("data-search-all", "");
        await SearchBox(s).PressAsync("ArrowUp");
        await Assertions.Expect(all).ToHaveAttributeAsync("aria-selected", "true");

        await all.ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/vbe/sok\\.html\\?q=hakkors$"));
        await Assertions.Expect(s.Page.Locator("[data-search-status]")).ToHaveTextAsync($"{total} träffar för ”hakkors”.");
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(total);
        var filters = Filters(s, width);
        await Assertions.Expect(filters.First).ToHaveTextAsync($"Alla ({total})");
        var labels = await filters.AllTextContentsAsync();
        Assert.Equal(total, labels.Skip(1).Where(l => !l.StartsWith("För redaktörer")).Sum(CountIn));
    }, Width(width));

    [Fact]
    public Task One_page_found_is_1_traff_in_the_popup_and_on_the_search_page() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        await SearchBox(s).FillAsync("intentionerna");
        await Assertions.Expect(s.Page.Locator("[data-search-live]")).ToHaveTextAsync("1 träff. Pil ned för att välja.");
        var all = s.Page.Locator("[data-search-list] [data-search-all]");
        await Assertions.Expect(all).ToHaveTextAsync("Visa 1 träff på söksidan");
        await all.ClickAsync();
        await Assertions.Expect(s.Page.Locator("[data-search-status]")).ToHaveTextAsync("1 träff för ”intentionerna”.");
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(1);
        await Assertions.Expect(Filters(s, Desktop).First).ToHaveTextAsync("Alla (1)");
    });

    [Fact]
    public Task One_page_of_a_type_is_1_traff_under_its_filter() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=" + Uri.EscapeDataString("wolfsangel") + "&typ=symbol");
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(1);
        await Assertions.Expect(s.Page.Locator("[data-search-status]")).ToHaveTextAsync("1 träff för ”wolfsangel”.");
        await Assertions.Expect(s.Page.Locator("[data-search-type-buttons] button[data-type-filter='symbol']")).ToHaveTextAsync("Symbol (1)");
    });

    // Item 7: on a phone the type filters fold into one select, which works with the keyboard alone.
    [Fact]
    public Task On_a_phone_the_type_filters_fold_into_one_select_that_works_with_the_keyboard() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=" + Uri.EscapeDataString("orosanmälan"));
        var picker = s.Page.GetByLabel("Visa", new() { Exact = true });
        await Assertions.Expect(picker).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("[data-search-type-buttons]")).ToBeHiddenAsync();
        await Assertions.Expect(picker).ToHaveValueAsync("");
        var all = CountIn(await picker.Locator("option").First.TextContentAsync() ?? "");
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(all);

        // From the search field: Tab to its button, Tab to the select (the hidden buttons take no stop).
        await s.Page.Locator("#search-page-input").FocusAsync();
        await s.Page.Keyboard.PressAsync("Tab");
        await s.Page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(picker).ToBeFocusedAsync();
        await s.Page.Keyboard.PressAsync("ArrowDown");
        var second = picker.Locator("option").Nth(1);
        var type = await second.GetAttributeAsync("value") ?? "";
        var label = await second.TextContentAsync() ?? "";
        Assert.NotEqual("", type);
        await Assertions.Expect(picker).ToHaveValueAsync(type);
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(CountIn(label));
        Assert.True(CountIn(label) < all, $"the filter '{label}' should narrow the {all} results");
        foreach (var shown in await s.Page.Locator(Results + " > a .search-result__type").AllTextContentsAsync())
            Assert.Equal(label[..label.LastIndexOf(" (")], shown);
        Assert.Equal("sok.html?q=orosanmälan&typ=" + type, s.CurrentPath);
        await Assertions.Expect(picker).ToBeFocusedAsync();

        var width = await s.Page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= Phone, $"the search page scrolls sideways on a phone: {width}px");
    }, Width(Phone));

    [Fact]
    public Task On_a_wide_screen_the_type_filters_are_buttons() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=" + Uri.EscapeDataString("orosanmälan"));
        await Assertions.Expect(s.Page.Locator("[data-search-type-buttons] button").First).ToBeVisibleAsync();
        await Assertions.Expect(s.Page.Locator("[data-search-type-select]")).ToBeHiddenAsync();
    }, Width(Desktop));

    // Item 4: a page's sections are under the page, so one page takes one place.
    [Fact]
    public Task A_pages_sections_are_sub_results_under_the_page() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=hakkors");
        var results = s.Page.Locator(Results);
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        var refs = new List<string>();
        var withSections = 0;
        foreach (var result in await results.AllAsync())
        {
            var pageHref = await result.Locator(":scope > a").GetAttributeAsync("href") ?? "";
            Assert.DoesNotContain("#", pageHref);
            refs.Add(pageHref);
            var sections = await result.Locator(".search-result-section a").AllAsync();
            if (sections.Count > 0) withSections++;
            foreach (var section in sections)
                Assert.StartsWith(pageHref + "#", await section.GetAttributeAsync("href") ?? "");
        }
        Assert.Equal(refs.Count, refs.Distinct().Count());
        Assert.True(withSections > 0, "no result shows sections under it");
        Assert.Equal("symboler/hakkors.html", refs[0]);
    });

    // Item 8: nothing found offers the nearest words the index knows, the glossary and the start page's three doors.
    [Theory]
    [InlineData(Phone)]
    [InlineData(Desktop)]
    public Task Zero_results_offer_the_nearest_words_of_the_index_the_glossary_and_the_three_doors(int width) => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        var doors = await s.Page.Locator("[data-door]").EvaluateAllAsync<string[][]>(
            "ds => ds.map(d => [d.getAttribute('href'), d.querySelector('.door__title').textContent])");
        Assert.Equal(3, doors.Length);

        await s.GotoAsync("sok.html?q=sekretezz");
        await Assertions.Expect(s.Page.Locator("[data-search-status]")).ToHaveTextAsync("Inga träffar för ”sekretezz”.");
        await Assertions.Expect(s.Page.Locator(Results)).ToHaveCountAsync(0);
        await Assertions.Expect(s.Page.Locator("[data-search-type-filters]")).ToBeHiddenAsync();
        var meant = s.Page.Locator("[data-search-suggestions] [data-did-you-mean]");
        await Assertions.Expect(meant.First).ToHaveTextAsync("Menade du sekretess?");
        await Assertions.Expect(meant.First).ToBeVisibleAsync();
        var glossary = s.Page.GetByRole(AriaRole.Link, new() { Name = "Slå upp det i ordlistan" });
        await Assertions.Expect(glossary).ToHaveAttributeAsync("href", "ordlista/index.html");
        var shownDoors = s.Page.Locator("[data-search-empty] .door");
        await Assertions.Expect(shownDoors).ToHaveTextAsync(doors.Select(d => d[1]).ToArray());
        for (var i = 0; i < doors.Length; i++)
            await Assertions.Expect(shownDoors.Nth(i)).ToHaveAttributeAsync("href", doors[i][0]);

        await meant.First.ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/vbe/sok\\.html\\?q=sekretess$"));
        await Assertions.Expect(s.Page.Locator(Results).First).ToBeVisibleAsync();
        var found = await s.Page.Locator(Results).CountAsync();
        await Assertions.Expect(s.Page.Locator("[data-search-status]")).ToHaveTextAsync((found == 1 ? "1 träff" : $"{found} träffar") + " för ”sekretess”.");
        await Assertions.Expect(s.Page.Locator("[data-search-empty]")).ToBeHiddenAsync();
        await Assertions.Expect(s.Page.Locator("[data-search-suggestions]")).ToBeHiddenAsync();

        await s.GotoAsync("sok.html?q=sekretezz");
        await glossary.ClickAsync();
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/vbe/ordlista/index\\.html$"));
    }, Width(width));

    [Fact]
    public Task The_popup_offers_the_nearest_words_when_nothing_is_found_and_the_keyboard_runs_one() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("index.html");
        var input = SearchBox(s);
        await input.FillAsync("samordnarn");
        await Assertions.Expect(s.Page.Locator(Options).First).ToHaveTextAsync("Menade du samordnare?");
        await Assertions.Expect(s.Page.Locator(Options).First).ToHaveAttributeAsync("href", "sok.html?q=samordnare");
        await Assertions.Expect(s.Page.Locator(Options).Last).ToHaveTextAsync("Fler vägar vidare på söksidan");
        await Assertions.Expect(s.Page.Locator("[data-search-live]")).ToHaveTextAsync("Inga träffar för samordnarn. Pil ned för förslag.");

        await input.PressAsync("ArrowDown");
        await Assertions.Expect(s.Page.Locator(Options).First).ToHaveAttributeAsync("aria-selected", "true");
        await input.PressAsync("Enter");
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/vbe/sok\\.html\\?q=samordnare$"));
        await Assertions.Expect(s.Page.Locator(Results).First).ToBeVisibleAsync();
    });

    [Fact]
    public Task The_popup_leads_on_to_the_search_page_when_nothing_is_found_and_nothing_is_near() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("rutiner/vid-oro.html");
        var input = SearchBox(s);
        await input.FillAsync("xyzzyqq");
        await Assertions.Expect(s.Page.Locator("[data-search-live]")).ToHaveTextAsync("Inga träffar för xyzzyqq. Pil ned för fler vägar vidare.");
        await Assertions.Expect(s.Page.Locator(Options)).ToHaveTextAsync(["Fler vägar vidare på söksidan"]);
        await input.PressAsync("ArrowDown");
        await input.PressAsync("Enter");
        await Assertions.Expect(s.Page).ToHaveURLAsync(new Regex("/vbe/sok\\.html\\?q=xyzzyqq$"));
        await Assertions.Expect(s.Page.Locator("[data-search-empty] .door")).ToHaveCountAsync(3);
        await Assertions.Expect(s.Page.GetByRole(AriaRole.Link, new() { Name = "Slå upp det i ordlistan" })).ToBeVisibleAsync();
    });

    // Item 5: pages for editors only when the reader filters for them or asks about publishing.
    [Fact]
    public Task Pages_for_editors_appear_only_when_filtered_for_or_asked_about() => site.InBrowserAsync(async s =>
    {
        await s.GotoAsync("sok.html?q=granskning");
        var results = s.Page.Locator(Results + " > a");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        foreach (var href in await results.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
            Assert.DoesNotContain("for-redaktorer/", href);
        var editors = s.Page.Locator("[data-search-type-buttons] button[data-type-filter='redaktorer']");
        await Assertions.Expect(editors).ToHaveTextAsync(new Regex("^För redaktörer \\(\\d+\\)$"));
        await editors.ClickAsync();
        Assert.Equal("sok.html?q=granskning&typ=redaktorer", s.CurrentPath);
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        foreach (var href in await results.EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href'))"))
            Assert.StartsWith("for-redaktorer/", href);

        await s.GotoAsync("sok.html?q=publicera");
        await Assertions.Expect(results.First).ToHaveAttributeAsync("href", "for-redaktorer/publicera.html");
    });
}
