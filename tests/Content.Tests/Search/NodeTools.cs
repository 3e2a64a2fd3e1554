using System.Diagnostics;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>Finds the repo and Node, and runs the lunr reference (lunr-reference.js) and lunr-search.js for real.</summary>
internal static class NodeTools
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>The source documents in the repository (sources/README.md): the sample corpus is made from them.</summary>
    public static string SourcesDir => Path.Combine(RepoRoot, "sources");

    /// <summary>The project's reference script around lunr.js and lunr.sv from npm.</summary>
    public static string OracleJs => Path.Combine(RepoRoot, "tests", "Content.Tests", "Search", "lunr-reference.js");

    public static string QueriesSv => Path.Combine(RepoRoot, "tests", "Content.Tests", "Search", "queries-sv.txt");

    public static string LunrSearchJs => Path.Combine(RepoRoot, "tests", "Content.Tests", "Search", "lunr-search.js");

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "VbeKnowledge.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("VbeKnowledge.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>
    /// Fails (or, locally without Node on PATH, skips) unless node and the repo's node_modules are there.
    /// </summary>
    public static void RequireNode()
    {
        var isOnPath = FindOnPath("node") is not null;
        if (!isOnPath)
        {
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
                Assert.Skip("node is not on PATH; install Node 20 and run `npm ci` at the repo root to check against lunr.js.");
            Assert.Fail("node is not on PATH; install Node 20 and run `npm ci` at the repo root.");
        }
        foreach (var package in new[] { "lunr", "lunr-languages" })
        {
            if (!Directory.Exists(Path.Combine(RepoRoot, "node_modules", package)))
                Assert.Fail($"node_modules/{package} is missing: run `npm ci` at the repo root ({RepoRoot}).");
        }
    }

    private static string? FindOnPath(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            if (dir.Length == 0) continue;
            var candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
            if (File.Exists(candidate + ".exe")) return candidate + ".exe";
        }
        return null;
    }

    public sealed record Run(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs <c>node script args…</c> with NODE_PATH=&lt;repo&gt;/node_modules.</summary>
    public static Run Node(string script, IEnumerable<string> args, string? stdin = null)
    {
        RequireNode();
        var psi = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = stdin is not null,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        psi.ArgumentList.Add(script);
        foreach (var arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["NODE_PATH"] = Path.Combine(RepoRoot, "node_modules");
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            using (var writer = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
                writer.Write(stdin);
        }
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"node {Path.GetFileName(script)} timed out");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static Run Oracle(params string[] args) => Node(OracleJs, args);

    public static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "vbe-search-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
