using System.Net;
using VbeKnowledge.Api.Security;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class BadInputTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Theory]
    [InlineData("/api/v1/pages?limit=0", "limit", "'limit' måste vara ett heltal från 1 till 100; fick '0'.")]
    [InlineData("/api/v1/pages?limit=101", "limit", "'limit' måste vara ett heltal från 1 till 100; fick '101'.")]
    [InlineData("/api/v1/pages?limit=abc", "limit", "'limit' måste vara ett heltal från 1 till 100; fick 'abc'.")]
    [InlineData("/api/v1/pages?limit=-5", "limit", "'limit' måste vara ett heltal från 1 till 100; fick '-5'.")]
    [InlineData("/api/v1/pages?offset=-1", "offset", "'offset' måste vara ett heltal som är 0 eller större; fick '-1'.")]
    [InlineData("/api/v1/pages?offset=1.5", "offset", "'offset' måste vara ett heltal som är 0 eller större; fick '1.5'.")]
    [InlineData("/api/v1/pages?limit=1&limit=2", "limit", "Parametern 'limit' får bara anges en gång.")]
    [InlineData("/api/v1/pages?type=rutin", "type", "'type' måste vara något av: page, section, guideline, routine, symbol, legal, plan, training, introduction, term, support-unit, report; fick 'rutin'.")]
    [InlineData("/api/v1/pages?updatedSince=2026-13-01", "updatedSince", "'updatedSince' måste vara ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-01-31; fick '2026-13-01'.")]
    [InlineData("/api/v1/pages?tag=", "tag", "Parametern 'tag' får inte vara tom.")]
    [InlineData("/api/v1/pages?tpye=routine", "tpye", "Okänd parameter 'tpye'. Tillåtna parametrar: type, tag, section, updatedSince, limit, offset.")]
    [InlineData("/api/v1/pages/vid-oro?limit=5", "limit", "Okänd parameter 'limit'. Den här adressen tar inga parametrar.")]
    [InlineData("/api/v1/symbols?environment=nazism", "environment", "'environment' måste vara något av: vit-makt, autonoma, islamistiska, allmanna-koder; fick 'nazism'.")]
    [InlineData("/api/v1/training?format=kurs", "format", "'format' måste vara något av: webbutbildning, fördjupning, föreläsning, workshop, läsning; fick 'kurs'.")]
    [InlineData("/api/v1/support-units?function=x", "function", "'function' måste vara något av: förebyggande, upptäckande, förhindrande, åtgärdande; fick 'x'.")]
    [InlineData("/api/v1/plans/norra-innerstaden-2023/activities?area=annat", "area", "'area' måste vara något av: förebyggande, förhindrande, kompetenshöjande, föreningsbidrag-och-lokaler; fick 'annat'.")]
    [InlineData("/api/v1/activities?year=23", "year", "'year' måste vara ett heltal från 1900 till 2999; fick '23'.")]
    [InlineData("/api/v1/glossary?q=sol", "q", "Okänd parameter 'q'. Den här adressen tar inga parametrar.")]
    public async Task A_bad_parameter_is_a_400_problem_that_names_the_parameter_and_what_was_wrong(string url, string parameter, string message)
    {
        var problem = await _client.GetProblemAsync(url, HttpStatusCode.BadRequest);

        Assert.Equal("Ogiltiga parametrar", problem.GetProperty("title").GetString());
        Assert.Equal([message], problem.GetProperty("errors").GetProperty(parameter).EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var problem = await _client.GetProblemAsync("/api/v1/pages?limit=0&offset=x&type=y", HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("limit", out _));
        Assert.True(errors.TryGetProperty("offset", out _));
        Assert.True(errors.TryGetProperty("type", out _));
    }

    [Fact]
    public async Task An_unknown_address_is_a_404_problem_in_swedish()
    {
        var problem = await _client.GetProblemAsync("/api/v1/finns-inte", HttpStatusCode.NotFound);

        Assert.Equal("Hittades inte", problem.GetProperty("title").GetString());
        Assert.Contains("/api/v1/finns-inte", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("POST", "/api/v1/pages")]
    [InlineData("PUT", "/api/v1/pages/vid-oro")]
    [InlineData("DELETE", "/api/v1/pages/vid-oro")]
    [InlineData("PATCH", "/api/v1/plans/norra-innerstaden-2023")]
    [InlineData("POST", "/api/v1/activities")]
    public async Task Writes_are_refused_with_405_and_an_allow_header(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("{}") };
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var problem = await Http.AssertProblemAsync(response, HttpStatusCode.MethodNotAllowed);
        Assert.Equal("Metoden stöds inte", problem.GetProperty("title").GetString());
        Assert.Contains(method, problem.GetProperty("detail").GetString());
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData(QueryLengthLimitMiddleware.MaxQueryLength + 1)]
    [InlineData(8 * 1024 + 1)]  // over Kestrel's default request line, which used to answer first
    [InlineData(QueryLengthLimitMiddleware.MaxRequestLineSize - 100)]
    public async Task A_query_string_over_two_kilobytes_is_a_414_problem(int length)
    {
        var problem = await _client.GetProblemAsync(PagesWithQueryOf(length), HttpStatusCode.RequestUriTooLong);

        Assert.Equal("Adressen är för lång", problem.GetProperty("title").GetString());
        Assert.Equal($"Frågesträngen får vara högst 2048 tecken lång; den var {length} tecken.", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_query_string_of_exactly_two_kilobytes_is_read()
    {
        using var response = await _client.GetAsync(PagesWithQueryOf(QueryLengthLimitMiddleware.MaxQueryLength), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_request_line_over_kestrels_limit_gets_kestrels_own_414()
    {
        using var response = await _client.GetAsync(PagesWithQueryOf(QueryLengthLimitMiddleware.MaxRequestLineSize + 1), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>/api/v1/pages with a query string (question mark included) of exactly this many characters.</summary>
    private static string PagesWithQueryOf(int length) => "/api/v1/pages?tag=" + new string('a', length - "?tag=".Length);
}
