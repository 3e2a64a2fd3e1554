using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Generator.Building;
using VbeKnowledge.Generator.Output;

namespace VbeKnowledge.Generator.Commands;

/// <summary><c>build</c>: checks the content, then writes the whole site and swaps it in.</summary>
public sealed class BuildCommand : Command<BuildCommand.Settings>
{
    public sealed class Settings : ContentSettings
    {
        [CommandOption("--output <DIR>")]
        [Description("Var webbplatsen skrivs (standard: artifacts/site/).")]
        public string Output { get; init; } = "artifacts/site";

        [CommandOption("--theme <DIR>")]
        [Description("Mappen med temat (standard: theme/, annars temat som följer med det installerade verktyget).")]
        public string Theme { get; init; } = ProgramName.DefaultTheme;

        [CommandOption("--base-url <URL>")]
        [Description("Webbplatsens adress: en sökväg som /vbe/ eller en https://-adress (standard: /).")]
        public string BaseUrl { get; init; } = "/";

        [CommandOption("--no-search")]
        [Description("Hoppa över sökdata (för mätningar och snabba kontroller av sidorna; sökrutan säger då att sökningen inte är tillgänglig).")]
        public bool NoSearch { get; init; }

        [CommandOption("--timings")]
        [Description("Skriv ut hur lång tid varje steg i bygget tog.")]
        public bool Timings { get; init; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful) return result;
            if (!(BaseUrl.StartsWith('/') || BaseUrl.StartsWith("https://", StringComparison.Ordinal) || BaseUrl.StartsWith("http://", StringComparison.Ordinal)))
                return ValidationResult.Error($"--base-url ska börja med '/' eller 'https://', inte '{BaseUrl}'.");
            if (!Directory.Exists(Theme))
                return ValidationResult.Error($"--theme: mappen '{Theme}' finns inte. Åtgärd: kör från kodförrådets rotmapp eller ange --theme MAPP.");
            if (!OutputFolder.IsReplaceable(Output))
                return ValidationResult.Error($"--output: '{Output}' är en mapp med andra filer i; bygget ersätter hela sin utmapp. Åtgärd: välj en tom eller ny mapp.");
            var output = Path.GetFullPath(Output);
            var content = Path.GetFullPath(Content);
            if (content.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return ValidationResult.Error("--output får inte innehålla eller ligga i mappen med innehållet. Åtgärd: välj en mapp utanför content/, till exempel artifacts/site.");
            return ValidationResult.Success();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new BuildRequest(settings.Content, settings.Output, settings.Theme,
            settings.BaseUrl.EndsWith('/') ? settings.BaseUrl : settings.BaseUrl + "/", settings.TodayDate, settings.IncludeDrafts, settings.IsStrict)
        {
            IncludeSearch = !settings.NoSearch,
        };
        BuildResult result = null!;
        if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            AnsiConsole.Status().Start("Bygger webbplatsen …", ctx => result = SiteBuilder.Build(request, step => ctx.Status(step)));
        else result = SiteBuilder.Build(request);

        DiagnosticPrinter.Print(result.Diagnostics.Sorted());
        if (settings.Timings)
            foreach (var step in result.Steps) Console.WriteLine($"  {step.Name,-14} {step.Elapsed.TotalSeconds,7:0.000} s");
        var d = result.Diagnostics;
        if (!result.IsSuccess)
        {
            Console.Error.WriteLine($"Bygget misslyckades: {d.ErrorCount} fel, {Plural.Count(d.WarningCount, "varning", "varningar")}{(settings.IsStrict && d.WarningCount > 0 ? " (--strict)" : "")}. Den förra webbplatsen i {settings.Output} är orörd.");
            return ExitCodes.ContentErrors;
        }
        var index = Path.Combine(result.OutputDir, "index.html");
        Console.WriteLine($"{Plural.Count(result.PageCount, "sida", "sidor")}, {Plural.Count(d.WarningCount, "varning", "varningar")}, {result.Elapsed.TotalSeconds:0.0} s → {result.OutputDir}");
        if (request.IncludeSearch)
            Console.WriteLine($"Sökindex: {result.SearchIndexBytes / 1024.0:0} KB ({result.SearchIndexGzipBytes / 1024.0:0} KB med gzip); det hämtas först när en läsare börjar söka.");
        else Console.WriteLine("Inget sökindex (--no-search): webbplatsens sökruta säger att sökningen inte är tillgänglig.");
        if (result.SearchIndexBytes > 0 && Content.Search.Compounds.SwedishCompounds.Shared is null)
            Console.Error.WriteLine(Content.Search.Compounds.SwedishCompounds.MissingMessage);
        if (!SitemapWriter.CanWrite(request.BaseUrl))
            Console.WriteLine($"Ingen sitemap.xml: en sitemap får bara ha absoluta adresser. Åtgärd: bygg med --base-url https://<webbplatsens adress>{request.BaseUrl} om den behövs.");
        Console.WriteLine($"Öppna {index} i en webbläsare, eller visa mappen via en webbserver: python3 -m http.server -d {Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDir)} 8000");
        return ExitCodes.Ok;
    }
}
