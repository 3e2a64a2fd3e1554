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
        [Description("Porten på 127.0.0.1 (standard: 4000; 0 väljer en ledig).")]
        public int Port { get; init; } = 4000;

        [CommandOption("--theme <DIR>")]
        [Description("Mappen med temat (standard: theme/, annars temat som följer med det installerade verktyget).")]
        public string Theme { get; init; } = ProgramName.DefaultTheme;

        public override ValidationResult Validate()
        {
            if (Port is < 0 or > 65535) return ValidationResult.Error($"--port ska vara mellan 0 och 65535, inte {Port}.");
            if (!Directory.Exists(Theme))
                return ValidationResult.Error($"--theme: mappen '{Theme}' finns inte. Åtgärd: kör från kodförrådets rotmapp eller ange --theme MAPP.");
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
            Console.Error.WriteLine($"--port {settings.Port}: kan inte lyssna på 127.0.0.1 ({e.Message}). Åtgärd: ange en annan port, eller --port 0 för en ledig.");
            return ExitCodes.Usage;
        }
        Console.WriteLine($"Förhandsvisning: {PreviewServer.Address(app)} (bevakar {settings.Content} och {settings.Theme}; Ctrl+C avslutar)");

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
        var what = state.Pages is { } pages ? $"{Plural.Count(pages.Count, "sida", "sidor")} omgjorda" : "hela webbplatsen byggd";
        if (state.IsOk) Console.WriteLine($"Bygge {state.Build}: {what} på {state.Elapsed.TotalMilliseconds:0} ms.");
        else
        {
            DiagnosticPrinter.Print(state.Problems);
            Console.WriteLine($"Bygge {state.Build} misslyckades: {state.Problems.Count(p => p.IsError)} fel, som visas i webbläsaren; förhandsvisningen behåller den senaste fungerande webbplatsen.");
        }
    }

    private static void TryDelete(string dir)
    {
        try { if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true); }
        catch (IOException) { }
    }
}
