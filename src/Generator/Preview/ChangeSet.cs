namespace VbeKnowledge.Generator.Preview;

/// <summary>
/// The files changed since the last preview build, sorted into what they require: Markdown pages whose
/// front matter is unchanged only need their own page re-rendered; anything else (front matter, a new or
/// deleted page, data files, images, the theme) needs a full build.
/// </summary>
public sealed record ChangeSet(IReadOnlyList<string> BodyOnlyPages, bool NeedsFullBuild, IReadOnlyList<string> Paths)
{
    /// <summary>Editor back-up and swap files, which are not content.</summary>
    public static bool IsNoise(string path)
    {
        var name = Path.GetFileName(path);
        return name.Length == 0 || name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)
            || name.EndsWith(".tmp", StringComparison.Ordinal) || name.Equals("README.md", StringComparison.OrdinalIgnoreCase);
    }
}
