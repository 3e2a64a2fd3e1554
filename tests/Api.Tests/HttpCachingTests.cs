using System.Net;
using System.Net.Http.Headers;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

public sealed class HttpCachingTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task A_get_has_a_strong_etag_and_a_cache_control_a_proxy_can_honour()
    {
        using var response = await _client.GetAsync("/api/v1/pages/vid-oro", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.CacheControl.MaxAge);
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Theory]
    [InlineData("/api/v1/pages/vid-oro")]
    [InlineData("/api/v1/pages?type=routine")]
    [InlineData("/api/v1/symbols")]
    [InlineData("/api/v1/activities?year=2023")]
    public async Task If_none_match_with_the_current_etag_is_a_304_without_a_body(string url)
    {
        using var first = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task If_none_match_with_another_etag_gets_the_full_answer()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/pages/vid-oro");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0123456789abcdef\""));
        using var response = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Different_resources_have_different_etags()
    {
        using var a = await _client.GetAsync("/api/v1/pages/vid-oro", TestContext.Current.CancellationToken);
        using var b = await _client.GetAsync("/api/v1/pages/sekretess", TestContext.Current.CancellationToken);

        Assert.NotEqual(a.Headers.ETag, b.Headers.ETag);
    }

    [Fact]
    public async Task A_repeated_get_is_served_from_the_output_cache()
    {
        using var first = await _client.GetAsync("/api/v1/glossary", TestContext.Current.CancellationToken);
        using var second = await _client.GetFromCacheAsync("/api/v1/glossary");

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Theory]
    [InlineData("/api/v1/pages/sekretess")]
    [InlineData("/api/v1/plans")]
    public async Task The_etag_stored_with_a_cached_answer_is_the_hash_of_its_body_and_still_gives_a_304(string url)
    {
        using var cached = await _client.GetFromCacheAsync(url);
        var body = await cached.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(cached.Headers.ETag!);
        using var revalidated = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(body))[..32];
        Assert.Equal($"\"{hash}\"", cached.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(cached.Headers.ETag, revalidated.Headers.ETag);
        Assert.Equal(TimeSpan.FromSeconds(60), revalidated.Headers.CacheControl!.MaxAge);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Errors_are_never_stored_by_a_proxy()
    {
        using var response = await _client.GetAsync("/api/v1/pages/finns-inte", TestContext.Current.CancellationToken);

        Assert.True(response.Headers.CacheControl!.NoStore);
    }
}
