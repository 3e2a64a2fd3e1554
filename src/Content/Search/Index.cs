namespace VbeKnowledge.Content.Search;

/// <summary>
/// lunr.Index: a built or loaded search index. Writes lunr.js-identical JSON and searches with lunr
/// 2.3.9's query semantics (lunr-index.md §2, §6, §7). Immutable and safe to share between threads.
/// </summary>
public sealed partial class Index
{
    /// <summary>The lunr version written into new indexes.</summary>
    public const string LunrVersion = "2.3.9";

    private readonly string[] _fields;
    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly FieldVector[] _fieldVectors;
    private readonly Dictionary<string, FieldVector> _fieldVectorByRef;
    private readonly string[] _terms;
    private readonly Dictionary<string, Posting> _postings;
    private readonly Pipeline _pipeline;
    private readonly Lazy<TokenSet> _tokenSet;

    internal Index(string version, string[] fields, FieldVector[] fieldVectors, string[] terms, Dictionary<string, Posting> postings, Pipeline pipeline)
    {
        Version = version;
        _fields = fields;
        for (var i = 0; i < fields.Length; i++) _fieldIndex.TryAdd(fields[i], i);
        _fieldVectors = fieldVectors;
        _fieldVectorByRef = new Dictionary<string, FieldVector>(fieldVectors.Length, StringComparer.Ordinal);
        foreach (var vector in fieldVectors) _fieldVectorByRef[vector.FieldRef] = vector;
        _terms = terms;
        _postings = postings;
        _pipeline = pipeline;
        // lunr-index.md §1: the trie of all terms, inserted in array order.
        _tokenSet = new Lazy<TokenSet>(() => TokenSet.FromArray(_terms));
    }

    /// <summary>The "version" of the JSON (lunr's, "2.3.9", for built indexes).</summary>
    public string Version { get; }

    /// <summary>The indexed fields, in declaration order.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>All indexed terms, sorted ordinally.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>True when <paramref name="term"/> is one of the indexed terms.</summary>
    public bool HasTerm(string term) => _postings.ContainsKey(term);

    /// <summary>The search pipeline's labels.</summary>
    public IReadOnlyList<string> PipelineLabels => _pipeline.Labels;

    /// <summary>
    /// Runs a lunr query string, e.g. <c>+polis samverkan -title:skola extrem* samordnare~1 polis^5</c>.
    /// An empty (or all-prohibited) query returns every non-excluded document with score 0 (lunr-index.md §6).
    /// For text typed by users, pass it through <see cref="QueryText.FromUserInput"/> first.
    /// </summary>
    /// <exception cref="QueryParseException">The string is not valid lunr syntax.</exception>
    public IReadOnlyList<SearchResult> Search(string query)
    {
        var parsed = new Query(_fields);
        new QueryParser(query, parsed).Parse();
        return Search(parsed);
    }

