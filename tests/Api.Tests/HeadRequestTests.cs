using System.Net;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>RFC 9110 §9.3.2: HEAD answers with the headers a GET would have, and no body.</summary>
public sealed class HeadRequestTests(SharedApi api)
{
    private readonly HttpClient _client = api.Client;

    [Theory]
    [InlineData("/api/v1/pages/vid-oro")]
    [InlineData("/api/v1/pages?type=routine")]
    [InlineData("/api/v1/plans")]
    [InlineData("/api/v1/activities?year=2023")]
    [InlineData("/api/v1/search?q=oro")]
    [InlineData("/openapi/v1.json")]
    public async Task Head_has_the_headers_of_the_get_and_no_body(string url)
    {
        using var get = await _client.GetAsync(url, TestContext.Current.CancellationToken);
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken)).Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.CacheControl, head.Headers.CacheControl);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Head_of_an_unknown_page_is_a_404_without_a_body()
    {
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/pages/finns-inte"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Equal("application/problem+json", head.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Head_with_the_current_etag_is_a_304()
    {
        using var get = await _client.GetAsync("/api/v1/glossary", TestContext.Current.CancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Head, "/api/v1/glossary");
        request.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var head = await _client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task The_openapi_document_lists_get_operations_only()
    {
        var document = await _client.GetJsonAsync("/openapi/v1.json");

        var methods = document.GetProperty("paths").EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(m => m.Name)).Distinct();
        Assert.Equal(["get"], methods);
    }
}
