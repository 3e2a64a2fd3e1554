using System.Collections.Concurrent;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// The re-ranking after lunr's score (issue 14, item 3). lunr scores each word on its own: "sieg heil" put
/// the Siege mask first (<c>siege</c> stems to <c>sieg</c>, and it stands in the title), above the page
/// where the two words stand together. The top <see cref="Depth"/> hits get their score multiplied by
/// <see cref="Factor"/>, computed from the text the search data already carries (page title, heading,
/// body). theme/assets/search-core.js (rerank) does exactly the same, so the site and the API rank alike.
/// </summary>
/// <remarks>
/// Words are compared as the index stores them: lunr's tokenizer, then trimmer-sv, stopWordFilter-sv and
/// stemmer-sv. So function words drop out on both sides, and words "stand together" when nothing but
/// function words stands between them ("vård av unga" is the phrase <c>vård ung</c>).
/// </remarks>
public sealed class Proximity
{
    /// <summary>How many of lunr's best hits are re-ranked; the factor is at least 1, so they stay above the rest.</summary>
    public const int Depth = 50;

    /// <summary>All the query's words stand next to each other in the order typed, in the heading or the body.</summary>
    public const double PhraseBonus = 1;

    /// <summary>All the query's words stand within <see cref="NearSlack"/> words more than they are.</summary>
    public const double NearBonus = 0.5;

    public const int NearSlack = 2;

    /// <summary>
    /// Times the share of the query's words in the page's title, for a section's hit too: lunr sees only
    /// the heading of a section, so a section called "Samtycke" in the routine "Vid oro …" tied with the
    /// routine "Samtycke och informationsdelning".
    /// </summary>
    public const double TitleBonus = 0.5;

    private readonly ConcurrentDictionary<string, List<string>> _textTerms = new(StringComparer.Ordinal);

    /// <summary>The query's distinct index terms, in the order typed (stop words left out).</summary>
    public static List<string> Terms(string? input)
    {
        var terms = new List<string>();
        foreach (var word in UserQuery.Words(input))
            if (SwedishPipeline.Process(word.Text) is { Length: > 0 } term && !terms.Contains(term)) terms.Add(term);
        return terms;
    }

    /// <summary>
    /// 1 + <see cref="PhraseBonus"/> (or <see cref="NearBonus"/>; two or more terms) + <see cref="TitleBonus"/>
    /// × the share of <paramref name="terms"/> in the page's title.
    /// </summary>
    public double Factor(IReadOnlyList<string> terms, SearchEntry entry)
    {
        var inTitle = TermsOf(entry.Title);
        var shared = terms.Count(inTitle.Contains);
        var proximity = 0.0;
        if (terms.Count >= 2)
        {
            var heading = TermsOf(entry.Section ?? entry.Title);
            var body = TermsOf(entry.Body);
            var near = Math.Min(Span(terms, heading), Span(terms, body)) <= terms.Count + NearSlack;
            proximity = HasPhrase(terms, heading) || HasPhrase(terms, body) ? PhraseBonus : near ? NearBonus : 0;
        }
        return 1 + proximity + TitleBonus * shared / terms.Count;
    }

    /// <summary>The index terms of a text, in order, without stop words and what the trimmer empties; cached per text.</summary>
    private List<string> TermsOf(string text) => _textTerms.GetOrAdd(text, static t =>
    {
        var terms = new List<string>();
        foreach (var token in Tokenizer.Tokenize(t))
            if (SwedishPipeline.Process(token.Text) is { Length: > 0 } term) terms.Add(term);
        return terms;
    });

    private static bool HasPhrase(IReadOnlyList<string> terms, List<string> text)
    {
        for (var i = 0; i + terms.Count <= text.Count; i++)
        {
            var j = 0;
            while (j < terms.Count && text[i + j] == terms[j]) j++;
            if (j == terms.Count) return true;
        }
        return false;
    }

    /// <summary>The fewest consecutive words of <paramref name="text"/> that hold all <paramref name="terms"/>; int.MaxValue if none.</summary>
    private static int Span(IReadOnlyList<string> terms, List<string> text)
    {
        var last = new int[terms.Count];
        Array.Fill(last, -1);
        var best = int.MaxValue;
        for (var i = 0; i < text.Count; i++)
        {
            var k = IndexOf(terms, text[i]);
            if (k < 0) continue;
            last[k] = i;
            var first = last.Min();
            if (first >= 0) best = Math.Min(best, i - first + 1);
        }
        return best;
    }

    private static int IndexOf(IReadOnlyList<string> terms, string term)
    {
        for (var k = 0; k < terms.Count; k++)
            if (terms[k] == term) return k;
        return -1;
    }
}
