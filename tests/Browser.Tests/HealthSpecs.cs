using Microsoft.Playwright;
using VbeKnowledge.Browser.Tests.Infrastructure;

namespace VbeKnowledge.Browser.Tests;

/// <summary>Every page type loads whole, quietly and from 127.0.0.1 only; and the detectors behind that claim work.</summary>
public sealed class HealthSpecs(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(Layouts.Names), MemberType = typeof(Layouts))]
    public Task Every_page_type_loads_its_assets_and_scripts_without_errors(string layout) => site.InBrowserAsync(async s =>
    {
        var failed = new List<string>();
        s.Page.Response += (_, r) => { if (r.Status >= 400) failed.Add($"{r.Status} {r.Url}"); };
        s.Page.RequestFailed += (_, r) => failed.Add($"{r.Failure} {r.Url}");

        var response = await s.GotoAsync(Layouts.Pages[layout]);
        Assert.Equal(200, response?.Status);
        // The stylesheet applied (the header has its background), and site.js ran ("/" focuses the search box).
        Assert.NotEqual("rgba(0, 0, 0, 0)", await s.Page.Locator(".site-header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        await s.Page.Keyboard.PressAsync("/");
        await Assertions.Expect(s.Page.Locator("#search-input")).ToBeFocusedAsync();
        Assert.True(failed.Count == 0, "Requests failed:\n" + string.Join('\n', failed));
    });

    [Fact]
    public async Task No_request_from_any_test_so_far_left_127_0_0_1()
    {
        // Every session also fails its own test on a foreign request; this collects them across the run.
        await site.InBrowserAsync(async s =>
        {
            foreach (var path in Layouts.Pages.Values) await s.GotoAsync(path);
            await s.Page.Locator("#search-input").PressSequentiallyAsync("symbol");
            await Assertions.Expect(s.Page.Locator("[data-search-list] [role=option]").First).ToBeVisibleAsync();
        });
        Assert.True(site.ForeignRequests.Count == 0, "Requests left 127.0.0.1:\n" + string.Join('\n', site.ForeignRequests.Distinct()));
    }

    [Fact]
    public async Task The_detectors_catch_a_foreign_request_a_console_error_and_a_page_error()
    {
        await using var s = await site.OpenAsync(isCanary: true);
        await s.GotoAsync("index.html");
        await s.Page.EvaluateAsync("""
            () => {
              const img = new Image(); img.src = 'http://example.org/tracker.png'; document.body.append(img);
              console.error('canary console error');
              setTimeout(() => { throw new Error('canary page error'); });
            }
            """);
        await s.Page.WaitForTimeoutAsync(500);
        Assert.Contains(s.ForeignRequests, r => r.Contains("example.org/tracker.png"));
        Assert.Contains(s.ConsoleErrors, e => e.Contains("canary console error"));
        Assert.Contains(s.PageErrors, e => e.Contains("canary page error"));
        Assert.Throws<Xunit.Sdk.TrueException>(s.AssertClean);
        Assert.DoesNotContain(site.ForeignRequests, r => r.Contains("example.org"));
    }

    [Fact]
    public Task A_file_outside_the_sub_path_is_not_served_so_root_relative_links_would_show() => site.InBrowserAsync(async s =>
    {
        var response = await s.Page.APIRequest.GetAsync(new Uri(site.BaseAddress, "/index.html").AbsoluteUri);
        Assert.Equal(404, response.Status);
        var inside = await s.Page.APIRequest.GetAsync(site.BaseAddress.AbsoluteUri);
        Assert.Equal(200, inside.Status);
    });
}
