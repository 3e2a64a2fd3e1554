using System.ComponentModel;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Generator.Building;
using VbeKnowledge.Generator.Preview;

namespace VbeKnowledge.Generator.Commands;

/// <summary>
/// <c>serve</c>: a live preview on 127.0.0.1. Builds into a temporary folder, watches content/ and
/// theme/, rebuilds what changed and reloads the open page; content errors show in the browser.
/// </summary>
public sealed class ServeCommand : AsyncCommand<ServeCommand.Settings>
{
    public sealed class Settings : ContentSettings
    {
        [CommandOption("--port <N>")]
        [Description("The port on 127.0.0.1 (default: 4000; 0 picks a free one).")]
        public int Port { get; init; } = 4000;

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder (default: theme/, else the theme the installed tool carries).")]
        public string Theme { get; init; } = ProgramName.DefaultTheme;

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535) return ValidationResult.Error($"--port must be between 0 and 65535; got {Port}.");
            if (!Directory.Exists(Theme))
                return ValidationResult.Error($"--theme: the folder '{Theme}' does not exist. Fix: run from the repository root or pass --theme DIR.");
            return base.Validate();
        }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var previewDir = Path.Combine(Path.GetTempPath(), $"vbe-preview-{Environment.ProcessId}", "site");
        var builder = new PreviewBuilder(new BuildRequest(settings.Content, previewDir, settings.Theme, "/", settings.TodayDate, settings.IncludeDrafts)
        {
            RunsSearchTests = false,   // relevance tests belong to check and build; the preview's rebuilds stay quick
        });
        var reloads = new ReloadChannel();
        Report(builder.Full());

        await using var app = PreviewServer.Create(settings.Port, builder, reloads);
        try { await app.StartAsync(cancellationToken); }
        catch (IOException e)
        {
            Console.Error.WriteLine($"--port {settings.Port}: cannot listen on 127.0.0.1 ({e.Message}). Fix: pass another port, or --port 0 for a free one.");
            return ExitCodes.Usage;
        }
        Console.WriteLine($"Preview: {PreviewServer.Address(app)} (watching {settings.Content} and {settings.Theme}; Ctrl+C stops)");

        using var watcher = new ChangeWatcher([settings.Content, settings.Theme]);
        var watching = Watch(watcher, builder, reloads, app.Lifetime.ApplicationStopping);
        await app.WaitForShutdownAsync(cancellationToken);
        await watching;
        TryDelete(Path.GetDirectoryName(previewDir)!);
        return ExitCodes.Ok;
    }

    private static async Task Watch(ChangeWatcher watcher, PreviewBuilder builder, ReloadChannel reloads, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            IReadOnlyList<string> batch;
            try { batch = await watcher.NextBatchAsync(TimeSpan.FromMilliseconds(60), stop); }
            catch (OperationCanceledException) { return; }
            var state = builder.Rebuild(batch);
            if (state is null) continue;
            Report(state);
            reloads.Publish(state);
        }
    }

    private static void Report(PreviewState state)
    {
        var what = state.Pages is { } pages ? $"{pages.Count} page(s) re-rendered" : "full build";
        if (state.IsOk) Console.WriteLine($"Build {state.Build}: {what} in {state.Elapsed.TotalMilliseconds:0} ms.");
        else
        {
            DiagnosticPrinter.Print(state.Problems);
            Console.WriteLine($"Build {state.Build} failed: {state.Problems.Count(p => p.IsError)} error(s), shown in the browser; the preview keeps the last good site.");
        }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
