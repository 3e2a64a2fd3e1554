using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>Issue 14, items 4 and 5, on the real content: one result per page with its sections under it, exact names first, pages for editors only when asked for.</summary>
public sealed class ResultGroupingTests
{
    private static SiteSearch Search => SiteSearchParityTests.RealContent.Value;

    [Theory]
    [InlineData("kompetenshöjande aktiviteter")]
    [InlineData("handlingsplanen")]
    public void One_page_cannot_fill_the_first_five_places_with_its_sections(string query)
    {
        var flat = Search.Search(query).Where(h => !Search.Pages[h.Entry.PageId].ForEditors).Take(5).Select(h => h.Entry.PageId).ToList();
        var grouped = Search.SearchGrouped(query);
        Assert.True(flat.Distinct().Count() < 5, $"'{query}': the ungrouped top five are already five pages, so this proves nothing: {string.Join(", ", flat)}");
        var top = grouped.Take(5).Select(g => g.Page.Entry.PageId).ToList();
        Assert.Equal(5, top.Distinct().Count());
        Assert.All(grouped, g => Assert.All(g.Sections, s => Assert.Equal(g.Page.Entry.PageId, s.Entry.PageId)));
        Assert.All(grouped, g => Assert.All(g.Sections, s => Assert.NotNull(s.Entry.Anchor)));
        Assert.Contains(grouped, g => g.Sections.Count > 1);
        Assert.Equal(grouped.Select(g => g.Page.Entry.PageId).Distinct().Count(), grouped.Count);
    }

    [Fact]
    public void Every_hit_is_under_exactly_one_result_and_results_are_best_first()
    {
        var hits = Search.Search("oro");
        var grouped = Search.SearchGrouped("oro", audience: SearchAudience.All);
        Assert.Equal(hits.Count, grouped.Sum(g => g.Sections.Count + (g.PageHit is null ? 0 : 1)));
        var scores = grouped.Where(g => !g.Exact).Select(g => g.Score).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Theory]
    [InlineData("VBE-team", "vbe-team")]
    [InlineData("vbe team", "vbe-team")]
    [InlineData("VBE-teamet", "vbe-team")]
    public void An_exact_title_or_other_name_comes_first(string query, string pageId)
    {
        var grouped = Search.SearchGrouped(query);
        Assert.Equal(pageId, grouped[0].Page.Entry.PageId);
        Assert.True(grouped[0].Exact);
        Assert.DoesNotContain(grouped.Skip(1), g => g.Exact && g.Page.Entry.PageId == pageId);
    }

    [Fact]
    public void The_editors_section_is_marked_for_editors_and_nothing_else_is()
    {
        var forEditors = Search.Pages.Values.Where(p => p.ForEditors).Select(p => p.Entry.PageId).Order().ToList();
        Assert.Equal(["for-redaktorer", "publicera"], forEditors);
    }

    [Theory]
    [InlineData("granskning")]
    [InlineData("länkar")]
    [InlineData("sidor")]
    public void A_staff_search_leaves_out_pages_for_editors_unless_the_reader_filters_for_them(string query)
    {
        Assert.Contains(Search.Search(query), h => h.Entry.PageId == "publicera");
        Assert.DoesNotContain(Search.SearchGrouped(query), g => g.Page.ForEditors);
        var editors = Search.SearchGrouped(query, audience: SearchAudience.Editors);
        Assert.NotEmpty(editors);
        Assert.All(editors, g => Assert.True(g.Page.ForEditors));
    }

    [Theory]
    [InlineData("publicera")]
    [InlineData("hur publicerar jag")]
    [InlineData("redaktör")]
    [InlineData("front matter")]
    [InlineData("front-matter")]
    [InlineData("markdown")]
    public void A_query_about_publishing_finds_the_pages_for_editors(string query)
    {
        Assert.True(Audiences.IsAboutPublishing(query));
        Assert.Contains(Search.SearchGrouped(query).Take(3), g => g.Page.Entry.PageId == "publicera");
    }

    [Theory]
    [InlineData("oro")]
    [InlineData("granskning av sidor")]
    [InlineData("front")]
    public void Other_queries_are_not_about_publishing(string query) => Assert.False(Audiences.IsAboutPublishing(query));
}
