namespace VbeKnowledge.Content.Loading;

/// <summary>The content folder on disk and how its paths are shown to editors.</summary>
public sealed record ContentFolder(string Root, string DisplayPrefix)
{
    /// <summary>Opens a folder; paths in messages are shown relative to the working directory when inside it.</summary>
    public static ContentFolder Open(string path)
    {
        var root = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), root).Replace('\\', '/');
        var prefix = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? root.Replace('\\', '/') : relative;
        return new ContentFolder(root, prefix == "." ? "" : prefix.TrimEnd('/') + "/");
    }

    public string Display(string relativePath) => DisplayPrefix + relativePath;

    public string DataFile(string name) => Path.Combine(Root, "_data", name);
}
