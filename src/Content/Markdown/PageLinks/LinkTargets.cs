using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Content.Markdown.PageLinks;

/// <summary>What links may point to: every page by its content path with its heading anchors, and the files on disk.</summary>
public sealed class LinkTargets(IReadOnlyDictionary<string, (Page Page, IReadOnlySet<string> Anchors)> pages, string contentRoot)
{
    public bool TryGetPage(string sourcePath, out Page page, out IReadOnlySet<string> anchors)
    {
        if (pages.TryGetValue(sourcePath, out var entry)) { page = entry.Page; anchors = entry.Anchors; return true; }
        page = null!;
        anchors = null!;
        return false;
    }

    public bool FileExists(string contentPath) => File.Exists(Path.Combine(contentRoot, contentPath));
}
