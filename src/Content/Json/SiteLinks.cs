using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Json;

/// <summary>Makes site-relative URLs absolute against the site's base URL (<c>Site:BaseUrl</c>).</summary>
public sealed class SiteLinks
{
    private SiteLinks(Uri baseUrl) => BaseUrl = baseUrl;

    /// <summary>The site root, always ending in '/'.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Accepts an absolute http(s) URL; a missing trailing '/' is added so page URLs land under it.</summary>
    public static SiteLinks Create(string baseUrl)
    {
        if (!TryCreate(baseUrl, out var links, out var problem)) throw new ArgumentException(problem, nameof(baseUrl));
        return links;
    }

    public static bool TryCreate(string? baseUrl, out SiteLinks links, out string problem)
    {
        links = null!;
        problem = "";
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problem = $"the site base URL must be an absolute http:// or https:// URL; got '{baseUrl}'.";
            return false;
        }
        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = $"the site base URL must not have a query or fragment; got '{baseUrl}'.";
            return false;
        }
        links = new SiteLinks(uri.AbsolutePath.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/"));
        return true;
    }

    /// <summary><c>rutiner/vid-oro.html</c> → <c>https://…/rutiner/vid-oro.html</c>.</summary>
    public string Absolute(string siteUrl) => new Uri(BaseUrl, siteUrl).AbsoluteUri;

    public string PageUrl(Page page) => Absolute(page.Url);

    /// <summary>A file beside a page (a symbol's image): resolved against the page's folder in the site.</summary>
    public string? FileBeside(Page page, string relativePath)
    {
        var folder = page.Url.Contains('/') ? page.Url[..page.Url.LastIndexOf('/')] : "";
        var combined = SiteUrls.Combine(folder, relativePath);
        return combined is null ? null : Absolute(combined);
    }
}
