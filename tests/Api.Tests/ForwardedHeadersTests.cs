using System.Net;
using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>The tests' client connects from 127.0.0.1: that is the proxy when the configuration trusts it.</summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData("Proxy:KnownProxies:0", "127.0.0.1")]
    [InlineData("Proxy:KnownNetworks:0", "127.0.0.0/8")]
    public async Task Two_clients_behind_a_trusted_proxy_have_a_rate_limit_each(string key, string value)
    {
        using var content = new FixtureContent();
        await using var factory = new ApiFactory(content.Root, Limited(new() { [key] = value }));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await StatusFor(client, "10.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await StatusFor(client, "10.0.0.1"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusFor(client, "10.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await StatusFor(client, "10.0.0.2"));
    }

    [Theory]
    [InlineData("Proxy:KnownProxies:0", "192.0.2.10")]  // another host is the proxy
    [InlineData(null, null)]                            // no proxy configured: the default
    public async Task X_forwarded_for_from_an_untrusted_address_is_ignored(string? key, string? value)
    {
        using var content = new FixtureContent();
        await using var factory = new ApiFactory(content.Root, Limited(key is null ? [] : new() { [key] = value }));
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, await StatusFor(client, "10.0.0.1"));
        Assert.Equal(HttpStatusCode.OK, await StatusFor(client, "10.0.0.2"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await StatusFor(client, "10.0.0.3"));
    }

    [Fact]
    public async Task A_proxy_setting_that_does_not_parse_stops_the_start_and_names_the_setting()
    {
        using var content = new FixtureContent();
        await using var factory = new ApiFactory(content.Root, new Dictionary<string, string?>
        {
            ["Proxy:KnownProxies:0"] = "10.0.0.x",
            ["Proxy:KnownNetworks:0"] = "10.0.0.0",
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("Proxy:KnownProxies: '10.0.0.x' is not an IP address", error.Message);
        Assert.Contains("Proxy:KnownNetworks: '10.0.0.0' is not a network in CIDR notation", error.Message);
    }

    private static Dictionary<string, string?> Limited(Dictionary<string, string?> settings)
    {
        settings["RateLimit:PermitLimit"] = "2";
        settings["RateLimit:WindowSeconds"] = "60";
        return settings;
    }

    private static async Task<HttpStatusCode> StatusFor(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/glossary");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }
}
