namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>What the site may ask for: its own server on 127.0.0.1, files from disk, and in-page data. Nothing else.</summary>
public static class RequestPolicy
{
    public static bool IsAllowed(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        return uri.Scheme switch
        {
            "http" or "https" or "ws" => uri.Host == "127.0.0.1",
            "file" => string.IsNullOrEmpty(uri.Host),
            "data" or "blob" or "about" => true,
            _ => false,
        };
    }
}
