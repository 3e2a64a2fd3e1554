using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Api.Snapshots;

/// <summary>The outcome of the latest attempt to load the content folder.</summary>
/// <param name="Errors">Compiler-style lines (<c>file:line:column: fel CODE: message Åtgärd: …</c>), empty on success.</param>
public sealed record LoadReport(DateTimeOffset At, bool IsSuccess, int PageCount, int WarningCount, IReadOnlyList<string> Errors)
{
    public static LoadReport NotYetLoaded { get; } = new(DateTimeOffset.MinValue, false, 0, 0, ["the content has not been loaded yet."]);

    public static LoadReport From(DiagnosticBag diagnostics, bool isSuccess, int pageCount) => new(
        DateTimeOffset.UtcNow, isSuccess, pageCount, diagnostics.WarningCount,
        [.. diagnostics.Sorted().Where(d => d.IsError).Select(d => d.ToString())]);

    public static LoadReport Crashed(string problem) => new(DateTimeOffset.UtcNow, false, 0, 0, [problem]);
}
