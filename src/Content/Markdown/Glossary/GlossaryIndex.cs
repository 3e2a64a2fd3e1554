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

    /// <summary>The term's leading run of word characters, first letter in lower case: the key it is looked up by.</summary>
    internal string Key => FirstWord(Text, 0);

    internal static string FirstWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && IsWordChar(text[end])) end++;
        return end == start ? "" : string.Concat(char.ToLowerInvariant(text[start]).ToString(), text.AsSpan(start + 1, end - start - 1));
    }
}

/// <summary>
/// The terms of the glossary (pages of type <c>term</c>), longest first so "VBE-team" wins over "VBE",
/// filed by their first word: a page's text is looked up word by word, not term by term, so marking
/// costs the same with 36 terms as with thousands.
/// </summary>
public sealed class GlossaryIndex
{
    public static readonly GlossaryIndex Empty = new([]);

    private readonly Dictionary<string, int[]> _byFirstWord;   // term ranks, longest term first
    private readonly int[] _withoutFirstWord;                  // terms that start with a non-word character ("§ 5")

    public GlossaryIndex(IReadOnlyList<GlossaryTerm> terms)
    {
        Terms = terms;
        var ranks = Enumerable.Range(0, terms.Count).ToList();
        _byFirstWord = ranks.Where(r => terms[r].Key.Length > 0)
            .GroupBy(r => terms[r].Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _withoutFirstWord = ranks.Where(r => terms[r].Key.Length == 0).ToArray();
    }

    public IReadOnlyList<GlossaryTerm> Terms { get; }

    /// <summary>
    /// Drafts and scheduled term pages are left out: the renderer does not know whether they will be
    /// published, and a term must never link to a page that is not there.
    /// </summary>
    public static GlossaryIndex From(IEnumerable<Page> pages) => new(pages
        .Where(p => p.Term is not null && !p.IsDraft && p.Publish is null && p.Title.Length > 0)
        .Select(p => new GlossaryTerm(p.Title, p.Term!.Expansion, p.Term.Definition, p.Id, p.Url))
        .OrderByDescending(t => t.Text.Length).ThenBy(t => t.Text, StringComparer.Ordinal)
        .ToList());

    /// <summary>
    /// The first place in <paramref name="text"/> where a still <paramref name="pending"/> term
    /// stands (by rank in <see cref="Terms"/>), and the longest term there; rank -1 when none does.
    /// </summary>
    public (int Rank, int Index) FindFirst(string text, bool[] pending)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && GlossaryTerm.IsWordChar(text[i - 1])) continue;   // a term only starts a word
            var best = Best(text, i, _withoutFirstWord, pending, int.MaxValue);
            if (GlossaryTerm.IsWordChar(text[i]) && _byFirstWord.TryGetValue(GlossaryTerm.FirstWord(text, i), out var ranks))
                best = Best(text, i, ranks, pending, best);
            if (best != int.MaxValue) return (best, i);
        }
        return (-1, -1);
    }

    private int Best(string text, int index, int[] ranks, bool[] pending, int best)
    {
        foreach (var rank in ranks)
        {
            if (rank >= best) break;   // ranks ascend: the rest are shorter than the best so far
            if (pending[rank] && Terms[rank].IsAt(text, index)) return rank;
        }
        return best;
    }
}
