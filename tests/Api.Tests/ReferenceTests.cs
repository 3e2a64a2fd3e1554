using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed partial class ReferenceTests(SharedApi api)
{
    [GeneratedRegex(@"(?:src|href)\s*=\s*[""']([^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex ReferencedUrl();

    [GeneratedRegex(@"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [Fact]
    public async Task The_openapi_document_lists_every_resource()
    {
        var document = await api.Client.GetJsonAsync("/openapi/v1.json");

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[]
                 {
                     "/api/v1/pages", "/api/v1/pages/{key}", "/api/v1/symbols", "/api/v1/routines", "/api/v1/training", "/api/v1/glossary",
                     "/api/v1/support-units", "/api/v1/introduction", "/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/plans/{id}/activities",
                     "/api/v1/activities",
                 })
            Assert.Contains(paths, p => p.TrimEnd('/') == path);
        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("PageDto", out _));
    }

    [Fact]
    public async Task The_reference_page_loads_only_scripts_this_host_serves()
    {
        var html = await api.Client.GetStringAsync("/scalar/", TestContext.Current.CancellationToken);

        var urls = ReferencedUrl().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("scalar.js", urls);
        Assert.All(urls, url => Assert.False(url.Contains("//"), $"the page refers to another host: {url}"));
        Assert.DoesNotContain("https://", html);
        Assert.Contains("\"withDefaultFonts\":false", html);
        Assert.Contains("\"telemetry\":false", html);
        Assert.Contains("\"showDeveloperTools\":\"never\"", html);
        Assert.Contains("\"agent\":{\"disabled\":true}", html);
        foreach (var url in urls.Where(u => u.EndsWith(".js", StringComparison.Ordinal)))
        {
            using var script = await api.Client.GetAsync("/scalar/" + url, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.Contains("javascript", script.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task The_reference_page_policy_allows_only_this_host_and_its_own_inline_script()
    {
        using var response = await api.Client.GetAsync("/scalar/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        var directives = csp.Split(';', StringSplitOptions.TrimEntries).ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToList());
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'self'"], directives["connect-src"]);
        Assert.Equal(["'self'", "data:"], directives["font-src"]);
        Assert.DoesNotContain("'unsafe-inline'", directives["script-src"]);
        var inline = Assert.Single(InlineScript().Matches(html)).Groups[1].Value;
        var hash = $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inline)))}'";
        Assert.Equal(["'self'", hash], directives["script-src"]);
    }
}
