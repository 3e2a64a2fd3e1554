namespace VbeKnowledge.Content.Search;

/// <summary>The lunr.sv pipelines (lunr-index.md §4): what <c>this.use(lunr.sv)</c> installs.</summary>
public static class SwedishPipeline
{
    /// <summary>Build pipeline: trimmer-sv → stopWordFilter-sv → stemmer-sv.</summary>
    public static Pipeline CreateBuildPipeline() => new Pipeline()
        .Add(Trimmer.Label, Trimmer.Trim)
        .Add(StopWordFilter.Label, StopWordFilter.Filter)
        .Add(SwedishStemmer.Label, SwedishStemmer.Stem);

    /// <summary>Search pipeline: trimmer-sv → stemmer-sv (no stop-word filter; lunr-index.md §2, §6).</summary>
    public static Pipeline CreateSearchPipeline() => new Pipeline()
        .Add(Trimmer.Label, Trimmer.Trim)
        .Add(SwedishStemmer.Label, SwedishStemmer.Stem);

    /// <summary>The indexed term of one raw token, or null for a stop word.</summary>
    public static string? Process(string token)
    {
        var trimmed = Trimmer.Trim(token);
        return StopWordFilter.IsStopWord(trimmed) ? null : SwedishStemmer.Stem(trimmed);
    }
}
