using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Loading;
using VbeKnowledge.Content.Pipeline;
using VbeKnowledge.Generator.Review;

namespace VbeKnowledge.Generator.Commands;

/// <summary><c>review</c>: the pages whose review date has passed or falls within N days, grouped by owner.</summary>
public sealed class ReviewCommand : Command<ReviewCommand.Settings>
{
    public sealed class Settings : ContentSettings
    {
        [CommandOption("--days <N>")]
        [Description("List pages due within this many days (default: 30).")]
        public int Days { get; init; } = 30;

        [CommandOption("--format <FORMAT>")]
        [Description("table (default, for the terminal), markdown or json (reports for CI).")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate()
        {
            if (Days < 0) return ValidationResult.Error($"--days must be 0 or more; got {Days}.");
            if (Format is not ("table" or "markdown" or "json"))
                return ValidationResult.Error($"--format must be 'table', 'markdown' or 'json'; got '{Format}'.");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var today = settings.TodayDate;
        var result = ContentPipeline.Load(ContentFolder.Open(settings.Content), new ContentOptions(today, settings.IncludeDrafts));
        if (result.Snapshot is not { } snapshot)
        {
            DiagnosticPrinter.Print(result.Diagnostics.Sorted());
            Console.Error.WriteLine($"{result.Diagnostics.ErrorCount} error(s) in the content; the review list needs content that reads. Fix the errors above (see: check), then run review again.");
            return ExitCodes.ContentErrors;
        }

        var items = ReviewSchedule.Due(snapshot.Pages.Select(p => p.Page), today, settings.Days);
        switch (settings.Format)
        {
            case "markdown": Console.Out.Write(ReviewReport.Markdown(items, today, settings.Days)); break;
            case "json": Console.Out.WriteLine(ReviewReport.Json(items, today, settings.Days)); break;
            default: PrintTables(items, today, settings.Days); break;
        }
        // --strict makes a CI job fail while anything is overdue (not merely due soon).
        return settings.IsStrict && items.Any(i => i.IsOverdue) ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static void PrintTables(IReadOnlyList<Review.ReviewItem> items, DateOnly today, int days)
    {
        if (items.Count == 0)
        {
            AnsiConsole.WriteLine($"Nothing is due for review by {today.AddDays(days):yyyy-MM-dd} (today {today:yyyy-MM-dd}, --days {days}).");
            return;
        }
        foreach (var owner in ReviewReport.ByOwner(items))
        {
            var table = new Table().Title($"[bold]{Markup.Escape(owner.Key)}[/] ({owner.Count()})").Expand();
            table.AddColumns("Due", "Page", "What");
            foreach (var i in owner)
                table.AddRow(
                    new Markup($"[{(i.IsOverdue ? "red" : "yellow")}]{i.Due:yyyy-MM-dd}[/]\n{Markup.Escape(i.When)}"),
                    new Markup($"{Markup.Escape(i.Page.Title)}\n[dim]{Markup.Escape(i.Page.DisplayPath)}[/]"), new Text(i.What));
            AnsiConsole.Write(table);
        }
        AnsiConsole.WriteLine($"{items.Count} item(s) due by {today.AddDays(days):yyyy-MM-dd}, {items.Count(i => i.IsOverdue)} overdue. For CI: review --format markdown|json.");
    }
}
