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
        [Description("Where the site is written (default: artifacts/site/).")]
        public string Output { get; init; } = "artifacts/site";

        [CommandOption("--theme <DIR>")]
        [Description("The theme folder (default: theme/, else the theme the installed tool carries).")]
        public string Theme { get; init; } = ProgramName.DefaultTheme;

        [CommandOption("--base-url <URL>")]
        [Description("The site's address: a path such as /vbe/ or an https:// URL (default: /).")]
        public string BaseUrl { get; init; } = "/";

        [CommandOption("--no-search")]
        [Description("Skip the search data (for benchmarks and quick checks of the pages: the site's search box then says search is unavailable).")]
        public bool NoSearch { get; init; }

        [CommandOption("--timings")]
        [Description("Print how long each step of the build took.")]
        public bool Timings { get; init; }

        public override ValidationResult Validate()
        {
            var result = base.Validate();
            if (!result.Successful) return result;
            if (!(BaseUrl.StartsWith('/') || BaseUrl.StartsWith("https://", StringComparison.Ordinal) || BaseUrl.StartsWith("http://", StringComparison.Ordinal)))
                return ValidationResult.Error($"--base-url must start with '/' or 'https://'; got '{BaseUrl}'.");
            if (!Directory.Exists(Theme))
                return ValidationResult.Error($"--theme: the folder '{Theme}' does not exist. Fix: run from the repository root or pass --theme DIR.");
            if (!OutputFolder.IsReplaceable(Output))
                return ValidationResult.Error($"--output: '{Output}' is a folder with other files in it; the build replaces its output folder whole. Fix: choose an empty or new folder.");
            var output = Path.GetFullPath(Output);
            var content = Path.GetFullPath(Content);
            if (content.StartsWith(output, StringComparison.Ordinal) || output.StartsWith(content + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return ValidationResult.Error("--output must not contain or be inside the content folder.");
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
            Console.Error.WriteLine($"Build failed: {d.ErrorCount} error(s), {d.WarningCount} warning(s){(settings.IsStrict && d.WarningCount > 0 ? " (--strict)" : "")}. The previous site in {settings.Output} is untouched.");
            return ExitCodes.ContentErrors;
        }
        var index = Path.Combine(result.OutputDir, "index.html");
        Console.WriteLine($"{result.PageCount} pages, {d.WarningCount} warnings, {result.Elapsed.TotalSeconds:0.0} s → {result.OutputDir}");
        if (request.IncludeSearch)
            Console.WriteLine($"Search index: {result.SearchIndexBytes / 1024.0:0} KB ({result.SearchIndexGzipBytes / 1024.0:0} KB gzipped), loaded only when a reader starts to search.");
        else Console.WriteLine("No search index (--no-search): the site's search box will say that search is unavailable.");
        if (result.SearchIndexBytes > 0 && Content.Search.Compounds.SwedishCompounds.Shared is null)
            Console.Error.WriteLine(Content.Search.Compounds.SwedishCompounds.MissingMessage);
        if (!SitemapWriter.CanWrite(request.BaseUrl))
            Console.WriteLine($"Ingen sitemap.xml: en sitemap får bara ha absoluta adresser. Åtgärd: bygg med --base-url https://<webbplatsens adress>{request.BaseUrl} om den behövs.");
        Console.WriteLine($"Open {index} in a browser, or serve the folder: python3 -m http.server -d {Path.GetRelativePath(Directory.GetCurrentDirectory(), result.OutputDir)} 8000");
        return ExitCodes.Ok;
    }
}
