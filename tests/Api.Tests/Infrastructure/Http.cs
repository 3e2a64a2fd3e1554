using System.Net;
using System.Text.Json;

namespace VbeKnowledge.Api.Tests.Infrastructure;

/// <summary>Small helpers for asserting on real HTTP answers.</summary>
public static class Http
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 answer: the status, the problem+json type, and Swedish title and detail.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain(problem.GetProperty("title").GetString()!, EnglishDefaults);
        return problem;
    }

    public static async Task<JsonElement> GetProblemAsync(this HttpClient client, string url, HttpStatusCode status)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return await AssertProblemAsync(response, status);
    }

    public static IEnumerable<string> Strings(this JsonElement array, string property) =>
        array.EnumerateArray().Select(e => e.GetProperty(property).GetString()!);

    /// <summary>
    /// GETs until the answer comes from the output cache (it has an Age). Kestrel sends an answer before the output
    /// cache has stored it, so the request right after the first may still miss.
    /// </summary>
    public static async Task<HttpResponseMessage> GetFromCacheAsync(this HttpClient client, string url)
    {
        HttpResponseMessage? cached = null;
        await EventuallyAsync(async () =>
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            if (response.Headers.Age is not null) cached = response;
            else response.Dispose();
            return cached is not null;
        }, $"GET {url} is served from the output cache");
        return cached!;
    }

    /// <summary>Polls until the condition holds; content reloads happen in the background.</summary>
    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        Assert.Fail($"Timed out after {seconds} s waiting until {what}.");
    }

    private static readonly string[] EnglishDefaults =
        ["Not Found", "Bad Request", "Method Not Allowed", "One or more validation errors occurred.", "An error occurred while processing your request."];
}
