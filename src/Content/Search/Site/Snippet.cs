using System.Text;

namespace VbeKnowledge.Content.Search.Site;

/// <summary>
/// A short excerpt of a hit's text with the matched words in &lt;mark&gt;, HTML-escaped. The same
/// algorithm runs in theme/assets/site.js (snippet), so the site and the API show the same text.
/// </summary>
public static class Snippet
{
    public const int Size = 160;
    public const int Lead = 60;

    public static string Html(string body, MatchData? matchData)
    {
        var spans = new List<TokenPosition>();
        if (matchData is not null)
            foreach (var fields in matchData.Terms.Values)
                if (fields.TryGetValue("body", out var positions)) spans.AddRange(positions);
        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));

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
            var s = span.Start;
            var e = span.Start + span.Length;
            if (s < at || e > end) continue;
            Escape(html, body, at, s).Append("<mark>");
            Escape(html, body, s, e).Append("</mark>");
            at = e;
        }
        Escape(html, body, at, end);
        return (start > 0 ? "…" : "") + html + (end < body.Length ? "…" : "");
    }

    private static StringBuilder Escape(StringBuilder builder, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            builder.Append(text[i] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", var c => c.ToString() });
        return builder;
    }
}
