using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class TypedListsApiTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Symbols_come_with_their_catalogue_details_and_an_absolute_image_url()
    {
        var json = await _client.GetJsonAsync("/api/v1/symbols");

        Assert.Equal(2, json.GetProperty("total").GetInt32());
        var wolfsangel = json.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "wolfsangel");
        var symbol = wolfsangel.GetProperty("symbol");
        Assert.Equal("vit-makt", symbol.GetProperty("environment").GetString());
        Assert.Equal("Vit makt-miljön", symbol.GetProperty("environmentLabel").GetString());
        Assert.Equal(["Varghake"], symbol.GetProperty("otherNames").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(ApiFactory.SiteBaseUrl + "symboler/bilder/wolfsangel.svg", symbol.GetProperty("imageUrl").GetString());
    }

    [Theory]
    [InlineData("environment=vit-makt", "wolfsangel")]
    [InlineData("environment=autonoma", "svart-stjarna")]
    [InlineData("seenIn=flaggor", "svart-stjarna")]
    public async Task Symbols_filter_by_environment_and_where_they_are_seen(string query, string expected)
    {
        var json = await _client.GetJsonAsync("/api/v1/symbols?" + query);

        Assert.Equal([expected], json.GetProperty("items").Strings("id"));
    }

    [Fact]
    public async Task Symbols_of_an_environment_without_any_is_an_empty_list()
    {
        var json = await _client.GetJsonAsync("/api/v1/symbols?environment=islamistiska");

        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Routines_list_the_routines_only()
    {
        var json = await _client.GetJsonAsync("/api/v1/routines");

        Assert.Equal(["vid-oro"], json.GetProperty("items").Strings("id"));
    }

    [Fact]
    public async Task A_routine_carries_its_steps_for_now_and_its_contacts_with_their_source_in_the_list_and_the_page()
    {
        var list = await _client.GetJsonAsync("/api/v1/routines");
        var page = await _client.GetJsonAsync("/api/v1/pages/vid-oro");

        foreach (var routine in new[] { list.GetProperty("items")[0].GetProperty("routine"), page.GetProperty("routine") })
        {
            Assert.Equal(["Rapportera till din lokala samordnare."], routine.GetProperty("now").EnumerateArray().Select(e => e.GetString()));
            var contact = Assert.Single(routine.GetProperty("contacts").EnumerateArray());
            Assert.Equal("samordnare", contact.GetProperty("id").GetString());
            Assert.False(contact.TryGetProperty("phone", out _), "no source gives a number, so none is served");
            Assert.Equal("Kontaktuppgifter till samtliga samordnare finns på stadens intranät.", contact.GetProperty("whereToFind").GetString());
            Assert.Equal("revisionsrapport-2019", contact.GetProperty("source").GetProperty("document").GetString());
            Assert.Equal("Avsnitt 3.1.1", contact.GetProperty("source").GetProperty("section").GetString());
        }
        Assert.False((await _client.GetJsonAsync("/api/v1/pages/wolfsangel")).TryGetProperty("routine", out _));
    }

    [Fact]
    public async Task Training_has_format_audience_and_where_to_find_it_and_filters_by_format()
    {
        var json = await _client.GetJsonAsync("/api/v1/training");
        var none = await _client.GetJsonAsync("/api/v1/training?format=workshop");

        var training = json.GetProperty("items")[0].GetProperty("training");
        Assert.Equal("webbutbildning", training.GetProperty("format").GetString());
        Assert.Equal("Alla medarbetare", training.GetProperty("audience").GetString());
        Assert.Equal("Stadens utbildningsportal på intranätet", training.GetProperty("whereToFind").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Glossary_is_in_swedish_alphabetical_order_with_definitions()
    {
        var json = await _client.GetJsonAsync("/api/v1/glossary");

        Assert.Equal(["Avhoppare", "Radikalisering", "SoL"], json.GetProperty("items").Strings("title"));
        var sol = json.GetProperty("items")[2].GetProperty("term");
        Assert.Equal("socialtjänstlagen", sol.GetProperty("expansion").GetString());
        Assert.Equal(["socialtjänstlagen"], sol.GetProperty("synonyms").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Support_units_have_organisation_and_functions_and_filter_by_function()
    {
        var json = await _client.GetJsonAsync("/api/v1/support-units?function=åtgärdande");
        var none = await _client.GetJsonAsync("/api/v1/support-units?function=upptäckande");

        var unit = json.GetProperty("items")[0].GetProperty("supportUnit");
        Assert.Equal("Socialförvaltningen", unit.GetProperty("organisation").GetString());
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Introduction_steps_come_in_step_order_with_the_pages_to_read()
    {
        var json = await _client.GetJsonAsync("/api/v1/introduction");

        var items = json.GetProperty("items");
        Assert.Equal(["steg-1-grunderna", "steg-2-vid-oro"], items.Strings("id"));
        var second = items[1].GetProperty("introduction");
        Assert.Equal(2, second.GetProperty("step").GetInt32());
        Assert.Equal(20, second.GetProperty("minutes").GetInt32());
        Assert.Equal(["Vid oro eller en händelse", "Sekretess"], second.GetProperty("links").Strings("title"));
    }

    [Fact]
    public async Task Report_figures_are_data_in_the_page()
    {
        var report = (await _client.GetJsonAsync("/api/v1/pages/revisionsrapport-2019")).GetProperty("report");

        Assert.Equal("2/2019", report.GetProperty("reportNumber").GetString());
        var row = report.GetProperty("figures").GetProperty("rows")[0];
        Assert.Equal(208, row.GetProperty("value").GetDouble());
        Assert.Equal(2679, row.GetProperty("total").GetDouble());
        Assert.True(row.GetProperty("totalIsApproximate").GetBoolean());
    }
}
