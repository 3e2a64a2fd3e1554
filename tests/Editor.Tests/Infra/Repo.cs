namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>Paths of the repository the tests run in: the real content/ and theme/.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "theme");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        throw new InvalidOperationException("VbeKnowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