    /// <summary>Runs a parsed or hand-built query (lunr's <c>idx.query(fn)</c>).</summary>
    public IReadOnlyList<SearchResult> Search(Query query)
    {
        var fieldCount = _fields.Length;
        var matchingFields = new Dictionary<string, MatchData>(StringComparer.Ordinal);
        var matchingFieldRefs = new List<string>();
        var queryVectors = new Vector[fieldCount];
        for (var f = 0; f < fieldCount; f++) queryVectors[f] = new Vector();
        var termFieldCache = new HashSet<(string, int)>();
        var requiredMatches = new DocSet?[fieldCount];
        var prohibitedMatches = new DocSet?[fieldCount];

        foreach (var clause in query.Clauses)
        {
            var clauseFields = FieldIndexes(clause.Fields ?? _fields);
            string? processed = clause.UsePipeline ? _pipeline.Run(clause.Term) : clause.Term;
            var clauseMatches = DocSet.Empty;
            if (processed is { } term)
            {
                var termTokenSet = clause.EditDistance is { } editDistance
                    ? TokenSet.FromFuzzyString(term, editDistance)
                    : TokenSet.FromString(term);
                var expandedTerms = _tokenSet.Value.Intersect(termTokenSet).ToArray();
                if (expandedTerms.Count == 0 && clause.Presence == Presence.Required)
                {
                    // lunr-index.md §6: a required clause that expands to nothing empties the result.
                    foreach (var f in clauseFields) requiredMatches[f] = DocSet.Empty;
                }
                foreach (var expandedTerm in expandedTerms)
                {
                    var posting = _postings[expandedTerm];
                    foreach (var f in clauseFields)
                    {
                        var fieldPosting = posting.Fields[f];
                        if (clause.Presence == Presence.Required)
                        {
                            clauseMatches = clauseMatches.Union(DocSet.Of(fieldPosting.DocRefs));
                            requiredMatches[f] ??= DocSet.Complete;
                        }
                        if (clause.Presence == Presence.Prohibited)
                        {
                            prohibitedMatches[f] = (prohibitedMatches[f] ?? DocSet.Empty).Union(DocSet.Of(fieldPosting.DocRefs));
                            continue;
                        }
                        // lunr-index.md §7: the query vector counts the term even if no document has it here.
                        queryVectors[f].Add(posting.Index, clause.Boost);
                        if (!termFieldCache.Add((expandedTerm, f))) continue;
                        for (var l = 0; l < fieldPosting.DocRefs.Length; l++)
                        {
                            var fieldRef = _fields[f] + "/" + fieldPosting.DocRefs[l];
                            if (!matchingFields.TryGetValue(fieldRef, out var fieldMatch))
                            {
                                matchingFields.Add(fieldRef, fieldMatch = new MatchData());
                                matchingFieldRefs.Add(fieldRef);
                            }
                            fieldMatch.Add(expandedTerm, _fields[f], fieldPosting.PositionsOf(l));
                        }
                    }
                }
            }
            if (clause.Presence == Presence.Required)
            {
                foreach (var f in clauseFields) requiredMatches[f] = (requiredMatches[f] ?? DocSet.Complete).Intersect(clauseMatches);
            }
        }

        var allRequiredMatches = DocSet.Complete;
        var allProhibitedMatches = DocSet.Empty;
        for (var f = 0; f < fieldCount; f++)
        {
            if (requiredMatches[f] is { } required) allRequiredMatches = allRequiredMatches.Intersect(required);
            if (prohibitedMatches[f] is { } prohibited) allProhibitedMatches = allProhibitedMatches.Union(prohibited);
        }

        if (query.IsNegated())
        {
            // lunr-index.md §6: every document not excluded, score 0, in fieldVectors order.
            matchingFieldRefs.Clear();
            foreach (var vector in _fieldVectors)
            {
                if (matchingFields.TryAdd(vector.FieldRef, new MatchData())) matchingFieldRefs.Add(vector.FieldRef);
                else matchingFields[vector.FieldRef] = new MatchData();
            }
        }

        var results = new List<Match>();
        var matches = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var fieldRef in matchingFieldRefs)
        {
            var slash = fieldRef.IndexOf('/');
            var docRef = fieldRef[(slash + 1)..];
            if (!allRequiredMatches.Contains(docRef)) continue;
            if (allProhibitedMatches.Contains(docRef)) continue;
            var score = 0.0;
            if (_fieldVectorByRef.TryGetValue(fieldRef, out var fieldVector) && _fieldIndex.TryGetValue(fieldRef[..slash], out var field))
                score = queryVectors[field].Similarity(fieldVector.Vector);
            if (matches.TryGetValue(docRef, out var docMatch))
            {
                docMatch.Score += score;
                docMatch.MatchData.Combine(matchingFields[fieldRef]);
            }
            else
            {
                docMatch = new Match(docRef, score, matchingFields[fieldRef]);
                matches.Add(docRef, docMatch);
                results.Add(docMatch);
            }
        }

        // lunr-index.md §7: stable sort by score, descending; ties keep first-match order.
        var sorted = new SearchResult[results.Count];
        var i = 0;
        foreach (var match in results.OrderByDescending(m => m.Score)) sorted[i++] = new SearchResult(match.Ref, match.Score, match.MatchData);
        return sorted;
    }

    private int[] FieldIndexes(IReadOnlyList<string> fields)
    {
        var indexes = new int[fields.Count];
        for (var i = 0; i < indexes.Length; i++)
        {
            if (!_fieldIndex.TryGetValue(fields[i], out indexes[i]))
                throw new ArgumentException($"unrecognised field '{fields[i]}'", nameof(fields));
        }
        return indexes;
    }

    private sealed class Match(string docRef, double score, MatchData matchData)
    {
        public string Ref { get; } = docRef;
        public double Score { get; set; } = score;
        public MatchData MatchData { get; } = matchData;
    }
}
