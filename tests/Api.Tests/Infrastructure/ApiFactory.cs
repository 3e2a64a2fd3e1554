using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace VbeKnowledge.Api.Tests.Infrastructure;

/// <summary>The real API over a real content folder, configured the way an operator would (configuration keys only).</summary>
public sealed class ApiFactory(string contentPath, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public const string SiteBaseUrl = "https://vbe.intranet.test/kunskapsbank/";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Content:Path", contentPath);
        builder.UseSetting("Content:ReloadDelayMilliseconds", "100");
        builder.UseSetting("Site:BaseUrl", SiteBaseUrl);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }
}
