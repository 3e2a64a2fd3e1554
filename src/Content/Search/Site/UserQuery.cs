using System.Text;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// Turns what a reader types into a lunr query that tolerates how people type. theme/assets/site.js
/// (buildQuery) does exactly the same, so the site and the API rank alike. Each word becomes three
/// optional clauses: the word (stemmed by the search pipeline: inflections), the word as a prefix
/// (<c>word*</c>: results while typing) and, from five letters, the word within one edit
/// (<c>word~1</c>: one typo, and a missing diacritic: <c>sokning</c> finds <c>sökning</c>).
/// Words of a synonym group (content/_data/synonyms.yml) add the group's other words.
/// Syntax characters are escaped (<see cref="QueryText"/>), so user input never fails to parse.
/// </summary>
public static class UserQuery
{
    public static string Build(string? input, IReadOnlyList<IReadOnlyList<string>> synonyms, Func<string, bool>? isIndexTerm = null)
    {
        var words = Words(input);
        var clauses = new List<string>();
        void Add(string clause) { if (!clauses.Contains(clause)) clauses.Add(clause); }
        foreach (var word in words)
        {
            var escaped = Escape(word);
            Add(escaped);
            if (word.Length >= 2) Add(escaped + "*");
            if (word.Length >= 5) Add(escaped + "~1");
            foreach (var part in CompoundParts(word, isIndexTerm)) Add(Escape(part));
        }
        var joined = " " + string.Join(' ', words) + " ";
        foreach (var group in synonyms)
        {
            if (!group.Any(member => joined.Contains(" " + member + " ", StringComparison.Ordinal))) continue;
            foreach (var member in group)
                foreach (var word in Words(member)) Add(Escape(word));
        }
        return string.Join(' ', clauses);
    }

    /// <summary>Lowercased words split where lunr splits (whitespace and '-'), without '*' (lunr cannot escape it).</summary>
    private static List<string> Words(string? input)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(input)) return words;
        var current = new StringBuilder();
        foreach (var c in Tokenizer.ToLowerCase(input))
        {
            if (Tokenizer.IsSeparator(c))
            {
                if (current.Length > 0) words.Add(current.ToString());
                current.Clear();
            }
            else if (c != '*') current.Append(c);
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>
    /// A compound the index does not know, split against the index's own terms (so the browser needs no
    /// word list): the longest first part of at least 3 letters whose term the index has, then an optional
    /// linking -s- or -e-, then a last part of at least 3 letters the index has ("skolpersonal" → skol,
    /// personal). No parts for a word the index knows, or when no such split exists. search-core.js
    /// (compoundParts) does the same.
    /// </summary>
    public static IReadOnlyList<string> CompoundParts(string word, Func<string, bool>? isIndexTerm)
    {
        if (isIndexTerm is null || word.Length < 6 || SwedishPipeline.Process(word) is not { } whole || isIndexTerm(whole)) return [];
        bool Knows(string part) => SwedishPipeline.Process(part) is { } term && term.Length > 0 && isIndexTerm(term);
        for (var i = word.Length - 3; i >= 3; i--)
        {
            foreach (var link in new[] { "", "s", "e" })
            {
                var rest = i + link.Length;
                if (word.Length - rest < 3 || string.CompareOrdinal(word, i, link, 0, link.Length) != 0) continue;
                if (Knows(word[..i]) && Knows(word[rest..])) return [word[..i], word[rest..]];
            }
        }
        return [];
    }

    private static string Escape(string word)
    {
        var builder = new StringBuilder(word.Length + 2);
        foreach (var c in word)
        {
            if (c is '\\' or ':' or '^' or '~' or '+') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
