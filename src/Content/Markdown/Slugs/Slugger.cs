using System.Globalization;
using System.Text;

namespace VbeKnowledge.Content.Markdown.Slugs;

/// <summary>
/// Stable, Swedish-aware anchors and ids: lowercase ASCII, å/ä → a, ö → o, other accents dropped,
/// spaces and dashes → '-', other punctuation removed. "Vem kontaktar jag?" → "vem-kontaktar-jag".
/// </summary>
public static class Slugger
{
    public static string Slugify(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(c);
            }
            else if (c is ' ' or '-' or '_' or '\t' or '–' or '—' or '/' or '.') pendingDash = true;
            else if (c == 'ø') builder.Append('o');
            else if (c == 'æ') builder.Append("ae");
            else if (c == 'ß') builder.Append("ss");
        }
        return builder.ToString();
    }

    /// <summary>Slugs for the headings of one page: empty slugs become "avsnitt", repeats get -1, -2 … as on GitHub.</summary>
    public sealed class Unique
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public string Next(string text)
        {
            var slug = Slugify(text);
            if (slug.Length == 0) slug = "avsnitt";
            if (!_seen.TryGetValue(slug, out var count)) { _seen[slug] = 0; return slug; }
            while (true)
            {
                count++;
                var candidate = $"{slug}-{count}";
                if (_seen.ContainsKey(candidate)) continue;
                _seen[slug] = count;
                _seen[candidate] = 0;
                return candidate;
            }
        }
    }
}
