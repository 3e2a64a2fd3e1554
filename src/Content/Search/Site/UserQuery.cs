using System.Text;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// Turns what a reader types into a lunr query that tolerates how people type. theme/assets/search-core.js
/// (buildQuery) does exactly the same, so the site and the API rank alike.
/// <list type="bullet">
/// <item>Words split where lunr splits (whitespace and '-') and are trimmed as the index's trimmer does
/// (trimmer-sv), so <c>oro?</c> and <c>"oro"</c> are <c>oro</c>.</item>
/// <item>A Swedish function word (lunr.sv's stop list: <c>för</c>, <c>en</c>, <c>vid</c> …) is matched only
/// exactly, with the least weight: the index leaves them out, and as prefixes or within one edit they
/// pulled in hundreds of words (<c>för*</c>, <c>en~1</c>; issue 14).</item>
/// <item>Every other word gives the word itself (stemmed by the search pipeline: inflections; the highest
/// weight), the word as a prefix (<c>word*</c>: results while typing; lower) and, from five letters, the
/// word within one edit (<c>word~1</c>: one typo, and a missing diacritic: <c>sokning</c> finds
/// <c>sökning</c>; lowest).</item>
/// <item>Words between quotes must all be there, exactly (<c>"sieg heil"</c>); the re-ranking then
/// puts the hits where they stand together first.</item>
/// <item>A synonym group (content/_data/synonyms.yml) fires when one of its members stands in the query,
/// compared without diacritics and by stem (<c>sakerhetspolisen</c> fires the Säpo group), and adds the
/// group's other words.</item>
/// </list>
/// Syntax characters are escaped (<see cref="QueryText"/>), so user input never fails to parse.
/// </summary>
public static class UserQuery
{
    // lunr reads a boost with parseInt (QueryParser.parseBoost): "^0.1" would be boost 0 and a term ".1".
    // Only the ratios count, as lunr divides by the query vector's length.
    public const int ExactBoost = 100, PrefixBoost = 20, EditBoost = 10, SynonymBoost = 50, StopWordBoost = 1;

    /// <summary>One word as typed, lowercased and trimmed, and whether it stood between quotes.</summary>
    public readonly record struct Word(string Text, bool IsQuoted);

    public static string Build(string? input, IReadOnlyList<IReadOnlyList<string>> synonyms, Func<string, bool>? isIndexTerm = null)
    {
        var words = Words(input);
        var clauses = new List<string>();
        var exact = new HashSet<string>(StringComparer.Ordinal);
        void Add(string clause) { if (!clauses.Contains(clause)) clauses.Add(clause); }
        foreach (var (word, isQuoted) in words)
        {
            var escaped = Escape(word);
            if (StopWordFilter.IsStopWord(word)) { Add(escaped + "^" + StopWordBoost); continue; }
            exact.Add(word);
            if (isQuoted) { Add("+" + escaped + "^" + ExactBoost); continue; }
            Add(escaped + "^" + ExactBoost);
            if (word.Length >= 2) Add(escaped + "*^" + PrefixBoost);
            if (word.Length >= 5) Add(escaped + "~1^" + EditBoost);
            foreach (var part in CompoundParts(word, isIndexTerm)) Add(Escape(part) + "^" + PrefixBoost);
        }
        var keys = words.Select(w => Key(w.Text)).ToList();
        foreach (var group in synonyms)
        {
            if (!group.Any(member => StandsIn(keys, Words(member).Select(w => Key(w.Text)).ToList()))) continue;
            foreach (var member in group)
                foreach (var (word, _) in Words(member))
                    if (!StopWordFilter.IsStopWord(word) && !exact.Contains(word)) Add(Escape(word) + "^" + SynonymBoost);
        }
        return string.Join(' ', clauses);
    }

    /// <summary>
    /// Lowercased words split where lunr splits (whitespace and '-'), without quotes and '*' (lunr cannot
    /// escape it) and trimmed as trimmer-sv trims; empty words dropped.
    /// </summary>
    public static List<Word> Words(string? input)
    {
        var words = new List<Word>();
        if (string.IsNullOrEmpty(input)) return words;
        var current = new StringBuilder();
        bool inQuotes = false, startedInQuotes = false;
        void End()
        {
            var word = Trimmer.Trim(current.ToString());
            if (word.Length > 0) words.Add(new Word(word, startedInQuotes));
            current.Clear();
        }
        foreach (var c in Tokenizer.ToLowerCase(input))
        {
            if (Tokenizer.IsSeparator(c)) End();
            else if (IsQuote(c)) inQuotes = !inQuotes;
            else if (c != '*')
            {
                if (current.Length == 0) startedInQuotes = inQuotes;
                current.Append(c);
            }
        }
        End();
        return words;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB';

    /// <summary>What a word is compared by for synonyms: without diacritics, then stemmed (stemmer-sv).</summary>
    public static string Key(string word) => SwedishStemmer.Stem(Fold(word));

    private static string Fold(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
            builder.Append(c switch { 'å' or 'ä' or 'á' or 'à' or 'â' => 'a', 'ö' or 'ó' or 'ò' or 'ô' or 'ø' => 'o', 'é' or 'è' or 'ê' or 'ë' => 'e', 'ü' or 'ú' => 'u', _ => c });
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="part"/> stands in <paramref name="whole"/> as consecutive words.</summary>
    private static bool StandsIn(List<string> whole, List<string> part)
    {
        if (part.Count == 0) return false;
        for (var i = 0; i + part.Count <= whole.Count; i++)
            if (whole.GetRange(i, part.Count).SequenceEqual(part, StringComparer.Ordinal)) return true;
        return false;
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
