using VbeKnowledge.Generator.Building;

namespace VbeKnowledge.Browser.Tests.Infrastructure;

/// <summary>The real content and theme, built once into a temp folder for the whole test run.</summary>
public sealed class BuiltSite : IDisposable
{
    public const string BasePath = "/vbe/";
    private static readonly DateOnly Today = new(2026, 11, 24);
    private readonly string tempRoot;

    public string OutputDir { get; }

    private BuiltSite(string tempRoot, string outputDir) => (this.tempRoot, OutputDir) = (tempRoot, outputDir);

    public static BuiltSite Build()
    {
        var tempRoot = Path.Combine(Path.GetTempPath(), "vbe-browser-" + Guid.NewGuid().ToString("N")[..8]);
        var output = Path.Combine(tempRoot, "site");
        var result = SiteBuilder.Build(new BuildRequest(RepoPaths.Content, output, RepoPaths.Theme, BasePath, Today));
        if (!result.IsSuccess)
            throw new InvalidOperationException("The site did not build:\n" + string.Join('\n', result.Diagnostics.Sorted().Select(d => d.ToString())));
        if (!Directory.EnumerateFiles(Path.Combine(output, "assets"), "lunr-sv.*.js").Any())
            throw new InvalidOperationException("The build wrote no lunr bundle: run `npm ci` at the repository root first.");
        return new BuiltSite(tempRoot, output);
    }

    public void Dispose()
    {
        try { Directory.Delete(tempRoot, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
