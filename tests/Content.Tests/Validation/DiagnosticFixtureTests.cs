using System.Reflection;
using System.Text.RegularExpressions;
using VbeKnowledge.Content.Diagnostics;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Validation;

/// <summary>
/// One fixture folder per diagnostic under Fixtures/errors/&lt;CODE&gt;-&lt;what&gt;/: the files that break
/// valid-minimal, and expected.txt with every line the run must print, exactly.
/// </summary>
public sealed partial class DiagnosticFixtureTests
{
    private static string ErrorsFolder => Path.Combine(RepoRoot.Fixtures, "errors");

    public static TheoryData<string> Cases() =>
        new(Directory.EnumerateDirectories(ErrorsFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [GeneratedRegex(@"^(?<file>[^:]+):(?<line>\d+):(?<column>\d+): (?<severity>fel|varning) (?<code>VBE\d{3}): ")]
    private static partial Regex DiagnosticLine();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_reports_exactly_its_expected_lines(string caseName)
    {
        var folder = Path.Combine(ErrorsFolder, caseName);
        var expected = File.ReadAllLines(Path.Combine(folder, FixtureContent.ExpectedFile)).Where(l => l.Length > 0).ToList();
        using var content = new FixtureContent(folder);

        var result = content.Load();

        Assert.Equal(expected, FixtureContent.Lines(result));
        var code = caseName[..6];
        Assert.Contains(result.Diagnostics.Sorted(), d => d.Code == code);
        foreach (var (line, diagnostic) in expected.Zip(result.Diagnostics.Sorted()))
        {
            var parsed = DiagnosticLine().Match(line);
            Assert.True(parsed.Success, $"expected.txt line is not 'file:line:column: severity CODE: …': {line}");
            Assert.Equal(parsed.Groups["file"].Value, diagnostic.File);
            Assert.Equal(int.Parse(parsed.Groups["line"].Value), diagnostic.Line);
            Assert.Equal(int.Parse(parsed.Groups["column"].Value), diagnostic.Column);
        }
        var hasErrors = expected.Any(l => DiagnosticLine().Match(l).Groups["severity"].Value == "fel");
        Assert.Equal(hasErrors, !result.IsSuccess);
    }

    [Fact]
    public void Every_code_the_content_pipeline_can_report_has_a_fixture()
    {
        // The theme's codes come from the generator, not from content/, and the relevance tests of
        // content/_data/search-tests.yml run in check and build only: Generator.Tests covers them.
        string[] generatorCodes = ["VBE201", "VBE202", "VBE028", "VBE029"];
        var covered = Directory.EnumerateDirectories(ErrorsFolder).Select(d => Path.GetFileName(d)[..6]).ToHashSet();

        var missing = CatalogueCodes().Except(generatorCodes).Where(c => !covered.Contains(c)).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Catalogue_has_the_documented_codes()
    {
        var codes = CatalogueCodes();

        Assert.Equal(
            [.. Enumerable.Range(1, 34).Select(n => $"VBE{n:000}"), "VBE101", "VBE102", "VBE103", "VBE104", "VBE201", "VBE202"],
            codes);
    }

    [Fact]
    public void Every_message_and_fix_in_the_catalogue_is_in_Swedish()
    {
        var english = Catalogue()
            .Where(d => d.Message.Length == 0 || d.Fix.Length == 0 || EnglishWords().IsMatch(d.Message) || EnglishWords().IsMatch(d.Fix))
            .Select(d => d.ToString()).ToList();

        Assert.Empty(english);
    }

    [GeneratedRegex(@"\b(the|is|are|does|not|did you mean|must|should|add|remove|use|write|check|page|link|file|heading)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishWords();

    /// <summary>
    /// Every diagnostic the catalogue can make: each factory called with placeholder arguments, and again with null
    /// for each optional text (a suggestion), so that both wordings of a fix are seen.
    /// </summary>
    private static IEnumerable<Diagnostic> Catalogue() => typeof(DiagnosticCatalog)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(Diagnostic))
        .SelectMany(m => new[] { false, true }.Select(withNulls =>
            (Diagnostic)m.Invoke(null, m.GetParameters().Select(p => withNulls && IsNullable(p) ? null : Placeholder(p)).ToArray())!));

    private static bool IsNullable(ParameterInfo parameter) =>
        new NullabilityInfoContext().Create(parameter).ReadState == NullabilityState.Nullable;

    /// <summary>Every code the catalogue's factories produce, found by calling each factory with placeholder arguments.</summary>
    private static IReadOnlyList<string> CatalogueCodes() => Catalogue().Select(d => d.Code)
        .Distinct().Order(StringComparer.Ordinal).ToList();

    private static object? Placeholder(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(SourcePosition) => SourcePosition.StartOf("content/x.md"),
        var t when t == typeof(string) => "x",
        var t when t == typeof(IEnumerable<string>) => new[] { "x" },
        var t when t == typeof(DateOnly) => new DateOnly(2026, 1, 1),
        var t when t == typeof(int) => 1,
        var t when t == typeof(long) => 1L,
        var t => throw new InvalidOperationException($"No placeholder for {t} in {parameter.Member.Name}."),
    };
}
