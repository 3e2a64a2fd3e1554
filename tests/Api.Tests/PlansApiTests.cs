using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class PlansApiTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Plan_list_shows_board_period_and_activity_count_without_the_activities()
    {
        var json = await _client.GetJsonAsync("/api/v1/plans");

        var norra = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "norra-innerstaden-2023").GetProperty("plan");
        Assert.Equal("Norra innerstadens stadsdelsnämnd", norra.GetProperty("board").GetString());
        Assert.Equal("2023", norra.GetProperty("period").GetString());
        Assert.Equal(3, norra.GetProperty("activityCount").GetInt32());
        Assert.False(norra.TryGetProperty("activities", out _));
    }

    [Fact]
    public async Task One_plan_is_the_whole_page_with_every_activity()
    {
        var plan = await _client.GetJsonAsync("/api/v1/plans/norra-innerstaden-2023");

        var activities = plan.GetProperty("plan").GetProperty("activities");
        Assert.Equal(3, activities.GetArrayLength());
        var first = activities[0];
        Assert.Equal("norra-innerstaden-2023-1", first.GetProperty("id").GetString());
        Assert.Equal("förebyggande", first.GetProperty("area").GetString());
        Assert.Equal("Förebyggande aktiviteter", first.GetProperty("areaLabel").GetString());
        Assert.Equal("Enhetschef preventionsenheten", first.GetProperty("responsible").GetString());
        Assert.Equal("VB", first.GetProperty("followUp").GetString());
    }

    /// <summary>A plan without <c>columns</c> in its front matter gets the district plans' usual columns that have data, in their order.</summary>
    [Fact]
    public async Task A_plan_names_its_table_columns_in_order()
    {
        var plan = await _client.GetJsonAsync("/api/v1/plans/norra-innerstaden-2023");

        var columns = plan.GetProperty("plan").GetProperty("columns").EnumerateArray()
            .Select(c => (c.GetProperty("field").GetString(), c.GetProperty("label").GetString())).ToList();
        Assert.Equal([("activity", "Aktivitet"), ("responsible", "Ansvarig"), ("schedule", "Tidplan"), ("followUp", "Uppföljning")], columns);
    }

    [Fact]
    public async Task A_page_that_is_not_a_plan_is_not_found_as_a_plan()
    {
        var problem = await _client.GetProblemAsync("/api/v1/plans/vid-oro", HttpStatusCode.NotFound);

        Assert.Equal("Ingen handlingsplan med id 'vid-oro'.", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("", new[] { 1, 2, 3 })]
    [InlineData("?area=förhindrande", new[] { 2 })]
    [InlineData("?area=F%C3%96REBYGGANDE", new[] { 1 })]
    [InlineData("?responsible=samordnaren", new[] { 3 })]
    [InlineData("?text=webbutbildningen", new[] { 3 })]
    [InlineData("?text=l%C3%B6pande", new[] { 1, 2 })]
    [InlineData("?area=förebyggande&text=socialförvaltningen", new int[0])]
    public async Task A_plans_activities_filter_by_area_responsible_and_text(string query, int[] expected)
    {
        var json = await _client.GetJsonAsync("/api/v1/plans/norra-innerstaden-2023/activities" + query);

        Assert.Equal(expected, json.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("number").GetInt32()));
    }

    [Fact]
    public async Task Activities_of_an_unknown_plan_are_a_404()
    {
        await _client.GetProblemAsync("/api/v1/plans/finns-inte/activities", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task All_activities_across_plans_carry_their_plan()
    {
        var json = await _client.GetJsonAsync("/api/v1/activities");

        Assert.Equal(5, json.GetProperty("total").GetInt32());
        var last = json.GetProperty("items")[4];
        Assert.Equal("socialforvaltningen-2017-2018", last.GetProperty("planId").GetString());
        Assert.Equal("Socialförvaltningen", last.GetProperty("board").GetString());
        Assert.Equal("2017–2018", last.GetProperty("period").GetString());
        Assert.Equal("Kulturförvaltningen", last.GetProperty("otherActors").GetString());
    }

    [Theory]
    [InlineData("year=2023", 3)]
    [InlineData("year=2018", 2)]
    [InlineData("year=2019", 0)]
    [InlineData("plan=socialforvaltningen-2017-2018&area=kompetenshöjande", 1)]
    [InlineData("area=kompetenshöjande", 2)]
    public async Task All_activities_filter_by_year_plan_and_area(string query, int expected)
    {
        var json = await _client.GetJsonAsync("/api/v1/activities?" + query);

        Assert.Equal(expected, json.GetProperty("total").GetInt32());
    }
}
