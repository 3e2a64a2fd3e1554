namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>The repository the tests run from: found by walking up from the test assembly to VbeKnowledge.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "theme");
    public static string AxeScript => Path.Combine(Root, "node_modules", "axe-core", "axe.min.js");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        throw new InvalidOperationException("VbeKnowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
