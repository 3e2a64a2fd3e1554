namespace VbeKnowledge.Api.Snapshots;

/// <summary>
/// Holds the content being served and the report of the latest load. A new snapshot is swapped in with one
/// reference write, so a request sees either the old content or the new, never a mix.
/// </summary>
public sealed class SnapshotStore
{
    private ServedContent? _served;
    private LoadReport _lastLoad = LoadReport.NotYetLoaded;
    private LoadReport? _lastGoodLoad;

    /// <summary>The last good content, or null when no load has succeeded yet.</summary>
    public ServedContent? Served => Volatile.Read(ref _served);

    /// <summary>For endpoints behind <see cref="ContentAvailableFilter"/>, which answers 503 while there is nothing to serve.</summary>
    public ServedContent Current => Served ?? throw new InvalidOperationException("No content has been loaded; ContentAvailableFilter should have answered 503.");

    public LoadReport LastLoad => Volatile.Read(ref _lastLoad);

    /// <summary>The report of the load that produced <see cref="Served"/>.</summary>
    public LoadReport? LastGoodLoad => Volatile.Read(ref _lastGoodLoad);

    /// <summary>Swaps in new content; returns the content it replaces.</summary>
    public ServedContent? SwapIn(ServedContent content, LoadReport report)
    {
        Volatile.Write(ref _lastGoodLoad, report);
        Volatile.Write(ref _lastLoad, report);
        return Interlocked.Exchange(ref _served, content);
    }

    /// <summary>Records a failed load; the last good content stays in place.</summary>
    public void RecordFailure(LoadReport report) => Volatile.Write(ref _lastLoad, report);
}
