using System.Text.Json;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Site;

/// <summary>Each plan's tables on the built site, and its static JSON, have its source's columns in its source's order (issue #18).</summary>
public sealed class PlanColumnTests(RealSite real)
{
    public static TheoryData<string, string, string> Plans => new()
    {
        { "norra-innerstaden-2023", "000", "Aktivitet Ansvarig Tidplan Uppföljning" },
        { "hagersten-liljeholmen-2020", "002", "Aktivitet Ansvarig Tidplan Uppföljning" },
        { "socialforvaltningen-2017-2018", "004", "Åtgärd Ansvarig aktör Andra aktörer Påbörjas Uppföljning" },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public void Every_table_of_a_plan_has_the_source_headings_in_order(string id, string seed, string headings)
    {
        SeedDocuments.Require();
        Assert.Contains(headings + " ", SeedDocuments.Text(seed));
        var document = real.Site.Html(real.Content.ById[id].Page.Url);
        var tables = document.QuerySelectorAll("table[data-area]").ToList();

        Assert.NotEmpty(tables);
        Assert.All(tables, t => Assert.Equal("Nr " + headings, string.Join(" ", t.QuerySelectorAll("thead th").Select(th => th.TextContent))));
    }

    [Fact]
    public void Socialforvaltningen_row_one_reads_start_before_follow_up_as_the_source_does()
    {
        SeedDocuments.Require();
        // The source's first row: "... arbetsgrupp | samordnare samt förvaltningens avdelningschefer | | 14 Augusti 2017 | 1 september 2017".
        Assert.Contains("avdelningschefer 14 Augusti 2017 1 september 2017", SeedDocuments.Text("004"));
        var row = real.Site.Html(real.Content.ById["socialforvaltningen-2017-2018"].Page.Url).QuerySelectorAll("[data-activity]").First();

        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent).ToList();
        Assert.True(cells.IndexOf("14 Augusti 2017") < cells.IndexOf("1 september 2017"), string.Join(" | ", cells));
        Assert.Equal(["activity", "responsible", "otherActors", "start", "followUp"],
            row.QuerySelectorAll("td[data-col]").Select(c => c.GetAttribute("data-col")!).ToList());
    }

    /// <summary>The static JSON (the API's own bytes, see Api.Tests' StaticJsonTests) is written only for an absolute base URL.</summary>
    [Fact]
    public void Static_json_names_each_plans_columns_in_order()
    {
        using var site = new BuiltSite(RepoRoot.Content, baseUrl: "https://vbe.example.test/");

        foreach (var (id, headings) in Plans.Select(p => (p.Data.Item1, p.Data.Item3)))
        {
            using var json = JsonDocument.Parse(site.Text($"api/v1/pages/{id}.json"));
            var columns = json.RootElement.GetProperty("plan").GetProperty("columns").EnumerateArray().ToList();

            Assert.Equal(headings, string.Join(" ", columns.Select(c => c.GetProperty("label").GetString())));
            Assert.Equal("activity", columns[0].GetProperty("field").GetString());
        }
    }
}
