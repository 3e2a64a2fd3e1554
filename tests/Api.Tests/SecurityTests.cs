using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class SecurityTests(SharedApi api)
{
    [Theory]
    [InlineData("/api/v1/pages/vid-oro")]
    [InlineData("/api/v1/pages/finns-inte")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/health/ready")]
    public async Task Every_answer_has_the_security_headers(string url)
    {
        using var response = await api.Client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.False(response.Headers.Contains("Server"), "the answer names the server software");
    }

    [Fact]
    public async Task A_client_over_its_rate_limit_gets_a_429_problem_with_retry_after()
    {
        using var content = new FixtureContent();
        await using var factory = RateLimited(content, permits: 3, windowSeconds: 60);
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/pages", TestContext.Current.CancellationToken)).StatusCode);

        using var refused = await client.GetAsync("/api/v1/pages", TestContext.Current.CancellationToken);
        using var health = await client.GetAsync("/health/live", TestContext.Current.CancellationToken);

        var problem = await Http.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("För många anrop", problem.GetProperty("title").GetString());
        var retryAfter = refused.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(retryAfter.TotalSeconds, 1, 60);
        Assert.Contains($"{(int)retryAfter.TotalSeconds} sekunder", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task A_refused_client_is_served_again_when_the_next_window_opens()
    {
        using var content = new FixtureContent();
        await using var factory = RateLimited(content, permits: 2, windowSeconds: 1);
        using var client = factory.CreateClient();
        HttpStatusCode last;
        do last = (await client.GetAsync("/api/v1/pages", TestContext.Current.CancellationToken)).StatusCode;
        while (last == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.TooManyRequests, last);

        await Http.EventuallyAsync(async () =>
            (await client.GetAsync("/api/v1/pages", TestContext.Current.CancellationToken)).StatusCode == HttpStatusCode.OK,
            "the client's next window opens", seconds: 10);
    }

    private static ApiFactory RateLimited(FixtureContent content, int permits, int windowSeconds) =>
        new(content.Root, new Dictionary<string, string?>
        {
            ["RateLimit:PermitLimit"] = permits.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimit:WindowSeconds"] = windowSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
}
