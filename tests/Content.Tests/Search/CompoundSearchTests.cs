using VbeKnowledge.Content.Search;
using VbeKnowledge.Content.Search.Site;

namespace VbeKnowledge.Content.Tests.Search;

/// <summary>Compound parts in the index (Builder.CompoundParts) on the real content: a part finds the whole, and weighs less than the word itself.</summary>
public sealed class CompoundSearchTests
{
    [Fact]
    public void Anmälan_finds_the_pages_that_talk_only_of_orosanmälan()
    {
        var search = RealContent();
        // Documents that say "orosanmälan" but never "anmälan" by itself (in any inflection).
        var anmälan = SwedishPipeline.Process("anmälan");
        var onlyCompound = search.Entries.Values
            .Where(e => (e.Title + " " + e.Body).Contains("orosanmälan", StringComparison.OrdinalIgnoreCase)
                && Tokenizer.Tokenize(e.Title + " " + e.Body).All(t => SwedishPipeline.Process(t.Text) != anmälan))
            .Select(e => e.Ref).ToList();
        Assert.NotEmpty(onlyCompound);
        var found = search.Search("anmälan").Select(h => h.Entry.Ref).ToHashSet();
        Assert.All(onlyCompound, r => Assert.Contains(r, found));
        var unsplit = SiteSearch.Build(SiteSearchParityTests.RealSnapshot.Value, compounds: null).Search("anmälan").Select(h => h.Entry.Ref);
        Assert.Empty(unsplit.Intersect(onlyCompound));
        Assert.Equal("orosanmalan", search.SearchGrouped("anmälan")[0].Page.Entry.PageId);
    }

    [Theory]
    [InlineData("bejakande", "våldsbejakande")]
    [InlineData("tjänsten", "socialtjänsten")]
    [InlineData("planen", "handlingsplanen")]
    public void A_part_finds_a_text_that_has_it_only_inside_the_compound(string query, string compound)
    {
        var term = SwedishPipeline.Process(query);
        var hits = RealContent().Search(query);
        Assert.Contains(hits, h => h.Entry.Body.Contains(compound, StringComparison.OrdinalIgnoreCase)
            && Tokenizer.Tokenize(h.Entry.Body).All(t => SwedishPipeline.Process(t.Text) != term));
    }

    [Fact]
    public void The_whole_word_outranks_the_same_word_as_a_part_of_a_compound()
    {
        var builder = Builder.CreateDefault();
        builder.CompoundParts = token => CompoundSplitterTests.Splitter.Split(Trimmer.Trim(token));
        builder.Add(new SearchDocument("part", new Dictionary<string, FieldValue> { ["title"] = "Rutin", ["body"] = "Gör en orosanmälan i dag." }));
        builder.Add(new SearchDocument("whole", new Dictionary<string, FieldValue> { ["title"] = "Rutin", ["body"] = "Gör en anmälan i dag." }));
        builder.Add(new SearchDocument("other", new Dictionary<string, FieldValue> { ["title"] = "Annat", ["body"] = "Ring polisen." }));
        var hits = builder.Build().Search("anmälan");
        Assert.Equal(["whole", "part"], hits.Select(h => h.Ref));
        Assert.True(hits[0].Score > hits[1].Score * 1.2, $"whole {hits[0].Score}, part {hits[1].Score}");
    }

    [Fact]
    public void A_part_is_stored_at_the_position_of_its_compound_and_adds_nothing_to_the_field_length()
    {
        var builder = Builder.CreateDefault();
        builder.CompoundParts = token => CompoundSplitterTests.Splitter.Split(Trimmer.Trim(token));
        builder.Add(new SearchDocument("a", new Dictionary<string, FieldValue> { ["body"] = "Ring socialtjänsten." }));
        builder.Add(new SearchDocument("b", new Dictionary<string, FieldValue> { ["body"] = "Ring polisen." }));
        var index = builder.Build();
        var hit = Assert.Single(index.Search("body:tjänst"));
        Assert.Equal([new TokenPosition(5, 15)], hit.MatchData.Terms["tjänst"]["body"]);
        // "ring" has the same weight in both bodies: the parts social and tjänst did not lengthen a's.
        var plain = Builder.CreateDefault();
        plain.Add(new SearchDocument("a", new Dictionary<string, FieldValue> { ["body"] = "Ring socialtjänsten." }));
        plain.Add(new SearchDocument("b", new Dictionary<string, FieldValue> { ["body"] = "Ring polisen." }));
        Assert.Equal(plain.Build().Search("ring").Select(h => h.Score), index.Search("ring").Select(h => h.Score));
    }

    [Fact]
    public void Skolpersonal_which_the_index_does_not_know_is_split_against_its_terms_and_finds_pages()
    {
        var search = RealContent();
        Assert.False(search.Index.HasTerm(SwedishPipeline.Process("skolpersonal")!));
        Assert.Equal(["skol", "personal"], UserQuery.CompoundParts("skolpersonal", search.Index.HasTerm));
        Assert.Equal("skolpersonal^100 skolpersonal*^20 skolpersonal~1^10 skol^20 personal^20", UserQuery.Build("skolpersonal", [], search.Index.HasTerm));
        Assert.Empty(UserQuery.Build("skolpersonal", []).Length == 0 ? [] : search.Index.Search(UserQuery.Build("skolpersonal", [])));
        Assert.NotEmpty(search.Search("skolpersonal"));
    }

    [Theory]
    [InlineData("orosanmälan")]    // the index knows it: no split
    [InlineData("polisen")]
    [InlineData("xyzxyzxyz")]      // no split into known terms
    public void A_word_the_index_knows_or_cannot_split_gets_no_parts(string word) =>
        Assert.Empty(UserQuery.CompoundParts(word, RealContent().Index.HasTerm));

    private static SiteSearch RealContent()
    {
        _ = CompoundSplitterTests.Splitter;   // fails with the fix when dictionary-sv is missing
        return SiteSearchParityTests.RealContent.Value;
    }
}
