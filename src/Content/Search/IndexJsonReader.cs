using System.Text;
using System.Text.Json;

namespace VbeKnowledge.Content.Search;

/// <summary>
/// Reads lunr index JSON (lunr-index.md §2) with a <see cref="Utf8JsonReader"/>, unescaping strings
/// itself: JS writes lone surrogates as "\ud800", which System.Text.Json refuses to decode.
/// </summary>
internal ref struct IndexJsonReader(ReadOnlySpan<byte> json)
{
    private Utf8JsonReader _reader = new(json, new JsonReaderOptions { MaxDepth = 16 });

    public Index Read()
    {
        var version = "";
        string[] fields = [];
        var labels = new List<string>();
        var vectors = new List<FieldVector>();
        var terms = new List<string>();
        var postings = new List<(int Index, List<(string Field, FieldPosting Posting)> Fields)>();
        Next(JsonTokenType.StartObject);
        while (NextProperty() is { } name)
        {
            switch (name)
            {
                case "version":
                    Next();
                    version = _reader.TokenType == JsonTokenType.String ? String() : version;
                    if (_reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject) _reader.Skip();
                    break;
                case "fields":
                    fields = StringArray().ToArray();
                    break;
                case "pipeline":
                    labels = StringArray();
                    break;
                case "fieldVectors":
                    Next(JsonTokenType.StartArray);
                    while (NextIsNot(JsonTokenType.EndArray))
                    {
                        Expect(JsonTokenType.StartArray);
                        Next(JsonTokenType.String);
                        var fieldRef = String();
                        vectors.Add(new FieldVector(fieldRef, ReadVector()));
                        Next(JsonTokenType.EndArray);
                    }
                    break;
                case "invertedIndex":
                    Next(JsonTokenType.StartArray);
                    string? previous = null;
                    while (NextIsNot(JsonTokenType.EndArray))
                    {
                        Expect(JsonTokenType.StartArray);
                        Next(JsonTokenType.String);
                        var term = String();
                        // lunr-index.md §1: load inserts the terms in array order into the trie.
                        if (previous is not null && string.CompareOrdinal(term, previous) < 0) throw new FormatException("Out of order word insertion");
                        previous = term;
                        terms.Add(term);
                        postings.Add(ReadPosting());
                        Next(JsonTokenType.EndArray);
                    }
                    break;
                default:
                    Next();
                    _reader.Skip();
                    break;
            }
        }

        var byTerm = new Dictionary<string, Posting>(terms.Count, StringComparer.Ordinal);
        var distinctTerms = new List<string>(terms.Count);
        for (var t = 0; t < terms.Count; t++)
        {
            var fieldPostings = new FieldPosting[fields.Length];
            for (var f = 0; f < fields.Length; f++)
            {
                // Deliberate deviation: a missing field object reads as empty (lunr.js would throw on search).
                fieldPostings[f] = FieldPosting.Empty;
                foreach (var (field, posting) in postings[t].Fields)
                {
                    if (field == fields[f]) fieldPostings[f] = posting;
                }
            }
            if (!byTerm.ContainsKey(terms[t])) distinctTerms.Add(terms[t]);
            byTerm[terms[t]] = new Posting(postings[t].Index, fieldPostings);
        }
        return new Index(version, fields, vectors.ToArray(), distinctTerms.ToArray(), byTerm, Pipeline.Load(labels));
    }

    private Vector ReadVector()
    {
        Next(JsonTokenType.StartArray);
        var indexes = new List<int>();
        var values = new List<double>();
        while (NextIsNot(JsonTokenType.EndArray))
        {
            indexes.Add((int)_reader.GetDouble());
            Next(JsonTokenType.Number);
            values.Add(_reader.GetDouble());
        }
        return new Vector(indexes.ToArray(), values.ToArray());
    }

    private (int Index, List<(string Field, FieldPosting Posting)> Fields) ReadPosting()
    {
        var index = -1;
        var fields = new List<(string, FieldPosting)>();
        Next(JsonTokenType.StartObject);
        while (NextProperty() is { } name)
        {
            if (name == "_index")
            {
                Next(JsonTokenType.Number);
                index = (int)_reader.GetDouble();
                continue;
            }
            Next(JsonTokenType.StartObject);
            var docs = new List<(string Ref, int[]? Positions)>();
            while (NextProperty() is { } docRef) docs.Add((docRef, ReadMetadata()));
            // lunr-index.md §2: JSON.parse makes a JS object, which lists array-index keys first.
            var ordered = JsString.InKeyOrder(docs, d => d.Ref);
            fields.Add((name, ToFieldPosting(ordered)));
        }
        return (index, fields);
    }

    private static FieldPosting ToFieldPosting((string Ref, int[]? Positions)[] docs)
    {
        var refs = Array.ConvertAll(docs, d => d.Ref);
        if (Array.TrueForAll(docs, d => d.Positions is null)) return new FieldPosting(refs, null, null);
        var positions = new List<int>();
        var bounds = new int[docs.Length + 1];
        for (var d = 0; d < docs.Length; d++)
        {
            if (docs[d].Positions is { } p) positions.AddRange(p);
            bounds[d + 1] = docs[d].Positions is null ? ~positions.Count : positions.Count;
        }
        return new FieldPosting(refs, positions.ToArray(), bounds);
    }

    private int[]? ReadMetadata()
    {
        int[]? positions = null;
        Next(JsonTokenType.StartObject);
        while (NextProperty() is { } key)
        {
            if (key != "position")
            {
                Next();
                _reader.Skip();
                continue;
            }
            var list = new List<int>();
            Next(JsonTokenType.StartArray);
            while (NextIsNot(JsonTokenType.EndArray))
            {
                if (_reader.TokenType == JsonTokenType.Null)
                {
                    // lunr-index.md §3: list-field tokens have no position.
                    list.Add(-1);
                    list.Add(-1);
                    continue;
                }
                Expect(JsonTokenType.StartArray);
                Next(JsonTokenType.Number);
                list.Add((int)_reader.GetDouble());
                Next(JsonTokenType.Number);
                list.Add((int)_reader.GetDouble());
                Next(JsonTokenType.EndArray);
            }
            positions = list.ToArray();
        }
        return positions;
    }

    private List<string> StringArray()
    {
        var list = new List<string>();
        Next(JsonTokenType.StartArray);
        while (NextIsNot(JsonTokenType.EndArray))
        {
            Expect(JsonTokenType.String);
            list.Add(String());
        }
        return list;
    }

    private string? NextProperty()
    {
        Next();
        if (_reader.TokenType == JsonTokenType.EndObject) return null;
        Expect(JsonTokenType.PropertyName);
        return String();
    }

    private bool NextIsNot(JsonTokenType end)
    {
        Next();
        return _reader.TokenType != end;
    }

    private void Next()
    {
        if (!_reader.Read()) throw new InvalidOperationException("unexpected end of JSON");
    }

    private void Next(JsonTokenType expected)
    {
        Next();
        Expect(expected);
    }

    private readonly void Expect(JsonTokenType expected)
    {
        if (_reader.TokenType != expected)
            throw new InvalidOperationException($"expected {expected} at byte {_reader.TokenStartIndex}, found {_reader.TokenType}");
    }

    // JSON.parse semantics: \\uXXXX escapes become single UTF-16 units, paired or not.
    private readonly string String()
    {
        ReadOnlySpan<byte> raw = _reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(_reader.ValueSequence) : _reader.ValueSpan;
        if (!_reader.ValueIsEscaped) return Encoding.UTF8.GetString(raw);
        var sb = new StringBuilder(raw.Length);
        var runStart = 0;
        var i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != (byte)'\\')
            {
                i++;
                continue;
            }
            sb.Append(Encoding.UTF8.GetString(raw[runStart..i]));
            var c = raw[i + 1];
            i += 2;
            switch (c)
            {
                case (byte)'b': sb.Append('\b'); break;
                case (byte)'f': sb.Append('\f'); break;
                case (byte)'n': sb.Append('\n'); break;
                case (byte)'r': sb.Append('\r'); break;
                case (byte)'t': sb.Append('\t'); break;
                case (byte)'u':
                    sb.Append((char)Convert.ToUInt16(Encoding.ASCII.GetString(raw.Slice(i, 4)), 16));
                    i += 4;
                    break;
                default: sb.Append((char)c); break;
            }
            runStart = i;
        }
        sb.Append(Encoding.UTF8.GetString(raw[runStart..]));
        return sb.ToString();
    }
}
