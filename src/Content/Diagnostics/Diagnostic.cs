namespace VbeKnowledge.Content.Diagnostics;

/// <summary>How serious a diagnostic is: errors fail the build, warnings only with --strict.</summary>
public enum Severity { Warning, Error }

/// <summary>One problem found in the content, with the place and the fix an editor can act on.</summary>
/// <param name="File">Path relative to the repository root as the editor typed it, with '/' separators.</param>
/// <param name="Line">One-based line in the file.</param>
/// <param name="Column">One-based column in the file.</param>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message, string Fix)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line: <c>path:line:column: error VBE003: message. Fix: fix</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {(IsError ? "error" : "warning")} {Code}: {Message} Fix: {Fix}";
}
