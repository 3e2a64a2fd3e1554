namespace VbeKnowledge.Api.Configuration;

/// <summary>How long responses may be kept by proxies and by the output cache (<c>Caching</c> section).</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>The <c>max-age</c> a browser or proxy may keep a response before revalidating it with its ETag.</summary>
    public int MaxAgeSeconds { get; set; } = 60;

    /// <summary>How long the output cache keeps a response; content changes evict it earlier.</summary>
    public int ExpirationSeconds { get; set; } = 600;
}
