using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Building;

/// <summary>The outcome of a build: success with counts, or the diagnostics that stopped it.</summary>
public sealed record BuildResult(bool IsSuccess, DiagnosticBag Diagnostics, int PageCount, string OutputDir, long SearchIndexBytes, long SearchIndexGzipBytes, TimeSpan Elapsed)
{
    /// <summary>What a successful build rendered with, so the preview can re-render single pages after it.</summary>
    public BuildArtifacts? Built { get; init; }

    /// <summary>How long each step took, in order (<c>build --timings</c> prints them).</summary>
    public IReadOnlyList<Content.Pipeline.PipelineStep> Steps { get; init; } = [];
}

/// <summary>The parsed theme, the content and the site view of a finished build.</summary>
public sealed record BuildArtifacts(Theme.ThemeTemplates Theme, Content.Pipeline.ContentSnapshot Snapshot, Theme.SiteView Site);
