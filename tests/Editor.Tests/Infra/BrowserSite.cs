using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>
/// The real content built once, served by Kestrel on a free port, and Debian's Chromium driven by
/// Playwright (no browser download). Tests using it skip, saying why, when Chromium is not installed.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string Chromium = "/usr/lib/chromium/chromium";
    private readonly TempDir _dir = new();
    private WebApplication? _web;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string Address { get; private set; } = "";

    public static void SkipWithoutChromium()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("CI") != "true")
            Assert.Skip($"Chromium is not installed at {Chromium} (apt-get install chromium).");
    }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        (await Vbe.RunAsync("build", "--output", _dir["site"])).Expect(0);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        _web = builder.Build();
        _web.UseDefaultFiles(new DefaultFilesOptions { FileProvider = new PhysicalFileProvider(_dir["site"]) });
        _web.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(_dir["site"]) });
        await _web.StartAsync();
        Address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/";
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (_web is not null) await _web.DisposeAsync();
        _dir.Dispose();
    }
}
