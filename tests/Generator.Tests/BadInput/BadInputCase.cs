using System.Text;

namespace VbeKnowledge.Generator.Tests.BadInput;

/// <summary>What the build must report for a case: a diagnostic code at a file and line (1-based).</summary>
public sealed record ExpectedDiagnostic(string Code, string File, int Line);

/// <summary>
/// One named piece of hostile or broken content, added to a small valid site. Files are bytes so
/// a case can hold a BOM, CRLF, NUL bytes or invalid UTF-8 exactly as an editor's disk would.
/// <paramref name="Expected"/> empty means the build must accept the file and succeed.
/// </summary>
public sealed record BadInputCase(string Name, IReadOnlyDictionary<string, byte[]> Files, IReadOnlyList<ExpectedDiagnostic> Expected)
{
    public bool IsAccepted => Expected.Count == 0 || Expected.All(e => e.Code.StartsWith("VBE1", StringComparison.Ordinal));

    public override string ToString() => Name;

    public static BadInputCase Text(string name, string path, string text, params ExpectedDiagnostic[] expected) =>
        new(name, new Dictionary<string, byte[]> { [path] = Encoding.UTF8.GetBytes(text) }, expected);

    public static BadInputCase Bytes(string name, string path, byte[] bytes, params ExpectedDiagnostic[] expected) =>
        new(name, new Dictionary<string, byte[]> { [path] = bytes }, expected);
}
