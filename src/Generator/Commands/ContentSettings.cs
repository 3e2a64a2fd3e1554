using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Generator.Commands;

/// <summary>Options every command shares: where the content is and how strict to be.</summary>
public class ContentSettings : CommandSettings
{
    [CommandOption("--content <DIR>")]
    [Description("The content folder (default: content/).")]
    public string Content { get; init; } = "content";

    [CommandOption("--strict")]
    [Description("Treat warnings (e.g. an overdue review) as errors.")]
    public bool IsStrict { get; init; }

    [CommandOption("--drafts")]
    [Description("Include drafts and scheduled pages.")]
    public bool IncludeDrafts { get; init; }

    [CommandOption("--today <DATE>")]
    [Description("The date to check review and publish dates against (YYYY-MM-DD; default: today in Stockholm).")]
    public string? Today { get; init; }

    /// <summary>The date given with --today, else today's date in Stockholm.</summary>
    public DateOnly TodayDate => Today is null ? StockholmDay.Today(TimeProvider.System) : DateOnly.ParseExact(Today, "yyyy-MM-dd");

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Content))
            return ValidationResult.Error($"--content: the folder '{Content}' does not exist. Fix: run from the repository root or pass --content DIR.");
        if (Today is not null && !DateOnly.TryParseExact(Today, "yyyy-MM-dd", out _))
            return ValidationResult.Error($"--today must be a date like 2026-11-24; got '{Today}'.");
        return ValidationResult.Success();
    }
}
