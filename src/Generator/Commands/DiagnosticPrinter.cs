using Spectre.Console;
using VbeKnowledge.Content.Diagnostics;

namespace VbeKnowledge.Generator.Commands;

/// <summary>Prints diagnostics in the compiler format editors and CI annotators understand.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, string format = "text")
    {
        if (format == "gitlab")
        {
            Console.Out.WriteLine(GitLabCodeQuality.Write(diagnostics));   // stdout is the report file
            return;
        }
        foreach (var d in diagnostics)
        {
            switch (format)
            {
                case "github":
                    Console.Error.WriteLine($"::{(d.IsError ? "error" : "warning")} file={d.File},line={d.Line},col={d.Column},title={d.Code}::{d.Text}");
                    break;
                default:
                    if (AnsiConsole.Profile.Capabilities.Ansi && !Console.IsErrorRedirected)
                        AnsiConsole.MarkupLine($"[{(d.IsError ? "red" : "yellow")}]{Markup.Escape(d.ToString())}[/]");
                    else Console.Error.WriteLine(d.ToString());
                    break;
            }
        }
    }

    public static bool Fails(DiagnosticBag diagnostics, bool isStrict) =>
        diagnostics.HasErrors || (isStrict && diagnostics.WarningCount > 0);
}
