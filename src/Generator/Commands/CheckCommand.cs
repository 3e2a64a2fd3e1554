using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Content.Search.Site;
using VbeKnowledge.Content.Validation;

namespace VbeKnowledge.Generator.Commands;

/// <summary><c>check</c>: reports every content problem at once, writes nothing.</summary>
public sealed class CheckCommand : Command<CheckCommand.Settings>
{
    public sealed class Settings : ContentSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("text (standard), github (anteckningar i GitHub Actions) eller gitlab (en Code Quality-rapport i JSON på stdout).")]
        public string Format { get; init; } = "text";

        public override ValidationResult Validate() =>
            Format is "text" or "github" or "gitlab" ? base.Validate() : ValidationResult.Error($"--format ska vara 'text', 'github' eller 'gitlab', inte '{Format}'.");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folder = ContentFolder.Open(settings.Content);
        var result = ContentPipeline.Load(folder, new ContentOptions(settings.TodayDate, settings.IncludeDrafts));
        Theme.SiteSettings.Load(folder, result.Diagnostics);   // content/_data/site.yml is checked like the pages
        if (result.Snapshot is { } snapshot)                   // content/_data/search-tests.yml against the real search
            SearchTestCheck.Check(folder, snapshot, SiteSearch.Build(snapshot), result.Diagnostics);
        var d = result.Diagnostics;
        DiagnosticPrinter.Print(d.Sorted(), settings.Format);
        // With gitlab, stdout is the JSON report a CI job saves; the summary goes to stderr.
        (settings.Format == "gitlab" ? Console.Error : Console.Out).WriteLine($"{Plural.Count(result.PageCount, "sida", "sidor")}, {d.ErrorCount} fel, {Plural.Count(d.WarningCount, "varning", "varningar")}, {result.Elapsed.TotalSeconds:0.0} s");
        return DiagnosticPrinter.Fails(d, settings.IsStrict) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }
}
