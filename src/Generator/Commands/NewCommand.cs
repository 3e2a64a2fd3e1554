using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Markdown.Slugs;
using VbeKnowledge.Content.Model;

namespace VbeKnowledge.Generator.Commands;

/// <summary><c>new &lt;type&gt; "&lt;title&gt;"</c>: scaffolds a page with its type's front matter, explained in Swedish.</summary>
public sealed class NewCommand : Command<NewCommand.Settings>
{
    public sealed class Settings : ContentSettings
    {
        [CommandArgument(0, "<type>")]
        [Description("routine, symbol, plan, training, introduction, term, support-unit, report, guideline, legal eller page.")]
        public string Type { get; init; } = "";

        [CommandArgument(1, "<title>")]
        [Description("Sidans titel, på svenska.")]
        public string Title { get; init; } = "";

        [CommandOption("--section <FOLDER>")]
        [Description("Sektionens mapp (standard: typens vanliga mapp).")]
        public string? Section { get; init; }

        public override ValidationResult Validate()
        {
            if (!PageTypes.TryParse(Type, out var type) || type == PageType.Section)
                return ValidationResult.Error($"<type> ska vara en av {string.Join(", ", PageTypes.Names.Where(n => n != "section"))}, inte '{Type}'.");
            if (Slugger.Slugify(Title).Length == 0)
                return ValidationResult.Error("<title> behöver minst en bokstav eller siffra, till exempel \"Vid oro för en person\".");
            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        PageTypes.TryParse(settings.Type, out var type);
        var section = settings.Section ?? PageScaffold.DefaultSection(type);
        var id = Slugger.Slugify(settings.Title);
        var path = Path.Combine(settings.Content, section, id + ".md");
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path} finns redan. Åtgärd: välj en annan titel, eller redigera sidan som finns.");
            return ExitCodes.Usage;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, PageScaffold.For(type, settings.Title, settings.TodayDate));
        AnsiConsole.MarkupLine($"Created [bold]{Markup.Escape(path.Replace('\\', '/'))}[/]. Skriv sidans text där det står FYLL I:, och kör sedan: dotnet run --project src/Generator -- check");
        return ExitCodes.Ok;
    }
}
