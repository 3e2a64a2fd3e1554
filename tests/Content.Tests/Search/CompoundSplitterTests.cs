using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Compounds;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>
/// The compound splitter on dictionary-sv (installed by npm ci) and on real compounds of content/:
/// the parts it must find, the linking -s- and -e- forms it must read as their root word, and
/// words it must leave whole.
/// </summary>
public sealed class CompoundSplitterTests
{
    internal static CompoundSplitter Splitter => SwedishCompounds.Shared
        ?? throw new InvalidOperationException($"node_modules/{SwedishCompounds.Package} is missing: run `npm ci` at the repo root ({NodeTools.RepoRoot}).");

    private static readonly Lazy<HashSet<string>> ContentWords = new(() =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, entry) in SearchCorpus.Create(SiteSearchParityTests.RealSnapshot.Value))
            foreach (var text in new[] { entry.Title, entry.Section ?? "", entry.Body })
                foreach (var token in Tokenizer.Tokenize(text)) words.Add(Trimmer.Trim(token.Text));
        return words;
    });

    [Theory]
    [InlineData("orosanmälan", "oros anmälan")]                    // oros- is listed with a hyphen form
    [InlineData("orosanmälningar", "oros anmälningar")]
    [InlineData("socialtjänsten", "social tjänsten")]
    [InlineData("socialjouren", "social jouren")]
    [InlineData("socialtjänstlagen", "socialtjänst lagen social tjänst")]   // a first part that is a compound is split again
    [InlineData("säkerhetspolisen", "säkerhet polisen")]          // -s-: säkerhets- stands for säkerhet
    [InlineData("våldsbejakande", "våld bejakande")]              // -s-
    [InlineData("handlingsplan", "handling plan")]                // -s-
    [InlineData("handlingsplanen", "handling planen")]
    [InlineData("yrkesverksamma", "yrke verksamma")]              // -es-
    [InlineData("familjecentraler", "familje centraler")]         // -e-
    [InlineData("skolmiljö", "skol miljö")]                       // skola → skol-
    [InlineData("skolverksamheten", "skol verksamheten")]
    [InlineData("lokalpolisen", "lokal polisen")]
    [InlineData("kommunfullmäktiges", "kommun fullmäktiges")]
    [InlineData("högerextremism", "höger extremism")]
    [InlineData("ytterstadsområdena", "ytterstad områdena ytter stad")]
    public void Splits_real_compounds_of_the_content_into_their_parts(string word, string parts)
    {
        Assert.Contains(word, ContentWords.Value);
        Assert.Equal(parts.Split(' '), Splitter.Split(word));
    }

    [Theory]
    [InlineData("skolpersonal", "skol personal")]                 // the query of issue 14, not in the content itself
    [InlineData("säkerhetspolisens", "säkerhet polisens")]
    public void Splits_compounds_staff_type(string word, string parts) =>
        Assert.Equal(parts.Split(' '), Splitter.Split(word));

    [Theory]
    [InlineData("personal")]       // not person + al
    [InlineData("polisen")]
    [InlineData("anmälan")]
    [InlineData("säkerhet")]
    [InlineData("extremism")]
    [InlineData("information")]
    [InlineData("kontakten")]      // listed whole: not kon + takten
    [InlineData("samverkan")]      // not sam + verkan
    [InlineData("förslag")]        // not för + slag
    [InlineData("medarbetare")]
    [InlineData("samordnare")]
    [InlineData("utbildning")]
    [InlineData("2014")]
    public void Leaves_words_that_are_no_compound_whole(string word)
    {
        Assert.Contains(word, ContentWords.Value);
        Assert.Empty(Splitter.Split(word));
    }

    [Fact]
    public void Reads_the_compound_flags_swedish_uses_from_the_affix_file()
    {
        var folder = SwedishCompounds.Find(NodeTools.RepoRoot)!;
        var dictionary = HunspellDictionary.Load(Path.Combine(folder, "index.aff"), Path.Combine(folder, "index.dic"));
        Assert.Equal(new HunspellDictionary.Flags('X', 'U', 'Y', 'Z', '%', '¤', 'W'), dictionary.CompoundFlags);
        Assert.True(dictionary.RootCount > 100_000, $"{dictionary.RootCount} root words");
        // handling/ADfGvY: handlings- from the rule 'SFX v 0 s/WXZ [^a]' (it may begin a compound, and only there).
        Assert.Contains(dictionary.Analyses("handlings"), a => a.Root == "handling" && a.Continuation == "WXZ");
        Assert.Contains(dictionary.Analyses("anmälan"), a => a.Root == "anmäla" && a.RootFlags.Contains('Y'));
    }
}
