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
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("dotnet run --project src/Generator --");
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
