using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Caching;
using VbeKnowledge.Api.Configuration;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Api.Snapshots;

/// <summary>
/// Loads the content at start-up, then watches the folder: after a quiet period it loads a new snapshot in the
/// background, swaps it in and evicts the cached responses of the content types that changed. A load with errors
/// keeps the last good snapshot and is reported on /health/ready and in the log. At midnight in Stockholm it loads
/// again without a file change, so that scheduled pages appear and review notices move on by themselves.
/// </summary>
public sealed class ContentWatcher(
    SnapshotLoader loader, SnapshotStore store, IOutputCacheStore cache, IOptions<ContentFolderOptions> options,
    TimeProvider time, ILogger<ContentWatcher> logger) : IHostedService, IDisposable
{
    /// <summary>Past midnight by this much, so that the clock has surely turned to the new day.</summary>
    private static readonly TimeSpan AfterMidnight = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private FileSystemWatcher? _watcher;
    private Timer? _debounce;
    private ITimer? _midnight;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first load runs before the server takes requests; if it fails the API still starts and says why on /health/ready.
        // A stop (SIGTERM, Ctrl+C) during that load must not wait for it: at 10,000 pages it takes many seconds, longer
        // than a service manager grants. The load is left to finish in the background of a process that is ending.
        try
        {
            await ReloadAsync(isFirst: true).WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Stopped while loading the content from {ContentRoot}.", loader.ContentRoot);
            Stop();
            return;
        }
        _debounce = new Timer(_ => _ = ReloadAsync(isFirst: false));
        _midnight = time.CreateTimer(_ => OnMidnight(), null, StockholmDay.UntilNextMidnight(time) + AfterMidnight, Timeout.InfiniteTimeSpan);
        if (!Directory.Exists(loader.ContentRoot))
        {
            logger.LogError("Not watching {ContentRoot}: the folder does not exist.", loader.ContentRoot);
            return;
        }
        _watcher = new FileSystemWatcher(loader.ContentRoot)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        _watcher.Changed += OnChanged;
        _watcher.Created += OnChanged;
        _watcher.Deleted += OnChanged;
        _watcher.Renamed += OnChanged;
        _watcher.Error += (_, e) => { logger.LogWarning(e.GetException(), "The content watcher lost events; reloading everything."); Schedule(); };
        _watcher.EnableRaisingEvents = true;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Stop();
        return Task.CompletedTask;
    }

    /// <summary>Idempotent: the host may dispose the watcher before or after stopping it.</summary>
    private void Stop()
    {
        lock (_stopping)
        {
            if (_stopping.IsCancellationRequested) return;
            _stopping.Cancel();
        }
        _debounce?.Dispose();
        _midnight?.Dispose();
        _watcher?.Dispose();
    }

    /// <summary>A new day in Stockholm: load again (what is published depends on the date), then wait for the next midnight.</summary>
    private void OnMidnight()
    {
        logger.LogInformation("A new day in Stockholm ({Today:yyyy-MM-dd}): loading the content again for scheduled pages and review dates.", StockholmDay.Today(time));
        _ = ReloadAsync(isFirst: false);
        try
        {
            _midnight?.Change(StockholmDay.UntilNextMidnight(time) + AfterMidnight, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // Stopping.
        }
    }

    private void OnChanged(object sender, FileSystemEventArgs e) => Schedule();

    /// <summary>Restarts the quiet period: an editor's save of several files becomes one load.</summary>
    private void Schedule()
    {
        try
        {
            _debounce?.Change(options.Value.ReloadDelayMilliseconds, Timeout.Infinite);
        }
        catch (ObjectDisposedException)
        {
            // An event that arrives while stopping needs no reload.
        }
    }

    private async Task ReloadAsync(bool isFirst)
    {
        if (_stopping.IsCancellationRequested) return;
        await _loading.WaitAsync();
        try
        {
            var (content, report) = await Task.Run(loader.Load);
            if (content is null)
            {
                store.RecordFailure(report);
                var kept = store.Served is null ? "nothing is served until the content is fixed" : "the last good content is still served";
                logger.LogError("Loading the content failed with {ErrorCount} error(s); {Kept}:{NewLine}{Errors}",
                    report.Errors.Count, kept, Environment.NewLine, string.Join(Environment.NewLine, report.Errors));
                return;
            }
            await EvictAsync(SwapIn(content, report, isFirst));
        }
        catch (Exception e)
        {
            store.RecordFailure(LoadReport.Crashed($"{loader.ContentRoot}: error: loading crashed: {e.Message}"));
            logger.LogError(e, "Loading the content crashed; the last good content is still served.");
        }
        finally
        {
            ReleaseLoadMemory();  // after a failed load too: its peak was as large
            _loading.Release();
        }
    }

    /// <summary>
    /// Swaps the new content in and says which cache tags to evict. Not part of the async ReloadAsync, whose state
    /// machine would keep the replaced content alive as a field until the reload ends.
    /// </summary>
    private IReadOnlyList<string> SwapIn(ServedContent content, LoadReport report, bool isFirst)
    {
        var previous = store.SwapIn(content, report);
        // On the first load we cannot know what a shared cache still holds from before this process.
        return isFirst ? [CacheTags.Content] : CacheTags.ToEvict(ServedContent.ChangedTypes(previous, content));
    }

    /// <summary>
    /// A load's peak (files, Markdig trees, every page's JSON for the fingerprints, the replaced content) would stay
    /// committed to the process: Workstation GC keeps freed memory for reuse. Issue 6 measures resident memory, so
    /// hand it back once per load; a blocking collection of what is mostly garbage, a few ms at the real content's size.
    /// </summary>
    private static void ReleaseLoadMemory() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

    private async Task EvictAsync(IReadOnlyList<string> tags)
    {
        foreach (var tag in tags)
        {
            try
            {
                await cache.EvictByTagAsync(tag, _stopping.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A shared cache that is down holds nothing we could serve; its entries expire on their own.
                logger.LogWarning(e, "Could not evict cache tag {Tag}.", tag);
            }
        }
        if (tags.Count > 0) logger.LogInformation("Evicted cached responses tagged {Tags}.", string.Join(", ", tags));
    }

    // The token source is not disposed: a reload already running may still read its token.
    public void Dispose() => Stop();
}
