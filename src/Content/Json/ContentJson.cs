using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Content.Json;

/// <summary>
/// The one JSON serializer of the knowledge base: the API answers with it and the generator writes
/// <c>api/v1/pages/&lt;id&gt;.json</c> with it, so both are the same bytes.
/// </summary>
public static class ContentJson
{
    /// <summary>camelCase, nulls left out, Swedish letters as they are (&lt;, &gt;, &amp; and quotes stay escaped), not indented.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>Copies <see cref="Options"/>' settings onto options someone else owns (ASP.NET Core's HTTP JSON options).</summary>
    public static void Apply(JsonSerializerOptions target)
    {
        target.PropertyNamingPolicy = Options.PropertyNamingPolicy;
        target.DictionaryKeyPolicy = Options.DictionaryKeyPolicy;
        target.DefaultIgnoreCondition = Options.DefaultIgnoreCondition;
        target.Encoder = Options.Encoder;
        target.WriteIndented = Options.WriteIndented;
    }

    /// <summary>The JSON of one page, as served at <c>/api/v1/pages/&lt;id&gt;</c>.</summary>
    /// <param name="siteBaseUrl">The site's absolute base URL; links in the page are made absolute against it.</param>
    public static byte[] SerializePage(RenderedPage page, ContentSnapshot snapshot, string siteBaseUrl) =>
        Serialize(new PageDtoMapper(snapshot, SiteLinks.Create(siteBaseUrl)).Page(page));

    public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = false,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        };
        options.MakeReadOnly();
        return options;
    }
}
