using System.Reflection;
using Spectre.Console.Cli;
using VbeKnowledge.Content.Reading;

namespace VbeKnowledge.Generator.Commands;

/// <summary>
/// Refuses an option that the command does not have, before anything is read or written, with the
/// nearest option the command does have: Spectre.Console.Cli would otherwise let <c>--outptu</c> pass.
/// </summary>
public static class UnknownOptions
{
    public static readonly IReadOnlyDictionary<string, Type> SettingsOf = new Dictionary<string, Type>
    {
        ["build"] = typeof(BuildCommand.Settings),
        ["check"] = typeof(CheckCommand.Settings),
        ["serve"] = typeof(ServeCommand.Settings),
        ["review"] = typeof(ReviewCommand.Settings),
        ["new"] = typeof(NewCommand.Settings),
    };

    /// <summary>The usage error for the first unknown option in <paramref name="args"/>, or null when all are known.</summary>
    public static string? Find(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || !SettingsOf.TryGetValue(args[0], out var settings)) return null;
        var known = OptionsOf(settings);
        foreach (var arg in args.Skip(1))
        {
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--") continue;
            var name = arg.Split('=', 2)[0];
            if (known.Contains(name)) continue;
            var suggestion = Suggestions.Closest(name, known);
            return $"'{args[0]}' har inget alternativ '{name}'." + (suggestion is null
                ? $" Åtgärd: se '{ProgramName.Current} {args[0]} --help' för de alternativ som finns."
                : $" Åtgärd: menade du '{suggestion}'?");
        }
        return null;
    }

    private static List<string> OptionsOf(Type settings) =>
        settings.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.GetCustomAttribute<CommandOptionAttribute>())
            .Where(a => a is not null)
            .SelectMany(a => a!.LongNames.Select(n => "--" + n))
            .Append("--help")
            .ToList();
}
