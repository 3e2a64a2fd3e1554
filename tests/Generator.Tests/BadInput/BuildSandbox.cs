using System.Diagnostics;
using VbeKnowledge.Generator.Building;

namespace VbeKnowledge.Generator.Tests.BadInput;

/// <summary>
/// A temp folder holding content/ and out/, built with the repository's theme. Snapshots the whole
/// folder so a test can tell whether the build wrote anything outside out/.
/// </summary>
public sealed class BuildSandbox : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public BuildSandbox()
    {
        Root = Path.Combine(Path.GetTempPath(), "vbe-badinput-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentDir);
    }

    public string Root { get; }
    public string ContentDir => Path.Combine(Root, "content");
    public string OutputDir => Path.Combine(Root, "out");

    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Builds on a worker thread and fails the test if the build has not returned within the timeout.</summary>
    public BuildResult Build(TimeSpan timeout)
    {
        var request = new BuildRequest(ContentDir, OutputDir, Path.Combine(RepoRoot, "theme"), "/", Today);
        var task = Task.Run(() => SiteBuilder.Build(request));
        if (!task.Wait(timeout))
            Assert.Fail($"the build did not finish within {timeout.TotalSeconds:0} s (a hang)");
        return task.GetAwaiter().GetResult();
    }

    /// <summary>Every file and folder under the sandbox except out/, with size and write time.</summary>
    public IReadOnlyList<string> SnapshotOutsideOutput()
    {
        var parent = Path.GetDirectoryName(Root)!;
        var entries = new List<string>();
        foreach (var entry in Directory.EnumerateFileSystemEntries(Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Root, entry);
            if (relative == "out" || relative.StartsWith("out" + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var info = new FileInfo(entry);
            entries.Add(Directory.Exists(entry) ? relative + "/" : $"{relative} {info.Length} {info.LastWriteTimeUtc:O}");
        }
        // Siblings of the sandbox that carry its name (e.g. a leftover "out.tmp-…" written beside it).
        entries.AddRange(Directory.EnumerateFileSystemEntries(parent, Path.GetFileName(Root) + "*").Select(e => "sibling " + Path.GetFileName(e)));
        entries.Sort(StringComparer.Ordinal);
        return entries;
    }

    public IEnumerable<string> HtmlFiles() =>
        Directory.Exists(OutputDir) ? Directory.EnumerateFiles(OutputDir, "*.html", SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        throw new InvalidOperationException("VbeKnowledge.sln not found above " + AppContext.BaseDirectory);
    }
}
