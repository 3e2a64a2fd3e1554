using System.Diagnostics;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Generator.Tests.Cli;

/// <summary>
/// The generator as an editor installs it: packed as the .NET tool <c>vbe</c>, installed into a
/// temporary tool path, and run in a folder that holds only content/ (no theme/, no node_modules).
/// </summary>
public sealed class ToolPackageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    [Fact]
    public void The_packed_tool_installs_and_builds_the_real_content_with_its_own_theme_and_search()
    {
        var feed = _temp.Combine("feed");
        var tools = _temp.Combine("tools");
        var work = _temp.Combine("work");
        Run(RepoRoot.Path, "dotnet", "pack", Path.Combine("src", "Generator"), "-c", "Release", "-o", feed, "-p:PackageOutputPath=" + feed);
        // A package cache of its own: the machine's cache may hold an older vbe of the same version.
        Run(_temp.Path, "dotnet", "tool", "install", "vbe", "--tool-path", tools, "--source", feed);
        _temp.CopyTree(RepoRoot.Content, Path.Combine("work", "content"));

        var vbe = Path.Combine(tools, "vbe");
        var version = Run(work, vbe, "--version");
        var help = Run(work, vbe, "--help");
        var build = Run(work, vbe, "build", "--today", "2026-11-24");

        Assert.Matches(@"^vbe \d+\.\d+\.\d+\n$", version);
        Assert.Contains("vbe [OPTIONS] <COMMAND>", help);
        Assert.Matches(@"\d+ sidor, 0 varningar", build);
        var site = Path.Combine(work, "artifacts", "site");
        Assert.True(File.Exists(Path.Combine(site, "rutiner", "vid-oro.html")));
        Assert.Single(Directory.GetFiles(Path.Combine(site, "assets"), "lunr-sv.*.js"));
        Assert.Single(Directory.GetFiles(Path.Combine(site, "assets"), "search-index.*.js"));
    }

    private string Run(string directory, string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (args is ["tool", ..]) start.Environment["NUGET_PACKAGES"] = _temp.Combine("packages");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {string.Join(' ', args)} did not finish in 5 minutes");
        }
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} exited {process.ExitCode}:\n{stdout.Result}\n{stderr.Result}");
        return stdout.Result;
    }

    public void Dispose() => _temp.Dispose();
}
