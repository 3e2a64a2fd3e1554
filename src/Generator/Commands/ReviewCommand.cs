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
        [Description("Lista sidor som ska granskas inom så här många dagar (standard: 30).")]
        public int Days { get; init; } = 30;

        [CommandOption("--format <FORMAT>")]
        [Description("table (standard, för terminalen), markdown eller json (rapporter för CI).")]
        public string Format { get; init; } = "table";

        public override ValidationResult Validate()
        {
            if (Days < 0) return ValidationResult.Error($"--days ska vara 0 eller mer, inte {Days}.");
            if (Format is not ("table" or "markdown" or "json"))
                return ValidationResult.Error($"--format ska vara 'table', 'markdown' eller 'json', inte '{Format}'.");
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
            Console.Error.WriteLine($"{result.Diagnostics.ErrorCount} fel i innehållet; granskningslistan kräver innehåll som går att läsa. Åtgärd: rätta felen ovan (se check) och kör review igen.");
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
            Console.WriteLine($"Inget ska granskas senast {today.AddDays(days):yyyy-MM-dd} (i dag {today:yyyy-MM-dd}, --days {days}).");
            return;
        }
        foreach (var owner in ReviewReport.ByOwner(items))
        {
            var table = new Table().Title($"[bold]{Markup.Escape(owner.Key)}[/] ({owner.Count()})").Expand();
            table.AddColumn(new TableColumn("Senast").NoWrap()).AddColumns("Sida", "Vad");
            foreach (var i in owner)
                table.AddRow(
                    new Markup($"[{(i.IsOverdue ? "red" : "yellow")}]{i.Due:yyyy-MM-dd}[/]\n{Markup.Escape(i.When)}"),
                    new Markup($"{Markup.Escape(i.Page.Title)}\n[dim]{Markup.Escape(i.Page.DisplayPath)}[/]"), new Text(i.What));
            AnsiConsole.Write(table);
        }
        Console.WriteLine($"{Review.ReviewReport.Summary(items, today, days)} För CI: review --format markdown|json.");
    }
}
