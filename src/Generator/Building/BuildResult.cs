using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Building;

/// <summary>The outcome of a build: success with counts, or the diagnostics that stopped it.</summary>
public sealed record BuildResult(bool IsSuccess, DiagnosticBag Diagnostics, int PageCount, string OutputDir, long SearchIndexBytes, long SearchIndexGzipBytes, TimeSpan Elapsed);
