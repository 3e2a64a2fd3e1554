using Microsoft.Extensions.Options;
using VbeKnowledge.Api.Configuration;
using VbeKnowledge.Content.Json;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Api.Snapshots;

/// <summary>Runs the shared content pipeline over the configured folder and builds what the endpoints serve.</summary>
public sealed class SnapshotLoader(IOptions<ContentFolderOptions> folder, IOptions<SiteOptions> site, TimeProvider time, ILogger<SnapshotLoader> logger)
{
    public string ContentRoot { get; } = Path.GetFullPath(folder.Value.Path);

    /// <summary>Loads the folder; never throws for bad content, only reports it.</summary>
    public (ServedContent? Content, LoadReport Report) Load()
    {
        try
        {
            if (!Directory.Exists(ContentRoot))
                return (null, LoadReport.Crashed($"{ContentRoot}: error: the content folder does not exist. Fix: set Content:Path to the content folder."));
            var today = StockholmDay.Today(time);   // scheduled pages and review notices turn at midnight in Stockholm
            var result = ContentPipeline.Load(ContentFolder.Open(ContentRoot), new ContentOptions(today, folder.Value.IncludeDrafts));
            var report = LoadReport.From(result.Diagnostics, result.IsSuccess, result.Snapshot?.Pages.Count ?? 0);
            if (result.Snapshot is null) return (null, report);
            var content = new ServedContent(result.Snapshot, SiteLinks.Create(site.Value.BaseUrl));
            logger.LogInformation("Loaded {PageCount} pages from {ContentRoot} in {Elapsed} ms ({WarningCount} warnings).",
                report.PageCount, ContentRoot, (int)result.Elapsed.TotalMilliseconds, report.WarningCount);
            return (content, report);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An editor's save can be half-written when we read it; the next change event loads it again.
            return (null, LoadReport.Crashed($"{ContentRoot}: error: the content could not be read: {e.Message}"));
        }
    }
}
