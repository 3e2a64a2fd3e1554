using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Generator.Output;

/// <summary>
/// Writes each page's API JSON beside the site (<c>api/v1/pages/&lt;id&gt;.json</c>) with the API's own
/// serializer, so a system that cannot reach the API can read the same bytes as static files.
/// Links in the JSON are absolute, so this needs an absolute --base-url.
/// </summary>
public static class StaticJsonWriter
{
    public static int Write(ContentSnapshot snapshot, string baseUrl, OutputFolder output)
    {
        var map = new PageDtoMapper(snapshot, SiteLinks.Create(baseUrl));
        foreach (var page in snapshot.Pages)
            output.WriteBytes($"api/v1/pages/{page.Page.Id}.json", ContentJson.Serialize(map.Page(page)));
        return snapshot.Pages.Count;
    }

    public static bool CanWrite(string baseUrl) => SiteLinks.TryCreate(baseUrl, out _, out _);
}
