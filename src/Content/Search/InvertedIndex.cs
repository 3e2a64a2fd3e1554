namespace VbeKnowledge.Content.Search;

/// <summary>One term's posting: its <c>_index</c> and one <see cref="FieldPosting"/> per index field (lunr-index.md §2).</summary>
internal sealed class Posting(int index, FieldPosting[] fields)
{
    public int Index { get; } = index;

    /// <summary>Per field, in the index's field order; every field is present, possibly empty.</summary>
    public FieldPosting[] Fields { get; } = fields;
}

/// <summary>
/// The documents of one term in one field, in JS key order, with their position metadata. The
/// positions of all documents share one flat array (a few large arrays instead of one per
/// document: building and collecting the index of 10,000 pages is then far cheaper).
/// </summary>
/// <param name="positions">Flat (start, length) pairs, (−1, −1) for a token without position; null when no document has metadata.</param>
/// <param name="bounds">Document d's pairs are <c>positions[bounds[d]..bounds[d + 1]]</c>; a negative <c>bounds[d + 1]</c> (its complement) marks a document whose metadata is <c>{}</c>. Both arrays may run on past the last document (the Builder's own buffers).</param>
internal sealed class FieldPosting(string[] docRefs, int[]? positions, int[]? bounds)
{
    public static readonly FieldPosting Empty = new([], null, null);

    /// <summary>Doc refs in JS key order: array-index refs ascending, then add order (lunr-index.md §2).</summary>
    public string[] DocRefs { get; } = docRefs;

    /// <summary>False when document <paramref name="d"/>'s metadata is <c>{}</c> (no whitelisted metadata).</summary>
    public bool HasMetadata(int d) => bounds is not null && bounds[d + 1] >= 0;

    /// <summary>Document <paramref name="d"/>'s flat (start, length) pairs; empty without metadata.</summary>
    public ReadOnlySpan<int> PositionsOf(int d)
    {
        if (!HasMetadata(d)) return [];
        var from = Decode(bounds![d]);
        return positions.AsSpan(from, bounds[d + 1] - from);
    }

    private static int Decode(int bound) => bound < 0 ? ~bound : bound;
}
