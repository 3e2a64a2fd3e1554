using System.Text.Json;

namespace VbeKnowledge.Content.Search;

public sealed partial class Index
{
    /// <summary>Writes the index as <c>JSON.stringify(index)</c> does in lunr.js: same bytes (UTF-8, no BOM).</summary>
    public void WriteJson(Stream stream)
    {
        using var output = new JsonOutput(stream);
        Write(output);
    }

    /// <summary>Writes the index as one raw JSON value (the same bytes as <see cref="WriteJson(Stream)"/>).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer);
        writer.WriteRawValue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), skipInputValidation: true);
    }

    /// <summary>The JSON as a string.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        WriteJson(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    // lunr-index.md §2: version, fields, fieldVectors, invertedIndex, pipeline; this key order.
    private void Write(JsonOutput o)
    {
        o.Raw("{\"version\":"u8);
        o.String(Version);
        o.Raw(",\"fields\":["u8);
        for (var f = 0; f < _fields.Length; f++)
        {
            if (f > 0) o.Raw((byte)',');
            o.String(_fields[f]);
        }
        o.Raw("],\"fieldVectors\":["u8);
        for (var v = 0; v < _fieldVectors.Length; v++)
        {
            if (v > 0) o.Raw((byte)',');
            o.Raw((byte)'[');
            o.String(_fieldVectors[v].FieldRef);
            o.Raw(",["u8);
            var vector = _fieldVectors[v].Vector;
            var indexes = vector.Indexes;
            var values = vector.Values;
            for (var i = 0; i < indexes.Length; i++)
            {
                if (i > 0) o.Raw((byte)',');
                o.Int(indexes[i]);
                o.Raw((byte)',');
                o.Number(values[i]);
            }
            o.Raw("]]"u8);
        }
        o.Raw("],\"invertedIndex\":["u8);
        for (var t = 0; t < _terms.Length; t++)
        {
            if (t > 0) o.Raw((byte)',');
            o.Raw((byte)'[');
            o.String(_terms[t]);
            var posting = _postings[_terms[t]];
            o.Raw(",{\"_index\":"u8);
            o.Int(posting.Index);
            for (var f = 0; f < _fields.Length; f++)
            {
                o.Raw((byte)',');
                o.String(_fields[f]);
                o.Raw(":{"u8);
                var fieldPosting = posting.Fields[f];
                for (var d = 0; d < fieldPosting.DocRefs.Length; d++)
                {
                    if (d > 0) o.Raw((byte)',');
                    o.String(fieldPosting.DocRefs[d]);
                    var positions = d < fieldPosting.Positions.Length ? fieldPosting.Positions[d] : null;
                    if (positions is null)
                    {
                        o.Raw(":{}"u8);
                        continue;
                    }
                    o.Raw(":{\"position\":["u8);
                    for (var p = 0; p + 1 < positions.Length; p += 2)
                    {
                        if (p > 0) o.Raw((byte)',');
                        if (positions[p] < 0)
                        {
                            // lunr-index.md §3: list-field tokens have position undefined → null.
                            o.Raw("null"u8);
                            continue;
                        }
                        o.Raw((byte)'[');
                        o.Int(positions[p]);
                        o.Raw((byte)',');
                        o.Int(positions[p + 1]);
                        o.Raw((byte)']');
                    }
                    o.Raw("]}"u8);
                }
                o.Raw((byte)'}');
            }
            o.Raw("}]"u8);
        }
        o.Raw("],\"pipeline\":["u8);
        var labels = _pipeline.Labels;
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0) o.Raw((byte)',');
            o.String(labels[i]);
        }
        o.Raw("]}"u8);
    }

    /// <summary>lunr.Index.load: reads an index written by lunr.js or by <see cref="WriteJson(Stream)"/>.</summary>
    /// <exception cref="FormatException">The JSON is not a lunr index, its terms are out of order, or a pipeline label is unknown.</exception>
    public static Index Load(string json)
    {
        using var document = Parse(() => JsonDocument.Parse(json));
        return Load(document);
    }

    /// <summary>lunr.Index.load from UTF-8 JSON.</summary>
    /// <exception cref="FormatException">See <see cref="Load(string)"/>.</exception>
    public static Index Load(Stream utf8Json)
    {
        using var document = Parse(() => JsonDocument.Parse(utf8Json));
        return Load(document);
    }

    private static JsonDocument Parse(Func<JsonDocument> parse)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw new FormatException("The search index is not valid JSON: " + e.Message, e);
        }
    }

    private static Index Load(JsonDocument document)
    {
        try
        {
            return Read(document.RootElement);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException)
        {
            throw new FormatException("The JSON is not a lunr index: " + e.Message, e);
        }
    }

    private static Index Read(JsonElement root)
    {
        var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        var fields = root.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToArray();
        var pipeline = Pipeline.Load(root.GetProperty("pipeline").EnumerateArray().Select(p => p.GetString()!));

        var vectors = new List<FieldVector>();
        foreach (var entry in root.GetProperty("fieldVectors").EnumerateArray())
        {
            var elements = entry[1];
            var count = elements.GetArrayLength() / 2;
            var indexes = new int[count];
            var values = new double[count];
            for (var i = 0; i < count; i++)
            {
                indexes[i] = (int)elements[2 * i].GetDouble();
                values[i] = elements[2 * i + 1].GetDouble();
            }
            vectors.Add(new FieldVector(entry[0].GetString()!, new Vector(indexes, values)));
        }

        var terms = new List<string>();
        var postings = new Dictionary<string, Posting>(StringComparer.Ordinal);
        string? previous = null;
        foreach (var entry in root.GetProperty("invertedIndex").EnumerateArray())
        {
            var term = entry[0].GetString()!;
            // lunr-index.md §1: load inserts the terms in array order into the trie.
            if (previous is not null && string.CompareOrdinal(term, previous) < 0) throw new FormatException("Out of order word insertion");
            previous = term;
            var json = entry[1];
            var fieldPostings = new FieldPosting[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                // Deliberate deviation: a missing field object reads as empty (lunr.js would throw on search).
                fieldPostings[f] = json.TryGetProperty(fields[f], out var fieldJson) ? ReadFieldPosting(fieldJson) : FieldPosting.Empty;
            }
            if (!postings.ContainsKey(term)) terms.Add(term);
            postings[term] = new Posting((int)json.GetProperty("_index").GetDouble(), fieldPostings);
        }
        return new Index(version, fields, vectors.ToArray(), terms.ToArray(), postings, pipeline);
    }

    private static FieldPosting ReadFieldPosting(JsonElement json)
    {
        var docs = new List<(string Ref, int[]? Positions)>();
        foreach (var doc in json.EnumerateObject())
        {
            int[]? positions = null;
            if (doc.Value.TryGetProperty("position", out var positionJson))
            {
                positions = new int[positionJson.GetArrayLength() * 2];
                var i = 0;
                foreach (var pair in positionJson.EnumerateArray())
                {
                    var isPair = pair.ValueKind == JsonValueKind.Array;
                    positions[i++] = isPair ? (int)pair[0].GetDouble() : -1;
                    positions[i++] = isPair ? (int)pair[1].GetDouble() : -1;
                }
            }
            docs.Add((doc.Name, positions));
        }
        // lunr-index.md §2: JSON.parse makes a JS object, which lists array-index keys first.
        var ordered = JsString.InKeyOrder(docs, d => d.Ref);
        return new FieldPosting(ordered.Select(d => d.Ref).ToArray(), ordered.Select(d => d.Positions).ToArray());
    }
}
