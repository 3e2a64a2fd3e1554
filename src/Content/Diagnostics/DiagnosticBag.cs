namespace VbeKnowledge.Content.Diagnostics;

/// <summary>Collects every problem of a run so they can all be reported at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public bool HasErrors { get { lock (_lock) return _items.Exists(d => d.IsError); } }
    public int ErrorCount { get { lock (_lock) return _items.Count(d => d.IsError); } }
    public int WarningCount { get { lock (_lock) return _items.Count(d => !d.IsError); } }

    public void Add(Diagnostic diagnostic) { lock (_lock) _items.Add(diagnostic); }

    public void AddRange(DiagnosticBag other)
    {
        var items = other.Sorted();
        lock (_lock) _items.AddRange(items);
    }

    /// <summary>All diagnostics sorted by file, line and column, so output is stable between runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
            return _items
                .OrderBy(d => d.File, StringComparer.Ordinal)
                .ThenBy(d => d.Line).ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
    }
}
