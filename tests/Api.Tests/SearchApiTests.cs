using System.Net;
using System.Text.Json;
using VbeKnowledge.Api.Tests.Infrastructure;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Api.Tests;

public sealed class SearchApiTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task A_search_finds_the_heading_it_hit_with_an_absolute_url_and_a_marked_snippet()
    {
        var json = await _client.GetJsonAsync("/api/v1/search?q=samordnaren");

        Assert.Equal("samordnaren", json.GetProperty("query").GetString());
        Assert.True(json.GetProperty("total").GetInt32() > 0);
        var hit = json.GetProperty("results").EnumerateArray()
            .First(r => r.GetProperty("id").GetString() == "vid-oro" && r.GetProperty("section").ValueKind == JsonValueKind.String);
        Assert.Equal("Vem kontaktar jag?", hit.GetProperty("section").GetString());
        Assert.Equal(ApiFactory.SiteBaseUrl + "rutiner/vid-oro.html#vem-kontaktar-jag", hit.GetProperty("url").GetString());
        Assert.Equal("routine", hit.GetProperty("type").GetString());
        Assert.Contains("<mark>samordnare", hit.GetProperty("snippet").GetString());
    }

    // Both re-ranked by Proximity: "oro" by the page title, the two words also by where they stand together.
    [Theory]
    [InlineData("oro")]
    [InlineData("våldsbejakande extremism")]
    public async Task The_api_ranks_exactly_as_the_shared_site_search_does(string q)
    {
        var load = ContentPipeline.Load(ContentFolder.Open(api.Content.Root), new ContentOptions(DateOnly.FromDateTime(DateTime.Today)));
        var expected = SiteSearch.Build(load.Snapshot!).Search(q);

        var json = await _client.GetJsonAsync("/api/v1/search?limit=50&q=" + Uri.EscapeDataString(q));

        var results = json.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(expected.Count, json.GetProperty("total").GetInt32());
        Assert.Equal(expected.Take(50).Select(h => h.Entry.PageId), results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected.Take(50).Select(h => h.Snippet), results.Select(r => r.GetProperty("snippet").GetString()));
        Assert.Equal(expected.Take(50).Select(h => Math.Round(h.Score, 3)), results.Select(r => r.GetProperty("score").GetDouble()));
    }

    [Fact]
    public async Task Type_narrows_the_hits_and_limit_caps_them()
    {
        var all = await _client.GetJsonAsync("/api/v1/search?q=oro&limit=50");
        var routines = await _client.GetJsonAsync("/api/v1/search?q=oro&type=routine&limit=1");

        Assert.Contains(all.GetProperty("results").EnumerateArray(), r => r.GetProperty("type").GetString() != "routine");
        Assert.Single(routines.GetProperty("results").EnumerateArray());
        Assert.All(routines.GetProperty("results").EnumerateArray(), r => Assert.Equal("routine", r.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Lunr_syntax_gives_required_prohibited_and_field_scoped_clauses()
    {
        var scoped = await _client.GetJsonAsync("/api/v1/search?syntax=lunr&q=" + Uri.EscapeDataString("title:oro"));
        var prohibited = await _client.GetJsonAsync("/api/v1/search?syntax=lunr&q=" + Uri.EscapeDataString("oro -chef*"));

        Assert.All(scoped.GetProperty("results").EnumerateArray(), r => Assert.Contains("oro", r.GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(prohibited.GetProperty("results").EnumerateArray(), r => r.GetProperty("snippet").GetString()!.Contains("chef", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("/api/v1/search", "q")]
    [InlineData("/api/v1/search?q=", "q")]
    [InlineData("/api/v1/search?q=oro&limit=0", "limit")]
    [InlineData("/api/v1/search?q=oro&type=okand", "type")]
    [InlineData("/api/v1/search?q=oro&syntax=regex", "syntax")]
    [InlineData("/api/v1/search?syntax=lunr&q=okant%3Aoro", "q")]
    [InlineData("/api/v1/search?syntax=lunr&q=oro~9", "q")]
    public async Task Bad_search_parameters_are_a_400_naming_the_parameter(string url, string parameter)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task A_query_longer_than_200_characters_is_refused()
    {
        var problem = await _client.GetProblemAsync("/api/v1/search?q=" + new string('a', 201), HttpStatusCode.BadRequest);

        Assert.Contains("200", problem.GetProperty("errors").GetProperty("q")[0].GetString());
    }

    [Theory]
    [InlineData("+-~:^\\*")]
    [InlineData("title:oro")]
    [InlineData("Ds 2014:4")]
    [InlineData("'; DROP TABLE pages; --")]
    [InlineData("<script>alert(1)</script>")]
    public async Task Hostile_reader_input_never_fails(string q)
    {
        var response = await _client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(q), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
