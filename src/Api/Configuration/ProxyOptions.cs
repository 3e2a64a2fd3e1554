namespace VbeKnowledge.Api.Configuration;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c> is believed (<c>Proxy</c> section). Empty by default: then the
/// header is ignored and every client is the address that connected.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of trusted proxies (<c>10.1.2.3</c>, <c>fd00::7</c>).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks of trusted proxies in CIDR notation (<c>10.1.0.0/16</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap from <c>X-Forwarded-For</c>, right to left.</summary>
    public int ForwardLimit { get; set; } = 1;

    public bool IsEnabled => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
