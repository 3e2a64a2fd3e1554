namespace VbeKnowledge.Content.Diagnostics;

/// <summary>A one-based line and column in a content file; all line arithmetic ends here.</summary>
public readonly record struct SourcePosition(string File, int Line, int Column)
{
    public static SourcePosition StartOf(string file) => new(file, 1, 1);
}
