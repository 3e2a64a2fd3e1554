using System.Reflection;

namespace VbeKnowledge.Generator.Commands;

/// <summary>How the editor started the program, so that help and hints name the command they can type.</summary>
public static class ProgramName
{
    /// <summary><c>vbe</c> when installed as a .NET tool (its files live in the tool store), else the <c>dotnet run</c> form.</summary>
    public static string Current { get; } =
        AppContext.BaseDirectory.Replace('\\', '/').Contains("/.store/", StringComparison.Ordinal) ? "vbe" : "dotnet run --project src/Generator --";

    /// <summary>The package version, without the source revision that the SDK appends after '+'.</summary>
    public static string Version { get; } =
        (typeof(ProgramName).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary><c>theme</c> in the working folder when there is one, else the theme packed with the tool.</summary>
    public static string DefaultTheme =>
        !Directory.Exists("theme") && Directory.Exists(Path.Combine(AppContext.BaseDirectory, "theme"))
            ? Path.Combine(AppContext.BaseDirectory, "theme") : "theme";
}
