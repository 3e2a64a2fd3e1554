using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Preview;

/// <summary>The outcome of the latest preview build: a number that grows, and the problems if it failed.</summary>
/// <param name="Pages">Site paths re-rendered by an incremental build; null after a full build (every page may have changed).</param>
public sealed record PreviewState(int Build, bool IsOk, IReadOnlyList<Diagnostic> Problems, IReadOnlyList<string>? Pages, TimeSpan Elapsed)
{
    /// <summary>The files whose change led to this build: their problems are listed first (one broken page can break links on many).</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>Errors, those in the changed files first, then in file order.</summary>
    public IEnumerable<Diagnostic> Errors => Problems.Where(d => d.IsError)
        .OrderBy(d => ChangedFiles.Any(c => d.File.EndsWith(c, StringComparison.Ordinal)) ? 0 : 1);

    public static readonly PreviewState Starting = new(0, false, [], null, TimeSpan.Zero);
}
