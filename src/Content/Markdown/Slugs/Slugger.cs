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
        foreach (var c in text.ToLowerInvariant())
        {
            var folded = Fold(c);
            if (folded is not null)
            {
                if (pendingDash && builder.Length > 0) builder.Append('-');
                pendingDash = false;
                builder.Append(folded);
            }
            else if (c is ' ' or '-' or '_' or '\t' or '–' or '—' or '/' or '.') pendingDash = true;
        }
        return builder.ToString();
    }

    /// <summary>
    /// ASCII for a lowercase letter or digit, null for anything else. An explicit table rather than
    /// Unicode normalisation: the build runs with invariant globalization, where Normalize is a no-op.
    /// </summary>
    private static string? Fold(char c) => c switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => c.ToString(),
        'å' or 'ä' or 'à' or 'á' or 'â' or 'ã' => "a",
        'ö' or 'ò' or 'ó' or 'ô' or 'õ' or 'ø' => "o",
        'é' or 'è' or 'ê' or 'ë' => "e",
        'ü' or 'ù' or 'ú' or 'û' => "u",
        'í' or 'ì' or 'î' or 'ï' => "i",
        'ç' => "c", 'ñ' => "n", 'ý' or 'ÿ' => "y", 'æ' => "ae", 'ß' => "ss",
        _ => null,
    };

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
