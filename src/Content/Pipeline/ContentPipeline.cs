using System.Diagnostics;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Markdown;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;
using VbeKnowledge.Content.Validation;

namespace VbeKnowledge.Content.Pipeline;

/// <summary>What a content load should include and what day it is (for review dates and scheduled pages).</summary>
public sealed record ContentOptions(DateOnly Today, bool IncludeDrafts = false)
{
    /// <summary>Published pages only, as of today in Stockholm (<see cref="StockholmDay"/>).</summary>
    public static ContentOptions ForToday(TimeProvider? time = null) => new(StockholmDay.Today(time ?? TimeProvider.System));

    /// <summary>Why readers do not get <paramref name="page"/> (a draft, or scheduled for a later day), or null when they do.</summary>
    public string? WhyUnpublished(Page page) =>
        IncludeDrafts ? null
        : page.IsDraft ? "den är ett utkast (draft: true)"
        : page.Publish is { } day && day > Today ? $"den publiceras först {day:yyyy-MM-dd} (publish:)"
        : null;
}

/// <summary>The result of a load: the snapshot when there were no errors, and every diagnostic either way.</summary>
public sealed record ContentResult(ContentSnapshot? Snapshot, DiagnosticBag Diagnostics, int PageCount, TimeSpan Elapsed)
{
    public bool IsSuccess => Snapshot is not null;
}

/// <summary>The shared pipeline from content/ to rendered pages, used by the generator and the API alike.</summary>
public static class ContentPipeline
{
    /// <param name="clock">Times each step when given (<c>build --timings</c>).</param>
    public static ContentResult Load(ContentFolder folder, ContentOptions options, StepClock? clock = null)
    {
        var started = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (!Directory.Exists(folder.Root))
            throw new DirectoryNotFoundException($"Mappen med innehållet '{folder.Root}' finns inte.");

        var data = SiteDataLoader.Load(folder, diagnostics);                 // content/_data/*.yml
        var sources = ContentLoader.Load(folder, diagnostics);               // content/ → SourceFile
        PlaceholderCheck.Check(sources, diagnostics);                        // text that `new` wrote for the editor
        clock?.Lap("read files");
        var history = History.GitHistory.Read(folder.Root);                  // last change per file
        clock?.Lap("git history");
        var pages = PageReader.Read(sources, data, diagnostics)              // front matter → typed Page
            .Select(p => history.TryGetValue(p.SourcePath, out var change) ? p with { LastChange = change } : p).ToList();
        clock?.Lap("front matter");
        Validator.Check(pages, folder.Root, options.Today, diagnostics);     // every problem, at once
        var loadDiagnostics = diagnostics.Sorted();
        clock?.Lap("check");
        var rendered = PageRenderer.Render(pages, folder.Root, diagnostics, options.WhyUnpublished); // Markdig, anchors, links
        clock?.Lap("markdown");
        if (diagnostics.HasErrors) return new ContentResult(null, diagnostics, sources.Count, started.Elapsed);

        return new ContentResult(Snapshot(rendered, data, options, loadDiagnostics), diagnostics, sources.Count, started.Elapsed);
    }

    /// <summary>
    /// The content after edits to the bodies of some pages (their front matter unchanged), in a fraction of
    /// a full load: only those files are read and rendered again, with the pages that link to them (their
    /// anchor links are checked anew); everything else, diagnostics included, is taken from
    /// <paramref name="previous"/>. The caller makes sure the front matter of those files is as before
    /// (the preview compares it); null when an edit needs a full load after all (a file gone, or its front
    /// matter no longer reads).
    /// </summary>
    public static ContentResult? UpdateBodies(ContentFolder folder, ContentOptions options, ContentSnapshot previous, IReadOnlyCollection<string> changedSourcePaths)
    {
        var started = Stopwatch.StartNew();
        var byPath = previous.AllRendered.ToDictionary(p => p.Page.SourcePath, StringComparer.Ordinal);
        if (changedSourcePaths.Count == 0 || !changedSourcePaths.All(byPath.ContainsKey)) return null;

        var readDiagnostics = new DiagnosticBag();
        var files = ContentLoader.LoadFiles(folder, changedSourcePaths, readDiagnostics);
        PlaceholderCheck.Check(files, readDiagnostics);
        var changed = PageReader.Read(files, previous.Data, readDiagnostics).ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        if (readDiagnostics.HasErrors || changed.Count != changedSourcePaths.Count) return null;

        var pages = previous.AllRendered
            .Select(r => changed.TryGetValue(r.Page.SourcePath, out var page) ? page with { LastChange = r.Page.LastChange } : r.Page)
            .ToList();
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in previous.LoadDiagnostics) diagnostics.Add(diagnostic);
        var rendered = PageRenderer.Render(pages, folder.Root, diagnostics, options.WhyUnpublished, byPath);
        if (diagnostics.HasErrors) return new ContentResult(null, diagnostics, pages.Count, started.Elapsed);
        return new ContentResult(Snapshot(rendered, previous.Data, options, previous.LoadDiagnostics), diagnostics, pages.Count, started.Elapsed);
    }

    private static ContentSnapshot Snapshot(IReadOnlyList<RenderedPage> rendered, SiteData data, ContentOptions options, IReadOnlyList<Diagnostic> loadDiagnostics)
    {
        var published = rendered
            .Where(p => options.WhyUnpublished(p.Page) is null)
            .OrderBy(p => p.Page.Section, StringComparer.Ordinal)
            .ThenBy(p => p.Page.IsSectionIndex ? 0 : 1)
            .ThenBy(p => p.Page.Order)
            .ThenBy(p => p.Page.Title, SwedishOrder.Instance)
            .ThenBy(p => p.Page.Id, StringComparer.Ordinal)
            .ToList();
        return new ContentSnapshot(published, data, DateTimeOffset.UtcNow, rendered, loadDiagnostics);
    }
}
