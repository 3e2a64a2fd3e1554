namespace VbeKnowledge.Content.Search;

/// <summary>stopWordFilter-sv: drops the 114 Swedish stop words of lunr.sv (lunr-index.md §4); build pipeline only.</summary>
public static class StopWordFilter
{
    /// <summary>Pipeline label (lunr registers it, but indexes never list it).</summary>
    public const string Label = "stopWordFilter-sv";

    // Copied verbatim from node_modules/lunr-languages/lunr.sv.js (1.22.0), lunr.generateStopWordFilter(...).
    private const string Words = "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som så sådan sådana sådant till under upp ut utan vad var vara varför varit varje vars vart vem vi vid vilka vilkas vilken vilket vår våra vårt än är åt över";

    /// <summary>The stop words, in lunr.sv's order.</summary>
    public static IReadOnlyList<string> StopWords { get; } = Words.Split(' ');

    private static readonly HashSet<string> Set = new(StopWords, StringComparer.Ordinal);

    /// <summary>True when the token is a stop word and is dropped.</summary>
    public static bool IsStopWord(string token) => Set.Contains(token);

    /// <summary>The token, or null when it is a stop word.</summary>
    public static string? Filter(string token) => Set.Contains(token) ? null : token;
}
