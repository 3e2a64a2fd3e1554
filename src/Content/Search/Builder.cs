namespace VbeKnowledge.Content.Search;

/// <summary>
/// lunr.Builder: adds documents and builds an <see cref="Index"/> whose JSON is byte-identical to
/// lunr.js 2.3.9 with lunr.sv (lunr-index.md §2–§5).
/// </summary>
public sealed class Builder
{
    private readonly List<(string Name, double Boost)> _fields = [];
    private readonly Pipeline _pipeline;
    private readonly Pipeline _searchPipeline;
    private readonly Dictionary<string, TermEntry> _invertedIndex = new(StringComparer.Ordinal);
    // Raw token → its term entry (null: dropped by the pipeline) and its compound parts' entries. Pipeline functions are pure.
    private readonly Dictionary<string, TokenTerms> _tokenCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TokenTerms>.AlternateLookup<ReadOnlySpan<char>> _tokenLookup;
    private readonly List<DocEntry> _documents = [];
    private readonly HashSet<string> _refs = new(StringComparer.Ordinal);
    private readonly List<TermEntry> _fieldTerms = [];
    private readonly List<double> _fieldTfs = [];
    private int _termIndex;
    private bool _isStoringPositions;
    private bool[] _isSplitting = [];
    private bool _isStarted;
    private double _b = 0.75;

    /// <summary>A builder with the lunr.sv pipelines (<c>this.use(lunr.sv)</c>) and no fields yet.</summary>
    public Builder() : this(SwedishPipeline.CreateBuildPipeline(), SwedishPipeline.CreateSearchPipeline()) { }

