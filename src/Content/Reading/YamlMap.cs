using System.Globalization;
using VbeKnowledge.Content.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace VbeKnowledge.Content.Reading;

/// <summary>
/// Typed reads from one YAML mapping of a page's front matter. Every read that fails reports a
/// diagnostic at the key's file line and returns null, so one pass finds every problem.
/// </summary>
public sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly string _file;
    private readonly int _lineOffset;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, (YamlScalarNode Key, YamlNode Value)> _entries = new(StringComparer.Ordinal);

    public YamlMap(YamlMappingNode node, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        _node = node;
        _file = file;
        _lineOffset = lineOffset;
        _diagnostics = diagnostics;
        foreach (var (key, value) in node.Children)
            if (key is YamlScalarNode scalar && scalar.Value is not null)
                _entries[scalar.Value] = (scalar, value);
    }

    public SourcePosition Start => At(_node);

    public IEnumerable<string> Keys => _entries.Keys;

    public bool Has(string key) => _entries.ContainsKey(key);

    /// <summary>Reports that <paramref name="key"/>'s value, though readable, is not what it must be.</summary>
    public void WrongShape(string key, string expected) => _diagnostics.Add(DiagnosticCatalog.WrongShape(ValuePosition(key), key, expected));

    /// <summary>Where a key is written (or where the mapping starts, if the key is missing).</summary>
    public SourcePosition KeyPosition(string key) => _entries.TryGetValue(key, out var e) ? At(e.Key) : Start;

    public SourcePosition ValuePosition(string key) => _entries.TryGetValue(key, out var e) ? At(e.Value) : Start;

    public SourcePosition At(YamlNode node) =>
        new(_file, (int)node.Start.Line + _lineOffset - 1, (int)node.Start.Column);

    public void CheckUnknownKeys(IReadOnlyList<string> allowed, string typeName)
    {
        foreach (var (key, entry) in _entries)
            if (!allowed.Contains(key))
                _diagnostics.Add(DiagnosticCatalog.UnknownKey(At(entry.Key), key, Suggestions.Closest(key, allowed), typeName));
    }

    public string? String(string key, bool required, string typeName)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required) _diagnostics.Add(DiagnosticCatalog.MissingKey(KeyPosition(key), key, typeName));
            return null;
        }
        if (e.Value is not YamlScalarNode scalar)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, "text på en rad, eller ett '|'-block"));
            return null;
        }
        var text = scalar.Value!.Trim();
        if (text.Length == 0 && required)
        {
            _diagnostics.Add(DiagnosticCatalog.MissingKey(At(e.Value), key, typeName));
            return null;
        }
        return text;
    }

    public DateOnly? Date(string key, bool required, string typeName)
    {
        var text = String(key, required, typeName);
        if (text is null) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        _diagnostics.Add(DiagnosticCatalog.BadDate(ValuePosition(key), key, text));
        return null;
    }

    public int? Int(string key, bool required, string typeName, int min = int.MinValue)
    {
        var text = String(key, required, typeName);
        if (text is null) return null;
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= min) return value;
        _diagnostics.Add(DiagnosticCatalog.WrongShape(ValuePosition(key), key, min == int.MinValue ? "ett heltal" : $"ett heltal som är minst {min}"));
        return null;
    }

    public double? Number(string key, bool required, string typeName)
    {
        var text = String(key, required, typeName);
        if (text is null) return null;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)) return value;
        _diagnostics.Add(DiagnosticCatalog.WrongShape(ValuePosition(key), key, "ett tal som 208 eller 2679 (utan mellanslag, '.' för decimaler)"));
        return null;
    }

    public bool Bool(string key)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value)) return false;
        if (e.Value is YamlScalarNode { Value: "true" or "false" } s) return s.Value == "true";
        _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, "true eller false"));
        return false;
    }

    public string? Enum(string key, bool required, string typeName, IReadOnlyCollection<string> allowed)
    {
        var text = String(key, required, typeName);
        if (text is null) return null;
        if (allowed.Contains(text)) return text;
        _diagnostics.Add(DiagnosticCatalog.BadEnum(ValuePosition(key), key, text, allowed, Suggestions.Closest(text, allowed)));
        return null;
    }

    /// <summary>A list of plain values; a single value is accepted as a list of one.</summary>
    public IReadOnlyList<string>? StringList(string key, bool required, string typeName, IReadOnlyCollection<string>? allowed = null, int minCount = 0)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required) _diagnostics.Add(DiagnosticCatalog.MissingKey(KeyPosition(key), key, typeName));
            return required ? null : [];
        }
        var items = new List<string>();
        IEnumerable<YamlNode> nodes = e.Value switch
        {
            YamlSequenceNode seq => seq.Children,
            YamlScalarNode scalar => [scalar],
            _ => [],
        };
        if (e.Value is YamlMappingNode)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, "en lista som [a, b]"));
            return null;
        }
        var count = 0;
        foreach (var node in nodes)
        {
            count++;
            if (node is not YamlScalarNode { Value: { } value } || value.Trim().Length == 0)
            {
                _diagnostics.Add(DiagnosticCatalog.WrongShape(At(node), key, "en lista med enkla värden som [a, b]"));
                continue;
            }
            value = value.Trim();
            if (allowed is not null && !allowed.Contains(value))
            {
                _diagnostics.Add(DiagnosticCatalog.BadEnum(At(node), key, value, allowed, Suggestions.Closest(value, allowed)));
                continue;
            }
            items.Add(value);
        }
        if (count < minCount)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, (minCount == 1 ? "en lista med minst ett värde" : $"en lista med minst {minCount} värden")));
            return null;
        }
        return items;
    }

    /// <summary>
    /// The items of a list with where each is written, for callers that report in their own words; a single value
    /// is a list of one, and an item that is not plain text (or a value that is a mapping) comes back as null.
    /// Null when the key is missing.
    /// </summary>
    public IReadOnlyList<(string? Value, SourcePosition At)>? Items(string key)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value)) return null;
        IEnumerable<YamlNode> nodes = e.Value is YamlSequenceNode seq ? seq.Children : [e.Value];
        return nodes.Select(n => (n is YamlScalarNode { Value: { } v } && v.Trim().Length > 0 ? v.Trim() : null, At(n))).ToList();
    }

    public YamlMap? Map(string key, bool required, string typeName)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required) _diagnostics.Add(DiagnosticCatalog.MissingKey(KeyPosition(key), key, typeName));
            return null;
        }
        if (e.Value is YamlMappingNode map) return new YamlMap(map, _file, _lineOffset, _diagnostics);
        _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, "rader med 'nyckel: värde', indragna under den"));
        return null;
    }

    /// <summary>A list of mappings (such as activities), or null when missing or malformed.</summary>
    public IReadOnlyList<YamlMap>? MapList(string key, bool required, string typeName)
    {
        if (!_entries.TryGetValue(key, out var e) || IsNull(e.Value))
        {
            if (required) _diagnostics.Add(DiagnosticCatalog.MissingKey(KeyPosition(key), key, typeName));
            return required ? null : [];
        }
        if (e.Value is not YamlSequenceNode seq)
        {
            _diagnostics.Add(DiagnosticCatalog.WrongShape(At(e.Value), key, "en lista där varje post börjar med '- '"));
            return null;
        }
        var maps = new List<YamlMap>();
        foreach (var item in seq.Children)
        {
            if (item is YamlMappingNode map) maps.Add(new YamlMap(map, _file, _lineOffset, _diagnostics));
            else _diagnostics.Add(DiagnosticCatalog.WrongShape(At(item), key, "en lista med poster av rader med 'nyckel: värde'"));
        }
        return maps;
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Value: null or "~" or "null" } s && s.Style == YamlDotNet.Core.ScalarStyle.Plain;
}
