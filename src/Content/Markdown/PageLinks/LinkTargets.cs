using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Content.Markdown.PageLinks;

/// <summary>
/// What links may point to: every page by its content path with its heading anchors, the files on disk,
/// and which pages readers do not get (drafts, scheduled pages).
/// </summary>
public sealed class LinkTargets(IReadOnlyDictionary<string, (Page Page, IReadOnlySet<string> Anchors)> pages, string contentRoot,
    Func<Page, string?> whyUnpublished)
{
    private readonly Lazy<string[]> _paths = new(() => pages.Keys.Order(StringComparer.Ordinal).ToArray());

    public bool TryGetPage(string sourcePath, out Page page, out IReadOnlySet<string> anchors)
    {
        if (pages.TryGetValue(sourcePath, out var entry)) { page = entry.Page; anchors = entry.Anchors; return true; }
        page = null!;
        anchors = null!;
        return false;
    }

    public bool FileExists(string contentPath) => File.Exists(Path.Combine(contentRoot, contentPath));

    /// <summary>Why readers do not get <paramref name="page"/>, or null when it is published.</summary>
    public string? WhyUnpublished(Page page) => whyUnpublished(page);

    /// <summary>
    /// The page whose file name is nearest to a mistyped link's (the path's folder may be wrong too): in the
    /// link's own folder when a page there has that name, else anywhere in content/; null when none is near.
    /// </summary>
    public string? NearestPage(string sourcePath)
    {
        static string Stem(string path) => System.IO.Path.GetFileNameWithoutExtension(path);
        static string Folder(string path) => path.Contains('/') ? path[..path.LastIndexOf('/')] : "";
        if (Suggestions.Closest(Stem(sourcePath), _paths.Value.Select(Stem).Distinct()) is not { } stem) return null;
        var matches = _paths.Value.Where(p => Stem(p) == stem).ToList();
        return matches.FirstOrDefault(p => Folder(p) == Folder(sourcePath)) ?? matches[0];
    }
}
