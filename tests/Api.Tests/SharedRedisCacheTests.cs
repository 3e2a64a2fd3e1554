using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class SharedRedisCacheTests
{
    [Fact]
    public async Task Two_instances_share_one_redis_output_cache_and_both_see_an_eviction()
    {
        using var redis = await RedisServer.StartAsync();
        using var content = new FixtureContent();
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString };
        await using var first = new ApiFactory(content.Root, settings);
        await using var second = new ApiFactory(content.Root, settings);
        using var a = first.CreateClient();
        using var b = second.CreateClient();
        // Behind a load balancer both instances are asked for the same host; the host is part of the cache key.
        a.DefaultRequestHeaders.Host = b.DefaultRequestHeaders.Host = "vbe-api.intranet.test";
        foreach (var client in new[] { a, b })
            await Http.EventuallyAsync(async () =>
                (await client.GetJsonAsync("/health/ready")).GetProperty("checks").GetProperty("cache").GetProperty("status").GetString() == "Healthy",
                "the instance is connected to Redis");

        using var fromA = await a.GetAsync("/api/v1/routines", TestContext.Current.CancellationToken);
        using var _ = await a.GetFromCacheAsync("/api/v1/routines");  // A's own hit: its answer is in Redis
        using var fromB = await b.GetAsync("/api/v1/routines", TestContext.Current.CancellationToken);

        Assert.Null(fromA.Headers.Age);
        Assert.NotNull(fromB.Headers.Age);  // B never rendered it: the answer came from A through Redis

        content.Edit("rutiner/vid-oro.md", "title: Vid oro eller en händelse", "title: Vid oro");

        foreach (var client in new[] { a, b })
            await Http.EventuallyAsync(async () =>
                (await client.GetJsonAsync("/api/v1/routines")).GetProperty("items")[0].GetProperty("title").GetString() == "Vid oro",
                "both instances serve the new title");
    }

    [Fact]
    public async Task With_redis_down_answers_still_come_and_ready_reports_a_degraded_cache()
    {
        int port;
        using (var redis = await RedisServer.StartAsync()) port = redis.Port;  // a port nothing listens on any more
        using var content = new FixtureContent();
        await using var factory = new ApiFactory(content.Root, new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = $"127.0.0.1:{port}" });
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/v1/routines", TestContext.Current.CancellationToken);
        var ready = await client.GetJsonAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Degraded", ready.GetProperty("checks").GetProperty("cache").GetProperty("status").GetString());
        Assert.Equal("Degraded", ready.GetProperty("status").GetString());
    }
}
