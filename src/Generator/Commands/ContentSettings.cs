using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Pipeline;

namespace VbeKnowledge.Generator.Commands;

/// <summary>Options every command shares: where the content is and how strict to be.</summary>
public class ContentSettings : CommandSettings
{
    [CommandOption("--content <DIR>")]
    [Description("Mappen med innehållet (standard: content/).")]
    public string Content { get; init; } = "content";

    [CommandOption("--strict")]
    [Description("Räkna varningar (till exempel en försenad granskning) som fel.")]
    public bool IsStrict { get; init; }

    [CommandOption("--drafts")]
    [Description("Ta med utkast och schemalagda sidor.")]
    public bool IncludeDrafts { get; init; }

    [CommandOption("--today <DATE>")]
    [Description("Datumet som gransknings- och publiceringsdatum jämförs med (ÅÅÅÅ-MM-DD; standard: dagens datum i Stockholm).")]
    public string? Today { get; init; }

    /// <summary>The date given with --today, else today's date in Stockholm.</summary>
    public DateOnly TodayDate => Today is null ? StockholmDay.Today(TimeProvider.System) : DateOnly.ParseExact(Today, "yyyy-MM-dd");

    public override ValidationResult Validate()
    {
        if (!Directory.Exists(Content))
            return ValidationResult.Error($"--content: mappen '{Content}' finns inte. Åtgärd: kör från kodförrådets rotmapp eller ange --content MAPP.");
        if (Today is not null && !DateOnly.TryParseExact(Today, "yyyy-MM-dd", out _))
            return ValidationResult.Error($"--today ska vara ett datum som 2026-11-24, inte '{Today}'.");
        return ValidationResult.Success();
    }
}
