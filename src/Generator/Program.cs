using Spectre.Console.Cli;
using VbeKnowledge.Generator.Commands;

namespace VbeKnowledge.Generator;

// A Main method rather than top-level statements: with Microsoft.AspNetCore.App referenced (for serve),
// ASP.NET Core's source generator makes a top-level Program public, which clashes with the API's Program
// in projects that reference both.
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--version"] or ["-v"])
        {
            Console.WriteLine($"vbe {ProgramName.Version}");
            return ExitCodes.Ok;
        }
        // Spectre.Console.Cli lets an unknown option pass; a mistyped --output would then write to the default folder.
        if (UnknownOptions.Find(args) is { } unknown)
        {
            Console.Error.WriteLine($"Fel: {unknown}");
            return ExitCodes.Usage;
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(ProgramName.Current);
            config.SetApplicationVersion(ProgramName.Version);
            config.UseStrictParsing();   // an extra argument is a usage error, not silently ignored
            config.PropagateExceptions(); // so that a usage error is printed as "Fel: …" below, not with Spectre's English "Error:"
            config.AddCommand<BuildCommand>("build").WithDescription("Bygg den statiska webbplatsen från content/ till artifacts/site/.");
            config.AddCommand<CheckCommand>("check").WithDescription("Kontrollera content/ och lista varje problem, utan att bygga.");
            config.AddCommand<ServeCommand>("serve").WithDescription("Förhandsvisning på 127.0.0.1 som bygger om vid varje ändring och laddar om webbläsaren.");
            config.AddCommand<ReviewCommand>("review").WithDescription("Lista sidorna som ska granskas inom N dagar, per ägare.");
            config.AddCommand<NewCommand>("new").WithDescription("Skapa en sida med rätt front matter: new <typ> \"<titel>\".");
        });
        try
        {
            return app.Run(args);
        }
        catch (CommandAppException e)
        {
            Console.Error.WriteLine($"Fel: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
