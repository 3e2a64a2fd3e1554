namespace VbeKnowledge.Content.Search.Compounds;

/// <summary>
/// Where the Swedish word list for compound splitting is: npm's dictionary-sv (LGPL-3.0, Göran
/// Andersson's Hunspell dictionary), installed by <c>npm ci</c> into node_modules/ beside lunr, and
/// carried by the vbe tool. Loaded once per process, on first use.
/// </summary>
public static class SwedishCompounds
{
    /// <summary>The npm package.</summary>
    public const string Package = "dictionary-sv";

    /// <summary>What an editor reads when the word list is missing: the index is then built without splitting compounds.</summary>
    public const string MissingMessage =
        "Varning: ordlistan för sammansatta ord saknas (npm-paketet dictionary-sv i node_modules/), så sökindexet byggs utan att dela " +
        "sammansatta ord: \"anmälan\" hittar då inte \"orosanmälan\". Åtgärd: kör npm ci i projektets rotmapp.";

    private static readonly Lazy<CompoundSplitter?> SharedSplitter = new(() =>
        Find(Directory.GetCurrentDirectory(), AppContext.BaseDirectory) is { } folder ? CompoundSplitter.Load(folder) : null);

    /// <summary>
    /// The splitter from the first node_modules/dictionary-sv found looking up from the working folder,
    /// then from the program's own folder (where the vbe tool carries it); null when there is none.
    /// </summary>
    public static CompoundSplitter? Shared => SharedSplitter.Value;

    /// <summary>The folder node_modules/dictionary-sv with index.aff and index.dic, looking up from each start folder in turn; null when missing.</summary>
    public static string? Find(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "node_modules", Package);
                if (File.Exists(Path.Combine(candidate, "index.aff")) && File.Exists(Path.Combine(candidate, "index.dic"))) return candidate;
            }
        }
        return null;
    }
}
