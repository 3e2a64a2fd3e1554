using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Content.Loading;

/// <summary>The data files under content/_data: source documents, search synonyms and the routines' contacts.</summary>
public sealed record SiteData(IReadOnlyDictionary<string, SourceDocument> Sources, IReadOnlyList<IReadOnlyList<string>> Synonyms)
{
    public static readonly SiteData Empty = new(new Dictionary<string, SourceDocument>(), []);

    /// <summary>content/_data/contacts.yml by contact id, in the file's order.</summary>
    public IReadOnlyDictionary<string, Contact> Contacts { get; init; } = new Dictionary<string, Contact>();
}

/// <summary>Reads content/_data/*.yml, reporting a broken data file like a broken page.</summary>
public static class SiteDataLoader
{
    public static SiteData Load(ContentFolder folder, DiagnosticBag diagnostics)
    {
        var sources = new Dictionary<string, SourceDocument>(StringComparer.Ordinal);
        var sourcesNode = ReadYaml(folder, "sources.yml", diagnostics);
        if (sourcesNode is YamlMappingNode map)
            foreach (var (key, value) in map.Children)
            {
                var name = ((YamlScalarNode)key).Value ?? "";
                string Field(string f) => value is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode(f), out var v) && v is YamlScalarNode s ? s.Value ?? "" : "";
                sources[name] = new SourceDocument(name, Field("title"), Field("publisher"), Field("year"));
            }

        var synonyms = new List<IReadOnlyList<string>>();
        if (ReadYaml(folder, "synonyms.yml", diagnostics) is YamlSequenceNode groups)
            foreach (var group in groups.Children.OfType<YamlSequenceNode>())
                synonyms.Add(group.Children.OfType<YamlScalarNode>().Select(s => (s.Value ?? "").Trim().ToLowerInvariant()).Where(s => s.Length > 0).ToList());
        var contacts = ContactsReader.Read(ReadYaml(folder, ContactsReader.FileName, diagnostics), folder.Display("_data/" + ContactsReader.FileName), sources, diagnostics);
        return new SiteData(sources, synonyms) { Contacts = contacts };
    }

    /// <summary>
    /// The root node of a file in content/_data (null when the file is missing, holds only comments or does not
    /// parse); a parse error is a VBE001 with its line and column. Every data file is read through here.
    /// </summary>
    public static YamlNode? ReadYaml(ContentFolder folder, string name, DiagnosticBag diagnostics)
    {
        var path = folder.DataFile(name);
        if (!File.Exists(path)) return null;
        try
        {
            var stream = new YamlStream();
            using var reader = new StringReader(File.ReadAllText(path));
            stream.Load(reader);
            return stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null;
        }
        catch (YamlException e)
        {
            diagnostics.Add(DiagnosticCatalog.DataFileYamlSyntax(new SourcePosition(folder.Display("_data/" + name), (int)e.Start.Line, (int)e.Start.Column), PageReader.TrimYamlMessage(e.Message)));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, not a YamlException, for some broken input, a repeated key among them (see PageReader).
            diagnostics.Add(DiagnosticCatalog.DataFileYamlSyntax(new SourcePosition(folder.Display("_data/" + name), 1, 1),
                "en nyckel står två gånger, eller en lista eller ett värde går inte att läsa; kontrollera '[', '{', citattecken och värden som börjar med '@' eller '`'"));
            return null;
        }
    }
}
