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
        await using var factory = new ApiFactory(content.Root, new Dictionary<string, string?>
        {
            ["RateLimit:PermitLimit"] = "3",
            ["RateLimit:WindowSeconds"] = "60",
        });
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
}
