namespace VbeKnowledge.Content.Search;

/// <summary>One term's posting: its <c>_index</c> and one <see cref="FieldPosting"/> per index field (lunr-index.md §2).</summary>
internal sealed class Posting(int index, FieldPosting[] fields)
{
    public int Index { get; } = index;

    /// <summary>Per field, in the index's field order; every field is present, possibly empty.</summary>
    public FieldPosting[] Fields { get; } = fields;
}

/// <summary>The documents of one term in one field, in JS key order, with their position metadata.</summary>
internal sealed class FieldPosting(string[] docRefs, int[]?[] positions)
{
    public static readonly FieldPosting Empty = new([], []);

    /// <summary>Doc refs in JS key order: array-index refs ascending, then add order (lunr-index.md §2).</summary>
    public string[] DocRefs { get; } = docRefs;

    /// <summary>
    /// Per doc: flat (start, length) pairs, (−1, −1) for a token without position; null when the doc's
    /// metadata is <c>{}</c> (no whitelisted metadata).
    /// </summary>
    public int[]?[] Positions { get; } = positions;
}
