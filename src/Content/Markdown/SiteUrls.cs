namespace VbeKnowledge.Content.Markdown;

/// <summary>Relative URLs between site pages, so the site works under any base path and from disk.</summary>
public static class SiteUrls
{
    /// <summary><c>Relative("rutiner/vid-oro.html", "symboler/index.html")</c> → <c>../symboler/index.html</c>.</summary>
    public static string Relative(string fromUrl, string toUrl)
    {
        var depth = fromUrl.Count(c => c == '/');
        return depth == 0 ? toUrl : string.Concat(Enumerable.Repeat("../", depth)) + toUrl;
    }

    /// <summary>The prefix from a page back to the site root ("" or "../").</summary>
    public static string RootFrom(string fromUrl) => Relative(fromUrl, "");

    /// <summary>Resolves a relative path against a folder inside content/; null when it climbs out of content/.</summary>
    public static string? Combine(string folder, string relative)
    {
        var parts = new List<string>(folder.Length == 0 ? [] : folder.Split('/'));
        foreach (var segment in relative.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else parts.Add(segment);
        }
        return string.Join('/', parts);
    }
}
