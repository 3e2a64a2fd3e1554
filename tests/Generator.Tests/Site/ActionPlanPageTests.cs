using VbeKnowledge.Content.Model;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>Each action plan page's tables hold every activity of its front matter, in order, with the exact text.</summary>
public sealed class ActionPlanPageTests(RealSite real)
{
    public static TheoryData<string, int> Plans => new()
    {
        { "norra-innerstaden-2023", 11 },
        { "hagersten-liljeholmen-2020", 8 },
        { "socialforvaltningen-2017-2018", 9 },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Plan_tables_hold_every_activity_of_the_front_matter(string id, int count)
    {
        var plan = real.Content.ById[id].Page;
        var document = real.Site.Html(plan.Url);

        var cells = document.QuerySelectorAll("[data-activity] [data-col=activity]").Select(c => c.TextContent).ToList();

        Assert.Equal(count, cells.Count);
        Assert.Equal(ByArea(plan.Plan!).Select(a => a.Activity), cells);
        Assert.Equal(count.ToString(), document.QuerySelector("[data-activities]")!.GetAttribute("data-activities"));
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void Each_activity_sits_in_the_table_of_its_area(string id, int count)
    {
        var plan = real.Content.ById[id].Page.Plan!;
        var document = real.Site.Html(real.Content.ById[id].Page.Url);

        var placed = document.QuerySelectorAll("table[data-area]")
            .SelectMany(t => t.QuerySelectorAll("[data-activity] [data-col=activity]").Select(c => (Area: t.GetAttribute("data-area"), Text: c.TextContent)))
            .ToList();

        Assert.Equal(count, placed.Count);
        Assert.All(placed, p => Assert.Equal(plan.Activities.First(a => a.Activity == p.Text).Area ?? "utan-omrade", p.Area));
    }

    [Fact]
    public void Responsible_column_shows_the_front_matter_value()
    {
        var page = real.Content.ById["norra-innerstaden-2023"].Page;
        var row = real.Site.Html(page.Url).QuerySelectorAll("[data-activity]").First();

        Assert.Equal(page.Plan!.Activities[0].Responsible, row.QuerySelector("[data-col=responsible]")!.TextContent);
    }

    /// <summary>The order the theme shows activities in: grouped by area in the schema's order, arealess last.</summary>
    private static IEnumerable<PlanActivity> ByArea(PlanDetails plan) =>
        Content.Reading.Schema.ActivityAreas.Keys.Append(null)
            .SelectMany(area => plan.Activities.Where(a => a.Area == area));
}
