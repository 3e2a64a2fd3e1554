namespace VbeKnowledge.Api.Configuration;

/// <summary>How many requests one client IP may make per window (<c>RateLimit</c> section).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    public int PermitLimit { get; set; } = 600;
    public int WindowSeconds { get; set; } = 60;
}
