using System.Collections.Concurrent;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(VbeKnowledge.Browser.Tests.Infrastructure.SiteFixture))]

namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>
/// Once per test run: the built site, the server that serves it under /vbe/, and one Chromium (Debian's, never a
/// downloaded one). Every request any test makes that leaves 127.0.0.1 is collected here as well as failing its test.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; VBE_CHROMIUM points elsewhere (or at nothing, to see the skip).</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("VBE_CHROMIUM") is { Length: > 0 } path ? path : "/usr/lib/chromium/chromium";
    private static readonly string[] ChromiumArgs =
        ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly ConcurrentQueue<string> foreignRequests = new();
    private BuiltSite? site;
    private SiteServer? server;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string SiteDir => site?.OutputDir ?? throw new InvalidOperationException("The site is not built.");
    public Uri BaseAddress => server?.BaseAddress ?? throw new InvalidOperationException("The server is not running.");

    /// <summary>Every request, from any test so far, that left 127.0.0.1.</summary>
    public IReadOnlyCollection<string> ForeignRequests => foreignRequests;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath)) return;
        // The search index (1.6 MB) loads on first use, while other tests run in parallel: give it time.
        Assertions.SetDefaultExpectTimeout(15_000);
        site = BuiltSite.Build();
        server = await SiteServer.StartAsync(site.OutputDir);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
    }

    /// <summary>A fresh context and page; skips the test where Chromium is missing, unless this is CI.</summary>
    public Task<BrowserSession> OpenAsync(BrowserNewContextOptions? options = null, bool isCanary = false)
    {
        if (browser is null)
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                Assert.Fail($"Chromium is missing at {ChromiumPath}: install chromium (apt-get install -y chromium). CI must run the browser tests.");
            Assert.Skip($"Chromium is missing at {ChromiumPath} (apt-get install -y chromium); the browser tests need it.");
        }
        options ??= new BrowserNewContextOptions();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.Locale ??= "sv-SE";
        return BrowserSession.OpenAsync(browser, BaseAddress, options, url => { if (!isCanary) foreignRequests.Enqueue(url); });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        if (server is not null) await server.DisposeAsync();
        site?.Dispose();
    }
}
