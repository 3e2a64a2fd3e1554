using System.Text.RegularExpressions;
using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>Every abbreviation a page uses is explained in the glossary (type: term).</summary>
public sealed partial class GlossaryTests
{
    /// <summary>The abbreviations the source documents use, which issue 4 asks the glossary to define.</summary>
    public static TheoryData<string> SourceAbbreviations =>
        new("VBE", "SoL", "OSL", "LVU", "SIG", "CVE", "RAN", "NSC", "POSOM", "TIB", "CKL", "SoF", "VB", "SLK");

    /// <summary>All-caps words that are not abbreviations the glossary should define, each with its reason.</summary>
    private static readonly Dictionary<string, string> NotGlossaryTerms = new()
    {
        ["ADL"] = "a public source of symbol entries, spelled out beside it (Anti-Defamation League)",
        ["ICCT"] = "a public source of a symbol entry, spelled out beside it",
        ["AWB"] = "the name of a foreign organisation, explained in its symbol entry",
        ["SA"] = "a historical Nazi organisation named in the Tyr rune's entry, not a term staff meet",
        ["SAC"] = "the syndicalist union, named in the red-black flag's entry as where the flag is harmless",
        ["EU"] = "common knowledge, not a term of the field",
        ["USA"] = "common knowledge, not a term of the field",
        ["LOCAL"] = "part of the network's name 'RAN LOCAL', explained on the RAN term",
        ["PLUS"] = "part of a unit's name (PLUS föräldrastöd), not an abbreviation",
        ["SOU"] = "the government report series in a citation (SOU 2017:67) of the reading list",
        ["PDF"] = "a file format",
        ["HTML"] = "editor guide: a file format",
        ["YAML"] = "editor guide: the front-matter format",
        ["README"] = "editor guide: a file name",
        ["NOTE"] = "editor guide: a callout keyword ([!NOTE])",
        ["TIP"] = "editor guide: a callout keyword ([!TIP])",
        ["ÅÅÅÅ"] = "editor guide: the year in the date pattern ÅÅÅÅ-MM-DD",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}-])[A-ZÅÄÖ]{2,6}(?![\p{L}\p{N}])")]
    private static partial Regex AllCapsWord();

    private static IReadOnlySet<string> GlossaryTitles =>
        RealContent.OfType(PageType.Term).Select(t => t.Title).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [MemberData(nameof(SourceAbbreviations))]
    public void Abbreviation_of_the_sources_has_a_glossary_term(string abbreviation)
    {
        var term = RealContent.OfType(PageType.Term).SingleOrDefault(t => t.Title == abbreviation);

        // No expansion is required: the documents never spell out some (VB), and the content invents none.
        Assert.NotNull(term);
        Assert.False(string.IsNullOrWhiteSpace(term.Term!.Definition), $"{abbreviation} has no definition");
    }

    [Fact]
    public void Every_all_caps_word_in_the_pages_is_a_glossary_term_or_explained()
    {
        var defined = GlossaryTitles.Concat(NotGlossaryTerms.Keys).Concat(SymbolNames()).ToHashSet(StringComparer.Ordinal);

        var undefined = RealContent.Snapshot.Pages
            .SelectMany(p => AllCapsWord().Matches(Text(p)).Select(m => (Word: m.Value, Page: p.Page.SourcePath)))
            .Where(w => !defined.Contains(w.Word))
            .GroupBy(w => w.Word).Select(g => $"{g.Key} ({string.Join(", ", g.Select(w => w.Page).Distinct().Take(3))})")
            .Order(StringComparer.Ordinal).ToList();

        Assert.True(undefined.Count == 0, string.Join("\n", undefined));
    }

    [Fact]
    public void Every_glossary_abbreviation_used_in_mixed_case_is_a_glossary_term()
    {
        // SoL, SoF: mixed-case abbreviations no all-caps scan finds; the glossary's own list is the check.
        var mixed = GlossaryTitles.Where(t => t.Length <= 6 && t.Any(char.IsUpper) && t.Any(char.IsLower) && !t.Contains(' ')).ToList();

        Assert.Contains("SoL", mixed);
        Assert.Contains("SoF", mixed);
    }

    /// <summary>The visible text of a page: title, summary and body.</summary>
    private static string Text(RenderedPage page) => page.Page.Title + "\n" + page.Page.Summary + "\n" + page.PlainText;

    /// <summary>Codes the symbol catalogue itself explains (ACAB, WPWW …): titles and other names of symbol entries.</summary>
    private static IEnumerable<string> SymbolNames() => RealContent.OfType(PageType.Symbol)
        .SelectMany(s => s.Symbol!.OtherNames.Append(s.Title))
        .SelectMany(n => AllCapsWord().Matches(n).Select(m => m.Value));
}
