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
                o.CachedString(_fields[f]);
                o.Raw(":{"u8);
                var fieldPosting = posting.Fields[f];
                for (var d = 0; d < fieldPosting.DocRefs.Length; d++)
                {
                    if (d > 0) o.Raw((byte)',');
                    o.CachedString(fieldPosting.DocRefs[d]);
                    if (!fieldPosting.HasMetadata(d))
                    {
                        o.Raw(":{}"u8);
                        continue;
                    }
                    var positions = fieldPosting.PositionsOf(d);
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
    public static Index Load(string json) => Load(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>lunr.Index.load from UTF-8 JSON.</summary>
    /// <exception cref="FormatException">See <see cref="Load(string)"/>.</exception>
    public static Index Load(Stream utf8Json)
    {
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Load(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
    }

    /// <summary>lunr.Index.load from UTF-8 JSON bytes.</summary>
    /// <exception cref="FormatException">See <see cref="Load(string)"/>.</exception>
    public static Index Load(ReadOnlySpan<byte> utf8Json)
    {
        try
        {
            return new IndexJsonReader(utf8Json).Read();
        }
        catch (JsonException e)
        {
            throw new FormatException("The search index is not valid JSON: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            throw new FormatException("The JSON is not a lunr index: " + e.Message, e);
        }
    }
}
