namespace VbeKnowledge.Content.Tests.Infrastructure;

/// <summary>The repository the tests run in, found by walking up from the test binaries to VbeKnowledge.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    public static string Content => System.IO.Path.Combine(Path, "content");

    public static string Fixtures => System.IO.Path.Combine(Path, "tests", "Content.Tests", "Fixtures");

    /// <summary>The source documents the content is written from, carried in the repository (sources/README.md).</summary>
    public static string Seeds => System.IO.Path.Combine(Path, "sources");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No VbeKnowledge.sln above {AppContext.BaseDirectory}.");
    }
}
