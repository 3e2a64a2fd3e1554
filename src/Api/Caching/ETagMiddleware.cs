using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using VbeKnowledge.Api.Configuration;

namespace VbeKnowledge.Api.Caching;

/// <summary>
/// Gives every successful GET or HEAD of the API a strong ETag (a hash of the body, so every instance agrees on it and
/// an unchanged page keeps it across reloads), answers a matching <c>If-None-Match</c> with 304, and sets a
/// <c>Cache-Control</c> a proxy can honour.
/// Sits inside the output cache: the body is hashed once, when an answer is rendered, and the ETag is stored with
/// the cached entry. A cache hit serves the stored ETag and answers <c>If-None-Match</c> itself
/// (OutputCacheMiddleware.ContentIsNotModified), without touching the body.
/// </summary>
public sealed class ETagMiddleware(RequestDelegate next, IOptions<CachingOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)) || !IsCacheable(context.Request.Path))
        {
            await next(context);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        AddVary(response, HeaderNames.Origin);
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..32] + "\"";
            response.Headers.ETag = etag;
            response.Headers.CacheControl = $"public, max-age={options.Value.MaxAgeSeconds}";
            if (Matches(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }
        else if (response.StatusCode >= 400)
        {
            response.Headers.CacheControl = "no-store";
        }
        // An empty error answer is left for the status-code pages to turn into ProblemDetails.
        if (buffer.Length == 0) return;
        // For HEAD, Kestrel drops the body but keeps this length: the same headers as the GET (RFC 9110 §9.3.2).
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private static bool IsCacheable(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    /// <summary>RFC 9110 §13.1.2: If-None-Match uses the weak comparison, and '*' matches any current representation.</summary>
    private static bool Matches(IEnumerable<string?> ifNoneMatch, string etag)
    {
        foreach (var header in ifNoneMatch)
            foreach (var candidate in (header ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                if (candidate == "*" || (candidate.StartsWith("W/", StringComparison.Ordinal) ? candidate[2..] : candidate) == etag)
                    return true;
        return false;
    }

    private static void AddVary(HttpResponse response, string header)
    {
        var existing = response.Headers.Vary.ToString();
        if (!existing.Split(',', StringSplitOptions.TrimEntries).Contains(header, StringComparer.OrdinalIgnoreCase))
            response.Headers.Vary = existing.Length == 0 ? header : existing + ", " + header;
    }
}
