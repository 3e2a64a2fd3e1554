namespace VbeKnowledge.Content.Search;

/// <summary>Where a term occurs in a field: start and length in UTF-16 units of the lowercased field text.</summary>
/// <remarks>For highlighting: the span covers the untrimmed token (lunr-index.md §8.13).</remarks>
public readonly record struct TokenPosition(int Start, int Length);

/// <summary>lunr.MatchData: per matched index term and field, the positions of its occurrences in the document.</summary>
public sealed class MatchData
{
    private readonly Dictionary<string, Dictionary<string, IReadOnlyList<TokenPosition>>> _metadata = new(StringComparer.Ordinal);

    /// <summary>Index term → field → positions. Tokens of list fields have no position and are left out.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, IReadOnlyList<TokenPosition>>> Terms => _metadata;

    internal void Add(string term, string field, ReadOnlySpan<int> positions)
    {
        if (!_metadata.TryGetValue(term, out var fields)) _metadata.Add(term, fields = new Dictionary<string, IReadOnlyList<TokenPosition>>(StringComparer.Ordinal));
        var list = new List<TokenPosition>();
        for (var i = 0; i + 1 < positions.Length; i += 2)
        {
            if (positions[i] >= 0) list.Add(new TokenPosition(positions[i], positions[i + 1]));
        }
        if (fields.TryGetValue(field, out var existing)) list.InsertRange(0, existing);
        fields[field] = list;
    }

    internal void Combine(MatchData other)
    {
        foreach (var (term, fields) in other._metadata)
        {
            if (!_metadata.TryGetValue(term, out var mine)) _metadata.Add(term, mine = new Dictionary<string, IReadOnlyList<TokenPosition>>(StringComparer.Ordinal));
            foreach (var (field, positions) in fields)
            {
                mine[field] = mine.TryGetValue(field, out var existing) ? [.. existing, .. positions] : positions;
            }
        }
    }
}

/// <summary>One search hit: the document ref, its score and what matched where.</summary>
public sealed record SearchResult(string Ref, double Score, MatchData MatchData);
