using Spectre.Console.Cli;
using VbeKnowledge.Generator.Commands;

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
