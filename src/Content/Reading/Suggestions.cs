namespace VbeKnowledge.Content.Reading;

/// <summary>Finds the closest known word to a typo, for "did you mean" fixes.</summary>
public static class Suggestions
{
    /// <summary>Swedish words editors naturally type for our English keys.</summary>
    private static readonly Dictionary<string, string> SwedishKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["titel"] = "title", ["typ"] = "type", ["sammanfattning"] = "summary", ["ägare"] = "owner",
        ["agare"] = "owner", ["källor"] = "sources", ["kallor"] = "sources", ["källa"] = "sources",
        ["granskad"] = "reviewed", ["taggar"] = "tags", ["ordning"] = "order", ["relaterade"] = "related",
        ["utkast"] = "draft", ["publicera"] = "publish", ["bild"] = "image", ["miljö"] = "environment",
        ["aktiviteter"] = "activities", ["nämnd"] = "board", ["period"] = "period", ["steg"] = "step",
        ["minuter"] = "minutes", ["länkar"] = "links", ["definition"] = "definition", ["synonymer"] = "synonyms",
    };

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var list = candidates as IReadOnlyCollection<string> ?? candidates.ToList();
        if (SwedishKeys.TryGetValue(word, out var translated) && list.Contains(translated)) return translated;
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in list)
        {
            if (string.Equals(candidate, word, StringComparison.OrdinalIgnoreCase)) return candidate;
            var distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance) { bestDistance = distance; best = candidate; }
        }
        var allowed = Math.Max(2, word.Length / 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
