using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>
/// One fresh browser context and page for one test, recording what would make the test fail even when its own
/// assertions pass: console errors, uncaught page errors and requests that leave 127.0.0.1 (those are also
/// blocked, so a test never waits on the network).
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentQueue<string> pageErrors = new();
    private readonly ConcurrentQueue<string> foreignRequests = new();
    private readonly Uri baseAddress;

    public IPage Page { get; }
    public IReadOnlyCollection<string> ConsoleErrors => consoleErrors;
    public IReadOnlyCollection<string> PageErrors => pageErrors;
    public IReadOnlyCollection<string> ForeignRequests => foreignRequests;

    private BrowserSession(IBrowserContext context, IPage page, Uri baseAddress) =>
        (this.context, Page, this.baseAddress) = (context, page, baseAddress);

    internal static async Task<BrowserSession> OpenAsync(IBrowser browser, Uri baseAddress, BrowserNewContextOptions options, Action<string> onForeignRequest)
    {
        var context = await browser.NewContextAsync(options);
        context.SetDefaultTimeout(10_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page, baseAddress);
        context.Request += (_, request) =>
        {
            if (RequestPolicy.IsAllowed(request.Url)) return;
            session.foreignRequests.Enqueue(request.Method + " " + request.Url);
            onForeignRequest(request.Url);
        };
        await context.RouteAsync("**/*", route => RequestPolicy.IsAllowed(route.Request.Url) ? route.ContinueAsync() : route.AbortAsync("blockedbyclient"));
        page.Console += (_, message) =>
        {
            if (message.Type == "error") session.consoleErrors.Enqueue($"{message.Text} ({message.Location})");
        };
        page.PageError += (_, error) => session.pageErrors.Enqueue(error);
        return session;
    }

    /// <summary>Opens a page of the site by its path below /vbe/ ("rutiner/larmvagar.html").</summary>
    public async Task<IResponse?> GotoAsync(string path)
    {
        var response = await Page.GotoAsync(Url(path));
        await Page.WaitForLoadStateAsync(LoadState.Load);
        return response;
    }

    public string Url(string path) => new Uri(baseAddress, path).AbsoluteUri;

    /// <summary>The path of the current page below /vbe/, query and fragment included.</summary>
    public string CurrentPath => Uri.UnescapeDataString(baseAddress.MakeRelativeUri(new Uri(Page.Url)).ToString());

    /// <summary>Fails the test on anything the page reported as broken while it ran.</summary>
    public void AssertClean()
    {
        var problems = ConsoleErrors.Select(e => "console error: " + e)
            .Concat(PageErrors.Select(e => "page error: " + e))
            .Concat(ForeignRequests.Select(r => "request left 127.0.0.1: " + r))
            .ToList();
        Assert.True(problems.Count == 0, "The browser reported problems:\n" + string.Join('\n', problems));
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
