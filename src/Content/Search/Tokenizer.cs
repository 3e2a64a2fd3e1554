namespace VbeKnowledge.Content.Search;

/// <summary>lunr.tokenizer: lowercases a field and splits it at JS whitespace and '-' (lunr-index.md §3).</summary>
public static class Tokenizer
{
    /// <summary>JS <c>toLowerCase</c> (lunr-index.md §8.2); positions are measured in its result.</summary>
    public static string ToLowerCase(string text) => JsString.ToLowerCase(text);

    /// <summary>True for a code unit lunr splits at: JS <c>\s</c> or U+002D (lunr-index.md §3, §8.3).</summary>
    public static bool IsSeparator(char c) => JsString.IsSeparator(c);

    /// <summary>Tokens of a text field, with positions in the lowercased text; none for null.</summary>
    public static List<Token> Tokenize(string? text)
    {
        var tokens = new List<Token>();
        if (text is null) return tokens;
        var str = ToLowerCase(text);
        var sliceStart = 0;
        for (var sliceEnd = 0; sliceEnd <= str.Length; sliceEnd++)
        {
            if (sliceEnd < str.Length && !IsSeparator(str[sliceEnd])) continue;
            if (sliceEnd > sliceStart) tokens.Add(new Token(str[sliceStart..sliceEnd], sliceStart, sliceEnd - sliceStart));
            sliceStart = sliceEnd + 1;
        }
        return tokens;
    }

    /// <summary>Tokens of a list field: each element lowercased, not split, without position (§3, §8.11).</summary>
    public static List<Token> Tokenize(IEnumerable<string> items)
    {
        var tokens = new List<Token>();
        foreach (var item in items) tokens.Add(new Token(ToLowerCase(item), -1, -1));
        return tokens;
    }
}
