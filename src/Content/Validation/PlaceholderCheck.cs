using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;

namespace VbeKnowledge.Content.Validation;

/// <summary>
/// The text that <c>new</c> writes for the editor to replace starts with <see cref="Marker"/>: a page that
/// still has it would be published half-written, so each one is an error at its line and column.
/// </summary>
public static class PlaceholderCheck
{
    public const string Marker = "FYLL I:";

    public static void Check(IEnumerable<SourceFile> files, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            if (!file.Text.Contains(Marker, StringComparison.Ordinal)) continue;   // nearly every file: no split into lines
            var lines = file.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(Marker, StringComparison.Ordinal);
                if (column < 0) continue;
                var placeholder = lines[i][column..].TrimEnd('\r');
                var end = placeholder.IndexOf('"');
                diagnostics.Add(DiagnosticCatalog.Placeholder(new SourcePosition(file.DisplayPath, i + 1, column + 1), end > 0 ? placeholder[..end] : placeholder));
            }
        }
    }
}
