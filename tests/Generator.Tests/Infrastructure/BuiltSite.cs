using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using VbeKnowledge.Content.Tests.Infrastructure;
using VbeKnowledge.Generator.Building;

namespace VbeKnowledge.Generator.Tests.Infrastructure;

/// <summary>A site built into a temp folder by the real SiteBuilder, with its HTML parsed by AngleSharp on demand.</summary>
public sealed class BuiltSite : IDisposable
{
    /// <summary>The day the content was last reviewed in full; fixed so builds do not age or warn.</summary>
    public static readonly DateOnly Today = new(2026, 11, 24);

    public static string Theme => Path.Combine(RepoRoot.Path, "theme");

    private readonly TempFolder _temp = new();
    private readonly Dictionary<string, IDocument> _documents = new(StringComparer.Ordinal);

    public BuiltSite(string contentDir, string baseUrl = "/", bool includeDrafts = false)
    {
        Output = _temp.Combine("site");
        Result = SiteBuilder.Build(new BuildRequest(contentDir, Output, Theme, baseUrl, Today, includeDrafts));
        if (Result.IsSuccess) return;
        _temp.Dispose();   // the constructor throws, so no one else will
        Assert.Fail("build failed:\n" + string.Join("\n", Result.Diagnostics.Sorted()));
    }

    public string Output { get; }
    public BuildResult Result { get; }

    /// <summary>Site paths ('/' separated, relative to the output folder) of every file written.</summary>
    public IReadOnlyList<string> Files => SiteFiles.Of(Output);

    public IEnumerable<string> HtmlFiles => Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal));

    public bool Exists(string sitePath) => File.Exists(Path.Combine(Output, sitePath));

    public string Text(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath));

    public IDocument Html(string sitePath)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(sitePath, out var document))
                _documents[sitePath] = document = new HtmlParser().ParseDocument(Text(sitePath));
            return document;
        }
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>The files of a built site, listed and hashed the same way for every comparison.</summary>
public static class SiteFiles
{
    public static IReadOnlyList<string> Of(string root) => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every file's path with its bytes, for byte-for-byte comparison of two outputs.</summary>
    public static IReadOnlyDictionary<string, byte[]> Snapshot(string root) =>
        Of(root).ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(root, f)), StringComparer.Ordinal);
}
