using System.Text;

namespace VbeKnowledge.Content.Search;

/// <summary>Turns text typed by a user into a lunr query string that always parses (lunr-index.md §8.14).</summary>
public static class QueryText
{
    /// <summary>
    /// Makes a safe query of plain words: the input is split where lunr splits (whitespace, '-'), every
    /// word becomes an optional clause, <c>*</c> is removed (lunr cannot escape it), and the syntax
    /// characters <c>\ : ^ ~ +</c> are escaped with '\' so they are literal text: "Ds 2014:4" becomes
    /// <c>Ds 2014\:4</c>, which matches the indexed "2014:4" instead of throwing "unrecognised field".
    /// So there are no required, prohibited, field-scoped, boosted, fuzzy or wildcard clauses.
    /// Blank input gives "", and note that <see cref="Index.Search(string)"/> of "" returns every
    /// document: skip the search instead. For type-ahead, append '*' to the last word yourself.
    /// </summary>
    public static string FromUserInput(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "";
        var sb = new StringBuilder(input.Length + 8);
        var isInWord = false;
        foreach (var c in input)
        {
            if (JsString.IsSeparator(c))
            {
                isInWord = false;
                continue;
            }
            if (c == '*') continue;
            if (!isInWord && sb.Length > 0) sb.Append(' ');
            isInWord = true;
            if (c is '\\' or ':' or '^' or '~' or '+') sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
