using System.Text;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// A short excerpt of a hit's text with the matched words in &lt;mark&gt;, HTML-escaped. The same
/// algorithm runs in theme/assets/search-core.js (snippet), so the site and the API show the same text.
/// </summary>
/// <remarks>
/// The site's index stores no positions (<see cref="SiteSearch"/>): a hit says which index terms
/// matched in the body, and <see cref="Highlights"/> finds them again by running the text through
/// lunr's tokenizer and build pipeline. That gives exactly the spans lunr would have stored as
/// "position" metadata, and the browser's search data is a third smaller without them.
/// </remarks>
public static class Snippet
{
    public const int Size = 160;
    public const int Lead = 60;

    /// <summary>
    /// The snippet of <paramref name="entry"/>'s body around the first of the terms that matched in the "body"
    /// field; when none did (the title or tags matched), its summary, or for a section without prose the summary
    /// of its <paramref name="page"/>, instead of the first words of the text (issue 14, item 6).
    /// </summary>
    public static string Html(SearchEntry entry, MatchData? matchData, SearchEntry page)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (matchData is not null)
            foreach (var (term, fields) in matchData.Terms)
                if (fields.ContainsKey("body")) terms.Add(term);
        var spans = Highlights(entry.Body, terms);
        if (spans.Count > 0) return Html(entry.Body, spans);
        if (entry.Summary is { } own) return Summary(entry.Body, own);
        if (page.Summary is { } theirs) return Summary(page.Body, theirs);
        return Html(entry.Body, spans);
    }

    /// <summary>
    /// Where the tokens of <paramref name="body"/> whose index term (lunr.sv build pipeline) is one
    /// of <paramref name="terms"/> are, in text order: lunr's "position" metadata of those terms.
    /// </summary>
    public static List<TokenPosition> Highlights(string body, IReadOnlySet<string> terms)
    {
        var spans = new List<TokenPosition>();
        if (terms.Count == 0) return spans;
        foreach (var token in Tokenizer.Tokenize(body))
        {
            if (SwedishPipeline.Process(token.Text) is { } term && terms.Contains(term))
                spans.Add(new TokenPosition(token.Start, token.Length));
        }
        return spans;
    }

    private static string Html(string body, List<TokenPosition> spans)
    {
        var start = 0;
        if (spans.Count > 0)
        {
            start = Math.Max(0, spans[0].Start - Lead);
            if (start > 0)
            {
                var space = body.IndexOf(' ', start);
                if (space >= 0 && space < spans[0].Start) start = space + 1;
            }
        }
        var end = Math.Min(body.Length, start + Size);
        if (end < body.Length)
        {
            var back = body.LastIndexOf(' ', end);
            if (back > start) end = back;
        }
        var html = new StringBuilder();
        var at = start;
        foreach (var span in spans)
        {
            var (s, e) = Word(body, span);
            if (s < at || e > end || s == e) continue;
            Escape(html, body, at, s).Append("<mark>");
            Escape(html, body, s, e).Append("</mark>");
            at = e;
        }
        Escape(html, body, at, end);
        return (start > 0 ? "…" : "") + html + (end < body.Length ? "…" : "");
    }

    /// <summary>The token's word without the punctuation lunr's trimmer takes off ("polis," → "polis"): what a highlight covers.</summary>
    private static (int Start, int End) Word(string body, TokenPosition span)
    {
        var (s, e) = (span.Start, span.Start + span.Length);
        while (s < e && !Trimmer.IsWordCharacter(body[s])) s++;
        while (e > s && !Trimmer.IsWordCharacter(body[e - 1])) e--;
        return (s, e);
    }

    /// <summary>The summary at <paramref name="range"/> of <paramref name="text"/>, cut at a space after at most <see cref="Size"/> characters.</summary>
    private static string Summary(string text, TextRange range)
    {
        var end = Math.Min(range.End, range.Start + Size);
        if (end < range.End)
        {
            var back = text.LastIndexOf(' ', end);
            if (back > range.Start) end = back;
        }
        return Escape(new StringBuilder(), text, range.Start, end) + (end < range.End ? "…" : "");
    }

    private static StringBuilder Escape(StringBuilder builder, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            builder.Append(text[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", var c => c.ToString() });
        return builder;
    }
}
