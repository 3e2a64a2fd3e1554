using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace VbeKnowledge.Api.Tests.Infrastructure;

/// <summary>
/// The real API over a real content folder, configured the way an operator would (configuration keys only), served
/// by Kestrel on a free loopback port: requests cross a real socket, so Kestrel's limits, HEAD without a body and the
/// client's address are what a deployment sees.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string SiteBaseUrl = "https://vbe.intranet.test/kunskapsbank/";

    private readonly string _contentPath;
    private readonly IReadOnlyDictionary<string, string?>? _settings;
    private readonly TimeProvider? _time;

    /// <param name="time">The API's clock (a FakeTimeProvider for tests of what happens at midnight); the machine's by default.</param>
    public ApiFactory(string contentPath, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        _contentPath = contentPath;
        _settings = settings;
        _time = time;
        UseKestrel(0);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", _contentPath);
        builder.UseSetting("Content:ReloadDelayMilliseconds", "100");
        builder.UseSetting("Site:BaseUrl", SiteBaseUrl);
        foreach (var (key, value) in _settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (_time is not null) builder.ConfigureTestServices(services => services.AddSingleton(_time));
    }
}
