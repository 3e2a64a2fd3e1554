using System.Text.Json;

namespace VbeKnowledge.Content.Search;

/// <summary>
/// Writes documents as the lunr oracle's DOCS.json (<c>[{id, title, tags, body}]</c>), so lunr.js can
/// build its own index of exactly what our <see cref="Builder"/> indexed (benchmarks, conformance tests).
/// </summary>
public static class DocsJson
{
    /// <summary>Text fields only; a list value is left out (the oracle expects tags as one string).</summary>
    public static void Write(string path, IEnumerable<SearchDocument> documents)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        foreach (var doc in documents)
        {
            json.WriteStartObject();
            json.WriteString("id", doc.Ref);
            foreach (var (name, value) in doc.Fields)
                if (value.Text is { } text) json.WriteString(name, text);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
