using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Configuration;

namespace VbeKnowledge.Api.Security;

/// <summary>
/// Behind a reverse proxy every request comes from the proxy's address, so the rate limit would be one for all
/// clients. With <c>Proxy:KnownProxies</c> or <c>KnownNetworks</c> set, the client address is read from
/// <c>X-Forwarded-For</c> when, and only when, the connection comes from one of them.
/// </summary>
public static class ProxySetup
{
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((forwarded, proxy) =>
        {
            // X-Forwarded-For only: the API builds no URL from its own host or scheme (links go to Site:BaseUrl).
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            forwarded.ForwardLimit = proxy.Value.ForwardLimit;
            // The configuration is the whole list: ASP.NET Core trusts loopback by default, which would let anything
            // on the API's own host pose as any client.
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var address in proxy.Value.KnownProxies) forwarded.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.Value.KnownNetworks) forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>Must come before anything that reads the client's address (the rate limiter).</summary>
    public static void UseTrustedProxies(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsEnabled) app.UseForwardedHeaders();
    }

    /// <summary>Names every address and network that does not parse, at start-up rather than on the first request.</summary>
    private sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
    {
        public ValidateOptionsResult Validate(string? name, ProxyOptions options)
        {
            var errors = options.KnownProxies.Where(a => !IPAddress.TryParse(a, out _))
                .Select(a => $"Proxy:KnownProxies: '{a}' is not an IP address (10.1.2.3 or fd00::7).")
                .Concat(options.KnownNetworks.Where(n => !System.Net.IPNetwork.TryParse(n, out _))
                    .Select(n => $"Proxy:KnownNetworks: '{n}' is not a network in CIDR notation (10.1.0.0/16)."))
                .ToList();
            if (options.ForwardLimit < 1) errors.Add($"Proxy:ForwardLimit must be 1 or more; got {options.ForwardLimit}.");
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}
