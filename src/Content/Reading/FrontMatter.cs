namespace VbeKnowledge.Content.Reading;

/// <summary>A file split into its YAML front matter and its Markdown body, with the lines each starts on.</summary>
public sealed record FrontMatter(string Yaml, int YamlLine, string Body, int BodyLine)
{
    /// <summary>Splits at the opening and closing '---' lines; null with <paramref name="isUnclosed"/> telling why.</summary>
    public static FrontMatter? Split(string text, out bool isUnclosed)
    {
        isUnclosed = false;
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text == "---")) return null;
        var lineStart = 4;
        var line = 2;
        while (lineStart <= text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            var content = end < 0 ? text[lineStart..] : text[lineStart..end];
            if (content.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(text[4..lineStart], 2, body, line + 1);
            }
            if (end < 0) break;
            lineStart = end + 1;
            line++;
        }
        isUnclosed = true;
        return null;
    }
}
