namespace VbeKnowledge.Content.Search;

/// <summary>A document for the <see cref="Builder"/>: its ref and its field values by field name.</summary>
/// <param name="Ref">The document ref that search results return (lunr's <c>String(doc.id)</c>).</param>
/// <param name="Fields">Field values; a missing field indexes as empty (lunr-index.md §3).</param>
public sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, FieldValue> Fields);

/// <summary>
/// A field value: text, split into tokens, or a list whose elements are one unsplit token each
/// (lunr's array path, lunr-index.md §8.11: prefer text, e.g. tags joined with spaces).
/// </summary>
public readonly struct FieldValue
{
    private FieldValue(string? text, IReadOnlyList<string>? items)
    {
        Text = text;
        Items = items;
    }

    /// <summary>The text, or null for a list or an absent value.</summary>
    public string? Text { get; }

    /// <summary>The list elements, or null for text or an absent value.</summary>
    public IReadOnlyList<string>? Items { get; }

    /// <summary>A text value; null means no tokens.</summary>
    public static FieldValue FromText(string? text) => new(text, null);

    /// <summary>A list value: each element becomes one token without position.</summary>
    public static FieldValue FromList(IEnumerable<string> items) => new(null, items.ToArray());

    /// <summary>A text value.</summary>
    public static implicit operator FieldValue(string? text) => FromText(text);
}
