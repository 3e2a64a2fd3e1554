using VbeKnowledge.Content.Model;
using VbeKnowledge.Content.Reading;
using VbeKnowledge.Content.Tests.Infrastructure;

namespace VbeKnowledge.Content.Tests.Content;

/// <summary>The symbol catalogue: complete entries, each resting on a public source, across all four environments.</summary>
public sealed class SymbolCatalogueTests
{
    public static TheoryData<string> SymbolIds => new(RealContent.OfType(PageType.Symbol).Select(p => p.Id).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(SymbolIds))]
    public void Symbol_entry_has_every_field(string id)
    {
        var page = RealContent.Snapshot.ById[id].Page;
        var symbol = page.Symbol!;

        Assert.NotEmpty(page.Title);
        Assert.NotEmpty(symbol.OtherNames);
        Assert.Contains(symbol.Environment, Schema.Environments.Keys);
        Assert.True(symbol.Meaning.Length >= 20, $"meaning too short: '{symbol.Meaning}'");
        Assert.NotEmpty(symbol.SeenIn);
        Assert.True(symbol.Harmless.Length >= 20, $"harmless too short: '{symbol.Harmless}'");
        Assert.True(symbol.Action.Length >= 20, $"action too short: '{symbol.Action}'");
        Assert.DoesNotContain("FYLL I", symbol.Meaning + symbol.Harmless + symbol.Action, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SymbolIds))]
    public void Symbol_entry_names_at_least_one_public_source(string id)
    {
        var sources = RealContent.Snapshot.ById[id].Page.Symbol!.PublicSources;

        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.True(s.Trim().Length >= 10, $"'{s}' does not say which source"));
    }

    [Fact]
    public void Every_symbol_image_is_an_svg_beside_the_entry_with_alt_text()
    {
        var illustrated = RealContent.OfType(PageType.Symbol).Where(p => p.Symbol!.Image is not null).ToList();

        Assert.NotEmpty(illustrated);
        foreach (var page in illustrated)
        {
            Assert.EndsWith(".svg", page.Symbol!.Image, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(RepoRoot.Content, Path.GetDirectoryName(page.SourcePath)!, page.Symbol.Image!)), page.Symbol.Image);
            Assert.False(string.IsNullOrWhiteSpace(page.Symbol.ImageAlt), $"{page.Id} has an image without alt text");
        }
    }

    [Fact]
    public void Catalogue_has_at_least_30_symbols_across_all_four_environments()
    {
        var symbols = RealContent.OfType(PageType.Symbol).ToList();

        Assert.True(symbols.Count >= 30, $"{symbols.Count} symbols");
        Assert.Equal(Schema.Environments.Keys.Order(), symbols.Select(s => s.Symbol!.Environment).Distinct().Order());
    }

    [Fact]
    public void Siffran_88_gives_the_amateur_radio_meaning_love_and_kisses()
    {
        var symbol = RealContent.Snapshot.ById["siffran-88"].Page.Symbol!;

        Assert.Contains("”love and kisses”", symbol.Harmless, StringComparison.Ordinal);
        Assert.DoesNotContain("kramar", symbol.Harmless + RealContent.Snapshot.ById["siffran-88"].Page.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Acab_gives_its_words_and_a_faithful_rendering()
    {
        var page = RealContent.Snapshot.ById["acab-1312"].Page;

        foreach (var text in new[] { page.Symbol!.Meaning, page.Body })
        {
            Assert.Contains("”All Cops Are Bastards”", text, StringComparison.Ordinal);
            Assert.Contains("”alla poliser är bastarder”", text, StringComparison.Ordinal);
            Assert.DoesNotContain("svin", text, StringComparison.Ordinal);
        }
    }

    /// <summary>The three arrows are mainly a social-democratic symbol: filed among the often misread, not under the autonomous movement.</summary>
    [Fact]
    public void Three_arrows_are_filed_among_the_often_misread_and_say_they_rest_on_one_encyclopedia()
    {
        var page = RealContent.Snapshot.ById["tre-pilarna"].Page;

        Assert.Equal("allmanna-koder", page.Symbol!.Environment);
        if (page.Symbol.PublicSources.All(s => s.StartsWith("Wikipedia", StringComparison.Ordinal)))
            Assert.Contains("bara på ett uppslagsverk", page.Body, StringComparison.Ordinal);
        var index = RealContent.Pages.Single(p => p.SourcePath == "symboler/_index.md").Body;
        var misread = index[index.IndexOf("### Allmänna koder", StringComparison.Ordinal)..];
        Assert.Contains("(tre-pilarna.md)", misread, StringComparison.Ordinal);
    }

    /// <summary>Säpo's yearbooks and CVE's material in general do not back these entries' specific claims; they cite what does.</summary>
    [Theory]
    [InlineData("cirkel-a")]
    [InlineData("ockupantsymbolen")]
    [InlineData("nashider")]
    [InlineData("pekfingret")]
    public void Entry_does_not_rest_specific_claims_on_generic_Sapo_or_CVE_material(string id)
    {
        var page = RealContent.Snapshot.ById[id].Page;

        Assert.DoesNotContain(page.Symbol!.PublicSources, s => s.Contains("årsböcker och lägesbilder", StringComparison.Ordinal) || s.Contains("publikt informationsmaterial", StringComparison.Ordinal));
        Assert.DoesNotContain("publikt informationsmaterial", page.Body, StringComparison.Ordinal);
        Assert.NotEmpty(page.Symbol.PublicSources);
    }
}
