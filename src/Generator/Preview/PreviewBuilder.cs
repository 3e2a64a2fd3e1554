using System.Diagnostics;
using System.Text;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Reading;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Generator.Building;
using VbeKnowledge.Generator.Search;
using VbeKnowledge.Generator.Theme;

namespace VbeKnowledge.Generator.Preview;

/// <summary>
/// Builds the preview site and keeps it current. A full build is the production build into the
/// preview folder. When only page bodies changed, just those files are read and rendered again, with
/// the pages that link to them (links and anchors span pages), and only they are written; the search
/// data follows right after.
/// </summary>
public sealed class PreviewBuilder(BuildRequest request)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Lock _lock = new();
    private readonly string _contentRoot = Path.GetFullPath(request.ContentDir);
    private readonly string _themeRoot = Path.GetFullPath(request.ThemeDir);
    private Dictionary<string, string> _frontMatter = new(StringComparer.Ordinal);
    private BuildArtifacts? _built;
    private int _build;

    public string SiteDir { get; } = Path.GetFullPath(request.OutputDir);
    public PreviewState State { get; private set; } = PreviewState.Starting;

    public PreviewState Full()
    {
        lock (_lock)
        {
            var result = SiteBuilder.Build(request);
            _built = result.Built;
            if (result.IsSuccess) _frontMatter = ReadFrontMatter();
            return State = new PreviewState(++_build, result.IsSuccess, result.Diagnostics.Sorted(), null, result.Elapsed);
        }
    }

    /// <summary>Rebuilds for a batch of changed files; null when none of them is content or theme.</summary>
    public PreviewState? Rebuild(IReadOnlyList<string> changedPaths)
    {
        lock (_lock)
        {
            var changes = Classify(changedPaths);
            if (changes.Paths.Count == 0) return null;
            var state = changes.NeedsFullBuild || _built is null || !State.IsOk ? Full() : Incremental(changes.BodyOnlyPages);
            return State = state with { ChangedFiles = changes.Paths.Select(p => Path.GetRelativePath(Path.GetDirectoryName(_contentRoot)!, p).Replace('\\', '/')).ToList() };
        }
    }

    private PreviewState Incremental(IReadOnlyList<string> sourcePaths)
    {
        var clock = Stopwatch.StartNew();
        var folder = ContentFolder.Open(request.ContentDir);
        var previous = _built!.Snapshot;
        var content = ContentPipeline.UpdateBodies(folder, new ContentOptions(request.Today, request.IncludeDrafts), previous, sourcePaths);
        if (content is null) return Full();   // a page gone, or its front matter changed after all
        if (content.Snapshot is not { } snapshot)
            return State = new PreviewState(++_build, false, content.Diagnostics.Sorted(), null, clock.Elapsed);

        // The edited pages, and any page that links to them whose HTML came out different.
        var renderer = new ThemeRenderer(_built.Theme, snapshot, _built.Site, request.Today);
        var before = previous.Pages.ToDictionary(p => p.Page.SourcePath, StringComparer.Ordinal);
        var written = new List<string>();
        foreach (var page in snapshot.Pages.Where(p => sourcePaths.Contains(p.Page.SourcePath) || !(before.TryGetValue(p.Page.SourcePath, out var old) && old.Html == p.Html)))
        {
            WriteAtomically(page.Page.Url, renderer.Render(page));
            written.Add(page.Page.Url);
        }
        _built = _built with { Snapshot = snapshot };
        var state = State = new PreviewState(++_build, true, content.Diagnostics.Sorted(), written, clock.Elapsed);
        RefreshSearchSoon(state.Build, _built);
        return state;
    }

    /// <summary>
    /// Writes the search data of the current content over the preview's search file, after the edited
    /// page is shown (building it takes longer than rendering a page): the next search finds the new text.
    /// Built outside the lock, so a further edit meanwhile is not held up; written only if no newer build came.
    /// </summary>
    private void RefreshSearchSoon(int build, BuildArtifacts built) => Task.Run(() =>
    {
        if (built.Site.SearchIndexJs.Length == 0) return;   // built with --no-search
        var script = SearchIndexWriter.Script(SiteSearch.Build(built.Snapshot));
        lock (_lock)
        {
            if (_build != build) return;   // a newer build refreshes it in turn
            WriteAtomically(built.Site.SearchIndexJs, script);
        }
    });

    private ChangeSet Classify(IReadOnlyList<string> changedPaths)
    {
        var bodyOnly = new List<string>();
        var relevant = new List<string>();
        var isFull = false;
        foreach (var full in changedPaths.Select(Path.GetFullPath).Distinct())
        {
            // A vanished file that is not a page was an editor's temp file (sed -i, many editors save by rename).
            if (ChangeSet.IsNoise(full) || (!File.Exists(full) && !Directory.Exists(full) && !full.EndsWith(".md", StringComparison.Ordinal))) continue;
            if (IsUnder(full, _themeRoot)) { relevant.Add(full); isFull = true; continue; }
            if (!IsUnder(full, _contentRoot)) continue;
            relevant.Add(full);
            var relative = Path.GetRelativePath(_contentRoot, full).Replace('\\', '/');
            if (relative.StartsWith('_') || !relative.EndsWith(".md", StringComparison.Ordinal) || !File.Exists(full)
                || !_frontMatter.TryGetValue(relative, out var before) || FrontMatterOf(full) != before)
                isFull = true;
            else bodyOnly.Add(relative);
        }
        return new ChangeSet(bodyOnly, isFull, relevant);
    }

    private Dictionary<string, string> ReadFrontMatter()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(_contentRoot, "*.md", SearchOption.AllDirectories))
            if (FrontMatterOf(file) is { } yaml) map[Path.GetRelativePath(_contentRoot, file).Replace('\\', '/')] = yaml;
        return map;
    }

    private static string? FrontMatterOf(string path)
    {
        try
        {
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            return FrontMatter.Split(text, out _)?.Yaml;
        }
        catch (IOException) { return null; }   // being written: the next change event will come
    }

    /// <summary>Writes beside the page, then moves over it, so a request never sees half a page.</summary>
    private void WriteAtomically(string sitePath, string html) => WriteAtomically(sitePath, Utf8.GetBytes(html));

    private void WriteAtomically(string sitePath, byte[] bytes)
    {
        var path = Path.Combine(SiteDir, sitePath);
        var temp = path + ".preview-tmp";
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, path, overwrite: true);
    }

    private static bool IsUnder(string path, string root) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
