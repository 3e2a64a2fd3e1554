using System.Diagnostics;
using VbeKnowledge.Api.Tests.Infrastructure;

namespace VbeKnowledge.Api.Tests;

/// <summary>
/// The published API as its own process, stopped the way systemd and Kubernetes stop it (SIGTERM) while its first
/// content load is still running. A named pipe in the content folder holds that load for as long as the test wants:
/// opening it for reading waits until a writer comes, which none does.
/// </summary>
public sealed class StopDuringFirstLoadTests
{
    [Fact]
    public async Task Sigterm_during_the_first_load_stops_the_api_at_once_and_cleanly()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Named pipes and /proc are Linux's.");
        var cancellation = TestContext.Current.CancellationToken;
        using var content = new FixtureContent();
        var pipe = content.PathOf("rutiner/halvsparad.md");
        await RunAsync("mkfifo", pipe, cancellation);

        using var api = Process.Start(new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "VbeKnowledge.Api"))
        {
            ArgumentList = { "--urls", "http://127.0.0.1:0", "--Content:Path", content.Root, "--Site:BaseUrl", ApiFactory.SiteBaseUrl },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // The runtime's debugger transport waits on a named pipe of its own; without it, the only thread waiting
            // for a pipe's writer is the content load.
            Environment = { ["DOTNET_EnableDiagnostics"] = "0" },
        })!;
        var output = api.StandardOutput.ReadToEndAsync(cancellation);
        var errors = api.StandardError.ReadToEndAsync(cancellation);
        try
        {
            await Http.EventuallyAsync(() => Task.FromResult(IsWaitingForAWriter(api.Id)), "the API is blocked opening the named pipe", seconds: 60);

            await RunAsync("kill", $"-TERM {api.Id}", cancellation);
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            patience.CancelAfter(TimeSpan.FromSeconds(15));
            await api.WaitForExitAsync(patience.Token);
        }
        finally
        {
            if (!api.HasExited) api.Kill(entireProcessTree: true);
        }

        var log = await output + await errors;
        Assert.True(api.ExitCode == 0, $"exit code {api.ExitCode}:\n{log}");
        Assert.Contains("Stopped while loading the content", log);
    }

    /// <summary>True once a thread of the process waits in open() for a writer to the pipe: the load is under way.</summary>
    private static bool IsWaitingForAWriter(int pid)
    {
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "wchan")) == "wait_for_partner") return true;
            }
            catch (IOException)
            {
                // The thread ended while we looked.
            }
        }
        return false;
    }

    private static async Task RunAsync(string command, string arguments, CancellationToken cancellation)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })!;
        await process.WaitForExitAsync(cancellation);
        Assert.True(process.ExitCode == 0, $"{command} {arguments}: {await process.StandardError.ReadToEndAsync(cancellation)}");
    }
}
