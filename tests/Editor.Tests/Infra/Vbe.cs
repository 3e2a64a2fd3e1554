using System.Diagnostics;

namespace VbeKnowledge.Editor.Tests.Infra;

/// <summary>What a finished run of the real command-line program printed and returned.</summary>
public sealed record VbeRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Fails the test with what the program printed when it did not exit with the expected code.</summary>
    public VbeRun Expect(int exitCode)
    {
        Assert.True(ExitCode == exitCode, $"Expected exit code {exitCode}, got {ExitCode}.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        return this;
    }
}

/// <summary>Runs the real generator (<c>vbe.dll</c>, built beside the tests) as a process, from the repository root.</summary>
public static class Vbe
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "vbe.dll");

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Repo.Root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    public static async Task<VbeRun> RunAsync(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new VbeRun(process.ExitCode, await stdout, await stderr);
    }
}
