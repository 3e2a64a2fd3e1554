namespace VbeKnowledge.Content.Search;

/// <summary>trimmer-sv: strips the leading and trailing runs of non-word code units (lunr-index.md §4).</summary>
public static class Trimmer
{
    /// <summary>Pipeline label, as serialised in the index.</summary>
    public const string Label = "trimmer-sv";

    // lunr-index.md §4: lunr.sv.wordCharacters plus the "0-9" that lunr-languages 1.22.0 appends.
    private const string WordCharacterRanges =
        "AZaz\u00AA\u00AA\u00BA\u00BA\u00C0\u00D6\u00D8\u00F6\u00F8\u02B8\u02E0\u02E4\u1D00\u1D25\u1D2C\u1D5C\u1D62\u1D65" +
        "\u1D6B\u1D77\u1D79\u1DBE\u1E00\u1EFF\u2071\u2071\u207F\u207F\u2090\u209C\u212A\u212B\u2132\u2132\u214E\u214E" +
        "\u2160\u2188\u2C60\u2C7F\uA722\uA787\uA78B\uA7AD\uA7B0\uA7B7\uA7F7\uA7FF\uAB30\uAB5A\uAB5C\uAB64\uFB00\uFB06" +
        "\uFF21\uFF3A\uFF41\uFF5A09";

    private static readonly bool[] IsWordTable = BuildTable();

    private static bool[] BuildTable()
    {
        var table = new bool[char.MaxValue + 1];
        for (var i = 0; i < WordCharacterRanges.Length; i += 2)
        {
            for (int c = WordCharacterRanges[i]; c <= WordCharacterRanges[i + 1]; c++) table[c] = true;
        }
        return table;
    }

    /// <summary>True for a code unit of the trimmer's word class.</summary>
    public static bool IsWordCharacter(char c) => IsWordTable[c];

    /// <summary>The token without its leading and trailing non-word runs; "" when nothing is left.</summary>
    public static string Trim(string token) => Trim(token.AsSpan(), token);

    internal static string Trim(ReadOnlySpan<char> token, string? original)
    {
        var start = 0;
        while (start < token.Length && !IsWordTable[token[start]]) start++;
        var end = token.Length;
        while (end > start && !IsWordTable[token[end - 1]]) end--;
        if (start == 0 && end == token.Length && original is not null) return original;
        return token[start..end].ToString();
    }
}
