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
            config.AddCommand<BuildCommand>("build").WithDescription("Build the static site from content/ into artifacts/site/.");
            config.AddCommand<CheckCommand>("check").WithDescription("Check content/ and list every problem, without building.");
            config.AddCommand<ServeCommand>("serve").WithDescription("Live preview on 127.0.0.1 that rebuilds on every change and reloads the browser.");
            config.AddCommand<ReviewCommand>("review").WithDescription("List the pages due for review within N days, grouped by owner.");
            config.AddCommand<NewCommand>("new").WithDescription("Create a page with the right front matter: new <type> \"<title>\".");
        });
        var code = app.Run(args);
        // Spectre.Console.Cli reports parse errors as -1; our documented exit code for usage errors is 2.
        return code < 0 ? ExitCodes.Usage : code;
    }
}
