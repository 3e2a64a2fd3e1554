using AngleSharp.Html.Parser;
using VbeKnowledge.Generator.Building;

namespace VbeKnowledge.Generator.Tests.BadInput;

/// <summary>
/// Issue 8's bad-input suite: each hostile or broken file, added to a small valid site, is built
/// for real. The build neither crashes nor hangs, names the file and line, writes nothing outside
/// its output folder, and lets no script or javascript: link onto a page.
/// </summary>
public sealed class HostileContentTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Cases() => [.. BadInputCases.All().Select(c => c.Name)];

    private static BadInputCase Case(string name) => BadInputCases.All().Single(c => c.Name == name);

    private static (BuildSandbox Sandbox, BuildResult Result, IReadOnlyList<string> Before) Build(BadInputCase badInput)
    {
        var sandbox = new BuildSandbox();
        SmallSite.WriteTo(sandbox.ContentDir);
        foreach (var (path, bytes) in badInput.Files) SmallSite.Write(sandbox.ContentDir, path, bytes);
        var before = sandbox.SnapshotOutsideOutput();
        return (sandbox, sandbox.Build(Timeout), before);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_reports_the_case_at_its_file_and_line(string name)
    {
        var badInput = Case(name);
        var (sandbox, result, _) = Build(badInput);
        using var _ = sandbox;
        var reported = result.Diagnostics.Sorted();
        foreach (var expected in badInput.Expected)
        {
            Assert.True(reported.Any(d => d.Code == expected.Code && d.File.EndsWith("content/" + expected.File, StringComparison.Ordinal) && d.Line == expected.Line),
                $"expected {expected.Code} at {expected.File}:{expected.Line}; got:\n{string.Join("\n", reported.Select(d => d.ToString()))}");
        }
        foreach (var diagnostic in reported)
        {
            Assert.True(diagnostic.Line >= 1 && diagnostic.Column >= 1, $"diagnostic without a file position: {diagnostic}");
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message), $"diagnostic without a message: {diagnostic}");
        }
        Assert.Equal(badInput.IsAccepted, result.IsSuccess);
        if (badInput.Expected.Count == 0) Assert.Empty(reported);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_writes_nothing_outside_its_output_folder(string name)
    {
        var (sandbox, result, before) = Build(Case(name));
        using var _ = sandbox;
        Assert.Equal(before, sandbox.SnapshotOutsideOutput());
        Assert.Equal(result.IsSuccess, Directory.Exists(sandbox.OutputDir));
        if (result.IsSuccess)
            Assert.DoesNotContain(Directory.EnumerateFiles(sandbox.OutputDir, "*", SearchOption.AllDirectories), f => Path.GetFileName(f) == "passwd");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void No_script_or_javascript_link_reaches_a_page(string name)
    {
        var (sandbox, _, _) = Build(Case(name));
        using var _ = sandbox;
        var parser = new HtmlParser();
        foreach (var file in sandbox.HtmlFiles())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var page = Path.GetRelativePath(sandbox.OutputDir, file);
            foreach (var script in document.QuerySelectorAll("script"))
            {
                var src = script.GetAttribute("src") ?? "";
                Assert.True(src.Contains("assets/", StringComparison.Ordinal) && src.EndsWith(".js", StringComparison.Ordinal) && script.TextContent.Trim().Length == 0,
                    $"{page}: a script that is not one of the theme's own: {script.OuterHtml}");
            }
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                {
                    var value = new string(attribute.Value.Where(c => c > ' ').ToArray());
                    Assert.False(value.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("data:", StringComparison.OrdinalIgnoreCase),
                        $"{page}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase),
                        $"{page}: an event handler attribute <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
        }
    }
}
