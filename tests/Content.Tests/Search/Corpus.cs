using System.Text.Json;
using VbeKnowledge.Content.Search;
using Index = VbeKnowledge.Content.Search.Index;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// A document set in the oracle's DOCS.json format, built once by lunr.js (ref.json, via the oracle)
/// and once by our <see cref="Builder"/> (ours.json).
/// </summary>
internal sealed class Corpus
{
    private static readonly Dictionary<string, Lazy<Corpus>> All = new()
    {
        ["sample"] = new(() => Create("sample", dir =>
        {
            var docs = Path.Combine(dir, "docs.json");
            var run = NodeTools.Oracle("sample", docs, NodeTools.SourcesDir);
            Assert.True(run.ExitCode == 0, run.Stderr);
            return docs;
        })),
        ["generated"] = new(() => Create("generated", dir =>
        {
            var docs = Path.Combine(dir, "docs.json");
            File.WriteAllText(docs, GeneratedDocs.Json(seed: 20241125, count: 360));
            return docs;
        })),
    };

    public static TheoryData<string> Names => new(All.Keys);

    public static Corpus Get(string name) => All[name].Value;

    public required string Dir { get; init; }
    public required string DocsJson { get; init; }
    public required string RefJson { get; init; }
    public required string OursJson { get; init; }
    public required int DocumentCount { get; init; }
    public required Index Built { get; init; }

    private static Corpus Create(string name, Func<string, string> makeDocs)
    {
        NodeTools.RequireNode();
        var dir = NodeTools.TempDir();
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        };
        var docsJson = makeDocs(dir);
        var refJson = Path.Combine(dir, "ref.json");
        var build = NodeTools.Oracle("build", docsJson, refJson);
        Assert.True(build.ExitCode == 0, $"oracle build of {name}: {build.Stderr}");
        var documents = ReadDocs(docsJson);
        var builder = Builder.CreateDefault();
        foreach (var doc in documents) builder.Add(doc);
        var index = builder.Build();
        var oursJson = Path.Combine(dir, "ours.json");
        using (var stream = File.Create(oursJson)) index.WriteJson(stream);
        return new Corpus { Dir = dir, DocsJson = docsJson, RefJson = refJson, OursJson = oursJson, DocumentCount = documents.Count, Built = index };
    }

    /// <summary>Replaces the JSON escapes of GeneratedDocs' lone surrogates with markers.</summary>
    public static string MarkLoneSurrogates(string json) => json.Replace("\\ud800", "@D800@").Replace("\\udc00", "@DC00@");

    /// <summary>Replaces GeneratedDocs' lone surrogates with the same markers.</summary>
    public static string MarkLoneSurrogateChars(string s) => s.Replace("\uD800", "@D800@").Replace("\uDC00", "@DC00@");

    /// <summary>Reads DOCS.json as the oracle does: ref <c>String(id)</c>; title, tags, body as text or list.</summary>
    public static List<SearchDocument> ReadDocs(string path)
    {
        // System.Text.Json will not decode lone surrogates (GeneratedDocs has some): carry them as markers.
        var text = MarkLoneSurrogates(File.ReadAllText(path));
        static string? Restore(string? s) => s?.Replace("@D800@", "\uD800").Replace("@DC00@", "\uDC00");
        using var json = JsonDocument.Parse(text);
        var docs = new List<SearchDocument>();
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var id = item.GetProperty("id");
            var fields = new Dictionary<string, FieldValue>();
            foreach (var name in new[] { "title", "tags", "body" })
            {
                if (!item.TryGetProperty(name, out var value)) continue;
                fields[name] = value.ValueKind switch
                {
                    JsonValueKind.String => FieldValue.FromText(Restore(value.GetString())),
                    JsonValueKind.Array => FieldValue.FromList(value.EnumerateArray().Select(e => Restore(e.GetString())!)),
                    JsonValueKind.Null => FieldValue.FromText(null),
                    _ => throw new InvalidDataException($"{path}: field {name} of {id} is {value.ValueKind}"),
                };
            }
            docs.Add(new SearchDocument(id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), fields));
        }
        return docs;
    }
}