    /// <summary>A builder with the given build and search pipelines (their functions must be pure).</summary>
    public Builder(Pipeline pipeline, Pipeline searchPipeline)
    {
        _pipeline = pipeline;
        _searchPipeline = searchPipeline;
        _tokenLookup = _tokenCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The reference configuration of lunr-index.md and the oracle: lunr.sv, fields title (boost 10),
    /// tags (5), body (1), metadataWhitelist ['position'].
    /// </summary>
    public static Builder CreateDefault()
    {
        var builder = new Builder().Field("title", 10).Field("tags", 5).Field("body");
        builder.MetadataWhitelist.Add("position");
        return builder;
    }

    /// <summary>Token metadata stored in postings: empty, or "position" (the only key supported).</summary>
    public IList<string> MetadataWhitelist { get; } = new List<string>();

    /// <summary>BM25 length normalisation, clamped to [0, 1] as lunr does; default 0.75.</summary>
    public double B
    {
        get => _b;
        set => _b = value < 0 ? 0 : value > 1 ? 1 : value;
    }

    /// <summary>BM25 term-frequency saturation; default 1.2.</summary>
    public double K1 { get; set; } = 1.2;

    /// <summary>
    /// Compound splitting (off by default, as in lunr.js): the part words of a raw token, e.g.
    /// "skolpersonal" → skola, personal. Each part's term is indexed in the token's field as well,
    /// counting <see cref="PartFrequency"/> of an occurrence towards its term frequency, at the token's
    /// position, and not towards the field length, so the whole word's and every other term's weight
    /// stay lunr's and a part weighs less than the same word written on its own. Must be pure.
    /// </summary>
    public Func<string, IReadOnlyList<string>>? CompoundParts { get; set; }

    /// <summary>The fields whose compounds <see cref="CompoundParts"/> splits; empty: every field.</summary>
    public ISet<string> CompoundFields { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What one compound part counts towards its term's frequency (a whole word counts 1).</summary>
    public double PartFrequency { get; set; } = 0.25;

    /// <summary>Declares the next field, with its boost (lunr's <c>this.field(name, {boost})</c>).</summary>
    /// <exception cref="ArgumentException">The name contains '/', is an array index, repeats, or the boost is not positive.</exception>
    public Builder Field(string name, double boost = 1)
    {
        if (_isStarted) throw new InvalidOperationException("Declare fields before adding documents.");
        if (name.Contains('/')) throw new ArgumentException($"Field '{name}' contains illegal character '/'", nameof(name));
        // JS objects would enumerate an array-index name first and so reorder the fields.
        if (JsString.IsArrayIndex(name, out _)) throw new ArgumentException($"Field '{name}' is an array index; lunr would reorder it.", nameof(name));
        if (_fields.Exists(f => f.Name == name)) throw new ArgumentException($"Field '{name}' is declared twice.", nameof(name));
        if (!(boost > 0) || double.IsInfinity(boost)) throw new ArgumentOutOfRangeException(nameof(boost), boost, "A field boost must be positive.");
        _fields.Add((name, boost));
        return this;
    }

    /// <summary>Adds a document (lunr's <c>builder.add(doc, {boost})</c>).</summary>
    /// <exception cref="ArgumentException">The ref was added before (lunr would build a corrupt index, §8.12).</exception>
    public void Add(SearchDocument document, double boost = 1)
    {
        if (!_isStarted) Start();
        if (!(boost > 0) || double.IsInfinity(boost)) throw new ArgumentOutOfRangeException(nameof(boost), boost, "A document boost must be positive.");
        if (!_refs.Add(document.Ref)) throw new ArgumentException($"Duplicate document ref '{document.Ref}'.", nameof(document));
        var docOrdinal = _documents.Count;
        var perField = new FieldTerms[_fields.Count];
        for (var f = 0; f < _fields.Count; f++)
        {
            _fieldTerms.Clear();
            _fieldTfs.Clear();
            var stamp = docOrdinal * _fields.Count + f;
            var length = 0;
            if (document.Fields.TryGetValue(_fields[f].Name, out var value))
            {
                if (value.Items is { } items)
                {
                    // lunr-index.md §3: each element is one unsplit token without position.
                    foreach (var item in items) length += AddToken(JsString.ToLowerCase(item), -1, -1, f, stamp, docOrdinal);
                }
                else if (value.Text is { } text)
                {
                    var str = JsString.ToLowerCase(text);
                    var sliceStart = 0;
                    for (var sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
                    {
                        if (sliceEnd < str.Length && !JsString.IsSeparator(str[sliceEnd])) continue;
                        if (sliceEnd > sliceStart)
                            length += AddToken(str.AsSpan(sliceStart, sliceEnd - sliceStart), sliceStart, sliceEnd - sliceStart, f, stamp, docOrdinal);
                        sliceStart = sliceEnd + 1;
                    }
                }
            }
            perField[f] = new FieldTerms(_fieldTerms.ToArray(), _fieldTfs.ToArray(), length);
        }
        _documents.Add(new DocEntry(document.Ref, boost, perField));
    }

    private void Start()
    {
        foreach (var key in MetadataWhitelist)
        {
            if (key != "position") throw new NotSupportedException($"Metadata '{key}' is not supported; only 'position' is.");
        }
        _isStoringPositions = MetadataWhitelist.Count > 0;
        _isSplitting = _fields.ConvertAll(f => CompoundFields.Count == 0 || CompoundFields.Contains(f.Name)).ToArray();
        _isStarted = true;
    }

    // Returns 1 when the token survives the pipeline (it then counts towards the field length, §4).
    private int AddToken(ReadOnlySpan<char> raw, int start, int length, int field, int stamp, int docOrdinal)
    {
        if (!_tokenLookup.TryGetValue(raw, out var terms))
        {
            var token = raw.ToString();
            terms = new TokenTerms(TermOf(token), null);
            if (CompoundParts is { } split && terms.Term is { } whole)
            {
                var parts = new List<TermEntry>();
                foreach (var part in split(token))
                {
                    if (TermOf(part) is { } entry && entry != whole && !parts.Contains(entry)) parts.Add(entry);
                }
                if (parts.Count > 0) terms = terms with { Parts = parts.ToArray() };
            }
            _tokenCache.Add(token, terms);
        }
        if (terms.Term is null) return 0;
        Count(terms.Term, 1, start, length, field, stamp, docOrdinal).AddWhole(docOrdinal);
        if (terms.Parts is { } partTerms && _isSplitting[field])
        {
            foreach (var part in partTerms) Count(part, PartFrequency, start, length, field, stamp, docOrdinal);
        }
        return 1;
    }

    private TermEntry? TermOf(string token)
    {
        var term = _pipeline.Run(token);
        if (term is null) return null;
        if (!_invertedIndex.TryGetValue(term, out var entry))
        {
            // lunr-index.md §2: _index numbers terms at their first occurrence.
            entry = new TermEntry(term, _termIndex++, _fields.Count);
            _invertedIndex.Add(term, entry);
        }
        return entry;
    }

    private FieldPostingBuilder Count(TermEntry entry, double frequency, int start, int length, int field, int stamp, int docOrdinal)
    {
        if (entry.Stamp != stamp)
        {
            entry.Stamp = stamp;
            entry.Slot = _fieldTerms.Count;
            _fieldTerms.Add(entry);
            _fieldTfs.Add(frequency);
        }
        else
        {
            _fieldTfs[entry.Slot] += frequency;
        }
        var posting = entry.Fields[field] ??= new FieldPostingBuilder();
        posting.Add(docOrdinal, start, length, _isStoringPositions);
        return posting;
    }

    /// <summary>Computes the field vectors (lunr-index.md §5) and returns the index.</summary>
    public Index Build()
    {
        if (!_isStarted) Start();
        var fieldCount = _fields.Count;
        var n = _documents.Count;
        var averageFieldLength = new double[fieldCount];
        for (var f = 0; f < fieldCount; f++)
        {
            var sum = 0.0;
            foreach (var doc in _documents) sum += doc.Fields[f].Length;
            // lunr-index.md §5 / §8.8: every document counts, also those without the field.
            averageFieldLength[f] = sum / n;
        }

        var fieldVectors = new FieldVector[n * fieldCount];
        var k1 = K1;
        var b = _b;
        var order = new long[16];
        for (var d = 0; d < n; d++)
        {
            var doc = _documents[d];
            for (var f = 0; f < fieldCount; f++)
            {
                var fieldTerms = doc.Fields[f];
                var count = fieldTerms.Terms.Length;
                // lunr-index.md §2: sorted by term index, or scoring silently loses matches. Sorting
                // (term index, slot) packed in a long is several times faster than Array.Sort(keys, items).
                if (order.Length < count) order = new long[Math.Max(count, order.Length * 2)];
                for (var j = 0; j < count; j++) order[j] = ((long)fieldTerms.Terms[j].Index << 32) | (uint)j;
                order.AsSpan(0, count).Sort();
                var indexes = new int[count];
                var weights = new double[count];
                for (var k = 0; k < count; k++)
                {
                    var j = (int)order[k];
                    var entry = fieldTerms.Terms[j];
                    if (double.IsNaN(entry.Idf)) entry.Idf = Idf(entry, n);
                    double tf = fieldTerms.Tfs[j];
                    // lunr-index.md §5: this operation order, then round half up to 3 decimals.
                    var score = entry.Idf * ((k1 + 1) * tf) / (k1 * (1 - b + b * (fieldTerms.Length / averageFieldLength[f])) + tf);
                    score *= _fields[f].Boost;
                    score *= doc.Boost;
                    indexes[k] = entry.Index;
                    weights[k] = JsRound(score * 1000) / 1000;
                }
                fieldVectors[d * fieldCount + f] = new FieldVector(_fields[f].Name + "/" + doc.Ref, new Vector(indexes, weights));
            }
        }

        var terms = new string[_invertedIndex.Count];
        _invertedIndex.Keys.CopyTo(terms, 0);
        Array.Sort(terms, StringComparer.Ordinal);
        var hasArrayIndexRefs = false;
        foreach (var doc in _documents) hasArrayIndexRefs |= doc.IsArrayIndex;
        var postings = new Dictionary<string, Posting>(terms.Length, StringComparer.Ordinal);
        foreach (var entry in _invertedIndex.Values)
        {
            var fields = new FieldPosting[fieldCount];
            for (var f = 0; f < fieldCount; f++) fields[f] = ToFieldPosting(entry.Fields[f], hasArrayIndexRefs);
            postings.Add(entry.Term, new Posting(entry.Index, fields));
        }
        var fieldNames = _fields.ConvertAll(f => f.Name).ToArray();
        return new Index(Index.LunrVersion, fieldNames, fieldVectors, terms, postings, _searchPipeline);
    }

    private FieldPosting ToFieldPosting(FieldPostingBuilder? builder, bool hasArrayIndexRefs)
    {
        if (builder is null) return FieldPosting.Empty;
        var count = builder.DocCount;
        var refs = new string[count];
        var isOrdered = true;
        for (var i = 0; i < count; i++)
        {
            var doc = _documents[builder.Docs[i]];
            refs[i] = doc.Ref;
            isOrdered &= !doc.IsArrayIndex;
        }
        // The index shares the builder's arrays, read only up to the bounds of these documents
        // (a later Add only appends beyond them).
        var positions = _isStoringPositions ? builder.Positions : null;
        var bounds = _isStoringPositions ? builder.Bounds : null;
        if (!hasArrayIndexRefs || isOrdered) return new FieldPosting(refs, positions, bounds);
        // lunr-index.md §2: JS enumerates array-index keys ("17") first, ascending.
        var order = JsString.InKeyOrder(Enumerable.Range(0, count).ToArray(), i => refs[i]);
        var orderedRefs = new string[count];
        int[]? orderedPositions = null, orderedBounds = null;
        if (positions is not null)
        {
            orderedPositions = new int[builder.PositionCount];
            orderedBounds = new int[count + 1];
        }
        for (var i = 0; i < count; i++)
        {
            orderedRefs[i] = refs[order[i]];
            if (orderedPositions is null) continue;
            var from = bounds![order[i]];
            var length = bounds[order[i] + 1] - from;
            Array.Copy(positions!, from, orderedPositions, orderedBounds![i], length);
            orderedBounds[i + 1] = orderedBounds[i] + length;
        }
        return new FieldPosting(orderedRefs, orderedPositions, orderedBounds);
    }

    // lunr.idf (lunr-index.md §5): df counts (field, document) pairs. Compound parts do not make a term
    // more common, or a word written on its own would lose weight to every compound holding it: df counts
    // the pairs that have the word itself, and only for a term found nowhere else, those with it as a part.
    private static double Idf(TermEntry entry, int documentCount)
    {
        int documentsWithTerm = 0, documentsWithWord = 0;
        foreach (var field in entry.Fields)
        {
            documentsWithTerm += field?.DocCount ?? 0;
            documentsWithWord += field?.WholeDocCount ?? 0;
        }
        if (documentsWithWord > 0) documentsWithTerm = documentsWithWord;
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    // JS Math.round: halves go towards +∞ (lunr-index.md §5); x − floor(x) is exact.
    private static double JsRound(double x)
    {
        var floor = Math.Floor(x);
        return x - floor >= 0.5 ? floor + 1 : floor;
    }

    private sealed class TermEntry(string term, int index, int fieldCount)
    {
        public readonly string Term = term;
        public readonly int Index = index;
        public readonly FieldPostingBuilder?[] Fields = new FieldPostingBuilder?[fieldCount];
        public double Idf = double.NaN;
        public int Stamp = -1;
        public int Slot;
    }

    // One term in one field while adding: its documents in add order and their positions, flat.
    private sealed class FieldPostingBuilder
    {
        public int[] Docs = new int[2];
        public int DocCount;
        public int[] Bounds = new int[3];          // Bounds[i + 1]: end of document i's pairs
        public int[] Positions = [];
        public int PositionCount;
        public int WholeDocCount;                  // documents with the term as a word, not only as a compound's part
        private int _lastWholeDoc = -1;

        public void AddWhole(int docOrdinal)
        {
            if (_lastWholeDoc == docOrdinal) return;
            _lastWholeDoc = docOrdinal;
            WholeDocCount++;
        }

        public void Add(int docOrdinal, int start, int length, bool isStoringPosition)
        {
            if (DocCount == 0 || Docs[DocCount - 1] != docOrdinal)
            {
                if (DocCount == Docs.Length) Array.Resize(ref Docs, DocCount * 2);
                if (DocCount + 2 > Bounds.Length) Array.Resize(ref Bounds, Bounds.Length * 2);
                Docs[DocCount++] = docOrdinal;
                Bounds[DocCount] = PositionCount;
            }
            if (!isStoringPosition) return;
            if (PositionCount + 2 > Positions.Length) Array.Resize(ref Positions, Math.Max(4, Positions.Length * 2));
            Positions[PositionCount++] = start;
            Positions[PositionCount++] = length;
            Bounds[DocCount] = PositionCount;
        }
    }

    private sealed record DocEntry(string Ref, double Boost, FieldTerms[] Fields)
    {
        public bool IsArrayIndex { get; } = JsString.IsArrayIndex(Ref, out _);
    }

    private sealed record FieldTerms(TermEntry[] Terms, double[] Tfs, int Length);

    private sealed record TokenTerms(TermEntry? Term, TermEntry[]? Parts);
}
