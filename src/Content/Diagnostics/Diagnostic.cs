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

    /// <summary>"fel" or "varning": the severity as an editor reads it.</summary>
    public string SeverityText => IsError ? "fel" : "varning";

    /// <summary>The message and the fix as one text: <c>message Åtgärd: fix</c>.</summary>
    public string Text => $"{Message} Åtgärd: {Fix}";

    /// <summary>The compiler-style line, in Swedish: <c>path:line:column: fel VBE003: message Åtgärd: fix</c>.</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {SeverityText} {Code}: {Text}";
}
