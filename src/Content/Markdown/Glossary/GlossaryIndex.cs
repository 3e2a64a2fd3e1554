using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown.Glossary;

/// <summary>One glossary term as it is looked for in page text.</summary>
/// <param name="Text">The term as its page's title writes it ("CKL", "Radikalisering").</param>
/// <param name="Expansion">The full form of an abbreviation; null for other terms.</param>
public sealed record GlossaryTerm(string Text, string? Expansion, string Definition, string PageId, string Url)
{
    public bool IsAbbreviation => !string.IsNullOrWhiteSpace(Expansion);

    /// <summary>
    /// Whether the term stands at <paramref name="index"/> of <paramref name="text"/> as a whole word.
    /// Case matters ("IS" is not "is", "SoL" not "sol"), except the first letter of a term that starts a
    /// sentence in the glossary ("Radikalisering" matches "radikalisering").
    /// </summary>
    public bool IsAt(string text, int index)
    {
        if (index + Text.Length > text.Length) return false;
        if (!char.Equals(text[index], Text[0]) && (IsAbbreviation || char.ToLowerInvariant(text[index]) != char.ToLowerInvariant(Text[0]))) return false;
        if (string.CompareOrdinal(text, index + 1, Text, 1, Text.Length - 1) != 0) return false;
        return (index == 0 || !IsWordChar(text[index - 1])) && (index + Text.Length == text.Length || !IsWordChar(text[index + Text.Length]));
    }

    internal static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}

/// <summary>The terms of the glossary (pages of type <c>term</c>), longest first so "VBE-team" wins over "VBE".</summary>
public sealed class GlossaryIndex(IReadOnlyList<GlossaryTerm> terms)
{
    public static readonly GlossaryIndex Empty = new([]);

    public IReadOnlyList<GlossaryTerm> Terms { get; } = terms;

    /// <summary>
    /// Drafts and scheduled term pages are left out: the renderer does not know whether they will be
    /// published, and a term must never link to a page that is not there.
    /// </summary>
    public static GlossaryIndex From(IEnumerable<Page> pages) => new(pages
        .Where(p => p.Term is not null && !p.IsDraft && p.Publish is null && p.Title.Length > 0)
        .Select(p => new GlossaryTerm(p.Title, p.Term!.Expansion, p.Term.Definition, p.Id, p.Url))
        .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal)
        .ToList());
}
