using Microsoft.Playwright;

namespace VbeKnowledge.Browser.Tests.Infrastructure;

public static class SessionExtensions
{
    /// <summary>Runs a test body in a fresh page, then fails on any console error, page error or foreign request it caused.</summary>
    public static async Task InBrowserAsync(this SiteFixture fixture, Func<BrowserSession, Task> body, BrowserNewContextOptions? options = null)
    {
        await using var session = await fixture.OpenAsync(options);
        await body(session);
        session.AssertClean();
    }
}
