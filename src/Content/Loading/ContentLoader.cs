using System.Text;
using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Content.Loading;

/// <summary>Reads every page file of a content folder: Markdown only, README.md and folders starting with '_' or '.' skipped.</summary>
public static class ContentLoader
{
    /// <summary>Pages larger than this are refused: no page the knowledge base needs comes close.</summary>
    public const long MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<SourceFile> Load(ContentFolder folder, DiagnosticBag diagnostics)
    {
        // In parallel and in order: reading 10,000 small files one by one waits on the disk more than it works.
        return EnumeratePages(folder.Root).AsParallel().AsOrdered()
            .Select(path =>
            {
                var relative = Path.GetRelativePath(folder.Root, path).Replace('\\', '/');
                var display = folder.Display(relative);
                return ReadText(path, display, diagnostics) is { } text ? new SourceFile(relative, display, path, text) : null;
            })
            .Where(file => file is not null)
            .ToList()!;
    }

    /// <summary>Reads just these page files (content paths such as <c>rutiner/vid-oro.md</c>), for an update after an edit.</summary>
    public static IReadOnlyList<SourceFile> LoadFiles(ContentFolder folder, IEnumerable<string> relativePaths, DiagnosticBag diagnostics) =>
        relativePaths.Select(relative =>
            {
                var display = folder.Display(relative);
                var path = Path.Combine(folder.Root, relative);
                return File.Exists(path) && ReadText(path, display, diagnostics) is { } text ? new SourceFile(relative, display, path, text) : null;
            })
            .Where(file => file is not null)
            .ToList()!;

    private static IEnumerable<string> EnumeratePages(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var pending = new Stack<string>([root]);
        var result = new List<string>();
        while (pending.TryPop(out var dir))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.md", options))
                if (!string.Equals(Path.GetFileName(file), "README.md", StringComparison.OrdinalIgnoreCase))
                    result.Add(file);
            foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
            {
                var name = Path.GetFileName(sub);
                if (!name.StartsWith('_') && !name.StartsWith('.') && name != "node_modules") pending.Push(sub);
            }
        }
        result.Sort(StringComparer.Ordinal);
        return result;
    }

    private static string? ReadText(string path, string display, DiagnosticBag diagnostics)
    {
        var at = SourcePosition.StartOf(display);
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes) { diagnostics.Add(DiagnosticCatalog.FileTooLarge(at, length, MaxFileBytes)); return null; }
        var bytes = File.ReadAllBytes(path);
        if (Array.IndexOf(bytes, (byte)0) >= 0) { diagnostics.Add(DiagnosticCatalog.NotText(at, "den innehåller NUL-tecken (binära data)")); return null; }
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { diagnostics.Add(DiagnosticCatalog.NotText(at, "den är inte giltig UTF-8")); return null; }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text)) { diagnostics.Add(DiagnosticCatalog.EmptyFile(at)); return null; }
        return text;
    }
}
