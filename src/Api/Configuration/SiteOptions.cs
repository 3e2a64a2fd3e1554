namespace VbeKnowledge.Api.Configuration;

/// <summary>The static site the API's links point to (<c>Site</c> section).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>Absolute http(s) URL of the site root; page URLs and links in page HTML are made absolute against it.</summary>
    public string BaseUrl { get; set; } = "http://localhost:8080/";
}
