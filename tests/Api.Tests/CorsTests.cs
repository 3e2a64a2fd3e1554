using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class CorsTests : IAsyncDisposable
{
    private const string Allowed = "https://intranat.stockholm.test";
    private readonly FixtureContent _content = new();
    private readonly ApiFactory _factory;
    private readonly HttpClient _client;

    public CorsTests()
    {
        _factory = new ApiFactory(_content.Root, new Dictionary<string, string?>
        {
            ["Cors:Origins:0"] = Allowed,
            ["Cors:Origins:1"] = "https://annat.stockholm.test",
        });
        _client = _factory.CreateClient();
    }

    [Fact]
    public async Task A_configured_origin_may_read_the_api()
    {
        using var response = await SendAsync(HttpMethod.Get, Allowed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("ETag", response.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task Another_origin_gets_no_cors_headers_even_after_an_allowed_origin_was_cached()
    {
        using var allowed = await SendAsync(HttpMethod.Get, Allowed);
        using var refused = await SendAsync(HttpMethod.Get, "https://evil.test");

        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_preflight_from_a_configured_origin_allows_get_only()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/pages");
        request.Headers.Add("Origin", Allowed);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "if-none-match");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Allowed], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task A_preflight_for_a_write_allows_get_only_so_the_browser_refuses_it()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/pages");
        request.Headers.Add("Origin", Allowed);
        request.Headers.Add("Access-Control-Request-Method", "DELETE");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        // ASP.NET Core answers a preflight with the policy's methods; the browser refuses the DELETE itself.
        Assert.Equal("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/pages");
        request.Headers.Add("Origin", "https://evil.test");
        request.Headers.Add("Access-Control-Request-Method", "GET");
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string origin)
    {
        var request = new HttpRequestMessage(method, "/api/v1/symbols");
        request.Headers.Add("Origin", origin);
        return await _client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _content.Dispose();
    }
}
