using System.Threading.Channels;

namespace VbeKnowledge.Generator.Preview;

/// <summary>
/// Watches folders and reports changed files in batches: a batch closes when no further change has
/// come for a short quiet time, so an editor's save (often write + rename) rebuilds once.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();

    public ChangeWatcher(IEnumerable<string> folders)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
            watcher.Renamed += (_, e) => { _changes.Writer.TryWrite(e.OldFullPath); _changes.Writer.TryWrite(e.FullPath); };
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>The next batch of changed paths; waits for the first change, then for a quiet moment.</summary>
    public async Task<IReadOnlyList<string>> NextBatchAsync(TimeSpan quiet, CancellationToken cancellationToken)
    {
        var batch = new HashSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            wait.CancelAfter(quiet);
            try { batch.Add(await _changes.Reader.ReadAsync(wait.Token)); }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested) { return batch.ToList(); }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
    }
}
