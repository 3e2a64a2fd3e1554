using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Configuration;
using VbeKnowledge.Api.Snapshots;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Api.Caching;

/// <summary>The output-cache policies of the content endpoints: tagged for eviction, varied by CORS origin.</summary>
public static class ContentCachePolicy
{
    /// <summary>For a resource showing pages of these types (and for the pages resource, of any type).</summary>
    public static TBuilder CacheContent<TBuilder>(this TBuilder builder, params PageType[] types) where TBuilder : IEndpointConventionBuilder =>
        builder.CacheOutput(policy => policy
            .Tag([CacheTags.Content, .. types.Length == 0 ? [CacheTags.AnyPage] : types.Select(CacheTags.For)])
            // CORS answers differ per Origin; one cached answer must not carry another origin's headers.
            .SetVaryByHeader("Origin")
            // Part of the key: an answer rendered from the old content while a reload swaps and evicts is stored
            // under the old version, which no request asks for any more. Every instance with the same content
            // computes the same version, so a shared Redis cache is still shared.
            .VaryByValue(context => new KeyValuePair<string, string>(
                "content", context.RequestServices.GetRequiredService<SnapshotStore>().Served?.VersionOf(types) ?? "none"))
            .AddPolicy<ExpirationFromOptions>());

    /// <summary>Reads <c>Caching:ExpirationSeconds</c> per request, so configuration stays the one source.</summary>
    private sealed class ExpirationFromOptions(IOptions<CachingOptions> options) : IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.ExpirationSeconds);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }
}
