using System.Text.RegularExpressions;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Markdown.Slugs;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Content.Loading;

/// <summary>
/// Reads content/_data/contacts.yml, a mapping from contact id to <c>{role, unit, phone?, hours?, source, whereToFind?}</c>,
/// reporting every entry that cannot be shown to a reader at its line (VBE031–VBE033).
/// </summary>
public static partial class ContactsReader
{
    public const string FileName = "contacts.yml";
    public static readonly string[] Keys = ["role", "unit", "phone", "hours", "source", "whereToFind"];

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]*[0-9]$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex ValidId();

    public static IReadOnlyDictionary<string, Contact> Read(YamlNode? root, string display, IReadOnlyDictionary<string, SourceDocument> sources, DiagnosticBag diagnostics)
    {
        var contacts = new Dictionary<string, Contact>(StringComparer.Ordinal);
        SourcePosition At(YamlNode node) => new(display, (int)node.Start.Line, (int)node.Start.Column);
        if (root is null) return contacts;   // no file, or a file of only comments
        if (root is not YamlMappingNode entries)
        {
            diagnostics.Add(DiagnosticCatalog.ContactsFileShape(At(root)));
            return contacts;
        }

        foreach (var (idNode, entryNode) in entries.Children)
        {
            var id = (idNode as YamlScalarNode)?.Value ?? "";
            if (!ValidId().IsMatch(id))
            {
                diagnostics.Add(DiagnosticCatalog.ContactBadId(At(idNode), id, Slugger.Slugify(id)));
                continue;
            }
            if (entryNode is not YamlMappingNode entry)
            {
                diagnostics.Add(DiagnosticCatalog.ContactEntryShape(At(entryNode), id));
                continue;
            }

            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in entry.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (Keys.Contains(key)) values[key] = valueNode;
                else diagnostics.Add(DiagnosticCatalog.ContactUnknownKey(At(keyNode), id, key, Suggestions.Closest(key, Keys)));
            }

            string? Text(string key, bool required)
            {
                if (values.TryGetValue(key, out var node) && node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0) return value.Trim();
                if (required || node is not null and not YamlScalarNode)
                    diagnostics.Add(DiagnosticCatalog.ContactMissingKey(node is null ? At(entry) : At(node), id, key));
                return null;
            }

            var role = Text("role", true);
            var unit = Text("unit", true);
            var phone = Text("phone", false);
            var hours = Text("hours", false);
            var whereToFind = Text("whereToFind", false);
            var source = Source(id, values.GetValueOrDefault("source"), entry, sources, At, diagnostics);
            if (phone is not null && !IsPhone(phone))
                diagnostics.Add(DiagnosticCatalog.BadPhone(At(values["phone"]), id, phone));
            if (phone is null && whereToFind is null)
                diagnostics.Add(DiagnosticCatalog.ContactWithoutNumber(At(idNode), id));
            // Kept even when broken, so the pages that name it get no second error; any error fails the load,
            // so a broken contact never reaches a reader.
            contacts[id] = new Contact(id, role ?? "", unit ?? "", phone, hours, source ?? new SourceReference("", ""), whereToFind);
        }
        return contacts;
    }

    /// <summary>Digits, spaces and hyphens, optionally a leading '+', and 3–15 digits: what a phone can dial from a tel: link.</summary>
    public static bool IsPhone(string phone) =>
        PhoneShape().IsMatch(phone) && phone.Count(char.IsAsciiDigit) is >= 3 and <= 15;

    private static SourceReference? Source(string id, YamlNode? node, YamlMappingNode entry, IReadOnlyDictionary<string, SourceDocument> sources,
        Func<YamlNode, SourcePosition> at, DiagnosticBag diagnostics)
    {
        string? Field(string key) =>
            node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } s } && s.Trim().Length > 0
                ? s.Trim() : null;
        var document = Field("document");
        var section = Field("section");
        if (document is null || section is null)
        {
            diagnostics.Add(DiagnosticCatalog.ContactMissingKey(node is null ? at(entry) : at(node), id, "source"));
            return null;
        }
        if (sources.Count > 0 && !sources.ContainsKey(document))
        {
            var documentNode = ((YamlMappingNode)node!).Children[new YamlScalarNode("document")];
            diagnostics.Add(DiagnosticCatalog.ContactUnknownSource(at(documentNode), id, document, sources.Keys, Suggestions.Closest(document, sources.Keys)));
            return null;
        }
        return new SourceReference(document, section);
    }
}
